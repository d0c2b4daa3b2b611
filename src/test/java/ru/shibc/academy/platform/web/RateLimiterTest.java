package ru.shibc.academy.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong now = new AtomicLong();
  private final RateLimiter limiter = new RateLimiter(3, now::get);

  @Test
  void aClientGetsItsBurstThenWaits() {
    assertTrue(limiter.tryAcquire("10.0.0.1"));
    assertTrue(limiter.tryAcquire("10.0.0.1"));
    assertTrue(limiter.tryAcquire("10.0.0.1"));
    assertFalse(limiter.tryAcquire("10.0.0.1"));
  }

  @Test
  void anotherClientHasItsOwnBucket() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("10.0.0.1");
    }
    assertTrue(limiter.tryAcquire("10.0.0.2"));
  }

  @Test
  void theBucketRefillsOverTheMinute() {
    for (int i = 0; i < 3; i++) {
      limiter.tryAcquire("10.0.0.1");
    }
    now.addAndGet(20_000_000_000L); // a third of a minute: one request back
    assertTrue(limiter.tryAcquire("10.0.0.1"));
    assertFalse(limiter.tryAcquire("10.0.0.1"));
  }
}
