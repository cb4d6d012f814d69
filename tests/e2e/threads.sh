# threads.sh: end-to-end tests of threaded extraction and the progress line (run by run_all.sh).
# Each test_* runs in its own empty directory; a non-zero status fails it.

ag() { $WRAP "$BIN" "$@"; }
fail() { echo "$*"; return 1; }

# The sample articles three times over in separate folders (more articles than the ring holds).
corpus() {
    for k in 1 2 3; do
        mkdir -p "in/$k"
        cp "$top"/datasets/articles/*.txt "in/$k/"
    done
}

test_threads_give_byte_identical_output() {
    corpus
    ag extract -q --threads 1 in -o t1 || fail "--threads 1 exited $?" || return 1
    ag extract -q --threads 2 in -o t2 || fail "--threads 2 exited $?" || return 1
    ag extract -q --threads 5 in -o t5 || fail "--threads 5 exited $?" || return 1
    for f in relations.csv actors.csv; do
        [ -s "t1/$f" ] || fail "t1/$f missing or empty" || return 1
        cmp -s "t1/$f" "t2/$f" || fail "$f differs between --threads 1 and --threads 2" || return 1
        cmp -s "t1/$f" "t5/$f" || fail "$f differs between --threads 1 and --threads 5" || return 1
    done
}

test_threads_report_the_same_totals() {
    corpus
    ag extract --threads 1 in -o t1 2>e1 || return 1
    ag extract --threads 2 in -o t2 2>e2 || return 1
    a=$(grep 'articles,' e1 | sed 's/ -> .*//')
    b=$(grep 'articles,' e2 | sed 's/ -> .*//')
    [ -n "$a" ] && [ "$a" = "$b" ] || fail "summaries differ: '$a' vs '$b'"
}

test_no_progress_line_when_stderr_is_not_a_terminal() {
    corpus
    ag extract --threads 2 in -o out 2>err || fail "extract exited $?" || return 1
    if grep -q 'MB/s' err || [ "$(tr -cd '\r' <err | wc -c)" -ne 0 ]; then
        fail "progress output on a non-terminal stderr: $(cat -v err | head -3)"
    fi
}

test_bad_thread_count_is_a_usage_error() {
    ag extract --threads 0 "$top/datasets/articles" -o out 2>err
    rc=$?
    [ "$rc" -eq 2 ] || fail "--threads 0 exited $rc, not 2" || return 1
    grep -q -- '--threads' err || fail "the message does not name --threads: $(cat err)"
}
