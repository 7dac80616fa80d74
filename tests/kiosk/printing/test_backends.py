"""Printer specs, the PDF folder, CUPS through (fake) `lp`/`lpstat`/`ipptool` commands, Brother QL's absence."""

import json
import stat
import sys
from pathlib import Path

import pytest

from kiosk.printing import backends
from kiosk.printing.backends import (
    BrotherQlBackend,
    CupsBackend,
    PdfFolderBackend,
    PrinterInfo,
    PrintError,
    backend_for,
    discover_printers,
    register_backend,
)
from kiosk.printing.brother import MISSING

PDF = b"%PDF-1.4 a badge"
JOB = "0190abcd-1234-7abc-8def-0123456789ab"


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An otherwise empty PATH: no real CUPS commands, only the fakes a test writes."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    return folder


def fake_command(folder: Path, name: str, body: str) -> None:
    """A Python script standing in for a CUPS command; it sees `here` (its folder) and `args`."""
    path = folder / name
    path.write_text(f"#!{sys.executable}\nimport sys, json, pathlib\nhere = pathlib.Path(sys.argv[0]).parent\n"
                    f"args = sys.argv[1:]\n{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.mark.parametrize(("spec", "kind", "attributes"), [
    ("pdf", PdfFolderBackend, {"folder": "EVENT/printed"}),
    ("pdf:badges/day1", PdfFolderBackend, {"folder": "EVENT/badges/day1"}),
    ("pdf:/srv/badges", PdfFolderBackend, {"folder": "/srv/badges"}),
    (" cups:Badges_1 ", CupsBackend, {"queue": "Badges_1"}),
    ("brother:QL-820NWB:tcp://192.168.1.20:62", BrotherQlBackend,
     {"model": "QL-820NWB", "identifier": "tcp://192.168.1.20", "label": "62"}),
    ("brother:QL-820NWB:tcp://192.168.1.20:9100:62x100", BrotherQlBackend,
     {"identifier": "tcp://192.168.1.20:9100", "label": "62x100"}),
    ("Brother:QL-700:usb://0x04f9:0x2042:62", BrotherQlBackend, {"identifier": "usb://0x04f9:0x2042"}),
])
def test_printer_specs_name_their_backend(tmp_path: Path, spec: str, kind: type, attributes: dict[str, str]) -> None:
    backend = backend_for(spec, tmp_path)
    assert isinstance(backend, kind)
    for name, value in attributes.items():
        assert str(getattr(backend, name)) == value.replace("EVENT", str(tmp_path))


@pytest.mark.parametrize(("spec", "message"), [
    ("", "unknown printer ''"),
    ("fax:0661-123", "pdf, pdf:FOLDER, cups:QUEUE, brother:MODEL:ADDRESS:LABEL"),
    ("cups", "cups:QUEUE"),
    ("cups:Front Desk", "cups:QUEUE"),
    ("brother:QL-820NWB", "brother:MODEL:ADDRESS:LABEL"),
    ("brother:QL-820NWB:tcp://192.168.1.20", "e.g. brother:QL-820NWB:tcp://192.168.1.20:62"),
    ("brother:QL-820NWB:tcp://192.168.1.20:9100", "brother:MODEL:ADDRESS:LABEL"),
])
def test_a_bad_spec_says_what_a_printer_looks_like(tmp_path: Path, spec: str, message: str) -> None:
    with pytest.raises(PrintError, match=message.replace(".", r"\.")):
        backend_for(spec, tmp_path)


def test_the_pdf_folder_gets_each_job_once_written_whole(tmp_path: Path) -> None:
    backend = PdfFolderBackend(tmp_path / "printed")
    assert not backend.already_sent(JOB)
    backend.send(JOB, PDF, (105, 148))
    backend.send(JOB, b"%PDF-1.4 a second rendering", (105, 148))
    assert backend.already_sent(JOB)
    assert [p.name for p in (tmp_path / "printed").iterdir()] == [f"{JOB}.pdf"]  # no temp file left
    assert (tmp_path / "printed" / f"{JOB}.pdf").read_bytes() == PDF


