#!/bin/bash
# Every performance figure of issue 15 in one run, for docs/performance.md:
#   1. seed 001 warm, per stage (markup→tree, →DOCX, →PDF, both) and end to end from the model and from YAML,
#      then the cold start of a fresh JVM (fi.alke.samples.Benchmark);
#   2. every sample from its model to both formats, warm, and their mean (Benchmark -Dalke.bench.only=kinds);
#   3. every stage per size of the generated inputs, with the ratio to the size before, in a 512 MB heap
#      (fi.alke.samples.ScalingBenchmark; its generator is seeded, so a run can be repeated); 3b. the
#      8,000-action follow-up (1,069 pages) again on one core (taskset -c 0);
#   4. the batch: N inputs (the samples in turn, 10,000 unless BATCH=N) through `alke render`, documents a
#      second, CPU and peak memory (/usr/bin/time);
#   5. the start: one document in both formats as a whole process, `java -jar alke.jar render`, the median of
#      20 runs (hyperfine when installed, else timed here).
# usage: alke-samples/bench/issue15.sh [ALKE_JAR]     (default alke-samples/target/alke.jar; build it first with
#        mvn -B -q package -DskipTests).  WARMUP=s (default 20), SIZES=1000,2000,4000,8000, BATCH=10000,
#        SKIP="scaling one-core batch" to leave parts out.  Takes about 15 minutes with the defaults on 2 cores.
# The machine is shared and noisy: compare only figures of one run, or run two JARs in turn (interleave.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$(readlink -f "${1:-$here/../target/alke.jar}" || true)
[[ -n $jar && -f $jar ]] || { echo "no $jar: build it with mvn -B -q package -DskipTests" >&2; exit 2; }
warmup=${WARMUP:-20}
sizes=${SIZES:-1000,2000,4000,8000}
batch=${BATCH:-10000}
skip=" ${SKIP:-} "
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "# ALKE issue-15 benchmark, $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "# JAR: $jar"

echo; echo "## 1. Seed 001, warm per stage and end to end; cold start"
java -Xms1g -Xmx1g -XX:+UseSerialGC -Dalke.bench.warmup="$warmup" -cp "$jar" fi.alke.samples.Benchmark

echo; echo "## 2. Every sample from its model to both formats, warm"
java -Xms1g -Xmx1g -XX:+UseSerialGC -Dalke.bench.warmup="$warmup" -Dalke.bench.only=kinds -cp "$jar" \
    fi.alke.samples.Benchmark

if [[ $skip != *" scaling "* ]]; then
  echo; echo "## 3. Scaling, -Xmx512m, sizes $sizes"
  java -Xmx512m -Dalke.bench.sizes="$sizes" -Dalke.bench.warmup="$warmup" -cp "$jar" fi.alke.samples.ScalingBenchmark
fi

if [[ $skip != *" one-core "* ]]; then
  echo; echo "## 3b. The 1,069-page follow-up (8,000 actions) on one core, -Xmx512m"
  taskset -c 0 java -Xmx512m -Dalke.bench.inputs=follow-up -Dalke.bench.sizes=8000 -Dalke.bench.warmup="$warmup" \
      -cp "$jar" fi.alke.samples.ScalingBenchmark
fi

# the samples' inputs, from the JAR: the list, the documents, and the files they name (organisations, actions)
mkdir -p "$work/samples" "$work/many"
(cd "$work/samples" && unzip -q -o "$jar" 'samples/*' && mv samples/* . && rmdir samples)
mapfile -t stems < <(grep -v '^#' "$work/samples/samples.txt" | awk 'NF {print $1}')
(( ${#stems[@]} > 0 )) || { echo "no samples listed in the JAR's samples/samples.txt" >&2; exit 2; }

# the first run of a JAR after a build writes its class-data-sharing archive beside it (FastStart): done here,
# so that neither the batch nor the start pays for it
mkdir -p "$work/start"
cp "$work/samples/seed-000-paatos-2026.yaml" "$work/start/"
(cd "$work/start" && java -jar "$jar" render seed-000-paatos-2026.yaml --out out --force > /dev/null)

if [[ $skip != *" batch "* ]]; then
  echo; echo "## 4. Batch: $batch inputs through alke render, both formats"
  cp "$work/samples/organisaatiot-2026.yaml" "$work/samples/toimenpiteet-itasuomi-2026.yaml" "$work/many/"
  for ((i = 0; i < batch; i++)); do
    stem=${stems[i % ${#stems[@]}]}
    cp "$work/samples/$stem.yaml" "$work/many/$(printf %05d "$i")-$stem.yaml"
  done
  inputs=$(find "$work/many" -name '*.yaml' | wc -l)
  # an input that fails makes the exit status 1: the figures are still wanted, and render names the failure
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" java -jar "$jar" render "$work/many" --out "$work/out" \
      | tail -1 || true
  read -r wall user sys rss < <(tail -1 "$work/time")
  rendered=$(($(find "$work/out" -name '*.pdf' | wc -l)))
  awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v n="$rendered" -v i="$inputs" 'BEGIN {
    printf "  batch: %d documents from %d files (the organisations file is read, not rendered): %.1f s wall, %.1f + %.1f s CPU, %d MB peak RSS (of the JVM that renders): %.0f documents a second, %.1f ms CPU a document\n",
      n, i, w, u, s, m / 1024, n / w, (u + s) * 1000 / n }'
  rm -rf "$work/out"
fi

echo; echo "## 5. Start: one document, both formats, whole process (median of 20)"
cd "$work/start"
if command -v hyperfine > /dev/null; then
  hyperfine -N -w 3 -r 20 --export-json "$work/start.json" \
      "java -jar '$jar' render seed-000-paatos-2026.yaml --out out --force" 2>&1 | grep -E "Time|Range"
  grep -o '"median": *[0-9.]*' "$work/start.json" | head -1 | awk '{printf "  start median %.3f s (hyperfine)\n", $2}'
else
  for _ in $(seq 20); do
    s=$(date +%s%N); java -jar "$jar" render seed-000-paatos-2026.yaml --out out --force > /dev/null; e=$(date +%s%N)
    echo $(((e - s) / 1000000))
  done | sort -n | awk '{v[NR] = $1} END {printf "  start median %d ms (%d–%d ms, 20 runs; hyperfine not installed)\n", (v[10] + v[11]) / 2, v[1], v[NR]}'
fi
