package ru.shibc.academy.platform.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests in a burst, refilled evenly over a minute.
 * Kept in memory per node: behind a load balancer with sticky clients that is per client, and a
 * client spread over n nodes gets at most n times the rate, which is enough against enumeration.
 */
public final class RateLimiter {

  private static final int MAX_CLIENTS = 100_000;

  private final double perMinute;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long refilledAt;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.refilledAt = at;
    }
  }

  public RateLimiter(int perMinute) {
    this(perMinute, System::nanoTime);
  }

  RateLimiter(int perMinute, LongSupplier nanoTime) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be positive");
    }
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
  }

  /** Takes one request from the client's bucket; false when it is empty. */
  public boolean tryAcquire(String client) {
    long now = nanoTime.getAsLong();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear(); // a flood of distinct clients: forget them all rather than grow without end
    }
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
    synchronized (bucket) {
      double refill = (now - bucket.refilledAt) / 60e9 * perMinute;
      bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
      bucket.refilledAt = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
      }
      return false;
    }
  }

  /** Seconds until the client has a request again, for Retry-After. */
  public long secondsUntilNext() {
    return Math.max(1, (long) Math.ceil(60 / perMinute));
  }
}
