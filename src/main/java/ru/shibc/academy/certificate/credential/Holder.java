package ru.shibc.academy.certificate.credential;

import java.net.URI;

/**
 * The person the certificate was issued to.
 *
 * @param id an opaque URI for the person, such as {@code urn:uuid:} and a random UUID kept with the
 *     person; it becomes {@code credentialSubject.id} and the JWT {@code sub}, which Open Badges
 *     3.0 requires, so it must reveal nothing by itself: never the СНИЛС, an e-mail address or a
 *     database key
 * @param fullName surname, given name and patronymic as printed on the certificate
 */
public record Holder(URI id, String fullName) {

  public Holder {
    Checks.requireAbsolute(id, "holder id");
    fullName = Checks.requireText(fullName, "holder name");
  }

  /**
   * Only the surname's initial: a record's toString ends up in logs and the name is personal data.
   */
  @Override
  public String toString() {
    return "Holder[id=" + id + ", fullName=" + fullName.charAt(0) + "***]";
  }
}
