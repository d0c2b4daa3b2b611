package ru.shibc.academy.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialsTest {

  private final JsonObject credential = OpenBadgeCredentials.build(SampleCertificate.data());

  @Test
  void startsWithTheVcTwoAndObThreeContextsInThatOrder() {
    assertEquals(
        List.of(
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
        strings(credential.getJsonArray("@context")));
  }

  @Test
  void isAVerifiableOpenBadgeCredential() {
    assertEquals(
        List.of("VerifiableCredential", "OpenBadgeCredential"),
        strings(credential.getJsonArray("type")));
    assertEquals(
        "https://academy.shibc.example/api/credentials/K7QX4M2P9RZT", credential.getString("id"));
    assertEquals(
        "Удостоверение о повышении квалификации № ШИБЦ-2025-000123", credential.getString("name"));
    assertEquals("2025-05-20T06:30:00Z", credential.getString("validFrom"));
    assertEquals("2025-05-20T06:30:00Z", credential.getString("awardedDate"));
    assertFalse(
        credential.containsKey("validUntil"), "a qualification certificate does not expire");
    JsonObject schema = credential.getJsonArray("credentialSchema").getJsonObject(0);
    assertEquals("1EdTechJsonSchemaValidator2019", schema.getString("type"));
    assertEquals(OpenBadgeCredentials.OB_SCHEMA, schema.getString("id"));
  }

  @Test
  void namesTheIssuerAsAProfile() {
    JsonObject issuer = credential.getJsonObject("issuer");
    assertEquals("https://academy.shibc.example/issuer", issuer.getString("id"));
    assertEquals(List.of("Profile"), strings(issuer.getJsonArray("type")));
    assertEquals("ГАУ ДПО «Институт развития образования» — ШИБЦ", issuer.getString("name"));
    assertEquals("https://shibc.example", issuer.getString("url"));
  }

  @Test
  void identifiesTheHolderByOpaqueIdAndPlainName() {
    JsonObject subject = credential.getJsonObject("credentialSubject");
    assertEquals(List.of("AchievementSubject"), strings(subject.getJsonArray("type")));
    assertEquals("urn:uuid:5f0c6c1e-8d7b-4c4e-9a51-2b1f0d3e7a64", subject.getString("id"));
    JsonObject identity = subject.getJsonArray("identifier").getJsonObject(0);
    assertEquals("IdentityObject", identity.getString("type"));
    assertEquals("name", identity.getString("identityType"));
    assertFalse(identity.getBoolean("hashed"));
    assertEquals("Ёлкина Мария Петровна", identity.getString("identityHash"));
  }

  @Test
  void describesTheProgrammeAsACertificateAchievement() {
    JsonObject achievement =
        credential.getJsonObject("credentialSubject").getJsonObject("achievement");
    assertEquals("https://academy.shibc.example/courses/17", achievement.getString("id"));
    assertEquals(List.of("Achievement"), strings(achievement.getJsonArray("type")));
    assertEquals("Certificate", achievement.getString("achievementType"));
    assertEquals(
        "Школьный информационно-библиотечный центр: организация работы",
        achievement.getString("name"));
    assertTrue(achievement.getString("description").startsWith("Программа для педагогов"));
    assertTrue(
        achievement.getJsonObject("criteria").getString("narrative").endsWith("в объёме 36 часов"));
  }

  @Test
  void keepsCyrillicIntactThroughUtf8Json() {
    byte[] utf8 = credential.toString().getBytes(StandardCharsets.UTF_8);
    String text = new String(utf8, StandardCharsets.UTF_8);
    assertTrue(text.contains("Ёлкина Мария Петровна"), "not \\u-escaped or mangled: " + text);
    JsonObject reread = Json.createReader(new StringReader(text)).readObject();
    assertEquals(credential, reread);
  }

  @Test
  void callsRetrainingADiploma() {
    CredentialData sample = SampleCertificate.data();
    Programme retraining =
        new Programme(
            sample.programme().id(),
            "Библиотечно-информационная деятельность",
            "Переподготовка.",
            252,
            DocumentKind.PROFESSIONAL_RETRAINING);
    JsonObject diploma =
        OpenBadgeCredentials.build(
            new CredentialData(
                sample.id(),
                sample.issuer(),
                sample.holder(),
                retraining,
                "П-7",
                SampleCertificate.ISSUED_AT));
    JsonObject achievement =
        diploma.getJsonObject("credentialSubject").getJsonObject("achievement");
    assertEquals("Diploma", achievement.getString("achievementType"));
    assertEquals("Диплом о профессиональной переподготовке № П-7", diploma.getString("name"));
  }

  @Test
  void servesTheIssuerProfileAsItsOwnDocument() {
    JsonObject profile = OpenBadgeCredentials.profile(SampleCertificate.issuer());
    assertEquals(OpenBadgeCredentials.VC_CONTEXT, profile.getJsonArray("@context").getString(0));
    assertEquals(credential.getJsonObject("issuer").getString("id"), profile.getString("id"));
  }

  @Test
  void dropsFractionsOfASecondSoNbfCanEqualValidFrom() {
    CredentialData sample = SampleCertificate.data();
    CredentialData precise =
        new CredentialData(
            sample.id(),
            sample.issuer(),
            sample.holder(),
            sample.programme(),
            "1",
            Instant.parse("2025-05-20T06:30:00.987654Z"));
    assertEquals(
        "2025-05-20T06:30:00Z", OpenBadgeCredentials.build(precise).getString("validFrom"));
  }

  @Test
  void refusesRelativeIdentifiersAndBlankNames() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new IssuerProfile(URI.create("/issuer"), "ШИБЦ", URI.create("https://x.example")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Holder(URI.create("urn:uuid:5f0c6c1e-8d7b-4c4e-9a51-2b1f0d3e7a64"), "  "));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Programme(
                URI.create("https://x.example/c/1"),
                "Т",
                "О",
                0,
                DocumentKind.QUALIFICATION_UPGRADE));
  }

  @Test
  void keepsTheHoldersNameOutOfLogs() {
    assertFalse(SampleCertificate.data().holder().toString().contains("Ёлкина"));
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString::getString);
  }
}
