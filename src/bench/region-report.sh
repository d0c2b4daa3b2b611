#!/usr/bin/env bash
# The quarterly monitoring report at region scale (issue 7: under 10 s), one command, from the
# repository root:
#   src/bench/region-report.sh [reports to generate, default 5]
# Uses the region under target/region (made by src/bench/region-generate.sh with seed 7 when
# missing), starts the application on it, and as the demo department user generates the report of
# the seed roadmap for its last quarter (or the last one over) n times (each a new immutable version: indicators
# counted over the whole region, the PDF and the XLSX rendered and stored), timing each request.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-5}"
[ -f target/region/seed ] || src/bench/region-generate.sh 7
source src/bench/region-app.sh
base="http://127.0.0.1:$port"
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"department","password":"demo"}' "$base/api/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# the seed roadmap, for the last quarter that is both over and within its period
read -r roadmap year quarter < <(curl -sf -H "Authorization: Bearer $token" "$base/api/roadmaps" | python3 -c '
import datetime, json, sys
r = [x for x in json.load(sys.stdin) if x.get("seedKey")][0]
end = min(datetime.date.fromisoformat(r["periodEnd"]), datetime.date.today() - datetime.timedelta(days=92))
print(r["id"], end.year, (end.month - 1) // 3 + 1)')
echo "machine: $(nproc) cores; region seed $(cat "$region/seed"); roadmap $roadmap, $year Q$quarter; before: $(uptime)"
echo "| report | HTTP | seconds | PDF bytes | XLSX bytes |"
echo "|---|---|---|---|---|"
for i in $(seq 1 "$n"); do
  out=$(curl -s -o "$region/report.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"roadmapId\":$roadmap,\"year\":$year,\"quarter\":$quarter}" "$base/api/monitoring-reports")
  id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$region/report.json" 2>/dev/null || echo "?")
  pdf=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$base/api/monitoring-reports/$id/pdf")
  xlsx=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$base/api/monitoring-reports/$id/xlsx")
  echo "| $i | ${out% *} | ${out#* } | $pdf | $xlsx |"
done
echo "after: $(uptime)"
