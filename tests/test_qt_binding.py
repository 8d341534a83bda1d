"""The Qt binding in use does not corrupt Python's reference counts."""

import sys

import pytest


@pytest.mark.gui
def test_qt_calls_returning_nothing_keep_none_alive(qapp) -> None:
    # PySide6 6.12.0 dropped one reference to None per such call; on Python 3.11 the
    # interpreter then aborts ("none_dealloc") after a few thousand calls.
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) - before > -50
