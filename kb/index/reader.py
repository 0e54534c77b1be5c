"""Reading the live build: one verified, read-only facade over its files.

Every file is checked against its manifest checksum before it is parsed, and the
facade checks at load what its callers rely on (one vector per passage, a
passage's sentences contiguous and in order).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from kb.errors import IndexCorruptError, IndexMismatchError, KBError
from kb.index import files
from kb.index.lexical import LexicalSearch
from kb.index.manifest import FORMAT_VERSION, Manifest
from kb.index.publish import BUILDS, REBUILD_HINT, verify_files
from kb.index.store import Store, open_store
from kb.index.terms import TermTable
from kb.index.translations import AlignedPair, TranslationMap
from kb.index.vectors import VectorSearch
from kb.index.vocabulary import CorpusVocabulary
from kb.ingest.chunking import Chunk, holds_list
from kb.knowledge.concepts import Catalogue
from kb.knowledge.glossary import Glossary

# A numbered heading: "3. Rollout", "3) Pilot", "Step 3: Go live", "Schritt 3", "Phase 3", "Langkah 3", "Tahap 3".
_HEADING_NUMBER = re.compile(
    r"^(?:(?P<n>\d{1,2})[.):]\s|(?i:step|schritt|phase|stufe|langkah|tahap|fase|tahapan)\s(?P<n2>\d{1,2})\b)"
)

_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_NUMBERED_ITEM = re.compile(r"(?m)^\s*(\d{1,2})[.)]\s")


def _name_key(text: str) -> str:
    return text.strip(" .:").casefold()


@dataclass
class LoadedIndex:
    """Everything a reader needs, loaded from one build and verified."""

    manifest: Manifest
    chunks: list[Chunk]
    vectors: VectorSearch
    lexical: dict[str, LexicalSearch]
    catalogue: Catalogue
    glossary: Glossary
    sentence_vectors: VectorSearch
    sentence_rows: np.ndarray  # passage row of each sentence vector
    background: np.ndarray  # vectors of off-topic reference texts, for abstention
    terms: TermTable  # the corpus's words matched across languages (cross-language BM25)
    alignments: list[AlignedPair] = field(default_factory=list)  # translations' sentences linked to partners

    @property
    def build_id(self) -> str:
        return self.manifest.build_id

    @cached_property
    def chunk_languages(self) -> np.ndarray:
        return np.array([c.language for c in self.chunks])

    @cached_property
    def vocabulary(self) -> CorpusVocabulary:
        """Every word the passages use (for "not covered": kb/qa/coverage.py)."""
        return CorpusVocabulary.of(f"{c.doc_title} {' '.join(c.section_path)} {c.text}" for c in self.chunks)

    @cached_property
    def translations(self) -> TranslationMap:
        return TranslationMap(self.chunks, self.alignments)

    @cached_property
    def rows_of_doc(self) -> dict[str, list[int]]:
        """Chunk-table rows of each document, in document order."""
        rows: dict[str, list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            rows.setdefault(chunk.doc_id, []).append(row)
        return rows

    @cached_property
    def overview_rows(self) -> np.ndarray:
        """True for a passage that leads into subsections: a document's or a section's introduction.

        It sums up what the subsections say, so it is close to every question about them.
        """
        paths: dict[str, set[tuple[str, ...]]] = {}
        for chunk in self.chunks:
            paths.setdefault(chunk.doc_id, set()).add(tuple(chunk.section_path))
        return np.array(
            [
                any(
                    len(p) > len(c.section_path) and p[: len(c.section_path)] == tuple(c.section_path)
                    for p in paths[c.doc_id]
                )
                for c in self.chunks
            ],
            dtype=bool,
        )

    @cached_property
    def list_rows(self) -> np.ndarray:
        """True for a passage that holds a list (what a "which steps ..." question asks for)."""
        return np.array([holds_list(c.text) for c in self.chunks], dtype=bool)

    @cached_property
    def numbered_list_lengths(self) -> np.ndarray:
        """Each passage's highest numbered list item ("4. Go live": 4), 0 for a passage without one."""
        return np.array([max(map(int, _NUMBERED_ITEM.findall(c.text)), default=0) for c in self.chunks], dtype=np.int32)

    @cached_property
    def heading_numbers(self) -> np.ndarray:
        """Each passage's number in its heading ("### 3. Rollout", "Step 3: ...", "Langkah 3"), 0 for none."""
        found = [_HEADING_NUMBER.match(c.section_path[-1]) if c.section_path else None for c in self.chunks]
        return np.array([int(m.group("n") or m.group("n2")) if m else 0 for m in found], dtype=np.int32)

    @cached_property
    def last_numbered(self) -> np.ndarray:
        """True for the passage with the highest heading number among its section's numbered subsections."""
        parents = [(c.doc_id, *c.section_path[:-1]) for c in self.chunks]
        highest: dict[tuple[str, ...], int] = {}
        for parent, number in zip(parents, self.heading_numbers, strict=True):
            highest[parent] = max(highest.get(parent, 0), int(number))
        numbers = zip(parents, self.heading_numbers, strict=True)
        return np.array([n > 1 and n == highest[parent] for parent, n in numbers], dtype=bool)

    @cached_property
    def _section_rows(self) -> dict[tuple[str, str], list[int]]:
        """Rows of each (document, section name as a list item writes it), in document order."""
        rows: dict[tuple[str, str], list[int]] = {}
        for row, chunk in enumerate(self.chunks):
            if chunk.section:
                rows.setdefault((chunk.doc_id, _name_key(chunk.section)), []).append(row)
        return rows

    def section_named(self, doc_id: str, item: str, besides: int) -> int | None:
        """The first row of the section of ``doc_id`` that the list item ``item`` names, other than ``besides``.

        An overview list often names the subsections that follow ("- E-Outsourcing" before "### E-Outsourcing").
        """
        rows = self._section_rows.get((doc_id, _name_key(_LIST_MARKER.sub("", item))), [])
        return next((row for row in rows if row != besides), None)

    @cached_property
    def item_sections(self) -> dict[int, list[int | None]]:
        """For a passage with a list: per item, the row of the section of its document the item names (or None)."""
        found: dict[int, list[int | None]] = {}
        for row in map(int, np.flatnonzero(self.list_rows)):
            chunk = self.chunks[row]
            items = [line for line in chunk.text.split("\n") if _LIST_MARKER.match(line)]
            named = [self.section_named(chunk.doc_id, item, row) for item in items]
            if any(r is not None for r in named):
                found[row] = named
        return found

    def numbered(self, position: int) -> np.ndarray:
        """True for the passages whose heading carries list position ``position`` (-1: the last of its run)."""
        return self.last_numbered if position < 0 else self.heading_numbers == position

    @cached_property
    def topic_vectors(self) -> LanguageCentred:
        """The passages' vectors with their language's mean taken out (see ``LanguageCentred``)."""
        vectors = np.stack([self.vectors.vector(r) for r in range(len(self.chunks))]) if self.chunks else None
        return LanguageCentred.of(vectors, self.chunk_languages)

    @cached_property
    def row_of(self) -> dict[str, int]:
        """Chunk-table row of each chunk id."""
        return {c.chunk_id: row for row, c in enumerate(self.chunks)}

    def chunk(self, chunk_id: str) -> Chunk | None:
        row = self.row_of.get(chunk_id)
        return None if row is None else self.chunks[row]

    def sentences_of(self, row: int) -> range:
        """Sentence numbers of passage ``row`` (rows are sorted: checked at load)."""
        first = int(np.searchsorted(self.sentence_rows, row, side="left"))
        last = int(np.searchsorted(self.sentence_rows, row, side="right"))
        return range(first, last)


