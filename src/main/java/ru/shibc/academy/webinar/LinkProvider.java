package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;

/** An external room (any service): everyone gets the link the methodologist gave. */
@ApplicationScoped
public class LinkProvider implements ConferenceProvider {

  @Override
  public ProviderKind kind() {
    return ProviderKind.LINK;
  }

  @Override
  public URI join(Webinar webinar, Participant person, boolean moderator) {
    return URI.create(webinar.joinUrl());
  }

  @Override
  public void end(Webinar webinar) {
    // the external service's room is the organiser's to close
  }

  @Override
  public List<PublishedRecording> recordings(Webinar webinar) {
    return List.of();
  }
}
