package org.clusterhub.zone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.validation.PlainText;

/**
 * A supervisor recommends several zones at once for national creation (择优分批推荐), with the batch's reasons.
 * All chosen zones are recommended in one transaction or none is.
 *
 * @see <a href="../../../../../../../../docs/decisions/009-zone-batches-in-one-unit-of-work.md">ADR 009</a>
 */
public record RecommendZoneBatchCommand(
        @NotNull ZoneBatchId batchId,
        @NotBlank @Size(max = 120) @PlainText String name,
        @NotNull @Size(min = 1, max = 50) List<@NotNull ZoneId> zoneIds,
        @NotBlank @Size(max = 4000) @PlainText String reasons) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.supervisorOnly();
    }
}
