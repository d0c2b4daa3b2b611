package ru.shibc.academy.certificate.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import ru.shibc.academy.platform.pdf.FittingColumn;
import ru.shibc.academy.platform.pdf.PdfFont;
import ru.shibc.academy.platform.pdf.PdfMetadata;
import ru.shibc.academy.platform.pdf.QrCode;
import ru.shibc.academy.platform.pdf.ReproduciblePdf;
import ru.shibc.academy.platform.pdf.RussianText;
import ru.shibc.academy.platform.time.Clocks;

/**
 * Prints a certificate on landscape A4 laid out like the opened booklet of a real удостоверение: on
 * the left the issuer, the kind of document, its registration number, city and date of issue and
 * the QR code; on the right the statement of what the holder studied, and the signatures.
 *
 * <p>The renderer holds no state, so one instance serves any number of threads. The same document
 * always gives the same bytes.
 */
public final class CertificatePdf {

  /**
   * Landscape A4 as a landscape media box rather than {@code PageSize.A4.rotate()}, which writes a
   * portrait page with a /Rotate entry that some printers and tools ignore.
   */
  private static final Rectangle PAGE =
      new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

  private static final Color INK = new Color(0x1f, 0x3a, 0x5f);
  private static final Color MUTED = new Color(0x5a, 0x63, 0x70);

  private static final float OUTER_FRAME = 18;
  private static final float INNER_FRAME = 24;
  private static final float MARGIN = 50;
  private static final float GUTTER = 26;
  private static final float QR_SIZE = 104;
  private static final float QR_BOTTOM = 74;

  /** Renders the certificate as a one-page PDF. */
  public byte[] render(CertificateDocument certificate) {
    Wording wording = Wording.of(certificate.kind());
    PdfMetadata metadata =
        new PdfMetadata(
            wording.title() + " № " + certificate.registrationNumber(),
            certificate.programmeTitle(),
            certificate.organisationName(),
            certificate.issueDate().atStartOfDay(Clocks.DISTRICT_ZONE),
            certificate.toString());
    return ReproduciblePdf.write(
        new Document(PAGE, 0, 0, 0, 0),
        metadata,
        (document, writer) -> {
          PdfContentByte canvas = writer.getDirectContent();
          drawFrame(canvas);
          drawCover(canvas, certificate, wording);
          drawStatement(canvas, certificate, wording);
        });
  }

  private static void drawFrame(PdfContentByte canvas) {
    float width = PAGE.getWidth();
    float height = PAGE.getHeight();
    canvas.saveState();
    canvas.setColorStroke(INK);
    canvas.setLineWidth(2f);
    canvas.rectangle(OUTER_FRAME, OUTER_FRAME, width - 2 * OUTER_FRAME, height - 2 * OUTER_FRAME);
    canvas.stroke();
    canvas.setLineWidth(0.6f);
    canvas.rectangle(INNER_FRAME, INNER_FRAME, width - 2 * INNER_FRAME, height - 2 * INNER_FRAME);
    canvas.stroke();
    // The fold of the booklet.
    canvas.setColorStroke(MUTED);
    canvas.setLineWidth(0.4f);
    canvas.setLineDash(3f, 3f, 0f);
    canvas.moveTo(width / 2, INNER_FRAME + 16);
    canvas.lineTo(width / 2, height - INNER_FRAME - 16);
    canvas.stroke();
    canvas.restoreState();
  }

