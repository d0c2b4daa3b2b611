#!/usr/bin/env bash
# Benchmark of the learner's course page (issue 3): one command, from the repository root:
#   src/bench/course-page.sh [seconds per phase, default 30] [warm-up of the HTML page in seconds, default 180]
# Builds the jar if needed, starts it on a fresh embedded database under target/bench on a free
# port, runs CoursePageBenchmark.java (compiled with BenchApi.java, Cpu.java and KeepAlive.java) against it, stops it. Prints a Markdown table.
# BENCH_APP_OPTS adds JVM options to the server, e.g. a JFR recording:
#   BENCH_APP_OPTS=-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile src/bench/course-page.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
warmup="${2:-180}"
[ -f target/shibc-academy.jar ] || mvn -B -q package -DskipTests
dir="$PWD/target/bench"
rm -rf "$dir" && mkdir -p "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dbport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$dir/tmp"
java -Xmx1g ${BENCH_APP_OPTS:-} -Djava.io.tmpdir="$dir/tmp" -Dshibc.embedded.dir="$dir/db" -Dshibc.embedded.port="$dbport" -jar target/shibc-academy.jar --port "$port" \
  > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the application did not start; see $dir/app.log"; exit 1; }
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; java $(java -version 2>&1 | head -1)"
javac -d "$dir/classes" src/bench/CoursePageBenchmark.java src/bench/BenchApi.java src/bench/Cpu.java src/bench/KeepAlive.java
java -cp "$dir/classes" CoursePageBenchmark "http://127.0.0.1:$port" "$seconds" "$app" "$dir/db" "$warmup"
