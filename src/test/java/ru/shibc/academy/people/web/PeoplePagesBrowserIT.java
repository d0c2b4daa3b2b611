package ru.shibc.academy.people.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.RunningAcademy;

/** The methodologist's and the department's everyday work with staff, schools and cohorts. */
@ExtendWith(RunningAcademy.class)
class PeoplePagesBrowserIT {

  @Test
  void methodologistFindsALibrarianAndCorrectsHerPosition() {
    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      browser.go("/people/staff.xhtml");
      browser.type(By.id("staff:query"), "Соколова");
      browser.click(By.id("staff:find"));
      browser.waitForText(By.id("staff:table"), "Соколова Елена Андреевна");
      browser.click(By.cssSelector("[id$=':edit']"));
      browser.visible(By.id("personForm:position"));
      browser.type(By.id("personForm:position"), "заведующий библиотекой");
      browser.click(By.id("personForm:save"));
      browser.waitForText(By.id("staff:table"), "заведующий библиотекой");
      browser.screenshot("staff-methodologist");
    }
  }

  @Test
  void aStaffRecordWithABadSnilsIsRefusedWithAMessage() {
    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      browser.go("/people/staff.xhtml");
      browser.click(By.id("staff:add"));
      browser.visible(By.id("personForm:surname"));
      browser.type(By.id("personForm:surname"), "Тестова");
      browser.type(By.id("personForm:name"), "Мария");
      browser.type(By.id("personForm:position"), "библиотекарь");
      browser.type(By.id("personForm:email"), "testova." + System.nanoTime() + "@school02.zarechye-edu.ru");
      browser.find(By.id("personForm:snils")).sendKeys("12345678900");
      browser.click(By.id("personForm:save"));
      browser.waitForText(By.id("personForm:dialogMessages"), "Организация");
      String messages = browser.find(By.id("personForm:dialogMessages")).getText();
      assertTrue(messages.contains("Поле обязательно"), messages);
      assertFalse(messages.contains("Exception"), messages);
    }
  }

  @Test
  void departmentSeesSchoolsAtTheirModelStagesWithoutPersonalData() {
    try (Browser browser = Browser.open().signIn("department", "demo")) {
      browser.go("/people/organisations.xhtml");
      browser.waitForText(By.id("organisations:table"), "Пилотная площадка (3.4)");
      assertTrue(browser.pageText().contains("Тиражирование, 1-й этап (3.5)"));
      browser.screenshot("organisations-department");
      browser.go("/people/staff.xhtml");
      browser.waitForText(By.id("staff:table"), "педагог-библиотекарь");
      assertFalse(browser.find(By.id("staff:table")).getText().contains("СНИЛС"));
    }
  }

  @Test
  void methodologistBuildsACohortFromAWholeSchool() {
    String name = "Семинар по медиаграмотности " + Long.toString(System.nanoTime(), 36);
    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      browser.go("/people/cohorts.xhtml");
      browser.click(By.id("cohorts:add"));
      browser.visible(By.id("cohortForm:name"));
      browser.type(By.id("cohortForm:name"), name);
      browser.type(By.id("cohortForm:description"), "Библиотекари, участвующие в семинаре весной");
      browser.click(By.id("cohortForm:save"));
      browser.waitForText(By.id("cohorts:members"), name);
      browser.click(By.id("cohorts:organisations"));
      browser.visible(By.cssSelector("[id='cohorts:organisations_panel'] input[type=text]")).sendKeys("Заречная СОШ № 1");
      browser.click(By.cssSelector("[id='cohorts:organisations_panel'] li.ui-selectcheckboxmenu-item:not([style*='none']) .ui-chkbox-box"));
      browser.find(By.cssSelector("[id='cohorts:organisations_panel'] input[type=text]")).sendKeys(Keys.ESCAPE);
      browser.click(By.id("cohorts:addMembers"));
      browser.waitForText(By.id("cohorts:memberTable"), "Соколова Елена Андреевна");
      browser.screenshot("cohorts-methodologist");
    }
  }
}
