package ru.shibc.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.assessment.formats.ImportProblem;
import ru.shibc.academy.assessment.formats.ImportResult;
import ru.shibc.academy.assessment.formats.ImportedQuestion;
import ru.shibc.academy.assessment.formats.MoodleXmlWriter;
import ru.shibc.academy.assessment.question.CategorisedQuestion;
import ru.shibc.academy.assessment.question.Category;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;

/** The question bank: categories, questions, and import and export in Moodle's formats. */
@ApplicationScoped
public class QuestionBank {

  /** What an import did: how many questions it stored, and the problems it found. */
  public record Imported(int stored, List<ImportProblem> problems) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private QuestionCache cache;
  @Inject private Clock clock;

  public List<QuestionCategory> categories(Long courseId) {
    return em.createQuery(
            "select c from QuestionCategory c where (:course is null and c.courseId is null) or c.courseId = :course"
                + " order by c.parentId, c.name",
            QuestionCategory.class)
        .setParameter("course", courseId)
        .getResultList();
  }

  public QuestionCategory category(long id) {
    QuestionCategory c = em.find(QuestionCategory.class, id);
    if (c == null) {
      throw AcademyException.notFound("questionCategory");
    }
    return c;
  }

  @Transactional
  public QuestionCategory addCategory(Long parentId, Long courseId, String name) {
    if (parentId != null) {
      QuestionCategory parent = category(parentId);
      if (!java.util.Objects.equals(parent.getCourseId(), courseId)) {
        throw AcademyException.invalid("bank.parentElsewhere");
      }
    }
    QuestionCategory c = new QuestionCategory(parentId, courseId, name.strip(), clock.instant());
    em.persist(c);
    em.flush();
    return c;
  }

  public List<BankQuestion> questions(long categoryId) {
    return em.createQuery(
            "select q from BankQuestion q where q.categoryId = :c order by q.name, q.id", BankQuestion.class)
        .setParameter("c", categoryId)
        .getResultList();
  }

  public BankQuestion question(long id) {
    BankQuestion q = em.find(BankQuestion.class, id);
    if (q == null) {
      throw AcademyException.notFound("question");
    }
    return q;
  }

  @Transactional
  public BankQuestion add(long categoryId, Question question) {
    category(categoryId);
    BankQuestion q = new BankQuestion(categoryId, question, currentUser.username(), clock.instant());
    em.persist(q);
    em.flush();
    audit.record("question.create", "question", q.getId(), null, q.getName());
    return q;
  }

  /** Replaces a question's content; attempts keep their answers and are graded anew by a regrade. */
  @Transactional
  public BankQuestion update(long id, Long expectedVersion, Question question) {
    BankQuestion q = question(id);
    if (expectedVersion != null && expectedVersion != q.getVersion()) {
      throw AcademyException.conflict("bank.changedMeanwhile");
    }
    if (!q.getType().equals(question.type()) && inAttempts(id)) {
      throw AcademyException.conflict("bank.typeChangeAfterAttempts");
    }
    String before = q.getBody();
    q.replace(question, currentUser.username(), clock.instant());
    cache.forget(id);
    audit.record("question.update", "question", id, before, q.getBody());
    return q;
  }

  private boolean inAttempts(long questionId) {
    return !em.createNativeQuery("SELECT 1 FROM attempt_answers WHERE question_id = ? LIMIT 1")
        .setParameter(1, questionId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Stores an import's questions under a category, making the file's own categories below it.
   * With problems, nothing is stored unless {@code validOnly} asks to keep the good questions.
   */
  @Transactional
  public Imported importInto(long categoryId, ImportResult result, boolean validOnly) {
    QuestionCategory root = category(categoryId);
    if (!result.problems().isEmpty() && !validOnly) {
      return new Imported(0, result.problems());
    }
    Map<List<String>, Long> made = new HashMap<>();
    int stored = 0;
    for (ImportedQuestion iq : result.questions()) {
      long target = categoryFor(root, iq.category(), made);
      em.persist(new BankQuestion(target, iq.question(), currentUser.username(), clock.instant()));
      stored++;
    }
    audit.record("question.import", "questionCategory", categoryId, null, java.util.Map.of("stored", stored));
    return new Imported(stored, result.problems());
  }

  /** The category path of an imported question, below the import's category; "top" is dropped. */
  private long categoryFor(QuestionCategory root, Category category, Map<List<String>, Long> made) {
    List<String> names = new ArrayList<>(category.names());
    while (!names.isEmpty() && (names.get(0).startsWith("$") || names.get(0).equals("top"))) {
      names.remove(0);
    }
    long parent = root.getId();
    List<String> path = new ArrayList<>();
    for (String name : names) {
      path.add(name);
      Long known = made.get(List.copyOf(path));
      if (known == null) {
        List<QuestionCategory> existing =
            em.createQuery("select c from QuestionCategory c where c.parentId = :p and c.name = :n", QuestionCategory.class)
                .setParameter("p", parent)
                .setParameter("n", name)
                .getResultList();
        QuestionCategory c = existing.isEmpty() ? null : existing.get(0);
        if (c == null) {
          c = new QuestionCategory(parent, root.getCourseId(), name, clock.instant());
          em.persist(c);
          em.flush();
        }
        known = c.getId();
        made.put(List.copyOf(path), known);
      }
      parent = known;
    }
    return parent;
  }

  /** A category's questions, and those of its subcategories, as Moodle XML. */
  public byte[] exportXml(long categoryId) {
    QuestionCategory root = category(categoryId);
    List<CategorisedQuestion> out = new ArrayList<>();
    collect(root, List.of(root.getName()), out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new MoodleXmlWriter().write(out, bytes);
    return bytes.toByteArray();
  }

  private void collect(QuestionCategory c, List<String> path, List<CategorisedQuestion> out) {
    List<String> full = new ArrayList<>(List.of("$course$", "top"));
    full.addAll(path);
    Category category = new Category(full);
    for (BankQuestion q : questions(c.getId())) {
      out.add(new CategorisedQuestion(category, q.question()));
    }
    for (QuestionCategory child :
        em.createQuery("select c from QuestionCategory c where c.parentId = :p order by c.name", QuestionCategory.class)
            .setParameter("p", c.getId())
            .getResultList()) {
      List<String> childPath = new ArrayList<>(path);
      childPath.add(child.getName());
      collect(child, childPath, out);
    }
  }
}
