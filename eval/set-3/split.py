#!/usr/bin/python3
"""Split each set's all.jsonl into tune.jsonl and heldout.jsonl (deterministic).

Rows are grouped by (lang, answerable, doc) - for unanswerable rows doc is "" so they group
by (lang, kind). Groups are visited in sorted order; each group is shuffled with the fixed seed
20261124 and dealt alternately to tune and heldout. For a group of odd size, the half that
receives the extra row alternates (one global toggle over all groups), so the halves stay
within one row of each other.

Usage: /usr/bin/python3 split.py            (both sets)
       /usr/bin/python3 split.py shipped-3  (one set)"""
import json, os, random, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261124

def split(setname):
    d = os.path.join(HERE, setname)
    with open(os.path.join(d, "all.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    groups = defaultdict(list)
    for r in rows:
        groups[(r["lang"], r["answerable"], r["doc"], r["kind"] if not r["answerable"] else "")].append(r)
    rng = random.Random(SEED)
    tune, held = [], []
    toggle = 0
    for k in sorted(groups, key=lambda k: (k[0], str(k[1]), k[2], k[3])):
        g = groups[k][:]
        rng.shuffle(g)
        first, second = (tune, held) if toggle == 0 else (held, tune)
        for i, r in enumerate(g):
            (first if i % 2 == 0 else second).append(r)
        if len(g) % 2:
            toggle ^= 1
    order = {json.dumps(r, sort_keys=True, ensure_ascii=False): i for i, r in enumerate(rows)}
    for name, part in (("tune.jsonl", tune), ("heldout.jsonl", held)):
        part.sort(key=lambda r: order[json.dumps(r, sort_keys=True, ensure_ascii=False)])
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{setname}: tune {len(tune)}, heldout {len(held)}")
    for name, part in (("tune", tune), ("heldout", held)):
        by = defaultdict(int)
        for r in part:
            by[(r["lang"], "ans" if r["answerable"] else "unans")] += 1
        print(f"  {name}: " + ", ".join(f"{l}/{a} {n}" for (l, a), n in sorted(by.items())))

if __name__ == "__main__":
    for s in sys.argv[1:] or ["new-docs-3", "shipped-3"]:
        split(s)
