package ru.shibc.academy.certificate.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.time.Instant;
import java.util.Objects;

/**
 * Secures a credential with the VC-JWT proof format of Open Badges 3.0 (§8.2): a compact JWS whose
 * payload is the credential itself with the JWT claims {@code iss}, {@code jti}, {@code sub},
 * {@code nbf} (and {@code exp} if it has {@code validUntil}) added beside its properties, as the VC
 * Data Model 2.0 does it, not wrapped in a {@code vc} claim as 1.1 did.
 *
 * <p>The JOSE header is {@code {"alg":"EdDSA","typ":"JWT","kid":<key URL>}}: OB 3.0 allows no other
 * header members and requires {@code kid} or {@code jwk}; the key is named by URL rather than
 * embedded because a key carried inside the token proves nothing about who made it. EdDSA is
 * allowed beside the RS256 minimum (§8.2.3); the price is that verifiers must support it, and the
 * common JOSE libraries do (RFC 8037).
 */
public final class CredentialSigner {

  private final PrivateKey privateKey;
  private final URI keyId;

  /**
   * @param privateKey the issuer's Ed25519 private key
   * @param keyId the URL where the matching public JWK is published, see {@link IssuerKey#keyUrl}
   */
  public CredentialSigner(PrivateKey privateKey, URI keyId) {
    Objects.requireNonNull(privateKey, "privateKey");
    if (!(privateKey instanceof EdECPrivateKey edKey)
        || !Ed25519Jwk.CRV.equalsIgnoreCase(edKey.getParams().getName())) {
      throw new IllegalArgumentException(
          "not an Ed25519 private key: " + privateKey.getAlgorithm());
    }
    this.privateKey = privateKey;
    this.keyId = Checks.requireAbsolute(keyId, "key id");
  }

  /**
   * The credential as a compact JWS, the form to hand out as a {@code .jwt} download.
   *
   * @throws IllegalArgumentException if the credential lacks the {@code id}, {@code issuer.id},
   *     {@code credentialSubject.id} or {@code validFrom} that the JWT claims are taken from, or
   *     already has a property named like a JWT claim
   */
  public String sign(JsonObject credential) {
    for (String claim : JwtClaims.REGISTERED) {
      if (credential.containsKey(claim)) {
        throw new IllegalArgumentException("the credential already has a \"" + claim + "\"");
      }
    }
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("iss", required(JwtClaims.issuerId(credential), "issuer.id"))
            .add("jti", required(JwtClaims.credentialId(credential), "id"))
            .add("sub", required(JwtClaims.subjectId(credential), "credentialSubject.id"))
            .add("nbf", required(JwtClaims.validFrom(credential), "validFrom").getEpochSecond());
    Instant validUntil = JwtClaims.validUntil(credential);
    if (validUntil != null) {
      payload.add("exp", validUntil.getEpochSecond());
    }
    payload.addAll(Json.createObjectBuilder(credential));
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", CompactJws.ALGORITHM)
            .add("typ", "JWT")
            .add("kid", keyId.toString())
            .build();
    return CompactJws.sign(
        header, payload.build().toString().getBytes(StandardCharsets.UTF_8), privateKey);
  }

  /** The {@code kid} this signer puts in the header. */
  public URI keyId() {
    return keyId;
  }

  private static <T> T required(T value, String property) {
    if (value == null) {
      throw new IllegalArgumentException("the credential has no usable " + property);
    }
    return value;
  }
}
