package ru.shibc.academy.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void drawnCodeScansBackToTheText() {
    String url =
        "https://academy.shibc.ru/verify/2026-00017?token=Zq8vN3xR-Lk2pW7sT9aB4cD6eF1gH5jK";
    byte[] pdf =
        ReproduciblePdf.write(
            new Document(PageSize.A4),
            new PdfMetadata(
                "QR", "", "", ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), url),
            (document, writer) -> QrCode.draw(writer.getDirectContent(), url, 100, 500, 90));
    assertEquals(url, PdfInspection.decodeQr(pdf, 150));
  }

  @Test
  void matrixIncludesTheQuietZone() {
    BitMatrix matrix = QrCode.encode("https://academy.shibc.ru/verify/ABCD");
    int quiet = QrCode.QUIET_ZONE_MODULES;
    for (int i = 0; i < matrix.getWidth(); i++) {
      for (int j = 0; j < quiet; j++) {
        assertEquals(false, matrix.get(i, j));
        assertEquals(false, matrix.get(j, i));
      }
    }
    // The finder pattern starts right after the quiet zone.
    assertEquals(true, matrix.get(quiet, quiet));
  }

  @Test
  void refusesEmptyText() {
    assertThrows(IllegalArgumentException.class, () -> QrCode.encode(""));
  }
}
