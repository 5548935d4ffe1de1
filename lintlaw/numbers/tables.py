"""Tables: a row or column headed 合计/总计/小计 against the cells it totals (Word tables, and
tables pasted as text with their cells apart by |).

The reader gives a table as rows of cells with their offsets (lintlaw.readers);
each cell that holds one figure and nothing else (12, 1,234, 3.5万, 12件) is a
number, an empty cell or a dash (—, -, /) is nothing, anything else is text.  A
total row (its label in the first columns) is held, column by column, to the
rows above it back to the header or the last subtotal (or to the subtotals, where
the table has them); a total column (its label in the header row), row by row,
to the other figures of the row.  A column of rates (率, 比例, 占比, %) or changes
(同比, 增长, 增减) is not summed.  Sums are compared within the places written.
"""
from __future__ import annotations

import dataclasses
from typing import Dict, Iterator, List, Optional, Sequence

from .claims import Mismatch, Used
from .precision import EPS, written_interval
from .quantities import Quantity, QuantityModel
from .reading import written
from .sums import partition, sum_shown
from ..lazy_re import lazy

_TOTAL = lazy(r"^\s*(?:合\s*计|总\s*计|共\s*计|总\s*数|全年合计|全年总计)\s*$")
_SUBTOTAL = lazy(r"^\s*小\s*计\s*$")
_NOT_SUMMED = lazy(r"率|比例|比重|占比|%|％|同比|环比|增长|增减|增幅|降幅|平均|均值|人均|排名|名次|序号|编号|年份|年度|日期|时间")
_NOTHING = lazy(r"^\s*[—\-－/／—―]*\s*$")
_LABEL_COLUMNS = 2  # a total row's label stands in one of the first columns


class _Number:
    __slots__ = ("q", "low", "high")

    def __init__(self, q: Quantity):
        self.q = q
        low, high = written_interval(q)
        slack = EPS * max(1.0, abs(q.value))
        self.low, self.high = low - slack, high + slack


def _cell_value(text: str, cell, quantities: QuantityModel):
    """A cell's figure, None for an empty cell or a dash, or the string "text"."""
    content = text[cell.start:cell.end]
    if _NOTHING.match(content):
        return None
    found = quantities.between(cell.start, cell.end)
    if len(found) != 1:
        return "text"
    q = found[0]
    rest = (content[:q.start - cell.start] + content[q.end - cell.start:]).strip()
    if rest or not q.exact or q.in_range or q.kind not in ("count", "number"):
        return "text"
    return _Number(q)


class _Grid:
    """A table's cells by row and grid column, with their values."""

    def __init__(self, table, text: str, quantities: QuantityModel):
        self.text = text
        self.rows: List[Dict[int, object]] = []
        self.cells: List[Dict[int, object]] = []
        self.labels: List[Dict[int, str]] = []
        for row in table.rows:
            values: Dict[int, object] = {}
            cells: Dict[int, object] = {}
            labels: Dict[int, str] = {}
            for cell in row:
                if cell.merged or cell.span != 1:
                    values[cell.column] = "text"  # a merged cell belongs to no one column
                    labels[cell.column] = text[cell.start:cell.end]
                    continue
                values[cell.column] = _cell_value(text, cell, quantities)
                cells[cell.column] = cell
                labels[cell.column] = text[cell.start:cell.end]
            self.rows.append(values)
            self.cells.append(cells)
            self.labels.append(labels)
        self.width = max((max(r) + 1 for r in self.rows if r), default=0)
        self.header = self._header_rows()

    def _header_rows(self) -> int:
        """How many rows at the top hold no figure beyond the label columns."""
        count = 0
        for values in self.rows:
            if any(isinstance(v, _Number) for c, v in values.items() if c >= 1):
                break
            count += 1
        return count

    def column_title(self, column: int) -> str:
        return "".join(self.labels[r].get(column, "") for r in range(self.header))

    def row_label(self, row: int) -> str:
        return "".join(self.labels[row].get(c, "") for c in range(min(_LABEL_COLUMNS, self.width)))


def table_sums(text: str, tables: Sequence, quantities: QuantityModel) -> Iterator[Mismatch]:
    for table in tables:
        grid = _Grid(table, text, quantities)
        if len(grid.rows) < 3 or grid.width < 2:
            continue
        yield from _total_rows(grid)
        yield from _total_columns(grid)


def _total_rows(grid: _Grid) -> Iterator[Mismatch]:
    start = grid.header
    subtotals: List[int] = []
    for r in range(grid.header, len(grid.rows)):
        label = grid.row_label(r)
        if _SUBTOTAL.match(label) or _SUBTOTAL.match(grid.labels[r].get(0, "")):
            yield from _check_row(grid, r, list(range(start, r)), None)
            subtotals.append(r)
            start = r + 1
        elif _TOTAL.match(grid.labels[r].get(0, "")) or _TOTAL.match(label):
            rows = [i for i in range(grid.header, r) if i not in subtotals]
            yield from _check_row(grid, r, rows, subtotals or None)
            start, subtotals = r + 1, []


