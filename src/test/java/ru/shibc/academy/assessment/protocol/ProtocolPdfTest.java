package ru.shibc.academy.assessment.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.platform.pdf.PdfInspection;

class ProtocolPdfTest {

  private final ProtocolPdf renderer = new ProtocolPdf();

  private static ProtocolDocument protocol(List<ProtocolRow> rows) {
    return new ProtocolDocument(
        "ГАУ ДПО «Институт развития образования»",
        "12",
        LocalDate.of(2026, 11, 20),
        "Современная школьная библиотека",
        "Итоговое тестирование",
        new BigDecimal("20"),
        rows,
        new CommissionMember("Руководитель ИМЦ", "И. И. Петрова"),
        List.of(
            new CommissionMember("Методист", "О. В. Смирнова"),
            new CommissionMember("Педагог-библиотекарь", "Е. А. Волкова")));
  }

  private static List<ProtocolRow> threeRows() {
    return List.of(
        new ProtocolRow("Иванова Мария Петровна", "МАОУ СОШ № 5", new BigDecimal("17.5"), true),
        new ProtocolRow("Сидоров Пётр Ильич", "МБОУ Гимназия № 2", new BigDecimal("9"), false),
        new ProtocolRow("Кузнецова Анна Сергеевна", "МАОУ Лицей № 1", new BigDecimal("20"), true));
  }

  @Test
  void printsHeaderRowsTotalsAndSignatures() {
    String text = PdfInspection.text(renderer.render(protocol(threeRows())));

    assertTrue(text.contains("ГАУ ДПО «Институт развития образования»"), text);
    assertTrue(text.contains("Протокол итоговой аттестации № 12"), text);
    assertTrue(text.contains("Программа: Современная школьная библиотека"), text);
    assertTrue(text.contains("Аттестация: Итоговое тестирование"), text);
    assertTrue(text.contains("Дата проведения: 20 ноября 2026 г."), text);
    assertTrue(text.contains("№ п/п"), text);
    assertTrue(text.contains("ФИО слушателя"), text);
    assertTrue(text.contains("Образовательная организация"), text);
    assertTrue(text.contains("1 Иванова Мария Петровна МАОУ СОШ № 5 17,5 из 20 87,5"), text);
    assertTrue(text.contains("2 Сидоров Пётр Ильич МБОУ Гимназия № 2 9 из 20 45"), text);
    assertTrue(text.contains("20 из 20 100"), text);
    assertTrue(text.contains("не аттестован(а)"), text);
    assertTrue(text.contains("Всего слушателей: 3"), text);
    assertTrue(text.contains("Аттестовано: 2"), text);
    assertTrue(text.contains("Не аттестовано: 1"), text);
    assertTrue(text.contains("Председатель комиссии: Руководитель ИМЦ И. И. Петрова"), text);
    assertTrue(text.contains("Члены комиссии: Методист О. В. Смирнова"), text);
    assertTrue(text.contains("Педагог-библиотекарь Е. А. Волкова"), text);
  }

  @Test
  void printsAnEmptyProtocolOnOneA4Page() {
    byte[] pdf = renderer.render(protocol(List.of()));
    assertEquals(1, PdfInspection.pageCount(pdf));
    PDRectangle page = PdfInspection.pageSizes(pdf).get(0);
    assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1);
    assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1);
    String text = PdfInspection.text(pdf);
    assertTrue(text.contains("Результатов нет"), text);
    assertTrue(text.contains("Всего слушателей: 0"), text);
    assertTrue(text.contains("Аттестовано: 0"), text);
    assertTrue(text.contains("Председатель комиссии"), text);
    assertTrue(text.contains("страница 1 из 1"), text);
  }

  @Test
  void repeatsTheColumnHeadingsOnEveryPageOfALongProtocol() {
    List<ProtocolRow> rows = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      rows.add(
          new ProtocolRow(
              "Слушатель Номер" + i + " Тестовый",
              "МАОУ СОШ № " + (i % 40 + 1),
              new BigDecimal(i % 21),
              i % 21 >= 14));
    }
    byte[] pdf = renderer.render(protocol(rows));

    List<String> pages = PdfInspection.pageTexts(pdf);
    assertTrue(pages.size() >= 5, "pages: " + pages.size());
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertTrue(
          page.contains("№ п/п ФИО слушателя Образовательная организация"), "page " + (i + 1));
      assertTrue(page.contains("страница " + (i + 1) + " из " + pages.size()), page);
    }
    String text = String.join(" ", pages);
    assertTrue(text.contains("500 Слушатель Номер500 Тестовый"), text);
    long passed = rows.stream().filter(ProtocolRow::passed).count();
    assertTrue(text.contains("Всего слушателей: 500"));
    assertTrue(text.contains("Аттестовано: " + passed));
    assertTrue(text.contains("Не аттестовано: " + (500 - passed)));
  }

  @Test
  void sameProtocolGivesTheSameBytesAndAChangedOneDoesNot() {
    byte[] first = renderer.render(protocol(threeRows()));
    assertArrayEquals(first, new ProtocolPdf().render(protocol(threeRows())));
    List<ProtocolRow> changed = new ArrayList<>(threeRows());
    changed.set(
        1, new ProtocolRow("Сидоров Пётр Ильич", "МБОУ Гимназия № 2", new BigDecimal("14"), true));
    assertFalse(Arrays.equals(first, renderer.render(protocol(changed))));
  }

  @Test
  void printsBlankLinesWhenNoMembersAreNamed() {
    ProtocolDocument p = protocol(threeRows());
    ProtocolDocument noMembers =
        new ProtocolDocument(
            p.organisationName(),
            p.number(),
            p.date(),
            p.programmeTitle(),
            p.quizTitle(),
            p.maxScore(),
            p.rows(),
            p.chair(),
            List.of());
    String text = PdfInspection.text(renderer.render(noMembers));
    assertTrue(text.contains("Члены комиссии:"), text);
  }
}
