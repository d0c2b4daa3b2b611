package ru.shibc.academy.webinar;

import java.net.URI;
import java.util.List;

/**
 * A conferencing service behind one interface: an external link, or BigBlueButton. A provider
 * that cannot reach its service throws {@link ConferenceUnavailable}, which pages and the API
 * report without changing anything.
 */
public interface ConferenceProvider {

  /** A recording the service has published. */
  record PublishedRecording(String recordId, URI url, Integer minutes) {}

  ProviderKind kind();

  /** Where this person enters the room; a moderator gets the organiser's rights. */
  URI join(Webinar webinar, Participant person, boolean moderator);

  /** Ends the meeting for everyone (nothing to do for a link). */
  void end(Webinar webinar);

  /** Published recordings, if the service makes any. */
  List<PublishedRecording> recordings(Webinar webinar);
}
