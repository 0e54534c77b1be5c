"""Yes/no questions settled by a comparison table's row: the cell in the column the question names."""

from __future__ import annotations

import pytest

from kb.qa.table_cells import cell_verdict, is_table_row

TABLE = (
    "The table sums it up:\n\n"
    "| Criterion | VSAT | LEO |\n|---|---|---|\n"
    "| Staff can mount the antenna | No | Yes |\n| Latency under 100 ms | ✗ | ✓ |\n| Price | high | low |"
)


@pytest.mark.parametrize(
    "label, question, verdict",
    [
        ("Staff can mount the antenna", "Can our staff mount a LEO antenna themselves?", "yes"),
        ("Staff can mount the antenna", "Can our staff mount a VSAT antenna themselves?", "no"),
        ("Latency under 100 ms", "Is the latency of LEO under 100 ms?", "yes"),
        # no column named, both named, or a cell that says neither: nothing settles it
        ("Staff can mount the antenna", "Can our staff mount the antenna?", ""),
        ("Staff can mount the antenna", "Can staff mount a LEO antenna more easily than a VSAT one?", ""),
        ("Price", "Is LEO expensive?", ""),
    ],
)
def test_the_cell_in_the_column_the_question_names_settles_it(label, question, verdict):
    start = TABLE.index(f"| {label}")
    end = TABLE.find("\n", start)
    end = len(TABLE) if end < 0 else end
    assert is_table_row(TABLE[start:end])
    assert cell_verdict(TABLE, start, end, question, "en") == verdict


def test_a_column_is_named_by_the_end_of_a_compound():
    table = "| Kriterium | Eigenes Team | Dienstleister |\n|---|---|---|\n| Spitzen abfangen | Nein | Ja |"
    start = table.index("| Spitzen")
    assert cell_verdict(table, start, len(table), "Fängt ein Datendienstleister Spitzen ab?", "de") == "yes"
    both = "Fängt ein Datendienstleister Spitzen besser ab als das eigene Team?"
    assert cell_verdict(table, start, len(table), both, "de") == ""


def test_a_sentence_outside_a_table_is_no_row():
    assert not is_table_row("The antenna can be mounted by staff.")
