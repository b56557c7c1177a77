package org.clusterhub.ui.project.actions;

/**
 * The screen that holds the lifecycle actions: told the correlation id of every step its person took there, so that
 * the step's events, when they come back over the live feed, are this person's own and raise no "someone else
 * changed it" notice (as for edits). Found as an ancestor of the dialog's owner.
 */
public interface OwnStepListener {

    void ownStep(String correlationId);
}
