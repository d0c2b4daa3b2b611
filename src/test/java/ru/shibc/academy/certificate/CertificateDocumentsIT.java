package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CertificateFixtures.complete;
import static ru.shibc.academy.it.CertificateFixtures.onlyCertificate;
import static ru.shibc.academy.it.CertificateFixtures.qualificationCourse;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.platform.pdf.PdfInspection;

@ExtendWith(RunningAcademy.class)
class CertificateDocumentsIT {

  @Test
  void theHolderDownloadsAPdfWithTheirNameAndAQrToTheVerificationPage() {
    long[] course = qualificationCourse("ПДФ");
    Learner learner = CourseFixtures.newLearner();
    complete(learner, course);
    JsonObject c = onlyCertificate(learner);
    String path = "/api/certificates/" + c.getJsonNumber("id") + "/pdf";

    CourseFixtures.Download pdf = CourseFixtures.download(learner.token(), path);
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
    assertTrue(pdf.header("Content-Disposition").orElse("").contains("filename*=UTF-8''"), "a Cyrillic file name");
    String text = PdfInspection.text(pdf.bytes());
    String[] holder = c.getString("holder").split(" ");
    for (String expected :
        List.of(holder[0], holder[1], "36 часов", c.getString("registrationNumber"), "Информационная грамотность")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertEquals(c.getString("verificationUrl"), PdfInspection.decodeQr(pdf.bytes(), 300));
    assertTrue(c.getString("verificationUrl").startsWith(RunningAcademy.baseUrl() + "/verify/"));

    assertArrayEquals(pdf.bytes(), CourseFixtures.download(learner.token(), path).bytes(), "the same document again");
    Learner other = CourseFixtures.newLearner();
    assertEquals(404, CourseFixtures.download(other.token(), path).status());
  }

  @Test
  void theRegisterDownloadsAFiltersPdfsAsOneZip() throws Exception {
    String token = CourseFixtures.token("methodologist");
    CourseFixtures.Download zip =
        CourseFixtures.download(token, "/api/certificates/files/pdfs?from=2019-01-01&to=2019-12-31");
    assertEquals(200, zip.status(), zip.text());
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        assertTrue(PdfInspection.text(in.readAllBytes()).toLowerCase().contains("удостоверени"));
      }
    }
    int total = ru.shibc.academy.it.Api.as("methodologist").get("/api/certificates?from=2019-01-01&to=2019-12-31").json()
        .getInt("total");
    assertEquals(total, names.size());
    assertTrue(names.stream().allMatch(n -> n.matches("(Удостоверение|Диплом) 2019-\\d{5} .+\\.pdf")), names.toString());
    assertEquals(422, CourseFixtures.download(token, "/api/certificates/files/pdfs?from=2001-01-01&to=2001-12-31").status());
  }
}
