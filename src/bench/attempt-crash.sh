#!/usr/bin/env bash
# Crash test of answer saves (issue 4): one command, from the repository root:
#   src/bench/attempt-crash.sh [runs, default 3] [learners, default 64]
# Builds the jar if needed and runs AttemptCrashTest.java, which starts the jar on a fresh embedded
# database under target/crash on free ports, saves answers from N learners at once, kills the
# server with SIGKILL (every second run mariadbd too), restarts it on the same data and checks
# that no acknowledged save is lost. Exits non-zero on any loss, corruption or duplicate.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
learners="${2:-64}"
[ -f target/shibc-academy.jar ] || mvn -B -q package -DskipTests
connector=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)
dir="$PWD/target/crash"
rm -rf "$dir" && mkdir -p "$dir"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
dbport=$(free_port)
cleanup() {
  # Whatever the test leaves running after a failure: the last JVM it started and its mariadbd.
  for f in "$dir/app.pid" "$dir/db/mariadbd.pid"; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    grep -qaE 'shibc-academy|mariadbd' "/proc/$pid/cmdline" 2>/dev/null && kill -9 "$pid" || true
  done
}
trap cleanup EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; java $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
# Compiled with the set-up it shares with the save benchmark (QuizCourseApi.java, BenchApi.java).
javac -cp "$connector" -d "$dir/classes" src/bench/AttemptCrashTest.java src/bench/QuizCourseApi.java src/bench/BenchApi.java
java -cp "$connector:$dir/classes" AttemptCrashTest "$PWD/target/shibc-academy.jar" "$dir" "$port" "$dbport" "$runs" "$learners"
