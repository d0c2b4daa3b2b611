package ru.shibc.academy.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.certificate.credential.CredentialData;
import ru.shibc.academy.certificate.credential.DocumentKind;
import ru.shibc.academy.certificate.credential.Holder;
import ru.shibc.academy.certificate.credential.IssuerKey;
import ru.shibc.academy.certificate.credential.IssuerProfile;
import ru.shibc.academy.certificate.credential.OpenBadgeCredentials;
import ru.shibc.academy.certificate.credential.Programme;

/**
 * Certificates as signed Open Badges 3.0 credentials. The platform's Ed25519 key is made at first
 * use and kept in the database; when two nodes make one at once, the first stored wins and both
 * use it. Public methods run in a transaction, so that the first of them can store the key.
 */
@ApplicationScoped
@Transactional
public class Credentials {

  private static final String KEY_NAME = "credentials";

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Issuer.Configured issuer;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  private String publicBaseUrl;

  private volatile IssuerKey key;

  /** The issuer's URL: its profile is served there, and its keys under {@code /keys/}. */
  public URI issuerId() {
    return URI.create(publicBaseUrl + "/api/public/issuer");
  }

  public IssuerProfile profile() {
    return new IssuerProfile(issuerId(), issuer.get().name(), URI.create(publicBaseUrl));
  }

  /** The signed credential of a certificate, as a compact JWS (VC-JWT). */
  public String signed(Certificate c) {
    CredentialData data =
        new CredentialData(
            URI.create(publicBaseUrl + "/verify/" + c.getVerificationCode()), profile(),
            // an opaque id of the holder of this document: never a СНИЛС, e-mail or row id
            new Holder(URI.create("urn:uuid:" + UUID.nameUUIDFromBytes(("holder:" + c.getVerificationCode())
                .getBytes(StandardCharsets.UTF_8))), c.holderFullName()),
            new Programme(
                URI.create(publicBaseUrl + "/courses/course.xhtml?id=" + (c.getCourseId() == null ? 0 : c.getCourseId())),
                c.getProgrammeTitle(), c.getProgrammeTitle(), c.getAcademicHours(),
                c.getKind() == CertificateKind.RETRAINING_DIPLOMA
                    ? DocumentKind.PROFESSIONAL_RETRAINING
                    : DocumentKind.QUALIFICATION_UPGRADE),
            c.getRegistrationNumber(), c.getIssuedAt());
    return key().signer(issuerId()).sign(OpenBadgeCredentials.build(data));
  }

  /** The public key as a JWK, for verifiers. */
  public JsonObject publicJwk() {
    return key().publicJwk(issuerId());
  }

  public String thumbprint() {
    return key().thumbprint();
  }

  IssuerKey key() {
    if (key == null) {
      synchronized (this) {
        if (key == null) {
          key = loadOrCreate();
        }
      }
    }
    return key;
  }

  private IssuerKey loadOrCreate() {
    IssuerKey fresh = IssuerKey.generate();
    em.createNativeQuery(
            "INSERT IGNORE INTO signing_keys (name, private_key, public_key, created_at) VALUES (?, ?, ?, ?)")
        .setParameter(1, KEY_NAME)
        .setParameter(2, fresh.privateKeyPkcs8())
        .setParameter(3, fresh.publicKeyX509())
        .setParameter(4, Timestamp.from(clock.instant()))
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT private_key, public_key FROM signing_keys WHERE name = ?")
            .setParameter(1, KEY_NAME)
            .getResultList();
    return IssuerKey.fromEncoded((byte[]) rows.get(0)[0], (byte[]) rows.get(0)[1]);
  }
}
