"""The scan-to-print figure is measured end to end (small numbers here; `kiosk bench` uses the full ones)."""

from kiosk.bench.printing import measure_scan_to_print


def test_scan_to_print_is_measured_through_the_worker() -> None:
    figures = measure_scan_to_print(attendees=200, scans=20)
    assert set(figures) == {"scan_to_print_p50_ms", "scan_to_print_p95_ms"}
    assert 0 < figures["scan_to_print_p50_ms"] <= figures["scan_to_print_p95_ms"] < 5000
