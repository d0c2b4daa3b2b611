package ru.shibc.academy.webinar.bigbluebutton;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in BigBlueButton server on loopback, for tests and for running the application without a
 * real one ({@link #main}). It keeps meetings in memory and behaves like bbb-web where our client
 * can tell:
 *
 * <ul>
 *   <li>every API request's checksum is verified the way bbb-web does it: the raw query string with
 *       the {@code checksum} parameter cut out, {@code hex(H(call + query + secret))}, the hash
 *       chosen by the checksum's length (40 SHA-1, 64 SHA-256, 96 SHA-384, 128 SHA-512) and refused
 *       unless supported; a mismatch answers {@code FAILED checksumError}. It also refuses a query
 *       string that is not in the canonical form some bbb-web releases rebuild before hashing
 *       ({@code URLEncodedUtils.format}: {@code +} for spaces, upper-case {@code %XX}), since those
 *       releases would compute a different checksum;
 *   <li>answers are shaped like the API reference's example responses;
 *   <li>{@code join} adds the person to the meeting (following the join URL is how a test joins);
 *   <li>{@code end} forgets the meeting, adds a published recording if it was recorded, then calls
 *       {@code meta_endCallbackUrl} (GET, {@code recordingmarks} added) and {@code
 *       meta_analytics-callback-url} (POST, JSON, {@code Authorization: Bearer} HS512 JWT).
 * </ul>
 *
 * It can be told to misbehave ({@link #misbehave}). Free of JUnit, so that integration tests and a
 * {@code main} can start it too. The code is ours, written against the documentation, and shares
 * nothing with the client it tests.
 */
public final class BigBlueButtonDouble implements AutoCloseable {

  /** How the server should answer every API call until told otherwise. */
  public enum Misbehaviour {
    /** Answers like BigBlueButton. */
    NONE,
    /** {@code FAILED} with the key and message given to {@link #failWith}. */
    FAILED,
    /** HTTP 500 with an HTML error page, as a broken proxy would. */
    HTTP_500,
    /** A truncated XML document. */
    MALFORMED_XML,
    /** XML with a DOCTYPE declaring an external entity (an XXE attempt). */
    DOCTYPE,
    /** No answer until the double is closed or 60 seconds pass. */
    HANG
  }

  /** One API request as received. */
  public record Request(String call, String rawQuery, boolean checksumAccepted) {}

  public static final String DEFAULT_SECRET = "8cd8ef52e8e101574e400365b55e11a6";

  private static final Map<Integer, String> ALGORITHM_BY_LENGTH =
      Map.of(40, "SHA-1", 64, "SHA-256", 96, "SHA-384", 128, "SHA-512");
  private static final DateTimeFormatter ANALYTICS_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

  private final HttpServer server;
  private final ExecutorService executor;
  private final String secret;
  private final Set<String> supportedAlgorithms;
  private final Map<String, Meeting> meetings = new ConcurrentHashMap<>();
  private final List<RecordingEntry> recordings = new CopyOnWriteArrayList<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Integer> callbackStatuses = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicInteger userCounter = new AtomicInteger();
  private final HttpClient callbackClient =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private volatile Misbehaviour misbehaviour = Misbehaviour.NONE;
  private volatile String failKey = "internalError";
  private volatile String failMessage = "Something went wrong.";

  private BigBlueButtonDouble(int port, String secret, Set<String> supportedAlgorithms)
      throws IOException {
    this.secret = secret;
    this.supportedAlgorithms = Set.copyOf(supportedAlgorithms);
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "bbb-double");
              thread.setDaemon(true);
              return thread;
            });
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/bigbluebutton/api/", this::handle);
    server.createContext("/html5client/", this::client);
    server.setExecutor(executor);
    server.start();
  }

  /** A server accepting all four checksum algorithms, like BigBlueButton 2.5 and later. */
  public static BigBlueButtonDouble start(String secret) throws IOException {
    return start(secret, "SHA-1", "SHA-256", "SHA-384", "SHA-512");
  }

  /** A server accepting only the given algorithms (JCA names, e.g. {@code "SHA-1"}). */
  public static BigBlueButtonDouble start(String secret, String... algorithms) throws IOException {
    return new BigBlueButtonDouble(0, secret, Set.of(algorithms));
  }

  /**
   * The URL {@code bbb-conf --secret} would print: {@code http://127.0.0.1:<port>/bigbluebutton/}.
   */
  public URI serverUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/");
  }

  public String secret() {
    return secret;
  }

  public void misbehave(Misbehaviour how) {
    misbehaviour = how;
  }

  /** The key and message for {@link Misbehaviour#FAILED}. */
  public void failWith(String messageKey, String message) {
    failKey = messageKey;
    failMessage = message;
    misbehaviour = Misbehaviour.FAILED;
  }

  /** Every API request received, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The HTTP statuses our callbacks got back, in order. */
  public List<Integer> callbackStatuses() {
    return List.copyOf(callbackStatuses);
  }

  /**
   * Waits until this many callbacks have been answered (or failed).
   *
   * @return the statuses, fewer than asked if the time ran out
   */
  public List<Integer> awaitCallbacks(int count, Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (callbackStatuses.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return callbackStatuses();
  }

  public boolean knowsMeeting(String meetingId) {
    return meetings.containsKey(meetingId);
  }

  /** Puts someone in a meeting as if they had followed a join URL. */
  public void join(String meetingId, String userId, String fullName, String role) {
    Meeting meeting = meetings.get(meetingId);
    if (meeting == null) {
      throw new IllegalStateException("no meeting " + meetingId);
    }
    meeting.join(userId, fullName, role);
  }

  /** Takes someone out of a meeting as if they had closed the tab. */
  public void leave(String meetingId, String userId) {
    Meeting meeting = meetings.get(meetingId);
    if (meeting == null) {
      throw new IllegalStateException("no meeting " + meetingId);
    }
    meeting.leave(userId, Instant.now());
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  /** Runs a double until killed: {@code [port [secret]]}. */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
    String secret = args.length > 1 ? args[1] : DEFAULT_SECRET;
    BigBlueButtonDouble bbb =
        new BigBlueButtonDouble(port, secret, Set.of("SHA-1", "SHA-256", "SHA-384", "SHA-512"));
    System.out.println("URL: " + bbb.serverUrl());
    System.out.println("Secret: " + secret);
  }

  // ---- the API ------------------------------------------------------------------------------

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String call = exchange.getRequestURI().getPath().substring("/bigbluebutton/api/".length());
      String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
      Optional<String> checksumProblem = checksumProblem(call, rawQuery);
      requests.add(new Request(call, rawQuery, checksumProblem.isEmpty()));
      if (misbehaved(exchange)) {
        return;
      }
      if (checksumProblem.isPresent()) {
        xml(exchange, failed("checksumError", "Checksums do not match"));
        return;
      }
      Map<String, String> params = parse(rawQuery);
      switch (call) {
        case "create" -> xml(exchange, create(params));
        case "join" -> join(exchange, params);
        case "end" -> end(exchange, params);
        case "isMeetingRunning" ->
            xml(
                exchange,
                "<response><returncode>SUCCESS</returncode><running>"
                    + Optional.ofNullable(meetings.get(params.get("meetingID")))
                        .map(m -> m.running())
                        .orElse(false)
                    + "</running></response>");
        case "getMeetingInfo" -> xml(exchange, meetingInfo(params));
        case "getRecordings" -> xml(exchange, recordings(params));
        default -> xml(exchange, failed("unsupportedRequest", "This request is not supported."));
      }
    }
  }

  /** Verifies a checksum as bbb-web does; empty if it is accepted. */
  private Optional<String> checksumProblem(String call, String rawQuery) {
    String checksum = null;
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith("checksum=")) {
        checksum = pair.substring("checksum=".length());
      }
    }
    if (checksum == null || checksum.isEmpty()) {
      return Optional.of("no checksum");
    }
    String withoutChecksum =
        rawQuery
            .replace("&checksum=" + checksum, "")
            .replace("checksum=" + checksum + "&", "")
            .replace("checksum=" + checksum, "");
    String algorithm = ALGORITHM_BY_LENGTH.get(checksum.length());
    if (algorithm == null || !supportedAlgorithms.contains(algorithm)) {
      return Optional.of("unsupported checksum algorithm");
    }
    String expected = hex(algorithm, call + withoutChecksum + secret);
    if (!expected.equals(checksum)) {
      return Optional.of("checksum mismatch");
    }
    if (!canonical(withoutChecksum).equals(withoutChecksum)) {
      return Optional.of("query string not in canonical form");
    }
    return Optional.empty();
  }

  private boolean misbehaved(HttpExchange exchange) throws IOException {
    switch (misbehaviour) {
      case NONE -> {
        return false;
      }
      case FAILED -> xml(exchange, failed(failKey, failMessage));
      case HTTP_500 ->
          send(exchange, 500, "text/html", "<html><body>Internal Server Error</body></html>");
      case MALFORMED_XML -> xml(exchange, "<response><returncode>SUCCESS</returncode><meetingID>");
      case DOCTYPE ->
          xml(
              exchange,
              "<?xml version=\"1.0\"?><!DOCTYPE response [<!ENTITY xxe SYSTEM"
                  + " \"file:///etc/passwd\">]><response><returncode>SUCCESS</returncode>"
                  + "<meetingID>&xxe;</meetingID></response>");
      case HANG -> {
        try {
          closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        send(exchange, 504, "text/plain", "gave up");
      }
    }
    return true;
  }

  private String create(Map<String, String> params) {
    String meetingId = params.get("meetingID");
    String name = params.get("name");
    if (meetingId == null || meetingId.isEmpty()) {
      return failed("missingParamMeetingID", "You must specify a meeting ID for the meeting.");
    }
    if (name == null || name.isEmpty()) {
      return failed("missingParamName", "You must specify a name for the meeting.");
    }
    Meeting existing = meetings.get(meetingId);
    if (existing != null) {
      if (!existing.name.equals(name)) {
        return failed(
            "idNotUnique",
            "A meeting already exists with that meeting ID. Please use a different meeting ID.");
      }
      return createAnswer(existing, true);
    }
    Meeting meeting = new Meeting(meetingId, name, params, Instant.now());
    meetings.put(meetingId, meeting);
    return createAnswer(meeting, false);
  }

  private String createAnswer(Meeting m, boolean duplicate) {
    StringBuilder xml =
        new StringBuilder("<response><returncode>SUCCESS</returncode>")
            .append(element("meetingID", m.id))
            .append(element("internalMeetingID", m.internalId))
            .append(element("parentMeetingID", "bbb-none"))
            .append(element("attendeePW", m.attendeePassword))
            .append(element("moderatorPW", m.moderatorPassword))
            .append(element("createTime", m.created.toEpochMilli()))
            .append(element("voiceBridge", m.voiceBridge))
            .append(element("dialNumber", "613-555-1234"))
            .append(element("createDate", m.created.toString()))
            .append(element("hasUserJoined", m.hasUserJoined()))
            .append(element("duration", m.durationMinutes))
            .append(element("hasBeenForciblyEnded", false));
    if (duplicate) {
      xml.append(element("messageKey", "duplicateWarning"))
          .append(
              element(
                  "message",
                  "This conference was already in existence and may currently be in progress."));
    } else {
      xml.append("<messageKey/><message/>");
    }
    return xml.append("</response>").toString();
  }

  private void join(HttpExchange exchange, Map<String, String> params) throws IOException {
    Meeting meeting = meetings.get(Optional.ofNullable(params.get("meetingID")).orElse(""));
    boolean redirect = !"false".equalsIgnoreCase(params.getOrDefault("redirect", "true"));
    if (meeting == null) {
      xml(
          exchange,
          failed(
              "invalidMeetingIdentifier",
              "The meeting ID that you supplied did not match any existing meetings"));
      return;
    }
    String fullName = params.get("fullName");
    if (fullName == null || fullName.isBlank()) {
      xml(
          exchange,
          failed(
              "missingParamFullName",
              "You must specify a name for the attendee who will be joining the meeting."));
      return;
    }
    String role = params.get("role");
    if (role != null) {
      role = role.toUpperCase(Locale.ROOT);
      if (!role.equals("MODERATOR") && !role.equals("VIEWER")) {
        xml(exchange, failed("invalidRole", "The role you supplied is not valid."));
        return;
      }
    } else if (meeting.moderatorPassword.equals(params.get("password"))) {
      role = "MODERATOR";
    } else if (meeting.attendeePassword.equals(params.get("password"))) {
      role = "VIEWER";
    } else {
      xml(
          exchange,
          failed(
              "invalidPassword",
              "You either did not supply a password or the password supplied is neither the"
                  + " attendee or moderator password for this conference."));
      return;
    }
    String createTime = params.get("createTime");
    if (createTime != null && !createTime.equals(Long.toString(meeting.created.toEpochMilli()))) {
      xml(
          exchange,
          failed(
              "mismatchCreateTimeParam",
              "The createTime parameter submitted mismatches with the current meeting."));
      return;
    }
    String internalUserId = meeting.join(params.get("userID"), fullName, role);
    String sessionToken = "st" + internalUserId;
    URI client = serverUrl().resolve("/html5client/join?sessionToken=" + sessionToken);
    if (redirect) {
      exchange.getResponseHeaders().add("Location", client.toString());
      send(exchange, 302, "text/plain", "");
      return;
    }
    xml(
        exchange,
        "<response><returncode>SUCCESS</returncode>"
            + element("messageKey", "successfullyJoined")
            + element("message", "You have joined successfully.")
            + element("meeting_id", meeting.internalId)
            + element("user_id", internalUserId)
            + element("auth_token", "at" + internalUserId)
            + element("session_token", sessionToken)
            + element("url", client)
            + "</response>");
  }

  private void end(HttpExchange exchange, Map<String, String> params) throws IOException {
    Meeting meeting = meetings.remove(Optional.ofNullable(params.get("meetingID")).orElse(""));
    if (meeting == null) {
      xml(
          exchange,
          failed(
              "notFound",
              "We could not find a meeting with that meeting ID - perhaps the meeting is not yet"
                  + " running?"));
      return;
    }
    Instant ended = Instant.now();
    meeting.endAll(ended);
    if (meeting.record) {
      recordings.add(new RecordingEntry(meeting, ended));
    }
    xml(
        exchange,
        "<response><returncode>SUCCESS</returncode>"
            + element("messageKey", "sentEndMeetingRequest")
            + element(
                "message",
                "A request to end the meeting was sent.  Please wait a few seconds, and then use"
                    + " the getMeetingInfo or isMeetingRunning API calls to verify that it was"
                    + " ended.")
            + "</response>");
    exchange.close();
    executor.execute(() -> callBack(meeting, ended));
  }

  private String meetingInfo(Map<String, String> params) {
    Meeting m = meetings.get(Optional.ofNullable(params.get("meetingID")).orElse(""));
    if (m == null) {
      return failed("notFound", "We could not find a meeting with that meeting ID");
    }
    List<Participant> present = m.present();
    StringBuilder xml =
        new StringBuilder("<response><returncode>SUCCESS</returncode>")
            .append(element("meetingName", m.name))
            .append(element("meetingID", m.id))
            .append(element("internalMeetingID", m.internalId))
            .append(element("createTime", m.created.toEpochMilli()))
            .append(element("createDate", m.created.toString()))
            .append(element("voiceBridge", m.voiceBridge))
            .append(element("dialNumber", "613-555-1234"))
            .append(element("attendeePW", m.attendeePassword))
            .append(element("moderatorPW", m.moderatorPassword))
            .append(element("running", m.running()))
            .append(element("duration", m.durationMinutes))
            .append(element("hasUserJoined", m.hasUserJoined()))
            .append(element("recording", m.record))
            .append(element("hasBeenForciblyEnded", false))
            .append(element("startTime", m.created.toEpochMilli() + 19))
            .append(element("endTime", 0))
            .append(element("participantCount", present.size()))
            .append(element("listenerCount", 0))
            .append(element("voiceParticipantCount", 0))
            .append(element("videoCount", 0))
            .append(element("maxUsers", 0))
            .append(
                element(
                    "moderatorCount",
                    present.stream().filter(p -> p.role.equals("MODERATOR")).count()))
            .append("<attendees>");
    for (Participant p : present) {
      xml.append("<attendee>")
          .append(element("userID", p.externalId))
          .append(element("fullName", p.fullName))
          .append(element("role", p.role))
          .append(element("isPresenter", p.role.equals("MODERATOR")))
          .append(element("isListeningOnly", false))
          .append(element("hasJoinedVoice", false))
          .append(element("hasVideo", false))
          .append(element("clientType", "HTML5"))
          .append("<customdata></customdata>")
          .append("</attendee>");
    }
    xml.append("</attendees><metadata>");
    m.meta.forEach((key, value) -> xml.append(element(key, value)));
    return xml.append("</metadata>")
        .append(element("isBreakout", false))
        .append("</response>")
        .toString();
  }

  private String recordings(Map<String, String> params) {
    Set<String> wanted = Set.of(params.getOrDefault("meetingID", "").split(","));
    StringBuilder xml = new StringBuilder("<response><returncode>SUCCESS</returncode><recordings>");
    int found = 0;
    for (RecordingEntry r : recordings) {
      if (!params.containsKey("meetingID") || wanted.contains(r.meeting.id)) {
        found++;
        Meeting m = r.meeting;
        URI playback = serverUrl().resolve("/playback/presentation/2.3/" + m.internalId);
        xml.append("<recording>")
            .append(element("recordID", m.internalId))
            .append(element("meetingID", m.id))
            .append(element("internalMeetingID", m.internalId))
            .append(element("name", m.name))
            .append(element("isBreakout", false))
            .append(element("published", true))
            .append(element("state", "published"))
            .append(element("startTime", m.created.toEpochMilli()))
            .append(element("endTime", r.ended.toEpochMilli()))
            .append(element("participants", m.participants.size()))
            .append("<metadata>");
        m.meta.forEach((key, value) -> xml.append(element(key, value)));
        xml.append(element("meetingName", m.name))
            .append("</metadata><playback><format>")
            .append(element("type", "presentation"))
            .append(element("url", playback))
            .append(element("processingTime", 7177))
            .append(element("length", Duration.between(m.created, r.ended).toMinutes()))
            .append("</format></playback></recording>");
      }
    }
    xml.append("</recordings>");
    if (found == 0) {
      xml.append(element("messageKey", "noRecordings"))
          .append(element("message", "There are no recordings for the meeting(s)."));
    }
    return xml.append("</response>").toString();
  }

  private void client(HttpExchange exchange) throws IOException {
    try (exchange) {
      send(exchange, 200, "text/html", "<html><body>BigBlueButton client</body></html>");
    }
  }

  // ---- callbacks after a meeting ends -------------------------------------------------------

  private void callBack(Meeting meeting, Instant ended) {
    String endCallback = meeting.meta.get("endcallbackurl");
    if (endCallback != null) {
      String separator = endCallback.contains("?") ? "&" : "?";
      deliver(
          HttpRequest.newBuilder(URI.create(endCallback + separator + "recordingmarks=false"))
              .timeout(Duration.ofSeconds(5))
              .GET()
              .build());
    }
    String analyticsCallback = meeting.meta.get("analytics-callback-url");
    if (analyticsCallback != null) {
      deliver(
          HttpRequest.newBuilder(URI.create(analyticsCallback))
              .timeout(Duration.ofSeconds(5))
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + jwt(Instant.now().plus(Duration.ofHours(24))))
              .header("User-Agent", "BigBlueButton Analytics Callback")
              .POST(HttpRequest.BodyPublishers.ofString(analytics(meeting, ended)))
              .build());
    }
  }

  private void deliver(HttpRequest request) {
    try {
      callbackStatuses.add(
          callbackClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      callbackStatuses.add(-1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An HS512 JWT with only {@code exp}, as post_events_analytics_callback.rb makes it. */
  String jwt(Instant expiry) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header =
        base64.encodeToString(
            "{\"typ\":\"JWT\",\"alg\":\"HS512\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        base64.encodeToString(
            ("{\"exp\":" + expiry.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return header + "." + payload + "." + base64.encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The callback body: the bbbevents summary wrapped as post_events_analytics_callback.rb does. */
  private String analytics(Meeting m, Instant ended) {
    StringBuilder attendees = new StringBuilder();
    Map<String, List<Participant>> byPerson = new LinkedHashMap<>();
    for (Participant p : m.participants) {
      byPerson.computeIfAbsent(p.externalId, k -> new ArrayList<>()).add(p);
    }
    for (List<Participant> sessions : byPerson.values()) {
      Participant first = sessions.get(0);
      List<String> joins = new ArrayList<>();
      List<String> leaves = new ArrayList<>();
      long seconds = 0;
      for (Participant p : sessions) {
        joins.add(quote(ANALYTICS_TIME.format(p.joined.atOffset(ZoneOffset.UTC))));
        leaves.add(quote(ANALYTICS_TIME.format(p.left.atOffset(ZoneOffset.UTC))));
        seconds += Duration.between(p.joined, p.left).toSeconds();
      }
      if (attendees.length() > 0) {
        attendees.append(',');
      }
      attendees
          .append("{\"ext_user_id\":")
          .append(quote(first.externalId))
          .append(",\"name\":")
          .append(quote(first.fullName))
          .append(",\"moderator\":")
          .append(first.role.equals("MODERATOR"))
          .append(",\"joins\":[")
          .append(String.join(",", joins))
          .append("],\"leaves\":[")
          .append(String.join(",", leaves))
          .append("],\"duration\":")
          .append(seconds)
          .append(",\"recent_talking_time\":\"\",\"engagement\":{\"chats\":0,\"talks\":0,")
          .append("\"raisehand\":0,\"emojis\":0,\"poll_votes\":0,\"talk_time\":0}}");
    }
    return "{\"version\":\"1.0\",\"meeting_id\":"
        + quote(m.id)
        + ",\"internal_meeting_id\":"
        + quote(m.internalId)
        + ",\"data\":{\"metadata\":{\"meeting_name\":"
        + quote(m.name)
        + ",\"analytics_callback_url\":"
        + quote(m.meta.get("analytics-callback-url"))
        + "},\"duration\":"
        + Duration.between(m.created, ended).toSeconds()
        + ",\"start\":"
        + quote(ANALYTICS_TIME.format(m.created.atOffset(ZoneOffset.UTC)))
        + ",\"finish\":"
        + quote(ANALYTICS_TIME.format(ended.atOffset(ZoneOffset.UTC)))
        + ",\"attendees\":["
        + attendees
        + "],\"files\":[\"default.pdf\"],\"polls\":[]}}";
  }

  // ---- state --------------------------------------------------------------------------------

  private final class Meeting {
    final String id;
    final String name;
    final String internalId;
    final Instant created;
    final String attendeePassword;
    final String moderatorPassword;
    final boolean record;
    final int durationMinutes;
    final int voiceBridge;
    final Map<String, String> meta = new LinkedHashMap<>();
    final List<Participant> participants = new CopyOnWriteArrayList<>();

    Meeting(String id, String name, Map<String, String> params, Instant created) {
      this.id = id;
      this.name = name;
      this.created = created;
      this.internalId = hex("SHA-1", id) + "-" + created.toEpochMilli();
      this.attendeePassword =
          params.getOrDefault("attendeePW", "ap" + Long.toHexString(created.toEpochMilli()));
      this.moderatorPassword =
          params.getOrDefault("moderatorPW", "mp" + Long.toHexString(created.toEpochMilli()));
      this.record = "true".equals(params.get("record"));
      this.durationMinutes = Integer.parseInt(params.getOrDefault("duration", "0"));
      this.voiceBridge = 70000 + (int) (created.toEpochMilli() % 10000);
      params.forEach(
          (key, value) -> {
            if (key.startsWith("meta_")) {
              // bbb-web keeps metadata names in lower case
              meta.put(key.substring(5).toLowerCase(Locale.ROOT), value);
            }
          });
    }

    synchronized String join(String externalId, String fullName, String role) {
      String internalUserId = "w_" + Integer.toString(userCounter.incrementAndGet(), 36);
      participants.add(
          new Participant(
              externalId == null ? internalUserId : externalId, fullName, role, Instant.now()));
      return internalUserId;
    }

    synchronized void leave(String externalId, Instant at) {
      participants.stream()
          .filter(p -> p.externalId.equals(externalId) && p.left == null)
          .forEach(p -> p.left = at);
    }

    synchronized void endAll(Instant at) {
      participants.stream().filter(p -> p.left == null).forEach(p -> p.left = at);
    }

    synchronized List<Participant> present() {
      return participants.stream().filter(p -> p.left == null).toList();
    }

    boolean hasUserJoined() {
      return !participants.isEmpty();
    }

    boolean running() {
      return !present().isEmpty();
    }
  }

  private static final class Participant {
    final String externalId;
    final String fullName;
    final String role;
    final Instant joined;
    volatile Instant left;

    Participant(String externalId, String fullName, String role, Instant joined) {
      this.externalId = externalId;
      this.fullName = fullName;
      this.role = role;
      this.joined = joined;
    }
  }

  private record RecordingEntry(Meeting meeting, Instant ended) {}

  // ---- helpers ------------------------------------------------------------------------------

  private static Map<String, String> parse(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  /** The query string as URLEncodedUtils.format(URLEncodedUtils.parse(q)) would rebuild it. */
  private static String canonical(String rawQuery) {
    if (rawQuery.isEmpty()) {
      return rawQuery;
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
      pairs.add(
          URLEncoder.encode(key, StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }

  private static String hex(String algorithm, String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String failed(String key, String message) {
    return "<response><returncode>FAILED</returncode>"
        + element("messageKey", key)
        + element("message", message)
        + "</response>";
  }

  private static String element(String name, Object value) {
    return "<" + name + ">" + escape(String.valueOf(value)) + "</" + name + ">";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  private static void xml(HttpExchange exchange, String body) throws IOException {
    send(exchange, 200, "text/xml;charset=utf-8", body);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
