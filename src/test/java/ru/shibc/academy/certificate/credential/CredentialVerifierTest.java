package ru.shibc.academy.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.BAD_SIGNATURE;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.CLAIMS_MISMATCH;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.EXPIRED;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.MALFORMED;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.NOT_YET_VALID;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.UNKNOWN_KEY;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.UNSUPPORTED_ALGORITHM;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason;

class CredentialVerifierTest {

  private static final URI ISSUER = SampleCertificate.ISSUER_ID;
  private static final Clock A_YEAR_LATER =
      Clock.fixed(Instant.parse("2026-05-20T00:00:00Z"), ZoneOffset.UTC);

  private final IssuerKey key = IssuerKey.generate();
  private final JsonObject credential = OpenBadgeCredentials.build(SampleCertificate.data());
  private final String token = key.signer(ISSUER).sign(credential);

  /** What a verifier elsewhere has: the JWK text downloaded from the key URL, nothing else. */
  private CredentialVerifier offlineVerifier() {
    String publishedJwk = key.publicJwk(ISSUER).toString();
    return new CredentialVerifier(
        Json.createReader(new StringReader(publishedJwk)).readObject(), A_YEAR_LATER);
  }

  @Test
  void verifiesOfflineWithOnlyThePublishedJwk() {
    assertEquals(credential, offlineVerifier().verify(token));
  }

  @Test
  void writesTheHeaderOpenBadgesAsksFor() {
    JsonObject header = part(token, 0);
    assertEquals(
        Json.createObjectBuilder()
            .add("alg", "EdDSA")
            .add("typ", "JWT")
            .add("kid", key.keyUrl(ISSUER).toString())
            .build(),
        header);
  }

  @Test
  void putsTheJwtClaimsBesideTheCredential() {
    JsonObject payload = part(token, 1);
    assertEquals(ISSUER.toString(), payload.getString("iss"));
    assertEquals(credential.getString("id"), payload.getString("jti"));
    assertEquals(
        credential.getJsonObject("credentialSubject").getString("id"), payload.getString("sub"));
    assertEquals(
        SampleCertificate.ISSUED_AT.getEpochSecond(), payload.getJsonNumber("nbf").longValue());
    assertFalse(payload.containsKey("exp"));
    assertFalse(payload.containsKey("vc"), "VC 2.0: the payload is the credential");
    assertEquals(
        credential.getJsonObject("credentialSubject"), payload.getJsonObject("credentialSubject"));
  }

  @Test
  void refusesAnAlteredPayload() {
    String[] parts = token.split("\\.");
    String altered =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("Ёлкина Мария Петровна", "Иванова Мария Петровна");
    String forged = parts[0] + '.' + encode(altered) + '.' + parts[2];
    assertRefused(BAD_SIGNATURE, forged);
  }

  @Test
  void refusesAnAlteredSignature() {
    String[] parts = token.split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[10] ^= 1;
    String forged = parts[0] + '.' + parts[1] + '.' + encode(signature);
    assertRefused(BAD_SIGNATURE, forged);
  }

  @Test
  void refusesATokenSignedWithAnotherKeyEvenUnderOurKid() {
    IssuerKey impostor = IssuerKey.generate();
    String forged =
        new CredentialSigner(impostor.privateKey(), key.keyUrl(ISSUER)).sign(credential);
    assertRefused(BAD_SIGNATURE, forged);
  }

  @Test
  void refusesATokenThatNamesAnotherKey() {
    IssuerKey other = IssuerKey.generate();
    assertRefused(UNKNOWN_KEY, other.signer(ISSUER).sign(credential));
  }

  @Test
  void refusesAlgNone() {
    String unsecured =
        encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + '.' + token.split("\\.")[1] + '.';
    CredentialVerificationException e = assertRefused(UNSUPPORTED_ALGORITHM, unsecured);
    assertTrue(e.getMessage().contains("\"none\""), e.getMessage());
  }

