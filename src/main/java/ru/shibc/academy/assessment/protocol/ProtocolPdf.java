package ru.shibc.academy.assessment.protocol;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import ru.shibc.academy.platform.pdf.PageNumbers;
import ru.shibc.academy.platform.pdf.PdfFont;
import ru.shibc.academy.platform.pdf.PdfMetadata;
import ru.shibc.academy.platform.pdf.ReproduciblePdf;
import ru.shibc.academy.platform.pdf.RussianText;
import ru.shibc.academy.platform.time.Clocks;

/**
 * Prints the attestation protocol on portrait A4: the header, one table row per learner (the column
 * headings repeat on every page), the totals and the commission's signature lines.
 *
 * <p>The renderer holds no state, so one instance serves any number of threads. The same protocol
 * always gives the same bytes.
 */
public final class ProtocolPdf {

  private static final Color HEADING_BACKGROUND = new Color(0xe8, 0xec, 0xf1);
  private static final Color MUTED = new Color(0x5a, 0x63, 0x70);
  private static final float[] COLUMNS = {5.5f, 30, 24, 12, 10, 18.5f};
  private static final String[] HEADINGS = {
    "№ п/п", "ФИО слушателя", "Образовательная организация", "Баллы", "Процент", "Результат"
  };
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Renders the protocol; as many pages as the rows need. */
  public byte[] render(ProtocolDocument protocol) {
    PdfMetadata metadata =
        new PdfMetadata(
            "Протокол итоговой аттестации № " + protocol.number(),
            protocol.programmeTitle() + ". " + protocol.quizTitle(),
            protocol.organisationName(),
            protocol.date().atStartOfDay(Clocks.DISTRICT_ZONE),
            protocol.toString());
    Document document = new Document(PageSize.A4, 56, 42, 42, 56);
    return ReproduciblePdf.write(
        document,
        metadata,
        (doc, writer) -> {
          writer.setPageEvent(new PageNumbers("Протокол № " + protocol.number(), 30));
          doc.add(header(protocol));
          doc.add(results(protocol));
          doc.add(totals(protocol));
          doc.add(signatures(protocol));
        });
  }

  private static PdfPTable header(ProtocolDocument protocol) {
    PdfPTable header = new PdfPTable(new float[] {24, 76});
    header.setWidthPercentage(100);
    header.setSpacingAfter(14);
    PdfPCell organisation =
        plainCell(new Phrase(protocol.organisationName(), PdfFont.SANS_BOLD.size(10.5f)));
    organisation.setColspan(2);
    organisation.setHorizontalAlignment(Element.ALIGN_CENTER);
    organisation.setPaddingBottom(16);
    header.addCell(organisation);
    PdfPCell title =
        plainCell(
            new Phrase(
                "Протокол итоговой аттестации № " + protocol.number(),
                PdfFont.SERIF_BOLD.size(14)));
    title.setColspan(2);
    title.setHorizontalAlignment(Element.ALIGN_CENTER);
    title.setPaddingBottom(14);
    header.addCell(title);
    detail(header, "Программа", protocol.programmeTitle());
    detail(header, "Аттестация", protocol.quizTitle());
    detail(header, "Дата проведения", RussianText.longDate(protocol.date()));
    return header;
  }

  private static void detail(PdfPTable header, String label, String value) {
    header.addCell(plainCell(new Phrase(label + ":", PdfFont.SANS.size(9, MUTED))));
    header.addCell(plainCell(new Phrase(value, PdfFont.SERIF.size(10.5f))));
  }

