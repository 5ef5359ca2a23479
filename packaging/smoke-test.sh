#!/usr/bin/env bash
# Packaging smoke test (issue 7), for CI and by hand on Debian/Ubuntu:
#   packaging/smoke-test.sh                 builds the .deb (mvn -P installer -DskipTests package)
#   packaging/smoke-test.sh path/to.deb     tests a .deb built before
# Unpacks the .deb into a temporary root (dpkg-deb -x, no root rights used on the system), then:
#   1. the installed launcher answers --version with the package's version;
#   2. `sandbox --port P --db F` prints "listening on", answers one HTTP call, stops on SIGTERM
#      (skipped, with a message, only while this build has no `sandbox` subcommand);
#   3. the GUI opens a window titled "LoungeDesk…" under Xvfb (time to window is printed);
#   4. a second start with a pass image (what "Open with LoungeDesk" runs) hands it to that console and ends.
# Installs what it needs with apt-get when missing. Exit status 0 = passed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }
started=$SECONDS

step "tools"
need=()
for pkg in xvfb xauth libgtk-3-0 libv4l-0 fakeroot binutils xdotool x11-utils curl; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "ok"

if [ $# -ge 1 ]; then
  deb=$1
  [ -f "$deb" ] || fail "no such .deb: $deb"
else
  step "build: mvn -B -P installer -DskipTests package"
  build_start=$SECONDS
  mvn -B -q -P installer -DskipTests package
  echo "installer build took $((SECONDS - build_start)) s"
  deb=$(ls target/installer/loungedesk_*.deb | head -n 1)
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export LOUNGEDESK_HOME="$work/home"

step "unpack $deb"
dpkg-deb -x "$deb" "$work/root"
app="$work/root/opt/loungedesk"
launcher="$app/bin/loungedesk"
[ -x "$launcher" ] || fail "no launcher at /opt/loungedesk/bin/loungedesk in the .deb"
version=$(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')
echo ".deb $(du -m "$deb" | cut -f1) MB ($(stat -c %s "$deb") bytes), installed image $(du -sm "$app" | cut -f1) MB, version $version"
desktop=$(ls "$app"/lib/*.desktop 2>/dev/null | head -n 1)
[ -n "$desktop" ] || fail "no .desktop entry in the .deb"
grep -q '^Name=LoungeDesk$' "$desktop" || fail "$desktop has no Name=LoungeDesk"
grep -q '^Categories=.*Office' "$desktop" || fail "$desktop has no Office category"
grep -q '^MimeType=.*image/png' "$desktop" || fail "$desktop offers no 'Open with' for pass images"
grep -q '^Exec=.* %F$' "$desktop" || fail "$desktop does not pass opened files (%F) to the launcher"
dpkg-deb -f "$deb" Depends | grep -q 'libv4l-0' || fail ".deb does not depend on libv4l-0"
echo "desktop entry and dependencies ok"

step "AppCDS archive (what the .deb's postinst does)"
cds_start=$(date +%s%N)
sh "$app/lib/app/cds-dump.sh" "$app" || fail "cds-dump.sh failed"
if [ -f "$app/lib/app/loungedesk.jsa" ]; then
  echo "archive $(du -m "$app/lib/app/loungedesk.jsa" | cut -f1) MB in $(( ($(date +%s%N) - cds_start) / 1000000 )) ms;" \
    "installed image with it $(du -sm "$app" | cut -f1) MB"
fi

step "loungedesk --version"
out=$("$launcher" --version 2>"$work/version.err") || fail "--version exited with $? ($(cat "$work/version.err"))"
echo "$out"
grep -q "^LoungeDesk $version" <<<"$out" || fail "--version did not print 'LoungeDesk $version'"

step "loungedesk sandbox"
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
commands=$("$launcher" --help 2>&1 | sed -n '/^Commands:/,$p')
if ! grep -qE '^ +sandbox( |$)' <<<"$commands"; then
  echo "SKIPPED: this build has no 'sandbox' subcommand yet; loungedesk --help lists:"
  echo "$commands"
  sandbox_result=skipped
else
  port=$(free_port)
  "$launcher" sandbox --port "$port" --db "$work/sandbox.db" >"$work/sandbox.log" 2>&1 &
  sandbox=$!
  pids+=("$sandbox")
  url=
  for _ in $(seq 1 600); do
    url=$(grep -o 'listening on http[^ ]*' "$work/sandbox.log" | head -n 1 | sed 's/^listening on //') || true
    [ -n "$url" ] && break
    kill -0 "$sandbox" 2>/dev/null || { cat "$work/sandbox.log"; fail "sandbox exited before listening"; }
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$work/sandbox.log"; fail "sandbox printed no 'listening on' line in 60 s"; }
  echo "sandbox: listening on $url"
  answer=$(curl -s -w '\n%{http_code}' -X POST "$url/octo/redemption/credentials" \
    -H 'Content-Type: application/json' -d '{"reference":"x","apiKeys":["demo-key"]}') \
    || fail "no answer from $url"
  code=$(tail -n 1 <<<"$answer")
  body=$(sed '$d' <<<"$answer")
  echo "POST /octo/redemption/credentials -> HTTP $code $body"
  [ "$code" = 200 ] && grep -q '"apiKey"' <<<"$body" || fail "unexpected answer from the sandbox"
  kill -TERM "$sandbox"
  for _ in $(seq 1 100); do kill -0 "$sandbox" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$sandbox" 2>/dev/null && fail "sandbox did not stop within 10 s of SIGTERM"
  echo "sandbox stopped"
  sandbox_result=passed
fi

step "GUI under Xvfb"
display=
for n in $(seq 121 149); do [ -e "/tmp/.X$n-lock" ] || { display=$n; break; }; done
[ -n "$display" ] || fail "no free X display number"
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=("$!")
export DISPLAY=":$display"
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
gui_start=$(date +%s%N)
"$launcher" >"$work/gui.log" 2>&1 &
gui=$!
pids+=("$gui")
seen=
for _ in $(seq 1 600); do
  if xdotool search --onlyvisible --name '^LoungeDesk' >/dev/null 2>&1; then seen=yes; break; fi
  kill -0 "$gui" 2>/dev/null || break
  sleep 0.05
done
gui_ms=$(( ($(date +%s%N) - gui_start) / 1000000 ))
[ -n "$seen" ] || { cat "$work/gui.log"; fail "no window titled LoungeDesk within 30 s"; }
xwininfo -root -tree | grep -q '"LoungeDesk' || fail "xwininfo does not list the LoungeDesk window"
echo "window 'LoungeDesk' up $gui_ms ms after start (cold start, this machine)"
sleep 2
kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log"; fail "the GUI died after opening its window"; }

step "a second start hands its pass image to the open console"
image=$(ls assets/demo-passes/*.png | head -n 1)
second=$(timeout 60 "$launcher" "$image" 2>"$work/second.err") || fail "the second start exited with $? ($(cat "$work/second.err"))"
echo "$second"
grep -q 'already open' <<<"$second" || fail "the second start did not hand over to the open console"
for _ in $(seq 1 100); do
  [ -z "$(ls "$LOUNGEDESK_HOME/data/inbox" 2>/dev/null)" ] && break
  sleep 0.1
done
[ -z "$(ls "$LOUNGEDESK_HOME/data/inbox" 2>/dev/null)" ] || fail "the open console did not take the handed-over image"
echo "the open console took $(basename "$image")"
kill -TERM "$gui"

printf '\nSMOKE TEST PASSED: --version ok, sandbox %s, window up in %s ms; %s s in all\n' \
  "$sandbox_result" "$gui_ms" "$((SECONDS - started))"
