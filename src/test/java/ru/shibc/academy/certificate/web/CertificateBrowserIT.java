package ru.shibc.academy.certificate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CertificateFixtures.code;
import static ru.shibc.academy.it.CertificateFixtures.complete;
import static ru.shibc.academy.it.CertificateFixtures.onlyCertificate;
import static ru.shibc.academy.it.CertificateFixtures.qualificationCourse;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chromium.HasCdp;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;

/**
 * Certificates in the browser: a librarian finds hers under "Мои удостоверения", downloads it and
 * checks it publicly; a methodologist finds it in the register and revokes it; a completion from
 * before the course granted certificates gets one by hand; the district's three-year cycle.
 */
@ExtendWith(RunningAcademy.class)
class CertificateBrowserIT {

  @Test
  void aLibrarianDownloadsHerCertificateAndAMethodologistRevokesIt() {
    String password = "Library-Pass-" + Fixtures.token();
    Fixtures.Account account = Fixtures.newLearner(password);
    String token = Api.login(account.username(), password);
    CourseFixtures.Learner learner =
        new CourseFixtures.Learner(account.personId(), account.username(), token, Api.withToken(token));
    long[] course = qualificationCourse("УДОСТ");
    complete(learner, course);
    JsonObject certificate = onlyCertificate(learner);
    String number = certificate.getString("registrationNumber");
    String surname = certificate.getString("holder").split(" ")[0];
    String masked = surname + " М. П.";

    try (Browser phone = Browser.phone().signIn(account.username(), password)) {
      phone.waitForText(By.id("myLearning"), "Мои удостоверения");
      phone.click(By.id("myCertificatesLink"));
      phone.waitForText(By.id("certificates"), number);
      String card = phone.find(By.id("certificates")).getText();
      assertTrue(card.contains("Удостоверение о повышении квалификации"), card);
      assertTrue(card.contains("36"), card);
      assertTrue(card.contains("Действительно"), card);
      phone.screenshot("certificates-mine-phone");

      String pdf = phone.find(By.cssSelector(".certificate-pdf[href], .certificate-pdf a[href]")).getAttribute("href");
      HttpResponse<byte[]> download = downloadWithSession(phone, pdf);
      assertEquals(200, download.statusCode());
      assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
      assertTrue(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
      String credential =
          phone.find(By.cssSelector(".certificate-credential[href], .certificate-credential a[href]")).getAttribute("href");
      assertEquals(200, downloadWithSession(phone, credential).statusCode());

      String page = phone.driver().getWindowHandle();
      phone.click(By.cssSelector("a.certificate-verify"));
      String verification =
          phone.driver().getWindowHandles().stream().filter(h -> !h.equals(page)).findFirst().orElseThrow();
      phone.driver().switchTo().window(verification);
      assertTrue(phone.driver().getCurrentUrl().endsWith("/verify/" + code(certificate)), phone.driver().getCurrentUrl());
      verificationInRussian(phone);
      phone.waitForText(By.tagName("body"), "Документ действителен");
      assertTrue(phone.pageText().contains(masked), phone.pageText());
      assertTrue(!phone.pageText().contains("Мария Петровна"), "the name is masked");
      phone.driver().close();
      phone.driver().switchTo().window(page);
    }

    try (Browser methodologist = Browser.open().signIn("methodologist", "demo")) {
      methodologist.go("/certificates/register.xhtml");
      methodologist.type(By.id("register:text"), surname);
      methodologist.click(By.id("register:find"));
      methodologist.waitForText(By.id("register:table"), number);
      methodologist.waitForText(By.id("register:found"), "Найдено: 1");
      methodologist.click(By.cssSelector("[id$=':revoke']"));
      methodologist.visible(By.id("revokeForm:reason"));
      methodologist.click(By.id("revokeForm:confirmRevoke"));
      methodologist.waitForText(By.id("revokeForm:revokeMessages"), "Укажите причину");
      methodologist.type(By.id("revokeForm:reason"), "Выдано по ошибке: курс пройден другим сотрудником");
      methodologist.click(By.id("revokeForm:confirmRevoke"));
      methodologist.waitForText(By.id("messages"), "Удостоверение " + number);
      methodologist.waitForText(By.id("register:table"), "Аннулировано");
      assertTrue(!methodologist.exists(By.cssSelector("[id$=':revoke']")), "a revoked certificate cannot be revoked again");
      methodologist.screenshot("certificates-register");

      methodologist.go("/verify/" + code(certificate));
      verificationInRussian(methodologist);
      methodologist.waitForText(By.tagName("body"), "Документ аннулирован");
    }
    assertEquals("REVOKED", onlyCertificate(learner).getString("status"));
  }

  @Test
  void aCompletionFromBeforeTheCourseGrantedCertificatesGetsOneByHand() {
    String shortName = CourseFixtures.shortName("РУЧ");
    long courseId = CourseFixtures.id(CourseFixtures.newCourse(CourseFixtures.courseForm(shortName)));
    long section = CourseFixtures.addSection(courseId, "Раздел 1");
    long page = CourseFixtures.addPage(courseId, section, "Вводная страница", true);
    CourseFixtures.publish(courseId);
    CourseFixtures.Learner learner = CourseFixtures.newLearner();
    complete(learner, new long[] {courseId, page});
    assertEquals(0, learner.api().get("/api/certificates/mine").array().size(), "a seminar grants nothing");
    Api.Reply upgraded =
        CourseFixtures.methodologist()
            .put(
                "/api/courses/" + courseId,
                CourseFixtures.courseForm(shortName)
                    .add("programmeType", "QUALIFICATION_UPGRADE")
                    .add("academicHours", 24)
                    .build());
    assertEquals(200, upgraded.status(), upgraded.body());

    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      browser.go("/teaching/participants.xhtml?id=" + courseId);
      browser.click(By.cssSelector("[id$=':issueCertificate']"));
      browser.visible(By.id("issueForm:reason"));
      browser.type(By.id("issueForm:reason"), "Курс пройден до того, как стал программой повышения квалификации");
      browser.type(By.id("issueForm:number"), "000123");
      browser.click(By.id("issueForm:confirmIssue"));
      browser.waitForText(By.id("messages"), "Выдано удостоверение");
      assertTrue(!browser.exists(By.cssSelector("[id$=':issueCertificate']")), "issued once");
    }
    JsonObject issued = onlyCertificate(learner);
    assertEquals("MANUAL", issued.getString("origin"));
    assertEquals("000123", issued.getString("blankNumber"));
  }

