#!/usr/bin/env bash
# Whole-process wall time of `qconv lint` against `xmllint --relaxng domain.rng` on the same files
# (issue 4: linting the whole lint corpus in one process, startup included, must beat xmllint).
# Usage: bench/lint/compare.sh [CORPUS_DIR] [RUNS]
# Needs a Release build (dotnet build -c Release src/Cli) and xmllint + libvirt's schemas
# (apt-get install libxml2-utils libvirt-clients). Prints the median of RUNS runs of each and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpus/libvirt-9.0/lint}
runs=${2:-11}
rng=${QCONV_RNG:-/usr/share/libvirt/schemas/domain.rng}
[[ -f $rng ]] || { echo "no $rng: apt-get install libvirt-clients" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "no xmllint: apt-get install libxml2-utils" >&2; exit 2; }
# qconv as shipped: the ReadyToRun publish of src/Cli (Qconv.Cli.csproj sets PublishReadyToRun), built once into artifacts/.
r2r=artifacts/qconv-r2r
if [[ ! -x $r2r/qconv || -n ${QCONV_REBUILD:-} ]]; then
  dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -o "$r2r" >/dev/null
fi

mapfile -t files < <(find "$corpus" -name '*.xml' | sort)

# Milliseconds of wall time for one run of "$@" (output discarded; findings make both exit non-zero).
wall_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

xml_times=(); qconv_times=()
for ((i = 0; i < runs; i++)); do
  xml_times+=("$(wall_ms xmllint --noout --relaxng "$rng" "${files[@]}")")
  qconv_times+=("$(wall_ms "$r2r/qconv" lint --no-progress "${files[@]}")")
done

xml=$(printf '%s\n' "${xml_times[@]}" | median)
qc=$(printf '%s\n' "${qconv_times[@]}" | median)
echo "files:              ${#files[@]}"
echo "load average:       $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "xmllint --relaxng:  ${xml} ms (median of ${runs})"
echo "qconv lint (R2R):   ${qc} ms (median of ${runs})"
awk -v q="$qc" -v x="$xml" 'BEGIN { printf "ratio qconv/xmllint: %.2f\n", q / x }'
