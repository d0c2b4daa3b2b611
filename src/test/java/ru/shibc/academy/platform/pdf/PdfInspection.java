package ru.shibc.academy.platform.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads rendered PDFs back with PDFBox and ZXing, the way a reader or a phone would. */
public final class PdfInspection {

  private PdfInspection() {}

  /** All text, with every run of whitespace (line breaks too) turned into one space. */
  public static String text(byte[] pdf) {
    return pageTexts(pdf).stream().reduce("", (a, b) -> a + " " + b).strip();
  }

  /** The text of each page, whitespace collapsed as in {@link #text(byte[])}. */
  public static List<String> pageTexts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(collapse(stripper.getText(document)));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pageCount(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The media box of every page. */
  public static List<PDRectangle> pageSizes(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDRectangle> sizes = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        sizes.add(page.getMediaBox());
      }
      return sizes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fonts used on the first page. */
  public static List<PDFont> fonts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      var resources = document.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
      return fonts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the first page and decodes the QR code on it, as a phone camera would. */
  public static String decodeQr(byte[] pdf, float dpi) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi);
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
      Result result =
          new QRCodeReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(source)),
                  Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      return result.getText();
    } catch (NotFoundException
        | com.google.zxing.ChecksumException
        | com.google.zxing.FormatException e) {
      throw new AssertionError("No readable QR code on the page", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
