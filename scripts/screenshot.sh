#!/usr/bin/env bash
# Renders the main window headlessly (Monocle, no X server), showing the screen shown at start (the Dashboard) on a
# fresh data directory, and saves it as
#   docs/screenshots/main-window.png       (light theme)
#   docs/screenshots/main-window-dark.png  (dark theme)
# With a screen id (scripts/screenshot.sh keys-lab, or -Dlorabench.screen=keys-lab in LORABENCH_SCREEN), that
# screen is shown instead and the files are docs/screenshots/<id>.png and <id>-dark.png. The screen is chosen by
# seeding the throw-away data directory's ui.json with it as the last screen.
# `scripts/screenshot.sh filled` instead renders Live frames and Keys lab WITH content (a join and data frames; a
# derivation and a MIC check) in both themes through the TestFX test ScreenshotsFxTest, and the main window with a
# real embedded server session (a virtual device joined, an uplink, a downlink, an import) through GuiFlowFxTest,
# and the Dashboard after a join and an uplink through DashboardFxTest:
#   docs/screenshots/live-frames[-dark].png, keys-lab[-dark].png, keys-lab-mic[-dark].png, main-window[-dark].png,
#   devices[-dark].png, devices-join-trace[-dark].png, downlinks[-dark].png, live-frames-server[-dark].png,
#   import-report.png, dashboard[-dark].png, the Gateways screen with a virtual gateway through GatewaysFxTest:
#   gateways[-dark].png, and the Scenarios screen with a finished virtual-time run through ScenariosFxTest:
#   scenarios[-dark].png
# The app snapshots its own scene after the first layout (-Dlorabench.snapshot=PATH) and exits.
# A throw-away data directory keeps the user's ~/.lorabench out of the picture. Re-runnable.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ "${1:-}" = filled ]; then
  mkdir -p "$here/docs/screenshots"
  (unset DISPLAY; mvn -B -q test -Dtest='lorabench.ui.frames.ScreenshotsFxTest,lorabench.app.GuiFlowFxTest,lorabench.app.DashboardFxTest,lorabench.app.GatewaysFxTest,lorabench.app.ScenariosFxTest' \
    -Dlorabench.screenshots="$here/docs/screenshots" -Dsurefire.failIfNoSpecifiedTests=false >&2)
  ls "$here"/docs/screenshots/{live-frames,keys-lab,keys-lab-mic,main-window,devices,devices-join-trace,downlinks,live-frames-server,dashboard,gateways,scenarios}{,-dark}.png
  exit 0
fi
monocle_version=21.0.2
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
monocle="$repo/org/testfx/openjfx-monocle/$monocle_version/openjfx-monocle-$monocle_version.jar"
if [ ! -f "$monocle" ]; then
  mvn -B -q dependency:get -Dartifact="org.testfx:openjfx-monocle:$monocle_version" >&2
fi
mvn -B -q -DskipTests package >&2
out="$here/docs/screenshots"
mkdir -p "$out"
screen="${1:-${LORABENCH_SCREEN:-}}"
name="${screen:-main-window}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
for theme in light dark; do
  if [ -n "$screen" ]; then
    printf '{"lastScreen":"%s"}\n' "$screen" > "$data/ui.json"
  fi
  file="$out/$name.png"
  [ "$theme" = dark ] && file="$out/$name-dark.png"
  rm -f "$file"
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Dmonocle.screen.width=1280 -Dmonocle.screen.height=800 \
    -Dlorabench.data="$data" -Dlorabench.theme="$theme" -Dlorabench.snapshot="$file" \
    -cp "$here/target/lorabench.jar:$here/target/lib/*:$monocle" lorabench.app.Main
  [ -s "$file" ] || { echo "screenshot.sh: no snapshot written to $file" >&2; exit 1; }
  echo "$file"
done
