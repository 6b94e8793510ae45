#!/usr/bin/env bash
# The cost of tagging the PDF (issue 10: at most 15 % of the PDF's render time and 20 % of its size):
# the last build before tagging (commit 2b7ef12) against this working tree's build, on the same markup,
# in fresh JVMs held to one core, the two builds taking turns so that the machine's load falls on both.
#
#   alke-samples/bench/tagging-cost.sh [ROUNDS]     (default 3; each run ~35 s; WARMUP=seconds, default 20)
#
# Needs a clone with history (git archive of the old commit). The old tree gets this build's Benchmark
# (the only file copied over), so both builds are measured by the same code. The markup is written by
# the old build, which this build also reads, so the two render the same document.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-3}
warmup=${WARMUP:-20}
before=2b7ef12
samples=(seed-001-ohje-2024 seuranta-2024)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

echo "building this tree and $before ..." >&2
(cd "$root" && mvn -B -q package -DskipTests) >&2
mkdir "$work/before"
git -C "$root" archive "$before" | tar -x -C "$work/before"
cp "$root/alke-samples/src/main/java/fi/alke/samples/Benchmark.java" \
   "$work/before/alke-samples/src/main/java/fi/alke/samples/Benchmark.java"
(cd "$work/before" && mvn -B -q package -DskipTests) >&2
declare -A jar=([before]="$work/before/alke-samples/target/alke.jar" [tagged]="$root/alke-samples/target/alke.jar")

for sample in "${samples[@]}"; do
  java -Dalke.bench.sample="$sample" -cp "${jar[before]}" fi.alke.samples.Benchmark --write-markup "$work/$sample.xml"
  for ((round = 1; round <= rounds; round++)); do
    for build in before tagged; do
      "${pin[@]}" java -Dalke.bench.warmup="$warmup" -Dalke.bench.only=pdf -Dalke.bench.sample="$sample" \
          -Dalke.bench.markup="$work/$sample.xml" -cp "${jar[$build]}" fi.alke.samples.Benchmark \
        | awk -v s="$sample" -v b="$build" '
            /warm  (markup|tree)→PDF/ { wall = $3; sub(/.*CPU /, ""); cpu = $1 }
            /size  PDF/ { print s, b, wall, cpu, $3 }' >> "$work/runs"
      echo "  $sample round $round $build: $(tail -1 "$work/runs")" >&2
    done
  done
done

# Medians over the rounds, and tagged as a ratio of before.
sort -k1,1 -k2,2 -k4,4n "$work/runs" | awk -v rounds="$rounds" '
  { key = $1 " " $2; n[key]++; cpu[key, n[key]] = $4; size[key] = $5; walls[key] = walls[key] " " $3 }
  END {
    printf "| sample | PDF render CPU ms before | tagged | tagged/before | PDF bytes before | tagged | tagged/before |\n"
    printf "|---|---:|---:|---:|---:|---:|---:|\n"
    for (key in n) { split(key, k, " "); if (k[2] == "before") samples[k[1]] = 1 }
    for (s in samples) {
      b = cpu[s " before", int((n[s " before"] + 1) / 2)]; t = cpu[s " tagged", int((n[s " tagged"] + 1) / 2)]
      printf "| %s | %.2f | %.2f | %.3f | %d | %d | %.3f |\n", s, b, t, t / b, size[s " before"], size[s " tagged"],
          size[s " tagged"] / size[s " before"]
    }
    printf "\nwall ms per run (noisier):\n"
    for (key in n) printf "  %s:%s\n", key, walls[key]
  }'
