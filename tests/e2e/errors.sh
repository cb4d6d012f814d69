# errors.sh: what users see when something is wrong: messages, exit codes, nothing lost.

ag() { $WRAP "$BIN" "$@"; }
fail() { echo "$*"; return 1; }

article() { # article FILE DATE TEXT
    printf 'date %s Test headline\n\n%s\n' "$2" "$3" >"$1"
}

test_usage_errors_exit_2_with_a_hint() {
    ag extract 2>err.txt
    [ $? -eq 2 ] || fail "extract without input should exit 2"
    grep -q "try 'actorgraph extract --help'" err.txt || fail "no hint: $(cat err.txt)"
    ag analyze --level planet x 2>err.txt
    [ $? -eq 2 ] || fail "bad --level should exit 2"
    grep -q "'planet'" err.txt || fail "the bad value is not named"
    ag frobnicate 2>/dev/null
    [ $? -eq 2 ] || fail "an unknown command should exit 2"
}

test_every_subcommand_has_help() {
    for c in extract analyze run render; do
        ag $c --help >h.txt || fail "$c --help exited $?"
        grep -q "^usage: actorgraph $c" h.txt || fail "$c --help lacks usage"
        grep -q "exit codes" h.txt || fail "$c --help lacks exit codes"
    done
    ag --version | grep -q '^actorgraph [0-9]' || fail "--version"
}

test_missing_input_is_reported_and_the_rest_goes_through() {
    article good.txt 2024-01-01 "Russia attacked Ukraine."
    ag extract -q good.txt missing.txt -o out 2>err.txt
    [ $? -eq 1 ] || fail "a missing input should exit 1"
    grep -q '^actorgraph: missing.txt: error: cannot read' err.txt || fail "message: $(cat err.txt)"
    grep -q '"good"' out/relations.csv || fail "the good article was lost"
}

test_invalid_utf8_is_replaced_with_a_warning() {
    printf 'date 2024-01-01 Test\n\nRussia \377 attacked Ukraine.\n' >bad.txt
    ag extract bad.txt -o out 2>err.txt || fail "exit $?"
    grep -q 'bad.txt:3:8: warning: invalid UTF-8 byte 0xff at offset 30' err.txt || fail "message: $(cat err.txt)"
    grep -q '"RUS".*"UKR"' out/relations.csv || fail "the article was not extracted"
    ag extract -q --utf8 strict bad.txt -o strict 2>err.txt
    [ $? -eq 1 ] || fail "--utf8 strict should reject the article"
}

test_bad_relations_row_names_file_line_and_column() {
    mkdir d
    printf 'doc_id,source,target,source_country,target_country,quad_class\na,RUS,UKR,RUS,UKR,4\nb,UKR,RUS,UKR,RUS,7\n' >d/relations.csv
    ag analyze -q d 2>err.txt
    [ $? -eq 1 ] || fail "a bad row should exit 1"
    grep -q '^actorgraph: d/relations.csv:3:6: error: quad_class must be 1, 2, 3 or 4' err.txt || fail "message: $(cat err.txt)"
    [ -e d/nodes.csv ] && fail "outputs were written from a bad file"
    ag analyze -q --skip-bad-rows d 2>err.txt
    [ $? -eq 1 ] || fail "skipped rows should exit 1"
    grep -q 'relations.csv:3:6: warning: 1 malformed row skipped, at line:field 3:6' err.txt || fail "skip count: $(cat err.txt)"
    [ -s d/nodes.csv ] || fail "--skip-bad-rows wrote no nodes.csv"
}

test_missing_column_is_named() {
    mkdir d
    printf 'doc_id,source,target,source_country,target_country\na,RUS,UKR,RUS,UKR\n' >d/relations.csv
    ag analyze -q d 2>err.txt
    [ $? -eq 1 ] || fail "exit should be 1"
    grep -q "missing required column 'quad_class'" err.txt || fail "message: $(cat err.txt)"
}

test_stray_quote_is_a_parse_error_with_position() {
    mkdir d
    printf 'source,target,source_country,target_country,quad_class\nRUS,UK"R,RUS,UKR,4\n' >d/relations.csv
    ag analyze -q d 2>err.txt
    [ $? -eq 1 ] || fail "exit should be 1"
    grep -q '^actorgraph: d/relations.csv:2:7: error: malformed CSV' err.txt || fail "message: $(cat err.txt)"
}

test_failed_analyze_keeps_previous_outputs() {
    article a.txt 2024-01-01 "Russia attacked Ukraine. China praised Russia."
    ag run -q --no-render a.txt -o out || return 1
    cp out/nodes.csv before.csv
    printf 'source,target\n' >out/relations.csv
    ag analyze -q out 2>/dev/null
    [ $? -eq 1 ] || fail "exit should be 1"
    cmp -s before.csv out/nodes.csv || fail "nodes.csv changed after a failed run"
    ls out | grep -q '\.tmp$' && fail "temporary files left"
    return 0
}

test_unwritable_output_exits_3() {
    article a.txt 2024-01-01 "Russia attacked Ukraine."
    touch notadir
    ag extract -q a.txt -o notadir/sub 2>err.txt
    [ $? -eq 3 ] || fail "exit should be 3, message: $(cat err.txt)"
    grep -q "cannot create directory" err.txt || fail "message: $(cat err.txt)"
}
