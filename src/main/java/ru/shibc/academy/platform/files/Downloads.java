package ru.shibc.academy.platform.files;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** File responses with the right type and a Cyrillic file name that every browser reads. */
public final class Downloads {

  private Downloads() {}

  public static Response of(String fileName, String contentType, byte[] data) {
    return Response.ok(data)
        .type(contentType)
        .header("Content-Disposition", disposition(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** RFC 6266: an ASCII fallback name and the real one in UTF-8 (RFC 5987). */
  public static String disposition(String fileName) {
    String fallback = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
  }
}
