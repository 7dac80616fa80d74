"""QR codes: error correction by length, masks as qrcode builds them, one path, decodable."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import qrcode
import zxingcpp
from PIL import Image
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M

from kiosk.badges import load_layout, render_badges, render_preview_png
from kiosk.badges.qr import _candidates, error_correction, module_runs, qr_matrix
from tests.kiosk.badges.hard_names import badge
from tests.kiosk.badges.support import page_object_types


def test_error_correction_by_length() -> None:
    assert error_correction("x" * 32) == ERROR_CORRECT_H
    assert error_correction("x" * 33) == ERROR_CORRECT_M
    assert error_correction("x" * 128) == ERROR_CORRECT_M
    assert error_correction("x" * 129) == ERROR_CORRECT_L


@pytest.mark.parametrize("code", ["K7Q2M9X4B8C3", "A" * 40, "ü€𝄞" * 20, "0123456789" * 30])
def test_every_derived_mask_matches_qrcode(code: str) -> None:
    ec = error_correction(code)
    base = qrcode.QRCode(error_correction=ec, border=0, mask_pattern=0)
    base.add_data(code)
    base.make(fit=True)
    flips, where, info = _candidates(base.version, ec)
    symbols = ((np.array(base.get_matrix(), dtype=bool) ^ flips) & ~where) | info
    for mask in range(8):
        reference = qrcode.QRCode(version=base.version, error_correction=ec, border=0, mask_pattern=mask)
        reference.add_data(code)
        reference.make(fit=False)
        assert (symbols[mask] == np.array(reference.get_matrix(), dtype=bool)).all(), mask


def test_module_runs_cover_exactly_the_dark_modules() -> None:
    matrix = qr_matrix("TKT000001ABCDEFGH")
    drawn = np.zeros((len(matrix), len(matrix)), dtype=bool)
    for row, col, length in module_runs(matrix):
        assert not drawn[row, col : col + length].any()
        drawn[row, col : col + length] = True
    assert (drawn == np.array(matrix)).all()


def test_qr_is_one_path() -> None:
    pdf = render_badges(load_layout("a6"), [badge(("", "Anna", "Müller", ""), 0)]).pdf  # no topics, no logo
    assert page_object_types(pdf).count(2) == 2  # the band and the QR code


@pytest.mark.parametrize(
    ("preset", "code", "level"),
    [
        ("a6", "K7Q2M9X4B8C3", "H"),
        ("herma_50x80", "TKT000042ABCDEFGHJKLMNPQRSTUVWX", "H"),
        ("brother_62_continuous", "https://tickets.example.org/e/nord25/" + "Q" * 60, "M"),
        ("butterfly_82x203", "Z" * 200, "L"),
    ],
)
def test_preview_qr_decodes_to_the_code(preset: str, code: str, level: str, logo: Path) -> None:
    data = badge(("Dr.", "Anna-Lena", "Müller-Lüdenscheidt", "UKE"), 3)
    data = type(data)(data.fields, code, data.role_colour, data.topics)
    image = Image.open(io.BytesIO(render_preview_png(load_layout(preset), data, dpi=200, logo=logo)))
    results = zxingcpp.read_barcodes(image)
    faces = len(load_layout(preset).faces)  # the butterfly carries the code on both halves
    assert [(r.text, r.ec_level) for r in results] == [(code, level)] * faces
