#!/usr/bin/python3
"""Validate eval/new-docs-2: documents, all.jsonl, tune.jsonl, heldout.jsonl.

Run from anywhere: /usr/bin/python3 eval/new-docs-2/check.py
Exit code 1 if any error; warnings are printed but do not fail.
"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DOCS_DIR = os.path.join(HERE, "docs")
# every document an unanswerable question must not be answered by
OTHER_DOCS = sorted(glob.glob(os.path.join(ROOT, "corpus", "*.md")))
OTHER_DOCS = [p for p in OTHER_DOCS if os.path.basename(p) != "README.md"]
OTHER_DOCS += sorted(glob.glob(os.path.join(ROOT, "eval", "new-docs", "docs", "*.md")))

LANGS = ("en", "de", "id")
KINDS = {"fact", "list", "why", "when", "difference", "yesno", "definition"}
SOURCE = '"kb evaluation set (written for testing, not shipped knowledge)"'
SHARE = {"en": "Share this article", "de": "Artikel teilen", "id": "Bagikan artikel ini"}
READ_ALSO = {"en": "Read also:", "de": "Lesen Sie auch:", "id": "Baca juga:"}
NEWSLETTER = "newsletter"
COOKIE = {"en": "cookie", "de": "cookie", "id": "cookie"}

errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

def is_list_block(block):
    lines = [l for l in block.splitlines() if l.strip()]
    return bool(lines) and all(re.match(r"^(\s*[-*]\s|\s*\d+\.\s)", l) for l in lines)

def units(body):
    """Paragraph units of a document body; a list is merged with its lead-in paragraph."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
    out = []
    for b in blocks:
        if is_list_block(b) and out and not out[-1].startswith("#") and not is_list_block(out[-1]):
            out[-1] = out[-1] + "\n" + b
        else:
            out.append(b)
    return out

def load_doc(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    return text, (m.group(1) if m else None), (m.group(2) if m else text)

# ---------------------------------------------------------------- documents
docs = {}
for path in sorted(glob.glob(os.path.join(DOCS_DIR, "*.md"))):
    name = os.path.basename(path)[:-3]
    lang = name.rsplit(".", 1)[-1]
    text, fm, body = load_doc(path)
    docs[name] = {"text": text, "body": body, "lang": lang, "units": units(body)}
    if fm is None:
        err(f"{name}: no front matter"); continue
    fm_lines = fm.split("\n")
    if len(fm_lines) != 3 or not fm_lines[0].startswith("title: ") \
            or fm_lines[1] != f"language: {lang}" or fm_lines[2] != f"source: {SOURCE}":
        err(f"{name}: front matter is not exactly title/language/source")
    if lang not in LANGS:
        err(f"{name}: language suffix {lang!r}")
    words = len(body.split())
    docs[name]["words"] = words
    if not 700 <= words <= 1400:
        err(f"{name}: {words} words (want 700-1400)")
    if not re.search(r"^# \S", body, re.M):
        err(f"{name}: no '# ' title heading")
    h2 = len(re.findall(r"^## \S", body, re.M))
    docs[name]["sections"] = h2
    if not 4 <= h2 <= 7:
        err(f"{name}: {h2} '## ' sections (want 4-7)")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
    nlists = 0
    for i, b in enumerate(blocks):
        if is_list_block(b):
            prev = blocks[i - 1] if i else ""
            if prev and not prev.startswith("#") and not is_list_block(prev) and prev.rstrip().endswith(":"):
                nlists += 1
            else:
                err(f"{name}: list without a lead-in sentence ending in ':' -> {b[:40]!r}")
    docs[name]["lists"] = nlists
    if nlists < 2:
        err(f"{name}: {nlists} lists with lead-in (want >= 2)")
    for label, table in (("share line", SHARE), ("read-also line", READ_ALSO)):
        if table[lang] not in body:
            err(f"{name}: no {label} ({table[lang]!r})")
    if NEWSLETTER not in body.lower():
        err(f"{name}: no newsletter line")
    if COOKIE[lang] not in body.lower():
        err(f"{name}: no cookie notice")
if len(docs) != 6 or collections.Counter(d["lang"] for d in docs.values()) != {"en": 2, "de": 2, "id": 2}:
    err(f"want 6 documents, 2 per language; found {sorted(docs)}")

all_text_lower = [open(p, encoding="utf-8").read().lower() for p in OTHER_DOCS] + \
                 [d["text"].lower() for d in docs.values()]

# ---------------------------------------------------------------- questions
def read_jsonl(name):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name}: missing"); return rows
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{name}:{n}: JSON error {e}")
    return rows

rows = read_jsonl("all.jsonl")
tune = read_jsonl("tune.jsonl")
held = read_jsonl("heldout.jsonl")

def keymatch(key, text):
    return any(alt.strip().lower() in text.lower() for alt in key.split("|") if alt.strip())

