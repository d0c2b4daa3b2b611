package ru.shibc.academy.roadmap.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.RunningAcademy;

/** The department on a phone: picks a period, reads the indicators, opens one by school. */
@ExtendWith(RunningAcademy.class)
class IndicatorsBrowserIT {

  @Test
  void theDepartmentReadsTheIndicatorsOfAPeriodOnAPhone() {
    try (Browser browser = Browser.phone()) {
      browser.signIn("department", Api.DEMO_PASSWORD).go("/roadmap/indicators.xhtml?year=2012");
      browser.waitForText(By.id("indicators:table"), "Проведено вебинаров");
      browser.waitForText(By.id("indicators:period"), "01.01.2012 — 31.12.2012");
      browser.screenshot("roadmap-indicators");
      browser.click(By.xpath("//tr[contains(., 'прошедших курсы')]//button[contains(@id, ':open')]"));
      browser.visible(By.id("breakdownDialog"));
      browser.waitForText(By.id("breakdownForm"), "Школа");
      browser.screenshot("roadmap-indicators-breakdown");

      browser.go("/roadmap/reports.xhtml");
      browser.waitForText(By.id("reports"), "Сформировать отчёт");
      browser.screenshot("roadmap-reports");
      assertTrue(browser.exists(By.id("reports:table")));
    }
  }
}
