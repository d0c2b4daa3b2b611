package ru.shibc.academy.roadmap.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import ru.shibc.academy.certificate.CertificateStatistics;
import ru.shibc.academy.certificate.CertificateStatistics.Compliance;
import ru.shibc.academy.platform.concurrent.Concurrently;

/**
 * The district's three-year states per organisation, the dashboard's heaviest aggregate (every
 * person's latest training), counted in two halves of the people by id at the same time: the upper
 * half starts on the executor at once, the caller counts the lower half when it asks for the
 * result, so that it can read its other figures first. Counts of the halves add up per organisation.
 */
@ApplicationScoped
class DistrictCompliance {

  @Inject private CertificateStatistics certificates;
  @Inject private Concurrently concurrently;

  /** A count under way: the upper half runs. */
  final class Counting {
    private final LocalDate today;
    private final long from;
    private final long middle;
    private final Future<List<Compliance>> upper;

    private Counting(LocalDate today, long from, long middle, Future<List<Compliance>> upper) {
      this.today = today;
      this.from = from;
      this.middle = middle;
      this.upper = upper;
    }

    /** Counts the lower half here, waits for the upper one and adds them up, per organisation. */
    Map<Long, Compliance> byOrganisation() {
      Map<Long, Compliance> out = new HashMap<>();
      if (upper == null) {
        return out;
      }
      certificates.complianceOfPeople(today, from, middle).forEach(c -> out.merge(c.organisationId(), c, DistrictCompliance::plus));
      Concurrently.result(upper).forEach(c -> out.merge(c.organisationId(), c, DistrictCompliance::plus));
      return out;
    }
  }

  Counting start(LocalDate today) {
    return certificates.personIds()
        .map(ids -> {
          long middle = ids[0] + (ids[1] - ids[0]) / 2 + 1;
          return new Counting(today, ids[0], middle,
              concurrently.start(() -> certificates.complianceOfPeople(today, middle, ids[1] + 1)));
        })
        .orElseGet(() -> new Counting(today, 0, 0, null));
  }

  private static Compliance plus(Compliance a, Compliance b) {
    return new Compliance(a.organisationId(), a.staff() + b.staff(), a.current() + b.current(), a.dueSoon() + b.dueSoon(),
        a.overdue() + b.overdue(), a.never() + b.never());
  }
}
