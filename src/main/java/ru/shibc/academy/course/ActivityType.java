package ru.shibc.academy.course;

/**
 * A kind of course activity: the one extension point where later features plug in their own
 * kinds (a quiz, a webinar) as CDI beans. A kind checks what an activity of its kind is made of,
 * and says whether opening the activity completes it; kinds with a rule of their own (graded,
 * passed, attended) complete it through {@link Completions#complete}.
 */
public interface ActivityType {

  /** The kind's code as stored, e.g. {@code PAGE}. */
  String code();

  /** Checks and cleans an activity of this kind; refuses with an {@code AcademyException}. */
  ActivityDraft prepare(ActivityDraft draft);

  /** Whether opening the activity completes it (pages, files, links). */
  boolean completesOnView();
}
