#!/usr/bin/python3
"""Split a set-28 set deterministically into tune.jsonl and heldout.jsonl.

Usage: /usr/bin/python3 eval/set-28/split.py new-docs-28 [shipped-28 ...]   (no argument: both)

Rows are grouped by (lang, answerable, doc); unanswerable rows by (lang, kind). Groups are
visited in sorted order; each is shuffled with one random.Random(20261181) and dealt alternately
to tune and heldout. For a group of odd size the half that receives the extra row alternates
(one global toggle, starting with tune). Both files keep the row order of all.jsonl.
"""
import json
import os
import random
import sys

SEED = 20261181
ROOT = os.path.dirname(os.path.abspath(__file__))


def group_key(r):
    if r["answerable"]:
        return (r["lang"], "answerable", r["doc"])
    return (r["lang"], "unanswerable", r["kind"])


def split(setname):
    setdir = os.path.join(ROOT, setname.rstrip("/").split("/")[-1])
    with open(os.path.join(setdir, "all.jsonl"), encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    rows = [json.loads(ln) for ln in lines]
    groups = {}
    for i, r in enumerate(rows):
        groups.setdefault(group_key(r), []).append(i)
    rng = random.Random(SEED)
    toggle = 0  # 0: the extra row of an odd group goes to tune, 1: to heldout
    part = {}
    for key in sorted(groups):
        idx = groups[key][:]
        rng.shuffle(idx)
        first = toggle if len(idx) % 2 else 0
        for j, i in enumerate(idx):
            part[i] = (first + j) % 2  # 0 tune, 1 heldout
        if len(idx) % 2:
            toggle ^= 1
    for name, want in (("tune.jsonl", 0), ("heldout.jsonl", 1)):
        with open(os.path.join(setdir, name), "w", encoding="utf-8") as f:
            for i, ln in enumerate(lines):
                if part[i] == want:
                    f.write(ln + "\n")
    n_t = sum(1 for v in part.values() if v == 0)
    print(f"{setname}: tune {n_t}, heldout {len(rows) - n_t}")


if __name__ == "__main__":
    for s in sys.argv[1:] or ["new-docs-28", "shipped-28"]:
        split(s)
