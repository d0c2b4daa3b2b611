package ru.shibc.academy.roadmap.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.roadmap.indicator.Indicator;

/** The report's files rendered from a snapshot, without the application. */
class ReportFilesTest {

  private static final ReportSnapshot SNAPSHOT = new ReportSnapshot(
      7, "Дорожная карта развития ШИБЦ на 2019–2021 годы", 2020, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31), 3,
      Instant.parse("2020-04-01T05:30:00Z"), "scheduler", LocalDate.of(2020, 4, 1),
      List.of(
          new ReportSnapshot.ItemRow("1.1", "1. Организационно-управленческое обеспечение", "Разработка положения о ШИБЦ",
              "февраль 2019 года", "DONE", false, "Лаптева Галина Ивановна", "Отдел образования",
              List.of(), List.of("Приказ № 15 от 20.03.2019")),
          new ReportSnapshot.ItemRow("4.1", "4. Совершенствование кадрового обеспечения ШИБЦ", "Курсовая подготовка, переподготовка",
              "2019 год", "IN_PROGRESS", true, null, "Районный методический кабинет\nОбщеобразовательные организации",
              List.of("Сотрудников школ, прошедших курсы ПК и переподготовку: 12 (8,5 %)"), List.of())),
      List.of(new Indicator("4.1", "4.1.trained", "Сотрудников школ, прошедших курсы ПК и переподготовку", BigDecimal.valueOf(12),
          "people", null, false, new BigDecimal("8.5"), 141L, false, null, true)));

  @Test
  void thePdfIsALandscapeTableWithTheOverdueItemMarked() throws Exception {
    byte[] pdf = ReportPdf.render(SNAPSHOT);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "monitoring-report-sample.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var box = doc.getPage(0).getMediaBox();
      assertTrue(box.getWidth() > box.getHeight(), "landscape");
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("за 1 квартал 2020 года"), text);
      assertTrue(text.contains("Версия 3"), text);
      assertEquals(1, text.split("ПРОСРОЧЕНО", -1).length - 1, text);
      assertTrue(text.contains("Приказ № 15 от 20.03.2019"));
      assertTrue(text.contains("Лаптева Галина Ивановна"));
      assertTrue(text.contains("Районный методический кабинет"), "without a responsible person, the executors");
    }
    assertArrayEquals(pdf, ReportPdf.render(SNAPSHOT), "the same snapshot gives the same file");
  }

  @Test
  void theWorkbookFlagsTheOverdueRow() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.render(SNAPSHOT)))) {
      var items = book.getSheet("Мероприятия");
      assertEquals("4.1", items.getRow(2).getCell(0).getStringCellValue());
      assertEquals("ПРОСРОЧЕНО", items.getRow(2).getCell(5).getStringCellValue());
      assertEquals("Выполнено", items.getRow(1).getCell(4).getStringCellValue());
      var indicators = book.getSheet("Показатели");
      assertEquals(12, (int) indicators.getRow(1).getCell(2).getNumericCellValue());
      assertEquals(8.5, indicators.getRow(1).getCell(3).getNumericCellValue(), 0.001);
    }
  }
}
