"""The Qt binding the app is installed with must not corrupt Python's objects.

PySide6 6.12.0 drops a reference to ``None`` each time a QVariant is read back as ``None``
(``QComboBox.currentData()`` of an "anyone" entry, ``QTableWidgetItem.data()`` with no
data): after a few thousand reads — minutes of a clerk's work with the filters — Python
aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps PySide6 below 6.12;
this test fails on a binding with that fault, in a process of its own (it aborts)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

READS = """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTableWidgetItem

app = QApplication([])
combo = QComboBox()
combo.addItem("任何人", None)
item = QTableWidgetItem("标题")
for _ in range(20_000):
    combo.currentData()
    item.data(Qt.ItemDataRole.UserRole)
print("sound")
"""


def test_reading_empty_qt_values_many_times_leaves_python_sound() -> None:
    done = subprocess.run([sys.executable, "-c", READS], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    assert done.returncode == 0 and done.stdout.strip() == "sound", done.stderr[-500:]
