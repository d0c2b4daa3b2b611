package ru.shibc.academy.roadmap.report;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.roadmap.indicator.Period;
import ru.shibc.academy.roadmap.indicator.RoadmapRows;

/**
 * At the start of each quarter, the report of the quarter just ended for every roadmap whose
 * period has a day of it. The timer fires on every node; {@link MonitoringReports#generateScheduled}
 * stores version 1 or nothing, so the district gets one report whatever the number of nodes.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class QuarterlyReportJob {

  private static final Logger LOG = Logger.getLogger(QuarterlyReportJob.class.getName());

  @Inject private MonitoringReports reports;
  @Inject private RoadmapRows roadmaps;
  @Inject private Clock clock;

  @Schedule(month = "1,4,7,10", dayOfMonth = "1", hour = "0", minute = "30", timezone = "Asia/Yekaterinburg",
      persistent = false, info = "quarterly-monitoring-report")
  void quarterBegan() {
    int made = runFor(Clocks.day(clock.instant()));
    LOG.info(() -> "Quarterly monitoring reports made: " + made);
  }

  /**
   * Makes the reports of the quarter before {@code today}'s; answers how many this call stored.
   * READ lock: two calls may run at once, as they do on two nodes; the database, not this bean's
   * lock, keeps the report single.
   */
  @Lock(LockType.READ)
  public int runFor(LocalDate today) {
    Period quarter = Period.quarterBefore(today);
    int year = quarter.from().getYear();
    int q = Period.quarterOf(quarter.from());
    int made = 0;
    for (RoadmapRows.Roadmap roadmap : roadmaps.overlapping(quarter)) {
      try {
        if (reports.generateScheduled(roadmap.id(), year, q)) {
          made++;
        }
      } catch (RuntimeException e) {
        // one roadmap's failure must not keep the others' reports from being made
        LOG.log(Level.SEVERE, "Quarterly report of roadmap " + roadmap.id() + " failed", e);
      }
    }
    return made;
  }
}
