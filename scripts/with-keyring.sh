#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# works headless. HOME and XDG_RUNTIME_DIR are fresh, so no old keyring can be locked.
set -euo pipefail
if [[ "${1:-}" == "--inner" ]]; then
    shift
    echo "linkdesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    set +e
    "$@"
    rc=$?
    pkill -u "$(id -u)" -f "gnome-keyring-daemon.*$HOME" >/dev/null 2>&1
    pid=$(pgrep -u "$(id -u)" -n -x gnome-keyring-d || true)
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null
    exit $rc
fi
tmp=$(mktemp -d /tmp/linkdesk-keyring.XXXXXX)
chmod 700 "$tmp"
mkdir -m 700 "$tmp/home" "$tmp/run"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
unset DBUS_SESSION_BUS_ADDRESS
set +e
dbus-run-session -- "$0" --inner "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
exit $?
