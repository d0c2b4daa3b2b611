package ru.shibc.academy.webinar.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedLimiterTest {

  @Test
  void aClientOverTheLimitIsRefusedWhileOthersAreNot() {
    FeedLimiter limiter = new FeedLimiter(2, Optional.empty());

    assertTrue(limiter.allows("203.0.113.5", null));
    assertTrue(limiter.allows("203.0.113.5", null));
    assertFalse(limiter.allows("203.0.113.5", null), "the third fetch in a minute");
    assertTrue(limiter.allows("203.0.113.6", null), "another address has its own allowance");
  }

  @Test
  void aForwardedAddressCountsOnlyBehindATrustedProxy() {
    FeedLimiter limiter = new FeedLimiter(1, Optional.of("10.0.0.1"));

    assertTrue(limiter.allows("10.0.0.1", "198.51.100.1"));
    assertTrue(limiter.allows("10.0.0.1", "198.51.100.2"), "two clients behind the proxy");
    assertTrue(limiter.allows("192.0.2.9", "198.51.100.1"), "an untrusted sender is counted by its own address");
    assertFalse(limiter.allows("192.0.2.9", "198.51.100.3"), "whatever it forwards");
  }
}
