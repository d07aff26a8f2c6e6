"""Stored match keys of the names the paste step matches (粘贴接龙).

`match_names` holds, for every distinct name text (a nickname, a name, a group nickname), the
keys the matching compares: raw, full and stripped (`app.paste.matching.name_keys`).
`match_spellings` and `match_chars` hold, per stripped key, its pinyin spellings and its
characters. Database triggers add a text with `version` 0 whenever a member's or a membership's
name is written, whatever the write path; `app.paste.keys.fill_keys` computes the keys of such
rows in the same transaction. The row of the empty text (never a name) holds the version of the
normalisation that computed the keys.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, partial_index


class MatchName(Base):
    __tablename__ = "match_names"
    __table_args__ = (
        Index("ix_match_names_raw_key", "raw_key"),
        Index("ix_match_names_full_key", "full_key"),
        Index("ix_match_names_stripped_key", "stripped_key"),
        # The texts still to key (few, at any time); `version` 0 is "not keyed yet".
        partial_index("ix_match_names_pending", "text", where="version = 0"),
        {"sqlite_with_rowid": False},
    )

    text: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    raw_key: Mapped[str] = mapped_column(String(200), default="")
    full_key: Mapped[str] = mapped_column(String(200), default="")
    stripped_key: Mapped[str] = mapped_column(String(200), default="")


class MatchSpelling(Base):
    __tablename__ = "match_spellings"
    __table_args__ = {"sqlite_with_rowid": False}

    spelling: Mapped[str] = mapped_column(Text, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)


class MatchChar(Base):
    __tablename__ = "match_chars"
    __table_args__ = {"sqlite_with_rowid": False}

    ch: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)
