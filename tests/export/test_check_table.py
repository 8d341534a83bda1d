"""The checks' technical tables read in the person's language: labels, decimal signs, units."""

from __future__ import annotations

from imsync_gui.export.check_table import check_table
from imsync_gui.i18n import language
from imsync_gui.report.document_html import escape


def test_values_are_written_the_german_way_with_german_labels() -> None:
    values = {
        "offset_s": -0.0001,
        "delay_s": 0.0123,
        "age_days": 3,
        "apple_route": "DIRECT",
        "routes": {"localhost": "DIRECT", "127.0.0.1": "DIRECT"},
        "platform": "linux",
        "source": "live",
    }
    with language("de"):
        facts = dict(check_table(values).facts)
    assert facts == {
        "Uhr weicht ab um": "0,000 s",
        "Umlaufzeit": "0,012 s",
        "Alter der Daten": "3 Tage",
        "Weg des Datenverkehrs zu Apple": "DIRECT",
        "Weg je Adresse": "localhost: DIRECT, 127.0.0.1: DIRECT",
        "Betriebssystem": "Linux",
        "Quelle": "gerade bei Apple abgefragt",
    }


def test_a_number_stays_on_the_line_of_its_unit_in_the_pdf() -> None:
    assert escape("In Ordnung, 8 % <b>") == "In Ordnung, 8&nbsp;% &lt;b&gt;"
    assert (
        escape("5 GB → 2,5 GB, 18 ms, 0,1 s") == "5&nbsp;GB → 2,5&nbsp;GB, 18&nbsp;ms, 0,1&nbsp;s"
    )
    assert escape("Runde 1 seit 2 sind") == "Runde 1 seit 2 sind"
