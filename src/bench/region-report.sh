#!/usr/bin/env bash
# The quarterly monitoring report at region scale (issue 7: under 10 s), one command, from the
# repository root:
#   src/bench/region-report.sh [reports to generate, default 5]
# Uses the region under target/region (made by src/bench/region-generate.sh with seed 7 when
# missing), starts the application on it, and as the demo department user generates the report of
# the seed roadmap for the last full quarter n times (each a new immutable version: indicators
# counted over the whole region, the PDF and the XLSX rendered and stored), timing each request.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-5}"
[ -f target/region/seed ] || src/bench/region-generate.sh 7
source src/bench/region-app.sh
base="http://127.0.0.1:$port"
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"department","password":"demo"}' "$base/api/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
roadmap=$(curl -sf -H "Authorization: Bearer $token" "$base/api/roadmaps" \
  | python3 -c 'import json,sys; r=json.load(sys.stdin); r=r.get("items", r) if isinstance(r, dict) else r; print(min(x["id"] for x in r))')
read -r year quarter < <(python3 -c 'import datetime; d=datetime.date.today(); q=(d.month-1)//3; print(d.year-1 if q==0 else d.year, 4 if q==0 else q)')
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
