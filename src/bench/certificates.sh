#!/usr/bin/env bash
# Benchmark of the certificates feature (issue 6): one command, from the repository root:
#   src/bench/certificates.sh [seconds per phase, default 30]
# Builds the jar if needed, starts it on a fresh embedded database under target/bench on free
# ports, runs CertificateBenchmark.java against it (PDFs, verification lookups, bulk issue of
# 10,000), stops it. Prints a Markdown table. The verification page's per-address rate limit is
# lifted for the run (-Dshibc.verify.requests-per-minute=100000000): all load comes from 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
connector="$HOME/.m2/repository/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar"
[ -f target/shibc-academy.jar ] || mvn -B -q package -DskipTests
[ -f "$connector" ] || mvn -B -q dependency:get -Dartifact=com.mysql:mysql-connector-j:9.7.0
dir="$PWD/target/bench"
rm -rf "$dir" && mkdir -p "$dir/tmp"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dbport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx1g -Djava.io.tmpdir="$dir/tmp" -Dshibc.embedded.dir="$dir/db" -Dshibc.embedded.port="$dbport" \
  -Dshibc.verify.requests-per-minute=100000000 -jar target/shibc-academy.jar --port "$port" > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the application did not start; see $dir/app.log"; exit 1; }
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; java $(java -version 2>&1 | head -1)"
echo "application: -Xmx1g, verification rate limit lifted (-Dshibc.verify.requests-per-minute=100000000)"
echo "before: $(uptime)"
java -cp "$connector" src/bench/CertificateBenchmark.java "http://127.0.0.1:$port" "$seconds" "$dbport" "$app"
echo "after: $(uptime)"
