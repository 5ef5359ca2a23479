#!/usr/bin/env bash
# Records which classes a LoungeDesk start loads (for an AppCDS archive): starts the GUI once under a
# private Xvfb with -XX:DumpLoadedClassList, waits for the "LoungeDesk" window, closes the app,
# writes lib/app/loungedesk.classlist and points the launcher's .cfg at lib/app/loungedesk.jsa.
# The archive itself is dumped where the app is installed (lib/app/cds-dump.sh, run by the .deb's
# postinst), because CDS checks the jars' paths, sizes and times. JDK 17 has no
# -XX:+AutoCreateSharedArchive (JDK 19+).
# Usage: packaging/linux/cds-classlist.sh <app-image folder, e.g. target/installer/loungedesk>
# Needs Xvfb and xdotool (or xwininfo); without them it skips and the app starts without AppCDS.
set -uo pipefail
app=${1:?usage: cds-classlist.sh <app-image folder>}
launcher="$app/bin/loungedesk"
cfg="$app/lib/app/loungedesk.cfg"
classlist="$app/lib/app/loungedesk.classlist"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "cds-classlist: no app-image at $app" >&2; exit 1; }
if ! command -v Xvfb >/dev/null; then
  echo "cds-classlist: Xvfb not installed; no AppCDS archive (apt-get install xvfb xdotool)"; exit 0
fi

window_up() {
  if command -v xdotool >/dev/null; then xdotool search --onlyvisible --name '^LoungeDesk' >/dev/null 2>&1
  else xwininfo -root -tree 2>/dev/null | grep -q '"LoungeDesk'; fi
}

display=
for n in $(seq 91 119); do [ -e "/tmp/.X$n-lock" ] || { display=$n; break; }; done
[ -n "$display" ] || { echo "cds-classlist: no free X display; no AppCDS archive"; exit 0; }
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  kill "$xvfb" 2>/dev/null
  [ -f "$work/cfg" ] && cp "$work/cfg" "$cfg"
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=":$display"
sleep 1

rm -f "$classlist"
# the option goes into the launcher's own options for this one run, not JAVA_TOOL_OPTIONS: at exit
# BridJ (under webcam-capture) starts a second JVM to delete its extracted libraries, and that JVM
# inherited the option and overwrote the list with its own 530 JDK classes
cp "$cfg" "$work/cfg"
printf 'java-options=-XX:DumpLoadedClassList=%s\n' "$classlist" >>"$cfg"
LOUNGEDESK_HOME="$work/home" "$launcher" >"$work/app.log" 2>&1 &
app_pid=$!
up=
for _ in $(seq 1 600); do
  if window_up; then up=yes; break; fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$up" ]; then
  echo "cds-classlist: no LoungeDesk window appeared; no AppCDS archive. App output:"; cat "$work/app.log"
  rm -f "$classlist"; exit 0
fi
sleep 2
kill -TERM "$app_pid"
wait "$app_pid" 2>/dev/null
app_pid=
mv "$work/cfg" "$cfg"
if [ ! -s "$classlist" ]; then
  echo "cds-classlist: the JVM wrote no class list; no AppCDS archive"; exit 0
fi
grep -q 'SharedArchiveFile' "$cfg" || printf 'java-options=-XX:SharedArchiveFile=$APPDIR/loungedesk.jsa\n' >>"$cfg"
echo "cds-classlist: $(grep -vc '^@' "$classlist") classes listed in $classlist"
