#!/usr/bin/env bash
# Generalisation probe over guests no conformance suite here covers: the x86 domain XMLs of the lint
# corpus that libvirt accepts (VERDICTS.tsv: valid, ok) and that conv/ does not hold. Each is compiled
# with to-native (latest caps, base qemu.conf, libvirt-test host), lifted back with from-native and
# compiled again; the two command lines must be identical. When libvirt's RelaxNG schema is installed
# (libvirt-clients), each guest's `qconv normalize` output must also validate against it.
# Only inputs are read, never expected files.
# Usage: tests/conformance/probe-lint-guests.sh [OUT_DIR]   (build first: dotnet build -c Release src/Cli)
# Prints one line per guest that does not come back identical or whose normalized XML is invalid, then
# "N same, M differ, K rejected[, S schema-invalid]".
set -uo pipefail
cd "$(dirname "$0")/../.."
corpus=${QCONV_SHARED:-$(cd .. && pwd)/shared}/corpus/libvirt-9.0
out=${1:-$(mktemp -d)}
mkdir -p "$out"
opts=(--caps "$corpus/caps/caps_8.0.0.x86_64.xml" --config "$corpus/base.qemu.conf" --host-profile libvirt-test)
same=0 differ=0 rejected=0 invalid=0
rng=/usr/share/libvirt/schemas/domain.rng
command -v xmllint >/dev/null && [[ -f $rng ]] || rng=
while IFS=$'\t' read -r file schema parse; do
  [[ $schema == valid && $parse == ok ]] || continue
  name=${file%.xml}
  [[ -e $corpus/conv/$name.xml ]] && continue
  grep -qE "arch='(x86_64|i686)'" "$corpus/lint/$file" || continue
  if ! ./qconv to-native "${opts[@]}" "$corpus/lint/$file" >"$out/$name.args" 2>"$out/$name.err"; then
    rejected=$((rejected + 1)); echo "REJECTED $name: $(head -1 "$out/$name.err")"; continue
  fi
  if [[ -n $rng ]] && ./qconv normalize "${opts[@]}" "$corpus/lint/$file" >"$out/$name.normal.xml" 2>/dev/null &&
     ! xmllint --noout --relaxng "$rng" "$out/$name.normal.xml" 2>"$out/$name.rng.err"; then
    invalid=$((invalid + 1)); echo "SCHEMA-INVALID $name: $(grep -vm1 validates "$out/$name.rng.err")"
  fi
  if ./qconv from-native --host-profile libvirt-test "$out/$name.args" >"$out/$name.xml" 2>"$out/$name.lift.err" &&
     ./qconv to-native "${opts[@]}" "$out/$name.xml" >"$out/$name.again.args" 2>"$out/$name.again.err" &&
     cmp -s "$out/$name.args" "$out/$name.again.args"; then
    same=$((same + 1))
  else
    differ=$((differ + 1)); echo "DIFFER $name (see $out/$name.*)"
  fi
done < <(tail -n +2 "$corpus/lint/VERDICTS.tsv")
echo "$same same, $differ differ, $rejected rejected${rng:+, $invalid schema-invalid}"
