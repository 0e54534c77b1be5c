#!/usr/bin/env python3
"""Sanity checks for the new-docs evaluation set (standard library only).

Run from anywhere:  python3 eval/new-docs/check.py
Exit code 0 = all checks passed, 1 = at least one error (printed).
Warnings are printed but do not fail the run.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FILES = ["tune.jsonl", "heldout.jsonl"]
LANGS = ("en", "de", "id")
KINDS = {"fact", "list", "why", "difference", "yesno", "definition"}
FIELDS = {"question", "lang", "doc", "gold", "answer_keys", "answerable", "kind"}
SOURCE = "kb evaluation set (written for testing, not shipped knowledge)"
EXPECTED_DOC_LANGS = {"en": 3, "de": 3, "id": 2}
YESNO_WORDS = {"yes", "no", "not", "ja", "nein", "ya", "tidak", "bukan"}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def parse_doc(path):
    """Return (front matter dict, body text, list of blocks).

    A block is a paragraph or a Markdown list; a list is joined with the
    paragraph right before it when that paragraph ends with ':' (its lead-in).
    """
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        err(f"{path.name}: no YAML front matter")
        return {}, text, [text]
    fm = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            fm[k.strip()] = v.strip().strip('"')
    body = m.group(2)
    raw = [b.strip("\n") for b in re.split(r"\n\s*\n", body) if b.strip()]
    blocks = []
    for b in raw:
        is_list = all(LIST_ITEM.match(l) for l in b.splitlines())
        if is_list and blocks and blocks[-1].rstrip().endswith(":"):
            blocks[-1] = blocks[-1] + "\n" + b
        else:
            blocks.append(b)
    return fm, body, blocks


def words(s):
    return len(s.split())


# ---------------------------------------------------------------- documents
docs = {}
for p in sorted(DOCS.glob("*.md")):
    doc_id = p.name[:-3]
    fm, body, blocks = parse_doc(p)
    lang_suffix = doc_id.rsplit(".", 1)[-1]
    if fm.get("language") != lang_suffix:
        err(f"{p.name}: language {fm.get('language')!r} does not match file name")
    if not fm.get("title"):
        err(f"{p.name}: missing title")
    if fm.get("source") != SOURCE:
        err(f"{p.name}: unexpected source {fm.get('source')!r}")
    n = words(body)
    if not 500 <= n <= 1100:
        err(f"{p.name}: {n} words (want 500-1100)")
    if not re.search(r"^# ", body, re.M):
        err(f"{p.name}: no title heading")
    if len(re.findall(r"^## ", body, re.M)) < 3:
        err(f"{p.name}: fewer than 3 '##' sections")
    n_lists = sum(1 for b in blocks if any(LIST_ITEM.match(l) for l in b.splitlines()))
    if n_lists < 2:
        err(f"{p.name}: fewer than 2 lists")
    if lang_suffix == "de" and not re.search("[äöüÄÖÜß]", body):
        err(f"{p.name}: German text without umlauts")
    docs[doc_id] = {"lang": lang_suffix, "body": body, "blocks": blocks, "words": n}

doc_lang_count = Counter(d["lang"] for d in docs.values())
if dict(doc_lang_count) != EXPECTED_DOC_LANGS:
    err(f"document languages {dict(doc_lang_count)} != {EXPECTED_DOC_LANGS}")

# ---------------------------------------------------------------- questions
rows = []
for fname in FILES:
    path = HERE / fname
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{fname}:{i}"
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: bad JSON ({e})")
            continue
        if set(q) != FIELDS:
            err(f"{where}: fields {sorted(q)} != {sorted(FIELDS)}")
            continue
        q["_file"], q["_where"] = fname, where
        rows.append(q)

        if q["lang"] not in LANGS:
            err(f"{where}: bad lang {q['lang']!r}")
        if q["kind"] not in KINDS:
            err(f"{where}: bad kind {q['kind']!r}")
        if not isinstance(q["gold"], list) or not isinstance(q["answer_keys"], list):
            err(f"{where}: gold/answer_keys must be lists")
            continue

        if q["answerable"] is False:
            if q["gold"] or q["answer_keys"] or q["doc"] != "":
                err(f"{where}: unanswerable question must have empty gold, answer_keys and doc")
            continue
        if q["answerable"] is not True:
            err(f"{where}: answerable must be true/false")
            continue

        d = docs.get(q["doc"])
        if d is None:
            err(f"{where}: unknown doc {q['doc']!r}")
            continue
        if not 1 <= len(q["gold"]) <= 3:
            err(f"{where}: {len(q['gold'])} gold strings (want 1-3)")
        if not 1 <= len(q["answer_keys"]) <= 3:
            err(f"{where}: {len(q['answer_keys'])} answer keys (want 1-3)")
        if any(not k.strip() or any(not a.strip() for a in k.split("|")) for k in q["answer_keys"]):
            err(f"{where}: empty answer key alternative")

        block_sets = []
        for g in q["gold"]:
            if not 4 <= words(g) <= 12:
                err(f"{where}: gold has {words(g)} words (want 4-12): {g!r}")
            if "\n" in g:
                err(f"{where}: gold spans lines: {g!r}")
            if g not in d["body"]:
                err(f"{where}: gold not found verbatim in {q['doc']}: {g!r}")
                continue
            block_sets.append({j for j, b in enumerate(d["blocks"]) if g in b})
        if block_sets and not set.intersection(*block_sets):
            err(f"{where}: gold strings come from different paragraphs/lists")

        # Same-language questions: every answer key should be findable in the
        # answering block (a hint that the keys are sensible). Warning only.
        if q["lang"] == d["lang"] and block_sets and set.intersection(*block_sets):
            j = min(set.intersection(*block_sets))
            block = d["blocks"][j].lower()
            for k in q["answer_keys"]:
                if set(k.lower().split("|")) & YESNO_WORDS:
                    continue
                if not any(a.lower() in block for a in k.split("|")):
                    warn(f"{where}: answer key {k!r} not in the answering block")

# duplicates
dup = [t for t, c in Counter(r["question"] for r in rows).items() if c > 1]
for t in dup:
    err(f"duplicate question: {t!r}")

# ---------------------------------------------------------------- counts
ans = [r for r in rows if r["answerable"] is True]
unans = [r for r in rows if r["answerable"] is False]
per_doc = defaultdict(Counter)
per_doc_kind = defaultdict(Counter)
for r in ans:
    per_doc[r["doc"]][r["_file"]] += 1
    per_doc_kind[r["doc"]][r["kind"]] += 1

if len(ans) < 72:
    err(f"only {len(ans)} answerable questions (want >= 72)")
if len(unans) != 12:
    err(f"{len(unans)} unanswerable questions (want 12)")
for f in FILES:
    n = sum(1 for r in unans if r["_file"] == f)
    if n != 6:
        err(f"{f}: {n} unanswerable questions (want 6)")
if set(Counter(r["lang"] for r in unans)) != set(LANGS):
    err("unanswerable questions do not cover all three languages")

for doc_id in docs:
    c = per_doc[doc_id]
    total = sum(c.values())
    if total < 9:
        err(f"{doc_id}: {total} questions (want >= 9)")
    if any(c[f] == 0 for f in FILES):
        err(f"{doc_id}: not covered by both files {dict(c)}")
    if abs(c[FILES[0]] - c[FILES[1]]) > 1:
        err(f"{doc_id}: uneven split {dict(c)}")
    k = per_doc_kind[doc_id]
    if k["list"] < 1:
        err(f"{doc_id}: no list question")
    if k["why"] < 1:
        err(f"{doc_id}: no why/when/should question")
    if sum(1 for r in ans if r["doc"] == doc_id and r["lang"] != docs[doc_id]["lang"]) < 1:
        err(f"{doc_id}: no cross-language question")

cross = [r for r in ans if r["lang"] != docs.get(r["doc"], {}).get("lang")]
share = len(cross) / len(ans) if ans else 0
if share < 1 / 3:
    err(f"cross-language share {share:.1%} < 33.3%")

lang_all = Counter(r["lang"] for r in rows)
for lg in LANGS:
    s = lang_all[lg] / len(rows)
    if not 0.25 <= s <= 0.42:
        err(f"question language {lg} has share {s:.1%} (want 25-42%)")

for f in FILES:
    n = sum(1 for r in ans if r["_file"] == f)
    if abs(n - len(ans) / 2) > len(docs):
        err(f"{f}: {n} answerable questions, split too uneven")

# ---------------------------------------------------------------- report
print("documents:")
for doc_id, d in docs.items():
    c = per_doc[doc_id]
    print(f"  {doc_id:45s} {d['lang']}  {d['words']:4d} words  "
          f"questions tune={c['tune.jsonl']} heldout={c['heldout.jsonl']}")
print(f"questions total: {len(rows)} (answerable {len(ans)}, unanswerable {len(unans)})")
for f in FILES:
    fr = [r for r in rows if r["_file"] == f]
    print(f"  {f:14s} {len(fr)} (answerable {sum(r['answerable'] for r in fr)}, "
          f"unanswerable {sum(not r['answerable'] for r in fr)})")
print("per question language:", dict(sorted(lang_all.items())))
print("per question language, answerable:", dict(sorted(Counter(r["lang"] for r in ans).items())))
print("per question language, unanswerable:", dict(sorted(Counter(r["lang"] for r in unans).items())))
print(f"cross-language (answerable): {len(cross)}/{len(ans)} = {share:.1%}")
print("cross-language pairs (question->doc):",
      dict(sorted(Counter(f"{r['lang']}->{docs[r['doc']]['lang']}" for r in cross).items())))
print("per kind (answerable):", dict(sorted(Counter(r["kind"] for r in ans).items())))

for w in warnings:
    print("WARNING:", w)
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK: all checks passed")
