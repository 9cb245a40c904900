#!/usr/bin/env bash
# Imports a generated city through the component's import service as an integrator does (multipart POST of the
# export to /rest/s1/hpf/imports, synchronous: the answer carries the counts), units first, then remittances, and
# prints per file the wall time, the rows and rows/s, and the server JVM's peak heap during the import (jstat, the sum
# of the used eden, survivor and old spaces, sampled every second), with the machine's load average.
#
#   java -cp target/hpf-compliance.jar hpf.compliance.bench.CityGenerator --units 200000 --months 36 --out city
#   tools/bench/import-bench.sh http://localhost:8080 city [SERVER_PID] [USER:PASSWORD]
#
# SERVER_PID: the Moqui JVM (for the heap; without it the heap is not reported). USER: default hpf.it:hpf@2026.
set -euo pipefail
BASE=${1:?base URL, e.g. http://localhost:8080}
DIR=${2:?directory with U.csv and R.csv}
PID=${3:-}
AUTH=${4:-hpf.it:hpf@2026}
# the server's JDK (Moqui 4 runs on Java 21+; an older jstat cannot read a newer JVM)
JSTAT=${JSTAT:-${MOQUI_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jstat}

one() {
    local type=$1 file=$2 peakfile out t0 t1 secs rows jpid
    peakfile=$(mktemp)
    echo 0 > "$peakfile"
    jpid=""
    if [ -n "$PID" ] && [ -x "$JSTAT" ]; then
        # S0U S1U EU OU are columns 3 4 6 8 of jstat -gc (KiB)
        # jstat itself is the background job, so that killing it ends the sampler (awk then sees the end of its input)
        "$JSTAT" -gc "$PID" 1000 > >(awk -v f="$peakfile" 'NR > 1 { u = $3 + $4 + $6 + $8; if (u > m) { m = u; print int(m / 1024) > f; close(f) } }') &
        jpid=$!
    fi
    echo "== $type $(basename "$file") ($(du -h "$file" | cut -f1)); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    t0=$(date +%s.%N)
    out=$(curl -sS -u "$AUTH" -F "importTypeEnumId=$type" -F "file=@$file" "$BASE/rest/s1/hpf/imports")
    t1=$(date +%s.%N)
    if [ -n "$jpid" ]; then kill "$jpid" 2>/dev/null || true; wait "$jpid" 2>/dev/null || true; fi
    secs=$(echo "$t1 - $t0" | bc -l)
    echo "$out" | head -c 600; echo
    rows=$(echo "$out" | sed -n 's/.*"totalRows" *: *\([0-9]*\).*/\1/p')
    printf 'wall %.1f s, rows %s, %.0f rows/s, peak heap %s MiB, load after: %s\n' "$secs" "${rows:-?}" \
        "$(echo "${rows:-0} / $secs" | bc -l)" "$(cat "$peakfile")" "$(cut -d' ' -f1-3 /proc/loadavg)"
    rm -f "$peakfile"
}

one HpfImpUnits "$DIR/U.csv"
one HpfImpRemittances "$DIR/R.csv"
