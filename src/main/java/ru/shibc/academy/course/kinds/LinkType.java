package ru.shibc.academy.course.kinds;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.shibc.academy.course.ActivityDraft;
import ru.shibc.academy.course.ActivityType;
import ru.shibc.academy.course.RichText;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * A link to an outside resource or a video; videos of RuTube and YouTube are embedded where the
 * provider allows it. Opening it completes it.
 */
@ApplicationScoped
public class LinkType implements ActivityType {

  public static final String CODE = "LINK";

  private static final Pattern YOUTUBE =
      Pattern.compile("^https://(?:www\\.|m\\.)?(?:youtube\\.com/watch\\?(?:.*&)?v=|youtu\\.be/)([A-Za-z0-9_-]{11})");
  private static final Pattern RUTUBE = Pattern.compile("^https://rutube\\.ru/video/([0-9a-f]{32})/?");

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public ActivityDraft prepare(ActivityDraft draft) {
    String url = draft.url() == null ? "" : draft.url().strip();
    if (!isWebAddress(url)) {
      throw AcademyException.invalid("course.link.invalidUrl");
    }
    return new ActivityDraft(draft.title(), draft.required(), RichText.clean(draft.body()), url, null, null, null, null);
  }

  @Override
  public boolean completesOnView() {
    return true;
  }

  /** An http or https address with a host, and nothing that a browser would run. */
  static boolean isWebAddress(String url) {
    if (url.length() > 2000) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The player address of a video that can be embedded, if it is one. */
  public static Optional<String> embedUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher youtube = YOUTUBE.matcher(url);
    if (youtube.find()) {
      return Optional.of("https://www.youtube-nocookie.com/embed/" + youtube.group(1));
    }
    Matcher rutube = RUTUBE.matcher(url);
    if (rutube.find()) {
      return Optional.of("https://rutube.ru/play/embed/" + rutube.group(1));
    }
    return Optional.empty();
  }
}
