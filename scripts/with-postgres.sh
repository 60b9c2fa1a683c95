#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster on 127.0.0.1 and a free port.
# The command sees LINKDESK_TEST_PG_URL; the cluster is stopped and removed on every exit path.
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$pgbin/initdb" ]] || { echo "with-postgres: PostgreSQL server binaries not found" >&2; exit 1; }

dir=$(mktemp -d /tmp/linkdesk-pg.XXXXXX)
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
    chown postgres "$dir"
    as_pg=(runuser -u postgres --)
fi
cleanup() {
    "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM

port=$(python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
)
"${as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
    { cat "$dir/log" >&2; exit 1; }
export LINKDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: throwaway cluster on 127.0.0.1:$port"
set +e
"$@"
rc=$?
exit $rc
