#!/usr/bin/python3
"""Split all.jsonl into tune.jsonl and heldout.jsonl (half each).

Rows are grouped by (lang, kind); each group is shuffled with a fixed seed and dealt
alternately to the two halves. For groups of odd size the half that receives the extra
row alternates per language, so each language is split as evenly as possible.
"""
import json, os, random

SEED = 20261123
HERE = os.path.dirname(os.path.abspath(__file__))

def main():
    with open(os.path.join(HERE, "all.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    groups = {}
    for r in rows:
        groups.setdefault((r["lang"], r["kind"]), []).append(r)
    rng = random.Random(SEED)
    halves = ([], [])
    odd_next = {}  # lang -> which half gets the extra row of the next odd group
    for key in sorted(groups):
        g = groups[key]
        rng.shuffle(g)
        start = 0
        if len(g) % 2:
            start = odd_next.get(key[0], 0)
            odd_next[key[0]] = 1 - start
        for i, r in enumerate(g):
            halves[(start + i) % 2].append(r)
    order = {id(r): i for i, r in enumerate(rows)}
    for name, half in zip(("tune.jsonl", "heldout.jsonl"), halves):
        half.sort(key=lambda r: order[id(r)])
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in half:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(half))

if __name__ == "__main__":
    main()
