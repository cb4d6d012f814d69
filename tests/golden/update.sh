#!/bin/sh
# update.sh: rewrites each golden case's expected.out/err/rc from the current binary, for review
# with `git diff tests/golden` before committing.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
export BIN
for case in "$top"/tests/golden/*/; do
    [ -f "$case/cmd" ] || continue
    work=$(mktemp -d)
    (cd "$work" && CASE="$case" DATA="$top/datasets" sh "$case/cmd" >"$case/expected.out" 2>"$case/expected.err"; echo $? >"$case/expected.rc")
    sed -i 's/actorgraph [0-9][0-9.]*/actorgraph VERSION/g' "$case/expected.out" "$case/expected.err"
    rm -rf "$work"
    echo "updated $(basename "$case")"
done
