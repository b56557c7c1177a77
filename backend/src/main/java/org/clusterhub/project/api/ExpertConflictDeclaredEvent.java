package org.clusterhub.project.api;

/** An expert's declaration. A declared conflict recuses the expert from this review. */
public record ExpertConflictDeclaredEvent(ProjectId projectId, String expert, boolean conflicted, String note) {
}
