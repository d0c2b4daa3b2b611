package ru.shibc.academy.certificate;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The code printed on a certificate and in its QR: 160 random bits in lowercase base32 (32
 * characters), unguessable, unlike the registration number, which is sequential. It is the only
 * key that opens a certificate's verification page without the holder's surname.
 */
public final class VerificationCode {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{32}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  public static String random() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    StringBuilder code = new StringBuilder(32);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        code.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    return code.toString();
  }

  /** Whether a text could be a code at all; anything else is answered as an unknown code. */
  public static boolean isWellFormed(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
