#!/usr/bin/env bash
# Reproduces every figure of BENCHMARKS.md: packages target/ruralkg.jar when stale, then runs the harness.
# Arguments go to org.ruralkg.bench.Bench: [--work DIR] [--articles N] [--seed S] [--rounds R].
# The results table is printed and written to target/bench/results.md; progress goes to standard error.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/ruralkg.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(cd "$here" && find src pom.xml ontology -newer "$jar" -type f -print -quit)" ]]; then
  (cd "$here" && mvn -q -B package -DskipTests >&2)
fi
cd "$here"
exec java -Xmx3g -cp "$jar" org.ruralkg.bench.Bench "$@"
