package ru.shibc.academy.roadmap.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.demo.DemoDataRequested;
import ru.shibc.academy.platform.files.StoredFile;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.pdf.PdfFont;
import ru.shibc.academy.platform.pdf.PdfMetadata;
import ru.shibc.academy.platform.pdf.ReproduciblePdf;
import ru.shibc.academy.platform.security.Account;
import ru.shibc.academy.platform.security.Accounts;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.roadmap.EvidenceKind;
import ru.shibc.academy.roadmap.ItemStatus;
import ru.shibc.academy.roadmap.PastRecords;
import ru.shibc.academy.roadmap.Roadmap;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.RoadmapSeed;
import ru.shibc.academy.roadmap.RoadmapSeedLoader;

/**
 * How the demo district worked through its 2019–2021 roadmap: 22 of 26 items done, four left
 * unfinished after the period ended (so overdue), each with its responsible person, the orders and
 * minutes that record it, and remarks. Loaded only while the seed roadmap has no history yet.
 */
@ApplicationScoped
public class DemoRoadmap {

  private static final Logger LOG = Logger.getLogger(DemoRoadmap.class.getName());
  private static final String ISSUER = "Отдел образования администрации Переволоцкого района";

  /** Items left unfinished, and where they stopped. */
  private static final Map<String, ItemStatus> UNFINISHED =
      Map.of(
          "3.6", ItemStatus.IN_PROGRESS,
          "5.2", ItemStatus.IN_PROGRESS,
          "6.2", ItemStatus.PLANNED,
          "8.2", ItemStatus.IN_PROGRESS);

  /** Who answers for each section's items, by login. */
  private static final Map<String, String> RESPONSIBLE_BY_SECTION =
      Map.of(
          "1", "arkhipov.sv", "2", "methodologist", "3", "methodologist", "4", "gladysheva.mv",
          "5", "department", "6", "gladysheva.mv", "7", "methodologist", "8", "department");

  private record Paper(String item, EvidenceKind kind, String title, LocalDate date, String fileName, String by,
      List<String> body) {}

  private static final List<Paper> PAPERS =
      List.of(
          new Paper("1.1", EvidenceKind.ORDER,
              "Приказ об утверждении Концепции развития ШИБЦ и Плана («дорожной карты») её реализации",
              LocalDate.of(2019, 2, 15), "Приказ № 33 от 15.02.2019.pdf", "arkhipov.sv",
              List.of(
                  "ПРИКАЗ № 33 от 15.02.2019",
                  "Об утверждении муниципальной Концепции развития школьных информационно-библиотечных центров"
                      + " и Плана («дорожной карты») её реализации на 2019–2021 годы",
                  "В целях создания условий для развития школьных библиотек как информационно-библиотечных"
                      + " центров общеобразовательных организаций района ПРИКАЗЫВАЮ:",
                  "1. Утвердить муниципальную Концепцию развития школьных информационно-библиотечных центров.",
                  "2. Утвердить План («дорожную карту») реализации Концепции (приложение № 2).",
                  "3. Контроль исполнения приказа оставляю за собой.")),
          new Paper("1.2", EvidenceKind.ORDER, "Приказ о создании рабочей группы по созданию ШИБЦ",
              LocalDate.of(2019, 2, 22), "Приказ о рабочей группе ШИБЦ.pdf", "arkhipov.sv",
              List.of(
                  "ПРИКАЗ № 41 от 22.02.2019",
                  "О создании рабочей группы по созданию школьных информационно-библиотечных центров",
                  "1. Создать рабочую группу по созданию ШИБЦ в составе: начальник отдела образования"
                      + " (руководитель), методист районного методического кабинета по библиотечному делу,"
                      + " ведущий специалист отдела образования, заведующие библиотеками базовых школ.",
                  "2. Назначить ответственным за реализацию Концепции методиста районного методического кабинета.",
                  "3. Рабочей группе ежеквартально представлять информацию о ходе реализации Плана.")),
          new Paper("1.3", EvidenceKind.MINUTES,
              "Протокол совещания руководителей общеобразовательных организаций № 2",
              LocalDate.of(2019, 10, 17), "Протокол совещания 17.10.2019.pdf", "department",
              List.of(
                  "ПРОТОКОЛ № 2 совещания руководителей общеобразовательных организаций от 17.10.2019",
                  "Повестка: о ходе создания школьных информационно-библиотечных центров на базовых площадках.",
                  "Слушали: методиста районного методического кабинета о результатах мониторинга школьных"
                      + " библиотек и апробации модели ШИБЦ в трёх школах.",
                  "Решили: руководителям школ второй очереди до 01.02.2020 подготовить планы перехода библиотек"
                      + " к модели ШИБЦ; районному методическому кабинету провести два вебинара для"
                      + " педагогов-библиотекарей.")),
          new Paper("5.4", EvidenceKind.REFERENCE,
              "Справка о пополнении фондов школьных библиотек за 2021 год",
              LocalDate.of(2021, 12, 20), "Справка о пополнении фондов 2021.pdf", "department",
              List.of(
                  "СПРАВКА о пополнении фондов школьных библиотек электронными изданиями, художественной и"
                      + " учебной литературой в 2021 году",
                  "Фонды библиотек общеобразовательных организаций района пополнены учебниками по федеральному"
                      + " перечню в полном объёме; приобретено 1 240 экземпляров художественной литературы;"
                      + " девять школ подключены к электронной библиотеке.",
                  "Электронный каталог ведут 14 из 20 школьных библиотек.")));

  private record Remark(String item, String by, LocalDate on, String body) {}

