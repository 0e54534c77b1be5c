"""Which drafts make the quiz: types interleaved by the seed, each fact once, true and false balanced."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence

from kb.quiz.material import Draft

MAX_RUN = 2  # never three questions of one type in a row, when the types allow it


def plan_types(types: Sequence[str], count: int, rng: random.Random) -> list[str]:
    """``count`` question types in an order drawn by the seed, each type as often as the others (±1)."""
    extra = set(rng.sample(list(types), count % len(types)))
    plan = [t for t in types for _ in range(count // len(types) + (t in extra))]
    rng.shuffle(plan)
    for i in range(MAX_RUN, len(plan)):
        if len(set(plan[i - MAX_RUN : i + 1])) == 1:
            swap = next((j for j in range(i + 1, len(plan)) if plan[j] != plan[i]), None)
            if swap is not None:
                plan[i], plan[swap] = plan[swap], plan[i]
    return plan


class Chooser:
    """Fills the planned slots; a slot whose type has nothing left takes the least-used type that has."""

    def __init__(
        self, drafts: dict[str, list[Draft]], count: int, rng: random.Random, used: frozenset[str] = frozenset()
    ):
        self.drafts = drafts
        self.count = count
        self.rng = rng
        self.used: set[str] = set(used)  # units already asked
        self.stems: set[str] = set()
        self.asked: Counter[str] = Counter()
        self.truths: Counter[bool] = Counter()
        self.chosen: list[Draft] = []
        # how much the other types need a unit: a type with few drafts needs each of its units more
        self.demand: dict[tuple[str, str], float] = defaultdict(float)
        for kind, ds in drafts.items():
            for d in ds:
                for unit in d.units:
                    for other in drafts:
                        if other != kind:
                            self.demand[(other, unit)] += 1 / len(ds)

    def fill(self, plan: list[str]) -> list[Draft]:
        for slot in plan:
            kinds = Counter(d.type for d in self.chosen)
            run = self._makes_run
            others = sorted((k for k in self.drafts if k != slot), key=lambda k: (run(k), kinds[k], self.rng.random()))
            # first without tipping the true/false balance; then whatever fits
            for strict in (True, False):
                order = sorted([slot, *others], key=run)  # stable: the planned type first, unless it makes a run
                draft = next((d for k in order if (d := self.pick(k, strict)) is not None), None)
                if draft is not None:
                    self.take(draft)
                    break
        return self.chosen

    def pick(self, kind: str, strict: bool = False) -> Draft | None:
        fresh = [d for d in self.drafts.get(kind, []) if self._fits(d)]
        if kind == "tf" and fresh:
            wanted = self._wanted_truth()
            balanced = [d for d in fresh if d.truth == wanted]
            fresh = balanced if balanced or (strict and self.truths[True] != self.truths[False]) else fresh
        if not fresh:
            return None
        # spread the questions over concepts (or terms) and leave scarce types their units;
        # the seed's order breaks ties
        return min(fresh, key=lambda d: self._spread(d) + sum(self.demand.get((kind, u), 0.0) for u in d.units))

    def _makes_run(self, kind: str) -> bool:
        last = [d.type for d in self.chosen[-MAX_RUN:]]
        return len(last) == MAX_RUN and set(last) == {kind}

    def _spread(self, draft: Draft) -> float:
        return sum(self.asked[k] for k in _keys(draft)) / len(_keys(draft))

    def take(self, draft: Draft) -> None:
        self.chosen.append(draft)
        self.used |= draft.units
        self.stems.add(draft.stem)
        self.asked.update(_keys(draft))
        if draft.truth is not None:
            self.truths[draft.truth] += 1

    def _wanted_truth(self) -> bool:
        if self.truths[True] == self.truths[False]:
            return self.rng.random() < 0.5
        return self.truths[True] < self.truths[False]

    def _fits(self, draft: Draft) -> bool:
        if not draft.units.isdisjoint(self.used) or draft.stem in self.stems:
            return False
        if len(draft.units) == 1:
            return True
        # a question resting on several facts (matching) must leave enough for the questions still to come
        still_needed = self.count - len(self.chosen) - 1
        return len(self._supply()) - len(draft.units) >= still_needed

    def _supply(self) -> set[str]:
        return {u for ds in self.drafts.values() for d in ds for u in d.units if u not in self.used}


def _keys(draft: Draft) -> tuple[str, ...]:
    return draft.concepts or (draft.subject,)
