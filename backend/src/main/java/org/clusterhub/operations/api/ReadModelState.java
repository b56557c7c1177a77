package org.clusterhub.operations.api;

/**
 * One read model: its processor, whether it may be rebuilt (else the message key of why not), how far its
 * segments have read the store ({@code position} -1 when no segment is claimed on this node) and the rebuild
 * running on this node, or null.
 */
public record ReadModelState(String processor, boolean rebuildable, String notRebuildableReason, boolean running,
                             long position, long lag, RebuildProgress rebuild) {
}
