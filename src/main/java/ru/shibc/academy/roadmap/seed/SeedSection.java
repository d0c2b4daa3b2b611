package ru.shibc.academy.roadmap.seed;

import java.util.List;
import java.util.Objects;

/**
 * One numbered section of the roadmap, e.g. «3. Методическое сопровождение деятельности ШИБЦ».
 *
 * @param number the section's number, 1 for «1. Общесистемные муниципальные мероприятия»
 * @param title the heading without its number
 * @param items the section's items in the order of the text
 */
public record SeedSection(int number, String title, List<SeedItem> items) {

  public SeedSection {
    Objects.requireNonNull(title, "title");
    items = List.copyOf(items);
  }
}
