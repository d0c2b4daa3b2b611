package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections and activities of courses, remembered by this node while a course's structure
 * version stays the same: every change of a section or an activity raises the version in the
 * course's row (see {@link Courses}), and each course page reads that row anyway, so a page
 * never shows an older structure than the row it read. Saves two of the course page's queries,
 * the ones whose rows grow with the course.
 *
 * <p>The lists and their entities are shared by all requests and must only be read.
 */
@ApplicationScoped
public class CourseStructures {

  static final int CAPACITY = 500;

  /** One course's structure at one version. */
  public record Structure(long version, List<Section> sections, List<Activity> activities) {}

  @Inject private Courses courses;

  private final Map<Long, Structure> known =
      Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Structure> eldest) {
          return size() > CAPACITY;
        }
      });

  /**
   * The structure of a course as of its row just read. Read after the row, the lists are at least
   * that new; a newer change raises the version, which the next reader sees.
   */
  public Structure of(Course course) {
    Structure structure = known.get(course.getId());
    if (structure == null || structure.version() != course.getStructureVersion()) {
      structure = new Structure(course.getStructureVersion(),
          List.copyOf(courses.sections(course.getId())), List.copyOf(courses.activities(course.getId())));
      known.put(course.getId(), structure);
    }
    return structure;
  }
}
