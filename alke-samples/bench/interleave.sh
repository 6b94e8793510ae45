#!/bin/bash
# Times commands in turn rather than one after the other, so that a shared machine's drift (30 % within an
# hour here) falls on each alike: every command once, then again, N times; then for each the median wall
# time, its range and the mean CPU (user + system). Used for the start-up figures in docs/performance.md.
# usage: interleave.sh N name1 "cmd1" name2 "cmd2" ...  — runs the commands in turn N times, prints median wall and mean user+sys
n=$1; shift
names=(); cmds=()
while [ $# -gt 0 ]; do names+=("$1"); cmds+=("$2"); shift 2; done
for k in "${!cmds[@]}"; do : > ${TMPDIR:-/tmp}/interleave.$k; done
for i in $(seq $n); do
  for k in "${!cmds[@]}"; do
    /usr/bin/time -f "%e %U %S" -o ${TMPDIR:-/tmp}/interleave.t bash -c "${cmds[$k]} >/dev/null 2>&1"
    cat ${TMPDIR:-/tmp}/interleave.t >> ${TMPDIR:-/tmp}/interleave.$k
  done
done
for k in "${!cmds[@]}"; do
  sort -n ${TMPDIR:-/tmp}/interleave.$k | awk -v name="${names[$k]}" '{w[NR]=$1; c+=$2+$3} END {printf "%-12s median %.3f s  min %.3f  max %.3f  cpu %.3f s  (%d runs)\n", name, (NR%2? w[(NR+1)/2] : (w[NR/2]+w[NR/2+1])/2), w[1], w[NR], c/NR, NR}'
done
