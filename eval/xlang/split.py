#!/usr/bin/python3
"""Split all.jsonl into tune.jsonl and heldout.jsonl, balanced by language and kind.

Rows are grouped by (lang, kind); each group is shuffled with a fixed seed and dealt
alternately to the two halves. When a group has an odd size, the half that gets the
extra row alternates (per language), so that the language totals stay balanced too.
Run: /usr/bin/python3 split.py
"""

import json
import os
import random
from collections import defaultdict

SEED = 20241123
HERE = os.path.dirname(os.path.abspath(__file__))


def split(rows, group_key, seed=SEED):
    rng = random.Random(seed)
    groups = defaultdict(list)
    for r in rows:
        groups[group_key(r)].append(r)
    halves = ([], [])
    extra_to = defaultdict(int)  # per language: which half gets the next odd extra
    for key in sorted(groups):
        g = groups[key]
        rng.shuffle(g)
        lang = key[0]
        start = extra_to[lang]
        for i, r in enumerate(g):
            halves[(start + i) % 2].append(r)
        if len(g) % 2:
            extra_to[lang] = 1 - start
    return halves


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    rows = read_jsonl(os.path.join(HERE, "all.jsonl"))
    order = {id(r): i for i, r in enumerate(rows)}
    tune, held = split(rows, lambda r: (r["lang"], r["kind"]))
    tune.sort(key=lambda r: order[id(r)])
    held.sort(key=lambda r: order[id(r)])
    write_jsonl(os.path.join(HERE, "tune.jsonl"), tune)
    write_jsonl(os.path.join(HERE, "heldout.jsonl"), held)
    print(f"tune {len(tune)}, heldout {len(held)}")
