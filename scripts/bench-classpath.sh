#!/usr/bin/env bash
# Sourced by the benchmark scripts: compiles main and test classes and prints the class path to run them.
set -euo pipefail
./mvnw -q -B test-compile
if [ ! -s target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
fi
echo "target/test-classes:target/classes:$(cat target/classpath.txt)"
