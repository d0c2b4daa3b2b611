package ru.shibc.academy.webinar.bigbluebutton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One API call: its name and parameters, in order, and the signed URL that carries them.
 *
 * <p>The checksum is {@code hex(H(callName + queryString + sharedSecret))}, where the query string
 * is exactly the text after {@code ?} without the checksum parameter. Values are encoded with
 * {@link URLEncoder} (UTF-8): letters, digits and {@code - _ . *} stay as they are, a space becomes
 * {@code +}, everything else {@code %XX} with upper-case hex. That is the form of the
 * documentation's example ({@code name=Test+Meeting}) and also the form Apache HttpClient's {@code
 * URLEncodedUtils.format} produces, which some bbb-web releases use to rebuild the query string
 * before hashing it; a query string already in that form is the same text either way.
 */
final class ApiCall {

  private final String name;
  private final List<String> pairs = new ArrayList<>();

  ApiCall(String name) {
    this.name = name;
  }

  /** Adds a parameter; a {@code null} value leaves it out. */
  ApiCall param(String key, Object value) {
    if (value != null) {
      pairs.add(encode(key) + '=' + encode(value.toString()));
    }
    return this;
  }

  String name() {
    return name;
  }

  /** The query string without the checksum, as it is hashed and sent. */
  String queryString() {
    return String.join("&", pairs);
  }

  String checksum(BigBlueButtonConfig config) {
    return checksum(config.checksumAlgorithm(), name, queryString(), config.sharedSecret());
  }

  URI uri(BigBlueButtonConfig config) {
    String query = queryString();
    String signed = (query.isEmpty() ? "" : query + '&') + "checksum=" + checksum(config);
    return config.apiUrl().resolve(name + '?' + signed);
  }

  static String checksum(
      ChecksumAlgorithm algorithm, String callName, String queryString, String sharedSecret) {
    return algorithm.hex(callName + queryString + sharedSecret);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
