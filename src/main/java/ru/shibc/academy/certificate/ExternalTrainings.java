package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.files.StoredFile;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.time.Clocks;

/** Qualification upgrades taken elsewhere, recorded by a methodologist with the document's scan. */
@ApplicationScoped
public class ExternalTrainings {

  /** What describes a training elsewhere, as the methodologist enters it. */
  public record Draft(
      long personId, String provider, String programmeTitle, int academicHours, LocalDate completedOn,
      String documentNumber, String reason) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Staff staff;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  @Transactional
  public ExternalTraining record(Draft d, StoredFile scan) {
    staff.get(d.personId());
    if (d.academicHours() < QualificationCycle.MIN_HOURS || d.academicHours() > 2000) {
      throw AcademyException.invalid("external.hours", QualificationCycle.MIN_HOURS);
    }
    LocalDate today = Clocks.day(clock.instant());
    if (d.completedOn().isAfter(today) || d.completedOn().isBefore(LocalDate.of(1990, 1, 1))) {
      throw AcademyException.invalid("external.date");
    }
    ExternalTraining t =
        new ExternalTraining(
            d.personId(), d.provider().strip(), d.programmeTitle().strip(), d.academicHours(), d.completedOn(),
            d.documentNumber() == null || d.documentNumber().isBlank() ? null : d.documentNumber().strip(),
            d.reason().strip(), scan, clock.instant(), currentUser.username());
    em.persist(t);
    em.flush();
    audit.record("external.record", "person", d.personId(), null, d);
    return t;
  }

  public List<ExternalTraining> ofPerson(long personId) {
    return em.createQuery(
            "select t from ExternalTraining t where t.personId = :p order by t.completedOn desc", ExternalTraining.class)
        .setParameter("p", personId)
        .getResultList();
  }

  public ExternalTraining get(long id) {
    ExternalTraining t = em.find(ExternalTraining.class, id);
    if (t == null) {
      throw AcademyException.notFound("externalTraining");
    }
    return t;
  }
}
