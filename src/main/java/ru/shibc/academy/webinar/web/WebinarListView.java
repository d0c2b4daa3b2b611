package ru.shibc.academy.webinar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.Webinar;
import ru.shibc.academy.webinar.WebinarStatus;
import ru.shibc.academy.webinar.Webinars;

/**
 * "Вебинары": upcoming and past webinars of the caller's audience; for a methodologist also the
 * calendar of all webinars from three months back to six ahead.
 */
@Named("webinarList")
@RequestScoped
public class WebinarListView {

  @Inject private Webinars webinars;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private List<Webinar> upcoming;
  private List<Webinar> past;
  private ScheduleModel schedule;

  public List<Webinar> getUpcoming() {
    if (upcoming == null) {
      upcoming = currentUser.personId().map(p -> webinars.visibleTo(p, true, 100)).orElse(List.of());
    }
    return upcoming;
  }

  public List<Webinar> getPast() {
    if (past == null) {
      past = currentUser.personId().map(p -> webinars.visibleTo(p, false, 50)).orElse(List.of());
    }
    return past;
  }

  public boolean isManager() {
    return webinars.mayManage();
  }

  public ScheduleModel getSchedule() {
    if (schedule == null) {
      schedule = new DefaultScheduleModel();
      for (Webinar w : webinars.between(clock.instant().minus(Duration.ofDays(92)), clock.instant().plus(Duration.ofDays(184)))) {
        schedule.addEvent(DefaultScheduleEvent.builder()
            .id(Long.toString(w.id()))
            .title(w.title())
            .startDate(w.startsAt().atZone(Clocks.DISTRICT_ZONE).toLocalDateTime())
            .endDate(w.endsAt().atZone(Clocks.DISTRICT_ZONE).toLocalDateTime())
            .url("webinar.xhtml?id=" + w.id())
            .styleClass(w.status() == WebinarStatus.CANCELLED ? "webinar-cancelled" : "webinar-" + w.kind().name().toLowerCase())
            .build());
      }
    }
    return schedule;
  }

  public String when(Webinar w) {
    return WebinarTexts.when(w);
  }

  public String severity(Webinar w) {
    return WebinarTexts.severity(w);
  }
}