  private static PdfPTable results(ProtocolDocument protocol) {
    PdfPTable table = new PdfPTable(COLUMNS);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingAfter(12);
    Font headingFont = PdfFont.SANS_BOLD.size(8.5f);
    for (String heading : HEADINGS) {
      PdfPCell cell = cell(heading, headingFont, Element.ALIGN_CENTER);
      cell.setBackgroundColor(HEADING_BACKGROUND);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
      table.addCell(cell);
    }
    Font font = PdfFont.SANS.size(9);
    List<ProtocolRow> rows = protocol.rows();
    for (int i = 0; i < rows.size(); i++) {
      ProtocolRow row = rows.get(i);
      table.addCell(cell(String.valueOf(i + 1), font, Element.ALIGN_CENTER));
      table.addCell(cell(row.learnerName(), font, Element.ALIGN_LEFT));
      table.addCell(cell(row.organisation(), font, Element.ALIGN_LEFT));
      table.addCell(cell(score(row, protocol), font, Element.ALIGN_CENTER));
      table.addCell(cell(percent(row, protocol), font, Element.ALIGN_CENTER));
      table.addCell(cell(result(row), font, Element.ALIGN_CENTER));
    }
    if (rows.isEmpty()) {
      PdfPCell none = cell("Результатов нет", PdfFont.SANS.size(9, MUTED), Element.ALIGN_CENTER);
      none.setColspan(COLUMNS.length);
      table.addCell(none);
    }
    return table;
  }

  private static Paragraph totals(ProtocolDocument protocol) {
    Font font = PdfFont.SERIF.size(10.5f);
    Paragraph totals = new Paragraph();
    totals.setLeading(0, 1.4f);
    totals.add(new Phrase("Всего слушателей: " + protocol.rows().size() + "\n", font));
    totals.add(new Phrase("Аттестовано: " + protocol.passedCount() + "\n", font));
    totals.add(new Phrase("Не аттестовано: " + protocol.failedCount(), font));
    totals.setSpacingAfter(18);
    return totals;
  }

  private static PdfPTable signatures(ProtocolDocument protocol) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {44, 24, 32});
    table.setWidthPercentage(100);
    table.setKeepTogether(true);
    Font heading = PdfFont.SERIF_BOLD.size(10.5f);
    Font font = PdfFont.SERIF.size(10.5f);
    caption(table, "Председатель комиссии:", heading);
    signatureLine(table, protocol.chair().position(), protocol.chair().name(), font);
    caption(table, "Члены комиссии:", heading);
    if (protocol.members().isEmpty()) {
      signatureLine(table, "", "", font);
      signatureLine(table, "", "", font);
    }
    for (CommissionMember member : protocol.members()) {
      signatureLine(table, member.position(), member.name(), font);
    }
    return table;
  }

  private static void caption(PdfPTable table, String text, Font font) {
    PdfPCell cell = plainCell(new Phrase(text, font));
    cell.setColspan(3);
    cell.setPaddingTop(10);
    table.addCell(cell);
  }

  private static void signatureLine(PdfPTable table, String position, String name, Font font) {
    PdfPCell positionCell = plainCell(new Phrase(position, font));
    positionCell.setMinimumHeight(26);
    positionCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    table.addCell(positionCell);
    PdfPCell line = plainCell(new Phrase(" ", font));
    line.setBorder(Rectangle.BOTTOM);
    line.setBorderWidthBottom(0.5f);
    table.addCell(line);
    PdfPCell nameCell = plainCell(new Phrase(name, font));
    nameCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    nameCell.setPaddingLeft(8);
    table.addCell(nameCell);
  }

  private static String score(ProtocolRow row, ProtocolDocument protocol) {
    return RussianText.decimal(row.score()) + " из " + RussianText.decimal(protocol.maxScore());
  }

  private static String percent(ProtocolRow row, ProtocolDocument protocol) {
    BigDecimal percent =
        row.score().multiply(HUNDRED).divide(protocol.maxScore(), 1, RoundingMode.HALF_UP);
    return RussianText.decimal(percent) + "\u00a0%";
  }

  private static String result(ProtocolRow row) {
    return row.passed() ? "аттестован(а)" : "не аттестован(а)";
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setBorderWidth(0.5f);
    cell.setBorderColor(MUTED);
    cell.setLeading(0, 1.2f);
    cell.setPadding(2.5f);
    cell.setPaddingBottom(4);
    return cell;
  }

  private static PdfPCell plainCell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(2);
    return cell;
  }
}
