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
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager ${BENCH_JAVA_OPTS:--Xmx3g} -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  "org.csto.dectrack.bench.${tool}" "$@"
