#!/bin/sh
# Seeds the fuzz corpora from the project's own .i files (tests/, examples/).
# The corpora are not committed: run this before `cargo fuzz run`.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
for target in preprocess parse pipeline; do
    dir="$here/corpus/$target"
    mkdir -p "$dir"
    find "$root/tests" "$root/examples" -name '*.i' -type f | while read -r f; do
        rel=${f#"$root"/}
        cp "$f" "$dir/$(printf '%s' "$rel" | tr '/' '_')"
    done
done
echo "seeded $(ls "$here/corpus/pipeline" | wc -l) files per target"
