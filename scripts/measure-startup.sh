#!/usr/bin/env bash
# Start-up time and resident memory of the packaged service on the embedded database, with demo data,
# in a fresh data directory. Usage: scripts/measure-startup.sh [max-heap, default 256m]
# On a generated dataset (README, "Measure"), the environment passes through to the service:
#   WAYMARK_DB_URL=jdbc:postgresql://127.0.0.1:5432/waymark_bench WAYMARK_DB_USER=postgres WAYMARK_DEMO=false \
#     scripts/measure-startup.sh 512m
# (scripts/measure-pages.sh does the same and also samples memory under benchmark 2's load.)
set -euo pipefail
cd "$(dirname "$0")/.."
heap="${1:-256m}"
./mvnw -q -B -DskipTests package
jar=$(ls target/waymark-*.jar | grep -v original | head -n 1)
data=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
start=$(date +%s%N)
WAYMARK_DATA_DIR="$data" SERVER_PORT="$port" java "-Xmx$heap" -jar "$jar" >"$data/waymark.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 $pid 2>/dev/null; then echo "Waymark did not start; log:"; tail -n 40 "$data/waymark.log"; exit 1; fi
  sleep 0.1
done
ready=$(date +%s%N)
# one signed-in page, so the memory figure includes a served request
curl -fs -o /dev/null "http://127.0.0.1:$port/sign-in"
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
echo "date:            $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine:         $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "heap limit:      -Xmx$heap"
echo "time to healthy: $(( (ready - start) / 1000000 )) ms (JVM start to first UP from /actuator/health, demo data loaded)"
echo "resident memory: $(( rss_kb / 1024 )) MiB"
