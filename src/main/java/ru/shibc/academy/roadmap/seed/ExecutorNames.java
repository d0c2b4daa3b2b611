package ru.shibc.academy.roadmap.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Executors are one per line of their cell, but the export sometimes loses the line break between
 * two of them: «Отдел образования Районный методический кабинет». A line that is nothing but
 * executors named on lines of their own elsewhere in the same roadmap, joined by spaces, is split
 * back into them. Nothing else is split, so an executor never seen alone stays as written.
 */
final class ExecutorNames {

  private ExecutorNames() {}

  /** Each item's executor lines, with merged lines split; the order is kept. */
  static List<List<String>> separate(List<List<String>> linesPerItem) {
    Set<String> known = new HashSet<>();
    linesPerItem.forEach(known::addAll);
    return linesPerItem.stream()
        .map(lines -> lines.stream().flatMap(line -> separate(line, known).stream()).toList())
        .toList();
  }

  private static List<String> separate(String line, Set<String> known) {
    List<String> parts = parts(line.split(" "), 0, line, known);
    return parts == null ? List.of(line) : parts;
  }

  /** The words from {@code from} on as known names other than the whole line; null if none. */
  private static List<String> parts(String[] words, int from, String whole, Set<String> known) {
    if (from == words.length) {
      return new ArrayList<>();
    }
    for (int end = words.length; end > from; end--) {
      String name = String.join(" ", Arrays.asList(words).subList(from, end));
      if (!name.equals(whole) && known.contains(name)) {
        List<String> rest = parts(words, end, whole, known);
        if (rest != null) {
          rest.add(0, name);
          return rest;
        }
      }
    }
    return null;
  }
}