  private static final List<Remark> REMARKS =
      List.of(
          new Remark("1.3", "department", LocalDate.of(2020, 12, 18),
              "В 2020 году проведено два совещания (март — очно, октябрь — по видеосвязи); протоколы в"
                  + " папке отдела образования."),
          new Remark("3.6", "methodologist", LocalDate.of(2021, 12, 10),
              "Из восьми школ третьей очереди модель ШИБЦ внедрили пять; в трёх сельских школах нет"
                  + " помещения под зону коллективной работы. Переносим на следующий план."),
          new Remark("5.2", "department", LocalDate.of(2021, 11, 30),
              "Единый электронный каталог подключён в 14 школах из 20; для остальных нужен договор с"
                  + " поставщиком АБИС, заявка подана на 2022 год."),
          new Remark("8.2", "arkhipov.sv", LocalDate.of(2022, 1, 20),
              "Предложения по изменению Концепции обсуждены на рабочей группе, проект в доработке."));

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private RoadmapSeed seed;
  @Inject private PastRecords past;
  @Inject private Accounts accounts;
  @Inject private Staff staff;

  /**
   * In a transaction of its own that reads nothing before the seed is loaded: the caller's
   * transaction (start-up may run in one) took its REPEATABLE READ snapshot before the seed was
   * committed and would not see it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void load(@Observes @Priority(400) DemoDataRequested request) {
    RoadmapSeedLoader.ensureLoaded(seed);
    Roadmap roadmap = seed.roadmap().orElseThrow();
    Long worked =
        em.createQuery(
                "select count(h) from ItemChange h, RoadmapItem i where h.itemId = i.id and i.roadmapId = :r", Long.class)
            .setParameter("r", roadmap.getId())
            .getSingleResult();
    if (worked > 0) {
      return;
    }
    List<RoadmapItem> items =
        em.createQuery("select i from RoadmapItem i where i.roadmapId = :r order by i.position", RoadmapItem.class)
            .setParameter("r", roadmap.getId())
            .getResultList();
    Map<String, Long> ids = new HashMap<>();
    int n = 0;
    for (RoadmapItem item : items) {
      ids.put(item.getNumber(), item.getId());
      String section = item.getNumber().substring(0, item.getNumber().indexOf('.'));
      String login = RESPONSIBLE_BY_SECTION.get(section);
      Person person = person(login);
      LocalDate start = item.getPeriodStart();
      if (person != null) {
        past.responsible(item.getId(), person.getId(), person.fullName(), "arkhipov.sv", at(LocalDate.of(2019, 2, 25)));
      }
      ItemStatus end = UNFINISHED.getOrDefault(item.getNumber(), ItemStatus.DONE);
      LocalDate begun = later(start, 2019, 2, 15).plusDays(n % 10);
      if (end != ItemStatus.PLANNED) {
        past.status(item.getId(), ItemStatus.IN_PROGRESS, login, at(begun));
      }
      if (end == ItemStatus.DONE) {
        LocalDate finished = item.getPeriodEnd().minusDays(10 + (n * 7L) % 40);
        past.status(item.getId(), ItemStatus.DONE, login, at(later(finished, begun.plusDays(1))));
      }
      n++;
    }
    for (Paper p : PAPERS) {
      byte[] pdf = pdf(p);
      StoredFile file = UploadedFiles.check(p.fileName(), pdf, UploadedFiles.DOCUMENTS, pdf.length + 1L);
      past.evidence(ids.get(p.item()), p.kind(), p.title(), p.date(), file, p.by(), at(p.date().plusDays(1)));
    }
    for (Remark r : REMARKS) {
      past.comment(ids.get(r.item()), r.body(), r.by(), at(r.on()));
    }
    LOG.info("Demo roadmap: statuses, responsible persons, " + PAPERS.size() + " documents, " + REMARKS.size() + " comments");
  }

  private Person person(String login) {
    return accounts.byUsername(login).map(Account::getPersonId).flatMap(id -> id == null ? java.util.Optional.empty() : staff.find(id))
        .orElse(null);
  }

  private static LocalDate later(LocalDate day, int year, int month, int dayOfMonth) {
    return later(day, LocalDate.of(year, month, dayOfMonth));
  }

  private static LocalDate later(LocalDate day, LocalDate floor) {
    return day.isBefore(floor) ? floor : day;
  }

  private static Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 30)).atZone(Clocks.DISTRICT_ZONE).toInstant();
  }

  private static byte[] pdf(Paper p) {
    PdfMetadata metadata =
        new PdfMetadata(p.title(), null, ISSUER, p.date().atStartOfDay(Clocks.DISTRICT_ZONE), p.fileName() + p.date());
    return ReproduciblePdf.write(
        new Document(PageSize.A4, 70, 50, 50, 50),
        metadata,
        (doc, writer) -> {
          Paragraph head = new Paragraph(ISSUER, PdfFont.SERIF_BOLD.size(12));
          head.setAlignment(Element.ALIGN_CENTER);
          head.setSpacingAfter(24);
          doc.add(head);
          boolean first = true;
          for (String line : p.body()) {
            Paragraph para = new Paragraph(line, first ? PdfFont.SERIF_BOLD.size(13) : PdfFont.SERIF.size(12));
            if (first) {
              para.setAlignment(Element.ALIGN_CENTER);
            }
            para.setSpacingAfter(10);
            doc.add(para);
            first = false;
          }
          Paragraph sign = new Paragraph("Начальник отдела образования                    С. В. Архипов", PdfFont.SERIF.size(12));
          sign.setSpacingBefore(30);
          doc.add(sign);
        });
  }
}
