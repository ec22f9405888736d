#!/usr/bin/env bash
# Benchmarks 2 and 4 of issue 10 (README, "Measure"): starts the packaged service on a generated PostgreSQL
# dataset (scripts/generate.sh), times its first healthy response, signs in USERS users and requests the ten most
# used pages for SECONDS beside the sign-in page (the floor), sampling resident memory, then reports the heap.
# Usage: scripts/measure-pages.sh [database, default waymark_bench] [users 50] [seconds 60] [think ms 500] [heap 512m]
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-waymark_bench}"; users="${2:-50}"; seconds="${3:-60}"; think="${4:-500}"; heap="${5:-512m}"
url="jdbc:postgresql://127.0.0.1:5432/$db"
cp=$(scripts/bench-classpath.sh)
./mvnw -q -B -DskipTests package
jar=$(ls target/waymark-*.jar | grep -v original | head -n 1)
port=$(( 20000 + RANDOM % 20000 ))
log=$(mktemp)
start=$(date +%s%N)
WAYMARK_DB_URL="$url" WAYMARK_DB_USER=postgres WAYMARK_DEMO=false WAYMARK_DATA_DIR="$(mktemp -d)" SERVER_PORT="$port" \
  WAYMARK_DB_POOL="${WAYMARK_DB_POOL:-20}" java "-Xmx$heap" -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 $pid 2>/dev/null; then echo "Waymark did not start; log:"; tail -n 40 "$log"; exit 1; fi
  sleep 0.2
done
ready=$(date +%s%N)
# the start-up compliance sweep runs on ApplicationReadyEvent: readiness turns UP after it, then the load starts
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do sleep 0.5; done
accepting=$(date +%s%N)
echo "date:            $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine:         $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
echo "database:        $url ($(psql -h 127.0.0.1 -U postgres -tAc 'select count(*) from placement' "$db") placements, $(psql -h 127.0.0.1 -U postgres -tAc 'select count(*) from attendance_mark' "$db") marks)"
echo "time to healthy: $(( (ready - start) / 1000000 )) ms (JVM start to first UP from /actuator/health, -Xmx$heap)"
echo "time to ready:   $(( (accepting - start) / 1000000 )) ms (readiness UP, after the start-up compliance sweep)"
max_rss=0
( while kill -0 $pid 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$pid/status; sleep 1; done ) > "$log.rss" &
sampler=$!
java -cp "$cp" org.waymark.scale.PageLatencyBenchmark "http://127.0.0.1:$port" "$url" "$users" "$seconds" "$think"
kill $sampler 2>/dev/null || true
max_rss=$(sort -n "$log.rss" | tail -n 1)
echo "resident memory: max $(( max_rss / 1024 )) MiB under load (sampled each second)"
jcmd $pid GC.heap_info 2>/dev/null | head -n 3 | sed 's/^/heap:            /' || true
