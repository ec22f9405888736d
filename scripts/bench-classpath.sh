#!/usr/bin/env bash
# Used by the benchmark scripts: compiles main and test classes and prints the class path that runs the
# benchmark mains (target/benchmark-classes holds only them, so no test configuration comes along).
set -euo pipefail
./mvnw -q -B test-compile
if [ ! -s target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >/dev/null
fi
rm -rf target/benchmark-classes && mkdir -p target/benchmark-classes/org/waymark/scale
cp target/test-classes/org/waymark/scale/*Benchmark*.class target/benchmark-classes/org/waymark/scale/
echo "target/benchmark-classes:target/classes:$(cat target/classpath.txt)"
