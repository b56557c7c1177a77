package org.clusterhub.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A view record as path -> text, for showing a past state and comparing two (ADR 017): nested records by dotted
 * paths, lists of identified items keyed by their id (so that a line removed in between is one change, not a shift of
 * every later line), e.g. {@code budgetLines[line-1].amount}.
 */
public final class ViewFields {

    /** Ids that key the items of a list, in order of preference. */
    private static final List<String> ITEM_KEYS = List.of("lineId", "milestoneId", "indicatorId", "organization",
            "attachmentId", "changeRequestId", "objectionId", "username", "key", "organizationId", "taskId", "bidId",
            "reportId", "registrationId", "id");

    private ViewFields() {
    }

    /**
     * @param json a mapper whose node factory keeps decimals exact (360.00 stays "360.00")
     * @param ignored top-level fields that are bookkeeping, not content (every event changes them)
     */
    public static Map<String, String> of(ObjectMapper json, Object view, Set<String> ignored) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (view != null) {
            ObjectNode tree = json.valueToTree(view);
            tree.remove(ignored);
            flatten("", tree, fields);
        }
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> children = node.fields();
            while (children.hasNext()) {
                Map.Entry<String, JsonNode> child = children.next();
                flatten(path.isEmpty() ? child.getKey() : path + "." + child.getKey(), child.getValue(), fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                flatten(path + "[" + keyOf(item, i) + "]", item, fields);
            }
        } else if (!node.isNull()) {
            fields.put(path, node.asText());
        }
    }

    private static String keyOf(JsonNode item, int index) {
        for (String id : ITEM_KEYS) {
            if (item.isObject() && item.hasNonNull(id) && item.get(id).isValueNode()) {
                return item.get(id).asText();
            }
        }
        return Integer.toString(index);
    }
}
