package org.clusterhub.shared;

import java.util.Set;

/**
 * Who may follow the live events of one context's aggregates from outside ClusterHub (STOMP {@code /topic/...}).
 * Each context declares its own kinds and applies the same read rule as its REST reads; a kind no context declares
 * cannot be followed at all, so that a new aggregate is private until its context says otherwise.
 */
public interface LiveTopicAccess {

    /** The aggregate types (Axon's simple class names) this context decides for. */
    Set<String> aggregateTypes();

    boolean mayFollow(Actor actor, String aggregateType, String aggregateId);
}
