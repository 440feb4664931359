package org.csto.dectrack.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on its embedded H2 default keeps every acknowledged write across a crash: sessions created with
 * a 2xx, then {@code kill -9} (SIGKILL) of the JVM and a restart on the same data directory, are all there.
 */
class CrashDurabilityIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String SECRETARIAT = "Basic " + Base64.getEncoder().encodeToString("secretariat:secretariat".getBytes());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void acknowledgedWritesSurviveKillNine() throws Exception {
        assertTrue(Files.exists(JAR), "run ./mvnw verify (the package phase builds " + JAR + ")");
        Path data = Files.createTempDirectory(Path.of("target"), "crash-");
        int port = freePort();
        List<String> created = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            start(data, port);
            for (String location : created) {
                assertEquals(200, get(location).statusCode(), "after restart " + round + ": " + location);
            }
            for (int i = 0; i < 5; i++) {
                URI sessions = URI.create("http://localhost:" + port + "/api/v1/sessions?allowDuplicate=true");
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(sessions)
                        .header("Authorization", SECRETARIAT).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"CMD\",\"status\":\"HELD\",\"startDate\":\"2001-05-0"
                                + (i + 1) + "\",\"city\":\"Crash " + round + "-" + i + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, response.statusCode(), response.body());
                created.add(response.headers().firstValue("Location").orElseThrow());
            }
            process.destroyForcibly().waitFor(); // SIGKILL right after the last acknowledgement
        }
        start(data, port);
        for (String location : created) {
            assertEquals(200, get(location).statusCode(), "after the last restart: " + location);
        }
    }

    private HttpResponse<String> get(String location) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", SECRETARIAT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void start(Path data, int port) throws Exception {
        Path log = data.resolve("service.log");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddectrack.data-dir=" + data.toAbsolutePath(), "-Dquarkus.http.port=" + port,
                "-Ddectrack.demo-data.enabled=false", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service not ready within 60 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
