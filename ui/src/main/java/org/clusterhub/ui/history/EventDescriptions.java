package org.clusterhub.ui.history;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clusterhub.ui.support.Texts;

/**
 * Localized one-line descriptions of events, for the History tab and live notices: the template
 * {@code history.summary.<EventType>} (e.g. {@code 由{previousLevel}调整为{level}}) filled from the event's fields;
 * a value with a translation ({@code value.NATIONAL}, {@code city.QINGDAO}) is shown translated.
 */
public final class EventDescriptions {

    private static final Pattern CODED_REASON = Pattern.compile("([a-z]+(?:-[a-z]+)*):(\\w+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private EventDescriptions() {
    }

    public static String title(Component c, String eventType) {
        return c.getTranslation("history.event." + eventType);
    }

    public static String summary(Component c, String eventType, Map<String, Object> fields) {
        String template = c.getTranslation("history.summary." + eventType);
        if (template.startsWith("!")) {
            return "";
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(display(c, fields.get(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String display(Component c, Object value) {
        if (value instanceof Map<?, ?> nested) {
            Object english = Texts.english() ? nested.get("nameEn") : null;
            value = english != null ? english
                    : nested.get("nameZh") != null ? nested.get("nameZh") : nested.get("indicatorZh");
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? "—" : items.stream().map(item -> display(c, item))
                    .collect(Collectors.joining(Texts.listSeparator()));
        }
        if (value == null) {
            return "—";
        }
        String text = String.valueOf(value);
        Matcher coded = CODED_REASON.matcher(text);
        if (coded.matches()) {
            // A reason ClusterHub wrote itself, e.g. "national-competition:2024": shown in the reader's language.
            String translated = c.getTranslation("reason." + coded.group(1), coded.group(2));
            if (!translated.startsWith("!")) {
                return translated;
            }
        }
        for (String prefix : new String[] {"value.", "city."}) {
            String translated = c.getTranslation(prefix + text);
            if (!translated.startsWith("!")) {
                return translated;
            }
        }
        return text;
    }
}
