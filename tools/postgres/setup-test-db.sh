#!/usr/bin/env bash
# Installs (when missing) and starts a local PostgreSQL, and creates the database that the screening's collation test
# (StoredScreeningPostgresTest) uses: collation en_US.UTF-8, which orders ids unlike Java (case and punctuation are
# ignored at first), reached on 127.0.0.1 with a password. Idempotent. Debian, run as root (as .ci/run does); the
# cluster runs as its owner, postgres (pg_ctlcluster switches to it; initdb refuses root).
# Settings: HPF_PG_DB (hpf_collation_test), HPF_PG_USER (hpf_test), HPF_PG_PASSWORD (hpf_test).
# Prints the JDBC URL on the last line.
set -euo pipefail
db=${HPF_PG_DB:-hpf_collation_test}
user=${HPF_PG_USER:-hpf_test}
password=${HPF_PG_PASSWORD:-hpf_test}
locale=en_US.UTF-8

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v locale-gen >/dev/null 2>&1 || need+=(locales)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

# the locale the database is created with must exist on the machine
if ! locale -a 2>/dev/null | grep -qix 'en_US\.utf-\?8'; then
    if grep -q '^# *en_US.UTF-8 UTF-8' /etc/locale.gen; then
        sed -i 's/^# *\(en_US.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    elif ! grep -q '^en_US.UTF-8 UTF-8' /etc/locale.gen; then
        echo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen
    fi
    locale-gen >&2
fi

# the newest installed server's "main" cluster (the Debian package creates it), started by pg_ctlcluster
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online" { on = 1 } END { exit !on }'; then
    pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')

sql() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtAX "$@"; }
if [ -z "$(sql -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" ]; then
    sql -c "CREATE ROLE \"$user\" LOGIN PASSWORD '$password'"
fi
if [ -z "$(sql -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    sql -c "CREATE DATABASE \"$db\" OWNER \"$user\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '$locale' LC_CTYPE '$locale'"
fi
collation=$(sql -c "SELECT datcollate FROM pg_database WHERE datname = '$db'")
echo "PostgreSQL $version on 127.0.0.1:$port: database $db (collation $collation), user $user" >&2
echo "jdbc:postgresql://127.0.0.1:$port/$db"
