#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB in the build folder), unpacks it into a clean prefix with
# dpkg -x and checks it the way a user's machine would see it: the runtime dependencies are
# installed here, the installed linkdesk-cli answers --version, the installed linkdesk renders its
# window headless from a fresh profile with an SQLite database and writes its log file, and the
# installed .desktop file and AppStream metainfo validate. The package lands in BUILD/packages/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${LINKDESK_BUILD_DIR:-$here/build}
app_id=org.linkdesk.Linkdesk

fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
step() { echo "package-test: $*"; }

"$here/scripts/install-deps.sh"
[[ -f "$build/build.ninja" || -f "$build/Makefile" ]] || "$here/scripts/build.sh"
cmake --build "$build" --target linkdesk linkdesk-cli

step "building the .deb"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB -B "$build/packages" >/dev/null)
debs=("$build"/packages/linkdesk_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one linkdesk_*.deb in $build/packages"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
step "$(basename "$deb"): Depends: $depends"

# Dependencies: what dpkg-shlibdeps found, and the plugins it cannot see.
names=$(tr ',|' '\n\n' <<<"$depends" | sed -E 's/^ *([^ (]+).*/\1/')
for wanted in libqt6core6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6keychain1 libstdc++6 \
              qt6-qpa-plugins libqt6sql6-sqlite; do
    grep -qxF "$wanted" <<<"$names" || fail "Depends lacks $wanted"
done
# Every dependency (one alternative per group, with its version) is satisfied on this machine,
# as dpkg -i would demand.
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
    ok=""
    IFS='|' read -ra alternatives <<<"$group"
    for alt in "${alternatives[@]}"; do
        name=$(sed -E 's/^ *([^ (]+).*/\1/; s/:any$//' <<<"$alt")
        installed=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null | sed -n 's/^install ok installed //p')
        [[ -n "$installed" ]] || continue
        if [[ "$alt" =~ \(([<>=]+)\ *([^\)]+)\) ]]; then
            op=${BASH_REMATCH[1]}
            case $op in '>=') op=ge ;; '<=') op=le ;; '=') op=eq ;; '>>') op=gt ;; '<<') op=lt ;; esac
            dpkg --compare-versions "$installed" "$op" "${BASH_REMATCH[2]// /}" || continue
        fi
        ok=1
        break
    done
    [[ -n "$ok" ]] || fail "dependency not satisfiable here: $group"
done

# Contents: the apps and their desktop files; nothing from the tests or the sandbox.
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for path in ./usr/bin/linkdesk ./usr/bin/linkdesk-cli ./usr/share/applications/$app_id.desktop \
            ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            ./usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/$app_id.png; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done
if grep -E 'sandbox|/tst_|bench|fuzz' <<<"$contents"; then fail "the package holds test files"; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/root
dpkg -x "$deb" "$prefix"
step "unpacked into $prefix"
if readelf -d "$prefix/usr/bin/linkdesk" "$prefix/usr/bin/linkdesk-cli" | grep -E 'R(UN)?PATH' | grep -F "$build"; then
    fail "an installed executable still points into the build folder"
fi

# A clean user: nothing of the developer's home, configuration or logs.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
       XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset QT_LOGGING_RULES
cd "$work"

out=$("$prefix/usr/bin/linkdesk-cli" --version)
[[ "$out" == *" $version" ]] || fail "linkdesk-cli --version says \"$out\", the package is $version"
step "installed linkdesk-cli --version: $out"
out=$("$prefix/usr/bin/linkdesk" --version)
[[ "$out" == *" $version" ]] || fail "linkdesk --version says \"$out\", the package is $version"

mkdir "$work/profile"
cat >"$work/profile/profile.ini" <<'INI'
[database]
url=sqlite:linkdesk.sqlite
INI
"$prefix/usr/bin/linkdesk-cli" --config "$work/profile/profile.ini" db migrate >/dev/null
"$prefix/usr/bin/linkdesk" --config "$work/profile/profile.ini" --screenshot "$work/window.png"
[[ "$(file -b "$work/window.png")" == "PNG image data, 1280 x 800,"* ]] ||
    fail "the screenshot is not a 1280x800 PNG: $(file -b "$work/window.png")"
# A blank 1280x800 PNG is a few hundred bytes; the window with its table and labels is ~25 kB.
(($(stat -c %s "$work/window.png") > 10000)) || fail "the screenshot looks blank"
[[ -s "$work/profile/linkdesk.sqlite" ]] || fail "no SQLite database next to the profile"
step "installed linkdesk rendered its window: $(file -b "$work/window.png")"

log=$XDG_DATA_HOME/Linkdesk/linkdesk/logs/linkdesk.log
[[ -f "$log" ]] || fail "no log file at $log"
step "log file: $log ($(wc -l <"$log") lines)"

desktop-file-validate "$prefix/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$prefix/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$prefix" >/dev/null || fail "appstreamcli validate-tree"
# Each screenshot the metainfo shows is one of the project's docs/screenshots.
if [[ -d "$here/docs/screenshots" ]]; then
    for image in $(sed -n 's#.*<image>.*/docs/screenshots/\([^<]*\)</image>.*#\1#p' \
                       "$prefix/usr/share/metainfo/$app_id.metainfo.xml"); do
        [[ -f "$here/docs/screenshots/$image" ]] || fail "the metainfo shows $image, not in docs/screenshots"
    done
fi
grep -qx "Exec=linkdesk" "$prefix/usr/share/applications/$app_id.desktop" || fail "Exec= is not linkdesk"
grep -qx "Icon=$app_id" "$prefix/usr/share/applications/$app_id.desktop" || fail "Icon= is not $app_id"
step "OK: $(basename "$deb")"
