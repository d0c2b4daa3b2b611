package ru.shibc.academy.certificate.credential;

import java.util.Base64;

/** Base64url without padding, the only form JOSE allows (RFC 7515 §2). */
final class Base64Url {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Base64Url() {}

  static String encode(byte[] bytes) {
    return ENCODER.encodeToString(bytes);
  }

  /**
   * @throws IllegalArgumentException if the text has padding or characters outside the base64url
   *     alphabet; the JDK decoder would accept padding, which JOSE forbids
   */
  static byte[] decode(String text) {
    if (text.indexOf('=') >= 0) {
      throw new IllegalArgumentException("base64url must not be padded");
    }
    return DECODER.decode(text);
  }
}
