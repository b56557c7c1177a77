package org.clusterhub.supervision.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A replay as a PDF report: heading and facts, the aggregate at the chosen point, then the whole timeline (events
 * after the point in grey) with each event's hash.
 *
 * <p>Chinese needs a CJK font. The report uses Adobe's STSong-Light with the UniGB-UCS2-H CMap, which OpenPDF ships:
 * nothing is read from the machine, so it works on a fresh one without any font installed. The font is referenced,
 * not embedded (as with Adobe's Asian font packs): the reader's viewer supplies the glyphs (Acrobat, browsers and
 * poppler all map it to a Chinese Song/Ming or sans font).
 */
public final class ReplayReport {

    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF5);
    private static final Color AFTER_POINT = new Color(0x99, 0x99, 0x99);

    private ReplayReport() {
    }

    public static byte[] write(ReplayExport export) {
        try {
            BaseFont song = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(song, 15, Font.BOLD);
            Font heading = new Font(song, 11, Font.BOLD);
            Font body = new Font(song, 8);
            Font small = new Font(song, 6.5f);
            Font smallGrey = new Font(song, 6.5f, Font.NORMAL, AFTER_POINT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
            PdfWriter.getInstance(document, out);
            document.addTitle(export.title());
            document.addCreator("ClusterHub");
            document.open();
            document.add(new Paragraph(export.title(), title));
            for (String fact : export.facts()) {
                document.add(new Paragraph(fact, body));
            }
            document.add(Chunk.NEWLINE);

            document.add(heading(export.labels().textOr("State", "replay.export.state",
                    export.state().sequenceNumber()), heading));
            PdfPTable state = table(export.stateHeaders(), new float[] {2, 5}, body);
            for (List<String> row : export.stateRows()) {
                for (String value : row) {
                    state.addCell(cell(value, small));
                }
            }
            if (export.stateRows().isEmpty()) {
                PdfPCell none = cell(export.labels().textOr("-", "replay.noState"), small);
                none.setColspan(2);
                state.addCell(none);
            }
            document.add(state);
            document.add(Chunk.NEWLINE);

            document.add(heading(export.labels().textOr("Timeline", "replay.export.timeline",
                    export.timeline().entries().size()), heading));
            PdfPTable timeline = table(export.timelineHeaders(), new float[] {0.5f, 1.6f, 2.2f, 1.3f, 2f, 0.9f, 2.2f,
                    2.2f, 3.2f}, body);
            List<List<String>> rows = export.timelineRows();
            for (int i = 0; i < rows.size(); i++) {
                Font font = export.upToPoint(i) ? small : smallGrey;
                for (String value : rows.get(i)) {
                    timeline.addCell(cell(value, font));
                }
            }
            document.add(timeline);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replay report", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the replay report", e);
        }
    }

    private static Paragraph heading(String text, Font font) {
        Paragraph heading = new Paragraph(text, font);
        heading.setSpacingAfter(5f);
        return heading;
    }

    private static PdfPTable table(List<String> headers, float[] widths, Font font) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(header, font);
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(2.5f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
