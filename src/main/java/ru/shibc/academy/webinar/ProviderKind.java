package ru.shibc.academy.webinar;

/** How people get into the room: an external link (any service) or our BigBlueButton server. */
public enum ProviderKind {
  LINK,
  BIGBLUEBUTTON
}
