"""Brother QL direct printing with the optional brother-ql-next package (installed with the test extra), to a
fake printer on a local socket."""

import socket
import threading

import pytest

from kiosk.badges import load_layout, render_badges
from kiosk.bench.badges import sample_badge
from kiosk.printing.backends import BrotherQlBackend, PrintError

JOB = "0190abcd-1234-7abc-8def-0123456789ab"
PRINTABLE_DOTS_62 = 696  # across 62 mm tape: the badge is scaled to this, its length in proportion


def badge_pdf(layout: str) -> bytes:
    return render_badges(load_layout(layout), [sample_badge(1)]).pdf


def test_a_brother_ql_on_the_network_gets_a_raster_line_per_dot_along_the_badge() -> None:
    received = bytearray()
    server = socket.create_server(("127.0.0.1", 0))

    def printer() -> None:
        connection, _ = server.accept()
        with connection:
            connection.settimeout(5)
            while chunk := connection.recv(65536):
                received.extend(chunk)
                if received.endswith(b"\x1a"):  # "print with feeding": the end of the job
                    return

    thread = threading.Thread(target=printer)
    thread.start()
    address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
    BrotherQlBackend("QL-820NWB", address, "62").send(JOB, badge_pdf("brother_62_continuous"), (100, 62))
    thread.join(10)
    server.close()
    lines = received.count(b"g\x00\x5a")  # an uncompressed raster line of 90 bytes
    assert abs(lines - 100 / 62 * PRINTABLE_DOTS_62) < 3


def test_a_badge_of_another_size_is_refused_before_anything_is_sent() -> None:
    backend = BrotherQlBackend("QL-820NWB", "tcp://127.0.0.1:9", "62")
    with pytest.raises(PrintError, match="does not fit the 62 label"):
        backend.send(JOB, badge_pdf("a6"), (105, 148))
    with pytest.raises(PrintError, match="no printer model 'QL-9999'"):
        BrotherQlBackend("QL-9999", "tcp://127.0.0.1:9", "62").send(JOB, badge_pdf("a6"), (105, 148))
