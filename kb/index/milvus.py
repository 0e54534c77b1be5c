"""The Milvus store: one collection per build, made live by moving one alias.

``milvus:PATH.db`` runs Milvus Lite inside kb's process (one process per file at a time);
``milvus://HOST:PORT``, ``http(s)://...`` reach a Milvus server or cluster, with the token from
``KB_MILVUS_TOKEN``. A ``#NAME`` suffix names the collections and alias (default ``kb``), so
several indexes can share one Milvus.

Publishing keeps the promise of the local store (kb/index/publish.py): a build writes the
collection ``<NAME>_<build id>``, records its pointer (build id, manifest checksum, the
collection live before it) in the collection's properties, checks its row counts and a probe
query, moves its build folder into place and then moves the alias ``<NAME>_live`` to it in one
``alter_alias``. Readers resolve the alias once per load and query that collection, so an
answer never mixes two builds; the collection before is kept until the next publish, and the
next run drops every other collection of this name (what a killed build left).
"""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from kb import config
from kb.errors import IndexCorruptError, IndexMissingError, KBError
from kb.index import milvus_search as ms
from kb.index.lexical import LexicalSettings
from kb.index.manifest import MANIFEST_NAME, Manifest, file_checksum
from kb.index.publish import BUILDS, REBUILD_HINT, TMP_PREFIX, fsync_tree
from kb.index.store import Searchable
from kb.index.vectors import VectorIndexSettings, auto_ef_search
from kb.ingest.chunking import Chunk

_BUILD_ID = r"\d{8}T\d{6,12}Z_[0-9a-f]{6}"
_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


