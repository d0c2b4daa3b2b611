package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.assessment.protocol.CommissionMember;
import ru.shibc.academy.assessment.protocol.ProtocolDocument;
import ru.shibc.academy.assessment.protocol.ProtocolPdf;
import ru.shibc.academy.assessment.protocol.ProtocolRow;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The attestation protocol (ведомость) of a quiz: every learner with a graded attempt, their
 * grade by the quiz's grading method as points of the maximum, and passed or not.
 */
@ApplicationScoped
public class AttestationProtocols {

  private final ProtocolPdf renderer = new ProtocolPdf();

  @Inject private Attempts attempts;
  @Inject private Quizzes quizzes;
  @Inject private AttemptGrading grading;
  @Inject private Courses courses;
  @Inject private Staff staff;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "shibc.certificate.issuer-name")
  private String organisation;

  @Inject
  @ConfigProperty(name = "shibc.certificate.signatories")
  private String signatories;

  public byte[] pdf(long courseId, long activityId) {
    Quiz quiz = quizzes.of(courseId, activityId);
    Course course = courses.get(courseId);
    Map<Long, BigDecimal> maxByPerson = new LinkedHashMap<>();
    for (Attempt a : attempts.all(activityId)) {
      if (a.getState() == AttemptState.FINISHED && !a.isNeedsGrading()) {
        maxByPerson.put(a.getPersonId(), a.getMaxScore());
      }
    }
    List<Person> people = new ArrayList<>(staff.byIds(maxByPerson.keySet()));
    people.sort(Comparator.comparing(Person::fullName));
    List<ProtocolRow> rows = new ArrayList<>();
    BigDecimal max = BigDecimal.ZERO;
    for (Person p : people) {
      BigDecimal percent = grading.gradeOf(quiz, p.getId());
      BigDecimal personMax = maxByPerson.get(p.getId());
      max = max.max(personMax);
      BigDecimal score = percent.multiply(personMax).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
      rows.add(
          new ProtocolRow(
              p.fullName(), p.getOrganisation().getShortName(), score,
              percent.compareTo(BigDecimal.valueOf(quiz.settings().passPercent())) >= 0));
    }
    List<CommissionMember> commission =
        java.util.Arrays.stream(signatories.split(";"))
            .map(s -> s.split("\\|", 2))
            .filter(s -> s.length == 2)
            .map(s -> new CommissionMember(s[0].strip(), s[1].strip()))
            .toList();
    String title = courses.activity(courseId, activityId).getTitle();
    return renderer.render(
        new ProtocolDocument(
            organisation, course.getShortName() + "-" + activityId, Clocks.day(clock.instant()), course.getTitle(), title,
            max.signum() == 0 ? BigDecimal.ONE : max, rows, commission.isEmpty() ? null : commission.get(0),
            commission.size() > 1 ? commission.subList(1, commission.size()) : List.of()));
  }
}
