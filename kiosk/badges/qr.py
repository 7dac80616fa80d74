"""QR symbols: the module matrix for a code, and its dark modules as rectangles for one path.

`qrcode` picks the mask by building the symbol eight times in pure Python (~4 ms a code, most of a
badge's time). Here the symbol is built once with mask 0 and the other seven masks are derived with
numpy (flip the data modules, rewrite the format bits), scored with the standard penalty rules and the
best one kept: the same symbols, about five times faster.
"""

from __future__ import annotations

import functools

import numpy as np
import qrcode
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M

QUIET_ZONE = 2  # modules of white kept around the symbol inside its box; the layout adds more space
Matrix = tuple[tuple[bool, ...], ...]
# 1:1:3:1:1 finder-like patterns with four light modules on one side, as 11-bit numbers
_FINDER_LIKE = (0b10111010000, 0b00001011101)


def error_correction(code: str) -> int:
    """Level H up to 32 characters, M up to 128, L beyond."""
    if len(code) <= 32:
        return ERROR_CORRECT_H
    if len(code) <= 128:
        return ERROR_CORRECT_M
    return ERROR_CORRECT_L


def _mask(pattern: int, n: int) -> np.ndarray:
    """Where mask `pattern` flips a module (ISO/IEC 18004 table 10), i = row, j = column."""
    i, j = np.indices((n, n))
    return [
        (i + j) % 2 == 0,
        i % 2 == 0,
        j % 3 == 0,
        (i + j) % 3 == 0,
        (i // 2 + j // 3) % 2 == 0,
        (i * j) % 2 + (i * j) % 3 == 0,
        ((i * j) % 2 + (i * j) % 3) % 2 == 0,
        ((i * j) % 3 + (i + j) % 2) % 2 == 0,
    ][pattern]


def _modules(version: int, ec: int, mask: int | None, type_info: bool = True) -> list[list[bool | None]]:
    """The function patterns of a symbol (None where data goes), with format and version bits for
    `mask` (only reserved when mask is None, left out when not type_info)."""
    scratch = qrcode.QRCode(version=version, error_correction=ec)
    scratch.modules_count = n = version * 4 + 17
    scratch.modules = [[None] * n for _ in range(n)]
    for row, col in ((0, 0), (n - 7, 0), (0, n - 7)):
        scratch.setup_position_probe_pattern(row, col)
    scratch.setup_position_adjust_pattern()
    scratch.setup_timing_pattern()
    if type_info:
        scratch.setup_type_info(mask is None, mask or 0)
        if version >= 7:
            scratch.setup_type_number(mask is None)
    return scratch.modules


@functools.cache
def _candidates(version: int, ec: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For masks 0-7, stacked: the modules to flip from the mask-0 symbol, and where the format (and
    version) bits go with their values."""
    n = version * 4 + 17
    data = np.array([[m is None for m in row] for row in _modules(version, ec, None)])
    free = np.array([[m is None for m in row] for row in _modules(version, ec, None, type_info=False)])
    flips, where, info = [], [], []
    for mask in range(8):
        flips.append(data & (_mask(0, n) ^ _mask(mask, n)))
        masked = _modules(version, ec, mask)
        known = free & np.array([[m is not None for m in row] for row in masked])
        where.append(known)
        info.append(known & np.array([[bool(m) for m in row] for row in masked]))
    return np.stack(flips), np.stack(where), np.stack(info)


def penalties(symbols: np.ndarray) -> np.ndarray:
    """The four penalty rules of ISO/IEC 18004 section 7.8.3 for each of k symbols (k, n, n)."""
    k, n, _ = symbols.shape
    lines = np.concatenate([symbols, symbols.transpose(0, 2, 1)]).reshape(2 * k * n, n)
    owner = (np.arange(2 * k * n) // n) % k  # which symbol each row or column belongs to
    # Rule 1: a run of five or more same-coloured modules scores 3 plus its length beyond five.
    edge = np.ones((lines.shape[0], 1), dtype=bool)
    rows, cols = np.nonzero(np.hstack([edge, lines[:, 1:] != lines[:, :-1], edge]))
    same_line = np.diff(rows) == 0
    lengths, line_of = np.diff(cols)[same_line], rows[:-1][same_line]
    long = lengths >= 5
    score = np.bincount(owner[line_of[long]], weights=lengths[long] - 2, minlength=k)
    # Rule 2: every 2x2 block of one colour scores 3.
    corner = symbols[:, :-1, :-1]
    blocks = (corner == symbols[:, 1:, :-1]) & (corner == symbols[:, :-1, 1:]) & (corner == symbols[:, 1:, 1:])
    score += 3 * blocks.sum(axis=(1, 2))
    # Rule 3: a finder-like 1:1:3:1:1 pattern with four light modules on one side scores 40.
    bits = lines.astype(np.int32)
    windows = np.zeros((bits.shape[0], n - 10), dtype=np.int32)  # each 11-module window as a number
    for i in range(11):
        windows = (windows << 1) | bits[:, i : i + n - 10]
    found = sum((windows == pattern).sum(axis=1) for pattern in _FINDER_LIKE)
    score += 40 * np.bincount(owner, weights=found, minlength=k)
    # Rule 4: 10 for every 5 % the dark share strays from 50 %.
    dark = symbols.sum(axis=(1, 2)) * 100 // (n * n)
    return score + 10 * (np.abs(dark - 50) // 5)


def qr_matrix(code: str) -> Matrix:
    """The QR modules for the code, True for dark, without a quiet zone, best mask chosen."""
    ec = error_correction(code)
    qr = qrcode.QRCode(error_correction=ec, border=0, mask_pattern=0)
    qr.add_data(code)
    qr.make(fit=True)
    flips, where, info = _candidates(qr.version, ec)
    symbols = ((np.array(qr.get_matrix(), dtype=bool) ^ flips) & ~where) | info
    best = symbols[int(np.argmin(penalties(symbols)))]
    return tuple(tuple(row) for row in best.tolist())


def module_runs(matrix: Matrix) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length)."""
    edges = np.diff(np.pad(np.array(matrix, dtype=np.int8), ((0, 0), (1, 1))), axis=1)
    rows, starts = np.nonzero(edges == 1)
    ends = np.nonzero(edges == -1)[1]  # row-major order pairs every start with its end
    return list(zip(rows.tolist(), starts.tolist(), (ends - starts).tolist(), strict=True))


def path_code(matrix: Matrix) -> str:
    """PDF path operators drawing every dark module as part of one path: a rectangle per run, in
    module units with row 0 at the top (draw it under a transform that maps modules to the page)."""
    return " ".join(f"{col} {row} {length} 1 re" for row, col, length in module_runs(matrix))
