package org.csto.dectrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Starts the packaged service on a generated database, warms it up, then measures requests per second and p50/p99 of the
 * framework's ceiling (/q/health/live) and of the main reads and one write, each as a ratio to the ceiling; then how fast
 * one follower reads the change feed from the start; at several scales in one run, with startup time to ready and RSS
 * after the run.
 *
 * <p>The load comes from {@code wrk} ({@link Wrk}; apt-get install wrk), with the Java client as a fallback where it is
 * missing. Run: {@code src/bench/run.sh Benchmark [h2|pg] [S,L]} (see docs/performance.md). System properties:
 * bench.connections (32, wrk), bench.threads (8, the Java fallback), bench.seconds (10 per endpoint and for the feed),
 * bench.warmup (10 s for each endpoint, all warmed up before any is measured), bench.jvm (the recommended settings, {@link Service#RECOMMENDED_JVM}).
 */
public final class Benchmark {
    record Result(String name, double rps, double p50, double p99, long errors) {
    }

    record Ids(List<String> documents, List<String> withMeasures, List<String> leaves, List<Integer> years) {
    }

    /** A follower's passes over the whole change feed: entries and pages of one pass, and the rate over all of them. */
    record Feed(long entries, int pages, int passes, double changesPerSecond, double msPerPage) {
    }

    record Pass(long entries, int pages) {
    }

    static final int FEED_LIMIT = 1000;
    static final String CEILING = "ceiling GET /q/health/live";
    /** Endpoints measured as a reader (clearance RESTRICTED, so through the visibility filter) start with this. */
    static final String AS_READER = "reader: ";
    /** Load just before each measurement, after the warm-up of all endpoints (pools and caches of that endpoint). */
    static final int SETTLE_SECONDS = 2;
    static final ObjectMapper JSON = new ObjectMapper();

    static final String[] WORDS = {"границ", "border", "наркот", "terrorism", "ёмкост", "budget", "миротвор", "training"};
    static final String[] LEADS = {"RU", "KZ", "TJ", "KG", "BY", "AM", "SEC", "JS", "PC"};

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        List<String> scales = Arrays.asList((args.length > 1 ? args[1] : "S,L").split(","));
        Path jar = Path.of(db.equals("pg") ? "target/quarkus-app-pg/quarkus-run.jar" : "target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (see docs/performance.md)");
        }
        List<String> jvm = Arrays.asList(System.getProperty("bench.jvm", Service.RECOMMENDED_JVM).split(" "));
        Map<String, Map<String, Result>> results = new LinkedHashMap<>();
        Map<String, String> facts = new LinkedHashMap<>();
        for (String scale : scales) {
            String where = prepare(db, scale);
            Ids ids = ids(db, where);
            Path log = Path.of("target/bench/service-" + db + "-" + scale + ".log");
            try (Service service = Service.start(db, jar, where, jvm, log)) {
                facts.put(scale + " startup to ready", String.format("%.2f s (%s)", service.startupSeconds,
                        Files.exists(jar.resolveSibling("app-cds.jsa")) ? "with the AppCDS archive" : "no AppCDS archive"));
                results.put(scale, run(service, ids));
                Feed feed = follow(service);
                facts.put(scale + " change feed, one follower from cursor 0 (limit " + FEED_LIMIT + ")", feed == null
                        ? "not served (404)"
                        : String.format("%,.0f changes/s; %,d entries in %d pages (%.1f ms per page), %d passes",
                                feed.changesPerSecond(), feed.entries(), feed.pages(), feed.msPerPage(), feed.passes()));
                facts.put(scale + " RSS after run", service.rssBytes() / (1024 * 1024) + " MB");
            }
        }
        print(db, jvm, results, facts);
    }

    /** Generates the scale once into target/bench (H2) or database dectrack_bench_&lt;scale&gt; (PostgreSQL). */
    static String prepare(String db, String scale) throws Exception {
        String url;
        String where;
        if (db.equals("h2")) {
            where = "target/bench/h2-" + scale.toLowerCase(Locale.ROOT);
            url = "jdbc:h2:file:" + Path.of(where).toAbsolutePath() + "/dectrack";
        } else {
            where = System.getProperty("pg.url.prefix", "jdbc:postgresql://localhost:5432/dectrack_bench_") + scale.toLowerCase(Locale.ROOT);
            url = where + "?reWriteBatchedInserts=true";
        }
        boolean empty;
        try (Connection c = DriverManager.getConnection(url, "dectrack", "dectrack"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from council_session")) {
                rs.next();
                empty = rs.getLong(1) == 0;
            } catch (java.sql.SQLException noSchema) {
                empty = true;
            }
        }
        if (empty) {
            System.out.println("generating scale " + scale + " into " + where);
            DataGenerator.main(new String[] {scale, url, "dectrack", "dectrack"});
        }
        return where;
    }

    /** Ids to address, read before the service starts (the H2 file is the service's alone while it runs). */
    static Ids ids(String db, String where) throws Exception {
        String url = db.equals("h2") ? "jdbc:h2:file:" + Path.of(where).toAbsolutePath() + "/dectrack" : where;
        List<String> documents = new ArrayList<>();
        List<String> withMeasures = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "dectrack", "dectrack"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select id from document")) {
                while (rs.next()) {
                    documents.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select distinct document_id from measure where depth = 1")) {
                while (rs.next()) {
                    withMeasures.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select id from measure where child_count = 0 and status = 'IN_PROGRESS'")) {
                while (rs.next()) {
                    leaves.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select distinct extract(year from considered_on) from document")) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
        }
        return new Ids(documents, withMeasures, leaves, years);
    }

    static <T> T any(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static Map<String, Result> run(Service service, Ids ids) throws Exception {
        String auth = service.authorization;
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        // Each endpoint gives request lines: "GET path", or "POST path<TAB>body".
        Map<String, Supplier<String>> endpoints = new LinkedHashMap<>();
        endpoints.put(CEILING, () -> "GET /q/health/live");
        endpoints.put("GET document by id", () -> "GET /api/v1/documents/" + any(ids.documents()));
        endpoints.put(AS_READER + "GET document by id", () -> "GET /api/v1/documents/" + any(ids.documents()));
        endpoints.put("measures by lead + overdue", () -> "GET /api/v1/measures?overdue=true&lead=" + any(Arrays.asList(LEADS)));
        endpoints.put("document roll-up", () -> "GET /api/v1/documents/" + any(ids.withMeasures()) + "/implementation");
        endpoints.put("POST progress report", () -> "POST /api/v1/measures/" + any(ids.leaves()) + "/reports\t{\"reportedOn\":\""
                + today + "\",\"reportingParty\":\"SEC\",\"texts\":{\"ru\":\"Отчёт нагрузочного теста\",\"en\":\"Benchmark report\"},"
                + "\"progress\":" + ThreadLocalRandom.current().nextInt(1, 99) + "}");
        // the searches last: at scale L on H2 they are the slowest, and their queue must not delay the others
        endpoints.put("search page (q + year)", () -> "GET /api/v1/documents?q="
                + URLEncoder.encode(any(Arrays.asList(WORDS)), StandardCharsets.UTF_8) + "&year=" + any(ids.years()));
        endpoints.put("search page (q + type, no year)", () -> "GET /api/v1/documents?q="
                + URLEncoder.encode(any(Arrays.asList(WORDS)), StandardCharsets.UTF_8) + "&type=DECISION");
        endpoints.put("search page (q alone)", () -> "GET /api/v1/documents?q="
                + URLEncoder.encode(any(Arrays.asList(WORDS)), StandardCharsets.UTF_8));
        endpoints.put(AS_READER + "search page (q + year)", endpoints.get("search page (q + year)"));
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmup = Integer.getInteger("bench.warmup", 10);
        boolean wrk = Wrk.available();
        int connections = Integer.getInteger("bench.connections", 32);
        int threads = Integer.getInteger("bench.threads", 8);
        if (!wrk) {
            System.out.println("  wrk is not installed (apt-get install wrk): falling back to the Java client, which saturates "
                    + "long before the service does");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // Warm-up of every endpoint first, then the measurements: the JIT compiles the paths that all requests share
        // (security, JAX-RS, Hibernate, Jackson) only after a while, and a short warm-up per endpoint measured the
        // compiler more than the service (the first endpoints at a third of their warm rate).
        System.out.printf("  warming up every endpoint for %d s%n", warmup);
        for (var endpoint : endpoints.entrySet()) {
            measure(service, endpoint.getKey(), endpoint.getValue(), auth, wrk, http, connections, threads, warmup);
            awaitIdle(service, http, auth);
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (var endpoint : endpoints.entrySet()) {
            String name = endpoint.getKey();
            measure(service, name, endpoint.getValue(), auth, wrk, http, connections, threads, SETTLE_SECONDS);
            Result result = measure(service, name, endpoint.getValue(), auth, wrk, http, connections, threads, seconds);
            awaitIdle(service, http, auth);
            results.put(name, result);
            System.out.printf("  %-34s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%n", name, result.rps(),
                    result.p50(), result.p99(), result.errors());
        }
        return results;
    }

    /**
     * Waits (up to 3 minutes) until a light authenticated read answers within half a second: requests an endpoint left
     * queued when the load stopped (a slow one at scale L) must not be charged to the next endpoint.
     */
    private static void awaitIdle(Service service, HttpClient http, String auth) throws Exception {
        HttpRequest probe = request(service.base(), "GET /api/v1/bodies", auth);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            long begin = System.nanoTime();
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
                if (System.nanoTime() - begin < 500_000_000L) {
                    return;
                }
            } catch (IOException busy) {
                Thread.sleep(500);
            }
        }
        System.out.println("  (the service was still busy 3 minutes after the load stopped)");
    }

    /** One load of an endpoint for some seconds, with wrk or with the Java client. */
    private static Result measure(Service service, String name, Supplier<String> lines, String auth, boolean wrk, HttpClient http,
                                  int connections, int threads, int seconds) throws Exception {
        String as = name.startsWith(AS_READER) ? service.readerAuthorization : auth;
        if (wrk) {
            return Wrk.run(service.base(), name, lines, as, connections, seconds);
        }
        Result measured = load(http, () -> request(service.base(), lines.get(), as), threads, seconds);
        return new Result(name, measured.rps(), measured.p50(), measured.p99(), measured.errors());
    }

    /** A request line ("GET path" or "POST path<TAB>body") as a Java request, for the fallback client. */
    static HttpRequest request(String base, String line, String auth) {
        String[] methodAndRest = line.split(" ", 2);
        String[] pathAndBody = methodAndRest[1].split("\t", 2);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndBody[0])).header("Accept", "application/json");
        if (!pathAndBody[0].startsWith("/q/")) {
            request.header("Authorization", auth);
        }
        return pathAndBody.length == 1 ? request.GET().build() : request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(pathAndBody[1], StandardCharsets.UTF_8)).build();
    }

    /**
     * A follower catching up with the change feed: from cursor 0, pages of {@value #FEED_LIMIT} following {@code next} until
     * a page is empty, one request at a time. Passes for bench.warmup seconds, then for bench.seconds (at least one each);
     * null when the service has no feed. The entries are those of the run's writes: generated data has no change record.
     */
    static Feed follow(Service service) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Pass pass = pass(http, service);
        if (pass == null) {
            return null;
        }
        long warm = System.nanoTime() + Integer.getInteger("bench.warmup", 5) * 1_000_000_000L;
        while (System.nanoTime() < warm) {
            pass(http, service);
        }
        long begin = System.nanoTime();
        long end = begin + Integer.getInteger("bench.seconds", 10) * 1_000_000_000L;
        long entries = 0;
        int pages = 0;
        int passes = 0;
        do {
            pass = pass(http, service);
            entries += pass.entries();
            pages += pass.pages();
            passes++;
        } while (System.nanoTime() < end);
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Feed(entries / passes, pages / passes, passes, entries / seconds, seconds * 1000 / pages);
    }

    /** One pass over the feed from cursor 0 (the last page, empty, counted); null on 404. */
    static Pass pass(HttpClient http, Service service) throws Exception {
        String base = service.base();
        long after = 0;
        long entries = 0;
        int pages = 0;
        while (true) {
            HttpResponse<byte[]> response = http.send(get(base + "/api/v1/changes?after=" + after + "&limit=" + FEED_LIMIT,
                    service.authorization), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404 && pages == 0) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("change feed after " + after + ": HTTP " + response.statusCode());
            }
            JsonNode page = JSON.readTree(response.body());
            pages++;
            if (page.get("items").isEmpty()) {
                return new Pass(entries, pages);
            }
            entries += page.get("items").size();
            after = page.get("next").asLong();
        }
    }

    static HttpRequest get(String uri, String auth) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", auth).header("Accept", "application/json").build();
    }

    /** Closed loop: each thread sends its next request when the previous answer has arrived. */
    static Result load(HttpClient http, Supplier<HttpRequest> requests, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.get();
                    long begin = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - begin;
                    if (response.statusCode() >= 400) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            all.add(future.get());
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (merged.length == 0) {
            return new Result("", 0, 0, 0, errors.get());
        }
        return new Result("", merged.length / (double) seconds, merged[merged.length / 2] / 1e6,
                merged[(int) Math.min(merged.length - 1, Math.ceil(merged.length * 0.99) - 1)] / 1e6, errors.get());
    }

    static void print(String db, List<String> jvm, Map<String, Map<String, Result>> results, Map<String, String> facts) {
        StringBuilder out = new StringBuilder();
        out.append("\n## ").append(db.equals("pg") ? "PostgreSQL" : "H2 (embedded default)").append(", JVM ").append(jvm)
                .append(" with MALLOC_ARENA_MAX=").append(System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"))
                .append(", ").append(Wrk.available() ? "wrk, " + Integer.getInteger("bench.connections", 32) + " connections"
                        : "Java client, " + Integer.getInteger("bench.threads", 8) + " threads").append(", ")
                .append(Integer.getInteger("bench.seconds", 10)).append(" s per endpoint\n\n");
        List<String> scales = new ArrayList<>(results.keySet());
        out.append("| endpoint |");
        for (String scale : scales) {
            out.append(" ").append(scale).append(" req/s | ").append(scale).append(" ratio | ").append(scale).append(" p50 ms | ")
                    .append(scale).append(" p99 ms |");
        }
        if (scales.size() > 1) {
            out.append(" p99 ").append(scales.get(scales.size() - 1)).append("/").append(scales.get(0)).append(" |");
        }
        out.append("\n|---|").append("---|---|---|---|".repeat(scales.size())).append(scales.size() > 1 ? "---|" : "").append("\n");
        for (String endpoint : results.get(scales.get(0)).keySet()) {
            out.append("| ").append(endpoint).append(" |");
            for (String scale : scales) {
                Result r = results.get(scale).get(endpoint);
                Result ceiling = results.get(scale).values().iterator().next();
                out.append(String.format(" %.0f | %.2f | %.2f | %.2f |", r.rps(), r.rps() / ceiling.rps(), r.p50(), r.p99()));
            }
            if (scales.size() > 1) {
                Result first = results.get(scales.get(0)).get(endpoint);
                Result last = results.get(scales.get(scales.size() - 1)).get(endpoint);
                out.append(String.format(" %.2f |", last.p99() / first.p99()));
            }
            out.append("\n");
        }
        out.append("\n");
        facts.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append("\n"));
        results.forEach((scale, r) -> r.values().stream().filter(x -> x.errors() > 0)
                .forEach(x -> out.append("- ").append(scale).append(" ").append(x.name()).append(": ").append(x.errors())
                        .append(" responses >= 400\n")));
        System.out.println(out);
        try {
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/result-" + db + ".md"), out.toString());
        } catch (java.io.IOException e) {
            System.err.println("could not write target/bench: " + e);
        }
    }
}
