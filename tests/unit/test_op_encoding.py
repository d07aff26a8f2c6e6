"""Operation arguments survive JSON: every shape an operation uses comes back as it went in."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from app.ops import decode, encode

SHAPES: list[Any] = [
    (),
    (7,),
    (1, 2, 30_000, -4),
    ((1, 2), (3, 4), (5, 6)),
    ((1, 2, 3),),
    ((1, 2), (3,)),  # rows of different widths
    (1, "二", None, 2.5),
    ((1, "a"), (2, "b")),
    (True, False),  # booleans are not ids
    ((True, 1),),
    {"a": (1, 2), "b": [dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4)]},
    {3: "整数键"},
    frozenset({1, 2}),
]


@pytest.mark.parametrize("value", SHAPES, ids=repr)
def test_round_trip_through_json(value: Any) -> None:
    back = decode(json.loads(json.dumps(encode(value))))
    assert back == value
    assert type(back) is type(value)
    if isinstance(value, tuple):
        assert [type(v) for v in back] == [type(v) for v in value]


def test_ids_and_id_pairs_are_stored_as_text_not_as_objects() -> None:
    ids = tuple(range(1, 10_001))
    pairs = tuple((m, 3) for m in ids)
    assert set(encode(ids)) == {"__ints__"}
    assert set(encode(pairs)) == {"__introws__", "v"}
    # A few strings, not 10,000 objects: this is what keeps a bulk edit's record small.
    assert len(json.dumps(encode(pairs))) < 130_000
    assert decode(json.loads(json.dumps(encode(pairs)))) == pairs


def test_records_written_before_the_compact_form_still_decode() -> None:
    old = {"__tuple__": [{"__tuple__": [1, 2]}, {"__tuple__": [3, 4]}]}
    assert decode(old) == ((1, 2), (3, 4))
