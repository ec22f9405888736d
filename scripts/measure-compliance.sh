#!/usr/bin/env bash
# Benchmark 3 of issue 10 (README, "Measure"): the compliance engine's sweep of every flag of a generated
# PostgreSQL dataset, beside one SQL scan of the placements table, and the re-evaluation after one change.
# Empties the flags of that database first (the sweep re-creates them). Usage: scripts/measure-compliance.sh [database]
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-waymark_bench}"
cp=$(scripts/bench-classpath.sh)
psql -q -h 127.0.0.1 -U postgres "$db" -c 'delete from flag_acknowledgement; delete from flag; delete from notice; delete from outbox_mail'
echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
WAYMARK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" WAYMARK_DB_USER=postgres WAYMARK_DEMO=false \
  WAYMARK_DATA_DIR="$(mktemp -d)" java -Xmx1g -cp "$cp" org.waymark.scale.ComplianceSweepBenchmark 2>&1 \
  | grep -vE "^\s*$| (INFO|DEBUG) "
