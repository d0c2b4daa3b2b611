package ru.shibc.academy.course.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.time.Clocks;

/** A course's participants with their progress, as an XLSX sheet or a CSV file. */
@ApplicationScoped
public class ParticipantTables {

  private static final String[] HEADER = {
    "export.participants.fullName", "export.participants.position", "export.participants.organisation",
    "export.participants.status", "export.participants.enrolledAt", "export.participants.progress",
    "export.participants.completedAt"
  };

  /** A file ready to download. */
  public record Table(String fileName, String contentType, byte[] data) {}

  @Inject private Courses courses;
  @Inject private Enrolments enrolments;

  public Table of(long courseId, Long organisationId, boolean xlsx) {
    Course course = courses.get(courseId);
    List<String[]> rows =
        enrolments.participants(courseId, organisationId).stream()
            .map(
                p ->
                    new String[] {
                      p.person().fullName(), p.person().getPosition(), p.person().getOrganisation().getShortName(),
                      Messages.text(Messages.RUSSIAN, "enrolment.status." + p.enrolment().getStatus().name()),
                      date(p.enrolment().getEnrolledAt()), Integer.toString(p.progressPercent()),
                      date(p.enrolment().getCompletedAt())
                    })
            .toList();
    String[] header = new String[HEADER.length];
    for (int i = 0; i < HEADER.length; i++) {
      header[i] = Messages.text(Messages.RUSSIAN, HEADER[i]);
    }
    String base = "Участники " + course.getShortName().replaceAll("[\\\\/:*?\"<>|]", "_");
    return xlsx
        ? new Table(base + ".xlsx", TableFiles.XLSX, TableFiles.xlsx("Участники", header, rows))
        : new Table(base + ".csv", TableFiles.CSV, TableFiles.csv(header, rows));
  }

  private static String date(Instant instant) {
    return Clocks.date(instant);
  }
}
