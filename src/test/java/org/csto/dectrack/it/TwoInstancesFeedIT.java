package org.csto.dectrack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.csto.dectrack.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged PostgreSQL build on one database: 16 writers, half on each instance, create a document
 * and replace it 4 times; one follower long-polls the change feed of instance A only. It receives every acknowledged
 * version exactly once, each document's versions in increasing order, cursors strictly increasing: the cursor lock in
 * the database orders the commits of both instances (ChangeFeedResourceTest checks the same within one JVM).
 *
 * <p>Runs only in the suite on PostgreSQL ({@code ./mvnw verify -Dquarkus.test.profile=pg}, .ci/run step 3), whose
 * Maven profile {@code pg-package} also packages the production (PostgreSQL) build under {@code target/quarkus-app-pg};
 * the database is the suite's ({@code DECTRACK_PG_URL}, {@code DECTRACK_PG_USER}, {@code DECTRACK_PG_PASSWORD}), in a
 * schema of its own made for the run and dropped after it, so the tests before it and other runs on the same database
 * do not disturb the feed, and Flyway migrates an empty schema.
 */
class TwoInstancesFeedIT {
    private static final Path JAR = Path.of("target/quarkus-app-pg/quarkus-run.jar");
    private static final String DB_URL = env("DECTRACK_PG_URL", "jdbc:postgresql://localhost:5432/dectrack_test");
    private static final String DB_USER = env("DECTRACK_PG_USER", "dectrack");
    private static final String DB_PASSWORD = env("DECTRACK_PG_PASSWORD", "dectrack");
    /** The users the run signs in as (tokens below). */
    private static final String WRITER = "feedwriter";
    private static final String FOLLOWER = "feedreader";
    /** Production signs in with bearer tokens only: the run's writer and follower, signed with the test key. */
    private final Map<String, String> tokens = Map.of(WRITER, Tokens.sign(Tokens.claims(WRITER, "secretariat").expiresIn(3600)),
            FOLLOWER, Tokens.sign(Tokens.claims(FOLLOWER, "reader").expiresIn(3600)));
    private static final int WRITERS = 16;
    private static final int UPDATES = 4;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> processes = new ArrayList<>();
    private String schema;
    private Path logs;

    @BeforeEach
    void onPostgresqlOnly() {
        assumeTrue("pg".equals(System.getProperty("quarkus.test.profile")),
                "TwoInstancesFeedIT runs two service instances on one PostgreSQL database; it runs only in the suite on "
                        + "PostgreSQL (./mvnw verify -Dquarkus.test.profile=pg, .ci/run step 3), which packages the "
                        + "PostgreSQL build target/quarkus-app-pg. The embedded H2 default cannot be shared by two processes.");
        assertTrue(Files.exists(JAR), JAR + " is missing: the pg-package Maven profile builds it in the package phase of "
                + "./mvnw verify -Dquarkus.test.profile=pg");
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        processes.clear();
        if (schema != null) {
            sql("drop schema if exists " + schema + " cascade");
            schema = null;
        }
    }

