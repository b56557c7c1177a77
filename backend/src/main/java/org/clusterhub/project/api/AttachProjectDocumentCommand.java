package org.clusterhub.project.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.clusterhub.shared.AccessRequirement;
import org.clusterhub.shared.GuardedCommand;
import org.clusterhub.shared.Role;
import org.clusterhub.shared.validation.PlainText;

/**
 * Links a stored file (application form, contract, acceptance report, evidence) to the project. The file is
 * stored first; the event that records this command is what makes it part of the project.
 */
public record AttachProjectDocumentCommand(
        @TargetAggregateIdentifier @NotNull ProjectId projectId,
        @NotBlank @Size(max = 40) String attachmentId,
        @NotBlank @Size(max = 40) String category,
        @NotBlank @Size(max = 200) @PlainText String fileName,
        @NotBlank @Size(max = 100) String contentType,
        @Min(1) long size,
        @NotBlank @Size(min = 64, max = 64) String sha256) implements GuardedCommand {

    @Override
    public AccessRequirement accessRequirement() {
        return AccessRequirement.checkedByTarget(Role.SUPERVISOR, Role.PROMOTION_STAFF, Role.MEMBER);
    }
}
