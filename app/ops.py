"""The one write path: every write is an `Operation` run by `OpRunner.run` in one unit of work.

An operation is a frozen dataclass of plain values (ids, strings, dates, tuples, small frozen
dataclasses). `apply(uow)` does its work through `uow.s` (one session, one transaction), tells
`uow` what it changed (`touch`), what it did to which entity (`audit`) and how to undo it
(`undo_with`, an operation again). The runner commits the work, one `operations` row and the
audit rows together, or nothing at all. Because inverses are operations, they serialise to JSON:
`shequn undo` finds the last operation from the command line and runs its stored inverse.

The window, the command line and the importer all run operations through this one entry point.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import importlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar, cast

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Integer,
    MetaData,
    Table,
    TypeDecorator,
    bindparam,
    insert,
    null,
    select,
    text,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import TextClause

from app.domain import Changes
from app.errors import DatabaseBusyError, NotFoundError, ShequnError
from db.engine import WRITE_OPTION
from db.models_audit import AuditRow, OperationRecord

T = TypeVar("T")

REGISTRY: dict[str, type[Operation]] = {}
"""Every operation class by its `kind` (the completeness test walks this)."""


class Operation:
    """Base of every write. Subclasses are `@dataclass(frozen=True)` and set `kind`."""

    kind: ClassVar[str] = ""
    undoable: ClassVar[bool] = True
    # False when the inverse of this operation's inverse cannot be had (an undone import cannot
    # be re-applied without its file): the undo is final.
    redoable: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        kind = cls.__dict__.get("kind")
        if kind:
            if kind in REGISTRY and REGISTRY[kind].__qualname__ != cls.__qualname__:
                raise TypeError(f"two operations of kind {kind!r}")
            REGISTRY[kind] = cls

    def label(self) -> str:
        """What the operation does, in a few words (undo menu, 操作记录)."""
        return self.kind

    def apply(self, uow: UnitOfWork) -> Any:
        raise NotImplementedError

    def record_args(self) -> Any:
        """What the operation record keeps of the arguments (large ones override: a summary)."""
        return self.to_json()["args"]

    # serialisation -----------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]
        return {"kind": self.kind, "args": encode(fields)}

    @staticmethod
    def from_json(data: dict[str, Any]) -> Operation:
        cls = REGISTRY.get(data.get("kind", ""))
        if cls is None:
            ensure_registered()
            cls = REGISTRY.get(data.get("kind", ""))
        if cls is None:
            raise ShequnError(
                f"无法撤销：不认识的操作「{data.get('kind')}」（可能来自更新的版本）。"
            )
        return cls(**decode(data["args"]))


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """What running an operation gave: its value, what changed, how to undo it, its record id."""

    value: T
    changes: Changes
    inverse: Operation | None
    op_id: int
    label: str


class UnitOfWork:
    """Handed to `Operation.apply`: the session plus what the operation reports back."""

    def __init__(self, s: Session, source: str, services: Any = None) -> None:
        self.s = s
        # Where the write comes from: "window", "cli", … An operation may refine it after a
        # colon (an import makes it "cli:import:<batch id>") before it returns; the record and
        # audit rows carry it, and `last_undoable("cli")` still finds it.
        self.source = source
        self.services = services
        self.changes = Changes()
        self.inverse: Operation | None = None
        # Audit entries in call order: a row for one entity, or (`audit_each`) one entry whose
        # "ids" list the entities that get the same row, written in one statement.
        self.rows: list[dict[str, Any]] = []

    def touch(
        self,
        members: Iterable[int] = (),
        *,
        membership: bool = False,
        vocab: bool = False,
        areas: Iterable[str] = (),
    ) -> None:
        """Record what views must refresh."""
        self.changes = self.changes | Changes(
            frozenset(members), membership, vocab, frozenset(areas)
        )

    def undo_with(self, op: Operation | None) -> None:
        """The operation that puts back what this one changed (None: cannot be undone)."""
        self.inverse = op

    def audit(
        self, entity: str, entity_id: int, action: str, before: Any = None, after: Any = None
    ) -> None:
        """One entity-level audit row (written at commit with the operation's id)."""
        self.rows.append(
            {
                "entity": entity,
                "entity_id": int(entity_id),
                "action": action,
                "before": plain(before),
                "after": plain(after),
            }
        )

    def audit_each(
        self, entity: str, ids: Iterable[int], action: str, before: Any = None, after: Any = None
    ) -> None:
        """The same audit row for many entities (a bulk edit touching thousands of members)."""
        ids = [int(i) for i in ids]
        if ids:
            self.rows.append(
                {
                    "entity": entity,
                    "ids": ids,
                    "action": action,
                    "before": plain(before),
                    "after": plain(after),
                }
            )

    @property
    def audit_count(self) -> int:
        """How many audit rows the operation writes."""
        return sum(len(r["ids"]) if "ids" in r else 1 for r in self.rows)


class OpRunner:
    """Runs operations: one transaction each, with its operation record and audit rows."""

    def __init__(self, session_factory: sessionmaker[Session], services: Any = None) -> None:
        self._sf = session_factory
        self.services = services

    def run(
        self, op: Operation, source: str = "window", *, reverts: int | None = None
    ) -> Done[Any]:
        """Run `op` in one transaction. A failed operation raises and writes nothing."""
        try:
            return self._run(op, source, reverts)
        except OperationalError as exc:
            text = str(exc.orig).lower()
            busy = "locked" in text or "busy" in text
            raise (DatabaseBusyError if busy else ShequnError)(_write_failure(exc)) from exc

    def _run(self, op: Operation, source: str, reverts: int | None) -> Done[Any]:
        with self._sf.begin() as s:
            s.connection(execution_options={WRITE_OPTION: True})
            uow = UnitOfWork(s, source, self.services)
            value = op.apply(uow)
            label = op.label()
            now = dt.datetime.now().replace(microsecond=0)
            inverse = uow.inverse if op.undoable else None
            source = uow.source  # the operation may have refined it ("cli:import:7")
            record = OperationRecord(
                at=now,
                kind=op.kind,
                label=label,
                source=source,
                args=op.record_args(),
                inverse=inverse.to_json() if inverse is not None else None,
                reverts=reverts,
                rows=uow.audit_count,
            )
            s.add(record)
            s.flush()
            op_id = record.id
            if reverts is not None:
                s.execute(
                    update(OperationRecord)
                    .where(OperationRecord.id == reverts)
                    .values(reverted_by=op_id)
                )
            if uow.rows:
                _insert_audit(s, uow.rows, op_id, now, source)
        return Done(value, uow.changes, inverse, op_id, label)

    def undo(self, op_id: int, source: str = "window") -> Done[Any]:
        """Undo the recorded operation `op_id` by running its stored inverse."""
        with self._sf() as s:
            rec = s.get(OperationRecord, op_id)
            if rec is None:
                raise NotFoundError(f"没有编号为 {op_id} 的操作。")
            if rec.reverted_by is not None:
                raise ShequnError(f"操作 #{op_id}「{rec.label}」已经撤销过了。")
            if rec.inverse is None:
                raise ShequnError(f"操作 #{op_id}「{rec.label}」不能撤销。")
            inverse = Operation.from_json(rec.inverse)
        return self.run(inverse, source, reverts=op_id)

    def last_undoable(self, source: str) -> int | None:
        """The newest operation from `source` that is not an undo and has not been undone."""
        with self._sf() as s:
            return s.execute(
                select(OperationRecord.id)
                .where(
                    (OperationRecord.source == source) | OperationRecord.source.like(f"{source}:%"),
                    OperationRecord.reverts.is_(None),
                    OperationRecord.reverted_by.is_(None),
                    OperationRecord.kind != RecordEvent.kind,  # exports, backups: no change
                )
                .order_by(OperationRecord.id.desc())
                .limit(1)
            ).scalar_one_or_none()


class _JSONText(TypeDecorator[Any]):
    """A JSON column whose values arrive already written as JSON text."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Any) -> None:
        return None


_AUDIT_IN = Table(
    "audit",
    MetaData(),
    *(
        Column(c.name, _JSONText() if isinstance(c.type, JSON) else c.type)
        for c in cast(Table, AuditRow.__table__).c
        if c.name != "id"
    ),
)


def _insert_audit(
    s: Session, rows: list[dict[str, Any]], op_id: int, at: dt.datetime, source: str
) -> None:
    """Write the audit entries in their order: runs of single rows with one Core executemany
    (the ORM's bulk path costs several times more per row), and each `audit_each` entry — the
    same row for thousands of entities — as one statement that expands its id list inside the
    database (SQLite's `json_each`, PostgreSQL's `unnest`), so a bulk edit or an import of
    100,000 members does not bind 100,000 rows in Python while the window waits. Values shared
    by many rows are written as JSON text once."""
    texts: dict[int, tuple[Any, str | None]] = {}

    def as_json(value: Any) -> str | None:
        if value is None:
            return None
        got = texts.get(id(value))
        if got is None or got[0] is not value:
            got = (value, json.dumps(value, ensure_ascii=False))
            texts[id(value)] = got
        return got[1]

    fixed = {"op_id": op_id, "at": at, "source": source}
    dialect = s.get_bind().dialect.name
    singles: list[dict[str, Any]] = []

    def flush() -> None:
        if singles:
            s.execute(insert(_AUDIT_IN), singles)
            singles.clear()

    for r in rows:
        values = {
            **fixed,
            "entity": r["entity"],
            "action": r["action"],
            "before": as_json(r["before"]),
            "after": as_json(r["after"]),
        }
        if "ids" not in r:
            singles.append({**values, "entity_id": r["entity_id"]})
            continue
        flush()
        group = _audit_group(dialect)
        if group is not None:
            s.execute(group, {**values, "ids": _ids_param(dialect, r["ids"])})
        else:
            s.execute(insert(_AUDIT_IN), [{**values, "entity_id": i} for i in r["ids"]])
    flush()


def _ids_param(dialect: str, ids: list[int]) -> Any:
    return "[" + ",".join(map(str, ids)) + "]" if dialect == "sqlite" else ids


_GROUP_INSERT = (
    'INSERT INTO audit (op_id, "at", "source", entity, entity_id, "action", "before", "after") '
    "SELECT :op_id, :at, :source, :entity, {id}, :action, {before}, {after} FROM {ids}"
)


@functools.cache
def _audit_group(dialect: str) -> TextClause | None:
    """One statement writing a group's audit rows (one per id), or None where there is none.

    Made on first use: PostgreSQL's ARRAY type loads SQLAlchemy's PostgreSQL dialect (~40 ms),
    which an SQLite start never needs."""
    if dialect == "sqlite":
        return text(
            _GROUP_INSERT.format(
                id="value", before=":before", after=":after", ids="json_each(:ids)"
            )
        ).bindparams(bindparam("at", type_=DateTime()))
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return text(
            _GROUP_INSERT.format(
                id="t.i",
                before="CAST(:before AS JSON)",
                after="CAST(:after AS JSON)",
                ids="unnest(:ids) AS t(i)",
            )
        ).bindparams(
            bindparam("at", type_=DateTime()),
            bindparam("ids", type_=postgresql.ARRAY(Integer())),
        )
    return None


def _write_failure(exc: OperationalError) -> str:
    """One sentence for a write the database refused for a reason outside the program."""
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return (
            "数据库正被另一个程序占用（例如命令行导入），等了 30 秒仍未空出："
            "这次修改没有保存，请稍后再试。"
        )
    if "readonly" in text or "read-only" in text:
        return "数据库文件或它所在的文件夹是只读的：可以查看，但不能保存修改。请检查文件权限。"
    if "disk" in text and "full" in text:
        return "磁盘已满：这次修改没有保存。请腾出磁盘空间后再试。"
    return f"数据库拒绝了这次修改（{str(exc.orig)[:80]}）：没有保存任何内容。"


# --- values -------------------------------------------------------------------------------------
def plain(value: Any) -> Any:
    """A JSON-friendly copy for audit rows: dates as ISO text, tuples and sets as lists."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((plain(v) for v in value), key=str)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return str(value)


_SCALARS = (type(None), bool, int, float, str)


def encode(value: Any) -> Any:
    """Operation arguments to JSON that `decode` turns back into the same Python values."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, dt.time):
        return {"__time__": value.isoformat()}
    if isinstance(value, tuple):
        ints = _int_text(value)
        if ints is not None:
            return ints
        if all(type(v) in _SCALARS for v in value):
            return {"__tuple__": list(value)}
        return {"__tuple__": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, set | frozenset):
        return {"__set__": [encode(v) for v in sorted(value, key=repr)]}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("__") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"__map__": [[encode(k), encode(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        return {
            "__dc__": f"{cls.__module__}:{cls.__qualname__}",
            "v": {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    raise TypeError(f"cannot store {type(value).__name__} in an operation")


def _int_text(value: tuple[Any, ...]) -> dict[str, Any] | None:
    """Ids and id pairs as one text of digits: a bulk edit of 10,000 members stores its ids and
    its (member, tag) links as a few strings, which JSON writes and reads in one short step
    instead of 10,000 small objects (the worker holds the interpreter lock while it does)."""
    if not value:
        return None
    if all(type(v) is int for v in value):
        return {"__ints__": ",".join(map(str, value))}
    first = value[0]
    if type(first) is not tuple or not first:
        return None
    width = len(first)
    if all(type(v) is tuple and len(v) == width for v in value) and all(
        type(x) is int for v in value for x in v
    ):
        return {"__introws__": width, "v": ",".join(str(x) for v in value for x in v)}
    return None


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__datetime__" in value:
        return dt.datetime.fromisoformat(value["__datetime__"])
    if "__date__" in value:
        return dt.date.fromisoformat(value["__date__"])
    if "__time__" in value:
        return dt.time.fromisoformat(value["__time__"])
    if "__ints__" in value:
        return tuple(map(int, value["__ints__"].split(",")))
    if "__introws__" in value:
        flat = iter(map(int, value["v"].split(",")))
        return tuple(zip(*[flat] * int(value["__introws__"]), strict=True))
    if "__tuple__" in value:
        return tuple(decode(v) for v in value["__tuple__"])
    if "__set__" in value:
        return frozenset(decode(v) for v in value["__set__"])
    if "__map__" in value:
        return {decode(k): decode(v) for k, v in value["__map__"]}
    if "__dc__" in value:
        module, _, name = value["__dc__"].partition(":")
        if not module.startswith("app."):
            raise ShequnError("无法撤销：操作记录里有不认识的数据。")
        cls = getattr(importlib.import_module(module), name)
        return cls(**{k: decode(v) for k, v in value["v"].items()})
    return {k: decode(v) for k, v in value.items()}


def op_modules() -> list[str]:
    """Every module of the core that defines operations: by convention named `*_ops.py`."""
    import pkgutil

    import app

    return sorted(
        m.name
        for m in pkgutil.walk_packages(app.__path__, "app.")
        if m.name.rsplit(".", 1)[-1].endswith("_ops")
    )


def ensure_registered() -> None:
    """Import every module that defines operations, so REGISTRY is complete (undo, tests)."""
    for module in op_modules():
        importlib.import_module(module)


# --- helpers for operations that delete and bring back whole rows -------------------------------
def snapshot(s: Session, table: Any, where: Any) -> tuple[dict[str, Any], ...]:
    """Every column of the rows of `table` (a Table or mapped class) matching `where`."""
    t = getattr(table, "__table__", table)
    return tuple(dict(row._mapping) for row in s.execute(select(t).where(where)))


def reinsert(s: Session, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows exactly as `snapshot` took them (same ids), bringing deleted data back."""
    t = getattr(table, "__table__", table)
    rows = list(rows)
    if not rows:
        return
    s.execute(insert(t), rows)
    # SQLAlchemy writes None into a JSON column as the JSON text 'null', not SQL NULL: put
    # back the NULLs the snapshot read (one UPDATE per such column, not one per row).
    keys = list(t.primary_key.columns)
    if len(keys) != 1:
        return
    key = keys[0]
    for column in t.c:
        if isinstance(column.type, JSON):
            ids = [r[key.name] for r in rows if column.name in r and r[column.name] is None]
            for start in range(0, len(ids), 500):
                s.execute(
                    update(t).where(key.in_(ids[start : start + 500])).values({column.name: null()})
                )


@dataclass(frozen=True)
class RecordEvent(Operation):
    """Something done with the data that changes no row but belongs in the audit trail
    (an export, a backup, a restore): one operation record and one audit row, no undo."""

    kind = "event"
    undoable = False
    what: str  # "export", "backup", "restore" …
    text: str  # the label shown in 操作记录
    details: dict[str, Any] = dataclasses.field(default_factory=dict)

    def label(self) -> str:
        return self.text

    def apply(self, uow: UnitOfWork) -> None:
        uow.audit("file", 0, self.what, None, self.details)
