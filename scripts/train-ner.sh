#!/usr/bin/env bash
# Regenerates src/main/resources/org/ruralkg/nlp/ner/ner-model.bin.gz, the named-entity model shipped with ruralkg,
# from the CLUENER2020 train split and the project's own annotated sentences (scripts/ner/*.txt).
#
#   scripts/train-ner.sh                 # train on all data and write the model (about 3 minutes)
#   scripts/train-ner.sh --eval          # held-out figures of README.md instead (every 10th CLUENER sentence)
#   CLUENER=/path/train.json scripts/train-ner.sh
#
# Deterministic: fixed seed and pass count (org.ruralkg.nlp.ner.NerTrainer), so the same inputs give the same file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cluener="${CLUENER:-$here/../shared/corpora/cluener2020/train.json}"
out="$here/src/main/resources/org/ruralkg/nlp/ner/ner-model.bin.gz"
main=org.ruralkg.nlp.ner.NerTrainer
if [[ "${1:-}" == "--eval" ]]; then
  main=org.ruralkg.nlp.ner.NerEvaluation
  shift
fi
[[ -f "$cluener" ]] || { echo "no CLUENER train file at $cluener (set CLUENER=...)" >&2; exit 1; }

cd "$here"
mvn -q -B compile >&2
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$here/target/ner-classpath.txt" >&2
cp="$here/target/classes:$(cat "$here/target/ner-classpath.txt")"
marked=()
for f in "$here"/scripts/ner/*.txt; do
  [[ -f "$f" ]] && marked+=(--marked "$f")
done
args=(--cluener "$cluener" "${marked[@]}" --iterations 15)
[[ "$main" == *NerTrainer ]] && args+=(--out "$out")
exec java -Xmx2g -cp "$cp" "$main" "${args[@]}" "$@"
