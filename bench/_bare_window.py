"""Baseline: a bare PySide6 window painting the first 200 rows of the members table (raw sqlite3)."""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem


class Table(QTableWidget):
    def paintEvent(self, event):  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not getattr(self, "_said", False):
            self._said = True
            print("first-rows-painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> None:
    app = QApplication(sys.argv)
    conn = sqlite3.connect(sys.argv[1])
    count = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    rows = conn.execute(
        "SELECT id, nickname, name, wechat, phone, city FROM members ORDER BY id LIMIT 200"
    ).fetchall()
    table = Table(len(rows), 6)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.setWindowTitle(f"{count}")
    table.resize(1200, 800)
    table.show()
    app.exec()


if __name__ == "__main__":
    main()
