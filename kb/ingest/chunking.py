"""Cut documents into passages sized for retrieval.

Markdown is parsed with markdown-it-py into blocks (paragraphs, list items,
headings...) under the nearest heading. Passages never cross a heading: short
blocks of one section are packed together up to ``max_chars``; a block longer
than that is cut between sentences.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from kb.ingest.debris import is_debris, is_navigation_link
from kb.ingest.documents import Document
from kb.ingest.footnotes import attach_notes, split_notes
from kb.ingest.markup import html_block_text, inline_html_text, plain_spaces
from kb.text import clip_label, sentence_spans, sha256_hex


@dataclass(frozen=True)
class ChunkSettings:
    max_chars: int = 1200
    min_chars: int = 250
    drop_debris: bool = True  # cookie notices, bylines, share/read-also links (kb/ingest/debris.py)

    def __post_init__(self) -> None:
        if not 0 <= self.min_chars < self.max_chars:
            raise ValueError("chunk settings need 0 <= min_chars < max_chars")


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    doc_title: str
    section: str
    section_path: list[str]
    position: int
    language: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def embed_text(self) -> str:
        """What the embedder sees: the heading path gives short passages their topic."""
        return f"{' > '.join(self.section_path)}: {labelled_rows(self.text)}"

    def sentence_embed_text(self, start: int, end: int) -> str:
        """What the embedder sees of one sentence for search: the heading path, then the sentence.

        A sentence alone often lacks its subject ("Nach Bauende holt Westfeld die Technik ab"
        names neither the product nor the data); the path supplies it, as it does for passages.
        Over the 2,526 questions of sets 1-17 and the older sets, answers holding what was asked rose
        1,563 -> 1,620 (docs/answering.md, sixteenth round).
        """
        return f"{' > '.join(self.section_path)}: {self.sentence_alone(start, end)}"

    def sentence_alone(self, start: int, end: int) -> str:
        """One sentence as written; a table row names its columns (see ``labelled_rows``)."""
        sentence = self.text[start:end]
        if start != self.text.rfind("\n", 0, start) + 1 or _row_cells(sentence) is None:
            return sentence
        return labelled_rows(self.text[:end]).rsplit("\n", 1)[-1]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        data = dict(data)
        data["sentences"] = [tuple(s) for s in data.get("sentences", [])]
        return cls(**data)


@dataclass
class _Block:
    section_path: list[str]
    text: str


def chunk_document(doc: Document, settings: ChunkSettings = ChunkSettings()) -> list[Chunk]:
    blocks = _markdown_blocks(doc) if doc.format == "markdown" else _text_blocks(doc)
    if settings.drop_debris:
        blocks = [b for b in blocks if not is_debris(b.text)]
    chunks: list[Chunk] = []
    for path, text in _pack(blocks, settings, doc.language):
        position = len(chunks)
        section = path[-1]
        chunk_id = sha256_hex("\x1f".join([doc.doc_id, section, str(position), text]))[:16]
        chunks.append(
            Chunk(
                chunk_id=chunk_id,
                doc_id=doc.doc_id,
                doc_title=doc.title,
                section=section,
                section_path=path,
                position=position,
                language=doc.language,
                text=text,
                sentences=sentence_spans(text, doc.language),
            )
        )
    return chunks


def _text_blocks(doc: Document) -> list[_Block]:
    paragraphs = [p.strip() for p in doc.body.split("\n\n")]
    return [_Block([doc.title], " ".join(p.split())) for p in paragraphs if p]


def _markdown_blocks(doc: Document) -> list[_Block]:
    from markdown_it import MarkdownIt

    body, notes = split_notes(doc.body)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    headings: list[tuple[int, str]] = []  # (level, title) of the open sections
    blocks: list[_Block] = []
    list_markers: list[str] = []
    ordinal: list[int] = []
    table = _Table()
    for i, tok in enumerate(tokens):
        if tok.type.startswith(("thead_", "tr_", "th_", "td_")) or tokens[i - 1].type in ("th_open", "td_open"):
            row = table.read(tok)
            if row:
                blocks.append(_Block(_section_path(doc, headings), row))
        elif tok.type == "heading_open":
            level = int(tok.tag[1])
            title = clip_label(_inline_text(tokens[i + 1]))
            headings = [h for h in headings if h[0] < level] + [(level, title)]
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            list_markers.append("-" if tok.type == "bullet_list_open" else ".")
            ordinal.append(int(tok.attrs.get("start", 1) or 1) if tok.type == "ordered_list_open" else 0)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_markers.pop()
            ordinal.pop()
        elif tok.type == "inline" and tokens[i - 1].type == "paragraph_open":
            text = _inline_text(tok)
            if list_markers and is_navigation_link(tok):
                continue  # a table of contents or a "related articles" box: links, not the article
            if list_markers and tokens[i - 2].type == "list_item_open":
                text = _list_prefix(list_markers, ordinal) + text
            blocks.append(_Block(_section_path(doc, headings), text))
        elif tok.type in ("fence", "code_block") and tok.content.strip():
            blocks.append(_Block(_section_path(doc, headings), tok.content.strip()))
        elif tok.type == "html_block" and html_block_text(tok.content):
            blocks.append(_Block(_section_path(doc, headings), html_block_text(tok.content)))
    return attach_notes(blocks, notes, lambda b: b.text, lambda b, text: _Block(b.section_path, text))


class _Table:
    """Reads a pipe table row by row: each row, the header too, becomes a line of its own.

    A row keeps its cells as the document writes them ("| Tier 1 | < 4 h | ERP |"), so a quote or
    a citation shows the source's own words; each row is a sentence and a list item (for list
    questions), and an answer that quotes a row brings the table's header along
    (kb/qa/structure.py).
    """

    def __init__(self) -> None:
        self.cells: list[str] = []

    def read(self, tok: Any) -> str | None:
        """Takes the next table token; returns a row's text when the row closes."""
        if tok.type == "tr_open":
            self.cells = []
        elif tok.type == "inline":
            self.cells.append(_inline_text(tok))
        elif tok.type == "tr_close" and any(self.cells):
            return "| " + " | ".join(self.cells) + " |"
        return None


