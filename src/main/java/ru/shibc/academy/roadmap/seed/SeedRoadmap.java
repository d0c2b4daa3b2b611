package ru.shibc.academy.roadmap.seed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A roadmap as its seed text states it.
 *
 * @param title the plan's heading, e.g. «План («дорожная карта») реализации Концепции развития…»
 * @param approvedBy the act that approved it, e.g. «приказ РОО от 15.02.2019 года № 33»; empty when
 *     the text names none
 * @param sections the numbered sections in the order of the text
 */
public record SeedRoadmap(String title, String approvedBy, List<SeedSection> sections) {

  public SeedRoadmap {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(approvedBy, "approvedBy");
    sections = List.copyOf(sections);
  }

  /** Every item of every section, in the order of the text. */
  public List<SeedItem> items() {
    return sections.stream().flatMap(section -> section.items().stream()).toList();
  }

  /** The item numbered so, e.g. "2.2". */
  public Optional<SeedItem> item(String number) {
    return items().stream().filter(item -> item.number().equals(number)).findFirst();
  }
}
