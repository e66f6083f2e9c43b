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
    libspdlog-dev catch2 libsqlite3-dev sqlite3 libsodium-dev pkg-config
    fonts-noto-cjk fonts-wqy-microhei
    clang-format xvfb xauth
    postgresql libqt6sql6-psql
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

# A throwaway PostgreSQL server for the storage tests that run on both engines (`ctest -L
# postgresql` lists them): initdb into a new folder under /tmp, as the postgres user when this
# runs as root (initdb refuses root), trust authentication on its own socket folder and on
# 127.0.0.1 only, a free port, no fsync (nothing in it outlives the run). Stopped and removed
# when the script ends, whether the tests passed or not.
pg_dir=""
pg_as=()
start_test_postgres() {
    local bin=/usr/lib/postgresql/15/bin
    [ -x "$bin/initdb" ] || bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "run.sh: PostgreSQL's initdb was not found (package postgresql)." >&2
        exit 1
    fi
    pg_dir=$(mktemp -d /tmp/mmtrack-pg.XXXXXX)
    mkdir "$pg_dir/data" "$pg_dir/sock"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$pg_dir"
        pg_as=(runuser -u postgres --)
    fi
    trap stop_test_postgres EXIT
    if ! "${pg_as[@]}" "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust --encoding=UTF8 \
            --locale=C >"$pg_dir/initdb.log" 2>&1; then
        cat "$pg_dir/initdb.log" >&2
        echo "run.sh: initdb failed." >&2
        exit 1
    fi
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if ! "${pg_as[@]}" "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -s \
            -o "-k $pg_dir/sock -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start; then
        cat "$pg_dir/server.log" >&2
        echo "run.sh: the PostgreSQL test server did not start." >&2
        exit 1
    fi
    pg_ctl_bin="$bin/pg_ctl"
    echo "run.sh: PostgreSQL test server on port $port (socket folder $pg_dir/sock)"
    export MMTRACK_TEST_PG="postgresql://postgres@/postgres?host=$pg_dir/sock&port=$port"
}
stop_test_postgres() {
    if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
        if [ -n "${pg_ctl_bin:-}" ]; then
            "${pg_as[@]}" "$pg_ctl_bin" -D "$pg_dir/data" -m fast -w -s stop || true
        fi
        rm -rf "$pg_dir"
    fi
}

install_missing_packages
build

case "${1:-}" in
    test)
        shift
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        start_test_postgres
        ctest --test-dir build --no-tests=error --output-on-failure --parallel "$(nproc)" "$@"
        ;;
    *)
        exec build/src/app/mmtrack "$@"
        ;;
esac