@dataclass(frozen=True)
class LanguageCentred:
    """Vectors with the mean vector of their language taken out, unit length again.

    Multilingual e5 puts every text of one language a little closer to the others of that
    language: a German question is nearer to a German passage on another topic than to an
    English passage on its own. Without each language's mean, what is left is mostly topic.
    """

    vectors: np.ndarray  # one row per passage
    means: dict[str, np.ndarray]  # language -> mean passage vector
    overall: np.ndarray  # mean of all passages: for a question in a language no passage has

    @classmethod
    def of(cls, vectors: np.ndarray | None, languages: np.ndarray) -> LanguageCentred:
        if vectors is None or not len(vectors):
            return cls(np.zeros((0, 0), dtype=np.float32), {}, np.zeros(0, dtype=np.float32))
        means = {str(lang): vectors[languages == lang].mean(axis=0) for lang in np.unique(languages)}
        centred = vectors - np.stack([means[str(lang)] for lang in languages])
        return cls(_unit(centred), means, vectors.mean(axis=0))

    def similarity(self, query_vector: np.ndarray, language: str) -> np.ndarray:
        """Cosine of the centred query (centred by its language's mean) with every centred passage."""
        if not len(self.vectors):
            return np.zeros(0, dtype=np.float32)
        query = _unit((query_vector.reshape(-1) - self.means.get(language, self.overall))[None, :])
        return (self.vectors @ query[0]).astype(np.float32)


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def check_compatible(manifest: Manifest, model_id: str | None) -> None:
    if manifest.format_version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index has format {manifest.format_version} but this kb reads format {FORMAT_VERSION}; {REBUILD_HINT}"
        )
    if model_id is not None and manifest.model_id != model_id:
        raise IndexMismatchError(
            f"the index was built with model {manifest.model_id} but kb is set to use {model_id}; "
            f"run 'kb index --rebuild' (with the --model you want), or set KB_MODEL to the index's model"
        )


