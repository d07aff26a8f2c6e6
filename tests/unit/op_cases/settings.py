"""Operation cases of 设置: business settings, skin types with synonyms, tag groups."""

from __future__ import annotations

from typing import Any

from app.members.vocab_ops import (
    AddSkinType,
    AddTagGroup,
    DeleteSkinType,
    DeleteTagGroup,
    EditSkinType,
    EditTagGroup,
)
from app.settings.declared import POINTS_LEVELS
from app.settings.setting_ops import SetSetting
from tests.unit.op_cases import case


def _skin(ctx: Any, name: str) -> Any:
    return next(r for r in ctx.vocab.skin_type_rows() if r.name == name)


@case("settings.set")
def set_level_thresholds(ctx: Any) -> Any:
    # Lower thresholds move many members up a level: the inverse must put each level back.
    return SetSetting(POINTS_LEVELS, (0, 10, 30, 60, 100))


@case("skin_types.add")
def add_skin_type(ctx: Any) -> Any:
    return AddSkinType("痘痘肌", ("痘肌", "易长痘"))


@case("skin_types.edit")
def rename_skin_type_used_by_members(ctx: Any) -> Any:
    dry = _skin(ctx, "干性")
    assert dry.members > 0
    return EditSkinType(dry.id, "干燥性", (*dry.synonyms, "干燥皮"))


@case("skin_types.delete")
def delete_unused_skin_type(ctx: Any) -> Any:
    new_id = ctx.run(AddSkinType("痘痘肌", ("痘肌",)), "test").value
    return DeleteSkinType(new_id)


@case("tag_groups.add")
def add_tag_group(ctx: Any) -> Any:
    return AddTagGroup("售后跟进", "#d9534f")


@case("tag_groups.edit")
def rename_and_recolour_tag_group(ctx: Any) -> Any:
    group = next(g for g in ctx.vocab.tag_group_rows() if g.tags > 0)
    return EditTagGroup(group.id, group.name + "（旧）", "#123456")


@case("tag_groups.delete")
def delete_empty_tag_group(ctx: Any) -> Any:
    new_id = ctx.run(AddTagGroup("待定"), "test").value
    return DeleteTagGroup(new_id)


@case("vocab.restore")
def restore_deleted_tag_group(ctx: Any) -> Any:
    new_id = ctx.run(AddTagGroup("待定"), "test").value
    return ctx.run(DeleteTagGroup(new_id), "test").inverse
