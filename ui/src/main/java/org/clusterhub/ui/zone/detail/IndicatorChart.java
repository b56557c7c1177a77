package org.clusterhub.ui.zone.detail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clusterhub.zone.api.IndicatorReportView;
import org.clusterhub.zone.api.IndicatorTrack;
import org.clusterhub.zone.api.ReportState;
import org.clusterhub.zone.api.ZoneIndicatorView;
import org.clusterhub.zone.api.ZoneTarget;

/**
 * An indicator's path against its target as inline SVG, drawn on the server (no chart library, no bundle rebuild):
 * each target as a horizontal line up to the end of its year, the expected straight path from the first figure to
 * the governing target (dashed), the reported figures joined in period order (a filled dot once accepted, a hollow
 * one before), and today. Every text is escaped; labels come from the caller, so the chart speaks the screen's
 * language.
 */
final class IndicatorChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    /** Texts the chart shows, in the screen's language. */
    record Labels(String title, String target, String expected, String reported, String today) {
    }

    private IndicatorChart() {
    }

    static String svg(ZoneIndicatorView indicator, LocalDate today, Labels labels) {
        List<IndicatorReportView> reports = indicator.reports().stream()
                .sorted(Comparator.comparing(IndicatorReportView::period)).toList();
        LocalDate from = reports.isEmpty() ? LocalDate.of(today.getYear() - 1, 1, 1)
                : reports.get(0).period().firstDay();
        LocalDate to = today;
        for (ZoneTarget target : indicator.targets()) {
            LocalDate deadline = LocalDate.of(target.year() == null ? 2025 : target.year(), 12, 31);
            to = deadline.isAfter(to) ? deadline : to;
            from = deadline.minusYears(1).isBefore(from) ? deadline.minusYears(1) : from;
        }
        if (!reports.isEmpty() && reports.get(reports.size() - 1).period().lastDay().isAfter(to)) {
            to = reports.get(reports.size() - 1).period().lastDay();
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (IndicatorReportView report : reports) {
            min = Math.min(min, report.value().doubleValue());
            max = Math.max(max, report.value().doubleValue());
        }
        for (ZoneTarget target : indicator.targets()) {
            min = Math.min(min, target.value().doubleValue());
            max = Math.max(max, target.value().doubleValue());
        }
        if (min == Double.MAX_VALUE) {
            min = 0;
            max = 1;
        }
        double pad = max == min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.15;
        Scale scale = new Scale(from, to, min - pad, max + pad);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" style=\"max-width:")
                .append(WIDTH).append("px;font-family:var(--lumo-font-family);font-size:11px\">");
        svg.append("<title>").append(escape(labels.title())).append("</title>");
        axes(svg, scale);
        for (ZoneTarget target : indicator.targets()) {
            double y = scale.y(target.value().doubleValue());
            LocalDate deadline = LocalDate.of(target.year() == null ? 2025 : target.year(), 12, 31);
            double x = scale.x(deadline);
            svg.append(line(LEFT, y, x, y, "var(--lumo-success-color, #2e7d32)", "4 3", 1.5, "target-line"));
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "var(--lumo-success-color, #2e7d32)", "2 2", 1,
                    "deadline-line"));
            svg.append(text(LEFT + 4, y - 4, labels.target() + " " + TargetTexts.symbol(target.comparator()) + " "
                    + plain(target.value()) + (target.unit() == null ? "" : target.unit())
                    + (target.year() == null ? "" : " (" + target.year() + ")"), "start",
                    "var(--lumo-success-text-color, #2e7d32)", "target-label"));
        }
        IndicatorTrack track = indicator.track();
        if (reports.size() >= 2 && track.targetValue() != null && track.deadline() != null) {
            IndicatorReportView first = reports.get(0);
            svg.append(line(scale.x(first.period().lastDay()), scale.y(first.value().doubleValue()),
                    scale.x(track.deadline()), scale.y(track.targetValue().doubleValue()),
                    "var(--lumo-contrast-50pct, #888)", "6 4", 1.2, "expected-path"));
        }
        if (!today.isBefore(from) && !today.isAfter(to)) {
            double x = scale.x(today);
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "var(--lumo-contrast-30pct, #bbb)", null, 1, "today-line"));
            svg.append(text(x, TOP + 10, labels.today(), "middle", "var(--lumo-secondary-text-color, #666)",
                    "today-label"));
        }
        if (!reports.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (IndicatorReportView report : reports) {
                points.append(fmt(scale.x(report.period().lastDay()))).append(',')
                        .append(fmt(scale.y(report.value().doubleValue()))).append(' ');
            }
            String color = track.status().offTrack() ? "var(--lumo-error-color, #c62828)"
                    : "var(--lumo-primary-color, #1565c0)";
            svg.append("<polyline class=\"reported-path\" fill=\"none\" stroke=\"").append(color)
                    .append("\" stroke-width=\"2\" points=\"").append(points.toString().strip()).append("\"/>");
            for (IndicatorReportView report : reports) {
                double x = scale.x(report.period().lastDay());
                double y = scale.y(report.value().doubleValue());
                boolean accepted = report.state() == ReportState.ACCEPTED;
                svg.append("<circle class=\"reported-point").append(accepted ? " accepted" : "")
                        .append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                        .append("\" r=\"4\" stroke=\"").append(color).append("\" stroke-width=\"2\" fill=\"")
                        .append(accepted ? color : "white").append("\"><title>")
                        .append(escape(report.period() + ": " + plain(report.value())
                                + (report.unit() == null ? "" : report.unit())))
                        .append("</title></circle>");
                svg.append(text(x, y - 8, plain(report.value()), "middle", "var(--lumo-body-text-color, #222)",
                        "point-label"));
            }
        }
        legend(svg, labels);
        svg.append("</svg>");
        return svg.toString();
    }

    private static void axes(StringBuilder svg, Scale scale) {
        double bottom = HEIGHT - BOTTOM;
        svg.append(line(LEFT, TOP, LEFT, bottom, "var(--lumo-contrast-50pct, #888)", null, 1, "axis"));
        svg.append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "var(--lumo-contrast-50pct, #888)", null, 1, "axis"));
        for (int i = 0; i <= 4; i++) {
            double value = scale.minValue + (scale.maxValue - scale.minValue) * i / 4;
            double y = scale.y(value);
            svg.append(line(LEFT - 3, y, WIDTH - RIGHT, y, "var(--lumo-contrast-10pct, #eee)", null, 1, "grid"));
            svg.append(text(LEFT - 6, y + 4, plain(BigDecimal.valueOf(value).setScale(
                    Math.abs(scale.maxValue - scale.minValue) < 10 ? 1 : 0, java.math.RoundingMode.HALF_UP)), "end",
                    "var(--lumo-secondary-text-color, #666)", "y-label"));
        }
        for (int year = scale.from.getYear(); year <= scale.to.getYear() + 1; year++) {
            LocalDate start = LocalDate.of(year, 1, 1);
            if (start.isBefore(scale.from) || start.isAfter(scale.to)) {
                continue;
            }
            double x = scale.x(start);
            svg.append(line(x, bottom, x, bottom + 4, "var(--lumo-contrast-50pct, #888)", null, 1, "tick"));
            svg.append(text(x, bottom + 16, String.valueOf(year), "middle", "var(--lumo-secondary-text-color, #666)",
                    "x-label"));
        }
    }

    private static void legend(StringBuilder svg, Labels labels) {
        double y = HEIGHT - 6;
        svg.append(line(LEFT, y - 4, LEFT + 18, y - 4, "var(--lumo-primary-color, #1565c0)", null, 2, "legend"));
        svg.append(text(LEFT + 22, y, labels.reported(), "start", "var(--lumo-secondary-text-color, #666)",
                "legend-label"));
        svg.append(line(LEFT + 150, y - 4, LEFT + 168, y - 4, "var(--lumo-contrast-50pct, #888)", "6 4", 1.2,
                "legend"));
        svg.append(text(LEFT + 172, y, labels.expected(), "start", "var(--lumo-secondary-text-color, #666)",
                "legend-label"));
    }

    private static String line(double x1, double y1, double x2, double y2, String color, String dash, double width,
                               String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\" stroke=\"" + color + "\" stroke-width=\"" + width + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String content, String anchor, String color, String cssClass) {
        return "<text class=\"" + cssClass + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" fill=\"" + color + "\">" + escape(content) + "</text>";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Maps dates and values to the drawing area. */
    private record Scale(LocalDate from, LocalDate to, double minValue, double maxValue) {

        double x(LocalDate day) {
            long total = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, day) / total;
        }

        double y(double value) {
            double bottom = HEIGHT - BOTTOM;
            return bottom - (bottom - TOP) * (value - minValue) / (maxValue - minValue);
        }
    }
}
