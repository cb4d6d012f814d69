#!/usr/bin/python3
"""Recomputes the node metrics of nodes.csv from edges.csv with NetworkX (an implementation
independent of igraph) and exits 1 listing every disagreement. Usage: check_metrics.py DIR"""
import csv
import math
import sys

import networkx as nx


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def close(a, b, tol):
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def main(out):
    nodes = {r["Id"]: r for r in read(f"{out}/nodes.csv")}
    edges = read(f"{out}/edges.csv")
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for e in edges:
        w = float(e["Weight"])
        g.add_edge(e["Source"], e["Target"], weight=w, length=1.0 / w)
    # undirected copy for paths ignoring direction: the shorter of two opposite edges
    u = nx.Graph()
    u.add_nodes_from(nodes)
    for a, b, d in g.edges(data=True):
        if u.has_edge(a, b):
            u[a][b]["length"] = min(u[a][b]["length"], d["length"])
        else:
            u.add_edge(a, b, length=d["length"])
    n = g.number_of_nodes()
    expect = {
        "in_degree": {v: len(set(g.predecessors(v))) for v in g},
        "out_degree": {v: len(set(g.successors(v))) for v in g},
        "degree": {v: len(set(g.predecessors(v)) | set(g.successors(v))) for v in g},
        "in_strength": dict(g.in_degree(weight="weight")),
        "out_strength": dict(g.out_degree(weight="weight")),
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000),
        "betweenness": nx.betweenness_centrality(g, weight="length", normalized=False),
        "harmonic": {v: h / (n - 1) if n > 1 else 0.0
                     for v, h in nx.harmonic_centrality(u, distance="length").items()},
        "coreness": nx.core_number(nx.Graph(u)),
    }
    tolerance = {"pagerank": 1e-4, "betweenness": 1e-6, "harmonic": 1e-6}
    bad = 0
    for metric, values in expect.items():
        for v, want in values.items():
            got = float(nodes[v][metric])
            if not close(got, float(want), tolerance.get(metric, 1e-9)):
                print(f"check_metrics: {v} {metric}: nodes.csv has {got}, networkx gives {want}")
                bad += 1
    total = sum(float(r["pagerank"]) for r in nodes.values())
    if not math.isclose(total, 1.0, abs_tol=1e-4):
        print(f"check_metrics: pagerank sums to {total}, not 1")
        bad += 1
    if bad:
        sys.exit(1)
    print(f"check_metrics: {n} nodes, {len(edges)} edges: degree, strength, pagerank, "
          f"betweenness, harmonic and coreness agree with networkx")


if __name__ == "__main__":
    main(sys.argv[1])
