"""Operation arguments survive JSON: every shape an operation uses comes back as it went in."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest

from app.ops import Operation, UnitOfWork, decode, encode
from db.models_audit import OperationRecord

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


@dataclass(frozen=True)
class _MixedAudit(Operation):
    """Single audit rows around two `audit_each` entries (not registered: no kind)."""

    undoable = False
    ids: tuple[int, ...] = ()

    def label(self) -> str:
        return "审计测试"

    def apply(self, uow: UnitOfWork) -> None:
        uow.audit("member", 1, "first", None, {"n": 1})
        uow.audit_each("member", self.ids, "bulk", {"tags": []}, {"tags": ["甲"]})
        uow.audit_each("member", (), "empty")  # writes nothing
        uow.audit("member", 2, "middle", {"a": "前"}, None)
        uow.audit_each("segment", self.ids[:3], "bulk2", None, None)
        uow.audit("member", 3, "last")


def test_bulk_audit_entries_expand_in_the_database_in_call_order(ctx: Any) -> None:
    ids = tuple(range(100, 1100))
    done = ctx.run(_MixedAudit(ids=ids))
    items = ctx.audit.rows_of(done.op_id, limit=None)
    assert [i.action for i in items] == (
        ["first"] + ["bulk"] * 1000 + ["middle"] + ["bulk2"] * 3 + ["last"]
    )
    assert [i.entity_id for i in items if i.action == "bulk"] == list(ids)
    assert [(i.entity, i.entity_id) for i in items if i.action == "bulk2"] == [
        ("segment", 100),
        ("segment", 101),
        ("segment", 102),
    ]
    bulk = next(i for i in items if i.action == "bulk")
    assert (bulk.before, bulk.after) == ({"tags": []}, {"tags": ["甲"]})
    assert next(i for i in items if i.action == "middle").before == {"a": "前"}
    assert len({(i.at, i.source) for i in items}) == 1
    history = ctx.audit.history("member", 555)
    assert [h.action for h in history] == ["bulk"]
    with ctx.session_factory() as s:
        assert s.get(OperationRecord, done.op_id).rows == 1006
