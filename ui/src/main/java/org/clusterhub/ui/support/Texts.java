package org.clusterhub.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Role;

/** Localized display of shared values: cities, roles, enums, times (always Asia/Shanghai). */
public final class Texts {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Texts() {
    }

    public static String city(Component c, City city) {
        return city == null ? "" : c.getTranslation("city." + city.name());
    }

    public static String cities(Component c, Collection<City> cities) {
        return cities == null ? "" : cities.stream().map(city -> city(c, city)).collect(Collectors.joining(listSeparator()));
    }

    public static String role(Component c, Role role) {
        return role == null ? "" : c.getTranslation("role." + role.name());
    }

    /** {@code prefix.NAME} for an enum value, e.g. {@code cluster.level.NATIONAL}. */
    public static String enumValue(Component c, String prefix, Enum<?> value) {
        return value == null ? "" : c.getTranslation(prefix + "." + value.name());
    }

    /** The current UI's language (zh-CN unless the person switched). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.SIMPLIFIED_CHINESE;
    }

    public static boolean english() {
        return "en".equals(locale().getLanguage());
    }

    /** 、 between items in Chinese, a comma in English. */
    public static String listSeparator() {
        return english() ? ", " : "、";
    }

    /** Text in full-width brackets in Chinese, in parentheses in English. */
    public static String bracketed(String text) {
        return english() ? " (" + text + ")" : "（" + text + "）";
    }

    public static String dateTime(Component c, Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(c.getTranslation("common.format.dateTime"), locale())
                .withZone(SHANGHAI).format(instant);
    }
}
