#!/bin/sh
# run_all.sh: every test suite of `make test`: unit tests, end-to-end and golden tests.
# Environment: BIN (the actorgraph binary), UNIT (the unit test binary), SHARED (../shared, may be
# absent: schema validation and the seed check are then skipped with a message), WRAP (a command
# to run the binaries under, e.g. valgrind). Ends with one line: "N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
UNIT=$(cd "$(dirname "$UNIT")" && pwd)/$(basename "$UNIT")
SHARED=${SHARED:-../shared}
case $SHARED in /*) ;; *) SHARED=$top/$SHARED ;; esac
WRAP=${WRAP:-}
PY=/usr/bin/python3
export BIN WRAP SHARED PY top
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# unit suites: the binary prints "unit: N passed, N failed"
$WRAP "$UNIT" >"$tmp/unit.out" 2>&1
grep -v '^unit:' "$tmp/unit.out" | grep -E 'FAIL|check failed' | head -40
line=$(grep '^unit:' "$tmp/unit.out")
echo "$line"
up=$(echo "$line" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
uf=$(echo "$line" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
if [ -z "$up" ]; then
    echo "unit: the unit test binary did not finish"
    cat "$tmp/unit.out" | tail -20
    uf=1
    up=0
fi
passed=$((passed + up))
failed=$((failed + uf))

# end-to-end suites: each test is a shell function in tests/e2e/*.sh, named test_*
for suite in "$top"/tests/e2e/*.sh; do
    name=$(basename "$suite" .sh)
    sp=0
    sf=0
    for t in $(grep -o '^test_[a-z0-9_]*' "$suite"); do
        work="$tmp/$name.$t"
        mkdir -p "$work"
        if (cd "$work" && . "$suite" && $t) >"$work.log" 2>&1; then
            sp=$((sp + 1))
            grep '^SKIP' "$work.log" | sed "s/^/$name: $t: /"
        else
            sf=$((sf + 1))
            echo "FAIL $name/$t"
            sed 's/^/    /' "$work.log" | tail -25
        fi
    done
    echo "$name: $sp passed, $sf failed"
    passed=$((passed + sp))
    failed=$((failed + sf))
done

# golden suites: tests/golden/<case>/{cmd,expected.out,expected.err,expected.rc}
gp=0
gf=0
for case in "$top"/tests/golden/*/; do
    [ -f "$case/cmd" ] || continue
    name=$(basename "$case")
    work="$tmp/golden.$name"
    mkdir -p "$work"
    (cd "$work" && CASE="$case" DATA="$top/datasets" sh "$case/cmd" >"$work/out" 2>"$work/err"; echo $? >"$work/rc")
    # versions are normalised so a version bump is not a golden change
    sed -i 's/actorgraph [0-9][0-9.]*/actorgraph VERSION/g' "$work/out" "$work/err"
    if cmp -s "$work/out" "$case/expected.out" && cmp -s "$work/err" "$case/expected.err" &&
        cmp -s "$work/rc" "$case/expected.rc"; then
        gp=$((gp + 1))
    else
        gf=$((gf + 1))
        echo "FAIL golden/$name (make golden-update rewrites it for review)"
        diff "$case/expected.out" "$work/out" | head -10
        diff "$case/expected.err" "$work/err" | head -5
        diff "$case/expected.rc" "$work/rc"
    fi
done
echo "golden: $gp passed, $gf failed"
passed=$((passed + gp))
failed=$((failed + gf))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
