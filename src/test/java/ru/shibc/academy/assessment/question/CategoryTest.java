package ru.shibc.academy.assessment.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTest {

  @Test
  void readsMoodlePathsKeepingContextAndTop() {
    Category category = Category.parse("$course$/top/ШИБЦ/Модель");
    assertEquals(List.of("$course$", "top", "ШИБЦ", "Модель"), category.names());
    assertEquals("Модель", category.leaf());
  }

  @Test
  void trimsNamesAndDropsEmptyOnes() {
    assertEquals(
        Category.of("Основы", "Медиаграмотность"), Category.parse(" Основы / Медиаграмотность/ "));
  }

  @Test
  void doubledSlashIsASlashInsideAName() {
    Category category = Category.parse("Навыки/Чтение//письмо");
    assertEquals(List.of("Навыки", "Чтение/письмо"), category.names());
    assertEquals("Навыки/Чтение//письмо", category.path());
    assertEquals(category, Category.parse(category.path()));
  }

  @Test
  void emptyPathIsNone() {
    assertTrue(Category.parse("  ").isNone());
    assertEquals(Category.NONE, Category.parse("/"));
  }

  @Test
  void namesMustNotBeBlankOrPadded() {
    assertThrows(IllegalArgumentException.class, () -> Category.of("Основы", " "));
    assertThrows(IllegalArgumentException.class, () -> Category.of(" Основы"));
  }
}
