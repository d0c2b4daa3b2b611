package ru.shibc.academy.webinar.bigbluebutton;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the BigBlueButton server is and how to sign calls to it.
 *
 * @param serverUrl the URL {@code bbb-conf --secret} prints, e.g. {@code
 *     https://bbb.example.ru/bigbluebutton/}; the {@code api/} part may be included or not
 * @param sharedSecret the server's {@code securitySalt}
 * @param checksumAlgorithm the hash for checksums; {@link ChecksumAlgorithm#SHA1} for servers older
 *     than 2.3
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole answer; a page waiting on the server waits at
 *     most this long
 */
public record BigBlueButtonConfig(
    URI serverUrl,
    String sharedSecret,
    ChecksumAlgorithm checksumAlgorithm,
    Duration connectTimeout,
    Duration requestTimeout) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  public BigBlueButtonConfig {
    serverUrl = normalise(serverUrl);
    if (sharedSecret == null || sharedSecret.isBlank()) {
      throw new IllegalArgumentException("the BigBlueButton shared secret is missing");
    }
    Objects.requireNonNull(checksumAlgorithm, "checksumAlgorithm");
    connectTimeout = positive(connectTimeout, "connectTimeout");
    requestTimeout = positive(requestTimeout, "requestTimeout");
  }

  /** A configuration with SHA-256 checksums (every supported server release accepts them). */
  public static BigBlueButtonConfig of(URI serverUrl, String sharedSecret) {
    return new BigBlueButtonConfig(
        serverUrl,
        sharedSecret,
        ChecksumAlgorithm.SHA256,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT);
  }

  public BigBlueButtonConfig withChecksumAlgorithm(ChecksumAlgorithm algorithm) {
    return new BigBlueButtonConfig(
        serverUrl, sharedSecret, algorithm, connectTimeout, requestTimeout);
  }

  public BigBlueButtonConfig withTimeouts(Duration connect, Duration request) {
    return new BigBlueButtonConfig(serverUrl, sharedSecret, checksumAlgorithm, connect, request);
  }

  /** The API endpoint, {@code serverUrl + "api/"}; a call's name is appended to it. */
  public URI apiUrl() {
    return serverUrl.resolve("api/");
  }

  /** The secret stays out of logs. */
  @Override
  public String toString() {
    return "BigBlueButtonConfig[serverUrl="
        + serverUrl
        + ", sharedSecret=***, checksumAlgorithm="
        + checksumAlgorithm
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + "]";
  }

  private static URI normalise(URI url) {
    Objects.requireNonNull(url, "serverUrl");
    String scheme = url.getScheme();
    if (!url.isAbsolute()
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
        || url.getHost() == null) {
      throw new IllegalArgumentException("the BigBlueButton URL must be an http(s) URL: " + url);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the BigBlueButton URL must not have a query or fragment: " + url);
    }
    String text = url.toString();
    if (text.endsWith("/api/")) {
      text = text.substring(0, text.length() - "api/".length());
    } else if (text.endsWith("/api")) {
      text = text.substring(0, text.length() - "api".length());
    } else if (!text.endsWith("/")) {
      text = text + "/";
    }
    return URI.create(text);
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return duration;
  }
}
