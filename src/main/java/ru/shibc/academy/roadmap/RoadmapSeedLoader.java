package ru.shibc.academy.roadmap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the seed roadmap at start-up, in every mode, once the schema is migrated. Several nodes
 * may start together: the seed's unique key lets one of them load it (see {@link RoadmapSeed}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoadmapSeedLoader {

  private static final Logger LOG = Logger.getLogger(RoadmapSeedLoader.class.getName());

  @Inject private RoadmapSeed seed;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    ensureLoaded(seed);
  }

  /** Loads the seed unless it is there or another node has just loaded it. */
  public static void ensureLoaded(RoadmapSeed seed) {
    try {
      if (seed.load()) {
        LOG.info("The seed roadmap " + RoadmapSeed.KEY + " has been loaded");
      }
    } catch (RuntimeException e) {
      if (seed.roadmap().isPresent()) {
        LOG.info("The seed roadmap " + RoadmapSeed.KEY + " was loaded by another node meanwhile");
      } else {
        LOG.log(Level.SEVERE, "The seed roadmap " + RoadmapSeed.KEY + " could not be loaded", e);
      }
    }
  }
}
