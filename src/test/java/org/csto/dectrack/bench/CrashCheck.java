package org.csto.dectrack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;

/**
 * Crash safety under a steady write load: the packaged service is SIGKILLed at a random moment, ROUNDS times. After each
 * kill the database is opened directly: every write that was answered 2xx must be there (sessions, documents, measures,
 * progress reports), and the data must be consistent (Consistency: roll-ups, child counts, last reports, search_terms);
 * then the service must start again on it.
 *
 * <p>Run: {@code src/bench/run.sh CrashCheck h2|pg ROUNDS} (pg: database dectrack_crash must exist, owned by dectrack; it
 * is wiped first). Exits 1 on any lost write or inconsistency.
 */
public final class CrashCheck {
    record Written(String table, String id) {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path jar = Path.of(db.equals("pg") ? "target/quarkus-app-pg/quarkus-run.jar" : "target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (see docs/resilience.md)");
        }
        String where;
        String url;
        if (db.equals("h2")) {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/bench")), "crash-h2-");
            where = dir.toString();
            url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/dectrack";
        } else {
            where = System.getProperty("pg.url", "jdbc:postgresql://localhost:5432/dectrack_crash");
            url = where;
            Flyway.configure().cleanDisabled(false).dataSource(url, "dectrack", "dectrack").load().clean();
        }
        List<String> jvm = Arrays.asList(System.getProperty("bench.jvm", "-Xmx256m").split(" "));
        Path log = Path.of("target/bench/crash-" + db + ".log");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<String> parents = new ArrayList<>();
        List<String> leaves = new CopyOnWriteArrayList<>();
        String document;
        try (Service service = Service.start(db, jar, where, jvm, log)) {
            authorization = service.authorization;
            String base = service.base();
            document = id(post(http, base + "/api/v1/documents", "{\"type\":\"PROGRAMME\",\"titles\":{\"ru\":\"Программа для проверки сбоев\","
                    + "\"en\":\"Crash programme\"},\"body\":\"CSC\",\"adoptionStatus\":\"ADOPTED\",\"adoptedOn\":\"2024-11-28\"}"));
            for (int p = 0; p < 3; p++) {
                String parent = id(post(http, base + "/api/v1/measures", measure("\"document\":\"" + document + "\"", p + 1)));
                parents.add(parent);
                for (int c = 0; c < 4; c++) {
                    leaves.add(id(post(http, base + "/api/v1/measures", measure("\"parent\":\"" + parent + "\"", c + 1))));
                }
            }
        }
        Queue<Written> acknowledged = new ConcurrentLinkedQueue<>();
        int failedRounds = 0;
        System.out.printf("crash check on %s, %d rounds%n", db, rounds);
        for (int round = 1; round <= rounds; round++) {
            Service service = Service.start(db, jar, where, jvm, log);
            authorization = service.authorization;
            AtomicBoolean running = new AtomicBoolean(true);
            Map<String, Integer> counts = new ConcurrentHashMap<>();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Thread writer = new Thread(() -> write(http, service.base(), document, parents, leaves, running, acknowledged, counts));
                writer.start();
                writers.add(writer);
            }
            long loadMillis = ThreadLocalRandom.current().nextLong(1000, 6000);
            Thread.sleep(loadMillis);
            service.kill(); // SIGKILL while requests are in flight
            running.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            List<String> lost = new ArrayList<>();
            List<String> problems;
            try (Connection c = DriverManager.getConnection(url, "dectrack", "dectrack")) {
                for (Written written : acknowledged) {
                    try (PreparedStatement s = c.prepareStatement("select count(*) from " + written.table() + " where id = ?")) {
                        s.setObject(1, java.util.UUID.fromString(written.id()));
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) != 1) {
                                lost.add(written.table() + " " + written.id());
                            }
                        }
                    }
                }
                problems = Consistency.check(c);
            }
            boolean ok = lost.isEmpty() && problems.isEmpty();
            failedRounds += ok ? 0 : 1;
            System.out.printf("round %2d: started in %.2f s, killed after %.1f s of load; acknowledged this round %s, in all %d;"
                            + " lost %d; consistency %s%n", round, service.startupSeconds, loadMillis / 1000.0, counts, acknowledged.size(),
                    lost.size(), problems.isEmpty() ? "OK" : problems);
            if (!lost.isEmpty()) {
                System.out.println("  lost: " + lost.subList(0, Math.min(10, lost.size())));
            }
        }
        try (Service service = Service.start(db, jar, where, jvm, log)) {
            authorization = service.authorization;
            System.out.printf("restart after the last kill: ready in %.2f s%n", service.startupSeconds);
        }
        System.out.println(failedRounds == 0 ? "CRASH CHECK PASSED: " + rounds + " kills, " + acknowledged.size()
                + " acknowledged writes all present, data consistent" : "CRASH CHECK FAILED in " + failedRounds + " round(s)");
        System.exit(failedRounds == 0 ? 0 : 1);
    }

    static String measure(String owner, int n) {
        return "{" + owner + ",\"titles\":{\"ru\":\"Мера " + n + "\"},\"lead\":\"SEC\",\"weight\":" + n + "}";
    }

    /** The {@code Authorization} header for the service started last. */
    private static volatile String authorization;

    static HttpResponse<String> post(HttpClient http, String uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String id(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** One writer: sessions, documents, sub-measures and (most often) progress reports, until the service dies. */
    static void write(HttpClient http, String base, String document, List<String> parents, List<String> leaves,
                      AtomicBoolean running, Queue<Written> acknowledged, Map<String, Integer> counts) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        while (running.get()) {
            double roll = random.nextDouble();
            try {
                HttpResponse<String> response;
                String table;
                if (roll < 0.55) {
                    table = "progress_report";
                    response = post(http, base + "/api/v1/measures/" + leaves.get(random.nextInt(leaves.size())) + "/reports",
                            "{\"reportedOn\":\"" + today + "\",\"reportingParty\":\"SEC\",\"texts\":{\"ru\":\"Отчёт\"},\"progress\":"
                                    + random.nextInt(1, 100) + "}");
                } else if (roll < 0.75) {
                    table = "council_session";
                    response = post(http, base + "/api/v1/sessions?allowDuplicate=true", "{\"body\":\"CMD\",\"status\":\"HELD\",\"startDate\":\""
                            + (1960 + random.nextInt(40)) + "-05-0" + random.nextInt(1, 10) + "\",\"attendees\":[\"RU\",\"KZ\"]}");
                } else if (roll < 0.9) {
                    table = "measure";
                    response = post(http, base + "/api/v1/measures",
                            measure("\"parent\":\"" + parents.get(random.nextInt(parents.size())) + "\"", 1 + random.nextInt(3)));
                } else {
                    table = "document";
                    response = post(http, base + "/api/v1/documents", "{\"type\":\"DECISION\",\"titles\":{\"ru\":\"Решение Ёлкино "
                            + random.nextInt() + "\",\"en\":\"Decision\"},\"body\":\"CMD\"}");
                }
                if (response.statusCode() / 100 == 2) {
                    String id = id(response);
                    acknowledged.add(new Written(table, id));
                    counts.merge(table, 1, Integer::sum);
                    if (table.equals("measure")) {
                        leaves.add(id);
                    }
                } else if (response.statusCode() != 409) {
                    counts.merge("status " + response.statusCode(), 1, Integer::sum);
                }
            } catch (Exception dead) {
                if (!running.get()) {
                    return;
                }
                counts.merge("no answer", 1, Integer::sum);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
