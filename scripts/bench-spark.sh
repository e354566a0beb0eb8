#!/usr/bin/env bash
# Measures how the Spark build job scales from local[1] to local[2] (issue #12; BENCHMARKS.md, Spark), in ONE run:
# the two settings interleaved, ROUNDS times each (order swapped every round, so a change in the machine's load
# hits both), on a corpus large enough that JVM start, Spark start, loading the extractor and JIT warm-up are small
# next to the extraction (default 3,000 generated articles, seed 42, in JSON Lines files of 50).
# Besides wall time it records what a busy machine does not distort: the job's own time and its extract phase
# (report.json), the extract tasks, and CPU seconds per thread group (task threads, JIT compiler, GC, the rest)
# read from /proc; and the load average around every run. A third setting, local[1] pinned to one CPU
# (taskset), shows what one core gives when JIT and GC cannot borrow the second. Then the extraction alone
# (org.ruralkg.bench.ScalingBench: no Spark, no store) with 1 and 2 threads.
# Arguments: [--articles N] [--per-file N] [--rounds R] [--work DIR] [--no-pinned] [--no-scaling].
# The table goes to standard output and DIR/results.md (default target/bench-spark).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles=3000 per_file=50 rounds=2 work="$here/target/bench-spark" pinned=1 scaling=1
while (($#)); do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --per-file) per_file="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-pinned) pinned=0; shift ;;
    --no-scaling) scaling=0; shift ;;
    *) echo "usage: $0 [--articles N] [--per-file N] [--rounds R] [--work DIR] [--no-pinned] [--no-scaling]" >&2
       exit 64 ;;
  esac
done
command -v taskset >/dev/null || pinned=0
cd "$here"
# core jar, job jar and the class path spark-submit would give the job (Spark's own jars, then the job's)
mvn -q -B -f pom-all.xml package -DskipTests >&2
# Without org.ruralkg: the core jar installed in ~/.m2 (whatever was last installed there, on a shared machine
# another branch's) would come first and shadow the core classes shaded into the job jar.
mvn -q -B -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided -DexcludeGroupIds=org.ruralkg \
    -Dmdep.outputFile="$here/spark/target/spark-classpath.txt" >&2
spark_cp="$(cat spark/target/spark-classpath.txt):$here/spark/target/ruralkg-spark.jar"
# what spark-submit adds on Java 17 (Spark's JavaModuleOptions)
opens=(-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false
       -Dio.netty.tryReflectionSetAccessible=true)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done

rm -rf "$work" && mkdir -p "$work"
cat > "$work/Corpus.java" <<JAVA
public class Corpus {
    public static void main(String[] a) {
        org.ruralkg.bench.CorpusGenerator.create().seed(42).build()
            .write(java.nio.file.Path.of(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2]));
    }
}
JAVA
java -cp target/ruralkg.jar "$work/Corpus.java" "$work/corpus" "$articles" "$per_file"

