package ru.shibc.academy.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Prints "{caption} — страница 3 из 12" at the foot of every page, so that the loose pages of a
 * long protocol can be put back in order and a missing one noticed.
 *
 * <p>The total is not known until the document closes, so it goes into a small template that is
 * filled in at the end. An instance belongs to one document: register a new one for each.
 */
public final class PageNumbers extends PdfPageEventHelper {

  private static final Color MUTED = new Color(0x5a, 0x63, 0x70);
  private static final float SIZE = 7.5f;

  private final String caption;
  private final float baseline;
  private final Font font = PdfFont.SANS.size(SIZE, MUTED);
  private PdfTemplate total;

  /**
   * @param caption printed before the page number, e.g. "Протокол № 12"
   * @param baseline the distance of the text's baseline from the bottom of the page
   */
  public PageNumbers(String caption, float baseline) {
    this.caption = caption;
    this.baseline = baseline;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    if (total == null) {
      // Made here rather than in onOpenDocument: the event may be registered after opening.
      total = canvas.createTemplate(SIZE * 4, SIZE * 1.5f);
    }
    String text = caption + " — страница " + writer.getPageNumber() + " из ";
    float width = font.getBaseFont().getWidthPoint(text, SIZE);
    float right = document.right();
    float left = right - width - SIZE * 2.5f;
    ColumnText.showTextAligned(
        canvas, Element.ALIGN_LEFT, new Phrase(text, font), left, baseline, 0);
    canvas.addTemplate(total, left + width, baseline);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    if (total == null) {
      return;
    }
    ColumnText.showTextAligned(
        total,
        Element.ALIGN_LEFT,
        // By now the writer has moved on to the page after the last one.
        new Phrase(String.valueOf(writer.getPageNumber() - 1), font),
        0,
        0,
        0);
  }
}
