# report.sh: end-to-end tests of report.html, time windows, signed analysis and the filters
# before export (run by run_all.sh; each test_* runs in its own empty directory).

ag() { $WRAP "$BIN" "$@"; }
fail() { echo "$*"; exit 1; } # tests run in a subshell: exit fails the test
nrows() { echo $(($(wc -l <"$1") - 1)); }
json() { "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

sample() {
    [ -d s ] || ag run -q "$top/datasets/articles" -o s || fail "run failed: $?"
}

test_run_writes_a_self_contained_report() {
    sample || return 1
    r=s/report.html
    [ -s $r ] || fail "report.html missing"
    grep -q '<svg' $r || fail "no inline SVG"
    grep -q 'id="actors"' $r || fail "no actor table"
    grep -q 'id="timeline-chart"' $r || fail "no timeline chart"
    grep -q 'id="balance"' $r || fail "no balance section"
    grep -q 'class="edge"' $r || fail "no clickable edges in the SVG"
    grep -q '<mark>' $r || fail "no trigger highlighted"
    # nothing fetched from the network: no external script, style, font or image
    grep -Eiq '(src|href)="(https?:)?//|@import|url\((https?:)?//|<link ' $r &&
        fail "report.html refers to an external resource"
    ls s | grep -q '\.tmp$' && fail "a temporary file was left behind"
    return 0
}

test_report_command_rewrites_the_report_identically() {
    sample || return 1
    cp s/report.html first.html
    ag report -q s || fail "report exited $?"
    cmp -s first.html s/report.html || fail "report.html differs between runs"
}

test_report_escapes_article_text() {
    mkdir in
    printf 'date 2024-03-01 Test\n\nRussia attacked Ukraine <script>alert("x")</script> & "fled".\n' >in/a.txt
    ag run -q in -o o || fail "run exited $?"
    grep -q 'alert' o/relations.csv || fail "the test sentence gave no relation"
    grep -q '<script>alert' o/report.html && fail "article text is not escaped"
    grep -q '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;fled&quot;' o/report.html ||
        fail "escaped evidence not found"
    return 0
}

test_report_without_analysis_is_an_io_error() {
    mkdir empty
    ag report empty 2>err.txt
    rc=$?
    [ $rc -eq 3 ] || fail "exit $rc, expected 3"
    grep -q "summary.json" err.txt || fail "message: $(cat err.txt)"
}

test_window_writes_timeline_and_gexf_spells() {
    sample || return 1
    ag analyze -q --window 7d s || fail "analyze exited $?"
    [ "$(head -1 s/timeline.csv | tr -d '"')" = "window,start,end,element,id,source,target,weight,coop,conflict,degree,strength,pagerank" ] ||
        fail "timeline.csv header: $(head -1 s/timeline.csv)"
    grep -q '"edge"' s/timeline.csv || fail "no edge rows"
    grep -q '"node"' s/timeline.csv || fail "no node rows"
    # every window starts on a Monday
    "$PY" - s/timeline.csv <<'PY' || return 1
import csv, datetime, sys
rows = list(csv.DictReader(open(sys.argv[1])))
for r in rows:
    s = datetime.date.fromisoformat(r["start"]); e = datetime.date.fromisoformat(r["end"])
    assert s.weekday() == 0 and (e - s).days == 6, r
# per-window edge weights add up to the edge weights of edges.csv
tot = {}
for r in rows:
    if r["element"] == "edge":
        tot[(r["source"], r["target"])] = tot.get((r["source"], r["target"]), 0) + int(r["weight"])
for e in csv.DictReader(open(sys.argv[1].replace("timeline.csv", "edges.csv"))):
    if e["first_date"]:
        assert tot.get((e["Source"], e["Target"])) == int(e["Weight"]), e
PY
    grep -q '<spell ' s/graph.gexf || fail "no spells in the GEXF"
    [ "$(json s/summary.json "d['windows']['unit']")" = 7d ] || fail "summary.json windows"
    if [ -f "$SHARED/schemas/gexf-1.3/gexf.rng" ]; then
        xmllint --noout --relaxng "$SHARED/schemas/gexf-1.3/gexf.rng" s/graph.gexf || return 1
    fi
    ag analyze -q --window 1m s && ag analyze -q --window 1d s || fail "1m or 1d failed"
    ag analyze -q --window 2w s 2>/dev/null
    [ $? -eq 2 ] || fail "bad --window is not a usage error"
}

test_layers_and_balance() {
    sample || return 1
    head -1 s/nodes.csv | grep -q '"coop_degree","coop_strength","coop_pagerank","conflict_degree","conflict_strength","conflict_pagerank"' ||
        fail "layer columns missing: $(head -1 s/nodes.csv)"
    "$PY" - s <<'PY' || return 1
import csv, json, sys, itertools
d = sys.argv[1]
nodes = list(csv.DictReader(open(d + "/nodes.csv")))
edges = list(csv.DictReader(open(d + "/edges.csv")))
nb = {"coop": {}, "conflict": {}}
for e in edges:
    for layer in nb:
        if int(e[layer]) > 0:
            nb[layer].setdefault(e["Source"], set()).add(e["Target"])
            nb[layer].setdefault(e["Target"], set()).add(e["Source"])
for n in nodes:
    for layer in nb:
        assert int(n[layer + "_degree"]) == len(nb[layer].get(n["Id"], ())), (n["Id"], layer)
    pr = sum(float(n["coop_pagerank"]) for n in nodes)
assert abs(pr - 1) < 1e-3, pr
# balance recomputed from edges.csv
side = {}
for e in edges:
    k = tuple(sorted((e["Source"], e["Target"])))
    c, f, g = side.get(k, (0, 0, 0.0))
    side[k] = (c + int(e["coop"]), f + int(e["conflict"]), g + float(e["goldstein_mean"]) * int(e["Weight"]))
sign = {k: (1 if c > f else -1 if c < f else (-1 if g < 0 else 1)) for k, (c, f, g) in side.items()}
adj = {}
for a, b in side:
    adj.setdefault(a, set()).add(b); adj.setdefault(b, set()).add(a)
tri = bal = 0
for a, b in side:
    for c in adj[a] & adj[b]:
        if c > b and a < b:
            tri += 1
            s = sign[(a, b)] * sign[tuple(sorted((b, c)))] * sign[tuple(sorted((a, c)))]
            bal += s > 0
b = json.load(open(d + "/summary.json"))["balance"]
assert b["triangles"] == tri and b["balanced"] == bal, (b, tri, bal)
assert len(b["most_unbalanced"]) == min(10, tri - bal)
PY
}

test_filters_before_export() {
    sample || return 1
    ag analyze -q --top 5 s || fail "--top exited $?"
    [ "$(nrows s/nodes.csv)" -eq 5 ] || fail "--top 5 kept $(nrows s/nodes.csv) nodes"
    ag analyze -q --only conflict s || fail "--only exited $?"
    "$PY" -c "import csv,sys; assert all(r['coop']=='0' for r in csv.DictReader(open('s/edges.csv')))" ||
        fail "--only conflict kept cooperation"
    ag analyze -q --actor RUS --radius 1 s || fail "--actor exited $?"
    "$PY" -c "
import csv
ids = {r['Id'] for r in csv.DictReader(open('s/nodes.csv'))}
for e in csv.DictReader(open('s/edges.csv')):
    pass
assert 'RUS' in ids and len(ids) > 1
" || fail "--actor RUS"
    ag analyze -q --giant s || fail "--giant exited $?"
    "$PY" - s <<'PY' || return 1
import csv, sys
adj = {}
for e in csv.DictReader(open(sys.argv[1] + "/edges.csv")):
    adj.setdefault(e["Source"], set()).add(e["Target"]); adj.setdefault(e["Target"], set()).add(e["Source"])
ids = [r["Id"] for r in csv.DictReader(open(sys.argv[1] + "/nodes.csv"))]
seen, todo = {ids[0]}, [ids[0]]
while todo:
    for m in adj.get(todo.pop(), ()):
        if m not in seen:
            seen.add(m); todo.append(m)
assert len(seen) == len(ids), (len(seen), len(ids))
PY
    ag analyze -q --actor NOBODY s 2>err.txt
    [ $? -eq 1 ] || fail "unknown actor: exit not 1"
    grep -q "actor 'NOBODY' is not in the graph" err.txt || fail "message: $(cat err.txt)"
    for bad in "--top 0" "--only both" "--radius 3"; do
        ag analyze -q $bad s 2>/dev/null
        [ $? -eq 2 ] || fail "$bad is not a usage error"
    done
    return 0
}

# The page in headless Chromium: no console error, no network request, clicking an edge shows
# its evidence with the trigger highlighted, clicking a node its metrics; a screenshot goes to
# out/report-screenshot.png. Skipped when Chromium or playwright-core is absent
# (`make test-browser` installs both).
test_browser_clicks_an_edge_and_sees_its_evidence() {
    if [ ! -x /usr/bin/chromium ]; then
        echo "SKIP: /usr/bin/chromium is absent (make test-browser installs it)"
        return 0
    fi
    pw=${PLAYWRIGHT_DIR:-$top/build/browser}
    if [ ! -d "$pw/node_modules/playwright-core" ] || ! command -v node >/dev/null; then
        echo "SKIP: node or playwright-core in $pw is absent (make test-browser installs it)"
        return 0
    fi
    sample || return 1
    mkdir -p "$top/out"
    cat >check.js <<'JS'
const { chromium } = require(process.env.PW + '/node_modules/playwright-core');
const [page_path, shot] = process.argv.slice(2);
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
    page.on('console', m => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    page.on('pageerror', e => problems.push('page error: ' + e));
    page.on('request', r => { if (!/^(file|data|about):/.test(r.url())) problems.push('request: ' + r.url()); });
    await page.goto('file://' + page_path);
    // a labelled edge: its label is where a reader clicks; where another edge's line lies over
    // the label, that edge takes the click (a real click, not a forced one), so try the next
    const edges = page.locator('#graph g.edge');
    const n = await edges.count();
    if (n === 0) throw new Error('no edge in the picture');
    let clicked = false;
    for (let i = 0; i < n && !clicked; i++) {
      const label = edges.nth(i).locator('text');
      if (await label.count() === 0) continue;
      try {
        await label.first().click({ timeout: 2000 });
      } catch (e) {
        continue;
      }
      clicked = (await page.locator('#detail .edge-detail').count()) > 0;
    }
    if (!clicked) throw new Error('clicking edge labels never showed an edge');
    const ev = await page.locator('#detail .evidence').first().innerText();
    const marks = await page.locator('#detail .evidence mark').count();
    if (!ev || marks === 0) throw new Error('edge evidence without highlighted trigger: ' + ev);
    console.log('edge evidence: ' + ev.slice(0, 100));
    await page.screenshot({ path: shot });
    await page.locator('#graph g.node').first().click();
    const nd = await page.locator('#detail').innerText();
    if (!/pagerank/.test(nd) || !/Strongest partners/.test(nd)) throw new Error('node detail: ' + nd.slice(0, 200));
    // sort the actor table by pagerank, descending: the first row has the highest value
    const th = page.locator('#actors th', { hasText: /^pagerank$/ });
    await th.click(); await th.click();
    const col = await th.evaluate(h => h.cellIndex);
    const vals = await page.locator('#actors tbody tr').evaluateAll((rows, c) => rows.map(r => parseFloat(r.cells[c].textContent)), col);
    for (let i = 1; i < vals.length; i++) if (vals[i] > vals[i - 1]) throw new Error('table not sorted');
  } catch (e) { problems.push(String(e)); }
  await browser.close();
  if (problems.length) { console.log(problems.join('\n')); process.exit(1); }
  console.log('browser: ok');
})();
JS
    PW=$pw HOME=$(mktemp -d) timeout 120 node check.js "$PWD/s/report.html" "$top/out/report-screenshot.png" ||
        fail "browser check failed"
    [ -s "$top/out/report-screenshot.png" ] || fail "no screenshot"
}