def test_a_pdf_folder_that_cannot_be_written_is_a_print_error(tmp_path: Path) -> None:
    (tmp_path / "printed").write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(PrintError, match="cannot write"):
        PdfFolderBackend(tmp_path / "printed").send(JOB, PDF, (105, 148))


def test_cups_missing_is_a_clear_print_error(bin_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="CUPS is not installed"):
        CupsBackend("Badges").send(JOB, PDF, (100, 62))
    assert not CupsBackend("Badges").already_sent(JOB)
    assert PrinterInfo("cups", "CUPS is not installed (no lp command): install cups, or choose another printer",
                       False) in discover_printers(tmp_path)


def test_cups_gets_the_pdf_with_the_job_id_as_title_and_the_badge_size(bin_dir: Path) -> None:
    fake_command(bin_dir, "lp", "here.joinpath('lp.json').write_text(json.dumps("
                                "[args, sys.stdin.buffer.read().decode('latin-1')]))\n"
                                "print('request id is Badges-7 (0 file(s))')")
    CupsBackend("Badges").send(JOB, PDF, (101.6, 76.2))
    args, data = json.loads((bin_dir / "lp.json").read_text(encoding="utf-8"))
    assert args == ["-d", "Badges", "-t", JOB, "-o", "media=Custom.101.6x76.2mm"]
    assert data.encode("latin-1") == PDF


def test_cups_refusing_a_job_is_a_print_error_with_its_reason(bin_dir: Path) -> None:
    fake_command(bin_dir, "lp", "print('lp: Error - The printer or class does not exist.', file=sys.stderr)\n"
                                "sys.exit(1)")
    with pytest.raises(PrintError, match="Badges: lp: Error - The printer or class does not exist"):
        CupsBackend("Badges").send(JOB, PDF, (100, 62))


def test_cups_knows_a_job_it_has_by_its_title(bin_dir: Path) -> None:
    fake_command(bin_dir, "ipptool", f"assert args[-2] == 'ipp://localhost/printers/Badges', args\n"
                                      f"print('job-name'); print('{JOB}'); print('another job')")
    assert CupsBackend("Badges").already_sent(JOB)
    assert not CupsBackend("Badges").already_sent(JOB.replace("0190", "0191"))


def test_cups_queues_are_discovered(bin_dir: Path, tmp_path: Path) -> None:
    fake_command(bin_dir, "lp", "")
    fake_command(bin_dir, "lpstat", "assert args == ['-e']\nprint('Badges'); print('Office_Laser')")
    found = [p for p in discover_printers(tmp_path) if p.spec.startswith("cups")]
    assert found == [PrinterInfo("cups:Badges", "CUPS queue Badges", True),
                     PrinterInfo("cups:Office_Laser", "CUPS queue Office_Laser", True)]


def test_without_brother_ql_next_brother_printing_is_unavailable_and_says_why(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "brother_ql", None)  # as if not installed
    with pytest.raises(PrintError, match="pip install brother-ql-next"):
        BrotherQlBackend("QL-820NWB", "tcp://192.168.1.20", "62").send(JOB, PDF, (100, 62))
    assert PrinterInfo("brother", MISSING, False) in discover_printers(tmp_path)
    assert not BrotherQlBackend("QL-820NWB", "tcp://192.168.1.20", "62").already_sent(JOB)


def test_a_front_end_registers_its_own_printers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backends, "_KINDS", dict(backends._KINDS))
    office = PdfFolderBackend(tmp_path / "office")
    system_printers = {"Office Laser": office}
    register_backend("system", lambda rest, folder: system_printers[rest],
                     lambda folder: [PrinterInfo("system:Office Laser", "Office Laser (system)", True)],
                     "system:PRINTER")
    assert backend_for("system:Office Laser", tmp_path) is office
    assert PrinterInfo("system:Office Laser", "Office Laser (system)", True) in discover_printers(tmp_path)
    assert PrinterInfo("pdf", f"PDF files in {tmp_path / 'printed'}", True) in discover_printers(tmp_path)
    with pytest.raises(PrintError, match="system:PRINTER"):
        backend_for("carrier-pigeon", tmp_path)