def _check_row(grid: _Grid, total_row: int, rows: List[int], subtotals: Optional[List[int]]) -> Iterator[Mismatch]:
    for column in range(1, grid.width):
        total = grid.rows[total_row].get(column)
        if not isinstance(total, _Number) or _NOT_SUMMED.search(grid.column_title(column)):
            continue
        parts = _column(grid, rows, column)
        if parts is None:
            continue
        if _agrees(parts, total):
            continue
        if subtotals:
            sub = _column(grid, subtotals, column)
            if sub is not None and _agrees(sub, total):
                continue  # the total of the subtotals
        cell = grid.cells[total_row][column]
        yield _mismatch(grid, cell, total, parts, f"{grid.row_label(total_row).strip() or '合计'}行")


def _column(grid: _Grid, rows: List[int], column: int) -> Optional[List[_Number]]:
    """The figures of a column over some rows, or None when one of them is text or too few are figures."""
    out = []
    for r in rows:
        value = grid.rows[r].get(column)
        if value == "text":
            return None
        if isinstance(value, _Number):
            out.append(value)
    return out if len(out) >= 2 else None


def _total_columns(grid: _Grid) -> Iterator[Mismatch]:
    if grid.header == 0:
        return
    totals = [c for c in range(1, grid.width) if _TOTAL.match(grid.column_title(c)) or _SUBTOTAL.match(grid.column_title(c))]
    if not totals:
        return
    summed = [c for c in range(1, grid.width) if c not in totals and not _NOT_SUMMED.search(grid.column_title(c))]
    for column in totals:
        # The columns a total column sums: those before it, back to the last total column.
        earlier = [c for c in totals if c < column]
        first = max(earlier) + 1 if earlier else 1
        parts_columns = [c for c in summed if first <= c < column]
        if len(parts_columns) < 2:
            continue
        for r in range(grid.header, len(grid.rows)):
            total = grid.rows[r].get(column)
            if not isinstance(total, _Number):
                continue
            values = [grid.rows[r].get(c) for c in parts_columns]
            if any(v == "text" for v in values):
                continue
            parts = [v for v in values if isinstance(v, _Number)]
            if len(parts) < 2 or _agrees(parts, total):
                continue
            cell = grid.cells[r][column]
            label = grid.row_label(r).strip()
            yield _mismatch(grid, cell, total, parts, f"“{label}”一行" if label else "该行")


def _agrees(parts: List[_Number], total: _Number) -> bool:
    low = sum(p.low for p in parts)
    high = sum(p.high for p in parts)
    return low <= total.high and high >= total.low


def _mismatch(grid: _Grid, cell, total: _Number, parts: List[_Number], where: str) -> Mismatch:
    return _table_mismatch(grid.text, cell.start, cell.end, total, parts, where)


def _table_mismatch(text: str, start: int, end: int, total: _Number, parts: List[_Number], where: str) -> Mismatch:
    shown = sum_shown([p.q for p in parts])
    return Mismatch(
        "table", start, end, text[start:end].strip(), shown,
        f"{' + '.join(written(p.q) for p in parts)} = {shown}",
        tuple(Used(p.q.start, p.q.end, "计入合计的数字", "a figure of the total") for p in parts),
        note_zh=where, note_en=where, name="合计",
    )


# -- tables flattened to text: one row a line, cells apart by | -------------------------------

# 合计(宗), 总计（万元）: a total column's title may carry its unit
_TOTAL_TITLE = lazy(r"^\s*(?:合\s*计|总\s*计|共\s*计|总\s*数|小\s*计)\s*(?:[（(][^（）()]{1,8}[）)])?\s*$")
_CELL_BAR = "|"
_MIN_CELLS = 3


def _line_cells(text: str, start: int, end: int) -> List[tuple]:
    """The cells of a line split at |, as (start, end) of their stripped text; empty cells at the
    end (a row written with a closing |) dropped."""
    cells, pos = [], start
    while pos <= end:
        bar = text.find(_CELL_BAR, pos, end)
        stop = end if bar < 0 else bar
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append((a, b))
        if bar < 0:
            break
        pos = bar + 1
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    if len(cells) > 1 and cells[0][0] == cells[0][1] and not text[start:cells[1][0]].strip(" \t|"):
        # (| 行政许可 | 1245 |: a row opened with a bar, as markdown writes it; the empty cell before it is none)
        cells.pop(0)
    return cells


