"""Sentence alignment of a translation with its original, with the bundled multilingual embeddings.

As in Vecalign (Thompson & Koehn, 2019): a monotonic dynamic programme over the two
sentence sequences allowing 1-1, 1-2 and 2-1 links (a merged side is embedded as one
text) and 1-0 / 0-1 for a sentence left unlinked. A link costs ``1 - cos`` divided by
how far each side is, on average, from sentences of the other text that it does not
translate (sampled evenly): the e5 model puts most sentence pairs of one topic at cos
0.8 or more, so raw similarity alone cannot tell a translation from a neighbour.
The programme runs in a band around the diagonal, one numpy row at a time; the in-row
0-1 move is a running minimum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLES = 24  # sentences of the other text each side's normalising distance is measured against


@dataclass(frozen=True)
class AlignSettings:
    skip_cost: float = 1.0  # an unlinked sentence; a link costs about 0.3-0.6 for a translation, 1+ for none
    band: int = 40  # columns either side of the diagonal (widened by the length difference)
    poor_share: float = 0.1  # a translation with more unlinked sentences than this share is reported


@dataclass(frozen=True)
class Link:
    original: tuple[int, ...]  # sentence numbers (0-based, within the original), empty when unlinked
    translation: tuple[int, ...]  # sentence numbers within the translation, empty when unlinked
    similarity: float  # cosine of the two sides' vectors (0 for an unlinked sentence)
    cost: float = 0.0  # the link's normalised cost: about 1 for sentences that do not translate each other


def align(
    original: np.ndarray,
    translation: np.ndarray,
    original_pairs: np.ndarray,
    translation_pairs: np.ndarray,
    settings: AlignSettings = AlignSettings(),
) -> list[Link]:
    """Links between two texts' sentences, in order.

    ``original`` and ``translation`` hold one unit vector per sentence; ``*_pairs``
    the vectors of each sentence joined with the next (one fewer rows).
    """
    n, m = len(original), len(translation)
    if n == 0 or m == 0:
        return [Link((i,), (), 0.0) for i in range(n)] + [Link((), (j,), 0.0) for j in range(m)]
    scale_o = _spread(original, translation)
    scale_t = _spread(translation, original)
    scale_op = _spread(original_pairs, translation) if len(original_pairs) else np.ones(0)
    scale_tp = _spread(translation_pairs, original) if len(translation_pairs) else np.ones(0)
    width = settings.band + abs(n - m)
    lows = np.array([max(0, round(i * m / n) - width) for i in range(n + 1)])
    span = min(m + 1, 2 * width + 1)
    lows = np.minimum(lows, m + 1 - span)
    cost = np.full((n + 1, span), np.inf)
    move = np.zeros((n + 1, span), dtype=np.int8)
    for i in range(n + 1):
        cols = lows[i] + np.arange(span)
        best = np.full(span, np.inf)
        how = np.zeros(span, dtype=np.int8)
        if i == 0:
            best[cols == 0] = 0.0
        for code, di, dj in _MOVES:
            if i < di:
                continue
            prev = _take(cost[i - di], lows[i - di], cols - dj)
            step = _step_cost(code, i, cols, original, translation, original_pairs, translation_pairs,
                              (scale_o, scale_t, scale_op, scale_tp), settings)  # fmt: skip
            total = prev + step
            better = total < best
            best[better], how[better] = total[better], code
        # 0-1 (a translation sentence left unlinked) comes from the left in the same row.
        run = best.copy()
        for c in range(1, span):
            if run[c - 1] + settings.skip_cost < run[c]:
                run[c] = run[c - 1] + settings.skip_cost
                how[c] = _SKIP_T
        cost[i], move[i] = run, how
    return _trace(move, cost, lows, n, m, original, translation, original_pairs, translation_pairs)


# move codes: (sentences of the original, sentences of the translation) taken by the link
_ONE_ONE, _TWO_ONE, _ONE_TWO, _SKIP_O, _SKIP_T = 1, 2, 3, 4, 5
_MOVES = ((_ONE_ONE, 1, 1), (_TWO_ONE, 2, 1), (_ONE_TWO, 1, 2), (_SKIP_O, 1, 0))
_SIZES = {_ONE_ONE: (1, 1), _TWO_ONE: (2, 1), _ONE_TWO: (1, 2), _SKIP_O: (1, 0), _SKIP_T: (0, 1)}


def _spread(vectors: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Each vector's mean distance (1 - cos) from an even sample of the other text's sentences."""
    picks = np.unique(np.linspace(0, len(other) - 1, min(SAMPLES, len(other))).round().astype(int))
    distance = 1.0 - vectors @ other[picks].T
    return np.maximum(distance.mean(axis=1), 1e-3)


