#!/usr/bin/env bash
# Measures the Spark build job against the single-machine build on the 10x bench corpus (BENCHMARKS.md):
# ruralkg build (1 and 2 threads), the job in local[1] and local[2], and ruralkg load of the job's output.
# One run each, on the same generated corpus (seed 42, 300 articles in JSON Lines files of 50, as scripts/bench.sh).
# Arguments: [--articles N] [--per-file N] [--work DIR]. The table goes to standard output and
# DIR/results.md (default target/bench-spark).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles=300 per_file=50 work="$here/target/bench-spark"
while (($#)); do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --per-file) per_file="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: $0 [--articles N] [--per-file N] [--work DIR]" >&2; exit 64 ;;
  esac
done
cd "$here"
# core jar, job jar and the class path spark-submit would give the job (Spark's own jars, then the job's)
mvn -q -B -f pom-all.xml package -DskipTests >&2
mvn -q -B -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
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

now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
run() { # label, command…
  local t0 t1; t0=$(now); "${@:2}" >"$work/$1.out" 2>"$work/$1.err" || { tail "$work/$1.err" >&2; exit 1; }
  t1=$(now); printf '%s %.1f\n' "$1" "$(secs "$t0" "$t1")" | tee -a "$work/times.txt" >&2
}
load_start=$(cut -d' ' -f1 /proc/loadavg)
run build-1 java -Xmx3g -jar target/ruralkg.jar build --db "$work/db1" --threads 1 "$work/corpus"
run build-2 java -Xmx3g -jar target/ruralkg.jar build --db "$work/db2" --threads 2 "$work/corpus"
run spark-1 java -Xmx3g "${opens[@]}" -Dspark.master='local[1]' -Dspark.ui.enabled=false -cp "$spark_cp" \
    org.ruralkg.spark.BuildJob --out "$work/run1" "$work/corpus"
run spark-2 java -Xmx3g "${opens[@]}" -Dspark.master='local[2]' -Dspark.ui.enabled=false -cp "$spark_cp" \
    org.ruralkg.spark.BuildJob --out "$work/run2" "$work/corpus"
run load java -Xmx3g -jar target/ruralkg.jar load --db "$work/db-loaded" "$work"/run2/quads/*.nq.gz
load_end=$(cut -d' ' -f1 /proc/loadavg)

t() { grep "^$1 " "$work/times.txt" | cut -d' ' -f2; }
quads=$(grep -o '"quads" : [0-9]*' "$work/run2/report.json" | grep -o '[0-9]*$')
job_secs=$(grep -o '"seconds" : [0-9.]*' "$work/run2/report.json" | grep -o '[0-9.]*$')
{
  echo "Run $(date -u +%F) on $(uname -sm), $(nproc) processors, load average $load_start at start and $load_end at end,"
  echo "Java $(java -version 2>&1 | head -1 | cut -d'"' -f2); $articles articles in files of $per_file, seed 42; one run each."
  echo
  echo "| Run | Wall time | Articles/s | vs build, 2 threads |"
  echo "|---|---:|---:|---:|"
  for r in build-1 build-2 spark-1 spark-2; do
    printf '| %s | %.1f s | %.1f | %.2fx |\n' "$r" "$(t "$r")" "$(echo "$articles / $(t "$r")" | bc -l)" \
      "$(echo "$(t build-2) / $(t "$r")" | bc -l)"
  done
  printf '| load of the spark-2 output (%s quads) | %.1f s | | |\n' "$quads" "$(t load)"
  echo
  printf 'Spark 1 → 2 cores: %.2fx; the job'"'"'s own time in local[2] (report.json, without JVM and Spark start): %s s.\n' \
    "$(echo "$(t spark-1) / $(t spark-2)" | bc -l)" "$job_secs"
} | tee "$work/results.md"
