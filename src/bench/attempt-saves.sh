#!/usr/bin/env bash
# Benchmark of answer saves (issue 4): one command, from the repository root:
#   src/bench/attempt-saves.sh [seconds per phase, default 30]
# Builds the jar if needed, starts it on a fresh embedded database under target/bench-attempts on
# free ports, runs AttemptSaveBenchmark.java against it (HTTP phases, then the database's own
# ceiling over JDBC on the same mariadbd), stops it. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
[ -f target/shibc-academy.jar ] || mvn -B -q package -DskipTests
connector=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
dir="$PWD/target/bench-attempts"
rm -rf "$dir" && mkdir -p "$dir/tmp"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
dbport=$(free_port)
java -Xmx1g -Djava.io.tmpdir="$dir/tmp" -Dshibc.embedded.dir="$dir/db" -Dshibc.embedded.port="$dbport" \
  -jar target/shibc-academy.jar --port "$port" > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the application did not start; see $dir/app.log"; exit 1; }
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; java $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
# Compiled with the set-up it shares with the crash test (QuizCourseApi.java), and the CPU reading
# and keep-alive connection it shares with the course page benchmark (Cpu.java, KeepAlive.java).
javac -cp "$connector" -d "$dir/classes" src/bench/AttemptSaveBenchmark.java src/bench/QuizCourseApi.java src/bench/Cpu.java \
  src/bench/KeepAlive.java src/bench/BenchApi.java
java -cp "$connector:$dir/classes" AttemptSaveBenchmark "http://127.0.0.1:$port" "$seconds" "$dbport" "$app" "$dir/db"
