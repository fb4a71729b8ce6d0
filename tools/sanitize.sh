#!/bin/sh
# The compile-and-run suite (tests/runtime.rs) under checkers, for Python,
# Lua and Ruby (`make sanitize`):
#   1. wrappers built with AddressSanitizer and UndefinedBehaviorSanitizer
#      (-fno-sanitize-recover: any UB aborts), interpreters started with
#      libasan preloaded and leak checks off (the interpreters themselves
#      are not leak-clean, and are not ours);
#   2. the Lua cases again under valgrind (memcheck) with plain wrappers;
#   3. every case built with clang -Wall -Wextra -Werror (gcc is the default
#      compiler of the suite).
# Extra arguments go to the test runner (a filter such as `strings`).
# Needs: gcc (libasan, libubsan), clang, valgrind, and the interpreters
# and headers the suite needs.
set -eu
cd "$(dirname "$0")/.."

for tool in gcc clang valgrind; do
    command -v "$tool" >/dev/null || {
        echo "sanitize: $tool not found (apt-get install $tool)" >&2
        exit 1
    }
done
asan=$(gcc -print-file-name=libasan.so)
[ -e "$asan" ] || {
    echo "sanitize: libasan not found (apt-get install libasan8)" >&2
    exit 1
}

cargo build --tests --quiet

# The leak case (tests/cases/leak_check) measures resident memory, which
# ASan's quarantine and valgrind change: fewer rounds, more slack (the
# plain `cargo test` run is the one that checks for leaks).
export RSWIG_LEAK_ITERATIONS="${RSWIG_LEAK_ITERATIONS:-2000}"
export RSWIG_LEAK_RSS_LIMIT_KB="${RSWIG_LEAK_RSS_LIMIT_KB:-65536}"

failed=""

echo "== 1/3 AddressSanitizer + UndefinedBehaviorSanitizer (python, lua, ruby)"
RSWIG_TEST_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g" \
RSWIG_TEST_RUN_PREFIX="env LD_PRELOAD=$asan ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" \
    cargo test --quiet --test runtime -- "$@" || failed="$failed asan+ubsan"

echo "== 2/3 valgrind (lua)"
RSWIG_TEST_RUN_PREFIX="valgrind -q --error-exitcode=99 --leak-check=no" \
    cargo test --quiet --test runtime -- ::lua || failed="$failed valgrind"

echo "== 3/3 clang -Wall -Wextra -Werror (python, lua, ruby)"
RSWIG_TEST_CC=clang RSWIG_LEAK_ITERATIONS=1000 cargo test --quiet --test runtime -- "$@" ||
    failed="$failed clang"

if [ -n "$failed" ]; then
    echo "sanitize: FAILED:$failed" >&2
    exit 1
fi
echo "sanitize: all passed"
