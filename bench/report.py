"""Result tables and their Markdown rendering (BENCHMARKS.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from harness import Loaded, Outcome, Speed, Tool

NONE = "\u2013"  # en dash: no value
TIMES = "\u00d7"


@dataclass
class Cell:
    """One tool x dataset result: a formatted score plus what went wrong on the way."""

    text: str
    errors: int = 0
    unsupported: int = 0
    reason: str | None = None
    value: float | None = None  # comparable score, for the "best peer" row
    style: str = "f1"

    @classmethod
    def of(cls, value: float, outcome: Outcome, style: str) -> Cell:
        cell = cls.scored(format_score(value, style), outcome)
        cell.value, cell.style = value, style
        return cell

    @classmethod
    def scored(cls, text: str, outcome: Outcome) -> Cell:
        return cls(text, outcome.errors, outcome.unsupported, outcome.first_error)

    def render(self, documents: int | None = None) -> str:
        if self.unsupported and documents is not None and self.unsupported >= documents:
            return f"n/a ({self.reason})"
        text = self.text
        if self.errors:
            text += f" ({self.errors} failed: {_short(self.reason)})"
        if self.unsupported:
            text += f" ({self.unsupported} n/a)"
        return text.replace("|", "\\|")


REASON_CHARS = 60


def _short(reason: str | None) -> str:
    reason = reason or "?"
    return reason if len(reason) <= REASON_CHARS else reason[: REASON_CHARS - 1] + "\u2026"


def format_speed(mb_per_s: float) -> str:
    """About three significant digits, never in exponent notation."""
    for floor, digits in ((100, 0), (10, 1), (1, 2)):
        if mb_per_s >= floor:
            return f"{mb_per_s:.{digits}f}"
    return f"{mb_per_s:.3g}" if mb_per_s >= 0.001 else f"{mb_per_s:.2g}"


def format_score(value: float, style: str) -> str:
    return f"{100 * value:.1f} %" if style == "%" else f"{value:.3f}"


@dataclass
class Row:
    tool: Tool
    error: str | None
    cells: dict[str, Cell] = field(default_factory=dict)
    speeds: dict[str, Speed] = field(default_factory=dict)  # by speed corpus name
    speed_error: str | None = None

    def __setitem__(self, column: str, cell: Cell) -> None:
        self.cells[column] = cell


@dataclass
class TaskTable:
    task: str
    columns: list[str]
    notes: list[str]
    rows: list[Row] = field(default_factory=list)
    loaded: list[Loaded] = field(default_factory=list)
    documents: dict[str, int] = field(default_factory=dict)
    speed_corpora: list[str] = field(default_factory=list)

    def row(self, tool: Tool, loaded: Loaded) -> Row:
        made = Row(tool, loaded.error)
        self.rows.append(made)
        return made

    def fastest_peer(self, corpus: str) -> Row | None:
        def mb_per_s(row: Row) -> float:
            speed = row.speeds.get(corpus)
            return speed.mb_per_s if speed else 0.0

        timed = [r for r in self.rows if r.tool.kind == "peer" and mb_per_s(r)]
        return max(timed, key=mb_per_s, default=None)


def _speed_cells(row: Row, corpus: str, fastest: Row | None) -> tuple[str, str]:
    speed = row.speeds.get(corpus)
    if speed is None:
        return (row.speed_error or NONE, NONE)
    mark = "†" if speed.partial_mb is not None else ""
    shown = f"{format_speed(speed.mb_per_s)}{mark}"
    fastest_speed = fastest.speeds.get(corpus) if fastest is not None else None
    if fastest_speed is None or row.tool.kind == "baseline":
        return shown, NONE
    ratio = speed.mb_per_s / fastest_speed.mb_per_s
    return shown, f"{ratio:.2f}{TIMES}" if ratio >= 0.1 else f"{ratio:.3f}{TIMES}"


def _best_peer_cells(table: TaskTable) -> list[str]:
    """Per column, the best score among the peers and who has it."""
    best = []
    for column in table.columns:
        scored = [
            (cell.value, cell.style, row.tool.name)
            for row in table.rows
            if row.tool.kind == "peer"
            and (cell := row.cells.get(column)) is not None
            and cell.value is not None
            and not (cell.unsupported and cell.unsupported >= table.documents.get(column, 1))
        ]
        if not scored:
            best.append(NONE)
            continue
        value, style, name = max(scored, key=lambda s: s[0])
        best.append(f"{format_score(value, style)} ({name})")
    return best


def render_table(table: TaskTable) -> str:
    fastest = {corpus: table.fastest_peer(corpus) for corpus in table.speed_corpora}
    speed_header = [
        header
        for corpus in table.speed_corpora
        for header in (f"MB/s {corpus}", f"{TIMES} fastest peer ({corpus})")
    ]
    header = ["tool", *table.columns, *speed_header]
    lines = [
        f"## {table.task}",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    partial = []
    for row in table.rows:
        if row.error is not None:
            cells = [f"not available: {row.error}".replace("|", "\\|")]
            cells += [NONE] * (len(header) - 2)
        else:
            cells = [
                row.cells[c].render(table.documents.get(c)) if c in row.cells else NONE
                for c in table.columns
            ]
            for corpus in table.speed_corpora:
                cells += _speed_cells(row, corpus, fastest[corpus])
                speed = row.speeds.get(corpus)
                if speed and speed.partial_mb is not None:
                    partial.append(
                        f"{row.tool.name} on the first {speed.partial_mb:.2f} MB of {corpus}"
                    )
        name = f"**{row.tool.name}**" if row.tool.kind == "depeche" else row.tool.name
        if row.tool.kind == "baseline":
            name += " (baseline)"
        lines.append("| " + " | ".join([name, *cells]) + " |")
    best = _best_peer_cells(table)
    if any(cell != NONE for cell in best):
        speed_blanks = [NONE] * len(speed_header)
        lines.append("| " + " | ".join(["*best peer*", *best, *speed_blanks]) + " |")
    paragraphs = [
        f"Fastest peer on {corpus}: {row.tool.name}."
        for corpus, row in fastest.items()
        if row is not None
    ]
    if partial:
        paragraphs.append(
            "† One pass only, stopped by the time budget: " + "; ".join(partial) + "."
        )
    paragraphs += [f"{r.tool.name}: {r.tool.note}" for r in table.rows if r.tool.note]
    paragraphs += table.notes
    return "\n".join(lines) + "\n\n" + "".join(p + "\n\n" for p in paragraphs)
