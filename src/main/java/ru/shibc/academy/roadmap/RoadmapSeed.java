package ru.shibc.academy.roadmap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.roadmap.seed.RoadmapSeedParser;
import ru.shibc.academy.roadmap.seed.SeedItem;
import ru.shibc.academy.roadmap.seed.SeedRoadmap;
import ru.shibc.academy.roadmap.seed.SeedSection;
import ru.shibc.academy.roadmap.seed.Timeframe;

/**
 * The district's 2019–2021 roadmap, stored from its seed text once. The roadmap row is inserted
 * first with its unique {@code seed_key}: a second node loading at the same moment waits on that
 * key and then fails on it, so its whole transaction (sections, items) rolls back and changes
 * nothing.
 */
@ApplicationScoped
public class RoadmapSeed {

  /** The key of the seed roadmap, also the name of its text under {@code roadmap/}. */
  public static final String KEY = "roadmap-2019-2021";

  private static final String RESOURCE = "/roadmap/roadmap-2019-2021.ru.txt";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The seed roadmap, once it has been loaded. */
  public Optional<Roadmap> roadmap() {
    return em.createQuery("select r from Roadmap r where r.seedKey = :k", Roadmap.class)
        .setParameter("k", KEY)
        .getResultStream()
        .findFirst();
  }

  /**
   * Loads the seed roadmap unless it is there; answers whether this call loaded it. A call that
   * loses a race with another node throws (the unique key) after rolling everything back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean load() {
    if (roadmap().isPresent()) {
      return false;
    }
    SeedRoadmap seed = RoadmapSeedParser.parse(text(), Timeframe.years(2019, 2021));
    Roadmap roadmap =
        new Roadmap(
            seed.title(), seed.approvedBy().isEmpty() ? null : seed.approvedBy(), java.time.LocalDate.of(2019, 1, 1),
            java.time.LocalDate.of(2021, 12, 31), null, KEY, clock.instant());
    em.persist(roadmap);
    em.flush(); // takes the unique seed_key now, before anything else is written
    int position = 0;
    for (SeedSection s : seed.sections()) {
      RoadmapSection section = new RoadmapSection(roadmap.getId(), s.number(), s.title());
      em.persist(section);
      em.flush();
      for (SeedItem i : s.items()) {
        ItemFields fields =
            new ItemFields(
                s.number(), i.number(), i.measure(), i.timeframe(), i.period().start(), i.period().end(),
                i.period().recurrence().map(r -> r.times()).orElse(null),
                i.period().recurrence().map(r -> r.per()).orElse(null), i.executors(), i.documentType(),
                i.expectedResult());
        em.persist(new RoadmapItem(roadmap.getId(), section.getId(), ++position, fields, clock.instant()));
      }
    }
    em.flush();
    audit.record("roadmap.seed", "roadmap", roadmap.getId(), null, KEY);
    return true;
  }

  static String text() {
    try (InputStream in = RoadmapSeed.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The seed roadmap " + RESOURCE + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
