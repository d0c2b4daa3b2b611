package ru.shibc.academy.certificate.credential;

import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.CLAIMS_MISMATCH;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.EXPIRED;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.MALFORMED;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.NOT_YET_VALID;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.UNKNOWN_KEY;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.UNSUPPORTED_ALGORITHM;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a VC-JWT credential offline against one trusted public key, following Open Badges 3.0
 * §8.2.6: signature first, then the JWT claims against the credential, then the validity period.
 *
 * <p>The key is given by the caller and never taken from the token: a {@code jwk} in the header is
 * ignored, and a {@code kid} that names a different key than the trusted JWK's own {@code kid} is
 * refused before any cryptography. Only {@code EdDSA} is accepted, so {@code none} and the HMAC
 * algorithms that confuse public keys with shared secrets cannot be slipped in.
 *
 * <p>Revocation is not the token's business; the verification page answers it.
 */
public final class CredentialVerifier {

  private final PublicKey publicKey;
  private final String trustedKeyId;
  private final Clock clock;

  /**
   * @param publicJwk the issuer's published public JWK (kty OKP, crv Ed25519); its {@code kid}, if
   *     any, must then match the token's
   * @throws IllegalArgumentException if the JWK is not a public Ed25519 key
   */
  public CredentialVerifier(JsonObject publicJwk) {
    this(publicJwk, Clock.systemUTC());
  }

  /** As {@link #CredentialVerifier(JsonObject)}, with the clock that decides validity. */
  public CredentialVerifier(JsonObject publicJwk, Clock clock) {
    this.publicKey = Ed25519Jwk.fromJwk(Objects.requireNonNull(publicJwk, "publicJwk"));
    this.trustedKeyId = JwtClaims.string(publicJwk, "kid");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Verifies a compact JWS credential.
   *
   * @return the credential, without the JWT claims the signer added
   * @throws CredentialVerificationException naming the reason if the token is malformed, uses
   *     another algorithm or key, has a bad signature, its claims contradict the credential, or the
   *     credential is not valid now
   */
  public JsonObject verify(String compactJws) {
    CompactJws jws = CompactJws.parse(compactJws);
    checkHeader(jws.header());
    jws.verifySignature(publicKey);
    JsonObject payload = jws.payloadObject();
    JsonObject credential = credentialIn(payload);
    checkClaims(payload, credential);
    checkValidity(payload, credential);
    return credential;
  }

  private void checkHeader(JsonObject header) {
    String alg = JwtClaims.string(header, "alg");
    if (!CompactJws.ALGORITHM.equals(alg)) {
      throw new CredentialVerificationException(
          UNSUPPORTED_ALGORITHM,
          "the token's algorithm is "
              + (alg == null ? "missing" : '"' + alg + '"')
              + "; only EdDSA is accepted");
    }
    if (header.containsKey("crit")) {
      // RFC 7515 §4.1.11: extensions we do not understand must not be ignored.
      throw new CredentialVerificationException(
          MALFORMED, "the token has critical header extensions, which are not supported");
    }
    String typ = JwtClaims.string(header, "typ");
    if (header.containsKey("typ") && !"JWT".equalsIgnoreCase(typ)) {
      throw new CredentialVerificationException(
          MALFORMED, "the token's typ is " + header.get("typ") + ", not JWT");
    }
    String kid = JwtClaims.string(header, "kid");
    if (trustedKeyId != null && kid != null && !trustedKeyId.equals(kid)) {
      throw new CredentialVerificationException(
          UNKNOWN_KEY, "the token was signed with key " + kid + ", not " + trustedKeyId);
    }
  }

  /**
   * The credential is the payload itself (VC Data Model 2.0) or, in tokens that follow the 1.1
   * model, the {@code vc} claim; OB 3.0 §8.2.6 asks verifiers to accept both.
   */
  private static JsonObject credentialIn(JsonObject payload) {
    JsonValue vc = payload.get("vc");
    if (vc instanceof JsonObject wrapped) {
      return wrapped;
    }
    JsonObjectBuilder credential = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> member : payload.entrySet()) {
      if (!JwtClaims.REGISTERED.contains(member.getKey())) {
        credential.add(member.getKey(), member.getValue());
      }
    }
    return credential.build();
  }

  private static void checkClaims(JsonObject payload, JsonObject credential) {
    requireEqual(payload, "iss", JwtClaims.issuerId(credential), "issuer.id");
    requireEqual(payload, "jti", JwtClaims.credentialId(credential), "id");
    requireEqual(payload, "sub", JwtClaims.subjectId(credential), "credentialSubject.id");
    Instant validFrom = JwtClaims.validFrom(credential);
    Long nbf = seconds(payload, "nbf");
    if (nbf == null || validFrom == null || nbf != validFrom.getEpochSecond()) {
      throw new CredentialVerificationException(
          CLAIMS_MISMATCH, "the token's nbf does not equal the credential's validFrom");
    }
    Long exp = seconds(payload, "exp");
    Instant validUntil = JwtClaims.validUntil(credential);
    boolean expMatches =
        exp == null ? validUntil == null : validUntil == null || exp == validUntil.getEpochSecond();
    if (!expMatches) {
      throw new CredentialVerificationException(
          CLAIMS_MISMATCH, "the token's exp does not match the credential's validUntil");
    }
  }

  /** An {@code exp} without {@code validUntil} still ends the validity (OB 3.0 §8.2.6.1). */
  private void checkValidity(JsonObject payload, JsonObject credential) {
    Instant now = clock.instant();
    Instant validFrom = JwtClaims.validFrom(credential);
    if (validFrom.isAfter(now)) {
      throw new CredentialVerificationException(
          NOT_YET_VALID, "the credential is valid only from " + validFrom);
    }
    Instant validUntil = JwtClaims.validUntil(credential);
    Long exp = seconds(payload, "exp");
    Instant end = validUntil != null ? validUntil : exp != null ? Instant.ofEpochSecond(exp) : null;
    if (end != null && !end.isAfter(now)) {
      throw new CredentialVerificationException(EXPIRED, "the credential expired at " + end);
    }
  }

  private static void requireEqual(
      JsonObject payload, String claim, String expected, String property) {
    String actual = JwtClaims.string(payload, claim);
    if (actual == null || !actual.equals(expected)) {
      throw new CredentialVerificationException(
          CLAIMS_MISMATCH, "the token's " + claim + " does not match the credential's " + property);
    }
  }

  private static Long seconds(JsonObject payload, String claim) {
    JsonValue value = payload.get(claim);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    return null;
  }
}
