package ru.shibc.academy.webinar.bigbluebutton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash a BigBlueButton server accepts in the {@code checksum} parameter.
 *
 * <p>SHA-1 is what every server accepts and what the API documentation's worked example uses;
 * SHA-256 has been accepted since 2.3 and SHA-384 / SHA-512 since 2.5, each only if listed in the
 * server's {@code supportedChecksumAlgorithms}. The server tells them apart by the length of the
 * hex string, so no parameter names the algorithm.
 */
public enum ChecksumAlgorithm {
  SHA1("SHA-1"),
  SHA256("SHA-256"),
  SHA384("SHA-384"),
  SHA512("SHA-512");

  private final String jcaName;
  private final int hexLength;

  ChecksumAlgorithm(String jcaName) {
    this.jcaName = jcaName;
    this.hexLength = digest().getDigestLength() * 2;
  }

  /** Lower-case hex of the hash of the text's UTF-8 bytes, the form BigBlueButton compares. */
  public String hex(String text) {
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** How many hex characters a checksum made with this algorithm has. */
  public int hexLength() {
    return hexLength;
  }

  /** The algorithm a server would assume for a checksum of this length, if any. */
  public static Optional<ChecksumAlgorithm> forHexLength(int length) {
    for (ChecksumAlgorithm algorithm : values()) {
      if (algorithm.hexLength == length) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  private MessageDigest digest() {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide " + jcaName, e);
    }
  }
}
