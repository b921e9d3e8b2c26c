import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The screen-pop benchmark's driver (run by bench/screenpop-bench.sh as a single-file program, JDK 17, no
 * dependencies). Modes:
 *
 * <pre>
 *   users   N            import N bench agents into Keycloak (bench.agent001..N, role agent, password + TOTP)
 *   seed    N            register N contacts (each with an open case) through the REST API, phone +1415300xxxx
 *   drive   rate seconds agents known
 *                        open every bench agent's desktop socket, make them available, then post offered calls at
 *                        rate/s (OFFERED + QUEUED to Appointments, 80 % from the known contacts' numbers); an agent
 *                        that is offered a call ends it (the caller hangs up while it rings), which frees them for
 *                        the next. 10 s of warm-up, then the server's latency recorder is reset and read after
 *                        `seconds`.
 * </pre>
 *
 * Settings come from the environment the script exports (CONFIDANT_PUBLIC_URL, CONFIDANT_OIDC_PROVIDER_URL,
 * CONFIDANT_KEYCLOAK_URL, CONFIDANT_SECRETS_DIR).
 */
public class ScreenPopBench {

  static final String APPOINTMENTS = "00000000-0000-4000-8000-000000000201";
  static final String BENCH_SECRET_FILE = "totp-bench-agents";
  static final Pattern TYPE = Pattern.compile("\"type\":\"(\\w+)\"");
  static final Pattern CALL_ID = Pattern.compile("\"call\":\\{\"callId\":\"([0-9a-f-]+)\"");
  static final Pattern MATCH = Pattern.compile("\"match\":\"(\\w+)\"");

  static final Path SECRETS = Path.of(System.getenv("CONFIDANT_SECRETS_DIR"));
  static final String BASE = System.getenv("CONFIDANT_PUBLIC_URL");
  static final String OIDC = System.getenv("CONFIDANT_OIDC_PROVIDER_URL");
  static final String KEYCLOAK = System.getenv("CONFIDANT_KEYCLOAK_URL");
  static HttpClient http;
  /** Why posts failed: HTTP status (or the exception's class) → how many. */
  static final Map<String, AtomicLong> FAILED = new ConcurrentHashMap<>();

  static void failed(HttpResponse<String> response, Throwable error) {
    String why = error != null ? error.getClass().getSimpleName() : response.statusCode() + " " + response.body()
        .replaceAll(".*\"(title|outcome)\":\"([^\"]*)\".*", "$2");
    FAILED.computeIfAbsent(why, key -> new AtomicLong()).incrementAndGet();
  }

  public static void main(String[] args) throws Exception {
    // HTTP/1.1: over HTTP/2 from this client, Undertow's 32 workers all ended up waiting in closeAndDrainRequest for
    // request bytes that never came, and the server stopped answering (2026-11-25).
    http = HttpClient.newBuilder().sslContext(trustingTheInstance()).version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();
    switch (args[0]) {
      case "users" -> importUsers(Integer.parseInt(args[1]));
      case "seed" -> seed(Integer.parseInt(args[1]));
      case "drive" -> drive(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(0);
  }

  // ------------------------------------------------------------------------------------------------ set-up

  static void importUsers(int agents) throws Exception {
    String admin = field(send(form(URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"),
        Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
            "password", secret("keycloak-admin-password"))), 200), "access_token");
    String password = secret("demo-password");
    String totp = benchTotpSecret();
    String users = java.util.stream.IntStream.rangeClosed(1, agents).mapToObj(i -> String.format(
        "{\"username\":\"bench.agent%03d\",\"enabled\":true,\"emailVerified\":true,\"firstName\":\"Bench\","
            + "\"lastName\":\"Agent %03d\",\"email\":\"bench-agent%03d@bench.confidant.invalid\","
            + "\"realmRoles\":[\"agent\"],\"requiredActions\":[],\"credentials\":["
            + "{\"type\":\"password\",\"value\":\"%s\",\"temporary\":false},"
            + "{\"type\":\"otp\",\"userLabel\":\"bench\",\"secretData\":\"{\\\"value\\\":\\\"%s\\\"}\","
            + "\"credentialData\":\"{\\\"subType\\\":\\\"totp\\\",\\\"digits\\\":6,\\\"counter\\\":0,"
            + "\\\"period\\\":30,\\\"algorithm\\\":\\\"HmacSHA1\\\"}\"}]}", i, i, i, password, totp))
        .collect(Collectors.joining(","));
    HttpResponse<String> imported = send(HttpRequest.newBuilder(
            URI.create(KEYCLOAK + "/admin/realms/confidant/partialImport"))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"ifResourceExists\":\"SKIP\",\"users\":[" + users + "]}"))
        .build(), 200);
    System.out.println("    keycloak partial import: " + imported.body().replaceAll("\"results\".*", "").strip());
  }

  static void seed(int contacts) throws Exception {
    String agent = login("demo.agent", secret("totp-demo.agent"));
    AtomicLong done = new AtomicLong();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    for (int i = 0; i < contacts; i++) {
      String number = knownNumber(i);
      String contact = "{\"name\":\"Bench Caller " + i + "\",\"birthDate\":\"1970-01-" + String.format("%02d", 1 + i % 28)
          + "\",\"phones\":[{\"label\":\"home\",\"number\":\"" + number + "\"}],\"recordNumbers\":[\"MRN-B" + i
          + "\"],\"customFields\":{}}";
      pending.add(http.sendAsync(json("POST", "/api/v1/contacts", contact, agent), HttpResponse.BodyHandlers.ofString())
          .thenCompose(created -> http.sendAsync(json("POST", "/api/v1/cases", "{\"contactId\":\""
              + field(created, "id") + "\",\"subject\":\"Bench case " + UUID.randomUUID() + "\"}", agent),
              HttpResponse.BodyHandlers.ofString()))
          .thenAccept(opened -> done.incrementAndGet()));
      if (pending.size() >= 8) {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        pending.clear();
      }
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    System.out.println("    registered " + done.get() + " contacts with an open case each through the API");
  }

  /** The i-th known caller's number; every 50th number is shared by two contacts (a family line: SEVERAL). */
  static String knownNumber(int i) {
    return "+1415" + (3_000_000 + (i % 50 == 49 ? i - 1 : i));
  }

  // ------------------------------------------------------------------------------------------------ drive

  static void drive(int rate, int seconds, int agents, int known) throws Exception {
    String admin = login("demo.admin", secret("totp-demo.admin"));
    String benchTotp = benchTotpSecret();
    List<String> tokens = new ArrayList<>();
    for (int i = 1; i <= agents; i++) {
      tokens.add(login(String.format("bench.agent%03d", i), benchTotp));
    }
    Map<String, String> match = new ConcurrentHashMap<>();
    AtomicLong offers = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    List<WebSocket> sockets = new ArrayList<>();
    try {
      for (String token : tokens) {
        CompletableFuture<Void> snapshot = new CompletableFuture<>();
        sockets.add(http.newWebSocketBuilder().header("Authorization", "Bearer " + token)
            .buildAsync(URI.create(BASE.replaceFirst("^https", "wss") + "/console/agent/socket"),
                new Desktop(admin, snapshot, match, offers, failures)).join());
        snapshot.get(20, TimeUnit.SECONDS);
        send(json("PUT", "/api/v1/agents/me/presence", "{\"state\":\"AVAILABLE\"}", token), 200);
      }
      System.out.println("    " + agents + " agents available, desktops open");

      ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
      Random random = new Random();
      AtomicLong posted = new AtomicLong();
    AtomicLong skipped = new AtomicLong();
    // At most 64 calls being posted at once: a server that falls behind is shown as calls not posted, rather than
    // buried under an ever longer backlog of requests (an open loop did that at 100 calls/s on the shared box).
    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(64);
      double perTick = rate / 100.0;
      double[] owed = {0};
      clock.scheduleAtFixedRate(() -> {
        owed[0] += perTick;
        while (owed[0] >= 1) {
          owed[0]--;
          String from = random.nextInt(100) < 80 ? knownNumber(random.nextInt(known))
              : "+1415" + (8_000_000 + random.nextInt(1_999_999));
          UUID call = UUID.randomUUID();
          posted.incrementAndGet();
          post(admin, call, 1, "OFFERED", from)
              .thenCompose(offered -> post(admin, call, 2, "QUEUED", APPOINTMENTS))
              .whenComplete((queued, failed) -> {
                if (failed != null || queued.statusCode() != 200) {
                  failures.incrementAndGet();
                }
              });
        }
      }, 0, 10, TimeUnit.MILLISECONDS);

      Thread.sleep(10_000);
      send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/screen-pops/latency"))
          .header("Authorization", "Bearer " + admin).DELETE().build(), 204);
      long postedBefore = posted.get();
    long skippedBefore = skipped.get();
      match.clear();
      Instant started = Instant.now();
      System.out.println("    warm-up done (10 s); measuring " + seconds + " s at " + rate + " calls/s");
      Thread.sleep(seconds * 1000L);
      clock.shutdownNow();
      double elapsed = Duration.between(started, Instant.now()).toMillis() / 1000.0;
      long measured = posted.get() - postedBefore;
      Thread.sleep(3_000);
      String figures = send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/screen-pops/latency"))
          .header("Authorization", "Bearer " + admin).GET().build(), 200).body();
      Map<String, Long> matches = match.values().stream().collect(Collectors.groupingBy(m -> m, Collectors.counting()));
      System.out.printf("    calls posted            %d in %.1f s (%.1f calls/s); not posted (64 in flight) %d%n",
        measured, elapsed, measured / elapsed, skipped.get() - skippedBefore);
      System.out.printf("    OFFER frames received   %d (%s), posting failures %d%n", match.size(), matches,
          failures.get());
      System.out.println("    server figures          " + figures);
    System.out.println("    failed posts by cause   " + FAILED);
    } finally {
      // Agents left available (or ringing) would take the next run's first calls: log them out, best effort.
      for (String token : tokens) {
        http.sendAsync(json("PUT", "/api/v1/agents/me/presence", "{\"state\":\"LOGGED_OUT\"}", token),
            HttpResponse.BodyHandlers.discarding()).exceptionally(failed -> null).join();
      }
      sockets.forEach(WebSocket::abort);
    }
  }

  /** An agent's desktop: an offered call is ended at once (the caller hangs up while it rings). */
  static final class Desktop implements WebSocket.Listener {

    private final String telephony;
    private final CompletableFuture<Void> snapshot;
    private final Map<String, String> match;
    private final AtomicLong offers;
    private final AtomicLong failures;
    private final StringBuilder partial = new StringBuilder();

    Desktop(String telephony, CompletableFuture<Void> snapshot, Map<String, String> match, AtomicLong offers,
        AtomicLong failures) {
      this.telephony = telephony;
      this.snapshot = snapshot;
      this.match = match;
      this.offers = offers;
      this.failures = failures;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frame(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    private void frame(String text) {
      String type = group(TYPE, text);
      if ("SNAPSHOT".equals(type)) {
        snapshot.complete(null);
      } else if ("OFFER".equals(type)) {
        offers.incrementAndGet();
        String callId = group(CALL_ID, text);
        match.put(callId, group(MATCH, text));
        post(telephony, UUID.fromString(callId), 3, "ENDED", "CALLER_HUNG_UP").whenComplete((ended, failed) -> {
          if (failed != null || ended.statusCode() != 200) {
            failures.incrementAndGet();
            failed(ended, failed);
          }
        });
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ HTTP

  static CompletableFuture<HttpResponse<String>> post(String token, UUID call, int sequence, String type,
      String detail) {
    String event = "{\"callId\":\"" + call + "\",\"sequence\":" + sequence + ",\"occurredAt\":\"" + Instant.now()
        + "\",\"type\":\"" + type + "\",\"detail\":\"" + detail + "\"}";
    return http.sendAsync(json("POST", "/api/v1/telephony/events", event, token), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest json(String method, String path, String body, String token) {
    return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
  }

  static HttpRequest form(URI uri, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  static HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
          + ": " + response.body());
    }
    return response;
  }

  static String login(String username, String totpSecret) throws Exception {
    return field(send(form(URI.create(OIDC + "/protocol/openid-connect/token"),
        Map.of("grant_type", "password", "client_id", "confidant-cli", "username", username,
            "password", secret("demo-password"), "totp", totp(totpSecret))), 200), "access_token");
  }

  static String field(HttpResponse<String> response, String name) {
    Matcher found = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(response.body());
    if (!found.find()) {
      throw new IllegalStateException("no " + name + " in " + response.statusCode() + " " + response.body());
    }
    return found.group(1);
  }

  static String group(Pattern pattern, String text) {
    Matcher found = pattern.matcher(text);
    return found.find() ? found.group(1) : null;
  }

  // ------------------------------------------------------------------------------------------------ secrets

  static String secret(String name) throws Exception {
    return Files.readString(SECRETS.resolve(name)).strip();
  }

  /** One TOTP secret shared by the bench agents (20 characters, kept in the secrets directory). */
  static String benchTotpSecret() throws Exception {
    Path file = SECRETS.resolve(BENCH_SECRET_FILE);
    if (!Files.exists(file)) {
      Files.writeString(file, UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }
    return secret(BENCH_SECRET_FILE);
  }

  /** RFC 6238, as ear/src/main/launcher/Totp.java: the secret's UTF-8 bytes are the key. */
  static String totp(String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
    int offset = hash[hash.length - 1] & 0xf;
    return String.format("%06d", (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000);
  }

  static SSLContext trustingTheInstance() throws Exception {
    try (InputStream in = Files.newInputStream(SECRETS.resolve("tls.p12"))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, secret("tls-keystore-password").toCharArray());
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    }
  }
}
