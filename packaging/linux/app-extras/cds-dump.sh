#!/bin/sh
# Dumps LoungeDesk's AppCDS archive (lib/app/loungedesk.jsa) from lib/app/loungedesk.classlist,
# for the jars exactly where they are installed. Run by the .deb's postinst; safe to run again.
# Usage: sh <app>/lib/app/cds-dump.sh <app folder, e.g. /opt/loungedesk>
set -eu
app=${1:?usage: cds-dump.sh <app folder>}
dir="$app/lib/app"
[ -s "$dir/loungedesk.classlist" ] || { echo "cds-dump: no class list in $dir; nothing to do"; exit 0; }
cp=$(sed -n 's/^app\.classpath=//p' "$dir/loungedesk.cfg" | sed "s|\\\$APPDIR|$dir|" | paste -sd: -)
rm -f "$dir/loungedesk.jsa"
"$app/lib/runtime/bin/java" -Xshare:dump -Xlog:disable -Xlog:all=error:stderr \
  -XX:SharedClassListFile="$dir/loungedesk.classlist" -XX:SharedArchiveFile="$dir/loungedesk.jsa" \
  -cp "$cp" >/dev/null
chmod 644 "$dir/loungedesk.jsa"
