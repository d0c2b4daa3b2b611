package ru.shibc.academy.platform.pdf;

import java.security.SecureRandom;

/**
 * Makes the six-letter tag OpenPDF puts before a subset font's name ({@code ABCDEF+DejaVuSans}) the
 * same in every document.
 *
 * <p>OpenPDF draws the tag from {@link SecureRandom#nextDouble()}, which alone would make two
 * renderings of the same certificate differ. The tag only has to tell apart different subsets
 * inside one file, and each face is embedded at most once per document, so a constant letter per
 * face is enough. The object has no state, so sharing it between threads is safe.
 */
final class FixedSubsetTag extends SecureRandom {

  private static final long serialVersionUID = 1L;

  private final double value;

  FixedSubsetTag(String fontFile) {
    // OpenPDF maps nextDouble() in [0, 1) to a letter as (char) (65 + 26 * value).
    this.value = (Math.floorMod(fontFile.hashCode(), 26) + 0.5) / 26.0;
  }

  @Override
  public double nextDouble() {
    return value;
  }
}
