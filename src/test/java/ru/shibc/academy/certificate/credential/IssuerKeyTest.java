package ru.shibc.academy.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class IssuerKeyTest {

  private static final URI ISSUER = URI.create("https://academy.shibc.example/issuer");

  private final IssuerKey key = IssuerKey.generate();

  @Test
  void restoresFromTheStoredEncodingsAndStillSignsForTheSamePublicKey() {
    IssuerKey restored = IssuerKey.fromEncoded(key.privateKeyPkcs8(), key.publicKeyX509());
    assertArrayEquals(key.publicKeyX509(), restored.publicKeyX509());
    assertArrayEquals(key.privateKeyPkcs8(), restored.privateKeyPkcs8());
    assertEquals(key.thumbprint(), restored.thumbprint());

    JsonObject credential = OpenBadgeCredentials.build(SampleCertificate.data());
    String token = restored.signer(ISSUER).sign(credential);
    assertEquals(
        credential,
        new CredentialVerifier(key.publicJwk(ISSUER)).verify(token),
        "a credential signed with the restored key verifies with the original public JWK");
  }

  @Test
  void readsTheRfc8032KeyFromStandardEncodingsAndNamesItByTheRfc8037Thumbprint() {
    // PKCS#8 and SubjectPublicKeyInfo are fixed prefixes (RFC 8410) followed by the raw 32 bytes.
    IssuerKey rfcKey =
        IssuerKey.fromEncoded(
            HexFormat.of().parseHex("302e020100300506032b657004220420" + Rfc8032.SECRET_KEY),
            HexFormat.of().parseHex("302a300506032b6570032100" + Rfc8032.PUBLIC_KEY));
    assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", rfcKey.thumbprint());
    assertEquals(
        "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", rfcKey.publicJwk(ISSUER).getString("x"));
  }

  @Test
  void refusesKeysThatAreNotAPair() {
    IssuerKey other = IssuerKey.generate();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IssuerKey.fromEncoded(key.privateKeyPkcs8(), other.publicKeyX509()));
    assertEquals("the private and public keys are not a pair", e.getMessage());
  }

  @Test
  void refusesBytesThatAreNotEd25519Keys() {
    assertThrows(
        IllegalArgumentException.class,
        () -> IssuerKey.fromEncoded(new byte[] {1, 2, 3}, key.publicKeyX509()));
    assertThrows(
        IllegalArgumentException.class,
        () -> IssuerKey.fromEncoded(key.privateKeyPkcs8(), new byte[48]));
  }

  @Test
  void publishesThePublicJwkUnderItsThumbprint() {
    URI url = key.keyUrl(ISSUER);
    assertEquals("https://academy.shibc.example/issuer/keys/" + key.thumbprint(), url.toString());
    assertEquals(url, key.keyUrl(URI.create(ISSUER + "/")));
    assertEquals(43, key.thumbprint().length(), "a SHA-256 in base64url");

    JsonObject jwk = key.publicJwk(ISSUER);
    assertEquals("OKP", jwk.getString("kty"));
    assertEquals("Ed25519", jwk.getString("crv"));
    assertEquals("EdDSA", jwk.getString("alg"));
    assertEquals("sig", jwk.getString("use"));
    assertEquals(url.toString(), jwk.getString("kid"));
    assertFalse(jwk.containsKey("d"), "the private key is never published");
    assertEquals(key.thumbprint(), Ed25519Jwk.thumbprint(Ed25519Jwk.fromJwk(jwk)));
  }

  @Test
  void neverPrintsThePrivateKey() {
    String privateBase64 = Base64.getEncoder().encodeToString(key.privateKeyPkcs8());
    assertFalse(key.toString().contains(privateBase64));
    assertEquals("IssuerKey[thumbprint=" + key.thumbprint() + "]", key.toString());
  }
}
