package ru.shibc.academy.webinar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.Webinar;
import ru.shibc.academy.webinar.WebinarActivities;
import ru.shibc.academy.webinar.WebinarStatus;
import ru.shibc.academy.webinar.Webinars;

/**
 * A webinar on the learner's course page ({@code #{webinarActivity.of(id)}}): when it is, how
 * many minutes of attendance complete the activity, and the way to its page, where one registers,
 * joins and sees one's attendance.
 */
@Named("webinarActivity")
@RequestScoped
public class WebinarActivityView {

  /** What the course page shows of the linked webinar; times in the district's zone. */
  public record Info(long webinarId, String title, String when, int completionMinutes, boolean cancelled, boolean over) {
    public long getWebinarId() {
      return webinarId;
    }

    public String getTitle() {
      return title;
    }

    public String getWhen() {
      return when;
    }

    public int getCompletionMinutes() {
      return completionMinutes;
    }

    public boolean isCancelled() {
      return cancelled;
    }

    public boolean isOver() {
      return over;
    }
  }

  @Inject private WebinarActivities activities;
  @Inject private Webinars webinars;
  @Inject private Clock clock;

  /** The linked webinar, or null while the methodologist has not linked one. */
  public Info of(long activityId) {
    return activities
        .ofActivity(activityId)
        .map(
            link -> {
              Webinar w = webinars.get(link.webinarId());
              return new Info(
                  w.id(), w.title(), Clocks.dateTime(w.startsAt()), link.completionMinutes(),
                  w.status() == WebinarStatus.CANCELLED,
                  w.status() == WebinarStatus.ENDED || w.endsAt().isBefore(clock.instant()));
            })
        .orElse(null);
  }
}
