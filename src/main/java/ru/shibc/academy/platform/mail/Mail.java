package ru.shibc.academy.platform.mail;

/**
 * A message to send once. The dedupe key names the occasion (e.g. {@code cycle-reminder:17:2027-03-01}):
 * enqueuing the same key again does nothing, so a job may run twice, or on two nodes, safely.
 */
public record Mail(
    String dedupeKey, String recipient, String subject, String body, String attachmentName,
    String attachmentType, byte[] attachment) {

  public static Mail text(String dedupeKey, String recipient, String subject, String body) {
    return new Mail(dedupeKey, recipient, subject, body, null, null, null);
  }
}
