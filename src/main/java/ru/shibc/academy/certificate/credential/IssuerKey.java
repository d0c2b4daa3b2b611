package ru.shibc.academy.certificate.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;

/**
 * The platform's Ed25519 signing key pair: how it is stored, published and named.
 *
 * <p>Stored as the standard PKCS#8 (private) and X.509 SubjectPublicKeyInfo (public) encodings, so
 * the bytes can go into a database column or a file and be read by any other tool.
 *
 * <p>Published as a public JWK at {@link #keyUrl(URI)}, {@code {issuerId}/keys/{thumbprint}}. That
 * URL is also the JWS {@code kid}, which Open Badges 3.0 (§8.2.3) requires to be a URI that
 * dereferences to the JWK. Putting the RFC 7638 thumbprint in it keeps each key's URL stable
 * forever: after a key change the old URL still serves the old key, so credentials signed before
 * the change still verify.
 */
public final class IssuerKey {

  private final KeyPair keyPair;

  private IssuerKey(KeyPair keyPair) {
    this.keyPair = keyPair;
  }

  /** A fresh random key pair. */
  public static IssuerKey generate() {
    try {
      return new IssuerKey(KeyPairGenerator.getInstance(Ed25519Jwk.CRV).generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is required of every JDK since 15", e);
    }
  }

  /**
   * Reads a stored key pair.
   *
   * @throws IllegalArgumentException if either encoding is not an Ed25519 key, or the two keys do
   *     not belong together, which would otherwise surface only as credentials nobody can verify
   */
  public static IssuerKey fromEncoded(byte[] pkcs8PrivateKey, byte[] x509PublicKey) {
    Objects.requireNonNull(pkcs8PrivateKey, "pkcs8PrivateKey");
    Objects.requireNonNull(x509PublicKey, "x509PublicKey");
    PrivateKey privateKey;
    PublicKey publicKey;
    try {
      KeyFactory factory = KeyFactory.getInstance(Ed25519Jwk.CRV);
      privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
      publicKey = factory.generatePublic(new X509EncodedKeySpec(x509PublicKey));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 key pair: " + e.getMessage(), e);
    }
    if (!(publicKey instanceof EdECPublicKey edKey) || !Ed25519Jwk.isEd25519(edKey)) {
      throw new IllegalArgumentException("not an Ed25519 public key");
    }
    if (!belongTogether(privateKey, publicKey)) {
      throw new IllegalArgumentException("the private and public keys are not a pair");
    }
    return new IssuerKey(new KeyPair(publicKey, privateKey));
  }

  /** The private key in PKCS#8, to store; keep it out of logs and backups anyone can read. */
  public byte[] privateKeyPkcs8() {
    return keyPair.getPrivate().getEncoded();
  }

  /** The public key in X.509 SubjectPublicKeyInfo, to store beside the private key. */
  public byte[] publicKeyX509() {
    return keyPair.getPublic().getEncoded();
  }

  public PrivateKey privateKey() {
    return keyPair.getPrivate();
  }

  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  /** The RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key. */
  public String thumbprint() {
    return Ed25519Jwk.thumbprint(keyPair.getPublic());
  }

  /** Where the public JWK is published, and the {@code kid} of every token this key signs. */
  public URI keyUrl(URI issuerId) {
    String base = Checks.requireAbsolute(issuerId, "issuer id").toString();
    return URI.create((base.endsWith("/") ? base : base + '/') + "keys/" + thumbprint());
  }

  /**
   * The public JWK to serve at {@link #keyUrl(URI)}: {@code kty}, {@code crv}, {@code x}, and
   * {@code kid}, {@code alg} and {@code use} so that a verifier can tell what the key is for. Never
   * contains the private part.
   */
  public JsonObject publicJwk(URI issuerId) {
    return Json.createObjectBuilder(Ed25519Jwk.toJwk(keyPair.getPublic()))
        .add("kid", keyUrl(issuerId).toString())
        .add("alg", CompactJws.ALGORITHM)
        .add("use", "sig")
        .build();
  }

  /** A signer that names this key by its URL under the issuer. */
  public CredentialSigner signer(URI issuerId) {
    return new CredentialSigner(keyPair.getPrivate(), keyUrl(issuerId));
  }

  /** The public key only, so that this object's text can never leak the private one. */
  @Override
  public String toString() {
    return "IssuerKey[thumbprint=" + thumbprint() + "]";
  }

  private static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
    byte[] probe = {'p', 'a', 'i', 'r'};
    try {
      Signature signer = Signature.getInstance(Ed25519Jwk.CRV);
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(Ed25519Jwk.CRV);
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (InvalidKeyException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is required of every JDK since 15", e);
    }
  }
}
