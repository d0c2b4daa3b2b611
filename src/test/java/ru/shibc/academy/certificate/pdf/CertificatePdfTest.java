package ru.shibc.academy.certificate.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import ru.shibc.academy.certificate.CertificateKind;
import ru.shibc.academy.platform.pdf.PdfInspection;

class CertificatePdfTest {

  static final String CODE = "q7x2m9kd4pztb6wc3hnf5rj2av7ye4ls";
  static final String URL = "https://academy.shibc.ru/verify/" + CODE;

  private final CertificatePdf renderer = new CertificatePdf();

  static CertificateDocument certificate() {
    return new CertificateDocument(
        CertificateKind.QUALIFICATION_CERTIFICATE,
        "Иванова",
        "Мария",
        "Петровна",
        "Современная школьная библиотека как информационно-библиотечный центр",
        72,
        LocalDate.of(2026, 11, 2),
        LocalDate.of(2026, 11, 20),
        "2026-00017",
        "662400",
        "0001234",
        LocalDate.of(2026, 11, 25),
        "Государственное автономное учреждение дополнительного профессионального образования"
            + " «Институт развития образования»",
        "Екатеринбург",
        List.of(
            new Signatory("Руководитель", "И. И. Петрова"),
            new Signatory("Секретарь", "А. С. Кузнецова")),
        URL,
        CODE);
  }

  @Test
  void printsTheHolderProgrammeHoursAndDatesInRussian() {
    String text = PdfInspection.text(renderer.render(certificate()));

    assertTrue(text.contains("УДОСТОВЕРЕНИЕ"), text);
    assertTrue(text.contains("о повышении квалификации"), text);
    assertTrue(text.contains("Настоящее удостоверение свидетельствует о том, что"), text);
    assertTrue(text.contains("Иванова"), text);
    assertTrue(text.contains("Мария Петровна"), text);
    assertTrue(text.contains("с 2 ноября 2026 г. по 20 ноября 2026 г."), text);
    assertTrue(text.contains("прошёл(а) повышение квалификации в"), text);
    assertTrue(text.contains("«Институт развития образования»"), text);
    assertTrue(text.contains("по дополнительной профессиональной программе"), text);
    assertTrue(
        text.contains("«Современная школьная библиотека как информационно-библиотечный центр»"),
        text);
    assertTrue(text.contains("в объёме 72 часа"), text);
    assertTrue(text.contains("Регистрационный номер 2026-00017"), text);
    assertTrue(text.contains("Город Екатеринбург"), text);
    assertTrue(text.contains("Дата выдачи 25 ноября 2026 г."), text);
    assertTrue(text.contains("серия 662400 № 0001234"), text);
    assertTrue(text.contains("Руководитель И. И. Петрова"), text);
    assertTrue(text.contains("Секретарь А. С. Кузнецова"), text);
    assertTrue(text.contains("Код проверки: " + CODE), text);
  }

  @Test
  void qrCodeLeadsToTheVerificationPage() {
    assertEquals(URL, PdfInspection.decodeQr(renderer.render(certificate()), 150));
  }

  @Test
  void isOneLandscapeA4Page() {
    byte[] pdf = renderer.render(certificate());
    assertEquals(1, PdfInspection.pageCount(pdf));
    PDRectangle page = PdfInspection.pageSizes(pdf).get(0);
    assertEquals(PDRectangle.A4.getHeight(), page.getWidth(), 1);
    assertEquals(PDRectangle.A4.getWidth(), page.getHeight(), 1);
  }

  @Test
  void embedsItsFonts() {
    List<PDFont> fonts = PdfInspection.fonts(renderer.render(certificate()));
    assertFalse(fonts.isEmpty());
    for (PDFont font : fonts) {
      assertTrue(font.isEmbedded(), font.getName());
      assertTrue(font.getName().contains("DejaVu"), font.getName());
    }
  }

  @Test
  void sameCertificateGivesTheSameBytes() {
    assertArrayEquals(renderer.render(certificate()), new CertificatePdf().render(certificate()));
  }

  @Test
  void anyChangedFieldChangesTheBytes() {
    byte[] original = renderer.render(certificate());
    CertificateDocument c = certificate();
    CertificateDocument otherHours =
        new CertificateDocument(
            c.kind(),
            c.surname(),
            c.name(),
            c.patronymic(),
            c.programmeTitle(),
            36,
            c.studyStart(),
            c.studyEnd(),
            c.registrationNumber(),
            c.blankSeries(),
            c.blankNumber(),
            c.issueDate(),
            c.organisationName(),
            c.city(),
            c.signatories(),
            c.verificationUrl(),
            c.verificationCode());
    byte[] changed = renderer.render(otherHours);
    assertFalse(Arrays.equals(original, changed));
    assertTrue(PdfInspection.text(changed).contains("в объёме 36 часов"));
  }

  @Test
  void rendersTheSameBytesFromManyThreads() throws Exception {
    byte[] expected = renderer.render(certificate());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> renderer.render(certificate())));
      }
      for (Future<byte[]> result : results) {
        assertArrayEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void printsARetrainingDiplomaWithItsOwnWording() {
    CertificateDocument c = certificate();
    CertificateDocument diploma =
        new CertificateDocument(
            CertificateKind.RETRAINING_DIPLOMA,
            c.surname(),
            c.name(),
            "",
            "Библиотечно-информационная деятельность",
            250,
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 11, 20),
            "2026-00018",
            "",
            "",
            c.issueDate(),
            c.organisationName(),
            c.city(),
            c.signatories(),
            c.verificationUrl(),
            c.verificationCode());
    String text = PdfInspection.text(renderer.render(diploma));
    assertTrue(text.contains("ДИПЛОМ о профессиональной переподготовке"), text);
    assertTrue(text.contains("Настоящий диплом свидетельствует о том, что"), text);
    assertTrue(text.contains("прошёл(а) профессиональную переподготовку в"), text);
    assertTrue(text.contains("в объёме 250 часов"), text);
    assertTrue(text.contains("с 1 февраля 2026 г. по 20 ноября 2026 г."), text);
    assertFalse(text.contains("серия"), text);
    assertFalse(text.contains("Петровна"), text);
  }

  @Test
  void shrinksALongProgrammeTitleToFitThePage() {
    CertificateDocument c = certificate();
    String longTitle =
        "Организация деятельности школьного информационно-библиотечного центра ".repeat(6).strip();
    CertificateDocument longOne =
        new CertificateDocument(
            c.kind(),
            c.surname(),
            c.name(),
            c.patronymic(),
            longTitle,
            16,
            c.studyStart(),
            c.studyEnd(),
            c.registrationNumber(),
            "",
            "",
            c.issueDate(),
            c.organisationName(),
            c.city(),
            c.signatories(),
            c.verificationUrl(),
            c.verificationCode());
    byte[] pdf = renderer.render(longOne);
    assertEquals(1, PdfInspection.pageCount(pdf));
    String text = PdfInspection.text(pdf);
    assertTrue(text.contains("«" + longTitle + "»"), text);
    assertTrue(text.contains("в объёме 16 часов"), text);
    assertEquals(URL, PdfInspection.decodeQr(pdf, 150));
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    CertificateDocument c = certificate();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CertificateDocument(
                c.kind(),
                c.surname(),
                c.name(),
                c.patronymic(),
                c.programmeTitle(),
                72,
                c.studyEnd(),
                c.studyStart(),
                c.registrationNumber(),
                "",
                "",
                c.issueDate(),
                c.organisationName(),
                c.city(),
                c.signatories(),
                c.verificationUrl(),
                c.verificationCode()));
  }
}
