package org.csto.dectrack.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Tokens;

/** The packaged service as a child process: started on a free port, waited for until ready, killed or stopped. */
final class Service implements AutoCloseable {
    /**
     * The JVM settings docs/performance.md recommends on two cores, with {@code MALLOC_ARENA_MAX=2}: a small heap with
     * the serial collector, smaller thread stacks, code cache and metaspace bounded.
     */
    static final String RECOMMENDED_JVM = "-Xmx192m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m";

    static final String USER = "bench";
    static final String PASSWORD = "bench";
    /** A reader (clearance RESTRICTED): its reads pass the visibility filter, the Secretariat's do not. */
    static final String READER = "bench-reader";

    final Process process;
    final int port;
    final double startupSeconds;

    /** The {@code Authorization} header of the load. */
    final String authorization;
    /** The {@code Authorization} header of a reader. */
    final String readerAuthorization;

    private Service(Process process, int port, double startupSeconds, String authorization, String readerAuthorization) {
        this.process = process;
        this.port = port;
        this.startupSeconds = startupSeconds;
        this.authorization = authorization;
        this.readerAuthorization = readerAuthorization;
    }

    /**
     * @param db "h2" (jar from target/quarkus-app, data under {@code target}) or "pg" (production build, JDBC URL)
     * @param where the H2 data directory, or the PostgreSQL JDBC URL
     */
    static Service start(String db, Path jar, String where, List<String> jvmOptions, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Ddectrack.demo-data.enabled=false");
        command.add("-Dquarkus.log.category.\"org.csto\".level=WARN");
        // A user for the load: an embedded user (HTTP Basic) in the default setup; production signs in with bearer tokens
        // only, so there it trusts the test signing key and the load carries a token.
        if (db.equals("h2")) {
            command.add("-Ddectrack.data-dir=" + Path.of(where).toAbsolutePath());
            command.add("-Dquarkus.security.users.embedded.users." + USER + "=" + PASSWORD);
            command.add("-Dquarkus.security.users.embedded.roles." + USER + "=secretariat");
            command.add("-Dquarkus.security.users.embedded.users." + READER + "=" + PASSWORD);
            command.add("-Dquarkus.security.users.embedded.roles." + READER + "=reader");
        } else {
            command.add("-Dquarkus.profile=production");
            command.addAll(Tokens.trustedBy());
        }
        // Quarkus's AppCDS archive (built with -Dquarkus.package.jar.appcds.enabled=true) names the jar by a path relative
        // to its directory, so the service starts there; without the archive it starts as it would anyway.
        Path cds = jar.resolveSibling("app-cds.jsa");
        if (Files.exists(cds)) {
            command.add("-XX:SharedArchiveFile=" + cds.getFileName());
        }
        command.add("-jar");
        command.add(jar.getFileName().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(jar.toAbsolutePath().getParent().toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toAbsolutePath().toFile()));
        // glibc's malloc keeps an arena per thread that allocates (up to 8 per core): two keep the native heap small.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        if (db.equals("pg")) {
            Map<String, String> env = builder.environment();
            env.put("DECTRACK_DB_URL", where);
            env.put("DECTRACK_DB_USER", System.getProperty("pg.user", "dectrack"));
            env.put("DECTRACK_DB_PASSWORD", System.getProperty("pg.password", "dectrack"));
        }
        Files.createDirectories(log.getParent());
        long begin = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = begin + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return new Service(process, port, (System.nanoTime() - begin) / 1e9, authorization(db, USER, "secretariat"),
                            authorization(db, READER, "reader"));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        process.destroyForcibly();
        throw new IllegalStateException("service not ready within 180 s; see " + log);
    }

    /** HTTP Basic on the embedded build, a bearer token (valid for a day) on the production build. */
    private static String authorization(String db, String user, String role) {
        return db.equals("h2") ? "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))
                : "Bearer " + Tokens.sign(Tokens.claims(user, role).expiresIn(24 * 3600));
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Resident set size of the service, from /proc (Linux). */
    long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
            }
        }
        return -1;
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
