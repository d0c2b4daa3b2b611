package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EndCallbackSignatureTest {

  private final EndCallbackSignature signature = new EndCallbackSignature("secret");

  @Test
  void addsTheMeetingAndItsSignatureToTheEndpoint() {
    URI signed =
        signature.sign(URI.create("https://academy.example.ru/api/bbb/ended"), "webinar 42");

    assertTrue(
        signed
            .toString()
            .startsWith("https://academy.example.ru/api/bbb/ended?meetingID=webinar+42&signature="),
        signed.toString());
    String sig = signed.getQuery().substring(signed.getQuery().indexOf("signature=") + 10);
    assertTrue(signature.verify("webinar 42", sig));
  }

  @Test
  void keepsAQueryTheEndpointAlreadyHas() {
    URI signed = signature.sign(URI.create("https://academy.example.ru/cb?kind=end"), "w1");

    assertTrue(
        signed.toString().startsWith("https://academy.example.ru/cb?kind=end&meetingID=w1&"));
  }

  @Test
  void aSignatureIsForOneMeetingAndOneSecret() {
    URI signed = signature.sign(URI.create("https://a.example/cb"), "w1");
    String sig = signed.getQuery().substring(signed.getQuery().indexOf("signature=") + 10);

    assertFalse(signature.verify("w2", sig));
    assertFalse(new EndCallbackSignature("other").verify("w1", sig));
    assertFalse(signature.verify("w1", null));
    assertFalse(signature.verify("w1", sig.substring(1)));
    assertEquals(64, sig.length());
  }
}
