package ru.shibc.academy.certificate.credential;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The JWT claims Open Badges 3.0 (§8.2.4) derives from the credential: {@code iss} from {@code
 * issuer.id}, {@code jti} from {@code id}, {@code sub} from {@code credentialSubject.id}, {@code
 * nbf} from {@code validFrom} and {@code exp} from {@code validUntil}. Signer and verifier read the
 * credential through this one class so that they cannot disagree about where a value comes from.
 */
final class JwtClaims {

  /** The registered claim names (RFC 7519 §4.1); none of them is a credential property. */
  static final Set<String> REGISTERED = Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

  private JwtClaims() {}

  /** {@code issuer.id}, the issuer being either a Profile object or just its URI. */
  static String issuerId(JsonObject credential) {
    JsonValue issuer = credential.get("issuer");
    if (issuer instanceof JsonString uri) {
      return uri.getString();
    }
    return issuer instanceof JsonObject profile ? string(profile, "id") : null;
  }

  static String credentialId(JsonObject credential) {
    return string(credential, "id");
  }

  /** {@code credentialSubject.id}, or null if the subject is identified only by identifiers. */
  static String subjectId(JsonObject credential) {
    JsonValue subject = credential.get("credentialSubject");
    return subject instanceof JsonObject object ? string(object, "id") : null;
  }

  /** {@code validFrom}, or {@code issuanceDate} in a VC Data Model 1.1 credential. */
  static Instant validFrom(JsonObject credential) {
    String text = string(credential, "validFrom");
    return instant(text != null ? text : string(credential, "issuanceDate"));
  }

  /** {@code validUntil}, or {@code expirationDate} in a VC Data Model 1.1 credential. */
  static Instant validUntil(JsonObject credential) {
    String text = string(credential, "validUntil");
    return instant(text != null ? text : string(credential, "expirationDate"));
  }

  static String string(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString text ? text.getString() : null;
  }

  /** A DateTimeZ: ISO 8601 with {@code Z} or an offset; null if absent or unreadable. */
  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
