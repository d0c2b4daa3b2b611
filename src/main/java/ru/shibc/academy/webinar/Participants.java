package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.shibc.academy.platform.api.AcademyException;

/** Names and addresses of people, read in one query per list. */
@ApplicationScoped
public class Participants {

  static final String COLUMNS =
      "p.id, CONCAT_WS(' ', p.surname, p.name, p.patronymic), p.email, p.organisation_id, o.short_name";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  public Optional<Participant> find(long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT " + COLUMNS + " FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?")
            .setParameter(1, personId)
            .getResultList();
    return rows.stream().findFirst().map(Participants::of);
  }

  public Participant get(long personId) {
    return find(personId).orElseThrow(() -> AcademyException.notFound("person"));
  }

  static Participant of(Object[] r) {
    return new Participant(Rows.lng(r[0]), (String) r[1], (String) r[2], Rows.lng(r[3]), (String) r[4]);
  }
}
