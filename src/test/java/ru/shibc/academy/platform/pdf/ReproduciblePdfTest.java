package ru.shibc.academy.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ReproduciblePdfTest {

  private static final ZonedDateTime ISSUED =
      ZonedDateTime.of(2026, 11, 25, 0, 0, 0, 0, ZoneId.of("Asia/Yekaterinburg"));

  @Test
  void sameInputGivesTheSameBytes() {
    byte[] first = write("Иванова Мария Петровна", "identity-1");
    byte[] second = write("Иванова Мария Петровна", "identity-1");
    assertArrayEquals(first, second);
  }

  @Test
  void differentIdentityGivesADifferentFileIdentifier() throws IOException {
    byte[] first = write("Иванова Мария Петровна", "identity-1");
    byte[] second = write("Иванова Мария Петровна", "identity-2");
    assertFalse(Arrays.equals(first, second));
    try (PDDocument a = Loader.loadPDF(first);
        PDDocument b = Loader.loadPDF(second)) {
      assertFalse(
          a.getDocument()
              .getDocumentID()
              .toString()
              .equals(b.getDocument().getDocumentID().toString()));
    }
  }

  @Test
  void datesComeFromTheMetadataNotTheClock() throws IOException {
    try (PDDocument document = Loader.loadPDF(write("Текст", "x"))) {
      var info = document.getDocumentInformation();
      assertEquals(ISSUED.toInstant(), info.getCreationDate().toInstant());
      assertEquals(ISSUED.toInstant(), info.getModificationDate().toInstant());
      assertEquals("Заголовок", info.getTitle());
      assertEquals("ШИБЦ", info.getAuthor());
    }
  }

  @Test
  void fontsAreEmbeddedSubsetsWithAFixedTag() {
    byte[] pdf = write("Съешь же ещё этих мягких французских булок", "x");
    for (PDFont font : PdfInspection.fonts(pdf)) {
      assertTrue(font.isEmbedded(), font.getName());
      assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans"), font.getName());
    }
    assertTrue(PdfInspection.text(pdf).contains("Съешь же ещё этих мягких французских булок"));
  }

  private static byte[] write(String text, String identity) {
    return ReproduciblePdf.write(
        new Document(PageSize.A4),
        new PdfMetadata("Заголовок", "", "ШИБЦ", ISSUED, identity),
        (document, writer) -> document.add(new Paragraph(text, PdfFont.SANS.size(12))));
  }
}
