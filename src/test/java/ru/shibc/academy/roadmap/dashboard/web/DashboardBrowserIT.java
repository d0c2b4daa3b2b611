package ru.shibc.academy.roadmap.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.RunningAcademy;

/**
 * The department's journey: the dashboard on a phone (charts drawn, no sideways scrolling), a
 * school's row leads to its staff, a person's card, and the staff table downloads as XLSX.
 */
@ExtendWith(RunningAcademy.class)
class DashboardBrowserIT {

  @Test
  void theDepartmentOpensTheDashboardDrillsDownToASchoolAndExportsItsStaff() throws Exception {
    try (Browser phone = Browser.phone().signIn("department", "demo")) {
      phone.go("/department/dashboard.xhtml");
      phone.waitForText(By.id("dashboard:schools"), "Заречный лицей");
      phone.find(By.cssSelector("#dashboard\\:certificatesChart canvas"));
      phone.find(By.cssSelector("#dashboard\\:complianceChart canvas"));
      phone.screenshot("dashboard-phone");
      Object wide = ((JavascriptExecutor) phone.driver()).executeScript(
          "var w = document.documentElement.clientWidth, out = [];"
              + "if (document.documentElement.scrollWidth <= w + 1) return '';"
              + "document.querySelectorAll('#dashboard *').forEach(function (e) {"
              + "  var r = e.getBoundingClientRect(); if (r.width > 0 && r.right > w + 1) out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); });"
              + "return out.slice(0, 8).join(' | ');");
      assertEquals("", wide, "the dashboard fits the phone's width");

      phone.click(By.cssSelector("a.dashboard-school"));
      phone.waitForText(By.id("school:staff"), "ФИО");
      assertTrue(phone.driver().getCurrentUrl().contains("/department/school.xhtml?id="), phone.driver().getCurrentUrl());
      String staff = phone.find(By.id("school:staff")).getText();
      assertTrue(staff.contains("В срок") || staff.contains("Просрочено") || staff.contains("Нет сведений"), staff);

      phone.click(By.cssSelector("a.dashboard-person"));
      phone.find(By.id("personName"));
      assertTrue(phone.find(By.id("school:card")).getText().contains("Удостоверения"));

      String href = phone.find(By.cssSelector("[id='school:staffXlsx'][href], [id='school:staffXlsx'] a[href]")).getAttribute("href");
      HttpResponse<byte[]> file = downloadWithSession(phone, href);
      assertEquals(200, file.statusCode());
      assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
      assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
        assertEquals("ФИО", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        assertTrue(book.getSheetAt(0).getLastRowNum() >= 1, "at least one member of staff");
      }
    }
  }

  @Test
  void anImpossiblePeriodIsSaidOnThePageAndTheFiguresStay() {
    try (Browser desktop = Browser.open().signIn("department", "demo")) {
      desktop.go("/department/dashboard.xhtml");
      String before = desktop.find(By.id("certificatesTotal")).getText();
      // set as typed, without the date picker's own key handling
      ((JavascriptExecutor) desktop.driver()).executeScript(
          "document.getElementById('dashboard:from_input').value = '31.12.2025';"
              + "document.getElementById('dashboard:to_input').value = '01.01.2025';");
      desktop.click(By.id("dashboard:apply"));
      desktop.waitForText(By.id("dashboard:messages"), "Период задан неверно");
      assertEquals(before, desktop.find(By.id("certificatesTotal")).getText());
    }
  }

  /** GET of a page's download link with the browser's own session, as the browser would fetch it. */
  private static HttpResponse<byte[]> downloadWithSession(Browser browser, String href) {
    String cookies = browser.driver().manage().getCookies().stream()
        .map((Cookie c) -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
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
