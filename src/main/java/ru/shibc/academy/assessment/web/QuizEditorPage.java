package ru.shibc.academy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import ru.shibc.academy.assessment.BankQuestion;
import ru.shibc.academy.assessment.GradingMethod;
import ru.shibc.academy.assessment.QuestionBank;
import ru.shibc.academy.assessment.QuestionCategory;
import ru.shibc.academy.assessment.Quiz;
import ru.shibc.academy.assessment.QuizSettings;
import ru.shibc.academy.assessment.QuizSlot;
import ru.shibc.academy.assessment.Quizzes;
import ru.shibc.academy.assessment.ReviewOption;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;

/**
 * A quiz activity's settings (with the version the editor saw) and what it asks: fixed questions
 * from the course's or the platform's bank, or a number of random ones from a category, each with
 * its mark, in order. The slots are edited here and saved together.
 */
@Named("quizEditor")
@ViewScoped
public class QuizEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A slot as the editor holds it before saving. */
  public static class Slot implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long questionId;
    private final Long categoryId;
    private final Integer randomCount;
    private final String label;
    private BigDecimal mark;

    Slot(Long questionId, Long categoryId, Integer randomCount, BigDecimal mark, String label) {
      this.questionId = questionId;
      this.categoryId = categoryId;
      this.randomCount = randomCount;
      this.mark = mark;
      this.label = label;
    }

    public boolean isRandom() { return questionId == null; }
    public Integer getRandomCount() { return randomCount; }
    public String getLabel() { return label; }
    public BigDecimal getMark() { return mark; }
    public void setMark(BigDecimal mark) { this.mark = mark; }

    Quizzes.SlotDraft draft() {
      return new Quizzes.SlotDraft(questionId, categoryId, randomCount, mark);
    }

    BigDecimal total() {
      BigDecimal m = mark == null ? BigDecimal.ZERO : mark;
      return isRandom() ? m.multiply(BigDecimal.valueOf(randomCount)) : m;
    }
  }

  /** A question to pick for a fixed slot. */
  public record Pick(long id, String label) implements Serializable {}

  @Inject private Quizzes quizzes;
  @Inject private ru.shibc.academy.course.CourseTeachers teachers;
  @Inject private QuestionBank bank;
  @Inject private Courses courses;

  private Long course;
  private Long activity;
  private boolean loaded;
  private String title;
  private String courseTitle;

  private Integer timeLimit;
  private Integer attemptsAllowed;
  private GradingMethod gradingMethod;
  private Integer passPercent;
  private LocalDateTime opensAt;
  private LocalDateTime closesAt;
  private boolean shuffleQuestions;
  private boolean shuffleAnswers;
  private boolean onePerPage;
  private ReviewOption reviewAfterAttempt;
  private ReviewOption reviewAfterClose;
  private long version;

  private List<Slot> slots = new ArrayList<>();

  private boolean platformBank;
  private List<CategoryPaths.Entry> categories = List.of();
  private Long pickCategory;
  private List<Pick> pickable = List.of();
  private Long pickQuestion;
  private Integer pickCount = 1;
  private BigDecimal pickMark;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (course == null || activity == null) {
      throw AcademyException.notFound("quiz");
    }
    teachers.requireTeacher(course);
    courseTitle = courses.get(course).getTitle();
    title = courses.activity(course, activity).getTitle();
    showSettings(quizzes.of(course, activity));
    slots = new ArrayList<>(quizzes.slots(activity).stream().map(this::slot).toList());
    loadCategories();
  }

  private void showSettings(Quiz quiz) {
    QuizSettings s = quiz.settings();
    timeLimit = s.timeLimitMinutes();
    attemptsAllowed = s.attemptsAllowed();
    gradingMethod = s.gradingMethod();
    passPercent = s.passPercent();
    opensAt = local(s.opensAt());
    closesAt = local(s.closesAt());
    shuffleQuestions = s.shuffleQuestions();
    shuffleAnswers = s.shuffleAnswers();
    onePerPage = s.onePerPage();
    reviewAfterAttempt = s.reviewAfterAttempt();
    reviewAfterClose = s.reviewAfterClose();
    version = quiz.getVersion();
  }

  public void saveSettings() {
    if (passPercent == null || gradingMethod == null || reviewAfterAttempt == null || reviewAfterClose == null) {
      Pages.error("quiz.settingsRequired");
      return;
    }
    QuizSettings s =
        new QuizSettings(
            timeLimit, attemptsAllowed, gradingMethod, passPercent, instant(opensAt), instant(closesAt), shuffleQuestions,
            shuffleAnswers, onePerPage, reviewAfterAttempt, reviewAfterClose);
    if (Pages.attempt(() -> quizzes.update(course, activity, version, s), "quiz.settingsSaved")) {
      showSettings(quizzes.of(course, activity));
    }
  }

  // the slots

  public void switchBank() {
    pickCategory = null;
    pickQuestion = null;
    pickable = List.of();
    loadCategories();
  }

  private void loadCategories() {
    categories = CategoryPaths.of(bank.categories(platformBank ? null : course));
  }

  public void pickCategoryChanged() {
    pickQuestion = null;
    pickable = pickCategory == null ? List.of() : bank.questions(pickCategory).stream()
        .filter(q -> !"description".equals(q.getType())).map(q -> new Pick(q.getId(), questionLabel(q))).toList();
  }

  public void addQuestion() {
    if (pickQuestion == null) {
      Pages.error("quiz.slots.chooseQuestion");
      return;
    }
    BankQuestion q = bank.question(pickQuestion);
    BigDecimal mark = pickMark == null ? Decimals.plain(q.question().header().defaultMark()) : pickMark;
    slots.add(new Slot(q.getId(), null, null, mark, questionLabel(q)));
  }

  public void addRandom() {
    if (pickCategory == null || pickCount == null || pickCount < 1 || pickCount > 200) {
      Pages.error("quiz.slots.chooseCategory");
      return;
    }
    slots.add(new Slot(null, pickCategory, pickCount, pickMark == null ? BigDecimal.ONE : pickMark, categoryLabel(pickCategory)));
  }

  public void move(int index, int step) {
    int to = index + step;
    if (index < 0 || index >= slots.size() || to < 0 || to >= slots.size()) {
      return;
    }
    slots.add(to, slots.remove(index));
  }

  public void remove(int index) {
    if (index >= 0 && index < slots.size()) {
      slots.remove(index);
    }
  }

  public void saveSlots() {
    List<Quizzes.SlotDraft> drafts = slots.stream().map(Slot::draft).toList();
    if (Pages.attempt(() -> quizzes.setSlots(course, activity, drafts), "quiz.slotsSaved")) {
      slots = new ArrayList<>(quizzes.slots(activity).stream().map(this::slot).toList());
    }
  }

  public BigDecimal getMaxScore() {
    return Decimals.plain(slots.stream().map(Slot::total).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private Slot slot(QuizSlot s) {
    String label;
    try {
      label = s.isRandom() ? categoryLabel(s.getCategoryId()) : questionLabel(bank.question(s.getQuestionId()));
    } catch (AcademyException gone) {
      label = "#" + (s.isRandom() ? s.getCategoryId() : s.getQuestionId());
    }
    return new Slot(s.getQuestionId(), s.getCategoryId(), s.getRandomCount(), Decimals.plain(s.getMark()), label);
  }

  private String questionLabel(BankQuestion q) {
    return q.getName() + " (" + Pages.text("question.type." + q.getType()) + ")";
  }

  private String categoryLabel(long categoryId) {
    QuestionCategory c = bank.category(categoryId);
    String where = c.getCourseId() == null ? Pages.text("bank.platform") : Pages.text("bank.ofCourse");
    String path =
        CategoryPaths.of(bank.categories(c.getCourseId())).stream().filter(e -> e.id() == categoryId)
            .map(CategoryPaths.Entry::path).findFirst().orElse(c.getName());
    return where + ": " + path;
  }

  private static LocalDateTime local(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, Clocks.DISTRICT_ZONE);
  }

  private static Instant instant(LocalDateTime at) {
    return at == null ? null : at.atZone(Clocks.DISTRICT_ZONE).toInstant();
  }

  public GradingMethod[] getGradingMethods() { return GradingMethod.values(); }
  public ReviewOption[] getReviewOptions() { return ReviewOption.values(); }
  public String getZone() { return Clocks.DISTRICT_ZONE.getId(); }

  public Long getCourse() { return course; }
  public void setCourse(Long course) { this.course = course; }
  public Long getActivity() { return activity; }
  public void setActivity(Long activity) { this.activity = activity; }
  public String getTitle() { return title; }
  public String getCourseTitle() { return courseTitle; }
  public Integer getTimeLimit() { return timeLimit; }
  public void setTimeLimit(Integer timeLimit) { this.timeLimit = timeLimit; }
  public Integer getAttemptsAllowed() { return attemptsAllowed; }
  public void setAttemptsAllowed(Integer attemptsAllowed) { this.attemptsAllowed = attemptsAllowed; }
  public GradingMethod getGradingMethod() { return gradingMethod; }
  public void setGradingMethod(GradingMethod gradingMethod) { this.gradingMethod = gradingMethod; }
  public Integer getPassPercent() { return passPercent; }
  public void setPassPercent(Integer passPercent) { this.passPercent = passPercent; }
  public LocalDateTime getOpensAt() { return opensAt; }
  public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
  public LocalDateTime getClosesAt() { return closesAt; }
  public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
  public boolean isShuffleQuestions() { return shuffleQuestions; }
  public void setShuffleQuestions(boolean shuffleQuestions) { this.shuffleQuestions = shuffleQuestions; }
  public boolean isShuffleAnswers() { return shuffleAnswers; }
  public void setShuffleAnswers(boolean shuffleAnswers) { this.shuffleAnswers = shuffleAnswers; }
  public boolean isOnePerPage() { return onePerPage; }
  public void setOnePerPage(boolean onePerPage) { this.onePerPage = onePerPage; }
  public ReviewOption getReviewAfterAttempt() { return reviewAfterAttempt; }
  public void setReviewAfterAttempt(ReviewOption reviewAfterAttempt) { this.reviewAfterAttempt = reviewAfterAttempt; }
  public ReviewOption getReviewAfterClose() { return reviewAfterClose; }
  public void setReviewAfterClose(ReviewOption reviewAfterClose) { this.reviewAfterClose = reviewAfterClose; }
  public List<Slot> getSlots() { return slots; }
  public boolean isPlatformBank() { return platformBank; }
  public void setPlatformBank(boolean platformBank) { this.platformBank = platformBank; }
  public List<CategoryPaths.Entry> getCategories() { return categories; }
  public Long getPickCategory() { return pickCategory; }
  public void setPickCategory(Long pickCategory) { this.pickCategory = pickCategory; }
  public List<Pick> getPickable() { return pickable; }
  public Long getPickQuestion() { return pickQuestion; }
  public void setPickQuestion(Long pickQuestion) { this.pickQuestion = pickQuestion; }
  public Integer getPickCount() { return pickCount; }
  public void setPickCount(Integer pickCount) { this.pickCount = pickCount; }
  public BigDecimal getPickMark() { return pickMark; }
  public void setPickMark(BigDecimal pickMark) { this.pickMark = pickMark; }
}
