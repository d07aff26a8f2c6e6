"""An undo step's `UndoText` keeps its source words and shows them in the language installed now."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ui.operations import UndoText


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    from ui.i18n import Language

    language = Language(qapp, "en")
    yield
    language.uninstall()


def test_source_words_without_a_translation(qapp: Any) -> None:
    text = UndoText.translate("MemberCommands", "给 {n} 位成员加标签 {tags}").fill(n=3, tags="新")
    assert str(text) == "给 3 位成员加标签 新"
    # %1 … %10 filled from the last: "%1" does not eat the start of "%10".
    many = UndoText("", "%1-%10", tuple(str(n) for n in range(1, 11)))
    assert str(many) == "1-10"


def test_the_same_step_reads_in_english_once_installed(english: None) -> None:
    tags = UndoText.translate("MemberCommands", "给 {n} 位成员加标签 {tags}").fill(n=3, tags="新")
    assert str(tags) == "Tag 3 members with 新"
    what = UndoText.translate("PastePage", "报名")  # a filler that is translated too
    pasted = UndoText.translate("PastePage", "粘贴接龙：%1 位成员%2").fill(4, what)
    joined = pasted + UndoText.translate("PastePage", "，新建 %1 位成员").fill(2)
    assert str(joined) == "Paste: 4 members, Sign-ups, 2 new members"
