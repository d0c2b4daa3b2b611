package ru.shibc.academy.assessment.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import ru.shibc.academy.assessment.Attempt;
import ru.shibc.academy.assessment.AttemptLayout;
import ru.shibc.academy.assessment.Attempts;
import ru.shibc.academy.assessment.BankQuestion;
import ru.shibc.academy.assessment.EssayGrading;
import ru.shibc.academy.assessment.GradingMethod;
import ru.shibc.academy.assessment.QuestionBank;
import ru.shibc.academy.assessment.QuestionCategory;
import ru.shibc.academy.assessment.QuizSettings;
import ru.shibc.academy.assessment.QuizType;
import ru.shibc.academy.assessment.Quizzes;
import ru.shibc.academy.assessment.ReviewOption;
import ru.shibc.academy.assessment.formats.GiftParser;
import ru.shibc.academy.assessment.formats.ImportResult;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Section;
import ru.shibc.academy.platform.demo.DemoDataRequested;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The demo question bank (77 questions on the ШИБЦ model, information literacy, reading
 * promotion and the library's collection), the final attestation of the 36-hour course drawn
 * from it, and past attempts: passed, failed and retaken, one waiting for an essay's grade.
 */
@ApplicationScoped
public class DemoAttestation {

  private static final Logger LOG = Logger.getLogger(DemoAttestation.class.getName());
  private static final String COURSE = "ШИБЦ-36";

  /** Who tried the final attestation, on which day, and how well (share of right answers). */
  private record Past(String username, String day, double right, boolean gradeEssay) {}

  private static final List<Past> PAST =
      List.of(
          new Past("lapteva.gi", "2026-10-20T10:15", 0.9, true),
          new Past("voronina.ln", "2026-10-21T15:40", 0.5, true),
          new Past("voronina.ln", "2026-10-23T11:05", 0.85, true),
          new Past("kovaleva.ls", "2026-11-18T09:30", 0.45, true),
          new Past("krylova.nv", "2026-11-19T14:10", 0.8, false),
          new Past("antonova.me", "2026-11-20T16:45", 0.4, true));

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private QuestionBank bank;
  @Inject private Quizzes quizzes;
  @Inject private Attempts attempts;
  @Inject private EssayGrading essays;
  @Inject private Courses courses;

  @Transactional
  void load(@Observes @Priority(250) DemoDataRequested request) {
    if (em.createQuery("select count(q) from BankQuestion q", Long.class).getSingleResult() > 0) {
      return;
    }
    List<Long> courseIds =
        em.createQuery("select c.id from Course c where c.shortName = :s", Long.class).setParameter("s", COURSE).getResultList();
    if (courseIds.isEmpty()) {
      return;
    }
    long courseId = courseIds.get(0);
    QuestionCategory root = bank.addCategory(null, null, "Банк вопросов ШИБЦ");
    ImportResult parsed;
    try (InputStream in = getClass().getResourceAsStream("/demo/question-bank.gift")) {
      parsed = new GiftParser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bank.importInto(root.getId(), parsed, true);

    List<Section> sections = courses.sections(courseId);
    Section last = sections.get(sections.size() - 1);
    Activity quiz =
        courses.addActivity(
            courseId, last.getId(), QuizType.CODE,
            new ActivityDraft(
                "Итоговая аттестация", true,
                "<p>Итоговый тест по программе: 20 вопросов из банка (по 5 из каждой темы), 40 минут, две попытки."
                    + " Засчитывается лучшая; для зачёта нужно 70 %.</p>",
                null, null, null, null, null));
    quizzes.update(
        courseId, quiz.getId(), null,
        new QuizSettings(40, 2, GradingMethod.HIGHEST, 70, null, null, true, true, true, ReviewOption.RESPONSES,
            ReviewOption.FEEDBACK));
    quizzes.setSlots(
        courseId, quiz.getId(),
        bank.categories(null).stream()
            .filter(c -> c.getParentId() != null && !c.getParentId().equals(root.getId()))
            .map(c -> new Quizzes.SlotDraft(null, c.getId(), 5, BigDecimal.ONE))
            .toList());
    int made = 0;
    for (Past p : PAST) {
      List<Long> person =
          em.createQuery("select a.personId from Account a where a.username = :u", Long.class)
              .setParameter("u", p.username())
              .getResultList();
      if (!person.isEmpty()) {
        attempt(quiz.getId(), person.get(0), p);
        made++;
      }
    }
    LOG.info("Demo attestation: " + parsed.questions().size() + " questions, " + made + " past attempts");
  }

  private void attempt(long quizId, long personId, Past p) {
    Attempt a = attempts.startOrResume(quizId, personId);
    Instant started = LocalDateTime.parse(p.day()).atZone(Clocks.DISTRICT_ZONE).toInstant();
    AttemptLayout layout = a.layout();
    Integer essaySlot = null;
    for (AttemptLayout.Entry e : layout.entries()) {
      Question q = em.find(BankQuestion.class, e.questionId()).question();
      boolean right = (e.slot() * 0.618) % 1 < p.right();
      if (q instanceof ru.shibc.academy.assessment.question.Essay) {
        essaySlot = e.slot();
      }
      em.createNativeQuery(
              "UPDATE attempt_answers SET response = ?, revision = 1, request_key = ?, saved_at = ?"
                  + " WHERE attempt_id = ? AND slot = ?")
          .setParameter(1, QuestionJson.write(DemoResponses.of(q, right)))
          .setParameter(2, "demo-" + a.getId() + "-" + e.slot())
          .setParameter(3, Timestamp.from(started.plusSeconds(60L * e.slot())))
          .setParameter(4, a.getId())
          .setParameter(5, e.slot())
          .executeUpdate();
    }
    attempts.finish(a.getId(), personId);
    if (essaySlot != null && p.gradeEssay()) {
      essays.grade(a.getId(), essaySlot, layout.slot(essaySlot).mark().multiply(BigDecimal.valueOf(p.right())),
          "Ответ по существу; приведите больше примеров из практики своей библиотеки.");
    }
    Instant finished = started.plusSeconds(60L * (layout.entries().size() + 5));
    em.flush();
    em.createNativeQuery(
            "UPDATE quiz_attempts SET started_at = ?, deadline_at = ?, finished_at = ? WHERE id = ?")
        .setParameter(1, Timestamp.from(started))
        .setParameter(2, Timestamp.from(started.plusSeconds(40 * 60)))
        .setParameter(3, Timestamp.from(finished))
        .setParameter(4, a.getId())
        .executeUpdate();
  }
}
