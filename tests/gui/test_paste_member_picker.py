"""The dialog choosing the member of an unsure pasted line: candidates first, pinyin search."""

from __future__ import annotations

from typing import Any

from app.members.domain import MemberFilter
from app.paste.matching import Candidate
from app.text import pinyin_keys


def test_candidates_then_pinyin_search(env: Any, qtbot: Any, settle: Any) -> None:
    from ui.paste.member_picker import ID_ROLE, LineMemberDialog

    rows = env.ctx.query.first_rows(MemberFilter(), 20)
    cands = tuple(Candidate(r.id, r.nickname, 0.9, "昵称") for r in rows[:2])
    dialog = LineMemberDialog(env, "莉莉", cands, None)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).data(ID_ROLE)[0] for i in range(2)] == [r.id for r in rows[:2]]
    target = next(r for r in rows[2:] if r.name and pinyin_keys(r.name))
    dialog.search.setText(pinyin_keys(target.name)[0])  # the full spelling of her name

    def ids() -> list[int]:
        return [dialog.list.item(i).data(ID_ROLE)[0] for i in range(dialog.list.count())]

    qtbot.waitUntil(lambda: target.id in ids(), timeout=10_000)
    dialog.list.setCurrentRow(ids().index(target.id))
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen[0] == target.id
    settle()
