package org.clusterhub.shared;

/**
 * Implemented by every command: it declares who may send it and which scope it touches, so that one
 * interceptor authorizes all commands before any handler runs. The aggregate then checks that the declared
 * scope is true (e.g. that the member being removed really is in the declared city).
 */
public interface GuardedCommand {

    AccessRequirement accessRequirement();
}
