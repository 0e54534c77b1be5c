#!/usr/bin/python3
"""Validate the blind3 test sets (stdlib only).

Usage: /usr/bin/python3 check.py            (checks new-docs-3 and shipped-3)
       /usr/bin/python3 check.py new-docs-3 (one set)

Errors make the exit code 1; warnings do not."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "corpus")
LANGS = {"en", "de", "id"}
KINDS_ANS = {"fact", "list", "why", "when", "difference", "yesno", "definition"}
KINDS_UNANS = {"near-domain", "off-topic"}
FRONT = re.compile(r'\A---\ntitle: [^\n]+\nlanguage: (en|de|id)\nsource: "kb evaluation set \(written for testing, not shipped knowledge\)"\n---\n')
DEBRIS = {
    "en": ["cookie", "read also", "share this article", "newsletter"],
    "de": ["cookie", "lesen sie auch", "artikel teilen", "newsletter"],
    "id": ["cookie", "baca juga", "bagikan artikel ini", "newsletter"],
}
ORIG_LANG = {"it-sourcing.en": {"en"}, "bpo-vs-ito": {"de", "id"}}

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

def body(text):
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return text[end + 5:]
    return text

def blocks(text):
    """Paragraphs split at blank lines; a list block is joined to the paragraph before it (its lead-in)."""
    raw = [b.strip() for b in re.split(r"\n\s*\n", body(text)) if b.strip()]
    out = []
    for b in raw:
        is_list = all(re.match(r"^(\s*[-*]|\s*\d+\.)\s", l) for l in b.splitlines())
        if is_list and out and not out[-1].startswith("#"):
            out[-1] = out[-1] + "\n" + b
        else:
            out.append(b)
    return out

def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path}:{i}: bad JSON: {e}")
    return rows

def doc_lang(doc):
    m = re.search(r"\.(en|de|id)$", doc)
    return m.group(1) if m else None

# texts searched for `uncovered` terms: all shipped corpus docs + all new-docs-3 docs
SHIPPED_FILES = sorted(f for f in glob.glob(os.path.join(CORPUS, "*.md")) if not os.path.basename(f).startswith(("README", "_", ".")))
NEW_FILES = sorted(glob.glob(os.path.join(HERE, "new-docs-3", "docs", "*.md")))
ALL_TEXT = {f: open(f, encoding="utf-8").read().lower() for f in SHIPPED_FILES + NEW_FILES}

def check_docs():
    for f in NEW_FILES:
        name = os.path.basename(f)
        t = open(f, encoding="utf-8").read()
        m = FRONT.match(t)
        if not m:
            err(f"{name}: front matter not exactly as required")
            continue
        lang = m.group(1)
        if not name.endswith(f".{lang}.md"):
            err(f"{name}: language suffix does not match front matter ({lang})")
        b = body(t)
        words = len(b.split())
        if not 700 <= words <= 1100:
            err(f"{name}: {words} body words (want 700-1100)")
        if len(re.findall(r"^# ", b, re.M)) != 1:
            err(f"{name}: want exactly one '# ' heading")
        nsec = len(re.findall(r"^## ", b, re.M))
        if not 5 <= nsec <= 7:
            err(f"{name}: {nsec} '##' sections (want 5-7)")
        nlists = 0
        for bl in blocks(t):
            ls = bl.split("\n")
            for j in range(1, len(ls)):
                if re.match(r"^(\s*[-*]|\s*\d+\.)\s", ls[j]) and not re.match(r"^(\s*[-*]|\s*\d+\.)\s", ls[j-1]):
                    if ls[j-1].rstrip().endswith(":"):
                        nlists += 1
                    break
        if nlists < 2:
            err(f"{name}: {nlists} lists with a lead-in ending in ':' (want >= 2)")
        low = b.lower()
        for d in DEBRIS[lang]:
            if d not in low:
                err(f"{name}: debris '{d}' missing")
        for cur in ["€", "eur ", "usd", "$", "rp ", "rp.", "rupiah", "idr"]:
            if cur in low:
                err(f"{name}: currency marker '{cur}' found (no prices allowed)")
        print(f"  doc {name}: lang {lang}, {words} words, {nsec} sections, {nlists} lists")

def doc_files(setname, doc):
    if setname == "new-docs-3":
        p = os.path.join(HERE, "new-docs-3", "docs", doc + ".md")
        return [p] if os.path.exists(p) else []
    base = re.sub(r"\.(en|de|id)$", "", doc)
    return sorted(glob.glob(os.path.join(CORPUS, base + ".*.md")))

def check_set(setname):
    print(f"== {setname}")
    d = os.path.join(HERE, setname)
    allp = os.path.join(d, "all.jsonl")
    if not os.path.exists(allp):
        err(f"{setname}: all.jsonl missing"); return
    rows = load_jsonl(allp)
    if setname == "new-docs-3":
        check_docs()
    cnt_lang, cnt_kind, cnt_doc, cnt_unans = Counter(), Counter(), Counter(), Counter()
    cross = 0; n_ans = 0; pairs = Counter()
    seen_q = set()
    for i, r in enumerate(rows, 1):
        where = f"{setname}/all.jsonl:{i}"
        for k in ["question", "lang", "doc", "gold", "answer_keys", "answerable", "kind"]:
            if k not in r:
                err(f"{where}: missing field {k}")
        if errors and any(e.startswith(where + ": missing") for e in errors):
            continue
        q, lang, doc, kind = r["question"], r["lang"], r["doc"], r["kind"]
        if q in seen_q: err(f"{where}: duplicate question")
        seen_q.add(q)
        if lang not in LANGS: err(f"{where}: bad lang {lang}")
        if not isinstance(r["gold"], list) or not isinstance(r["answer_keys"], list):
            err(f"{where}: gold/answer_keys must be lists")
        if r["answerable"] is True:
            n_ans += 1
            if kind not in KINDS_ANS: err(f"{where}: bad kind {kind}")
            files = doc_files(setname, doc)
            if not files:
                err(f"{where}: no document file for doc '{doc}'"); continue
            if setname == "shipped-3" and doc not in ORIG_LANG:
                err(f"{where}: doc must be one of {sorted(ORIG_LANG)}")
            if not 1 <= len(r["gold"]) <= 3: err(f"{where}: want 1-3 gold strings")
            if not 1 <= len(r["answer_keys"]) <= 3: err(f"{where}: want 1-3 answer keys")
            if "uncovered" in r: err(f"{where}: answerable row has 'uncovered'")
            texts = {f: open(f, encoding="utf-8").read() for f in files}
            found_in = {}
            for g in r["gold"]:
                nw = len(g.split())
                if not 4 <= nw <= 12: err(f"{where}: gold has {nw} words: {g!r}")
                hits = [f for f, t in texts.items() if g in t]
                if not hits: err(f"{where}: gold not found verbatim in {doc}: {g!r}")
                for f in hits: found_in.setdefault(f, []).append(g)
            # all golds of one file lie in one block
            for f, gs in found_in.items():
                bl = blocks(texts[f])
                if not any(all(g in b for g in gs) for b in bl):
                    err(f"{where}: gold strings not in one paragraph/list of {os.path.basename(f)}")
            if setname == "shipped-3":
                origs = [f for f in found_in if os.path.basename(f)[:-3].split(".")[-1] in ORIG_LANG[doc]]
                if not origs: err(f"{where}: no gold string from the original ({doc})")
                for f in files:
                    if f not in found_in:
                        warn(f"{where}: no gold string in {os.path.basename(f)}")
            # answer keys vs the answering passage (same-language only)
            for f, gs in found_in.items():
                flang = os.path.basename(f)[:-3].split(".")[-1]
                if flang != lang: continue
                blk = next(b for b in blocks(texts[f]) if all(g in b for g in gs)).lower()
                for key in r["answer_keys"]:
                    if not any(alt.lower() in blk for alt in key.split("|")):
                        warn(f"{where}: key {key!r} not in answering passage of {os.path.basename(f)}")
            dlangs = ORIG_LANG[doc] if setname == "shipped-3" else {doc_lang(doc)}
            if lang not in dlangs:
                cross += 1
                pairs[f"{'/'.join(sorted(dlangs))}->{lang}"] += 1
            cnt_lang[lang] += 1; cnt_kind[kind] += 1; cnt_doc[doc] += 1
        elif r["answerable"] is False:
            if kind not in KINDS_UNANS: err(f"{where}: bad kind {kind} for unanswerable")
            if doc != "" or r["gold"] or r["answer_keys"]:
                err(f"{where}: unanswerable rows need doc '', gold [], answer_keys []")
            if kind == "near-domain":
                u = r.get("uncovered", "")
                if not u: err(f"{where}: near-domain row without 'uncovered'")
                elif u.lower() not in q.lower():
                    warn(f"{where}: uncovered term {u!r} not literally in the question")
                for f, t in ALL_TEXT.items():
                    if u and u.lower() in t:
                        err(f"{where}: uncovered term {u!r} occurs in {os.path.basename(f)}")
            elif "uncovered" in r:
                err(f"{where}: off-topic rows take no 'uncovered'")
            cnt_unans[(lang, kind)] += 1
        else:
            err(f"{where}: answerable must be true/false")
    print(f"  rows {len(rows)}: answerable {n_ans}, unanswerable {sum(cnt_unans.values())}")
    print(f"  answerable per lang: {dict(sorted(cnt_lang.items()))}")
    print(f"  answerable per kind: {dict(cnt_kind.most_common())}")
    print(f"  answerable per doc: {dict(sorted(cnt_doc.items()))}")
    print(f"  cross-language: {cross}/{n_ans} ({100*cross/max(n_ans,1):.1f} %), pairs {dict(sorted(pairs.items()))}")
    print(f"  unanswerable (lang, kind): {dict(sorted(cnt_unans.items()))}")
    if n_ans and cross * 3 < n_ans and setname == "new-docs-3":
        err(f"{setname}: less than a third cross-language")
    # split files
    tp, hp = os.path.join(d, "tune.jsonl"), os.path.join(d, "heldout.jsonl")
    if os.path.exists(tp) and os.path.exists(hp):
        key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)
        a = Counter(key(r) for r in rows)
        t = Counter(key(r) for r in load_jsonl(tp)); h = Counter(key(r) for r in load_jsonl(hp))
        if t & h: err(f"{setname}: tune and heldout overlap")
        if t + h != a: err(f"{setname}: tune + heldout != all")
        print(f"  split: tune {sum(t.values())}, heldout {sum(h.values())}")
    else:
        warn(f"{setname}: tune.jsonl/heldout.jsonl not present yet")

if __name__ == "__main__":
    sets = sys.argv[1:] or ["new-docs-3", "shipped-3"]
    for s in sets:
        check_set(s)
    for w in warnings: print("WARNING:", w)
    for e in errors: print("ERROR:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)
