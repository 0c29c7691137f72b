#!/usr/bin/env bash
# Whole-process timing of `qconv to-native` (startup included) with /usr/bin/time -v over N runs:
# median wall time, CPU time (user+sys) and peak RSS. Target: under 100 ms wall per process.
# Times qconv as shipped: the ReadyToRun publish of src/Cli, built once into artifacts/qconv-r2r.
# Usage: bench/to-native-process.sh [GUEST.xml]   (RUNS=N to change the run count)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-11}
corpus=${QCONV_SHARED:-$(cd .. && pwd)/shared}/corpus/libvirt-9.0
guest=${1:-$corpus/conv/disk-cache.xml}
r2r=artifacts/qconv-r2r
if [[ ! -x $r2r/qconv || -n ${QCONV_REBUILD:-} ]]; then
  dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -o "$r2r" >/dev/null
fi
walls=(); cpus=(); rss=()
for ((i = 0; i < runs; i++)); do
  out=$( { /usr/bin/time -v "$r2r/qconv" to-native --caps "$corpus/caps/caps_8.0.0.x86_64.xml" --host-profile libvirt-test "$guest" >/dev/null; } 2>&1 )
  walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print t[1] * 60 + t[2]}' <<<"$out")")
  cpus+=("$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' <<<"$out")")
  rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' <<<"$out")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "to-native process ($runs runs, load $(cut -d' ' -f1 /proc/loadavg)): median wall $(median "${walls[@]}") s, CPU $(median "${cpus[@]}") s, peak RSS $(median "${rss[@]}") KiB"
