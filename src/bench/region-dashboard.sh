#!/usr/bin/env bash
# The department's dashboard at region scale (issue 7), one command, from the repository root:
#   src/bench/region-dashboard.sh [timed calls per row, default 40]
# Uses the region under target/region (made by src/bench/region-generate.sh with seed 7 when
# missing), starts the application on it, times every dashboard API call and the full dashboard
# page (p50 / p95 / max against the targets) and prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-40}"
[ -f target/region/seed ] || src/bench/region-generate.sh 7
source src/bench/region-app.sh
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; java $(java -version 2>&1 | head -1)"
echo "region: seed $(cat "$region/seed"); application -Xmx1g on the embedded MariaDB"
echo "before: $(uptime)"
java src/bench/RegionDashboardBenchmark.java "http://127.0.0.1:$port" "$n"
echo "after: $(uptime)"
