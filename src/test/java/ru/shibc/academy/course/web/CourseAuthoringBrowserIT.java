package ru.shibc.academy.course.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.RunningAcademy;

/** A methodologist builds a course with sections and every activity kind, reorders, publishes. */
@ExtendWith(RunningAcademy.class)
class CourseAuthoringBrowserIT {

  @Test
  void aMethodologistBuildsReordersAndPublishesACourse() throws IOException {
    String tag = Long.toString(System.nanoTime(), 36);
    Path memo = Files.createTempFile("memo-" + tag, ".txt");
    Files.writeString(memo, "Памятка: как оформить выставку новых книг.", StandardCharsets.UTF_8);

    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      browser.go("/teaching/edit.xhtml");
      browser.type(By.id("details:title"), "Библиотечный урок в начальной школе " + tag);
      browser.type(By.id("details:shortName"), "БУ-" + tag);
      browser.type(By.id("details:hours_input"), "24");
      browser.click(By.id("details:save"));
      browser.waitForText(By.id("messages"), "Курс сохранён");

      addSection(browser, "Раздел 1. Планирование урока");
      addSection(browser, "Раздел 2. Проведение урока");

      addActivity(browser, 0, "Страница", "Цели библиотечного урока");
      browser.find(By.cssSelector("[id='activityForm:body'] .ql-editor")).sendKeys("Урок учит находить книгу по каталогу.");
      save(browser, "Цели библиотечного урока");

      addActivity(browser, 0, "Ссылка или видео", "Портал «Российская электронная школа»");
      browser.type(By.id("activityForm:url"), "https://resh.edu.ru/");
      save(browser, "Портал «Российская электронная школа»");

      addActivity(browser, 1, "Файл", "Памятка к выставке");
      save(browser, "Памятка к выставке");
      browser.find(By.cssSelector("[id='activityForm:file'] input[type=file]")).sendKeys(memo.toAbsolutePath().toString());
      browser.waitForText(By.id("structure"), memo.getFileName().toString());
      browser.driver().findElement(By.cssSelector("#activityDialog .ui-dialog-titlebar-close")).click();

      addActivity(browser, 1, "Задание", "Конспект урока");
      browser.find(By.cssSelector("[id='activityForm:body'] .ql-editor")).sendKeys("Пришлите конспект урока с целями и ходом.");
      save(browser, "Конспект урока");

      // the link goes above the page, then the second section above the first
      browser.click(By.id("structure:sections:0:activities:1:up"));
      browser.waitForText(By.xpath("//*[@id='structure:sections:0:activities_data']/tr[1]"), "Российская электронная школа");
      browser.click(By.id("structure:sections:1:up"));
      browser.waitForText(By.xpath("//*[@id='structure:sections_data']/tr[1]"), "Раздел 2. Проведение урока");
      browser.screenshot("course-editor");

      browser.click(By.id("details:publish"));
      browser.waitForText(By.id("details:status"), "Опубликован");

      browser.click(By.id("details:duplicate"));
      browser.type(By.id("duplicateForm:copyShortName"), "БУ-копия-" + tag);
      browser.click(By.id("duplicateForm:makeCopy"));
      browser.waitForText(By.id("messages"), "Курс скопирован");
      browser.waitForText(By.id("details:status"), "Черновик");
      assertTrue(browser.find(By.id("structure")).getText().contains("Памятка к выставке"));
    }

    JsonObject course =
        Api.as("methodologist").get("/api/courses?q=" + tag).array().getJsonObject(0);
    JsonObject structure = Api.as("methodologist").get("/api/courses/" + course.getJsonNumber("id")).json();
    JsonArray sections = structure.getJsonArray("sections");
    assertEquals("Раздел 2. Проведение урока", sections.getJsonObject(0).getString("title"));
    assertEquals("PUBLISHED", structure.getJsonObject("course").getString("status"));
    JsonArray first = sections.getJsonObject(1).getJsonArray("activities");
    assertEquals("LINK", first.getJsonObject(0).getString("kind"));
    assertEquals("PAGE", first.getJsonObject(1).getString("kind"));
    assertTrue(first.getJsonObject(1).getString("body").contains("каталогу"));
  }

  private static void addSection(Browser browser, String title) {
    browser.click(By.id("structure:addSection"));
    browser.visible(By.id("sectionForm:sectionTitle"));
    browser.type(By.id("sectionForm:sectionTitle"), title);
    browser.click(By.id("sectionForm:saveSection"));
    browser.waitForText(By.id("structure"), title);
  }

  private static void addActivity(Browser browser, int section, String kind, String title) {
    browser.click(By.id("structure:sections:" + section + ":addActivity"));
    browser.visible(By.id("activityForm:activityTitle"));
    if (!kind.equals("Страница")) {
      choose(browser, "activityForm:kind", kind);
      browser.visible(By.id("activityForm:activityTitle"));
    }
    browser.type(By.id("activityForm:activityTitle"), title);
  }

  /** Picks an item of a PrimeFaces select menu; the panel's opening animation may eat a click. */
  private static void choose(Browser browser, String menuId, String label) {
    for (int attempt = 1; ; attempt++) {
      browser.click(By.id(menuId + "_label"));
      var item = browser.find(By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"));
      // a script click: while the dialog settles, its mask may lie over the opening panel
      ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", item);
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
            .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
        browser.ajaxDone(); // the kind's change re-renders the form
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static void save(Browser browser, String title) {
    browser.click(By.id("activityForm:saveActivity"));
    browser.waitForText(By.id("structure"), title);
  }
}