  @Test
  void refusesHmacKeyedWithThePublicKey() throws Exception {
    // The classic confusion: a verifier that let the header choose would check an HMAC keyed with
    // the public key, which anyone can compute.
    String signingInput =
        encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + '.' + token.split("\\.")[1];
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Ed25519Jwk.encode(key.publicKey()), "HmacSHA256"));
    String forged =
        signingInput + '.' + encode(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    assertRefused(UNSUPPORTED_ALGORITHM, forged);
  }

  @Test
  void refusesAHeaderThatSaysTwoThings() {
    String[] parts = token.split("\\.");
    String twoAlgs =
        encode("{\"alg\":\"EdDSA\",\"alg\":\"none\",\"typ\":\"JWT\"}")
            + '.'
            + parts[1]
            + '.'
            + parts[2];
    assertRefused(MALFORMED, twoAlgs);
  }

  @Test
  void refusesCriticalExtensions() {
    String header = "{\"alg\":\"EdDSA\",\"crit\":[\"b64\"],\"b64\":false}";
    String signed =
        CompactJws.sign(read(header), bytes(part(token, 1).toString()), key.privateKey());
    assertRefused(MALFORMED, signed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a token",
        "a.b",
        "a.b.c.d",
        "e30.e30.!!!",
        "eyJhbGciOiJFZERTQSJ9=.e30.AA",
        "bm90IGpzb24.e30.AA",
        "WzFd.e30.AA"
      })
  void refusesMalformedTokens(String malformed) {
    assertRefused(MALFORMED, malformed);
  }

  @Test
  void refusesAPayloadThatIsNotJsonEvenIfSigned() {
    String signed =
        CompactJws.sign(read("{\"alg\":\"EdDSA\"}"), bytes("not json"), key.privateKey());
    assertRefused(MALFORMED, signed);
  }

  @Test
  void refusesClaimsThatContradictTheCredential() {
    JsonObject payload =
        Json.createObjectBuilder(part(token, 1)).add("iss", "https://evil.example/issuer").build();
    assertRefused(CLAIMS_MISMATCH, signRaw(payload));

    JsonObject wrongNbf =
        Json.createObjectBuilder(part(token, 1)).add("nbf", 1_000_000_000L).build();
    assertRefused(CLAIMS_MISMATCH, signRaw(wrongNbf));

    JsonObject noSub = Json.createObjectBuilder(part(token, 1)).remove("sub").build();
    assertRefused(CLAIMS_MISMATCH, signRaw(noSub));
  }

  @Test
  void refusesACredentialNotYetValid() {
    Clock before = Clock.fixed(Instant.parse("2025-05-19T00:00:00Z"), ZoneOffset.UTC);
    CredentialVerifier verifier = new CredentialVerifier(key.publicJwk(ISSUER), before);
    CredentialVerificationException e =
        assertThrows(CredentialVerificationException.class, () -> verifier.verify(token));
    assertEquals(NOT_YET_VALID, e.reason());
  }

  @Test
  void refusesAnExpiredCredential() {
    JsonObject expiring =
        Json.createObjectBuilder(credential).add("validUntil", "2026-01-01T00:00:00+03:00").build();
    String signed = key.signer(ISSUER).sign(expiring);
    assertEquals(
        Instant.parse("2025-12-31T21:00:00Z").getEpochSecond(),
        part(signed, 1).getJsonNumber("exp").longValue());
    assertRefused(EXPIRED, signed);
  }

  @Test
  void acceptsTheVcClaimOfTheDataModelOneOne() {
    JsonObject payload =
        Json.createObjectBuilder()
            .add("iss", ISSUER.toString())
            .add("jti", credential.getString("id"))
            .add("sub", credential.getJsonObject("credentialSubject").getString("id"))
            .add("nbf", SampleCertificate.ISSUED_AT.getEpochSecond())
            .add("vc", credential)
            .build();
    assertEquals(credential, offlineVerifier().verify(signRaw(payload)));
  }

  @Test
  void refusesToTrustAPrivateJwk() {
    JsonObject withD = Json.createObjectBuilder(key.publicJwk(ISSUER)).add("d", "AAAA").build();
    assertThrows(IllegalArgumentException.class, () -> new CredentialVerifier(withD));
  }

  @Test
  void refusesToSignWithoutTheIdsTheClaimsNeed() {
    JsonObject anonymous =
        Json.createObjectBuilder(credential)
            .add(
                "credentialSubject",
                Json.createObjectBuilder(credential.getJsonObject("credentialSubject"))
                    .remove("id"))
            .build();
    assertThrows(IllegalArgumentException.class, () -> key.signer(ISSUER).sign(anonymous));
  }

  private String signRaw(JsonObject payload) {
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", "EdDSA")
            .add("typ", "JWT")
            .add("kid", key.keyUrl(ISSUER).toString())
            .build();
    return CompactJws.sign(header, bytes(payload.toString()), key.privateKey());
  }

  private CredentialVerificationException assertRefused(Reason reason, String token) {
    CredentialVerifier verifier = offlineVerifier();
    CredentialVerificationException e =
        assertThrows(CredentialVerificationException.class, () -> verifier.verify(token));
    assertEquals(reason, e.reason(), e.getMessage());
    return e;
  }

  private static JsonObject part(String token, int index) {
    return read(
        new String(
            Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return encode(bytes(text));
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
