package ru.shibc.academy.people.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** An administrator imports a staff list with one bad row: sees that row's error, imports the rest. */
@ExtendWith(RunningAcademy.class)
class StaffImportBrowserIT {

  @Test
  void adminSeesTheBadRowsErrorAndImportsTheValidRows() throws IOException {
    String tag = Long.toString(System.nanoTime(), 36);
    String goodEmail = "pavlova." + tag + "@school01.zarechye-edu.ru";
    String csv =
        "Фамилия;Имя;Отчество;Должность;Организация;E-mail;СНИЛС;Дата рождения\n"
            + "Павлова;Ксения;Игоревна;педагог-библиотекарь;МБОУ «Заречная СОШ № 1»;" + goodEmail + ";;12.03.1990\n"
            + "Лебедева;Анна;Сергеевна;библиотекарь;МБОУ «Заречная СОШ № 1»;lebedeva-at-school;;\n";
    Path file = Files.createTempFile("staff-" + tag, ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    try (Browser browser = Browser.open().signIn("admin", "demo")) {
      browser.go("/people/import.xhtml");
      browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
      browser.waitForText(By.id("import:rows"), "неверный адрес");
      String table = browser.find(By.id("import:rows")).getText();
      assertTrue(table.contains("3"), table); // the bad row's line in the file
      assertTrue(table.contains("E-mail: неверный адрес «lebedeva-at-school»"), table);
      assertTrue(table.contains("Строка верна"), table);
      browser.screenshot("staff-import-preview");

      assertTrue(Api.as("admin").get("/api/people?q=" + tag).json().getInt("total") == 0, "a preview writes nothing");

      browser.click(By.id("import:importValid"));
      browser.waitForText(By.id("messages"), "Импортировано сотрудников: 1");
    }
    assertTrue(Api.as("admin").get("/api/people?q=" + tag).json().getInt("total") == 1);
  }
}
