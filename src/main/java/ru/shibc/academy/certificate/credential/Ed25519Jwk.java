package ru.shibc.academy.certificate.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/**
 * Ed25519 public keys as JSON Web Keys of type OKP (RFC 8037 §2), and their RFC 7638 thumbprints.
 *
 * <p>The JDK gives an Ed25519 public key as a point (the y coordinate and whether x is odd), while
 * JOSE carries the 32-byte RFC 8032 encoding: y little-endian with the parity of x in the top bit
 * of the last byte. This class converts between the two.
 */
public final class Ed25519Jwk {

  static final String KTY = "OKP";
  static final String CRV = "Ed25519";
  private static final int KEY_LENGTH = 32;

  /** 2^255 - 19; an encoded y at or above it is not a field element (RFC 8032 §5.1.3). */
  private static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

  private Ed25519Jwk() {}

  /** The public JWK {@code {"kty":"OKP","crv":"Ed25519","x":...}} for a key. */
  public static JsonObject toJwk(PublicKey key) {
    return Json.createObjectBuilder()
        .add("kty", KTY)
        .add("crv", CRV)
        .add("x", Base64Url.encode(encode(key)))
        .build();
  }

  /**
   * Reads a public Ed25519 JWK. Members other than {@code kty}, {@code crv} and {@code x} (such as
   * {@code kid}, {@code alg}, {@code use}) are ignored here.
   *
   * @throws IllegalArgumentException if the JWK is not an Ed25519 OKP key, its {@code x} is not 32
   *     bytes of base64url, or it carries the private part {@code d}, which must never be published
   */
  public static PublicKey fromJwk(JsonObject jwk) {
    if (jwk.containsKey("d")) {
      throw new IllegalArgumentException(
          "the JWK contains a private key (\"d\"); use the public part");
    }
    if (!KTY.equals(string(jwk, "kty")) || !CRV.equals(string(jwk, "crv"))) {
      throw new IllegalArgumentException("the JWK is not an Ed25519 key (kty OKP, crv Ed25519)");
    }
    String x = string(jwk, "x");
    if (x == null) {
      throw new IllegalArgumentException("the JWK has no \"x\"");
    }
    return decode(Base64Url.decode(x));
  }

  /** The 32-byte RFC 8032 encoding of a public key: the JWK's {@code x}. */
  public static byte[] encode(PublicKey key) {
    if (!(key instanceof EdECPublicKey edKey) || !isEd25519(edKey)) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
    }
    EdECPoint point = edKey.getPoint();
    byte[] bigEndian = point.getY().toByteArray();
    byte[] encoded = new byte[KEY_LENGTH];
    // toByteArray() may add a leading sign byte or omit leading zeros; copy from the low end.
    for (int i = 0; i < KEY_LENGTH && i < bigEndian.length; i++) {
      encoded[i] = bigEndian[bigEndian.length - 1 - i];
    }
    if (point.isXOdd()) {
      encoded[KEY_LENGTH - 1] |= (byte) 0x80;
    }
    return encoded;
  }

  /**
   * The public key for a 32-byte RFC 8032 encoding.
   *
   * @throws IllegalArgumentException if the bytes are not 32 or y is not below 2^255 - 19
   */
  public static PublicKey decode(byte[] encoded) {
    if (encoded.length != KEY_LENGTH) {
      throw new IllegalArgumentException(
          "an Ed25519 public key is 32 bytes, not " + encoded.length);
    }
    boolean xOdd = (encoded[KEY_LENGTH - 1] & 0x80) != 0;
    byte[] bigEndian = new byte[KEY_LENGTH];
    for (int i = 0; i < KEY_LENGTH; i++) {
      bigEndian[i] = encoded[KEY_LENGTH - 1 - i];
    }
    bigEndian[0] &= 0x7f;
    BigInteger y = new BigInteger(1, bigEndian);
    if (y.compareTo(P) >= 0) {
      throw new IllegalArgumentException("not a valid Ed25519 public key");
    }
    try {
      return KeyFactory.getInstance(CRV)
          .generatePublic(
              new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, y)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a valid Ed25519 public key", e);
    }
  }

  /**
   * The RFC 7638 thumbprint: base64url of SHA-256 over the required members in lexicographic order
   * with no whitespace. Written out by hand because the hash depends on the exact bytes, which a
   * JSON generator does not promise.
   */
  public static String thumbprint(PublicKey key) {
    String canonical =
        "{\"crv\":\""
            + CRV
            + "\",\"kty\":\""
            + KTY
            + "\",\"x\":\""
            + Base64Url.encode(encode(key))
            + "\"}";
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64Url.encode(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  static boolean isEd25519(EdECPublicKey key) {
    return CRV.equalsIgnoreCase(key.getParams().getName());
  }

  private static String string(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString text ? text.getString() : null;
  }
}
