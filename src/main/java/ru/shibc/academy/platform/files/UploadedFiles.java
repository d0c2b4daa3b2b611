package ru.shibc.academy.platform.files;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import ru.shibc.academy.platform.api.AcademyException;

/**
 * Checks an uploaded file by its content, not only by its name: the bytes must be of a type we
 * allow, and the name's extension must agree with what the bytes are. The content type we serve
 * it with later is the one found here.
 */
public final class UploadedFiles {

  /** The types we accept, with the extensions each may carry. */
  public enum Type {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    MS_OFFICE_97("application/msword", "doc", "xls", "ppt"),
    RTF("application/rtf", "rtf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    TEXT("text/plain; charset=UTF-8", "txt", "csv", "md");

    private final String contentType;
    private final Set<String> extensions;

    Type(String contentType, String... extensions) {
      this.contentType = contentType;
      this.extensions = Set.of(extensions);
    }

    public String contentType() {
      return contentType;
    }
  }

  /** Teaching materials and learners' work: documents, presentations, images, text. */
  public static final Set<Type> DOCUMENTS = Set.of(Type.values());

  private UploadedFiles() {}

  /** A request body of at most {@code maxBytes}; one byte more is refused with a 422. */
  public static byte[] readBody(java.io.InputStream body, long maxBytes) {
    try {
      byte[] data = body.readNBytes((int) maxBytes + 1);
      if (data.length > maxBytes) {
        throw AcademyException.invalid("file.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
      }
      return data;
    } catch (java.io.IOException e) {
      throw new AcademyException(AcademyException.Kind.BAD_REQUEST, "file.unreadable");
    }
  }

  /** The file, checked; refuses an empty, oversized, unknown or misnamed file with a 422. */
  public static StoredFile check(String fileName, byte[] data, Set<Type> allowed, long maxBytes) {
    String name = cleanName(fileName);
    if (data == null || data.length == 0) {
      throw AcademyException.invalid("file.empty");
    }
    if (data.length > maxBytes) {
      throw AcademyException.invalid("file.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
    }
    Type type = detect(data);
    if (type == null || !allowed.contains(type)) {
      throw AcademyException.invalid("file.typeNotAllowed", name);
    }
    String extension = extension(name);
    if (!type.extensions.contains(extension)) {
      throw AcademyException.invalid("file.extensionMismatch", name);
    }
    return new StoredFile(name, type.contentType(), data, sha256(data));
  }

  /** What the bytes are, or null when we do not accept them. */
  static Type detect(byte[] d) {
    if (startsWith(d, "%PDF-")) {
      return Type.PDF;
    }
    if (startsWith(d, 0x89, 'P', 'N', 'G')) {
      return Type.PNG;
    }
    if (startsWith(d, 0xFF, 0xD8, 0xFF)) {
      return Type.JPEG;
    }
    if (startsWith(d, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Type.MS_OFFICE_97;
    }
    if (startsWith(d, "{\\rtf")) {
      return Type.RTF;
    }
    if (startsWith(d, 'P', 'K', 3, 4)) {
      return zipped(d);
    }
    return isText(d) ? Type.TEXT : null;
  }

  /** Office Open XML and OpenDocument files are ZIPs; their first entries tell which. */
  private static Type zipped(byte[] d) {
    String head = new String(d, 0, Math.min(d.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    if (head.startsWith("mimetype", 30)) {
      if (head.contains("application/vnd.oasis.opendocument.text")) {
        return Type.ODT;
      }
      if (head.contains("application/vnd.oasis.opendocument.spreadsheet")) {
        return Type.ODS;
      }
      if (head.contains("application/vnd.oasis.opendocument.presentation")) {
        return Type.ODP;
      }
      return null;
    }
    if (head.contains("[Content_Types].xml") || head.contains("_rels/.rels")) {
      if (head.contains("word/")) {
        return Type.DOCX;
      }
      if (head.contains("xl/")) {
        return Type.XLSX;
      }
      if (head.contains("ppt/")) {
        return Type.PPTX;
      }
    }
    return null;
  }

  /** UTF-8 text without control characters other than tabs and line ends. */
  private static boolean isText(byte[] d) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(d))
              .toString();
      return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] d, String prefix) {
    return startsWith(d, prefix.chars().toArray());
  }

  private static boolean startsWith(byte[] d, int... prefix) {
    if (d.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((d[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The last path segment, without control characters, at most 200 characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw AcademyException.invalid("file.noName");
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
