#!/usr/bin/env bash
# Check (and, as root with apt-get, install) the system libraries Qt needs.
#   system_deps.sh offscreen   libraries for Qt's offscreen platform (tests, screenshots)
#   system_deps.sh window      plus X11/xcb libraries and Xvfb for a real window
set -u
mode=${1:-offscreen}
libs=(libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1
      libxkbcommon.so.0:libxkbcommon0 libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3
      libX11.so.6:libx11-6)
if [ "$mode" = window ]; then
  libs+=(libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0
         libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0
         libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-randr.so.0:libxcb-randr0
         libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0
         libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-xkb.so.1:libxcb-xkb1)
fi
missing=()
cache=$(ldconfig -p 2>/dev/null)
for pair in "${libs[@]}"; do
  lib=${pair%%:*}; pkg=${pair##*:}
  grep -q "$lib" <<<"$cache" || missing+=("$pkg")
done
[ -f /etc/fonts/fonts.conf ] || missing+=(fontconfig-config)
if [ "$mode" = window ]; then
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Qt needs these system packages: ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing them with apt-get (running as root)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    && exit 0
  echo "apt-get failed; install them by hand."
fi
echo "Run: sudo apt-get install -y ${missing[*]}"
exit 1