def _list_prefix(markers: list[str], ordinal: list[int]) -> str:
    if markers[-1] == "-":
        return "- "
    ordinal[-1] += 1
    return f"{ordinal[-1] - 1}. "


def _section_path(doc: Document, headings: list[tuple[int, str]]) -> list[str]:
    titles = [t for _, t in headings]
    if not titles or titles[0] != doc.title:
        titles = [doc.title] + titles
    return titles


def _inline_text(tok: Any) -> str:
    parts: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(plain_spaces(child.content))
        elif child.type == "html_inline":
            parts.append(inline_html_text(child.content))
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            # the alt text is a sentence of its own, not the start of the caption below it
            alt = _inline_text(child)
            parts.append(alt + ("." if alt and alt[-1] not in ".!?:" else ""))
    return "".join(parts).strip()


def _pack(blocks: list[_Block], settings: ChunkSettings, language: str) -> list[tuple[list[str], str]]:
    """Group consecutive blocks of one section into passages of bounded size."""
    passages: list[tuple[list[str], str]] = []
    current: list[str] = []
    current_path: list[str] = []
    for block in blocks:
        for piece in _split_long(block.text, settings.max_chars, language):
            sep = "\n" if _is_list_line(piece) and current and _is_list_line(current[-1]) else "\n\n"
            joined_len = sum(len(c) for c in current) + len(sep) + len(piece)
            same_section = block.section_path == current_path
            fits = joined_len <= settings.max_chars
            small = sum(len(c) for c in current) < settings.min_chars or len(piece) < settings.min_chars
            if current and same_section and fits and (small or sep == "\n"):
                current.append(sep + piece)
            else:
                if current:
                    passages.append((current_path, "".join(current)))
                current, current_path = [piece], block.section_path
    if current:
        passages.append((current_path, "".join(current)))
    return passages


def labelled_rows(text: str) -> str:
    """``text`` with each table row below a header written as "Head: cell; Head: cell".

    Passages keep a table's rows as the document writes them; the embedder gets each row with
    its column names, so "Was wird geschuldet?: ein konkreter Erfolg" matches a question about
    what is owed, which "| Werkvertrag | ein konkreter Erfolg |" alone does not.
    """
    lines: list[str] = []
    header: list[str] | None = None
    for line in text.split("\n"):
        cells = _row_cells(line)
        if cells is None or header is None:
            header = cells
            lines.append(line)
        else:
            heads = header + [""] * len(cells)  # a row may have more cells than the header
            lines.append("; ".join(f"{h}: {c}" if h else c for h, c in zip(heads, cells, strict=False) if c))
    return "\n".join(lines)


def _row_cells(line: str) -> list[str] | None:
    """The cells of a table row as passages hold it ("| a | b |"); None for any other line."""
    if not (line.startswith("| ") and line.endswith("|")):
        return None
    return [cell.strip() for cell in line[1:-1].split(" | ")]


# A list item as passages hold it: "- item", "1. item" or a table row "| cell | cell |" at the start of a line.
LIST_ITEM = re.compile(r"^(- |\* |\d{1,2}[.)] |\| )")


def holds_list(text: str) -> bool:
    """Whether a passage holds a list (two items or more)."""
    return sum(bool(LIST_ITEM.match(line)) for line in text.split("\n")) >= 2


def _is_list_line(text: str) -> bool:
    last = text.lstrip("\n").split("\n")[-1]
    return last.startswith(("- ", "| ")) or (last[:1].isdigit() and ". " in last[:5])


def _split_long(text: str, max_chars: int, language: str) -> list[str]:
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    start = 0
    for s, e in sentence_spans(text, language):
        if e - start > max_chars and s > start:
            pieces.append(text[start:s].strip())
            start = s
    pieces.append(text[start:].strip())
    return [part for p in pieces if p for part in _wrap(p, max_chars)]


def _wrap(text: str, max_chars: int) -> list[str]:
    """A piece that is still too long (one sentence without a full stop) cut at spaces, else anywhere.

    Keeps every passage within ``max_chars``: a 500 KB line would otherwise be one passage that
    every answer citing it carries whole.
    """
    parts: list[str] = []
    while len(text) > max_chars:
        cut = text.rfind(" ", max_chars // 2, max_chars + 1)
        cut = cut if cut > 0 else max_chars
        parts.append(text[:cut].strip())
        text = text[cut:].strip()
    return [p for p in parts + [text] if p]
