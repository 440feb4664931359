#!/usr/bin/env bash
# Runs one of the benchmark tools (src/test/java/org/csto/dectrack/bench) on the test classpath, in its own JVM:
#   src/bench/run.sh DataGenerator|Benchmark|CrashCheck ARGS...
# Compiles the test classes and writes the dependency classpath once (target/bench/classpath.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/bench
if [ ! -s target/bench/classpath.txt ] || [ pom.xml -nt target/bench/classpath.txt ]; then
  ./mvnw -q -B -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
fi
if [ ! -f target/test-classes/org/csto/dectrack/bench/Benchmark.class ] \
   || [ -n "$(find src/test/java/org/csto/dectrack/bench -newer target/test-classes/org/csto/dectrack/bench/Benchmark.class)" ]; then
  ./mvnw -q -B -ntp test-compile
fi
tool="$1"; shift
# The benchmark measures the packaged service: build it (with its AppCDS archive) for the database asked for, and on
# PostgreSQL make the cluster, the role and a database per scale ready. BENCH_SKIP_BUILD=1 keeps the jar as built.
if [ "$tool" = Benchmark ]; then
  db="${1:-h2}"
  command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null || echo "wrk could not be installed: the Java client stands in"
  if [ "$db" = pg ]; then
    "$(pwd)/.ci/postgres" $(tr ',' '\n' <<<"${2:-S,L}" | tr 'A-Z' 'a-z' | sed 's/^/dectrack_bench_/')
  fi
  if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    if [ "$db" = pg ]; then
      ./mvnw -q -B -ntp package -DskipTests -Dquarkus.package.jar.appcds.enabled=true -Dquarkus.profile=production \
        -Dquarkus.package.output-directory=quarkus-app-pg
    else
      ./mvnw -q -B -ntp package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
    fi
  fi
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager ${BENCH_JAVA_OPTS:--Xmx3g} -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  "org.csto.dectrack.bench.${tool}" "$@"
