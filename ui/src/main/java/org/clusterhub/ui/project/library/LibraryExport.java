package org.clusterhub.ui.project.library;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.project.api.ProjectSummary;
import org.clusterhub.project.api.ProjectTotals;
import org.clusterhub.ui.support.Texts;

/**
 * Writes every project matching the library's filter to an .xlsx workbook: all rows, fetched page by page as the
 * grid does, not only the page on screen. Amounts are numbers (万元) so that the sheet can be summed and charted;
 * times are Shanghai wall-clock times; the last row repeats the totals the library shows for the filter.
 *
 * <p>Streams with {@link SXSSFWorkbook}: only a window of rows is held in memory, so a province-wide export of
 * ten thousand projects does not need ten thousand rows of POI objects at once.
 */
class LibraryExport {

    static final int BATCH = 500;
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A message in the export's language (the UI's at the time of the download). */
    interface Translator {
        String get(String key, Object... arguments);
    }

    /** Rows fetched so far, of how many; called after each batch. */
    interface Progress {
        void fetched(long done, long total);
    }

    private static final String[] HEADERS = {"title", "cluster", "kind", "leadOrganization", "city", "status",
            "library", "startYear", "endYear", "requestedBudget", "approvedBudget", "provincialSubsidy", "spent",
            "overdue", "lastChanged", "projectId"};
    private static final int FIRST_AMOUNT = 9;

    private final BiFunction<Integer, Integer, ProjectPage> pages;
    private final Translator text;

    /**
     * @param pages answers a page (offset, limit) of the filtered, sorted library
     * @param text translates a message key in the language of the export
     */
    LibraryExport(BiFunction<Integer, Integer, ProjectPage> pages, Translator text) {
        this.pages = pages;
        this.text = text;
    }

    /** Answers the number of projects written. */
    long write(OutputStream out, Progress progress) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(text.get("projectLibrary.export.sheet"));
            Styles styles = new Styles(workbook);
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.length; column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(text.get("projectLibrary.column." + HEADERS[column]));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(column, width(column));
            }
            sheet.createFreezePane(0, 1);

            ProjectPage page = pages.apply(0, BATCH);
            ProjectTotals totals = page.totals();
            BigDecimal requested = BigDecimal.ZERO;
            int rowIndex = 1;
            long written = 0;
            while (!page.items().isEmpty()) {
                for (ProjectSummary project : page.items()) {
                    row(sheet.createRow(rowIndex++), project, styles);
                    requested = requested.add(orZero(project.requestedBudget()));
                    written++;
                }
                progress.fetched(written, Math.max(written, totals.count()));
                if (page.items().size() < BATCH || written >= totals.count()) {
                    break;
                }
                page = pages.apply((int) written, BATCH);
            }
            if (rowIndex > 1) {
                sheet.setAutoFilter(new CellRangeAddress(0, rowIndex - 1, 0, HEADERS.length - 1));
            }
            totalsRow(sheet.createRow(rowIndex), totals, requested, styles);
            workbook.write(out);
            return written;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void row(Row row, ProjectSummary p, Styles styles) {
        List<Object> values = List.of(p.title(), nullToEmpty(p.clusterName()),
                text.get("project.kind." + p.kind().name()), nullToEmpty(p.leadOrganization()),
                p.city() == null ? "" : text.get("city." + p.city().name()),
                text.get("project.status." + p.status().name()),
                text.get("project.library." + (p.libraryState() == null ? "NONE" : p.libraryState().name())),
                p.startYear(), p.endYear());
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            Cell cell = row.createCell(column);
            if (value instanceof Integer year) {
                cell.setCellValue(year);
                cell.setCellStyle(styles.year);
            } else {
                cell.setCellValue(value.toString());
            }
        }
        amount(row, FIRST_AMOUNT, p.requestedBudget(), styles.amount);
        amount(row, FIRST_AMOUNT + 1, p.approvedBudget(), styles.amount);
        amount(row, FIRST_AMOUNT + 2, p.provincialSubsidy(), styles.amount);
        amount(row, FIRST_AMOUNT + 3, p.spent(), styles.amount);
        row.createCell(FIRST_AMOUNT + 4).setCellValue(text.get("value." + p.overdue()));
        Cell changed = row.createCell(FIRST_AMOUNT + 5);
        if (p.lastChangedAt() != null) {
            changed.setCellValue(LocalDateTime.ofInstant(p.lastChangedAt(), Texts.SHANGHAI));
            changed.setCellStyle(styles.time);
        }
        row.createCell(FIRST_AMOUNT + 6).setCellValue(p.projectId().toString());
    }

    private void totalsRow(Row row, ProjectTotals totals, BigDecimal requested, Styles styles) {
        Cell label = row.createCell(0);
        label.setCellValue(text.get("projectLibrary.export.totals", totals.count()));
        label.setCellStyle(styles.totalLabel);
        amount(row, FIRST_AMOUNT, requested, styles.totalAmount);
        amount(row, FIRST_AMOUNT + 1, totals.approvedBudget(), styles.totalAmount);
        amount(row, FIRST_AMOUNT + 2, totals.provincialSubsidy(), styles.totalAmount);
        amount(row, FIRST_AMOUNT + 3, totals.spent(), styles.totalAmount);
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static int width(int column) {
        int characters = switch (column) {
            case 0 -> 40;
            case 1, 3 -> 30;
            case 2 -> 20;
            case 15 -> 38;
            case 14 -> 20;
            default -> 14;
        };
        return characters * 256;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Cell styles are per workbook and limited in number: create each once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle amount;
        final CellStyle year;
        final CellStyle time;
        final CellStyle totalLabel;
        final CellStyle totalAmount;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            short amountFormat = workbook.createDataFormat().getFormat("#,##0.00");
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            amount = workbook.createCellStyle();
            amount.setDataFormat(amountFormat);
            year = workbook.createCellStyle();
            year.setDataFormat(workbook.createDataFormat().getFormat("0"));
            time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            totalLabel = workbook.createCellStyle();
            totalLabel.setFont(bold);
            totalLabel.setBorderTop(BorderStyle.THIN);
            totalAmount = workbook.createCellStyle();
            totalAmount.setFont(bold);
            totalAmount.setBorderTop(BorderStyle.THIN);
            totalAmount.setDataFormat(amountFormat);
        }
    }
}
