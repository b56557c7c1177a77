package org.clusterhub.ui.supervision.replay;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clusterhub.supervision.api.ReplayField;

/**
 * Any aggregate at one point, field by field as a tree: nested records and list items open below their field, an
 * item named by its name, title or organization where it has one. Fields changed since the marked point are marked.
 */
final class StateTree extends TreeGrid<StateTree.Node> {

    private static final List<String> ITEM_NAMES = List.of("name", "title", "nameZh", "organization", "indicatorZh",
            "item", "displayName", "username");

    private static final Pattern CODED = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final DateTimeFormatter MOMENT_SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** One line: a field (with its value) or a group (a record or a list item). */
    record Node(String path, String label, String value) {
    }

    private Set<String> changed = Set.of();

    StateTree() {
        setId("replay-state");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addHierarchyColumn(Node::label).setHeader(getTranslation("replay.column.field")).setFlexGrow(2)
                .setPartNameGenerator(node -> changed.contains(node.path()) ? "changed" : null);
        addColumn(node -> node.value() == null ? "" : node.value()).setHeader(getTranslation("replay.column.value"))
                .setFlexGrow(3).setPartNameGenerator(node -> changed.contains(node.path()) ? "changed" : null);
        setAllRowsVisible(true);
    }

    void show(List<ReplayField> fields, Set<String> changedPaths) {
        changed = changedPaths;
        TreeData<Node> data = new TreeData<>();
        Map<String, Node> groups = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.path(), f.value()));
        for (ReplayField field : fields) {
            List<String> segments = segments(field.path());
            Node parent = null;
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                prefix.append(i == 0 || segment.startsWith("[") ? "" : ".").append(segment);
                String path = prefix.toString();
                if (i == segments.size() - 1) {
                    Node leaf = new Node(path, fieldName(segment), shown(field.value()));
                    data.addItem(parent, leaf);
                } else {
                    Node group = groups.get(path);
                    if (group == null) {
                        group = new Node(path, label(segment, path, values), null);
                        groups.put(path, group);
                        data.addItem(parent, group);
                    }
                    parent = group;
                }
            }
        }
        setDataProvider(new TreeDataProvider<>(data));
        expandRecursively(data.getRootItems(), 3);
    }

    /** {@code members[o1].name} -> members, [o1], name. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' && current.length() > 0 && !current.toString().startsWith("[")) {
                segments.add(current.toString());
                current.setLength(0);
            } else if (c == '[') {
                if (current.length() > 0) {
                    segments.add(current.toString());
                }
                int end = path.indexOf(']', i);
                segments.add(path.substring(i, end + 1));
                current.setLength(0);
                i = end;
                if (i + 1 < path.length() && path.charAt(i + 1) == '.') {
                    i++;
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            segments.add(current.toString());
        }
        return segments;
    }

    private String label(String segment, String path, Map<String, String> values) {
        if (segment.startsWith("[")) {
            for (String name : ITEM_NAMES) {
                String value = values.get(path + "." + name);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return segment;
        }
        return fieldName(segment);
    }

    /** A record component in the reader's language where the bundle names it ({@code replay.field.*}). */
    private String fieldName(String segment) {
        if (segment.startsWith("[")) {
            return segment;
        }
        return translated("replay.field." + segment, segment);
    }

    /**
     * A value as the live screens show it: a coded value (city, level, kind, state) by its name, a yes/no in words, a
     * moment in Asia/Shanghai time; free text and numbers as they are.
     */
    private String shown(String value) {
        if (value == null) {
            return null;
        }
        if (CODED.matcher(value).matches()) {
            String city = translated("city." + value, null);
            return city != null ? city : translated("value." + value, value);
        }
        if (value.equals("true") || value.equals("false")) {
            return translated("replay.value." + value, value);
        }
        if (MOMENT.matcher(value).matches()) {
            try {
                return MOMENT_SHOWN.format(Instant.parse(value));
            } catch (DateTimeParseException notAMoment) {
                return value;
            }
        }
        return value;
    }

    private String translated(String key, String otherwise) {
        String text = getTranslation(key);
        return text == null || text.isBlank() || text.startsWith("!") ? otherwise : text;
    }
}
