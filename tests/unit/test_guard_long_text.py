"""The guard's quick look for an over-long cell text finds what the plain pattern finds."""

from __future__ import annotations

import random

from app.importing.guard import _LONG_TEXT, MAX_CELL_BYTES, _has_long_text


def _sheet_with_run(length: int, at: int, size: int) -> bytes:
    cell = b'<c r="A1" t="inlineStr"><is><t>abc</t></is></c>'
    body = bytearray((cell * (size // len(cell) + 1))[:size])
    run = b">" + b"x" * length + b"<"  # a text of exactly `length` bytes between two tags
    body[at : at + len(run)] = run
    return bytes(body)


def test_the_quick_look_agrees_with_the_pattern_wherever_the_run_lies() -> None:
    rng = random.Random(7)
    size = 3 * MAX_CELL_BYTES + 12_345
    for _ in range(60):
        length = rng.choice([MAX_CELL_BYTES - 1, MAX_CELL_BYTES, MAX_CELL_BYTES + 1, 300_000])
        at = rng.randrange(0, size - length - 1)
        data = _sheet_with_run(length, at, size)
        assert _has_long_text(data) == bool(_LONG_TEXT.search(data)), (length, at)
        if length >= MAX_CELL_BYTES:
            assert _has_long_text(data)


def test_a_run_at_either_end_of_the_chunk() -> None:
    run = b"<t>" + b"y" * MAX_CELL_BYTES
    assert _has_long_text(run + b"<c/>" * 1000)
    assert _has_long_text(b"<c/>" * 1000 + run)
    assert not _has_long_text(b"<c/>" * 1000 + run[:-1])
    assert not _has_long_text(run[3:] + b"<c/>")  # no tag before it: the pattern's rule too
    assert not _has_long_text(b"")
