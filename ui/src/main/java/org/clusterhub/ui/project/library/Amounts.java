package org.clusterhub.ui.project.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in 万元 as the library shows them: two decimals, grouped, the same digits in both languages. */
final class Amounts {

    private Amounts() {
    }

    static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** The budget a project is judged by: approved once approved, the requested one before. */
    static BigDecimal funding(BigDecimal approved, BigDecimal requested) {
        return approved != null ? approved : requested;
    }
}
