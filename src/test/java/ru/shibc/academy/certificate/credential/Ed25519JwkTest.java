package ru.shibc.academy.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Ed25519JwkTest {

  /** RFC 8037 Appendix A.2: the public JWK of the RFC 8032 TEST 1 key. */
  private static final String RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

  @Test
  void reproducesTheRfc8032SignatureAndVerifiesItWithTheDecodedPublicKey() throws Exception {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(Rfc8032.privateKey());
    signer.update(new byte[0]);
    byte[] signature = signer.sign();
    assertEquals(Rfc8032.SIGNATURE, HexFormat.of().formatHex(signature));

    PublicKey publicKey = Ed25519Jwk.decode(Rfc8032.publicKeyBytes());
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(publicKey);
    verifier.update(new byte[0]);
    assertTrue(verifier.verify(signature));
    assertArrayEquals(Rfc8032.publicKeyBytes(), Ed25519Jwk.encode(publicKey));
  }

  @Test
  void readsAndWritesTheRfc8037Jwk() {
    JsonObject jwk =
        Json.createObjectBuilder()
            .add("kty", "OKP")
            .add("crv", "Ed25519")
            .add("x", RFC8037_X)
            .build();
    PublicKey key = Ed25519Jwk.fromJwk(jwk);
    assertArrayEquals(Rfc8032.publicKeyBytes(), Ed25519Jwk.encode(key));
    assertEquals(jwk, Ed25519Jwk.toJwk(key));
  }

  @Test
  void computesTheRfc8037ThumbprintOfThatKey() {
    // RFC 8037 Appendix A.3
    assertEquals(
        "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k",
        Ed25519Jwk.thumbprint(Ed25519Jwk.decode(Rfc8032.publicKeyBytes())));
  }

  @Test
  void roundTripsGeneratedKeysOfBothParities() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    boolean sawOdd = false;
    boolean sawEven = false;
    for (int i = 0; i < 200; i++) {
      PublicKey key = generator.generateKeyPair().getPublic();
      byte[] x = Ed25519Jwk.encode(key);
      // The X.509 form of an Ed25519 key ends with the same 32 bytes: an independent check.
      byte[] x509 = key.getEncoded();
      assertArrayEquals(Arrays.copyOfRange(x509, x509.length - 32, x509.length), x);
      PublicKey decoded = Ed25519Jwk.fromJwk(Ed25519Jwk.toJwk(key));
      assertArrayEquals(x509, decoded.getEncoded());
      boolean odd = (x[31] & 0x80) != 0;
      sawOdd |= odd;
      sawEven |= !odd;
    }
    assertTrue(sawOdd && sawEven, "both values of the x-parity bit were exercised");
  }

  @Test
  void writesOnlyThePublicMembers() throws Exception {
    JsonObject jwk =
        Ed25519Jwk.toJwk(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
    assertEquals(Set.of("kty", "crv", "x"), jwk.keySet());
  }

  @Test
  void refusesAPrivateJwk() {
    JsonObject jwk =
        Json.createObjectBuilder()
            .add("kty", "OKP")
            .add("crv", "Ed25519")
            .add("x", RFC8037_X)
            .add("d", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A")
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ed25519Jwk.fromJwk(jwk));
    assertTrue(e.getMessage().contains("private"));
  }

  @Test
  void refusesOtherCurvesAndWrongLengths() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Ed25519Jwk.fromJwk(
                Json.createObjectBuilder()
                    .add("kty", "OKP")
                    .add("crv", "X25519")
                    .add("x", RFC8037_X)
                    .build()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Ed25519Jwk.fromJwk(
                Json.createObjectBuilder()
                    .add("kty", "EC")
                    .add("crv", "Ed25519")
                    .add("x", RFC8037_X)
                    .build()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Ed25519Jwk.fromJwk(
                Json.createObjectBuilder()
                    .add("kty", "OKP")
                    .add("crv", "Ed25519")
                    .add("x", RFC8037_X.substring(0, 40))
                    .build()));
    assertThrows(IllegalArgumentException.class, () -> Ed25519Jwk.decode(new byte[31]));
  }

  @Test
  void refusesAYThatIsNotAFieldElement() {
    byte[] tooBig = new byte[32];
    Arrays.fill(tooBig, (byte) 0xff);
    tooBig[31] = 0x7f; // y = 2^255 - 1, above 2^255 - 19
    assertThrows(IllegalArgumentException.class, () -> Ed25519Jwk.decode(tooBig));
  }
}
