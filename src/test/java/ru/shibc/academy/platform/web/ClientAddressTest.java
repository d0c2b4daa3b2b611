package ru.shibc.academy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private final ClientAddress behindNginx = new ClientAddress("10.0.0.2, 10.0.0.3");

  @Test
  void aDirectClientIsItsRemoteAddressWhateverItWrites() {
    assertEquals("203.0.113.7", behindNginx.of("203.0.113.7", "198.51.100.1"));
    assertEquals("203.0.113.7", new ClientAddress("").of("203.0.113.7", "198.51.100.1"));
  }

  @Test
  void behindATrustedProxyTheLastUntrustedHopIsTheClient() {
    assertEquals("198.51.100.9", behindNginx.of("10.0.0.2", "1.2.3.4, 198.51.100.9"), "a forged first hop is ignored");
    assertEquals("198.51.100.9", behindNginx.of("10.0.0.2", "198.51.100.9, 10.0.0.3"));
    assertEquals("10.0.0.2", behindNginx.of("10.0.0.2", null));
  }
}