  @Test
  void theCyclePageShowsTheFourStatesForTheDistrict() {
    try (Browser browser = Browser.open().signIn("department", "demo")) {
      browser.go("/certificates/cycle.xhtml");
      browser.waitForText(By.id("cycle:tiles"), "В срок");
      String tiles = browser.find(By.id("cycle:tiles")).getText();
      for (String state : List.of("В срок", "Срок в ближайшие 6 месяцев", "Просрочено", "Нет сведений о повышении квалификации")) {
        assertTrue(tiles.contains(state), tiles);
      }
      String people = browser.find(By.id("people")).getText();
      assertTrue(people.matches("Сотрудников: [1-9][0-9 ]*"), people);
      browser.screenshot("certificates-cycle");

      browser.click(By.xpath("//a[contains(@class,'cycle-OVERDUE')]"));
      browser.ajaxDone();
      String table = browser.find(By.id("cycle:table")).getText();
      assertTrue(!table.contains("В срок") && !table.contains("Нет сведений"), table);
    }
  }

  /**
   * Shows the open verification page in Russian, as a Russian browser asks for it (headless Chromium
   * asks for English whatever its --lang), waiting out the verification rate limit if another test
   * has just used it up.
   */
  private static void verificationInRussian(Browser browser) {
    HasCdp cdp = (HasCdp) browser.driver();
    cdp.executeCdpCommand("Network.enable", Map.of());
    cdp.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "ru-RU,ru;q=0.9")));
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    do {
      browser.driver().navigate().refresh();
      if (!browser.find(By.tagName("body")).getText().contains("Слишком много проверок")) {
        return;
      }
      sleep(5);
    } while (System.nanoTime() < until);
  }

  private static void sleep(int seconds) {
    try {
      Thread.sleep(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET of a page's download link with the browser's own session, as the browser would fetch it. */
  private static HttpResponse<byte[]> downloadWithSession(Browser browser, String href) {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map((Cookie c) -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET().build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