class _Cell:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def text_table_sums(text: str, quantities: QuantityModel) -> Iterator[Mismatch]:
    """A table pasted as text, one row a line with its cells apart by | (as web pages and PDF
    text give it): a header row of labels with a 合计 column, then rows of figures, each row's
    figures before the total column (after the row's label) held to it; a row labelled 合计 held,
    column by column, to the rows of figures above it up to the header."""
    if _CELL_BAR not in text:
        return
    rows: List[tuple] = []  # (line start, cells) of consecutive lines with bars
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text.count(_CELL_BAR, pos, end) >= _MIN_CELLS - 1:
            rows.append((pos, _line_cells(text, pos, end)))
        else:
            if rows:
                yield from _text_table(text, rows, quantities)
            rows = []
        pos = end + 1
    if rows:
        yield from _text_table(text, rows, quantities)


def _text_table(text: str, rows: List[tuple], quantities: QuantityModel) -> Iterator[Mismatch]:
    values = [[_cell_value(text, _Cell(a, b), quantities) for a, b in cells] for _, cells in rows]
    yield from _folded_lists(text, rows, values)
    for h, (_, header) in enumerate(rows):
        # a header: labels only, one of them a total's title, and rows of the same width below
        if sum(v == "text" for v in values[h]) < _MIN_CELLS or any(isinstance(v, _Number) for v in values[h]):
            continue
        titles = [text[a:b] for a, b in header]
        if _folded(titles):
            continue  # (a list folded into columns: its total is every figure, read by _folded_lists)
        totals = [c for c, t in enumerate(titles) if _TOTAL_TITLE.match(t)]
        body = []
        for r in range(h + 1, len(rows)):
            if len(rows[r][1]) != len(header) or all(v == "text" for v in values[r]):
                break
            body.append(r)
        if not body:
            continue
        for column in totals:
            for r in body:
                yield from _row_total(text, rows[r][1], values[r], titles, column)
        yield from _column_totals(text, rows, values, titles, body)
        yield from _halves(text, rows, values, titles, body)


def _swapped(parts: List[_Number], total: _Number) -> Optional[tuple]:
    """The one figure of ``parts`` that, with two neighbouring digits swapped, makes them add up to the total exactly,
    and what it would read then; None when no figure or more than one does."""
    found = None
    whole = sum(p.q.value for p in parts)
    for p in parts:
        digits = p.q.number.replace(",", "")
        if not p.q.exact or not digits.isdigit() or len(digits) < 2:
            continue
        for i in range(len(digits) - 1):
            if digits[i] == digits[i + 1] or (i == 0 and digits[i + 1] == "0"):
                continue
            meant = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            if abs(whole - p.q.value + float(meant) * (p.q.value / float(digits)) - total.q.value) <= EPS * max(1.0, total.q.value):
                if found is not None:
                    return None
                found = (p, meant)
    return found


def _folded(titles: List[str]) -> bool:
    """Is a header a name and a figure's titles written again and again (省份 | 数量 | 省份 | 数量 | …)?"""
    return len(titles) >= 4 and len(titles) % 2 == 0 and titles[0] != titles[1] \
        and all(titles[k:k + 2] == titles[:2] for k in range(2, len(titles), 2))


def _digits(text: str, cell) -> object:
    """A figure column's cell of bare digits the number reader left out as a year (甘肃 | 1992): a count."""
    a, b = cell
    if not _BARE_DIGITS.fullmatch(text, a, b):
        return "text"
    return _Number(Quantity(a, b, b, b, b, float(text[a:b]), text[a:b], "", "number", 0, False, 1.0))


_BARE_DIGITS = lazy(r"\d{1,7}")


