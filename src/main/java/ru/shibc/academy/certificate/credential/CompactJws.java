package ru.shibc.academy.certificate.credential;

import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.BAD_SIGNATURE;
import static ru.shibc.academy.certificate.credential.CredentialVerificationException.Reason.MALFORMED;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;

/**
 * The JWS Compact Serialization (RFC 7515 §7.1) with EdDSA over Ed25519 (RFC 8037 §3.1), and
 * nothing else: a small fixed profile is easier to get right than a general JOSE library.
 */
final class CompactJws {

  static final String ALGORITHM = "EdDSA";
  private static final int SIGNATURE_LENGTH = 64;

  /**
   * RFC 7515 §5.2 lets a parser either reject duplicate member names or take the last; rejecting
   * them means a header like {@code {"alg":"EdDSA","alg":"none"}} cannot mean two things.
   */
  private static final JsonReaderFactory STRICT_READER =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

  private final JsonObject header;
  private final byte[] payload;

  /** The ASCII bytes {@code BASE64URL(header) "." BASE64URL(payload)} the signature covers. */
  private final byte[] signingInput;

  private final byte[] signature;

  private CompactJws(JsonObject header, byte[] payload, byte[] signingInput, byte[] signature) {
    this.header = header;
    this.payload = payload;
    this.signingInput = signingInput;
    this.signature = signature;
  }

  /** Signs a payload; the header must already name EdDSA. */
  static String sign(JsonObject header, byte[] payload, PrivateKey key) {
    String signingInput =
        Base64Url.encode(utf8(header.toString())) + '.' + Base64Url.encode(payload);
    try {
      Signature signer = Signature.getInstance(Ed25519Jwk.CRV);
      signer.initSign(key);
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + '.' + Base64Url.encode(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
    }
  }

  /**
   * Splits and decodes a token without checking anything but its form.
   *
   * @throws CredentialVerificationException with {@code MALFORMED}
   */
  static CompactJws parse(String token) {
    if (token == null || token.isBlank()) {
      throw new CredentialVerificationException(MALFORMED, "the token is empty");
    }
    String[] parts = token.strip().split("\\.", -1);
    if (parts.length != 3) {
      throw new CredentialVerificationException(
          MALFORMED, "a compact JWS has three dot-separated parts, this token has " + parts.length);
    }
    byte[] headerBytes = decodePart(parts[0], "header");
    byte[] payload = decodePart(parts[1], "payload");
    byte[] signature = decodePart(parts[2], "signature");
    byte[] signingInput = (parts[0] + '.' + parts[1]).getBytes(StandardCharsets.US_ASCII);
    return new CompactJws(readObject(headerBytes, "header"), payload, signingInput, signature);
  }

  /**
   * @throws CredentialVerificationException with {@code BAD_SIGNATURE} unless the signature was
   *     made by the private half of {@code key}
   */
  void verifySignature(PublicKey key) {
    boolean valid;
    try {
      Signature verifier = Signature.getInstance(Ed25519Jwk.CRV);
      verifier.initVerify(key);
      verifier.update(signingInput);
      valid = signature.length == SIGNATURE_LENGTH && verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      valid = false;
    }
    if (!valid) {
      throw new CredentialVerificationException(
          BAD_SIGNATURE,
          "the signature does not match: the credential was altered or signed with another key");
    }
  }

  /** The decoded JOSE header. */
  JsonObject header() {
    return header;
  }

  /** The payload as a JSON object. */
  JsonObject payloadObject() {
    return readObject(payload, "payload");
  }

  static JsonObject readObject(byte[] json, String part) {
    try (JsonReader reader =
        STRICT_READER.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new CredentialVerificationException(
          MALFORMED, "the " + part + " is not a JSON object: " + e.getMessage(), e);
    }
  }

  private static byte[] decodePart(String part, String name) {
    try {
      return Base64Url.decode(part);
    } catch (IllegalArgumentException e) {
      throw new CredentialVerificationException(
          MALFORMED, "the " + name + " is not base64url: " + e.getMessage(), e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
