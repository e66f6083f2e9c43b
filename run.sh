#!/usr/bin/env bash
# mmtrack's two commands:
#   ./run.sh          install what is missing, build, and start the GUI
#   ./run.sh test     install what is missing, build, and run the whole test suite
# Extra arguments after "./run.sh" go to mmtrack (e.g. ./run.sh --lang zh_CN).
# Both are idempotent: packages already installed and an up-to-date build are skipped.
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages that build, run and test mmtrack.
packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-pdf-dev poppler-utils
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libspdlog-dev catch2 libsqlite3-dev sqlite3
    fonts-noto-cjk fonts-wqy-microhei
    clang-format xvfb xauth
    python3 python3-jsonschema
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "run.sh: installing packages needs root; run as root or install sudo." >&2
        exit 1
    fi
}

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "run.sh: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    if [ ! -f build/build.ninja ]; then
        cmake --preset release
    fi
    cmake --build build --parallel
}

install_missing_packages
build

case "${1:-}" in
    test)
        shift
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        ctest --test-dir build --no-tests=error --output-on-failure --parallel "$(nproc)" "$@"
        ;;
    *)
        exec build/src/app/mmtrack "$@"
        ;;
esac
