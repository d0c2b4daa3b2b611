package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.shibc.academy.it.CertificateFixtures.code;
import static ru.shibc.academy.it.CertificateFixtures.complete;
import static ru.shibc.academy.it.CertificateFixtures.onlyCertificate;
import static ru.shibc.academy.it.CertificateFixtures.qualificationCourse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.certificate.credential.CredentialVerifier;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.CourseFixtures;
import ru.shibc.academy.it.CourseFixtures.Learner;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class VerificationIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Learner holder;
  private static JsonObject certificate;

  private static synchronized JsonObject certificate() {
    if (certificate == null) {
      long[] course = qualificationCourse("ПРОВЕР");
      holder = CourseFixtures.newLearner();
      complete(holder, course);
      certificate = onlyCertificate(holder);
    }
    return certificate;
  }

  private static HttpResponse<String> get(String path, String accept) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path)).header("Accept", accept).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String path) {
    HttpResponse<String> r = get(path, "application/json");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  @Test
  void aValidCertificateShowsAMaskedHolderWithoutSignIn() {
    JsonObject c = certificate();
    JsonObject v = json("/verify/" + code(c));
    assertEquals("VALID", v.getString("status"));
    assertEquals(c.getString("registrationNumber"), v.getString("registrationNumber"));
    assertEquals(36, v.getInt("academicHours"));
    String[] names = c.getString("holder").split(" ");
    assertEquals(names[0] + " " + names[1].charAt(0) + ". " + names[2].charAt(0) + ".", v.getString("holder"));
    assertFalse(v.toString().contains(names[1]), "the first name is masked");

    HttpResponse<String> page = get("/verify/" + code(c), "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Документ действителен"), page.body());
    assertTrue(page.body().contains(c.getString("registrationNumber")));
  }

  @Test
  void malformedAndUnknownCodesAnswerAlike() {
    JsonObject unknown = json("/verify/" + "a".repeat(32));
    assertEquals(Json.createObjectBuilder().add("status", "UNKNOWN").build(), unknown);
    for (String junk : new String[] {"2026-00001", "%27%20or%201=1", "x".repeat(500), "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"}) {
      assertEquals(unknown, json("/verify/" + junk), junk);
    }
    HttpResponse<String> page = get("/verify/nonsense", "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Документ не найден"));
  }

  @Test
  void aNumberNeedsTheHoldersSurname() {
    JsonObject c = certificate();
    String number = URLEncoder.encode(c.getString("registrationNumber"), StandardCharsets.UTF_8);
    String surname = c.getString("holder").split(" ")[0];
    assertEquals("UNKNOWN", json("/verify?number=" + number).getString("status"));
    assertEquals("UNKNOWN", json("/verify?number=" + number + "&surname=" + enc("Иванов")).getString("status"));
    assertEquals("VALID", json("/verify?number=" + number + "&surname=" + enc(surname.toLowerCase())).getString("status"));
  }

  @Test
  void revokedAndReplacedCertificatesSaySo() {
    Api methodologist = Api.as("methodologist");
    long[] course = qualificationCourse("СТАТУС");
    Learner a = CourseFixtures.newLearner();
    Learner b = CourseFixtures.newLearner();
    complete(a, course);
    complete(b, course);
    JsonObject ca = onlyCertificate(a);
    JsonObject cb = onlyCertificate(b);
    JsonObject reason = Json.createObjectBuilder().add("reason", "Проверка статусов").build();
    assertEquals(200, methodologist.post("/api/certificates/" + ca.getJsonNumber("id") + "/revoke", reason).status());
    assertEquals(201, methodologist.post("/api/certificates/" + cb.getJsonNumber("id") + "/reissue", reason).status());

    JsonObject revoked = json("/verify/" + code(ca));
    assertEquals("REVOKED", revoked.getString("status"));
    assertTrue(revoked.containsKey("revokedOn"));
    assertEquals("REPLACED", json("/verify/" + code(cb)).getString("status"));
    assertTrue(get("/verify/" + code(ca), "text/html").body().contains("аннулирован"));
  }

  @Test
  void theCredentialVerifiesWithOnlyThePublishedKey() throws Exception {
    JsonObject c = certificate();
    CourseFixtures.Download jwt =
        CourseFixtures.download(holder.token(), "/api/certificates/" + c.getJsonNumber("id") + "/credential");
    assertEquals(200, jwt.status());
    String token = jwt.text();
    String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    String kid = Json.createReader(new StringReader(header)).readObject().getString("kid");
    assertTrue(kid.startsWith(RunningAcademy.baseUrl() + "/api/public/issuer/keys/"), kid);

    HttpResponse<String> key = get(kid.substring(RunningAcademy.baseUrl().length()), "application/json");
    assertEquals(200, key.statusCode(), key.body());
    JsonObject jwk = Json.createReader(new StringReader(key.body())).readObject();
    assertFalse(jwk.containsKey("d"), "never the private part");

    JsonObject credential = new CredentialVerifier(jwk).verify(token);
    assertTrue(credential.getJsonArray("type").toString().contains("OpenBadgeCredential"));
    assertTrue(credential.toString().contains(c.getString("holder")));

    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
    assertThrowsVerification(jwk, tampered);
  }

  private static void assertThrowsVerification(JsonObject jwk, String token) {
    try {
      new CredentialVerifier(jwk).verify(token);
    } catch (RuntimeException expected) {
      return;
    }
    throw new AssertionError("a tampered credential verified");
  }

  @Test
  void oneClientAddressIsLimitedWithoutAffectingOthers() throws IOException {
    InetAddress other = InetAddress.getByName("127.0.0.2");
    int port = URI.create(RunningAcademy.baseUrl()).getPort();
    int limited = 0;
    for (int i = 0; i < RunningAcademy.VERIFY_PER_MINUTE + 20 && limited == 0; i++) {
      if (statusFrom(other, port, "/verify/" + "b".repeat(32)) == 429) {
        limited = i;
      }
    }
    assertTrue(limited >= RunningAcademy.VERIFY_PER_MINUTE - 5, "limited after " + limited);
    assertEquals(200, get("/verify/" + "c".repeat(32), "application/json").statusCode(), "another client is served");
  }

  /** One GET from a given local address (the HTTP client cannot choose it). */
  private static int statusFrom(InetAddress local, int port, String path) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
