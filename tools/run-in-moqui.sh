#!/usr/bin/env bash
# One command from a fresh clone of this repository to a running Moqui with this component and its demo data on the
# embedded H2 database: fetches Moqui framework and runtime at pinned release tags (once), places this checkout under
# runtime/component, loads seed, install and demo data, and starts the server on http://localhost:8080.
#
#   tools/run-in-moqui.sh            # set up if needed, load data on first run, start the server
#   tools/run-in-moqui.sh --reload   # also drop the H2 database and load the data again
#   tools/run-in-moqui.sh --no-run   # set up and load, do not start the server
#
# Everything can be overridden from the environment, e.g. to work from local mirrors:
#   MOQUI_DIR              where Moqui is set up (default: ../moqui-hpf next to this checkout)
#   MOQUI_FRAMEWORK_REPO   default https://github.com/moqui/moqui-framework.git
#   MOQUI_FRAMEWORK_TAG    default v4.0.0
#   MOQUI_RUNTIME_REPO     default https://github.com/moqui/moqui-runtime.git
#   MOQUI_RUNTIME_TAG      default v4.0.0
#   MOQUI_COMPONENT_MODE   link (default: a symbolic link to this checkout, so edits show at the next start) or copy
#   MOQUI_GRADLE           the Gradle command to run in MOQUI_DIR (default: ./gradlew, Moqui's own wrapper)
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
component_name="hpf-compliance"

MOQUI_DIR="${MOQUI_DIR:-$(dirname "$here")/moqui-hpf}"
MOQUI_FRAMEWORK_REPO="${MOQUI_FRAMEWORK_REPO:-https://github.com/moqui/moqui-framework.git}"
MOQUI_FRAMEWORK_TAG="${MOQUI_FRAMEWORK_TAG:-v4.0.0}"
MOQUI_RUNTIME_REPO="${MOQUI_RUNTIME_REPO:-https://github.com/moqui/moqui-runtime.git}"
MOQUI_RUNTIME_TAG="${MOQUI_RUNTIME_TAG:-v4.0.0}"
MOQUI_COMPONENT_MODE="${MOQUI_COMPONENT_MODE:-link}"
MOQUI_GRADLE="${MOQUI_GRADLE:-./gradlew}"

reload=false
run=true
for arg in "$@"; do
    case "$arg" in
        --reload) reload=true ;;
        --no-run) run=false ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
    esac
done

say() { printf '[run-in-moqui] %s\n' "$*"; }

# Moqui Framework 4 runs on Java 21 or later; say so before Gradle fails with a less helpful message.
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
java_major=$("$java_cmd" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1)
if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 21 ]; then
    echo "Moqui Framework 4 needs Java 21 or later; '$java_cmd' is ${java_major:-not found}. Set JAVA_HOME to a JDK 21+." >&2
    exit 1
fi

case "$MOQUI_DIR" in
    "$here"|"$here"/*) echo "MOQUI_DIR must be outside this checkout (it links back to it): $MOQUI_DIR" >&2; exit 2 ;;
esac

if [ ! -d "$MOQUI_DIR/framework" ]; then
    say "cloning Moqui framework $MOQUI_FRAMEWORK_TAG from $MOQUI_FRAMEWORK_REPO into $MOQUI_DIR"
    git clone -q --depth 1 --branch "$MOQUI_FRAMEWORK_TAG" "$MOQUI_FRAMEWORK_REPO" "$MOQUI_DIR"
fi
if [ ! -d "$MOQUI_DIR/runtime/base-component" ]; then
    say "cloning Moqui runtime $MOQUI_RUNTIME_TAG from $MOQUI_RUNTIME_REPO into $MOQUI_DIR/runtime"
    rm -rf "$MOQUI_DIR/runtime"
    git clone -q --depth 1 --branch "$MOQUI_RUNTIME_TAG" "$MOQUI_RUNTIME_REPO" "$MOQUI_DIR/runtime"
fi

target="$MOQUI_DIR/runtime/component/$component_name"
mkdir -p "$MOQUI_DIR/runtime/component"
case "$MOQUI_COMPONENT_MODE" in
    link)
        if [ -L "$target" ] || [ ! -e "$target" ]; then
            ln -sfn "$here" "$target"
        elif [ "$(cd "$target" && pwd -P)" != "$(cd "$here" && pwd -P)" ]; then
            echo "$target exists and is not this checkout; remove it or set MOQUI_COMPONENT_MODE=copy" >&2
            exit 1
        fi ;;
    copy)
        say "copying this checkout into $target"
        rm -rf "$target"
        mkdir -p "$target"
        (cd "$here" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$target" ;;
    *) echo "MOQUI_COMPONENT_MODE must be link or copy, not $MOQUI_COMPONENT_MODE" >&2; exit 2 ;;
esac
say "component: $target -> $MOQUI_COMPONENT_MODE of $here"

cd "$MOQUI_DIR"
db_dir="runtime/db/h2"
if $reload && [ -d "$db_dir" ]; then
    say "dropping the embedded H2 database (Moqui's cleanDb)"
    $MOQUI_GRADLE cleanDb
fi
if [ ! -d "$db_dir" ]; then
    # `load` builds every component first (ours: the core jar and its libraries into lib/), then loads seed,
    # seed-initial, install and demo data.
    say "loading data (first run takes a few minutes)"
    $MOQUI_GRADLE load
else
    say "data already loaded ($db_dir exists; --reload loads it again)"
fi

if ! fc-list 2>/dev/null | grep -qi -e 'wqy' -e 'simsun' -e 'simhei' -e 'uming' -e 'ukai'; then
    say "note: no TrueType CJK font found; PDF downloads of letters need one (Debian: apt-get install fonts-wqy-microhei)"
fi

if $run; then
    say "starting Moqui: open http://localhost:8080/qapps/hpf and log in as a demo user (e.g. hpf.office / hpf@2026)"
    exec $MOQUI_GRADLE run
fi
say "set up; start it with: cd $MOQUI_DIR && $MOQUI_GRADLE run"
