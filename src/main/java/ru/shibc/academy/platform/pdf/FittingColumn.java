package ru.shibc.academy.platform.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.List;

/**
 * A box of paragraphs placed at fixed coordinates that shrinks its type until everything fits, and
 * centres what it holds vertically.
 *
 * <p>Documents printed on a form have a fixed place for each part, while their text (a programme
 * title, an organisation's full name) can be three words or three lines long; shrinking a little is
 * better than overflowing the frame or cutting a line off.
 */
public final class FittingColumn {

  /** Lays the content out at a given type scale, 1 being the designed size. */
  @FunctionalInterface
  public interface Layout {
    List<Element> at(float scale);
  }

  private static final float SMALLEST_SCALE = 0.5f;
  private static final float STEP = 0.05f;

  private FittingColumn() {}

  /**
   * Draws the content into the box from ({@code left}, {@code bottom}) to ({@code right}, {@code
   * top}) at the largest scale, down to one half, at which it fits.
   *
   * @return the scale used
   */
  public static float draw(
      PdfContentByte canvas, float left, float bottom, float right, float top, Layout layout) {
    try {
      float scale = 1f;
      float used = simulate(canvas, left, bottom, right, top, layout, scale);
      while (used < 0 && scale - STEP >= SMALLEST_SCALE - 1e-4f) {
        scale -= STEP;
        used = simulate(canvas, left, bottom, right, top, layout, scale);
      }
      float spare = used < 0 ? 0 : (top - bottom - used) / 2;
      column(canvas, left, bottom, right, top - spare, layout, scale).go();
      return scale;
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot lay out the column: " + e.getMessage(), e);
    }
  }

  /** The height the content takes at {@code scale}, or -1 if it does not fit. */
  private static float simulate(
      PdfContentByte canvas,
      float left,
      float bottom,
      float right,
      float top,
      Layout layout,
      float scale)
      throws DocumentException {
    ColumnText column = column(canvas, left, bottom, right, top, layout, scale);
    int status = column.go(true);
    return ColumnText.hasMoreText(status) ? -1 : top - column.getYLine();
  }

  private static ColumnText column(
      PdfContentByte canvas,
      float left,
      float bottom,
      float right,
      float top,
      Layout layout,
      float scale) {
    ColumnText column = new ColumnText(canvas);
    column.setSimpleColumn(left, bottom, right, top);
    for (Element element : layout.at(scale)) {
      column.addElement(element);
    }
    return column;
  }
}
