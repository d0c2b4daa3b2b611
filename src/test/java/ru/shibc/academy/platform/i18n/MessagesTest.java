package ru.shibc.academy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void russianIsTheDefaultAndEnglishIsThereOnRequest() {
    assertEquals("Войти", Messages.text(Locale.GERMAN, "login.submit"));
    assertEquals("Войти", Messages.text(null, "login.submit"));
    assertEquals("Sign in", Messages.text(Locale.US, "login.submit"));
  }

  @Test
  void argumentsAreFilledIn() {
    assertEquals("Группа «Пилотные площадки» уже есть.", Messages.text(Messages.RUSSIAN, "cohort.nameTaken", "Пилотные площадки"));
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> ru = keys("messages_ru.properties");
    Set<String> en = keys("messages_en.properties");
    Set<String> onlyRu = new TreeSet<>(ru);
    onlyRu.removeAll(en);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(ru);
    assertTrue(onlyRu.isEmpty(), "only in Russian: " + onlyRu);
    assertTrue(onlyEn.isEmpty(), "only in English: " + onlyEn);
  }

  @Test
  void everyKeyThatAPageNamesExists() throws IOException {
    Set<String> known = keys("messages_ru.properties");
    Pattern used = Pattern.compile("msg\\['([a-zA-Z0-9._-]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = used.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "missing in the bundles: " + missing);
  }

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/ru/shibc/academy/" + file)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
