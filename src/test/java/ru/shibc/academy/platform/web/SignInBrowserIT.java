package ru.shibc.academy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.RunningAcademy;

/** Each role signs in on the Russian login page and sees the menu of its work, and no more. */
@ExtendWith(RunningAcademy.class)
class SignInBrowserIT {

  private static final By PEOPLE_MENU = menuLink("/people/staff.xhtml");
  private static final By IMPORT_MENU = menuLink("/people/import.xhtml");
  private static final By AUDIT_MENU = menuLink("/admin/audit.xhtml");

  /** The menu bar's entry that leads to a page (the entries have no ids of their own). */
  private static By menuLink(String page) {
    return By.cssSelector("#nav\\:menu a[href$='" + page + "']");
  }

  @Test
  void theLoginPageSpeaksRussianAndCanSwitchToEnglish() {
    try (Browser browser = Browser.open()) {
      browser.go("/");
      browser.waitForText(By.tagName("body"), "Войти");
      assertTrue(browser.pageText().contains("Имя пользователя"), browser.pageText());
      browser.screenshot("login");
      browser.click(By.id("login:langEn"));
      browser.waitForText(By.tagName("body"), "Sign in");
    }
  }

  @Test
  void administratorSeesPeopleImportAndAudit() {
    try (Browser browser = Browser.open().signIn("admin", "demo")) {
      assertTrue(browser.exists(PEOPLE_MENU));
      assertTrue(browser.exists(IMPORT_MENU));
      assertTrue(browser.exists(AUDIT_MENU));
      assertTrue(browser.pageText().contains("Ирина Валерьевна"), browser.pageText());
      browser.screenshot("home-admin");
    }
  }

  @Test
  void onAPhoneTheMenuFoldsBehindOneButton() {
    try (Browser browser = Browser.phone().signIn("department", "demo")) {
      By logout = By.id("nav:logout");
      assertFalse(browser.driver().findElement(logout).isDisplayed(), "the menu is folded");
      browser.click(By.cssSelector(".academy-menu-toggle"));
      assertTrue(browser.driver().findElement(logout).isDisplayed(), "the menu, sign-out included, opens");
      assertEquals("true", browser.driver().findElement(By.cssSelector(".academy-menu-toggle")).getAttribute("aria-expanded"));
    }
  }

  @Test
  void methodologistSeesPeopleAndImportButNotAudit() {
    try (Browser browser = Browser.open().signIn("methodologist", "demo")) {
      assertTrue(browser.exists(PEOPLE_MENU));
      assertTrue(browser.exists(IMPORT_MENU));
      assertFalse(browser.exists(AUDIT_MENU));
    }
  }

  @Test
  void departmentSeesPeopleButNeitherImportNorAudit() {
    try (Browser browser = Browser.open().signIn("department", "demo")) {
      assertTrue(browser.exists(PEOPLE_MENU));
      assertFalse(browser.exists(IMPORT_MENU));
      assertFalse(browser.exists(AUDIT_MENU));
    }
  }

  @Test
  void librarianSeesOnlyHerOwnProfileAndIsRefusedAdminPages() {
    try (Browser browser = Browser.phone().signIn("librarian", "demo")) {
      assertFalse(browser.exists(PEOPLE_MENU));
      assertFalse(browser.exists(AUDIT_MENU));
      assertTrue(browser.pageText().contains("Соколова") || browser.pageText().contains("Елена"), browser.pageText());
      browser.screenshot("home-librarian-phone");
      for (String page : new String[] {"/admin/audit.xhtml", "/people/staff.xhtml", "/people/import.xhtml"}) {
        browser.go(page);
        browser.waitForText(By.tagName("body"), "Доступ запрещён");
        assertFalse(browser.pageText().contains("Exception"), browser.pageText());
      }
    }
  }

  @Test
  void aWrongPasswordIsSaidPlainlyOnThePage() {
    try (Browser browser = Browser.open()) {
      browser.go("/login.xhtml");
      browser.type(By.id("login:username"), "nobody-at-all");
      browser.type(By.id("login:password"), "not-the-password");
      browser.click(By.id("login:submit"));
      browser.waitForText(By.id("login:messages"), "Неверное имя пользователя или пароль");
      assertEquals(0, browser.driver().findElements(By.id("nav:menu")).size());
    }
  }
}
