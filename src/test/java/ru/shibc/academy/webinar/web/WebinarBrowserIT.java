package ru.shibc.academy.webinar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonDouble;

/**
 * A methodologist schedules a BigBlueButton webinar on the form; a librarian (on a phone)
 * registers, downloads the .ics, joins through our page into the (double's) meeting, and after
 * the meeting ends sees her attendance, which came from the meeting-end callback.
 */
@ExtendWith(RunningAcademy.class)
class WebinarBrowserIT {

  private static final DateTimeFormatter INPUT =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(java.time.ZoneId.of("Asia/Yekaterinburg"));

  @Test
  void scheduledRegisteredJoinedAndAttendanceSeenAfterwards() throws Exception {
    String title = "Библиотечный квест для пятиклассников " + Fixtures.token();
    String webinarPath;
    try (Browser methodologist = Browser.open().signIn("methodologist", "demo")) {
      methodologist.go("/webinars/index.xhtml");
      methodologist.visible(By.id("schedule"));
      methodologist.click(By.id("newWebinar"));
      methodologist.type(By.id("webinar:title"), title);
      methodologist.type(By.id("webinar:description"), "Сценарий квеста по фонду ШИБЦ и каталогу.");
      methodologist.type(By.id("webinar:startsAt_input"), INPUT.format(Instant.now().plus(Duration.ofMinutes(6))));
      methodologist.find(By.id("webinar:startsAt_input")).sendKeys(Keys.ESCAPE);
      // the menu's own API: clicking its animated panel is flaky under load
      ((JavascriptExecutor) methodologist.driver()).executeScript("PF('webinarProvider').selectValue('BIGBLUEBUTTON');");
      methodologist.ajaxDone();
      methodologist.waitForText(By.id("webinar:provider_label"), "BigBlueButton");
      methodologist.click(By.id("webinar:save"));
      awaitUrl(methodologist, "/webinars/webinar.xhtml");
      methodologist.waitForText(By.id("when"), "екатеринбургское");
      assertTrue(methodologist.pageText().contains(title), methodologist.pageText());
      String url = methodologist.driver().getCurrentUrl();
      webinarPath = url.substring(url.indexOf("/webinars/"));
      assertTrue(webinarPath.contains("id="), url);
    }
    long id = Long.parseLong(webinarPath.replaceAll(".*id=(\\d+).*", "$1"));

    String password = "Library-Pass-" + Fixtures.token();
    Fixtures.Account librarian = Fixtures.newLearner(password);
    try (Browser phone = Browser.phone().signIn(librarian.username(), password)) {
      phone.go("/webinars/index.xhtml");
      phone.waitForText(By.id("upcoming"), title);
      phone.go(webinarPath);
      phone.click(By.id("webinar:register"));
      phone.waitForText(By.id("myStatus"), "Зарегистрированы");

      String ics = (String) ((JavascriptExecutor) phone.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "const e = document.getElementById('webinar:ics');"
              + "const a = e.tagName === 'A' ? e : e.querySelector('a');"
              + "fetch(a.href, {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done(String(e)));");
      assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
      assertTrue(ics.contains("SUMMARY:Библиотечный квест"), ics);

      phone.click(By.id("webinar:join"));
      BigBlueButtonDouble bbb = RunningAcademy.bigBlueButton();
      awaitUrl(phone, "/html5client/");

      int before = bbb.callbackStatuses().size();
      Api.Reply ended = Api.as("methodologist").post("/api/webinars/" + id + "/end", "");
      assertEquals(200, ended.status(), ended.body());
      List<Integer> statuses = bbb.awaitCallbacks(before + 1, Duration.ofSeconds(20));
      assertTrue(statuses.size() > before, statuses.toString());
      assertEquals(200, statuses.get(before), "the signed analytics were taken");

      phone.go(webinarPath);
      phone.waitForText(By.id("webinar:status"), "Завершён");
      phone.waitForText(By.id("myAttendance"), "мин");
    }
  }

  /** Waits for a full page load to arrive somewhere (slow under load); fails with what the page says. */
  private static void awaitUrl(Browser browser, String part) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 90_000;
    while (!browser.driver().getCurrentUrl().contains(part) && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    assertTrue(browser.driver().getCurrentUrl().contains(part),
        browser.driver().getCurrentUrl() + "\n" + browser.pageText());
  }
}
