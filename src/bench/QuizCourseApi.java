import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * What the two attempt programs (AttemptSaveBenchmark, AttemptCrashTest) set up through the API
 * before their own work: a quiz course and learners with an attempt each. Compiled with either
 * program (and BenchApi) by its script.
 */
final class QuizCourseApi {

  /** One slot of an attempt as the learner sees it. */
  record Slot(int slot, String type, List<Integer> choices) {}

  /** A learner enrolled in the quiz course, with a bearer token and a started attempt. */
  record Enrolled(int index, String token, long attempt, List<Slot> slots) {}

  private final BenchApi api;
  private final String password;
  private final String emailPrefix;
  private final String surname;

  /** Against {@code base}; learners get this password, e-mails with this prefix, this surname. */
  QuizCourseApi(String base, String password, String emailPrefix, String surname) {
    this.api = new BenchApi(base);
    this.password = password;
    this.emailPrefix = emailPrefix;
    this.surname = surname;
  }

  /** A value of the slot's type that it did not hold at {@code revision}, made unique by {@code seq}. */
  static String response(Slot s, int revision, long seq) {
    return switch (s.type()) {
      case "single-choice" ->
          "{\"type\":\"single-choice\",\"choiceId\":" + s.choices().get((revision + 1) % s.choices().size()) + "}";
      case "true-false" -> "{\"type\":\"true-false\",\"value\":" + (revision % 2 == 0) + "}";
      case "numerical" -> "{\"type\":\"numerical\",\"text\":\"" + seq + "\"}";
      default -> "{\"type\":\"" + s.type() + "\",\"text\":\"ответ " + seq + "\"}";
    };
  }

  static final String GIFT = String.join("\n\n",
      "::Q01:: Что такое ШИБЦ? {=Школьный информационно-библиотечный центр ~Школьная библиотека ~Читальный зал}",
      "::Q02:: Кто отвечает за фонд ШИБЦ? {=Педагог-библиотекарь ~Завуч ~Учитель информатики}",
      "::Q03:: Где хранится электронный каталог? {=В АИБС ~В журнале ~В папке на рабочем столе}",
      "::Q04:: Что входит в медиатеку? {=Электронные ресурсы ~Только учебники ~Только газеты ~Мебель}",
      "::Q05:: Какой документ выдают по итогам курса? {=Удостоверение о повышении квалификации ~Грамоту ~Справку}",
      "::Q06:: Что такое ФИС ФРДО? {=Федеральный реестр документов об образовании ~Каталог книг ~Школьный сайт}",
      "::Q07:: Что такое ведомость? {=Список оценок слушателей ~План курса ~Расписание}",
      "::Q08:: Какая форма у дистанционного курса? {=Заочная с ДОТ ~Очная ~Вечерняя}",
      "::Q09:: ШИБЦ объединяет фонд и медиатеку. {T}",
      "::Q10:: Удостоверение выдают без итоговой аттестации. {F}",
      "::Q11:: Курс повышения квалификации длится не меньше 16 часов. {T}",
      "::Q12:: Методист проверяет эссе слушателей. {T}",
      "::Q13:: Как называется документ о повышении квалификации? {=удостоверение}",
      "::Q14:: Как называется список оценок группы? {=ведомость}",
      "::Q15:: Назовите центр школы, объединяющий фонд и медиатеку. {=ШИБЦ}",
      "::Q16:: Кто составляет программу курса? {=методист}",
      "::Q17:: Сколько академических часов в курсе повышения квалификации? {#36}",
      "::Q18:: Сколько модулей в курсе? {#4:1}",
      "::Q19:: Опишите, как организован фонд вашей библиотеки. {}",
      "::Q20:: Составьте план работы ШИБЦ на месяц. {}");

