package org.clusterhub.activity.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterhub.activity.api.ActivityFigures;
import org.clusterhub.activity.api.FigureRow;

/** Follow-up figures as an Excel workbook, one row per group and a total row, with the headers given. */
public final class FiguresWorkbook {

    private FiguresWorkbook() {
    }

    /**
     * @param headers 12 column titles: group, activities, confirmed, checked in, attendance %, meetings requested,
     *                accepted, held, intentions, contracts, contract value (yuan), and the total row's label
     * @param english whether to label rows in English
     */
    public static byte[] write(ActivityFigures figures, List<String> headers, boolean english) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("figures");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < 11; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (FigureRow row : figures.rows()) {
                fill(sheet.createRow(r++), row, english ? row.labelEn() : row.labelZh(), row.key());
            }
            Row total = sheet.createRow(r);
            fill(total, figures.total(), headers.get(11), null);
            total.getCell(0).setCellStyle(bold);
            for (int i = 0; i < 11; i++) {
                sheet.autoSizeColumn(i);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, FigureRow figures, String label, String fallback) {
        row.createCell(0).setCellValue(label == null ? fallback : label);
        row.createCell(1).setCellValue(figures.activities());
        row.createCell(2).setCellValue(figures.confirmed());
        row.createCell(3).setCellValue(figures.checkedIn());
        if (figures.attendanceRate() != null) {
            row.createCell(4).setCellValue(figures.attendanceRate().doubleValue());
        } else {
            row.createCell(4).setBlank();
        }
        row.createCell(5).setCellValue(figures.meetingsRequested());
        row.createCell(6).setCellValue(figures.meetingsAccepted());
        row.createCell(7).setCellValue(figures.meetingsHeld());
        row.createCell(8).setCellValue(figures.intentions());
        row.createCell(9).setCellValue(figures.contracts());
        row.createCell(10).setCellValue(figures.contractValue().doubleValue());
    }
}
