package ru.shibc.academy.assessment.question;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a question sits in the bank, as a path of names from the top: {@code
 * Основы/Медиаграмотность} or, as Moodle exports it, {@code $course$/top/ШИБЦ/Модель}. Moodle's
 * context prefix ({@code $course$}, {@code $system$}) and {@code top} are kept as names: deciding
 * what they mean in the platform is the importing service's business.
 *
 * @param names the names from the top down; empty for "no category given"
 */
public record Category(List<String> names) {

  /** No category: questions imported before any {@code $CATEGORY} line. */
  public static final Category NONE = new Category(List.of());

  public Category {
    names = List.copyOf(names);
    for (String name : names) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("a category name must not be blank");
      }
      if (!name.equals(name.strip())) {
        throw new IllegalArgumentException("a category name must not start or end with spaces");
      }
    }
  }

  public static Category of(String... names) {
    return new Category(List.of(names));
  }

  /**
   * Reads a path as Moodle writes it: names separated by {@code /}, a {@code /} inside a name
   * doubled ({@code Чтение//письмо}); spaces around names and empty names are dropped.
   */
  public static Category parse(String path) {
    List<String> names = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '/' && i + 1 < path.length() && path.charAt(i + 1) == '/') {
        name.append('/');
        i++;
      } else if (c == '/') {
        add(names, name);
      } else {
        name.append(c);
      }
    }
    add(names, name);
    return new Category(names);
  }

  /** The path as Moodle writes it, the inverse of {@link #parse(String)}. */
  public String path() {
    return String.join("/", names.stream().map(name -> name.replace("/", "//")).toList());
  }

  public boolean isNone() {
    return names.isEmpty();
  }

  /** The last name, or an empty string for {@link #NONE}. */
  public String leaf() {
    return names.isEmpty() ? "" : names.get(names.size() - 1);
  }

  private static void add(List<String> names, StringBuilder name) {
    String trimmed = name.toString().strip();
    if (!trimmed.isEmpty()) {
      names.add(trimmed);
    }
    name.setLength(0);
  }

  @Override
  public String toString() {
    return path();
  }
}
