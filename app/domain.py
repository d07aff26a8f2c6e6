"""The shared kernel's plain data: entity ids and the change set every write reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NewType

MemberId = NewType("MemberId", int)
TagId = NewType("TagId", int)
GroupId = NewType("GroupId", int)
SegmentId = NewType("SegmentId", int)


@dataclass(frozen=True, slots=True)
class Changes:
    """What a service call changed, so each view refreshes only what it shows.

    `members`: rows whose content changed; `membership`: the set of rows a filter selects may
    differ (create, trash, restore, import); `vocab`: tags, roles, groups or segments changed.
    """

    members: frozenset[int] = frozenset()
    membership: bool = False
    vocab: bool = False
    areas: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.members | other.members,
            self.membership or other.membership,
            self.vocab or other.vocab,
            self.areas | other.areas,
        )