    @Test
    void sixteenWritersOnTwoInstancesAndOneFollowerLoseAndRepeatNothing() throws Exception {
        schema = "feed_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("create schema " + schema);
        logs = Files.createTempDirectory(Path.of("target"), "two-instances-");
        // One after the other: A migrates the empty schema at start, B finds it migrated (no race between two Flyways).
        int a = start("a");
        int b = start("b");
        String baseA = "http://localhost:" + a;
        String baseB = "http://localhost:" + b;

        long start = head(baseA);
        Map<String, List<Long>> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger writesA = new AtomicInteger();
        AtomicInteger writesB = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        Future<List<JsonNode>> follower = pool.submit(() -> {
            List<JsonNode> pages = new ArrayList<>();
            long next = start;
            boolean drained = false;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!drained) {
                assertTrue(System.nanoTime() < deadline, "the follower did not drain the feed within 5 minutes");
                boolean wasWriting = writing.get();
                HttpResponse<String> response = send(baseA + "/api/v1/changes?after=" + next + "&limit=7&wait=1&types=document",
                        FOLLOWER, "GET", null, null);
                assertEquals(200, response.statusCode(), response.body());
                JsonNode page = json.readTree(response.body());
                pages.add(page);
                next = page.get("next").asLong();
                drained = !wasWriting && page.get("items").isEmpty();
            }
            return pages;
        });
        List<Future<?>> work = new ArrayList<>();
        List<JsonNode> pages;
        for (int w = 0; w < WRITERS; w++) {
            boolean onA = w % 2 == 0;
            String base = onA ? baseA : baseB;
            AtomicInteger writes = onA ? writesA : writesB;
            String word = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            work.add(pool.submit(() -> {
                List<Long> versions = new ArrayList<>();
                HttpResponse<String> created = send(base + "/api/v1/documents", WRITER, "POST", null, document(word, null));
                assertEquals(201, created.statusCode(), created.body());
                writes.incrementAndGet();
                String id = json.readTree(created.body()).get("id").asText();
                String etag = created.headers().firstValue("ETag").orElseThrow();
                versions.add(version(etag));
                for (int u = 1; u <= UPDATES; u++) {
                    HttpResponse<String> replaced = send(base + "/api/v1/documents/" + id, WRITER, "PUT", etag,
                            document(word, "Update " + u));
                    assertEquals(200, replaced.statusCode(), replaced.body());
                    writes.incrementAndGet();
                    etag = replaced.headers().firstValue("ETag").orElseThrow();
                    versions.add(version(etag));
                }
                acknowledged.put(id, versions);
                return null;
            }));
        }
        try {
            for (Future<?> f : work) {
                f.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            pages = follower.get(5, TimeUnit.MINUTES);
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }

        long lastCursor = start;
        int entries = 0;
        Map<String, List<Long>> received = new HashMap<>();
        for (JsonNode page : pages) {
            for (JsonNode item : page.get("items")) {
                long cursor = item.get("cursor").asLong();
                assertTrue(cursor > lastCursor, "cursors increase: " + cursor + " after " + lastCursor);
                lastCursor = cursor;
                entries++;
                assertEquals(WRITER, item.get("changedBy").asText(), item.toString());
                received.computeIfAbsent(item.get("id").asText(), k -> new ArrayList<>()).add(item.get("version").asLong());
            }
        }
        assertEquals(WRITERS, acknowledged.size());
        assertEquals(WRITERS * (1 + UPDATES) / 2, writesA.get(), "writes acknowledged by instance A");
        assertEquals(WRITERS * (1 + UPDATES) / 2, writesB.get(), "writes acknowledged by instance B");
        assertEquals(acknowledged.keySet(), received.keySet(), "the feed holds the written documents and no other");
        for (Map.Entry<String, List<Long>> written : acknowledged.entrySet()) {
            List<Long> versions = written.getValue();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1), "acknowledged versions increase: " + versions);
            }
            assertEquals(versions, received.get(written.getKey()),
                    "document " + written.getKey() + ": every acknowledged version once, in order");
        }
        assertEquals(WRITERS * (1 + UPDATES), entries, "one entry per acknowledged write");
        System.out.printf("TwoInstancesFeedIT: %d writers on two instances (A :%d, B :%d), %d acknowledged writes "
                        + "(%d on A, %d on B); the follower on A read %d entries in %d pages, cursors %d to %d; schema %s, logs %s%n",
                WRITERS, a, b, writesA.get() + writesB.get(), writesA.get(), writesB.get(), entries, pages.size(), start,
                lastCursor, schema, logs);
    }

    /** The cursor after every change so far. */
    private long head(String base) throws Exception {
        long next = 0;
        while (true) {
            HttpResponse<String> response = send(base + "/api/v1/changes?after=" + next + "&limit=1000", FOLLOWER, "GET", null, null);
            assertEquals(200, response.statusCode(), response.body());
            JsonNode page = json.readTree(response.body());
            if (page.get("items").isEmpty()) {
                return next;
            }
            next = page.get("next").asLong();
        }
    }

    /** A draft CSC decision, as support/Documents makes it. */
    private String document(String word, String notes) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "DECISION");
        body.put("body", "CSC");
        body.put("titles", Map.of("ru", "Документ " + word, "en", "Document " + word));
        if (notes != null) {
            body.put("notes", notes);
        }
        return json.writeValueAsString(body);
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replaceAll("\"(\\d+).*", "$1"));
    }

    private HttpResponse<String> send(String url, String user, String method, String ifMatch, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.get(user))
                .header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Starts an instance of the production build on the run's schema, trusting the test tokens (as the benchmark's
     * bench/Service does), and waits until it is ready; returns its port.
     */
    private int start(String name) throws Exception {
        int port = freePort();
        Path log = logs.resolve("instance-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.profile=production", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.max-size=16", "-Ddectrack.demo-data.enabled=false"));
        command.addAll(Tokens.trustedBy());
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DECTRACK_DB_URL", DB_URL + (DB_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        builder.environment().put("DECTRACK_DB_USER", DB_USER);
        builder.environment().put("DECTRACK_DB_PASSWORD", DB_PASSWORD);
        Process process = builder.start();
        processes.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "instance " + name + " exited with " + process.exitValue() + "; see " + log);
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return port;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("instance " + name + " not ready within 180 s; see " + log);
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
