package org.clusterhub.ui.zone.detail;

import java.math.BigDecimal;
import java.util.Map;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.zone.api.ZoneTarget;

/** How a quantified target reads on screen, e.g. {@code ≥ 70%}. Display only: the aggregate owns the rules. */
final class TargetTexts {

    /** The comparators the API accepts, with the symbols people read. */
    static final Map<String, String> SYMBOLS = Map.of(">=", "≥", "<=", "≤", "=", "=", ">", ">", "<", "<");
    static final String[] COMPARATORS = {">=", ">", "=", "<", "<="};

    private TargetTexts() {
    }

    static String symbol(String comparator) {
        return comparator == null ? "" : SYMBOLS.getOrDefault(comparator, comparator);
    }

    static String indicator(ZoneTarget target) {
        return Texts.english() && target.indicatorEn() != null ? target.indicatorEn() : target.indicatorZh();
    }

    static String goal(ZoneTarget target) {
        return symbol(target.comparator()) + " " + number(target.value())
                + (target.unit() == null ? "" : target.unit());
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
