"""A small table type for evaluation and benchmark output, printed as Markdown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    notes: tuple[str, ...] = field(default=())
    #: targets checked by this table: (description, met?) pairs, printed under it
    checks: tuple[tuple[str, bool], ...] = field(default=())
    #: speed targets, printed and counted by ``make eval`` like ``checks``; ``make test`` does
    #: not assert them, since a clock on a shared CI machine is no evidence (speed is shown by
    #: figures, not by timed tests)
    timed_checks: tuple[tuple[str, bool], ...] = field(default=())

    def to_markdown(self) -> str:
        """Render as a Markdown table.

        >>> print(Table("T", ("a", "b"), ((1, 0.5),)).to_markdown())
        ### T
        <BLANKLINE>
        | a | b |
        |---|---|
        | 1 | 0.500 |
        """
        lines = [f"### {self.title}", "", "| " + " | ".join(self.columns) + " |",
                 "|" + "|".join("---" for _ in self.columns) + "|"]
        for row in self.rows:
            lines.append("| " + " | ".join(_fmt(v) for v in row) + " |")
        for note in self.notes:
            lines.append("")
            lines.append(note)
        if self.checks or self.timed_checks:
            lines.append("")
            for desc, ok in self.checks:
                lines.append(f"- [{'x' if ok else ' '}] {desc}")
            for desc, ok in self.timed_checks:
                lines.append(f"- [{'x' if ok else ' '}] {desc} (timed: measured here, "
                             "not asserted by make test)")
        return "\n".join(lines)

    @property
    def all_checks(self) -> tuple[tuple[str, bool], ...]:
        """Every target of the table, the timed ones included."""
        return self.checks + self.timed_checks

    @property
    def all_met(self) -> bool:
        return all(ok for _, ok in self.all_checks)


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    if v is None:
        return "–"
    return str(v).replace("|", "\\|").replace("\n", " ")
