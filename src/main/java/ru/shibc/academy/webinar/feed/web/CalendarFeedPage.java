package ru.shibc.academy.webinar.feed.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.webinar.feed.CalendarFeeds;

/**
 * The personal feed: the URL is shown once, right after it is made (only its hash is kept), so a
 * person who lost it makes a new one, which also stops the old one.
 */
@Named("calendarFeed")
@ViewScoped
public class CalendarFeedPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CalendarFeeds feeds;
  @Inject private CurrentUser currentUser;

  private String newUrl;
  private transient Optional<Instant> since;

  public boolean isAvailable() {
    return currentUser.personId().isPresent();
  }

  public void create() {
    Pages.attempt(() -> feeds.create(currentUser.personId().orElseThrow()))
        .ifPresent(
            created -> {
              newUrl = created.url();
              since = null;
              Pages.info("feed.page.created");
            });
  }

  public void revoke() {
    currentUser.personId().ifPresent(feeds::revoke);
    newUrl = null;
    since = null;
    Pages.info("feed.page.revoked");
  }

  public boolean isActive() {
    return since().isPresent();
  }

  public String getSince() {
    return since().map(Clocks::dateTime).orElse("");
  }

  /** The URL just made, in this view only; null afterwards. */
  public String getNewUrl() {
    return newUrl;
  }

  /** The same URL with webcal://, which calendar apps open as a subscription. */
  public String getWebcalUrl() {
    return newUrl == null ? null : newUrl.replaceFirst("^https?://", "webcal://");
  }

  private Optional<Instant> since() {
    if (since == null) {
      since = currentUser.personId().flatMap(feeds::liveSince);
    }
    return since;
  }
}
