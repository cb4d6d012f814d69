#!/usr/bin/python3
"""bench.py: the figures of `make bench` (README, "Performance"), printed and written as JSON.

Generates (or reuses) a corpus of varied articles and a large relations.csv under WORK, then
measures extraction with one thread and with every core against `LC_ALL=C wc -w` on the same
bytes, checks that the outputs are byte-identical, measures extract on the one-file JSON Lines
copy, and analyze on the generated relations. Peak memory is the child's maximum RSS as reported
by /usr/bin/time. Exits 1 when a run fails or outputs differ (missed targets are reported, not
fatal).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time


def run_timed(cmd, **kw):
    """Runs cmd under /usr/bin/time; returns (seconds, peak RSS in KiB, stderr text)."""
    t0 = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "@@time %e %M"] + cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, **kw)
    wall = time.monotonic() - t0
    err = p.stderr
    m = re.search(r"@@time ([0-9.]+) ([0-9]+)", err)
    if p.returncode != 0 or not m:
        sys.stderr.write(err)
        sys.exit("bench: failed (exit %d): %s" % (p.returncode, " ".join(cmd)))
    return wall, int(m.group(2)), err


def corpus_bytes(files_dir):
    total = 0
    for root, _, names in os.walk(files_dir):
        for n in names:
            if n.endswith(".txt"):
                total += os.path.getsize(os.path.join(root, n))
    return total


def same_files(a, b, names):
    for n in names:
        with open(os.path.join(a, n), "rb") as fa, open(os.path.join(b, n), "rb") as fb:
            while True:
                x, y = fa.read(1 << 20), fb.read(1 << 20)
                if x != y:
                    return False
                if not x:
                    break
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gen-corpus", required=True)
    ap.add_argument("--gen-relations", required=True)
    ap.add_argument("--articles", default="datasets/articles")
    ap.add_argument("--work", default="build/bench")
    ap.add_argument("--out", default="out/bench.json")
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--rows", type=int, default=5000000)
    ap.add_argument("--actors", type=int, default=5000)
    a = ap.parse_args()
    cores = os.cpu_count() or 1
    os.makedirs(a.work, exist_ok=True)
    os.makedirs(os.path.dirname(a.out) or ".", exist_ok=True)

    # ---- inputs (reused when present with the same parameters)
    corpus = os.path.join(a.work, "corpus")
    stamp = os.path.join(corpus, "stamp")
    want = "mb=%d\n" % a.mb
    if not os.path.exists(stamp) or open(stamp).read() != want:
        print("bench: generating a %d MB corpus in %s" % (a.mb, corpus), flush=True)
        subprocess.run(["rm", "-rf", corpus], check=True)
        subprocess.run([a.gen_corpus, a.articles, corpus, str(a.mb)], check=True)
        open(stamp, "w").write(want)
    files = os.path.join(corpus, "files")
    jsonl = os.path.join(corpus, "corpus.jsonl")
    rel_dir = os.path.join(a.work, "analyze")
    rel = os.path.join(rel_dir, "relations.csv")
    rstamp = os.path.join(rel_dir, "stamp")
    rwant = "rows=%d actors=%d\n" % (a.rows, a.actors)
    if not os.path.exists(rstamp) or open(rstamp).read() != rwant:
        print("bench: generating %d relations over %d actors in %s" % (a.rows, a.actors, rel),
              flush=True)
        os.makedirs(rel_dir, exist_ok=True)
        subprocess.run([a.gen_relations, rel, str(a.rows), str(a.actors)], check=True)
        open(rstamp, "w").write(rwant)
    nbytes = corpus_bytes(files)
    mb = nbytes / 1e6

    # ---- wc -w on the same bytes (best of 3; the first run also warms the page cache)
    wc_best = None
    wc_cmd = "find '%s' -name '*.txt' -print0 | LC_ALL=C sort -z | xargs -0 env LC_ALL=C wc -w >/dev/null" % files
    for _ in range(3):
        t0 = time.monotonic()
        subprocess.run(["sh", "-c", wc_cmd], check=True)
        t = time.monotonic() - t0
        wc_best = t if wc_best is None else min(wc_best, t)
    wc_mbs = mb / wc_best
    print("bench: wc -w: %.1f MB in %.2f s = %.1f MB/s" % (mb, wc_best, wc_mbs), flush=True)

    # ---- extract, 1 thread and every core
    ext = {}
    for threads in sorted({1, cores}):
        out = os.path.join(a.work, "extract-t%d" % threads)
        secs, rss, err = run_timed([a.bin, "extract", "--threads", str(threads), files, "-o", out])
        m = re.search(r"(\d+) articles, (\d+) sentences, (\d+) relations", err)
        articles, sentences, relations = (int(x) for x in m.groups())
        ext[threads] = dict(threads=threads, seconds=round(secs, 3), mb_per_s=round(mb / secs, 2),
                            sentences_per_s=round(sentences / secs), peak_rss_mib=round(rss / 1024, 1),
                            articles=articles, sentences=sentences, relations=relations, dir=out)
        print("bench: extract --threads %d: %.2f s, %.2f MB/s, %d sentences/s, peak RSS %.1f MiB"
              % (threads, secs, mb / secs, sentences / secs, rss / 1024), flush=True)
    identical = same_files(ext[1]["dir"], ext[cores]["dir"], ["relations.csv", "actors.csv"])
    print("bench: outputs with 1 and %d threads byte-identical: %s" % (cores, identical), flush=True)

    # ---- extract on the one JSON Lines file
    jbytes = os.path.getsize(jsonl)
    out = os.path.join(a.work, "extract-jsonl")
    secs, rss, _ = run_timed([a.bin, "extract", "-q", "--threads", str(cores), jsonl, "-o", out])
    jres = dict(bytes=jbytes, seconds=round(secs, 3), mb_per_s=round(jbytes / 1e6 / secs, 2),
                peak_rss_mib=round(rss / 1024, 1), threads=cores)
    print("bench: extract one %.0f MB JSONL file: %.2f s, %.2f MB/s, peak RSS %.1f MiB"
          % (jbytes / 1e6, secs, jbytes / 1e6 / secs, rss / 1024), flush=True)

    # ---- analyze: reading alone (every row dated before --since is read then skipped), then all
    rsecs, rrss, _ = run_timed([a.bin, "analyze", "-q", "--since", "2100-01-01", rel_dir])
    secs, rss, err = run_timed([a.bin, "analyze", rel_dir])
    m = re.search(r"(\d+) relations used of (\d+) read, (\d+) nodes, (\d+) edges", err)
    used, read, nodes, edges = (int(x) for x in m.groups())
    summary = json.load(open(os.path.join(rel_dir, "summary.json")))
    meth = summary.get("methods", {})
    ana = dict(rows=read, actors=a.actors, nodes=nodes, edges=edges, relations_used=used,
               read_seconds=round(rsecs, 3), read_rows_per_s=round(read / rsecs),
               seconds=round(secs, 3), rows_per_s=round(read / secs),
               peak_rss_mib=round(rss / 1024, 1),
               betweenness_method=meth.get("betweenness", {}).get("method"),
               harmonic_method=meth.get("harmonic", {}).get("method"))
    print("bench: analyze read only: %d rows in %.2f s = %.0f rows/s" % (read, rsecs, read / rsecs))
    print("bench: analyze: %d rows, %d nodes, %d edges in %.2f s (%.0f rows/s), peak RSS %.1f MiB"
          % (read, nodes, edges, secs, read / secs, rss / 1024), flush=True)

    one, alln = ext[1], ext[cores]
    targets = {
        "extract_1_thread_vs_wc": dict(value=round(one["mb_per_s"] / wc_mbs, 3), target=">= 0.5"),
        "extract_speedup_all_threads": dict(value=round(alln["mb_per_s"] / one["mb_per_s"], 3),
                                            target=">= 1.7 (2 cores)"),
        "byte_identical": dict(value=identical, target="true"),
        "extract_peak_rss_mib": dict(value=max(one["peak_rss_mib"], alln["peak_rss_mib"]),
                                     target="<= 64"),
        "analyze_read_rows_per_s": dict(value=ana["read_rows_per_s"], target=">= 1000000"),
        "analyze_seconds": dict(value=ana["seconds"], target="<= 30"),
        "analyze_peak_rss_mib": dict(value=ana["peak_rss_mib"], target="<= 1024"),
    }
    targets["extract_1_thread_vs_wc"]["met"] = targets["extract_1_thread_vs_wc"]["value"] >= 0.5
    targets["extract_speedup_all_threads"]["met"] = cores < 2 or targets["extract_speedup_all_threads"]["value"] >= 1.7
    targets["byte_identical"]["met"] = identical
    targets["extract_peak_rss_mib"]["met"] = targets["extract_peak_rss_mib"]["value"] <= 64
    targets["analyze_read_rows_per_s"]["met"] = ana["read_rows_per_s"] >= 1000000
    targets["analyze_seconds"]["met"] = ana["seconds"] <= 30
    targets["analyze_peak_rss_mib"]["met"] = ana["peak_rss_mib"] <= 1024
    for e in ext.values():
        del e["dir"]
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    result = dict(
        date=time.strftime("%Y-%m-%dT%H:%M:%S%z"), cores=cores, load_average_at_end=float(load),
        corpus=dict(files=ext[1]["articles"], bytes=nbytes, jsonl_bytes=jbytes),
        wc_w=dict(seconds=round(wc_best, 3), mb_per_s=round(wc_mbs, 2)),
        extract=[ext[k] for k in sorted(ext)], extract_jsonl=jres, analyze=ana, targets=targets,
        command="make bench")
    with open(a.out, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print("bench: targets:")
    for k, v in targets.items():
        print("  %-28s %-12s %-18s %s" % (k, v["value"], v["target"], "met" if v["met"] else "MISSED"))
    print("bench: wrote %s" % a.out)
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
