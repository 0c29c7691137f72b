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

# "WALL_MS CPU_MS" for one run of "$@" (output discarded; findings make both exit non-zero). CPU is
# user+sys from /usr/bin/time -v: on a loaded shared machine it is the steadier of the two figures.
times_ms() {
  local t start end
  t=$(mktemp)
  start=$(date +%s%N)
  /usr/bin/time -v -o "$t" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -F': ' -v w=$(( (end - start) / 1000000 )) '/User time/ { u = $2 } /System time/ { s = $2 }
              END { printf "%d %d\n", w, (u + s) * 1000 }' "$t"
  rm -f "$t"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

command -v /usr/bin/time >/dev/null || { echo "no /usr/bin/time: apt-get install time" >&2; exit 2; }
xml_wall=(); xml_cpu=(); qc_wall=(); qc_cpu=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Interleaved, so that both see the same changes in machine load.
for ((i = 0; i < runs; i++)); do
  read -r w c < <(times_ms xmllint --noout --relaxng "$rng" "${files[@]}"); xml_wall+=("$w"); xml_cpu+=("$c")
  read -r w c < <(times_ms "$r2r/qconv" lint --no-progress "${files[@]}"); qc_wall+=("$w"); qc_cpu+=("$c")
done

med() { printf '%s\n' "$@" | median; }
xw=$(med "${xml_wall[@]}"); xc=$(med "${xml_cpu[@]}"); qw=$(med "${qc_wall[@]}"); qcpu=$(med "${qc_cpu[@]}")
echo "files:               ${#files[@]}"
echo "load average:        before ${load_before}, after $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "xmllint --relaxng:   wall ${xw} ms, cpu ${xc} ms (medians of ${runs})"
echo "qconv lint (R2R):    wall ${qw} ms, cpu ${qcpu} ms (medians of ${runs})"
awk -v q="$qw" -v x="$xw" 'BEGIN { printf "ratio qconv/xmllint: %.2f (wall)\n", q / x }'
awk -v q="$qcpu" -v x="$xc" 'BEGIN { printf "ratio qconv/xmllint: %.2f (cpu)\n", q / x }'
