#!/usr/bin/env bash
# Whole-process timing of `qconv to-native` (startup included) with /usr/bin/time -v over N runs;
# prints the median wall time and peak RSS. Target: under 100 ms wall per process.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-11}
corpus=${QCONV_SHARED:-$(cd .. && pwd)/shared}/corpus/libvirt-9.0
guest=${1:-$corpus/conv/disk-cache.xml}
dll=src/Cli/bin/Release/net10.0/qconv.dll
[[ -f $dll ]] || dotnet build -c Release src/Cli >/dev/null
walls=(); rss=()
for ((i = 0; i < runs; i++)); do
  out=$( { /usr/bin/time -v dotnet "$dll" to-native --caps "$corpus/caps/caps_8.0.0.x86_64.xml" --host-profile libvirt-test "$guest" >/dev/null; } 2>&1 )
  walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); print t[1] * 60 + t[2]}' <<<"$out")")
  rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' <<<"$out")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "to-native process: median wall $(median "${walls[@]}") s, median peak RSS $(median "${rss[@]}") KiB over $runs runs"
