package ru.shibc.academy.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The guard of stateless pages against forged posts from another site. A stateful Faces form
 * carries its view-state token, which another site cannot know; a stateless (transient) view has
 * none, so its forms carry this session's guard instead, in a hidden field named {@value #FIELD}
 * ({@code #{formGuard.value}}), and {@link StatelessPostCheck} refuses a post without it.
 */
@Named("formGuard")
@SessionScoped
public class FormGuard implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  public static final String FIELD = "guard";

  private final String value;

  public FormGuard() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public String getValue() {
    return value;
  }

  /** Whether a posted guard is this session's (compared in constant time). */
  public boolean accepts(String posted) {
    return posted != null
        && MessageDigest.isEqual(posted.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }
}
