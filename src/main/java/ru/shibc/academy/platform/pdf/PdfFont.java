package ru.shibc.academy.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu fonts shipped in {@code src/main/resources/fonts}, embedded as Identity-H subsets so
 * that Cyrillic prints and copies correctly on any reader.
 *
 * <p>Each font is read and parsed once, when the enum is first used, and the {@link BaseFont} is
 * then shared by every document on every thread: OpenPDF keeps per-document state (which glyphs
 * were used) in the writer, not in the font, and parsing a TrueType file costs far more than
 * writing a whole certificate.
 */
public enum PdfFont {
  SERIF("DejaVuSerif.ttf"),
  SERIF_BOLD("DejaVuSerif-Bold.ttf"),
  SANS("DejaVuSans.ttf"),
  SANS_BOLD("DejaVuSans-Bold.ttf");

  private final BaseFont baseFont;

  PdfFont(String file) {
    this.baseFont = load(file);
  }

  /** The shared font program, for drawing straight onto a {@code PdfContentByte}. */
  public BaseFont baseFont() {
    return baseFont;
  }

  /** A black font of this face; a new object each time, since OpenPDF fonts are mutable. */
  public Font size(float points) {
    return new Font(baseFont, points);
  }

  /** A coloured font of this face. */
  public Font size(float points, Color color) {
    return new Font(baseFont, points, Font.NORMAL, color);
  }

  private static BaseFont load(String file) {
    String resource = "/fonts/" + file;
    try (InputStream in = PdfFont.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      // cached = false: OpenPDF's own font cache is keyed by name and would keep a second copy.
      BaseFont font =
          BaseFont.createFont(
              file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
      font.setSubset(true);
      font.setSecureRandom(new FixedSubsetTag(file));
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + resource, e);
    }
  }
}
