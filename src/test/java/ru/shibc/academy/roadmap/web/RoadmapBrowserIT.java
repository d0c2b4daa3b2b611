package ru.shibc.academy.roadmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.RunningAcademy;

/**
 * The department in the browser: opens the roadmap list, a roadmap (overdue items in red), one
 * item; changes its status, uploads an evidence document and finds both in the item's history.
 */
@ExtendWith(RunningAcademy.class)
class RoadmapBrowserIT {

  @Test
  void theDepartmentWorksOnAnItem() throws Exception {
    Api department = Api.as("department");
    long seed = ru.shibc.academy.roadmap.RoadmapSeedLoadIT.seedId(department);
    String title = "Дорожная карта развития ШИБЦ на 2046-2048 годы";
    var copy = department.post("/api/roadmaps/" + seed + "/copy",
        Json.createObjectBuilder().add("startYear", 2046).add("title", title).build());
    assertEquals(201, copy.status(), copy.body());
    Path pdf = Files.createTempFile("roadmap", ".pdf");
    Path named = Files.move(pdf, pdf.resolveSibling("Протокол совещания 2046.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.write(named, CourseFixtures.pdf());

    try (Browser browser = Browser.phone().signIn("department", "demo")) {
      browser.go("/roadmap/index.xhtml");
      browser.waitForText(By.id("roadmaps:table"), "План («дорожная карта»)");

      // the seed roadmap: the demo's unfinished items are overdue, in red
      browser.click(By.xpath("//a[starts-with(normalize-space(.), 'План («дорожная карта»)')]"));
      browser.waitForText(By.id("roadmap:items"), "Утверждение муниципальной Концепции");
      assertTrue(browser.exists(By.cssSelector(".roadmap-overdue.ui-tag-danger")), "overdue items are tagged red");
      fitsThePhone(browser);
      browser.screenshot("roadmap-seed-phone");
      scrollTo(browser, By.cssSelector(".roadmap-overdue"));
      browser.screenshot("roadmap-seed-overdue-phone");

      browser.go("/roadmap/index.xhtml");
      browser.click(By.linkText(title));
      browser.waitForText(By.id("roadmap:items"), "Проведение совещаний с руководителями");
      browser.click(By.xpath("//a[contains(@class,'roadmap-item-link') and normalize-space(.)='1.3']"));
      browser.waitForText(By.id("measure"), "1.3. Проведение совещаний");
      assertTrue(browser.find(By.id("itemPeriod")).getText().contains("не реже 2 раз в год"));

      choose(browser, "item:status", "Выполняется");
      browser.click(By.id("item:saveStatus"));
      browser.waitForText(By.id("item:statusTag"), "Выполняется");

      browser.find(By.cssSelector("[id='item:evidenceFile'] input[type=file]")).sendKeys(named.toAbsolutePath().toString());
      browser.waitForText(By.id("item:evidence"), "Протокол совещания 2046.pdf");
      browser.ajaxDone();

      String history = browser.find(By.id("item:history")).getText();
      assertTrue(history.contains("Статус"), history);
      assertTrue(history.contains("Запланировано → Выполняется"), history);
      assertTrue(history.contains("Подтверждающий документ"), history);
      assertTrue(history.contains("department"), history);
      fitsThePhone(browser);
      scrollTo(browser, By.id("item:history"));
      browser.screenshot("roadmap-item-phone");
    }
    long roadmap = copy.json().getJsonObject("roadmap").getJsonNumber("id").longValue();
    var item = department.get("/api/roadmaps/" + roadmap).json().getJsonArray("sections").getJsonObject(0)
        .getJsonArray("items").getJsonObject(2);
    assertEquals("1.3", item.getString("number"));
    assertEquals("IN_PROGRESS", item.getString("status"));
  }

  private static void fitsThePhone(Browser browser) {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    assertTrue(((Number) overflow).intValue() <= 1, "no sideways scrolling on a phone: " + overflow + " px too wide");
  }

  private static void scrollTo(Browser browser, By by) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(by));
  }

  /** Picks an item of a PrimeFaces select menu; the panel's opening animation may eat a click. */
  private static void choose(Browser browser, String menuId, String label) {
    for (int attempt = 1; ; attempt++) {
      browser.click(By.id(menuId + "_label"));
      var item = browser.find(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"));
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", item);
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