load() { cut -d' ' -f1 /proc/loadavg; }
# CPU seconds per thread group of process $1 until it exits: the last /proc sample of every thread, so threads
# that end early (compiler threads come and go) still count
cpu_by_group() {
  local pid=$1 raw=$2
  # until it exits; a zombie (exited, not yet waited for) still has a /proc entry
  while [[ -r /proc/$pid/stat && "$(sed 's/.*) //' /proc/"$pid"/stat | cut -d' ' -f1)" != Z ]]; do cat /proc/"$pid"/task/*/stat 2>/dev/null >>"$raw" || true; sleep 0.5; done
  awk -v hz="$(getconf CLK_TCK)" '{
      i = index($0, "("); j = length($0); while (substr($0, j, 1) != ")") j--;
      comm = substr($0, i + 1, j - i - 1); split(substr($0, j + 2), f, " ");
      tid = substr($0, 1, i - 2); cpu[tid] = (f[12] + f[13]) / hz; name[tid] = comm }
    END { for (t in cpu) {
            n = name[t]; g = "other"
            if (n ~ /Executor task/) g = "tasks"; else if (n ~ /Compiler/) g = "jit"; else if (n ~ /^(G1 |GC )/) g = "gc"
            s[g] += cpu[t] }
          printf "%.1f %.1f %.1f %.1f\n", s["tasks"], s["jit"], s["gc"], s["other"] }' "$raw"
}
json() { grep -o "\"$2\" : [0-9.]*" "$1" | head -1 | grep -o '[0-9.]*$'; }
run_spark() { # label, master, [prefix command…]
  local label=$1 master=$2 dir="$work/$1" l0 t0 t1 pid cpu
  shift 2
  l0=$(load); t0=$(date +%s.%N)
  "$@" java -Xmx3g "${opens[@]}" -Dspark.master="$master" -Dspark.ui.enabled=false -cp "$spark_cp" \
      org.ruralkg.spark.BuildJob --out "$dir" "$work/corpus" >"$dir.out" 2>"$dir.err" &
  pid=$!
  cpu=$(cpu_by_group "$pid" "$dir.stat")
  wait "$pid" || { tail "$dir.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf '%s %.1f %s %s %s %s %s %s\n' "${label%-r*}" "$(echo "$t1 - $t0" | bc)" "$(json "$dir/report.json" seconds)" \
    "$(json "$dir/report.json" extract)" "$(json "$dir/report.json" extractTasks)" "$cpu" "$l0" "$(load)" \
    | tee -a "$work/runs.txt" >&2
  rm -rf "$dir" "$dir.stat"
}
for ((r = 1; r <= rounds; r++)); do
  order=("local[1]" "local[2]"); ((r % 2)) || order=("local[2]" "local[1]")
  for m in "${order[@]}"; do run_spark "spark-${m//[^0-9]/}-r$r" "$m"; done
  if ((pinned)); then run_spark "spark-1-pinned-r$r" "local[1]" taskset -c 0; fi
done
if ((scaling)); then
  java -Xmx3g -cp target/ruralkg.jar org.ruralkg.bench.ScalingBench "$work/corpus" "$rounds" 1000 \
      >"$work/scaling.txt" 2>"$work/scaling.err"
fi

# median of column $2 over the runs labelled $1
med() { awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$work/runs.txt" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { echo "$(med spark-1 "$1") / $(med spark-2 "$1")" | bc -l; }
{
  echo "Run $(date -u +%F) on $(uname -sm), $(nproc) processors, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);"
  echo "$articles articles in files of $per_file, seed 42; $rounds round(s), local[1] and local[2] interleaved."
  echo
  echo "| Run | Wall (with JVM and Spark start) | Job (report.json) | Extract phase | Extract tasks |" \
       "CPU s: tasks / JIT / GC / other | Load average start → end |"
  echo "|---|---:|---:|---:|---:|---|---|"
  while read -r l w j e n ct cj cg co l0 l1; do
    echo "| $l | $w s | $j s | $e s | $n | $ct / $cj / $cg / $co | $l0 → $l1 |"
  done <"$work/runs.txt"
  echo
  printf 'local[1] → local[2], medians: wall %.2fx, job %.2fx, extract phase %.2fx.\n' "$(ratio 2)" "$(ratio 3)" \
    "$(ratio 4)"
  if ((pinned)); then
    printf 'local[1] on one CPU → local[2] on two: wall %.2fx, extract phase %.2fx.\n' \
      "$(echo "$(med spark-1-pinned 2) / $(med spark-2 2)" | bc -l)" \
      "$(echo "$(med spark-1-pinned 4) / $(med spark-2 4)" | bc -l)"
  fi
  if ((scaling)); then
    echo; echo "Extraction alone (ScalingBench, first 1000 articles):"; echo; sed 's/^/    /' "$work/scaling.txt"
  fi
} | tee "$work/results.md"
