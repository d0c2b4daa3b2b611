package ru.shibc.academy.certificate.credential;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} for a certificate (spec §B.1.2, on the W3C
 * Verifiable Credentials Data Model 2.0), unsigned; {@link CredentialSigner} secures it.
 *
 * <p>The holder is identified twice: by an opaque {@code credentialSubject.id}, because the VC-JWT
 * {@code sub} claim requires one, and by an {@code IdentityObject} of type {@code name} with the
 * full name in plain text ({@code hashed: false}). The name is not hashed because the credential is
 * the holder's own copy of a document that already carries the name in print, and an employer
 * checking it must be able to compare it with a passport; a salted hash would also break on the
 * smallest spelling difference such as ё for е.
 */
public final class OpenBadgeCredentials {

  /** The VC Data Model 2.0 base context; OB 3.0 requires it first. */
  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** The OB 3.0 context the final spec (1EdTech, 2024) requires second. */
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** The JSON Schema 1EdTech validators check an OpenBadgeCredential against (spec §B.1.21). */
  static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private OpenBadgeCredentials() {}

  /** The credential for one certificate, ready to be signed. */
  public static JsonObject build(CredentialData data) {
    String issued = data.issuedAt().toString();
    return JSON.createObjectBuilder()
        .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
        .add("id", data.id().toString())
        .add(
            "type",
            JSON.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
        .add("name", CredentialWording.name(data.programme().kind(), data.registrationNumber()))
        .add("issuer", profileBody(data.issuer()))
        .add("validFrom", issued)
        .add("awardedDate", issued)
        .add("credentialSubject", subject(data))
        .add(
            "credentialSchema",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("id", OB_SCHEMA)
                        .add("type", "1EdTechJsonSchemaValidator2019")))
        .build();
  }

  /**
   * The issuer's profile as a stand-alone JSON-LD document, for the application to serve at {@link
   * IssuerProfile#id()} so that the credential's issuer id dereferences to it.
   */
  public static JsonObject profile(IssuerProfile issuer) {
    return JSON.createObjectBuilder()
        .add("@context", JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
        .addAll(JSON.createObjectBuilder(profileBody(issuer)))
        .build();
  }

  private static JsonObject profileBody(IssuerProfile issuer) {
    return JSON.createObjectBuilder()
        .add("id", issuer.id().toString())
        .add("type", JSON.createArrayBuilder().add("Profile"))
        .add("name", issuer.name())
        .add("url", issuer.url().toString())
        .build();
  }

  private static JsonObject subject(CredentialData data) {
    return JSON.createObjectBuilder()
        .add("id", data.holder().id().toString())
        .add("type", JSON.createArrayBuilder().add("AchievementSubject"))
        .add(
            "identifier",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("identityType", "name")
                        .add("hashed", false)
                        .add("identityHash", data.holder().fullName())))
        .add("achievement", achievement(data.programme()))
        .build();
  }

  private static JsonObject achievement(Programme programme) {
    return JSON.createObjectBuilder()
        .add("id", programme.id().toString())
        .add("type", JSON.createArrayBuilder().add("Achievement"))
        .add("achievementType", programme.kind().achievementType())
        .add("name", programme.title())
        .add("description", programme.description())
        .add(
            "criteria",
            JSON.createObjectBuilder().add("narrative", CredentialWording.criteria(programme)))
        .build();
  }
}
