package ru.shibc.academy.webinar.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedTokenTest {

  @Test
  void tokensAre256RandomBitsAndOnlyTheirHashIsLookedUp() {
    String a = FeedToken.generate();
    String b = FeedToken.generate();
    assertEquals(43, a.length());
    assertNotEquals(a, b);
    String hash = FeedToken.hashOf(a).orElseThrow();
    assertEquals(64, hash.length());
    assertTrue(hash.matches("[0-9a-f]{64}"));
    assertEquals(hash, FeedToken.hashOf(a).orElseThrow(), "the same token, the same hash");
  }

  @Test
  void somethingNotShapedLikeATokenIsNotLookedUp() {
    assertTrue(FeedToken.hashOf(null).isEmpty());
    assertTrue(FeedToken.hashOf("short").isEmpty());
    assertTrue(FeedToken.hashOf("x".repeat(42) + "%").isEmpty());
    assertTrue(FeedToken.hashOf("x".repeat(44)).isEmpty());
  }
}
