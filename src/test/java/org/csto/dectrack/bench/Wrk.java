package org.csto.dectrack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one endpoint with {@code wrk} (Debian package {@code wrk}), a load generator in C that is not the bottleneck
 * here (the Java client topped out at 5-10k req/s on the ceiling endpoint, wrk at 40-70k). Each request is drawn at
 * random from a file of prepared requests (path, and a JSON body for POST) by a Lua script, so ids and filters vary.
 */
final class Wrk {
    /** Requests prepared per endpoint: enough variety for random ids and filters, cheap to write. */
    static final int SAMPLES = 4000;

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\b");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /** True when {@code wrk} is on the PATH. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(5, TimeUnit.SECONDS);
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * One load run: {@code connections} open connections on two wrk threads for {@code seconds}.
     *
     * @param requests each call gives "METHOD path" or "POST path\tbody"
     */
    static Benchmark.Result run(String base, String name, Supplier<String> requests, String authorization, int connections,
                                int seconds) throws Exception {
        Path dir = Path.of("target/bench/wrk");
        Files.createDirectories(dir);
        String slug = name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        Path lines = dir.resolve(slug + ".txt");
        List<String> prepared = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            prepared.add(requests.get());
        }
        Files.write(lines, prepared, StandardCharsets.UTF_8);
        Path script = dir.resolve(slug + ".lua");
        Files.writeString(script, lua(lines.toAbsolutePath(), authorization), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("wrk", "-t", "2", "-c", Integer.toString(connections), "-d", seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), base).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed for " + name + ":\n" + output);
        }
        Files.writeString(dir.resolve(slug + ".out"), output, StandardCharsets.UTF_8);
        return parse(name, output);
    }

    static Benchmark.Result parse(String name, String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output:\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double ms = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (percentile.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        return new Benchmark.Result(name, Double.parseDouble(rate.group(1)), p50, p99, errors);
    }

    /** Reads the prepared requests once per thread; each request picks one at random. */
    private static String lua(Path lines, String authorization) {
        return """
                local requests = {}
                local auth = %s
                init = function(args)
                  math.randomseed(os.time() + tonumber(tostring(requests):match("0x(%%x+)") or "0", 16) %% 100000)
                  for line in io.lines("%s") do
                    local method, path, body = line:match("^(%%u+) ([^\\t]+)\\t?(.*)$")
                    requests[#requests + 1] = {method = method, path = path, body = body}
                  end
                end
                request = function()
                  local r = requests[math.random(#requests)]
                  local headers = {["Accept"] = "application/json"}
                  if auth ~= "" then headers["Authorization"] = auth end
                  if r.body ~= "" then
                    headers["Content-Type"] = "application/json"
                    return wrk.format(r.method, r.path, headers, r.body)
                  end
                  return wrk.format(r.method, r.path, headers)
                end
                """.formatted(authorization == null ? "\"\"" : "\"" + authorization.replace("\"", "\\\"") + "\"",
                lines.toString().replace("\\", "/"));
    }
}