def _folded_lists(text: str, rows, values) -> Iterator[Mismatch]:
    """A list of names and figures folded into columns (省份 | 数量 | 省份 | 数量 | …, then 广东 | 31392 | 河北 | 7040 | …,
    the header written again further down) and a row 总计 | 183489 under it: the total is every figure of the list."""
    r = 0
    while r < len(rows):
        titles = [text[a:b] for a, b in rows[r][1]]
        if any(v != "text" for v in values[r]) or not _folded(titles) or _NOT_SUMMED.search(titles[1]):
            r += 1
            continue
        parts: List[_Number] = []
        total = None
        k = r + 1
        while k < len(rows):
            cells = rows[k][1]
            row = values[k]
            if [text[a:b] for a, b in cells] == titles:
                k += 1
                continue  # (the header written again)
            if row and row[0] == "text" and _TOTAL_TITLE.match(text[cells[0][0]:cells[0][1]]):
                if len(row) >= 2 and isinstance(row[1], _Number) and all(v is None for v in row[2:]):
                    total = (cells[1], row[1])
                break
            if len(row) > len(titles) or not row:
                break
            row = [_digits(text, cells[i]) if i % 2 and v == "text" else v for i, v in enumerate(row)]
            filled = [row[i:i + 2] for i in range(0, len(row), 2)]
            if not all(len(p) == 2 and p[0] == "text" and isinstance(p[1], _Number) or all(v is None for v in p) for p in filled):
                break
            parts.extend(p[1] for p in filled if isinstance(p[1], _Number))
            k += 1
        if total is not None and len(parts) >= 2 and not _agrees(parts, total[1]):
            (a, b), figure = total
            where = f"总计行（各栏“{titles[1]}”之和）"
            # (marked from the list's first figure to its total: any of them may be the wrong one)
            found = dataclasses.replace(_table_mismatch(text, a, b, figure, parts, where), start=parts[0].q.start)
            suspect = _swapped(parts, figure)
            if suspect is not None:
                # (one figure whose two neighbouring digits swapped make the difference exactly: the finding marks it,
                # the total a related place; else the total)
                cell, meant = suspect
                where = f"总计行（各栏“{titles[1]}”之和；差数恰是“{written(cell.q)}”两位相邻数字颠倒（{meant}）之差）"
                found = dataclasses.replace(found, start=cell.q.start, end=cell.q.end, note_zh=where, note_en=where,
                                            used=(Used(a, b, "总计", "the total"),) + found.used)
            yield found
        r = k + 1 if k > r + 1 else r + 1


def _row_total(text: str, cells, row: list, titles: List[str], column: int) -> Iterator[Mismatch]:
    """The figures of a row before its total column, after the row's label, against the total."""
    total = row[column]
    if not isinstance(total, _Number):
        return
    first = 1 if row and row[0] == "text" else 0
    earlier = [c for c in range(first, column) if _TOTAL_TITLE.match(titles[c])]
    first = max(earlier) + 1 if earlier else first
    if any(_NOT_SUMMED.search(titles[c]) for c in range(first, column)):
        return
    values = row[first:column]
    if any(v == "text" for v in values):
        return
    parts = [v for v in values if isinstance(v, _Number)]
    if len(parts) < 2 or _agrees(parts, total):
        return
    a, b = cells[column]
    label = text[cells[0][0]:cells[0][1]].strip() if first == 1 else ""
    yield _table_mismatch(text, a, b, total, parts, f"“{label}”一行" if label else "该行")


def _column_totals(text: str, rows, values, titles: List[str], body: List[int]) -> Iterator[Mismatch]:
    """A row labelled 合计 below rows of figures: each column of it against the rows above."""
    for k, r in enumerate(body):
        if values[r][0] != "text" or not _TOTAL_TITLE.match(text[rows[r][1][0][0]:rows[r][1][0][1]]):
            continue
        above = body[:k]
        if len(above) < 2 or any(values[i][0] != "text" for i in above) \
                or any(text[rows[i][1][0][0]:rows[i][1][0][1]].strip().startswith(("其中", "小计", "合计")) for i in above):
            return
        for column in range(1, len(titles)):
            total = values[r][column]
            if not isinstance(total, _Number) or _NOT_SUMMED.search(titles[column]):
                continue
            column_values = [values[i][column] for i in above]
            if any(v == "text" for v in column_values):
                continue
            parts = [v for v in column_values if isinstance(v, _Number)]
            if len(parts) < 2 or _agrees(parts, total):
                continue
            a, b = rows[r][1][column]
            yield _table_mismatch(text, a, b, total, parts, f"合计行“{titles[column]}”一栏")
        return


def _halves(text: str, rows, values, titles: List[str], body: List[int]) -> Iterator[Mismatch]:
    """The rows that split the sheet's first row by definition, two in a row (常住人口 | 3213.34,
    then 城 镇 | 2280.32 and 乡 村 | 939.02; 男性, 女性): each column of the pair against that row."""
    def label(r: int) -> str:
        a, b = rows[r][1][0]
        return "".join(text[a:b].split())

    if len(body) < 3 or values[body[0]][0] != "text" or partition([label(body[0]), label(body[1])]):
        return
    first = body[0]
    for r1, r2 in zip(body[1:], body[2:]):
        if values[r1][0] != "text" or values[r2][0] != "text" or not partition([label(r1), label(r2)]):
            continue
        for column in range(1, len(titles)):
            total = values[first][column]
            halves = [values[r1][column], values[r2][column]]
            if not isinstance(total, _Number) or not all(isinstance(v, _Number) for v in halves) \
                    or _NOT_SUMMED.search(titles[column]) or _agrees(halves, total):
                continue
            a, b = rows[first][1][column]
            yield _table_mismatch(text, a, b, total, halves, f"“{label(first)}”一行（即“{label(r1)}”“{label(r2)}”两行之和）")
