package ru.shibc.academy.certificate.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import ru.shibc.academy.certificate.Certificate;
import ru.shibc.academy.certificate.Certificates;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.demo.DemoDataRequested;

/**
 * The demo district's certificates from 2019 on, transferred from the paper register, so that the
 * register has history and the three-year cycle shows staff who are current, due soon, overdue
 * and never trained. Loaded after the courses, whose completions issue this year's certificates.
 */
@ApplicationScoped
public class DemoCertificates {

  private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());
  private static final String PAPER = "Перенесено из журнала выдачи удостоверений";

  private record Programme(String title, ProgrammeType type, int hours) {}

  private static final List<Programme> PROGRAMMES =
      List.of(
          new Programme("Современная школьная библиотека: нормативная база и организация работы",
              ProgrammeType.QUALIFICATION_UPGRADE, 36),
          new Programme("Формирование информационной грамотности обучающихся средствами школьной библиотеки",
              ProgrammeType.QUALIFICATION_UPGRADE, 72),
          new Programme("Продвижение чтения: современные практики и форматы работы с читателями",
              ProgrammeType.QUALIFICATION_UPGRADE, 24),
          new Programme("Электронные ресурсы и автоматизированные библиотечные системы в школе",
              ProgrammeType.QUALIFICATION_UPGRADE, 36),
          new Programme("Педагог-библиотекарь: профессиональная переподготовка", ProgrammeType.PROFESSIONAL_RETRAINING,
              260),
          new Programme("Школьный информационно-библиотечный центр: модель и этапы перехода",
              ProgrammeType.QUALIFICATION_UPGRADE, 16));

  /** For each person by position in the list: the dates of their past certificates. */
  private static final List<List<LocalDate>> HISTORIES =
      List.of(
          List.of(LocalDate.of(2020, 3, 27)),
          List.of(LocalDate.of(2024, 2, 16)),
          List.of(LocalDate.of(2025, 4, 25)),
          List.of(LocalDate.of(2019, 11, 29), LocalDate.of(2022, 12, 9)),
          List.of(),
          List.of(LocalDate.of(2021, 5, 28), LocalDate.of(2024, 4, 19)),
          List.of(LocalDate.of(2023, 10, 20)),
          List.of(LocalDate.of(2026, 3, 27)));

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Certificates certificates;
  @Inject private Staff staff;

  @Transactional
  void load(@Observes @Priority(300) DemoDataRequested request) {
    Long transferred =
        em.createQuery("select count(c) from Certificate c where c.reason = :r", Long.class)
            .setParameter("r", PAPER)
            .getSingleResult();
    if (transferred > 0) {
      return;
    }
    List<Person> people = staff.search(null, null, 0, 1000).people();
    int n = 0;
    Certificate last = null;
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      List<LocalDate> history = HISTORIES.get(i % HISTORIES.size());
      for (int k = 0; k < history.size(); k++) {
        Programme p = PROGRAMMES.get((i + k) % PROGRAMMES.size());
        LocalDate issued = history.get(k);
        LocalDate from = issued.minusWeeks(p.type() == ProgrammeType.PROFESSIONAL_RETRAINING ? 30 : 3);
        last = certificates.transferFromPaperRegister(person, p.title(), p.type(), p.hours(), from, issued, issued, PAPER);
        n++;
        if (n == 5) {
          certificates.revoke(last.getId(), "Выдано ошибочно: слушатель не прошёл итоговую аттестацию");
        } else if (n == 9) {
          certificates.reissue(last.getId(), "Утрата бланка: выдан дубликат по заявлению", Certificates.Blank.NONE);
        }
      }
    }
    LOG.info("Demo certificates: " + n + " transferred from the paper register");
  }
}
