# Shared by region-generate.sh and region-dashboard.sh (sourced, not run): starts the packaged jar
# on the region's embedded database under target/region (kept between runs), on free ports, and
# stops it when the calling script exits. Sets $port, $dbport, $jdbc and $app.
connector="$HOME/.m2/repository/com/mysql/mysql-connector-j/9.7.0/mysql-connector-j-9.7.0.jar"
jar="${SHIBC_JAR:-target/shibc-academy.jar}"   # another copy may be named, e.g. while a build rewrites target/
[ -f "$jar" ] || mvn -B -q package -DskipTests
[ -f "$connector" ] || mvn -B -q dependency:get -Dartifact=com.mysql:mysql-connector-j:9.7.0
region="$PWD/target/region"
mkdir -p "$region/tmp"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
dbport=$(free_port)
java -Xmx1g -Djava.io.tmpdir="$region/tmp" -Dshibc.embedded.dir="$region/db" -Dshibc.embedded.port="$dbport" \
  -jar "$jar" --port "$port" > "$region/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 $app 2>/dev/null || { echo "the application did not start; see $region/app.log"; exit 1; }
  sleep 1
done
jdbc="jdbc:mysql://127.0.0.1:$dbport/shibc?user=root&password=embedded&rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
