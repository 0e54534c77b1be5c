"""The ``kb`` group, its shared options and helpers; commands live beside it by topic.

Errors are one line on stderr and a non-zero exit code; set KB_DEBUG=1 to see
the traceback of an unexpected failure.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kb import config
from kb.errors import KBError, describe_os_error

if TYPE_CHECKING:
    from kb.index.embedders import Embedder
    from kb.index.reader import LoadedIndex


class KBGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KBError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise click.ClickException("interrupted") from None
        except BrokenPipeError:
            # The reader went away (``kb ask ... | head -1``): it has what it wanted, so end quietly.
            silence_stdout()
            raise click.exceptions.Exit(0) from None
        except OSError as exc:  # a full disk, a read-only folder, a file gone: the file and the cause in words
            raise click.ClickException(describe_os_error(exc)) from None
        except Exception as exc:
            if os.environ.get("KB_DEBUG"):
                raise
            raise click.ClickException(
                f"unexpected failure ({type(exc).__name__}: {exc}); set KB_DEBUG=1 to see details"
            ) from None


def silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail on the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real stdout (tests): nothing to silence
        pass


def emit_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


corpus_option = click.option(
    "--corpus",
    "corpus",
    type=click.Path(path_type=Path),
    default=None,
    help="Corpus folder [env KB_CORPUS_DIR; default ./corpus]",
)
_index_folder_option = click.option(
    "--index",
    "index",
    type=click.Path(path_type=Path),
    default=None,
    help="Index folder [env KB_INDEX_DIR; default ./index]",
)


def _remember_store(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.meta["kb.store"] = value


_store_option = click.option(
    "--store",
    default=None,
    expose_value=False,
    callback=_remember_store,
    help="'local', 'milvus:PATH.db', 'milvus://HOST:PORT' or 'https://...' [env KB_STORE; default local]",
)


def index_option(command):
    """``--index`` and ``--store``: where the index is; commands read the store with ``chosen_store()``."""
    return _store_option(_index_folder_option(command))


def chosen_store() -> str:
    """The store of this command: ``--store``, else ``KB_STORE``, else the local files."""
    ctx = click.get_current_context(silent=True)
    return config.store_spec(ctx.meta.get("kb.store") if ctx is not None else None)


model_option = click.option(
    "--model", "model", default=None, help="'e5' (bundled) or 'st:PATH_OR_NAME' [env KB_MODEL; default e5]"
)


@click.group(cls=KBGroup)
@click.version_option(package_name="kb", prog_name="kb")
def cli() -> None:
    """kb: a multilingual knowledge base on IT sourcing."""


def cell(value) -> str:
    return "-" if value is None else str(value)


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def preview(text: str, width: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def load(
    index: Path | None, model: str | None, extra_documents: Path | None = None, corpus: Path | None = None
) -> tuple[Embedder, LoadedIndex]:
    """Embedder and index, loaded once per process; with ``extra_documents``, a scratch index of
    the corpus plus those documents (for evaluation on documents kb does not ship)."""
    from kb.index.embedders import load_embedder
    from kb.index.reader import load_index
    from kb.index.scratch import build_with_extra_documents
    from kb.index.store import scratch_spec

    embedder = load_embedder(config.model_spec(model))
    index_root, store = config.index_dir(index), chosen_store()
    if extra_documents is not None:
        index_root, _ = build_with_extra_documents(
            config.corpus_dir(corpus), extra_documents, index_root, embedder, store=store
        )
        store = scratch_spec(store)
    return embedder, load_index(index_root, embedder.model_id, store=store)
