package org.clusterhub.cluster.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.City;
import org.clusterhub.shared.validation.PlainText;

/** An enterprise the plan names as leading its cluster; its city may be unknown. */
public record LeadingEnterprise(@NotBlank @Size(max = 120) @PlainText String nameZh, City city) {
}
