#!/usr/bin/env bash
# Benchmark 1: registers submitted through POST /api/v1/registers at the 09:30 peak (50 providers at once,
# registers of 5-60 pupils) beside plain JDBC batch inserts of the same rows, on a fresh PostgreSQL database.
# Usage: scripts/measure-registers.sh [providers]   (PostgreSQL on 127.0.0.1:5432, user postgres, trust)
set -euo pipefail
cd "$(dirname "$0")/.."
providers="${1:-50}"
db="waymark_bench_registers_$$"
psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c "create database $db"
trap 'psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $db" >/dev/null 2>&1 || true' EXIT
WAYMARK_TEST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" WAYMARK_TEST_DB_USER=postgres WAYMARK_TEST_DB_PASSWORD= \
  ./mvnw -q -B verify -Pbenchmark -Dtest=RegisterIngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.providers="$providers" >target/measure-registers.log 2>&1 || { tail -n 60 target/measure-registers.log; exit 1; }
echo "$(date -u +%F) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
cat target/benchmark/register-ingestion.txt