  /**
   * A published course with a 20-question quiz (the GIFT below), and {@code count} new learners
   * of the first school, each enrolled with an attempt started.
   */
  List<Enrolled> setUp(int count) throws Exception {
    String tag = Long.toString(System.nanoTime(), 36);
    String methodologist = api.token("methodologist", "demo");
    long course = BenchApi.id(api.call("POST", "/api/courses", methodologist,
        "{\"title\":\"Аттестация под нагрузкой " + tag + "\",\"shortName\":\"АТ-" + tag + "\","
            + "\"programmeType\":\"QUALIFICATION_UPGRADE\",\"academicHours\":36,\"form\":\"DISTANCE\","
            + "\"selfEnrolment\":true}"));
    long section = BenchApi.id(api.call("POST", "/api/courses/" + course + "/sections", methodologist, "{\"title\":\"Итоговая аттестация\"}"));
    long quiz = BenchApi.id(api.call("POST", "/api/courses/" + course + "/activities", methodologist,
        "{\"sectionId\":" + section + ",\"kind\":\"QUIZ\",\"title\":\"Итоговый тест\",\"required\":true,"
            + "\"body\":\"<p>Ответьте на 20 вопросов.</p>\"}"));
    long category = BenchApi.id(api.call("POST", "/api/question-bank/categories", methodologist,
        "{\"name\":\"Итоговый тест " + tag + "\",\"courseId\":" + course + "}"));
    api.call("POST", "/api/question-bank/categories/" + category + "/import?format=gift", methodologist, GIFT, "text/plain");
    List<Object> questions = BenchApi.Json.array(api.call("GET", "/api/question-bank/categories/" + category + "/questions", methodologist, null));
    Map<String, Long> byName = new java.util.TreeMap<>();
    for (Object q : questions) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) q;
      byName.put((String) m.get("name"), ((Number) m.get("id")).longValue());
    }
    if (byName.size() != 20) {
      throw new IllegalStateException("the import made " + byName.size() + " questions, not 20");
    }
    api.call("PUT", "/api/courses/" + course + "/quizzes/" + quiz + "/slots", methodologist, "{\"slots\":["
        + byName.values().stream().map(id -> "{\"questionId\":" + id + ",\"mark\":1}").collect(Collectors.joining(","))
        + "]}");
    api.call("PUT", "/api/courses/" + course + "/quizzes/" + quiz, methodologist,
        "{\"timeLimitMinutes\":null,\"attemptsAllowed\":null,\"gradingMethod\":\"HIGHEST\",\"passPercent\":60,"
            + "\"reviewAfterAttempt\":\"FEEDBACK\",\"reviewAfterClose\":\"FEEDBACK\",\"shuffleQuestions\":false,"
            + "\"shuffleAnswers\":false,\"onePerPage\":true}");
    api.call("PUT", "/api/courses/" + course + "/status", methodologist, "{\"status\":\"PUBLISHED\"}");
    String admin = api.token("admin", "demo");
    long school = BenchApi.id(BenchApi.Json.array(api.call("GET", "/api/organisations?kind=SCHOOL", admin, null)).get(0));
    ExecutorService pool = Executors.newFixedThreadPool(4); // password hashing is the cost: 2 cores
    List<Future<Enrolled>> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      made.add(pool.submit(() -> learner(index, tag, admin, school, course, quiz)));
    }
    List<Enrolled> learners = new ArrayList<>();
    for (Future<Enrolled> f : made) {
      learners.add(f.get());
    }
    pool.shutdown();
    System.out.printf("course %d, quiz %d: %d learners with an attempt of %d slots%n", course, quiz, learners.size(),
        learners.get(0).slots().size());
    return learners;
  }

  @SuppressWarnings("unchecked")
  Enrolled learner(int index, String tag, String admin, long school, long course, long quiz) throws Exception {
    String email = emailPrefix + index + "." + tag + "@school01.zarechye-edu.ru";
    long person = BenchApi.id(api.call("POST", "/api/people", admin,
        "{\"surname\":\"" + surname + "\",\"name\":\"Анна\",\"position\":\"педагог-библиотекарь\",\"organisationId\":" + school
            + ",\"email\":\"" + email + "\"}"));
    api.call("PUT", "/api/people/" + person + "/account", admin,
        "{\"username\":\"" + email + "\",\"password\":\"" + password + "\",\"roles\":[\"LEARNER\"]}");
    String token = api.token(email, password);
    api.call("POST", "/api/learning/courses/" + course + "/enrol", token, null);
    Map<String, Object> attempt = BenchApi.Json.object(api.call("POST", "/api/attempts", token, "{\"activityId\":" + quiz + "}"));
    List<Slot> slots = new ArrayList<>();
    for (Object o : (List<Object>) attempt.get("questions")) {
      Map<String, Object> q = (Map<String, Object>) o;
      List<Integer> choices = new ArrayList<>();
      for (Object c : (List<Object>) q.getOrDefault("choices", List.of())) {
        choices.add(((Number) ((Map<String, Object>) c).get("id")).intValue());
      }
      slots.add(new Slot(((Number) q.get("slot")).intValue(), (String) q.get("type"), choices));
    }
    slots.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
    return new Enrolled(index, token, ((Number) attempt.get("id")).longValue(), slots);
  }
}
