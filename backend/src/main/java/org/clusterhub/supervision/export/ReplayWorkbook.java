package org.clusterhub.supervision.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A replay as an Excel workbook: the timeline sheet (every event with who, organization, city, correlation id,
 * reason and hash; a column says whether it is at or before the chosen point) and the state-at-point sheet.
 */
public final class ReplayWorkbook {

    private ReplayWorkbook() {
    }

    public static byte[] write(ReplayExport export) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet timeline = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    export.labels().textOr("Timeline", "replay.export.sheetTimeline")));
            Row title = timeline.createRow(0);
            title.createCell(0).setCellValue(export.title());
            title.getCell(0).setCellStyle(bold);
            int r = 1;
            for (String fact : export.facts()) {
                timeline.createRow(r++).createCell(0).setCellValue(fact);
            }
            r++;
            List<String> headers = new java.util.ArrayList<>(export.timelineHeaders());
            headers.add(export.labels().textOr("Up to the point", "replay.column.upToPoint"));
            header(timeline.createRow(r++), headers, bold);
            List<List<String>> rows = export.timelineRows();
            String yes = export.labels().textOr("yes", "replay.export.yes");
            String no = export.labels().textOr("no", "replay.export.no");
            for (int i = 0; i < rows.size(); i++) {
                Row row = timeline.createRow(r++);
                List<String> values = rows.get(i);
                row.createCell(0).setCellValue(Long.parseLong(values.get(0)));
                for (int c = 1; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
                row.createCell(values.size()).setCellValue(export.upToPoint(i) ? yes : no);
            }
            int[] widths = {6, 20, 24, 16, 30, 10, 38, 40, 68, 10};
            for (int c = 0; c < widths.length; c++) {
                timeline.setColumnWidth(c, widths[c] * 256);
            }

            Sheet state = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    export.labels().textOr("State", "replay.export.sheetState", export.state().sequenceNumber())));
            header(state.createRow(0), export.stateHeaders(), bold);
            int s = 1;
            for (List<String> values : export.stateRows()) {
                Row row = state.createRow(s++);
                row.createCell(0).setCellValue(values.get(0));
                row.createCell(1).setCellValue(values.get(1));
            }
            state.setColumnWidth(0, 40 * 256);
            state.setColumnWidth(1, 80 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replay workbook", e);
        }
    }

    private static void header(Row row, List<String> headers, CellStyle style) {
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }
}
