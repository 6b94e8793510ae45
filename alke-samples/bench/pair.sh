#!/bin/bash
# Two JVM set-ups (or two JARs) rendering one batch at the same time, one core each, then again with the cores
# swapped: whatever slows the machine down meanwhile slows both, so their difference survives the noise that
# makes runs minutes apart differ by a quarter (docs/performance.md, "Measuring in pairs").
# usage: alke-samples/bench/pair.sh INPUTS "JVM options A" "JVM options B"
#        JAR_A=… JAR_B=… (default alke-samples/target/alke.jar for both), ROUNDS=n (default 1)
# e.g.   alke-samples/bench/pair.sh /tmp/many "-XX:TieredStopAtLevel=1" ""
# Each run is `java -XX:ActiveProcessorCount=1 OPTIONS -jar JAR render INPUTS --out …` pinned to its core with
# taskset, with ALKE_FAST_START=off so that the options given are the ones that run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
(( $# == 3 )) || { sed -n 5,7p "$0" >&2; exit 2; }
inputs=$1 optsA=$2 optsB=$3
jarA=$(readlink -f "${JAR_A:-$here/../target/alke.jar}")
jarB=$(readlink -f "${JAR_B:-$jarA}")
for jar in "$jarA" "$jarB"; do [[ -f $jar ]] || { echo "no JAR $jar" >&2; exit 2; }; done
# cores 0 and 1, which the runs are pinned to, must be ours
taskset -c 0,1 true 2> /dev/null || { echo "needs cores 0 and 1" >&2; exit 2; }
work=$(mktemp -d)
# background runs ignore Ctrl-C in a script: stop them with it, so that they do not slow what is measured next
trap 'kill $(jobs -p) 2> /dev/null; pkill -f -- "--out $work/out-" 2> /dev/null; exit 130' INT TERM
trap 'rm -rf "$work"' EXIT

one() { # core label options jar
  local core=$1 label=$2 opts=$3 jar=$4
  # an input that fails makes the exit status 1: the figures are still wanted, and render names the failure
  # the options are words (set -f: a * in one is not a file name pattern)
  set -f
  # shellcheck disable=SC2086
  ALKE_FAST_START=off /usr/bin/time -f "%e %U %S %M" -o "$work/time-$label" taskset -c "$core" \
      java -XX:ActiveProcessorCount=1 $opts -jar "$jar" render "$inputs" --out "$work/out-$label" \
      > "$work/log-$label" 2>&1 || true
  set +f
  # GNU time puts "Command exited with non-zero status" first when the run fails: its figures are the last line
  read -r wall user sys rss < <(tail -n 1 "$work/time-$label")
  local documents
  documents=$(find "$work/out-$label" -name '*.pdf' 2> /dev/null | wc -l || true)
  awk -v l="$label" -v c="$core" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v n="$documents" 'BEGIN {
    printf "  %s on core %d: %d documents, %.1f s wall, %.1f s CPU, %d MB peak RSS\n", l, c, n, w, u + s, m / 1024 }'
  rm -rf "$work/out-$label"
}

echo "# pair, $(date -u +%FT%TZ): A = ${optsA:-(no options)} $jarA; B = ${optsB:-(no options)} $jarB"
for _ in $(seq "${ROUNDS:-1}"); do
  one 0 A "$optsA" "$jarA" & one 1 B "$optsB" "$jarB" & wait
  one 1 A "$optsA" "$jarA" & one 0 B "$optsB" "$jarB" & wait
done
