"""Check the hand-made sentence alignment keys in this folder against kb's own sentence split.

For each key file: every sentence number of both documents appears in exactly one link,
links are monotonic (never cross, each side consecutive and ascending), and the texts
match what kb (read_document + chunk_document, as in ../sentences.py) prints today.
Usage: /work/main/.venv/bin/python /work/staging/alignment-key/check_key.py
Exits 1 if any key fails.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kb.ingest.chunking import chunk_document
from kb.ingest.documents import read_document

HERE = Path(__file__).resolve().parent
TRANSLATIONS = Path("/work/staging/translations")
CORPUS = Path("/work/main/corpus")

# key file -> (original document, translation document)
PAIRS = {
    "it-sourcing.de.jsonl": (CORPUS / "it-sourcing.en.md", TRANSLATIONS / "it-sourcing.de.md"),
    "it-sourcing.id.jsonl": (CORPUS / "it-sourcing.en.md", TRANSLATIONS / "it-sourcing.id.md"),
    "bpo-vs-ito.en.jsonl": (CORPUS / "bpo-vs-ito.de.md", TRANSLATIONS / "bpo-vs-ito.en.md"),
    # the publisher's own pair: Indonesian version checked against the German one
    "bpo-vs-ito.id.jsonl": (CORPUS / "bpo-vs-ito.de.md", CORPUS / "bpo-vs-ito.id.md"),
}


def sentences(path: Path) -> list[str]:
    path = path.resolve()
    doc = read_document(path, path.parent)
    return [chunk.text[s:e] for chunk in chunk_document(doc) for s, e in chunk.sentences]


def check(key: Path, orig_path: Path, trans_path: Path) -> tuple[list[str], Counter]:
    errors: list[str] = []
    kinds: Counter = Counter()
    sides = {"original": sentences(orig_path), "translation": sentences(trans_path)}
    seen = {"original": [], "translation": []}
    last = {"original": -1, "translation": -1}
    lines = key.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            link = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: not JSON ({exc})")
            continue
        expected = {"original", "translation", "original_text", "translation_text"}
        if set(link) != expected:
            errors.append(f"line {n}: keys {sorted(link)} != {sorted(expected)}")
            continue
        if not link["original"] and not link["translation"]:
            errors.append(f"line {n}: a link with no sentence on either side")
        kinds[f"{len(link['original'])}-{len(link['translation'])}"] += 1
        for side in ("original", "translation"):
            nums, texts, sents = link[side], link[f"{side}_text"], sides[side]
            if not all(isinstance(i, int) for i in nums):
                errors.append(f"line {n}: {side} numbers must be integers: {nums}")
                continue
            if nums and nums != list(range(nums[0], nums[0] + len(nums))):
                errors.append(f"line {n}: {side} numbers not consecutive ascending: {nums}")
            if nums and nums[0] <= last[side]:
                errors.append(f"line {n}: {side} {nums} not after {last[side]} (links cross or repeat)")
            if nums:
                last[side] = max(last[side], nums[-1])
            seen[side].extend(nums)
            if len(texts) != len(nums):
                errors.append(f"line {n}: {side}_text has {len(texts)} entries for {len(nums)} numbers")
            for i, text in zip(nums, texts):
                if not 0 <= i < len(sents):
                    errors.append(f"line {n}: {side} sentence {i} out of range (0..{len(sents) - 1})")
                elif sents[i] != text:
                    errors.append(f"line {n}: {side} sentence {i} text differs from kb's: {sents[i]!r}")
    for side, sents in sides.items():
        counts = Counter(seen[side])
        missing = [i for i in range(len(sents)) if counts[i] == 0]
        twice = sorted(i for i, c in counts.items() if c > 1)
        if missing:
            errors.append(f"{side}: sentences never linked: {missing}")
        if twice:
            errors.append(f"{side}: sentences linked more than once: {twice}")
    kinds["sentences"] = (len(sides["original"]), len(sides["translation"]))  # type: ignore[assignment]
    return errors, kinds


def main() -> int:
    failed = False
    for name, (orig, trans) in PAIRS.items():
        key = HERE / name
        if not key.exists():
            print(f"FAIL {name}: missing")
            failed = True
            continue
        errors, kinds = check(key, orig, trans)
        n_orig, n_trans = kinds.pop("sentences")
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items()))
        status = "FAIL" if errors else "ok"
        print(
            f"{status:4} {name}: original {orig.name} {n_orig} sentences, "
            f"translation {trans.name} {n_trans} sentences; links {summary}"
        )
        for e in errors:
            print(f"     {e}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
