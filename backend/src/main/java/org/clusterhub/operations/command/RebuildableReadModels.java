package org.clusterhub.operations.command;

import java.util.Optional;

/**
 * Which read models may be rebuilt, as the running application knows its event processors. Answers the message key
 * of why not (unknown, sends commands, node-local, ...), or empty when the processor may be rebuilt.
 */
public interface RebuildableReadModels {

    Optional<String> whyNotRebuildable(String processor);
}
