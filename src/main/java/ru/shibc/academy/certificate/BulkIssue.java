package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * Issues the missing certificates of a course's completions at once, e.g. after a course was
 * completed offline or became certificate-granting late. Chunks of 500 commit one by one, so a
 * failure keeps what was issued and a rerun issues only the rest. A chunk holds the year's counter
 * lock until it commits (about a second), so numbers stay unique and gap-free.
 */
@ApplicationScoped
public class BulkIssue {

  static final int CHUNK = 500;

  @Inject private Certificates certificates;
  @Inject private Courses courses;

  /** Issues every missing certificate of the course; answers how many. */
  public int forCourse(long courseId, String reason) {
    if (!courses.get(courseId).grantsCertificate()) {
      throw AcademyException.invalid("certificate.courseGrantsNone");
    }
    List<Long> missing = certificates.enrolmentsWithoutCertificate(courseId);
    int issued = 0;
    for (int i = 0; i < missing.size(); i += CHUNK) {
      issued += certificates.issueChunk(courseId, missing.subList(i, Math.min(missing.size(), i + CHUNK)), reason);
    }
    return issued;
  }
}
