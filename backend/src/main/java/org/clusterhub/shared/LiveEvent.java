package org.clusterhub.shared;

import java.time.Instant;
import java.util.Map;

/**
 * A stored event as live screens and STOMP subscribers receive it, on every node.
 *
 * @param aggregateType e.g. {@code Cluster}, {@code Zone}
 * @param eventType the event's simple class name
 * @param payload the event object itself (an {@code api} record), with its {@link Sealed} components null
 * @param fields the payload's fields as plain values (ids and enums as strings), as the History tab shows them, with
 *        sealed ones reading {@link SealedFields#MASK}
 */
public record LiveEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventType,
                        Object payload, Map<String, Object> fields, Instant timestamp,
                        Map<String, String> metadata) {

    public String actorName() {
        String display = metadata.get(MetaDataKeys.DISPLAY_NAME);
        return display != null ? display : metadata.getOrDefault(MetaDataKeys.USERNAME, "?");
    }
}
