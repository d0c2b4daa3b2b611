package ru.shibc.academy.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompactJwsTest {

  @Test
  void reproducesTheRfc8037SigningExample() throws Exception {
    // RFC 8037 Appendix A.4, with the RFC 8032 TEST 1 key
    String token =
        CompactJws.sign(
            Json.createObjectBuilder().add("alg", "EdDSA").build(),
            "Example of Ed25519 signing".getBytes(StandardCharsets.UTF_8),
            Rfc8032.privateKey());
    assertEquals(
        "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
            + "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg",
        token);
    // and the example verifies with the RFC's public key (RFC 8037 Appendix A.5)
    CompactJws.parse(token).verifySignature(Ed25519Jwk.decode(Rfc8032.publicKeyBytes()));
  }
}
