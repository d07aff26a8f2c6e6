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


def test_a_filler_is_never_read_again(qapp: Any) -> None:
    # A tag named "%2" (or "{n}") stays as typed: only the text's own placeholders are filled.
    text = UndoText.translate("MemberCommands", "给 {n} 位成员加标签 {tags}").fill(n=2, tags="{n}")
    assert str(text) == "给 2 位成员加标签 {n}"
    assert str(UndoText("", "%1 和 %2", ("%2", "乙"))) == "%2 和 乙"


def test_a_list_is_joined_in_the_language_shown(qapp: Any) -> None:
    from ui.i18n import Language

    tags = UndoText.translate("MemberCommands", "给 {n} 位成员加标签 {tags}")
    text = tags.fill(n=2, tags=UndoText.join(["新", "老", "熟"]))
    assert str(UndoText.join([])) == "" and str(UndoText.join(["独"])) == "独"
    language = Language(qapp, "en")
    try:
        assert str(text) == "Tag 2 members with 新, 老, 熟"  # the names stay, the commas follow
        language.switch("zh")
        assert str(text) == "给 2 位成员加标签 新、老、熟"
    finally:
        language.uninstall()


def test_a_bulk_edit_names_its_field_and_value_in_the_language_shown(
    qapp: Any, english: None
) -> None:
    """A status or a membership type is a translated word, a skin type is data."""
    from ui.members.bulk_words import bulk_set_text

    assert str(bulk_set_text(3, "status", "blocked")) == "Set status of 3 members to Blocked"
    assert str(bulk_set_text(2, "tier", "paid")) == "Set membership of 2 members to Paid"
    assert str(bulk_set_text(2, "skin_type", "油皮")) == "Set skin type of 2 members to 油皮"
    assert str(bulk_set_text(1, "role", None)) == "Set role of 1 members to (empty)"


def test_shared_words_follow_the_language(qapp: Any) -> None:
    """A member's naming, a list's separator and the group roles (a fixed vocabulary stored by
    its Chinese keys) in the language shown; names and free text stay as typed."""
    from app.members.domain import ROLES_IN_GROUP
    from ui import wording
    from ui.i18n import Language

    assert tuple(wording.ROLE_LABELS) == ROLES_IN_GROUP  # every role has its label
    warn = UndoText.translate("WarningsPage", "警告 %1").fill(wording.member_text("", 12))

    def words() -> tuple[str, ...]:
        return (
            str(warn),
            wording.member_cell("小美", 3),
            wording.member_cell("", 4),
            wording.joined(["甲", "乙"]),
            wording.role_label("群主"),
            wording.role_label("院长"),
        )

    assert words() == (
        "警告 「未命名」（#12）",
        "小美（#3）",
        "未命名（#4）",
        "甲、乙",
        "群主",
        "院长",
    )
    language = Language(qapp, "en")
    try:
        assert words() == (
            "Warn “unnamed” (#12)",
            "小美 (#3)",
            "unnamed (#4)",
            "甲, 乙",
            "Owner",
            "院长",
        )
    finally:
        language.uninstall()