seen_q = set()
for n, r in enumerate(rows, 1):
    where = f"all.jsonl:{n}"
    for f in ("question", "lang", "gold", "answerable", "kind"):
        if f not in r:
            err(f"{where}: missing field {f}")
    if r.get("question") in seen_q:
        err(f"{where}: duplicate question")
    seen_q.add(r.get("question"))
    if r.get("lang") not in LANGS:
        err(f"{where}: lang {r.get('lang')!r}")
    if not isinstance(r.get("gold"), list):
        err(f"{where}: gold is not a list"); continue
    if r.get("answerable") is True:
        for f in ("doc", "answer_keys"):
            if f not in r:
                err(f"{where}: missing field {f}")
        if r.get("kind") not in KINDS:
            err(f"{where}: kind {r.get('kind')!r}")
        doc = docs.get(r.get("doc"))
        if doc is None:
            err(f"{where}: unknown doc {r.get('doc')!r}"); continue
        gold = r["gold"]
        if not 1 <= len(gold) <= 3:
            err(f"{where}: {len(gold)} gold strings (want 1-3)")
        unit_ids = []
        for g in gold:
            nw = len(g.split())
            if not 4 <= nw <= 12:
                err(f"{where}: gold has {nw} words: {g!r}")
            if g not in doc["body"]:
                err(f"{where}: gold not verbatim in {r['doc']}: {g!r}")
                continue
            ids = [i for i, un in enumerate(doc["units"]) if g in un]
            if not ids:
                err(f"{where}: gold spans paragraphs: {g!r}")
            unit_ids.append(set(ids))
        if unit_ids and not set.intersection(*unit_ids):
            err(f"{where}: gold strings come from different paragraphs/lists")
        keys = r.get("answer_keys", [])
        if not isinstance(keys, list) or not 1 <= len(keys) <= 3 or not all(isinstance(k, str) and k.strip() for k in keys):
            err(f"{where}: answer_keys must be 1-3 non-empty strings")
        elif unit_ids and set.intersection(*unit_ids) and r["lang"] == doc["lang"]:
            unit = doc["units"][min(set.intersection(*unit_ids))]
            for k in keys:
                if not keymatch(k, unit):
                    warn(f"{where}: same-language key {k!r} not found in the answering passage")
    elif r.get("answerable") is False:
        if r.get("gold") != []:
            err(f"{where}: unanswerable row with gold")
        if r.get("kind") != "near-domain":
            err(f"{where}: unanswerable kind should be near-domain")
        term = r.get("uncovered", "")
        if not term:
            err(f"{where}: no uncovered term")
        else:
            for t in (term if isinstance(term, list) else [term]):
                hits = [i for i, txt in enumerate(all_text_lower) if t.lower() in txt]
                if hits:
                    err(f"{where}: uncovered term {t!r} occurs in {len(hits)} document(s)")
    else:
        err(f"{where}: answerable must be true or false")

# ---------------------------------------------------------------- split
def keyof(r):
    return json.dumps(r, ensure_ascii=False, sort_keys=True)
ca, ct, ch = (collections.Counter(map(keyof, x)) for x in (rows, tune, held))
if ct & ch:
    err(f"tune and heldout overlap in {sum((ct & ch).values())} rows")
if ct + ch != ca:
    err("tune + heldout != all")
if abs(len(tune) - len(held)) > 1:
    err(f"halves unequal: tune {len(tune)}, heldout {len(held)}")

# ---------------------------------------------------------------- counts
ans = [r for r in rows if r.get("answerable") is True]
una = [r for r in rows if r.get("answerable") is False]
cross = [r for r in ans if r["doc"] in docs and r["lang"] != docs[r["doc"]]["lang"]]
by_lang = collections.Counter(r["lang"] for r in ans)
if any(by_lang[l] != 22 for l in LANGS):
    err(f"answerable per language {dict(by_lang)} (want 22 each)")
una_lang = collections.Counter(r["lang"] for r in una)
if any(una_lang[l] != 4 for l in LANGS):
    err(f"unanswerable per language {dict(una_lang)} (want 4 each)")
if ans and len(cross) * 3 < len(ans):
    err(f"cross-language {len(cross)}/{len(ans)} is below one third")

print("documents:")
for name, d in sorted(docs.items()):
    print(f"  {name:34s} {d['words']:5d} words, {d['sections']} sections, {d['lists']} lists")
print(f"questions: {len(rows)} ({len(ans)} answerable, {len(una)} unanswerable); tune {len(tune)}, heldout {len(held)}")
print("answerable per question language:", dict(sorted(by_lang.items())))
print("unanswerable per language:", dict(sorted(una_lang.items())))
print(f"cross-language: {len(cross)}/{len(ans)} ({100 * len(cross) / max(1, len(ans)):.1f}%)",
      dict(sorted(collections.Counter(f"{r['lang']}->{docs[r['doc']]['lang']}" for r in cross).items())))
print("answerable per document:", dict(sorted(collections.Counter(r["doc"] for r in ans).items())))
print("kinds (answerable):", dict(sorted(collections.Counter(r["kind"] for r in ans).items())))
for name, half in (("tune", tune), ("heldout", held)):
    c = collections.Counter((r["lang"], r["answerable"]) for r in half)
    print(f"  {name}: " + ", ".join(f"{l} {c[(l, True)]}+{c[(l, False)]}u" for l in LANGS))
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
