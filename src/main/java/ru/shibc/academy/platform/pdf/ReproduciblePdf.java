package ru.shibc.academy.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;

/**
 * Writes PDFs whose bytes depend only on their input, so that a certificate printed twice is the
 * same file (its hash can be recorded, caches and tests can compare bytes).
 *
 * <p>Left alone, OpenPDF makes every file unique three ways: the creation date is the current time,
 * the trailer's file identifier is random, and so are the tags of subset fonts. Here the dates come
 * from {@link PdfMetadata#created()}, the identifier is a hash of the metadata (OpenPDF uses a
 * {@code /FileId} entry of the document information when one is present instead of drawing a random
 * one), and {@link PdfFont} fixes the font tags.
 */
public final class ReproduciblePdf {

  /** Draws a document's content once the document is open. */
  @FunctionalInterface
  public interface Content {
    void write(Document document, PdfWriter writer) throws DocumentException;
  }

  private static final String CREATOR = "ShIBC Academy";

  private ReproduciblePdf() {}

  /**
   * Opens {@code document} (created by the caller with its page size and margins, not yet open),
   * lets {@code content} fill it and returns the finished file.
   *
   * @throws IllegalStateException if OpenPDF rejects the content, which is a programming error
   */
  public static byte[] write(Document document, PdfMetadata metadata, Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      document.addTitle(metadata.title());
      if (!metadata.subject().isEmpty()) {
        document.addSubject(metadata.subject());
      }
      if (!metadata.author().isEmpty()) {
        document.addAuthor(metadata.author());
      }
      document.addCreator(CREATOR);
      document.open();
      fixInformation(writer.getInfo(), metadata);
      content.write(document, writer);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the PDF: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void fixInformation(PdfDictionary info, PdfMetadata metadata) {
    PdfDate date = new PdfDate(GregorianCalendar.from(metadata.created()));
    info.put(PdfName.CREATIONDATE, date);
    info.put(PdfName.MODDATE, date);
    byte[] id = fileId(metadata);
    info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  /** Both halves of the identifier are equal, as the PDF specification asks for a new file. */
  private static byte[] fileId(PdfMetadata metadata) {
    String source =
        String.join(
            "\u0000",
            metadata.title(),
            metadata.subject(),
            metadata.author(),
            metadata.created().toString(),
            metadata.identity());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(hash, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
