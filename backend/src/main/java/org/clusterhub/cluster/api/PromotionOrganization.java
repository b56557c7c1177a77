package org.clusterhub.cluster.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.clusterhub.shared.validation.PlainText;

/** The association or institute that runs a cluster (集群发展促进组织). */
public record PromotionOrganization(
        @NotBlank @Size(max = 120) @PlainText String nameZh,
        @Size(max = 200) @PlainText String nameEn) {
}
