package ru.shibc.academy.roadmap.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import ru.shibc.academy.platform.pdf.PageNumbers;
import ru.shibc.academy.platform.pdf.PdfFont;
import ru.shibc.academy.platform.pdf.PdfMetadata;
import ru.shibc.academy.platform.pdf.ReproduciblePdf;
import ru.shibc.academy.platform.pdf.RussianText;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.roadmap.indicator.Indicator;

/**
 * The quarterly monitoring report as a landscape A4 PDF: one table row per roadmap item (the
 * headings repeat on every page), overdue items on a red ground and marked «ПРОСРОЧЕНО» so that
 * they stand out in a black-and-white print too, then every indicator of the quarter.
 */
final class ReportPdf {

  private static final Color HEADING = new Color(0xe8, 0xec, 0xf1);
  private static final Color OVERDUE = new Color(0xfd, 0xe2, 0xe1);
  private static final Color SECTION = new Color(0xf4, 0xf6, 0xf8);
  private static final Color MUTED = new Color(0x5a, 0x63, 0x70);
  private static final float[] COLUMNS = {5, 27, 10, 11, 12, 20, 15};

  private ReportPdf() {}

  static byte[] render(ReportSnapshot s) {
    String title = ReportTexts.text("report.pdf.title", s.quarter(), String.valueOf(s.year()));
    PdfMetadata metadata =
        new PdfMetadata(title, s.roadmapTitle(), ReportTexts.text("report.pdf.author"),
            s.generatedAt().atZone(Clocks.DISTRICT_ZONE),
            "monitoring-report:" + s.roadmapId() + ":" + s.year() + ":" + s.quarter() + ":" + s.version());
    // a landscape media box rather than a rotated portrait page, so every viewer and text extractor agrees
    Document document = new Document(new com.lowagie.text.Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 28, 40);
    return ReproduciblePdf.write(document, metadata, (doc, writer) -> {
      writer.setPageEvent(new PageNumbers(title, 20));
      doc.add(new Paragraph(title, PdfFont.SERIF_BOLD.size(14)));
      doc.add(new Paragraph(flat(s.roadmapTitle()), PdfFont.SERIF.size(10)));
      Paragraph meta = new Paragraph(
          ReportTexts.text("report.pdf.meta", RussianText.longDate(s.from()), RussianText.longDate(s.to()), s.version(),
              Clocks.dateTime(s.generatedAt()), s.items().size(), s.overdueCount()),
          PdfFont.SANS.size(8.5f, MUTED));
      meta.setSpacingAfter(8);
      doc.add(meta);
      doc.add(items(s));
      Paragraph heading = new Paragraph(ReportTexts.text("report.pdf.indicators"), PdfFont.SERIF_BOLD.size(11));
      heading.setSpacingBefore(10);
      heading.setSpacingAfter(4);
      doc.add(heading);
      doc.add(indicators(s.indicators()));
    });
  }

  private static PdfPTable items(ReportSnapshot s) {
    PdfPTable table = new PdfPTable(COLUMNS);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    Font headingFont = PdfFont.SANS_BOLD.size(8);
    for (String key : List.of("number", "measure", "timeframe", "status", "responsible", "indicators", "evidence")) {
      PdfPCell c = cell(ReportTexts.text("report.column." + key), headingFont);
      c.setBackgroundColor(HEADING);
      table.addCell(c);
    }
    Font font = PdfFont.SANS.size(7.5f);
    Font bold = PdfFont.SANS_BOLD.size(7.5f);
    String section = null;
    for (ReportSnapshot.ItemRow item : s.items()) {
      if (!item.section().equals(section)) {
        section = item.section();
        PdfPCell c = cell(flat(section), bold);
        c.setColspan(COLUMNS.length);
        c.setBackgroundColor(SECTION);
        table.addCell(c);
      }
      Color ground = item.overdue() ? OVERDUE : null;
      table.addCell(cell(item.number(), item.overdue() ? bold : font, ground));
      table.addCell(cell(flat(item.measure()), font, ground));
      table.addCell(cell(flat(item.timeframe()), font, ground));
      table.addCell(cell(ReportTexts.status(item.status(), item.overdue()), item.overdue() ? bold : font, ground));
      table.addCell(cell(responsible(item), font, ground));
      table.addCell(cell(item.indicators().isEmpty() ? "—" : String.join("\n", item.indicators()), font, ground));
      table.addCell(cell(item.evidence().isEmpty() ? "—" : String.join("\n", item.evidence()), font, ground));
    }
    if (s.items().isEmpty()) {
      PdfPCell none = cell(ReportTexts.text("report.pdf.noItems"), font);
      none.setColspan(COLUMNS.length);
      table.addCell(none);
    }
    return table;
  }

  private static PdfPTable indicators(List<Indicator> list) {
    PdfPTable table = new PdfPTable(new float[] {6, 54, 14, 13, 13});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    Font headingFont = PdfFont.SANS_BOLD.size(8);
    for (String key : List.of("number", "indicator", "value", "share", "target")) {
      PdfPCell c = cell(ReportTexts.text("report.column." + key), headingFont);
      c.setBackgroundColor(HEADING);
      table.addCell(c);
    }
    Font font = PdfFont.SANS.size(7.5f);
    for (Indicator i : list) {
      table.addCell(cell(i.item(), font));
      table.addCell(cell(i.name() + (i.note() == null ? "" : " (" + i.note() + ")"), font));
      table.addCell(cell(i.value() == null ? "—" : ReportTexts.number(i.value()), font));
      table.addCell(cell(i.share() == null ? "" : ReportTexts.number(i.share()) + " %", font));
      table.addCell(cell(i.target() == null ? "" : ReportTexts.number(i.target()) + (i.targetPercent() ? " %" : ""), font));
    }
    return table;
  }

  private static String responsible(ReportSnapshot.ItemRow item) {
    if (item.responsible() != null) {
      return item.responsible();
    }
    return item.executors() == null ? "" : item.executors().strip();
  }

  private static String flat(String text) {
    return text == null ? "" : text.replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", " ").strip();
  }

  private static PdfPCell cell(String text, Font font) {
    return cell(text, font, null);
  }

  private static PdfPCell cell(String text, Font font, Color ground) {
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setPadding(3);
    c.setVerticalAlignment(Element.ALIGN_TOP);
    c.setBorderColor(new Color(0xb8, 0xc0, 0xcc));
    if (ground != null) {
      c.setBackgroundColor(ground);
    }
    return c;
  }
}
