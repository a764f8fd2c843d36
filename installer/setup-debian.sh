#!/usr/bin/env bash
# NetPatrol on Debian 12: one script sets everything up, then starts the app or runs the tests.
#
#   bash installer/setup-debian.sh run    # set up (idempotent) and start NetPatrol
#   bash installer/setup-debian.sh test   # set up (idempotent) and run every check and test
#   bash installer/setup-debian.sh setup  # set up only
#
# Needs root (or sudo) for the Debian packages; everything else goes into ./.venv.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
shift || true

APT_PACKAGES=(
  python3 python3-venv python3-dev
  chromium                                  # Playwright's browser for re-checks (its own download is not used)
  fonts-noto-cjk fonts-noto-color-emoji     # Chinese and emoji in the embedded browser
  fonts-arphic-uming                        # TrueType Traditional Chinese (PDF output ships its own copy)
  xvfb xauth                                # a screen for the GUI on machines without one
  libegl1 libgl1 libnss3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcomposite1 libxdamage1 libxrandr2
  libxtst6 libasound2 libdbus-1-3 libfontconfig1 libgbm1 libxshmfence1
  poppler-utils                             # pdftoppm/pdftotext, to look at generated PDFs
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_debian_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> Installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

pick_python() {
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      echo "$candidate"; return
    fi
  done
  echo "NetPatrol needs Python 3.11 (Debian 12's python3)." >&2; exit 1
}

install_python_packages() {
  if [ ! -x .venv/bin/python ]; then
    echo "==> Creating .venv"
    "$(pick_python)" -m venv .venv
  fi
  local stamp=.venv/.netpatrol-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ ! -x .venv/bin/netpatrol ]; then
    echo "==> Installing Python packages"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[dev]'
    touch "$stamp"
  fi
}

build_translations() {
  .venv/bin/python installer/i18n.py build
}

setup() {
  install_debian_packages
  install_python_packages
  build_translations
  export NETPATROL_CHROMIUM="${NETPATROL_CHROMIUM:-/usr/bin/chromium}"
}

start_screen_if_needed() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    export DISPLAY=:99
    if ! pgrep -f "Xvfb :99" >/dev/null; then
      echo "==> No screen here: starting a virtual one (Xvfb :99). Screenshot: import -window root shot.png"
      Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
      sleep 1
    fi
  fi
}

run_tests() {
  export QT_QPA_PLATFORM=offscreen
  echo "==> ruff";          .venv/bin/ruff check app tests installer
  echo "==> mypy";          .venv/bin/mypy
  echo "==> import layers"; .venv/bin/lint-imports
  echo "==> translations";  .venv/bin/python installer/i18n.py check
  # The tests start `netpatrol` a few hundred times. Where the environment sets PYTHONDONTWRITEBYTECODE (this
  # machine's does), each start compiled NetPatrol from source again: 1.8 s a start against 0.9 s (measured).
  echo "==> bytecode";      .venv/bin/python -m compileall -q -j 0 app tests >/dev/null
  # One test worker per core (at most four): the suite took 21.5 min on one of this machine's two cores, and
  # 11 min on both. NETPATROL_TEST_WORKERS=0 runs it in this process, as before.
  echo "==> pytest"
  set +e
  .venv/bin/python -m pytest -n "${NETPATROL_TEST_WORKERS:-auto}" --maxprocesses 4 "$@"
  local status=$?
  set -e
  if [ "$status" -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi
  return "$status"
}

case "$mode" in
  setup) setup ;;
  run)   setup; start_screen_if_needed; exec .venv/bin/netpatrol "$@" ;;
  test)  setup; run_tests "$@" ;;
  *)     echo "usage: $0 run|test|setup" >&2; exit 2 ;;
esac
