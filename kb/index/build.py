"""Build the index from the corpus: documents -> chunks -> embeddings + BM25 -> publish.

Incremental by construction: embeddings come from the cache keyed by model and
text, so only new or changed passages are embedded; documents that disappeared
from the corpus are simply absent from the new build.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from kb import __version__
from kb.errors import KBError
from kb.index import files, publish
from kb.index.embedders import Embedder
from kb.index.embedding import embed_texts
from kb.index.lexical import LexicalSettings
from kb.index.manifest import FORMAT_VERSION, Manifest, checksum_tree, document_entries, file_checksum
from kb.index.store import Store, open_store, verified_manifest
from kb.index.terms import TermSettings, build_term_table, split_vectors, term_texts, vocabulary
from kb.index.translations import align_build, plan_alignment
from kb.index.vectors import VectorIndexSettings
from kb.ingest.chunking import Chunk, ChunkSettings, chunk_document
from kb.ingest.documents import Document, load_corpus, skipped_files
from kb.ingest.limits import check_document_size
from kb.ingest.translations import missing_translator, version_of
from kb.knowledge.concepts import CATALOGUE_FILE, Catalogue, ground, load_catalogue
from kb.knowledge.glossary import GLOSSARY_FILE, Glossary, load_glossary
from kb.text import sha256_hex

Progress = Callable[[int, int], None]
# Optional: told each phase as it starts or advances: (phase, done, total); phases are "reading",
# "chunking", "embedding" (also reported through ``progress``), "writing" and "publishing".
Phase = Callable[[str, int, int], None]


@dataclass(frozen=True)
class IndexSettings:
    chunking: ChunkSettings = field(default_factory=ChunkSettings)
    terms: TermSettings = field(default_factory=TermSettings)
    vectors: VectorIndexSettings = field(default_factory=VectorIndexSettings)
    lexical: LexicalSettings = field(default_factory=LexicalSettings)

    def to_dict(self) -> dict:
        return {
            "chunking": asdict(self.chunking),
            "vectors": asdict(self.vectors),
            "lexical": asdict(self.lexical),
            "terms": asdict(self.terms),
            "background_sha256": sha256_hex("\n".join(background_texts())),
        }


@dataclass
class BuildReport:
    build_id: str
    documents: int
    chunks: int
    languages: list[str]
    embedded: int
    reused: int
    seconds: float
    published: bool
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    repaired: int = 0  # cached vectors that failed their checksum and were embedded again

    def summary(self) -> str:
        verb = "indexed" if self.published else "up to date:"
        repaired = f", re-embedded {self.repaired} cached vectors that failed their checksum" if self.repaired else ""
        return (
            f"{verb} {self.documents} documents, {self.chunks} chunks, languages "
            f"{', '.join(self.languages)}; embedded {self.embedded}, reused {self.reused}{repaired} "
            f"in {self.seconds:.2f} s"
        )


def build_index(
    corpus_root: Path,
    index_root: Path,
    embedder: Embedder,
    settings: IndexSettings = IndexSettings(),
    rebuild: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 300.0,
    on_wait: Callable[[], None] | None = None,
    store: str | None = None,
    phase: Phase | None = None,
) -> BuildReport:
    """Index ``corpus_root`` into ``index_root`` and publish it atomically.

    With ``rebuild`` the embedding cache and the live build are ignored (the way
    out of a damaged index); otherwise only new text is embedded and an unchanged
    corpus publishes nothing. ``store`` names where the searchable parts go (default: ``KB_STORE``,
    else the local files; kb/index/store.py).
    """
    started = time.perf_counter()
    tell = phase or _silent
    tell("reading", 0, 0)
    documents = load_corpus(corpus_root)
    catalogue_file = corpus_root / CATALOGUE_FILE
    catalogue = load_catalogue(catalogue_file)
    catalogue_hash = _checksum_if_present(catalogue_file)
    glossary_file = corpus_root / GLOSSARY_FILE
    glossary = load_glossary(glossary_file)
    glossary_hash = _checksum_if_present(glossary_file)
    target = open_store(store)
    with publish.index_lock(index_root, timeout=lock_timeout, on_wait=on_wait):
        target.remove_stale(index_root)
        previous = None if rebuild else _previous_manifest(target, index_root)
        tell("reading", len(documents), len(documents))
        chunks_by_doc = {}
        for i, d in enumerate(documents, 1):
            chunks_by_doc[d.doc_id] = chunk_document(d, settings.chunking)
            tell("chunking", i, len(documents))
        for d in documents:
            check_document_size(d.path or d.doc_id, chunks_by_doc[d.doc_id])
        chunks = [c for d in documents for c in chunks_by_doc[d.doc_id]]
        if not chunks:
            raise KBError(f"the documents in {corpus_root} yield no passages to index")
        grounded, warnings = ground(catalogue, chunks)
        versions = {d.doc_id: version_of(d.doc_id, d.language, d.metadata) for d in documents}
        warnings = (
            skipped_files(corpus_root)
            + warnings
            + [
                f"{doc}: a translation should say who translated it (translator: in its front matter)"
                for doc in missing_translator(versions)
            ]
        )
        draft = _manifest(documents, chunks_by_doc, embedder.model_id, 0, settings, "", {})
        draft.catalogue_hash, draft.glossary_hash = catalogue_hash, glossary_hash
        draft.store = target.describe("")
        if previous is not None and previous.same_content(draft):
            report = _report(previous, 0, len(chunks), started, published=False)
            report.warnings = warnings
            return report
        sentences = sentence_table(chunks)
        background = background_texts()
        words = vocabulary(chunks, settings.terms)
        texts = [c.embed_text for c in chunks] + [text for _, text in sentences] + list(background)
        texts += term_texts(words)
        plan = plan_alignment(versions, chunks_by_doc)
        texts += plan.texts
        tell("embedding", 0, len(texts))
        embedded_run = embed_texts(texts, embedder, publish.cache_path(index_root), rebuild, progress)
        tell("writing", 0, 0)
        all_vectors, missing = embedded_run.vectors, embedded_run.missing
        n_chunks, n_sentences, n_background = len(chunks), len(sentences), len(background)
        vectors = all_vectors[:n_chunks]
        sentence_vectors = all_vectors[n_chunks : n_chunks + n_sentences]
        n_words = len(texts) - len(plan.texts) - n_chunks - n_sentences - n_background
        word_vectors = all_vectors[n_chunks + n_sentences + n_background :][:n_words]
        terms = build_term_table(words, split_vectors(words, word_vectors), settings.terms)
        aligned, poor = align_build(plan, all_vectors[len(texts) - len(plan.texts) :])
        warnings += poor
        embedded = sum(1 for i in missing if i < len(chunks))
        build_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + secrets.token_hex(3)
        tmp = publish.new_temp_dir(target.root(index_root), build_id)
        counts = _write_build(tmp, chunks, grounded, glossary)
        counts.update(
            target.write(
                tmp,
                build_id,
                chunks,
                vectors,
                [row for row, _ in sentences],
                sentence_vectors,
                settings.vectors,
                settings.lexical,
            )
        )
        files.write_background(tmp, all_vectors[n_chunks + n_sentences : n_chunks + n_sentences + n_background])
        files.write_terms(tmp, terms)
        files.write_alignments(tmp, aligned)
        counts["sentences"] = len(sentences)
        counts["aligned_pairs"] = len(aligned)
        counts["term_pairs"] = len(terms)
        manifest = _manifest(
            documents, chunks_by_doc, embedder.model_id, vectors.shape[1], settings, build_id, counts, previous
        )
        manifest.catalogue_hash, manifest.glossary_hash = catalogue_hash, glossary_hash
        manifest.store = target.describe(build_id)
        manifest.files = checksum_tree(tmp)
        manifest.stats = {
            "embedded": embedded,
            "reused": len(chunks) - embedded,
            "other_embedded": len(missing) - embedded,
            "seconds": round(time.perf_counter() - started, 3),
        }
        tell("publishing", 0, 0)
        target.publish(index_root, tmp, manifest)
    report = _report(manifest, embedded, len(chunks) - embedded, started, published=True)
    report.repaired = embedded_run.repaired
    report.warnings = warnings
    if previous is not None:
        _describe_changes(report, previous, manifest)
    return report


def _silent(phase: str, done: int, total: int) -> None:
    pass


def _checksum_if_present(path: Path) -> str:
    """Checksum of an optional corpus file (catalogue, glossary); "" when it is absent."""
    return file_checksum(path) if path.is_file() else ""


def _previous_manifest(store: Store, index_root: Path) -> Manifest | None:
    """The live manifest if its build is intact, else None: a damaged build is replaced, not kept."""
    try:
        return verified_manifest(store, index_root)
    except KBError:
        return None


@lru_cache(maxsize=1)
def background_texts() -> tuple[str, ...]:
    """Off-topic reference texts: a question closer to these than to the corpus is off-topic."""
    from importlib.resources import files

    lines = files("kb.data").joinpath("background.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def sentence_table(chunks: list[Chunk]) -> list[tuple[int, str]]:
    """(chunk row, sentence text) for every sentence: questions often match one sentence best."""
    return [(row, chunk.sentence_embed_text(s, e)) for row, chunk in enumerate(chunks) for s, e in chunk.sentences]


def _write_build(tmp: Path, chunks: list[Chunk], catalogue: Catalogue, glossary: Glossary) -> dict:
    files.write_catalogue(tmp, catalogue)
    files.write_glossary(tmp, glossary)
    return {
        "chunks": len(chunks),
        "concepts": len(catalogue.concepts),
        "glossary_entries": len(glossary.entries),
    }


def _manifest(
    documents: list[Document],
    chunks_by_doc: dict[str, list[Chunk]],
    model_id: str,
    dim: int,
    settings: IndexSettings,
    build_id: str,
    counts: dict,
    previous: Manifest | None = None,
) -> Manifest:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    counts_by_doc = {doc: len(chunks) for doc, chunks in chunks_by_doc.items()}
    entries = document_entries(documents, counts_by_doc, previous, now)
    passage_ids = "\n".join(c.chunk_id for doc in sorted(chunks_by_doc) for c in chunks_by_doc[doc])
    return Manifest(
        passages_hash=sha256_hex(passage_ids),
        format_version=FORMAT_VERSION,
        kb_version=__version__,
        build_id=build_id,
        built_at=now,
        model_id=model_id,
        dim=int(dim),
        settings=settings.to_dict(),
        documents=entries,
        counts=counts,
    )


def _report(manifest: Manifest, embedded: int, reused: int, started: float, published: bool) -> BuildReport:
    return BuildReport(
        build_id=manifest.build_id,
        documents=len(manifest.documents),
        chunks=sum(d.chunks for d in manifest.documents),
        languages=manifest.languages,
        embedded=embedded,
        reused=reused,
        seconds=time.perf_counter() - started,
        published=published,
    )


def _describe_changes(report: BuildReport, old: Manifest, new: Manifest) -> None:
    before = {d.doc_id: d.content_hash for d in old.documents}
    after = {d.doc_id: d.content_hash for d in new.documents}
    report.added = sorted(set(after) - set(before))
    report.removed = sorted(set(before) - set(after))
    report.changed = sorted(k for k in set(after) & set(before) if after[k] != before[k])
