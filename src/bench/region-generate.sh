#!/usr/bin/env bash
# The region for the dashboard's benchmark (issue 7), one command, from the repository root:
#   src/bench/region-generate.sh [seed, default 7] [JDBC URL of a running application's database]
# Without a URL: a fresh embedded database under target/region (the demo district plus the region),
# with the application started on it and stopped afterwards; src/bench/region-dashboard.sh then
# reuses it. With a URL (e.g. jdbc:mysql://127.0.0.1:PORT/shibc?user=root&password=embedded): the
# region is added to that running application's database. The same seed gives the same region.
set -euo pipefail
cd "$(dirname "$0")/../.."
seed="${1:-7}"
today=$(TZ=Asia/Yekaterinburg date +%F)
connector="$HOME/.m2/repository/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar"
if [ $# -ge 2 ]; then
  java -cp "$connector" src/bench/RegionGenerator.java "$2&rewriteBatchedStatements=true" "$seed" "$today"
  exit 0
fi
rm -rf target/region
source src/bench/region-app.sh
echo "seed $seed, today $today; application on port $port, database on port $dbport"
java -cp "$connector" src/bench/RegionGenerator.java "$jdbc" "$seed" "$today"
echo "$seed" > "$region/seed"
echo "the region is in target/region/db; run src/bench/region-dashboard.sh"
