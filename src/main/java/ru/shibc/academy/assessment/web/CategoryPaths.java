package ru.shibc.academy.assessment.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.assessment.QuestionCategory;

/** A bank's categories as "Parent / Child" paths, for menus where a tree does not fit. */
public final class CategoryPaths {

  /** A category with its full path and depth. */
  public record Entry(long id, Long parentId, String name, String path, int depth) implements Serializable {}

  private CategoryPaths() {}

  /** Every category of one bank, in path order (a parent right before its children). */
  static List<Entry> of(List<QuestionCategory> categories) {
    Map<Long, QuestionCategory> byId = new HashMap<>();
    categories.forEach(c -> byId.put(c.getId(), c));
    List<Entry> out = new ArrayList<>();
    Map<Long, String> keys = new HashMap<>();
    for (QuestionCategory c : categories) {
      List<String> names = new ArrayList<>();
      QuestionCategory at = c;
      int guard = 0;
      while (at != null && guard++ < 100) {
        names.add(0, at.getName());
        at = at.getParentId() == null ? null : byId.get(at.getParentId());
      }
      keys.put(c.getId(), String.join("\u0001", names).toLowerCase(java.util.Locale.ROOT));
      out.add(new Entry(c.getId(), c.getParentId(), c.getName(), String.join(" / ", names), names.size() - 1));
    }
    out.sort(Comparator.comparing(e -> keys.get(e.id())));
    return out;
  }
}
