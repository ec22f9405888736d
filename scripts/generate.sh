#!/usr/bin/env bash
# Fills an EMPTY database with a deterministic synthetic dataset (README, "Measure"). Example:
#   psql -h 127.0.0.1 -U postgres -c 'create database waymark_bench'
#   scripts/generate.sh --scale la --years 1 --seed 42 --db jdbc:postgresql://127.0.0.1:5432/waymark_bench
# Options: scripts/generate.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B compile
if [ ! -s target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
fi
exec java -Xmx2g -cp "target/classes:$(cat target/classpath.txt)" org.waymark.scale.GenerateCommand "$@"