def _take(row: np.ndarray, low: int, cols: np.ndarray) -> np.ndarray:
    """Values of a banded row at absolute columns ``cols`` (inf outside the band)."""
    at = cols - low
    ok = (at >= 0) & (at < len(row))
    out = np.full(len(cols), np.inf)
    out[ok] = row[at[ok]]
    return out


def _step_cost(
    code: int,
    i: int,
    cols: np.ndarray,
    o: np.ndarray,
    t: np.ndarray,
    op: np.ndarray,
    tp: np.ndarray,
    scales: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    settings: AlignSettings,
) -> np.ndarray:
    """Cost of the link ``code`` ending at row ``i`` and each column in ``cols``."""
    scale_o, scale_t, scale_op, scale_tp = scales
    if code == _SKIP_O:
        return np.full(len(cols), settings.skip_cost)
    out = np.full(len(cols), np.inf)
    if code == _ONE_ONE:
        ok = (cols >= 1) & (cols <= len(t))
        x, xs, ys, y_scale = o[i - 1], scale_o[i - 1], t[cols[ok] - 1], scale_t[cols[ok] - 1]
    elif code == _TWO_ONE:
        ok = (cols >= 1) & (cols <= len(t))
        x, xs, ys, y_scale = op[i - 2], scale_op[i - 2], t[cols[ok] - 1], scale_t[cols[ok] - 1]
    else:
        ok = (cols >= 2) & (cols <= len(t))
        x, xs, ys, y_scale = o[i - 1], scale_o[i - 1], tp[cols[ok] - 2], scale_tp[cols[ok] - 2]
    # As in Vecalign, a link's cost grows with the sentences it joins: two 1-1 links beat a 2-1 and a
    # 1-2 link over the same sentences unless the merged texts really are the better match.
    joined = 1 if code == _ONE_ONE else 2
    out[ok] = joined * (1.0 - ys @ x) / ((xs + y_scale) / 2)
    return out


def _trace(
    move: np.ndarray,
    cost: np.ndarray,
    lows: np.ndarray,
    n: int,
    m: int,
    o: np.ndarray,
    t: np.ndarray,
    op: np.ndarray,
    tp: np.ndarray,
) -> list[Link]:
    links: list[Link] = []
    i, j = n, m
    while i > 0 or j > 0:
        code = int(move[i, j - lows[i]])
        take_o, take_t = _SIZES[code]
        orig = tuple(range(i - take_o, i))
        trans = tuple(range(j - take_t, j))
        step = cost[i, j - lows[i]] - cost[i - take_o, j - take_t - lows[i - take_o]]
        per_sentence = step / max(1, take_o * take_t)
        links.append(Link(orig, trans, _similarity(orig, trans, o, t, op, tp), round(float(per_sentence), 4)))
        i, j = i - take_o, j - take_t
    links.reverse()
    return links


def _similarity(
    orig: tuple[int, ...], trans: tuple[int, ...], o: np.ndarray, t: np.ndarray, op: np.ndarray, tp: np.ndarray
) -> float:
    if not orig or not trans:
        return 0.0
    x = o[orig[0]] if len(orig) == 1 else op[orig[0]]
    y = t[trans[0]] if len(trans) == 1 else tp[trans[0]]
    return round(float(x @ y), 4)


def unlinked_share(links: list[Link], side: str = "translation") -> float:
    """Share of one side's sentences that no link ties to the other side."""
    total = sum(len(getattr(link, side)) for link in links)
    alone = sum(len(getattr(link, side)) for link in links if not link.original or not link.translation)
    return alone / total if total else 0.0