  /** The left half: issuer, kind of document, registration details and the QR code. */
  private static void drawCover(
      PdfContentByte canvas, CertificateDocument certificate, Wording wording) {
    float left = MARGIN;
    float right = PAGE.getWidth() / 2 - GUTTER;
    float top = PAGE.getHeight() - MARGIN;
    FittingColumn.draw(
        canvas,
        left,
        QR_BOTTOM + QR_SIZE + 12,
        right,
        top,
        scale -> {
          List<Element> column = new ArrayList<>();
          column.add(
              paragraph(
                  certificate.organisationName(), PdfFont.SANS_BOLD.size(10.5f * scale, INK), 0));
          column.add(
              paragraph(wording.titleWord(), PdfFont.SERIF_BOLD.size(30 * scale, INK), 26 * scale));
          column.add(paragraph(wording.titleRest(), PdfFont.SERIF.size(15 * scale, INK), 0));
          if (certificate.hasBlank()) {
            column.add(paragraph(blank(certificate), PdfFont.SERIF.size(11 * scale), 8 * scale));
          }
          column.add(label("Регистрационный номер", scale, 24 * scale));
          column.add(
              paragraph(certificate.registrationNumber(), PdfFont.SERIF_BOLD.size(13 * scale), 0));
          column.add(label("Город", scale, 9 * scale));
          column.add(paragraph(certificate.city(), PdfFont.SERIF.size(12 * scale), 0));
          column.add(label("Дата выдачи", scale, 9 * scale));
          column.add(
              paragraph(
                  RussianText.longDate(certificate.issueDate()),
                  PdfFont.SERIF.size(12 * scale),
                  0));
          return column;
        });

    float centre = (left + right) / 2;
    QrCode.draw(canvas, certificate.verificationUrl(), centre - QR_SIZE / 2, QR_BOTTOM, QR_SIZE);
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_CENTER,
        new Phrase("Код проверки: " + certificate.verificationCode(), PdfFont.SANS.size(8, MUTED)),
        centre,
        QR_BOTTOM - 10,
        0);
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_CENTER,
        new Phrase(certificate.verificationUrl(), PdfFont.SANS.size(6, MUTED)),
        centre,
        QR_BOTTOM - 19,
        0);
  }

  /** The right half: what the holder studied, where and for how long, and the signatures. */
  private static void drawStatement(
      PdfContentByte canvas, CertificateDocument certificate, Wording wording) {
    float left = PAGE.getWidth() / 2 + GUTTER;
    float right = PAGE.getWidth() - MARGIN;
    PdfPTable signatures = signatures(certificate.signatories(), right - left);
    float signaturesTop = MARGIN - 4 + signatures.getTotalHeight();
    signatures.writeSelectedRows(0, -1, left, signaturesTop, canvas);

    FittingColumn.draw(
        canvas,
        left,
        signaturesTop + 14,
        right,
        PAGE.getHeight() - MARGIN,
        scale -> {
          Font plain = PdfFont.SERIF.size(12 * scale);
          Font strong = PdfFont.SERIF_BOLD.size(12 * scale);
          List<Element> column = new ArrayList<>();
          column.add(paragraph(wording.opening(), plain, 0));
          column.add(
              paragraph(
                  certificate.surname(), PdfFont.SERIF_BOLD.size(22 * scale, INK), 14 * scale));
          column.add(
              paragraph(
                  certificate.nameAndPatronymic(), PdfFont.SERIF_BOLD.size(17 * scale, INK), 0));
          column.add(paragraph(period(certificate), plain, 14 * scale));
          column.add(paragraph(wording.completed(), plain, 0));
          column.add(paragraph(certificate.organisationName(), strong, 4 * scale));
          column.add(paragraph("по дополнительной профессиональной программе", plain, 4 * scale));
          column.add(
              paragraph(
                  "«" + certificate.programmeTitle() + "»",
                  PdfFont.SERIF_BOLD.size(13 * scale, INK),
                  4 * scale));
          column.add(
              paragraph(
                  "в объёме " + RussianText.hours(certificate.academicHours()), plain, 4 * scale));
          return column;
        });
  }

  private static PdfPTable signatures(List<Signatory> signatories, float width) {
    PdfPTable table = new PdfPTable(new float[] {42, 26, 32});
    table.setTotalWidth(width);
    table.setLockedWidth(true);
    Font font = PdfFont.SERIF.size(10.5f);
    for (Signatory signatory : signatories) {
      table.addCell(cell(new Phrase(signatory.position(), font), Element.ALIGN_LEFT, false));
      table.addCell(cell(new Phrase(" ", font), Element.ALIGN_CENTER, true));
      table.addCell(cell(new Phrase(signatory.name(), font), Element.ALIGN_RIGHT, false));
    }
    PdfPCell seal =
        cell(new Phrase("М. П.", PdfFont.SANS.size(8, MUTED)), Element.ALIGN_LEFT, false);
    seal.setColspan(3);
    seal.setMinimumHeight(18);
    table.addCell(seal);
    return table;
  }

  private static PdfPCell cell(Phrase phrase, int alignment, boolean signatureLine) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(signatureLine ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
    if (signatureLine) {
      cell.setBorderWidthBottom(0.5f);
    }
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
    cell.setMinimumHeight(28);
    cell.setPaddingLeft(signatureLine ? 0 : 2);
    cell.setPaddingRight(signatureLine ? 0 : 2);
    cell.setPaddingBottom(3);
    return cell;
  }

  private static String period(CertificateDocument certificate) {
    return "с "
        + RussianText.longDate(certificate.studyStart())
        + " по "
        + RussianText.longDate(certificate.studyEnd());
  }

  private static String blank(CertificateDocument certificate) {
    StringBuilder text = new StringBuilder();
    if (!certificate.blankSeries().isEmpty()) {
      text.append("серия ").append(certificate.blankSeries());
    }
    if (!certificate.blankNumber().isEmpty()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append("№ ").append(certificate.blankNumber());
    }
    return text.toString();
  }

  private static Paragraph label(String text, float scale, float spacingBefore) {
    return paragraph(text, PdfFont.SANS.size(8.5f * scale, MUTED), spacingBefore);
  }

  private static Paragraph paragraph(String text, Font font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setLeading(0, 1.25f);
    paragraph.setSpacingBefore(spacingBefore);
    return paragraph;
  }
}
