#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# One entry point for people and CI, on Debian 12 as root (or with sudo):
#   bash .ci/faultline.sh demo   install what is missing, build, run the main job on the bundled sample
#   bash .ci/faultline.sh test   install what is missing, build, run the whole test suite
# Environment: FAULTLINE_BUILD_DIR (default: build), JOBS (default: number of cores).
set -euo pipefail

mode="${1:-}"
case "$mode" in
  demo|test) ;;
  *) echo "usage: bash .ci/faultline.sh demo|test" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FAULTLINE_BUILD_DIR:-$root/build}"
jobs="${JOBS:-$(nproc)}"

# Debian packages the build and the tests need (python3 and NetworkX read
# the exports back in the tests; chromium and python3-websocket open the HTML
# report and the SVG pictures in a headless browser; python3-dev and
# pybind11-dev build the Python module, which the tests run with numpy,
# pandas, NetworkX, tqdm and pytest; clang-format-14 checks the layout of
# the sources).
packages=(cmake make g++ pkg-config
  libboost-dev libboost-graph-dev libboost-serialization-dev
  clang-format-14 libfmt-dev doctest-dev libcli11-dev libyaml-dev nlohmann-json3-dev zlib1g-dev
  python3 python3-networkx chromium python3-websocket
  python3-dev pybind11-dev python3-numpy python3-pandas python3-pytest python3-tqdm
  python3-venv python3-pip)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "faultline: installing missing Debian packages: ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "faultline: run as root or install sudo to install: ${missing[*]}" >&2; exit 2; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's python3, where the packages above are, even when another python3
# (pyenv, a venv) comes first on PATH.
python=(-DPython3_EXECUTABLE=/usr/bin/python3)
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAULTLINE_WARNINGS_AS_ERRORS=ON "${python[@]}" >/dev/null
cmake --build "$build" -j "$jobs"

if [ "$mode" = demo ]; then
  cli="$build/cli/faultline"
  set -x
  "$cli" info
  "$cli" backers "Harakat al-Nujaba"
  "$cli" proxies iran
  "$cli" path "Islamic State" "United States" --max-paths 2
  exit 0
fi

# The suite under AddressSanitizer and UndefinedBehaviorSanitizer (a second
# tree; the consumer projects and benchmarks are left out of it). Set
# FAULTLINE_SANITIZERS=0 to skip it.
if [ "${FAULTLINE_SANITIZERS:-1}" != 0 ]; then
  asan="${build}-asan"
  cmake -S "$root" -B "$asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAULTLINE_SANITIZE=ON -DFAULTLINE_RUNTIME_CHECKS=ON -DFAULTLINE_WARNINGS_AS_ERRORS=ON \
    -DFAULTLINE_INSTALL=OFF -DFAULTLINE_BUILD_BENCH=OFF "${python[@]}" >/dev/null
  cmake --build "$asan" -j "$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$asan" --output-on-failure -j "$jobs"
fi

ctest --test-dir "$build" --output-on-failure -j "$jobs"
