package ru.shibc.academy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven by Selenium without any download. Where
 * /usr/bin/chromium is missing (a laptop), Selenium's own driver resolution may serve instead.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final WebDriverWait wait;

  private Browser(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** A desktop-sized window; {@link #phone()} for a phone-sized one. */
  public static Browser open() {
    return open(1280, 900);
  }

  public static Browser phone() {
    return open(390, 844);
  }

  private static Browser open(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    try {
      Path profile = Files.createTempDirectory("shibc-chromium");
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--lang=ru-RU", "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      options.setBinary(CHROMIUM.toFile());
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      return new Browser(new ChromeDriver(service, options));
    }
    return new Browser(new ChromeDriver(options));
  }

  public Browser go(String path) {
    driver.get(RunningAcademy.baseUrl() + path);
    return this;
  }

  /** Signs in through the login page and waits for the home page. */
  public Browser signIn(String username, String password) {
    go("/login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:menu")));
    return this;
  }

  /** Types into a field; a field replaced by an Ajax update meanwhile is found again. */
  public void type(By by, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.clear();
        field.sendKeys(text);
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** After a click: wait for its Ajax update, if any (a page that is being left may not answer). */
  private void settle() {
    try {
      ajaxDone();
    } catch (org.openqa.selenium.WebDriverException leavingThePage) {
      // a full page load follows; the next wait finds the new page
    }
  }

  /** Waits until PrimeFaces has no Ajax request queued or running. */
  public void ajaxDone() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active == 0));")));
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Clicks when clickable; an element replaced by an Ajax update meanwhile is found again, and one
   * partly hidden (at the edge of a scrolling dialog) is scrolled to the middle first.
   */
  public void click(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException
          | org.openqa.selenium.ElementClickInterceptedException e) {
        if (attempt == 5) {
          throw e;
        }
        if (e instanceof org.openqa.selenium.ElementClickInterceptedException) {
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript("arguments[0].scrollIntoView({block: 'center'});", find(by));
        }
      }
    }
  }

  public void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  public boolean exists(By by) {
    return !driver.findElements(by).isEmpty();
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves a screenshot under target/screenshots, for the README and for failures. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