def load_index(index_root: Path, model_id: str | None, retries: int = 3, store: str | None = None) -> LoadedIndex:
    """Load and verify the live build; ``model_id`` None skips the model check.

    ``store`` names where the searchable parts live (default: ``KB_STORE``, else local files).
    """
    source = open_store(store)
    for attempt in range(retries):
        manifest = source.read_manifest(index_root)
        check_compatible(manifest, model_id)
        build = source.root(index_root) / BUILDS / manifest.build_id
        try:
            return _load_build(source, build, manifest)
        except FileNotFoundError:
            # The build was pruned between reading the live pointer and opening it: a newer one is live.
            if attempt == retries - 1 or source.live_build_id(index_root) == manifest.build_id:
                raise IndexCorruptError(f"{build} is incomplete; {REBUILD_HINT}") from None
            time.sleep(0.05)
    raise AssertionError("unreachable")


# numpy parses .npy headers with ast.literal_eval, which CPython 3.11 cannot run in two threads
# at once ("AST constructor recursion depth mismatch", gh-106905): loads take turns.
_PARSE_LOCK = threading.Lock()


def _load_build(store: Store, build: Path, manifest: Manifest) -> LoadedIndex:
    verify_files(build, manifest)
    with _PARSE_LOCK:
        return _parse_build(store, build, manifest)


def _parse_build(store: Store, build: Path, manifest: Manifest) -> LoadedIndex:
    try:
        searchable = store.open(build, manifest)
        chunks, vectors = searchable.chunks, searchable.vectors
        catalogue = files.read_catalogue(build)
        glossary = files.read_glossary(build)
        background = files.read_background(build)
        terms = files.read_terms(build)
        alignments = files.read_alignments(build)
    except (FileNotFoundError, KBError):
        raise
    except Exception as exc:  # a file that passed its checksum but still cannot be parsed
        raise IndexCorruptError(f"{build} cannot be read ({exc}); {REBUILD_HINT}") from None
    if len(chunks) != len(vectors) or len(chunks) != manifest.counts["chunks"]:
        raise IndexCorruptError(f"{build}: chunk table and vectors disagree; {REBUILD_HINT}")
    return LoadedIndex(
        manifest=manifest,
        chunks=chunks,
        vectors=vectors,
        lexical=searchable.lexical,
        catalogue=catalogue,
        glossary=glossary,
        sentence_vectors=searchable.sentence_vectors,
        sentence_rows=searchable.sentence_rows,
        background=background,
        terms=terms,
        alignments=alignments,
    )