class MilvusStore:
    def __init__(self, uri: str, name: str = "kb", analyzer: str = "kb", lite: bool = False) -> None:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,60}", name):
            raise KBError(f"a Milvus store name is letters, digits and '_', not {name!r}")
        if analyzer not in ms.ANALYZERS:
            raise KBError(f"unknown Milvus analyzer {analyzer!r}; known: {', '.join(ms.ANALYZERS)}")
        self.uri, self.name, self.analyzer, self.lite = uri, name, analyzer, lite
        self.alias = f"{name}_live"
        scheme = "milvus:" if lite else ""
        self.spec = f"{scheme}{uri}" + ("" if name == "kb" else f"#{name}")

    @classmethod
    def from_spec(cls, arg: str, scheme: str) -> MilvusStore:
        target, _, name = arg.partition("#")
        analyzer = config.milvus_analyzer()
        if scheme == "milvus" and not target.startswith("//"):
            if not target:
                raise KBError("KB_STORE=milvus:PATH.db needs the path of the Milvus Lite file")
            return cls(target, name or "kb", analyzer, lite=True)
        uri = ("http:" if scheme == "milvus" else f"{scheme}:") + target
        return cls(uri, name or "kb", analyzer)

    # --- connecting ---------------------------------------------------------------------------

    def client(self) -> Any:
        with _clients_lock:
            if self.uri not in _clients:
                _clients[self.uri] = self._connect()
            return _clients[self.uri]

    def _connect(self) -> Any:
        try:
            from pymilvus import MilvusClient
        except ImportError:
            raise KBError("the Milvus store needs pymilvus and milvus-lite: pip install 'kb[milvus]'") from None
        try:
            if self.lite:
                Path(self.uri).parent.mkdir(parents=True, exist_ok=True)
                return MilvusClient(self.uri)
            return MilvusClient(self.uri, token=config.milvus_token(), timeout=10)
        except Exception as exc:
            if self.lite:
                raise KBError(
                    f"cannot open the Milvus Lite file {self.uri}: another process (a page or 'kb index') has it "
                    "open, and Milvus Lite serves one process at a time; stop that process, or run a Milvus server "
                    "(KB_STORE=milvus://HOST:PORT) for several"
                ) from None
            raise KBError(f"cannot reach Milvus at {self.uri} ({type(exc).__name__}); is the server running?") from None

    def close(self) -> None:
        """Let go of the connection (for Milvus Lite: of the file, so another process may open it)."""
        with _clients_lock:
            client = _clients.pop(self.uri, None)
        if client is not None:
            client.close()
        if self.lite:
            from milvus_lite.server_manager import server_manager_instance

            server_manager_instance.release_server(self.uri)

    # --- the live pointer ---------------------------------------------------------------------

    def root(self, index_root: Path) -> Path:
        return index_root / f"milvus-{self.name}"

    def collection(self, build_id: str) -> str:
        return f"{self.name}_{build_id.replace('-', '_')}"

    def pointer(self) -> dict[str, Any] | None:
        """The live collection's pointer: {"collection", "build", "manifest_sha256", "previous"}, or None."""
        client = self.client()
        if self.alias not in client.list_aliases().get("aliases", []):
            return None
        name = client.describe_alias(self.alias)["collection_name"]
        if not client.has_collection(name):
            raise IndexCorruptError(f"the live Milvus collection {name} is missing; {REBUILD_HINT}")
        try:
            pointer = json.loads(client.describe_collection(name).get("properties", {})["kb.pointer"])
            if not isinstance(pointer, dict) or not isinstance(pointer.get("build"), str):
                raise ValueError(pointer)
        except (KeyError, ValueError):
            raise IndexCorruptError(f"the Milvus collection {name} has no build pointer; {REBUILD_HINT}") from None
        return {**pointer, "collection": name}

    def live_build_id(self, index_root: Path) -> str | None:
        pointer = self.pointer()
        return pointer["build"] if pointer else None

    def read_manifest(self, index_root: Path) -> Manifest:
        pointer = self.pointer()
        if pointer is None:
            raise IndexMissingError(f"no index in Milvus ({self.spec}); run 'kb index' to build it")
        path = self.root(index_root) / BUILDS / pointer["build"] / MANIFEST_NAME
        if not path.is_file():
            raise IndexCorruptError(f"{path} is missing; {REBUILD_HINT}")
        if file_checksum(path) != pointer.get("manifest_sha256"):
            raise IndexCorruptError(
                f"{path} fails its checksum (recorded in Milvus collection {pointer['collection']}); {REBUILD_HINT}"
            )
        try:
            return Manifest.from_json(path.read_text(encoding="utf-8"))
        except (ValueError, TypeError, KeyError):
            raise IndexCorruptError(f"{path} cannot be read; {REBUILD_HINT}") from None

    def describe(self, build_id: str) -> dict[str, Any]:
        return {"kind": "milvus", "uri": self.uri, "collection": self.collection(build_id), "analyzer": self.analyzer}

    # --- building and publishing --------------------------------------------------------------

    def write(
        self,
        build: Path,
        build_id: str,
        chunks: list[Chunk],
        vectors: np.ndarray,
        sentence_rows: Sequence[int],
        sentence_vectors: np.ndarray,
        vector_settings: VectorIndexSettings,
        lexical_settings: LexicalSettings,
    ) -> dict[str, Any]:
        client, name = self.client(), self.collection(build_id)
        per_language: dict[str, int] = {}
        for chunk in chunks:
            per_language[chunk.language] = per_language.get(chunk.language, 0) + 1
        languages = sorted(per_language)
        kind = vector_settings.resolve(len(chunks))
        ms.create_collection(
            client, name, vectors.shape[1], languages, kind, vector_settings, lexical_settings, self.analyzer
        )
        ms.insert_rows(client, name, chunks, vectors, sentence_rows, sentence_vectors, languages, self.analyzer)
        return {
            "vector_index": kind,
            "lexical_languages": languages,
            "chunks_per_language": dict(sorted(per_language.items())),
        }

    def publish(self, index_root: Path, tmp: Path, manifest: Manifest) -> None:
        client, name = self.client(), self.collection(manifest.build_id)
        (tmp / MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
        fsync_tree(tmp)
        live = self._pointer_or_none()
        pointer = {
            "build": manifest.build_id,
            "manifest_sha256": file_checksum(tmp / MANIFEST_NAME),
            "previous": live["collection"] if live else None,
            "previous_build": live["build"] if live else None,
        }
        client.alter_collection_properties(name, properties={"kb.pointer": json.dumps(pointer)})
        client.load_collection(name)
        self._check(client, name, manifest)
        builds = self.root(index_root) / BUILDS
        builds.mkdir(exist_ok=True)
        tmp.rename(builds / manifest.build_id)
        if self.alias in client.list_aliases().get("aliases", []):
            client.alter_alias(name, self.alias)  # the one step that makes the build live
        else:
            client.create_alias(name, self.alias)
        self._prune(index_root, {name, pointer["previous"]}, {manifest.build_id, pointer["previous_build"]})

    def _check(self, client: Any, name: str, manifest: Manifest) -> None:
        """Row counts and a probe query of each kind, before anything points at the collection."""
        counts = manifest.counts
        all_passages = [ms.passages(lang) for lang in counts["lexical_languages"]]
        got = (ms.count(client, name, all_passages), ms.count(client, name, [ms.SENTENCES]))
        if got != (counts["chunks"], counts["sentences"]):
            raise KBError(f"Milvus collection {name} holds {got} passages and sentences, expected "
                          f"{(counts['chunks'], counts['sentences'])}; nothing was published")  # fmt: skip
        first = client.query(name, ids=[0], output_fields=["vector", "chunk"])
        probe = ms.MilvusVectors(client, name, all_passages, counts["chunks"], 0, counts["vector_index"], 64)
        scores, rows = probe.search(np.asarray(first[0]["vector"], dtype=np.float32), 10)
        if rows[0][0] < 0 or scores[0][0] < 0.99:
            raise KBError(f"Milvus collection {name} fails its probe query; nothing was published")

    def remove_stale(self, index_root: Path) -> None:
        root = self.root(index_root)
        for tmp in root.glob(TMP_PREFIX + "*"):
            shutil.rmtree(tmp, ignore_errors=True)
        live = self._pointer_or_none()
        if live is None:  # nothing published, or the live collection is damaged: keep the build folders
            self._prune(index_root, set(), None)
        else:
            self._prune(index_root, {live["collection"], live["previous"]}, {live["build"], live.get("previous_build")})

    def _pointer_or_none(self) -> dict[str, Any] | None:
        """The live pointer, or None when there is none or it is damaged (a build replaces it)."""
        try:
            return self.pointer()
        except IndexCorruptError:
            return None

    def _prune(self, index_root: Path, keep: set[str | None], keep_builds: set[str | None] | None) -> None:
        """Drop this store's collections and build folders that are neither live nor the one before."""
        client = self.client()
        for name in client.list_collections():
            if re.fullmatch(rf"{self.name}_{_BUILD_ID}", name) and name not in keep:
                client.drop_collection(name)
        builds = self.root(index_root) / BUILDS
        if keep_builds is not None and builds.is_dir():
            for build in builds.iterdir():
                if build.name not in keep_builds:
                    shutil.rmtree(build, ignore_errors=True)

    # --- reading ------------------------------------------------------------------------------

    def open(self, build: Path, manifest: Manifest) -> Searchable:
        client, name = self.client(), manifest.store.get("collection", "")
        if not client.has_collection(name):
            if self.live_build_id(build.parent.parent) != manifest.build_id:
                raise FileNotFoundError(name)  # a newer build went live meanwhile: load that one
            raise IndexCorruptError(f"the Milvus collection {name} of the live build is missing; {REBUILD_HINT}")
        client.load_collection(name)
        counts = manifest.counts
        n, n_sentences = counts["chunks"], counts["sentences"]
        all_passages = [ms.passages(lang) for lang in counts["lexical_languages"]]
        chunks = [Chunk.from_dict(json.loads(t)) for t in ms.read_column(client, name, all_passages, "chunk", 0, n)]
        sentence_rows = np.array(ms.read_column(client, name, [ms.SENTENCES], "row", n, n_sentences), np.int64)
        if len(chunks) != counts["chunks"] or len(sentence_rows) != counts["sentences"]:
            raise IndexCorruptError(f"the Milvus collection {name} is incomplete; {REBUILD_HINT}")
        if len(sentence_rows) and (np.any(np.diff(sentence_rows) < 0) or sentence_rows[-1] >= len(chunks)):
            raise IndexCorruptError(f"the Milvus collection {name} has sentences out of order; {REBUILD_HINT}")
        kind = counts["vector_index"]
        settings = VectorIndexSettings(**manifest.settings["vectors"])
        ef = settings.ef_search or auto_ef_search(n)
        languages = np.array([c.language for c in chunks])
        analyzer = manifest.store.get("analyzer", "kb")
        return Searchable(
            chunks=chunks,
            vectors=ms.MilvusVectors(client, name, all_passages, n, 0, kind, ef),
            lexical={
                lang: ms.MilvusLexical(client, name, lang, np.flatnonzero(languages == lang).astype(np.int64), analyzer)
                for lang in counts["lexical_languages"]
            },
            sentence_vectors=ms.MilvusVectors(client, name, [ms.SENTENCES], len(sentence_rows), n, kind, ef),
            sentence_rows=sentence_rows,
        )
