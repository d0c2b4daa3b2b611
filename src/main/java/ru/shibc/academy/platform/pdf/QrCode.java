package ru.shibc.academy.platform.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code drawn into a PDF as vector squares, so that it stays sharp at any zoom and on any
 * printer, with the four-module quiet zone scanners need painted white.
 *
 * <p>Error correction level M (about 15%) survives a crease, a stamp edge or a slightly smudged
 * print without making the code much denser than level L.
 */
public final class QrCode {

  /** The quiet zone the QR specification asks for, in modules. */
  public static final int QUIET_ZONE_MODULES = 4;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.MARGIN,
          QUIET_ZONE_MODULES,
          EncodeHintType.CHARACTER_SET,
          StandardCharsets.UTF_8.name());

  private QrCode() {}

  /**
   * Draws the code for {@code text} as a square whose lower-left corner is at ({@code left}, {@code
   * bottom}) and whose side, quiet zone included, is {@code size} points.
   *
   * @throws IllegalArgumentException if the text is empty or too long for a QR code
   */
  public static void draw(
      PdfContentByte canvas, String text, float left, float bottom, float size) {
    BitMatrix modules = encode(text);
    int count = modules.getWidth();
    float module = size / count;

    canvas.saveState();
    // Draw in module units: coordinates become small integers, so rounding can never open
    // hairline gaps between neighbouring modules.
    canvas.concatCTM(module, 0, 0, module, left, bottom);
    canvas.setColorFill(Color.WHITE);
    canvas.rectangle(0, 0, count, count);
    canvas.fill();
    canvas.setColorFill(Color.BLACK);
    for (int row = 0; row < count; row++) {
      int y = count - 1 - row;
      int column = 0;
      while (column < count) {
        if (!modules.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < count && modules.get(column, row)) {
          column++;
        }
        canvas.rectangle(start, y, column - start, 1);
      }
    }
    canvas.fill();
    canvas.restoreState();
  }

  /** The modules of the code, one bit per module, quiet zone included. */
  static BitMatrix encode(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("A QR code needs some text");
    }
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode as a QR code: " + e.getMessage(), e);
    }
  }
}
