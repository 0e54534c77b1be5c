#!/usr/bin/python3
"""Validate eval/xlang-2: all.jsonl, tune.jsonl, heldout.jsonl.

Run from anywhere: /usr/bin/python3 eval/xlang-2/check.py   (exit code 1 on any error)
Gold strings are checked against the ORIGINAL documents only:
  it-sourcing -> corpus/it-sourcing.en.md
  bpo-vs-ito  -> corpus/bpo-vs-ito.de.md and corpus/bpo-vs-ito.id.md (at least one string from each)
"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.abspath(os.path.join(HERE, "..", "..", "corpus"))
ORIGINALS = {"it-sourcing": ["it-sourcing.en.md"], "bpo-vs-ito": ["bpo-vs-ito.de.md", "bpo-vs-ito.id.md"]}
ORIG_LANG = {"it-sourcing": {"en"}, "bpo-vs-ito": {"de", "id"}}
WANT = {("en", "bpo-vs-ito"): 15, ("de", "it-sourcing"): 15, ("id", "it-sourcing"): 15}
KINDS = {"fact", "list", "why", "when", "difference", "yesno", "definition"}
FIELDS = ("question", "lang", "doc", "gold", "answer_keys", "answerable", "kind")

texts = {name: open(os.path.join(CORPUS, name), encoding="utf-8").read()
         for files in ORIGINALS.values() for name in files}
errors = []
def err(m): errors.append(m)

def read_jsonl(name):
    rows, path = [], os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name}: missing"); return rows
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: JSON error {e}")
    return rows

rows, tune, held = read_jsonl("all.jsonl"), read_jsonl("tune.jsonl"), read_jsonl("heldout.jsonl")

seen = set()
for n, r in enumerate(rows, 1):
    w = f"all.jsonl:{n}"
    missing = [f for f in FIELDS if f not in r]
    if missing:
        err(f"{w}: missing fields {missing}"); continue
    if r["question"] in seen:
        err(f"{w}: duplicate question")
    seen.add(r["question"])
    if r["doc"] not in ORIGINALS:
        err(f"{w}: doc {r['doc']!r}"); continue
    if r["lang"] in ORIG_LANG[r["doc"]]:
        err(f"{w}: question language {r['lang']} is an original language of {r['doc']} (not cross-language)")
    if r["answerable"] is not True:
        err(f"{w}: answerable must be true")
    if r["kind"] not in KINDS:
        err(f"{w}: kind {r['kind']!r}")
    keys = r["answer_keys"]
    if not isinstance(keys, list) or not 1 <= len(keys) <= 3 or not all(isinstance(k, str) and k.strip() for k in keys):
        err(f"{w}: answer_keys must be 1-3 non-empty strings")
    gold = r["gold"]
    if not isinstance(gold, list) or not gold:
        err(f"{w}: gold must be a non-empty list"); continue
    found_in = set()
    for g in gold:
        if not 10 <= len(g) <= 60:
            err(f"{w}: gold length {len(g)} (want 10-60): {g!r}")
        hits = [f for f in ORIGINALS[r["doc"]] if g in texts[f]]
        if not hits:
            err(f"{w}: gold not verbatim in the original(s) of {r['doc']}: {g!r}")
        found_in.update(hits)
    if r["doc"] == "bpo-vs-ito":
        for f in ORIGINALS["bpo-vs-ito"]:
            if f not in found_in:
                err(f"{w}: no gold string from {f}")

cnt = collections.Counter((r.get("lang"), r.get("doc")) for r in rows)
for k, v in WANT.items():
    if cnt[k] != v:
        err(f"{k}: {cnt[k]} questions (want {v})")
for lang in ("en", "de", "id"):
    d = sum(1 for r in rows if r.get("lang") == lang and r.get("kind") == "definition")
    if d > 1:
        err(f"{lang}: {d} definition questions (max 1)")

def key(r): return json.dumps(r, ensure_ascii=False, sort_keys=True)
ca, ct, ch = (collections.Counter(map(key, x)) for x in (rows, tune, held))
if ct & ch:
    err("tune and heldout overlap")
if ct + ch != ca:
    err("tune + heldout != all")
if abs(len(tune) - len(held)) > 1:
    err(f"halves unequal: {len(tune)} / {len(held)}")

print(f"questions: {len(rows)}; tune {len(tune)}, heldout {len(held)}")
print("per (lang, doc):", {f"{l}/{d}": v for (l, d), v in sorted(cnt.items())})
for lang in ("en", "de", "id"):
    print(f"  kinds {lang}:", dict(sorted(collections.Counter(r["kind"] for r in rows if r["lang"] == lang).items())))
for name, half in (("tune", tune), ("heldout", held)):
    print(f"  {name}:", dict(sorted(collections.Counter(r["lang"] for r in half).items())))
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
