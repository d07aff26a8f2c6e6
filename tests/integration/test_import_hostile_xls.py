"""Hostile legacy .xls files: refused before the reader builds its grid or copies its strings.

Read as they are, the string bomb below takes python-calamine ~3.7 GB and 17 s, and the sparse
sheets make it abort the process (a Rust allocation failure, not an exception)."""

from __future__ import annotations

import resource
from pathlib import Path
from typing import Any

import pytest
from hostile_files import mutants, xls, xls_claiming, xls_sparse, xls_string_bomb
from import_fixture_files import count, import_file, member_by

from app.errors import FileRefusedError


def _refused(ctx: Any, path: Path, words: str) -> str:
    with pytest.raises(FileRefusedError) as info:
        ctx.imports.plan(path)
    message = str(info.value)
    assert "\n" not in message and message.endswith("。") and path.name in message
    assert words in message, message
    return message


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_long_shared_string_used_thousands_of_times_is_refused(ctx: Any, tmp_path: Path) -> None:
    path = xls_string_bomb(tmp_path / "sst-bomb.xls", 32_767, 20_000)
    assert path.stat().st_size < 1_000_000
    before = _peak_mb()
    _refused(ctx, path, "展开后文字超过")
    assert _peak_mb() - before < 300
    assert count(ctx) == 0


def test_a_few_long_strings_are_imported(ctx: Any, tmp_path: Path) -> None:
    note = "长" * 20_000
    cells: list[tuple[int, int, Any]] = [(0, 0, "昵称"), (0, 1, "备注")]
    cells += [c for r in range(1, 6) for c in ((r, 0, f"m{r}"), (r, 1, note))]
    _, result = import_file(ctx, xls(tmp_path / "sst-ok.xls", {"名单": cells}))
    assert result.created == 5 and member_by(ctx, nickname="m2").note == note


def test_far_apart_cells_are_refused_before_the_grid_is_built(ctx: Any, tmp_path: Path) -> None:
    before = _peak_mb()
    _refused(ctx, xls_sparse(tmp_path / "sparse.xls"), "散布在 65536 行 × 256 列")
    assert _peak_mb() - before < 300


def test_a_claim_the_format_cannot_hold_is_refused(ctx: Any, tmp_path: Path) -> None:
    _refused(ctx, xls_claiming(tmp_path / "claims.xls", 1_000_000, 300), "超出 .xls 格式的上限")


def test_a_claim_within_the_format_is_read_by_its_cells(ctx: Any, tmp_path: Path) -> None:
    """The reader goes by the cells: a generous DIMENSIONS claim costs nothing, so it passes."""
    _, result = import_file(ctx, xls_claiming(tmp_path / "wide.xls", 65_536, 256))
    assert result.created == 1 and member_by(ctx, nickname="小美")


def test_too_many_cells_in_total_are_refused(ctx: Any, tmp_path: Path) -> None:
    # Four sheets spanning 65,536 × 25 each (1.6 million cells: not sparse enough to refuse
    # one), 6.5 million together: over the cap, refused without reading them.
    cells = [(r, c, 1) for r in range(0, 65_536, 4096) for c in range(25)]
    cells += [(65_535, c, 1) for c in range(25)]
    book = {f"S{n}": cells for n in range(4)}
    message = _refused(ctx, xls(tmp_path / "many.xls", book), "超过导入上限")
    assert "6553600" in message


def test_a_normal_roster_still_imports(ctx: Any, tmp_path: Path) -> None:
    cells: list[tuple[int, int, Any]] = [(0, 0, "昵称"), (0, 1, "微信号")]
    for r in range(1, 3001):
        cells += [(r, 0, f"小美{r}"), (r, 1, f"wx_{r}")]
    _, result = import_file(ctx, xls(tmp_path / "roster.xls", {"名单": cells}))
    assert result.created == 3000


def test_mutated_xls_files_are_imported_or_refused_never_crash(ctx: Any, tmp_path: Path) -> None:
    cells: list[tuple[int, int, Any]] = [(0, 0, "昵称"), (0, 1, "微信号"), (0, 2, "城市")]
    for r in range(1, 400):
        cells += [(r, 0, f"成员{r}"), (r, 1, f"wx{r}"), (r, 2, "杭州" * (r % 7))]
    seed = xls(tmp_path / "seed.xls", {"名单": cells})
    out = tmp_path / "mutants"
    out.mkdir()
    outcomes = {"planned": 0, "refused": 0}
    for path in mutants([seed], 120, out, seed=77):
        try:
            ctx.imports.plan(path)
        except FileRefusedError as exc:
            message = str(exc)
            assert "\n" not in message and message.endswith("。"), (path.name, message)
            outcomes["refused"] += 1
        else:
            outcomes["planned"] += 1
        path.unlink()
    assert outcomes["planned"] and outcomes["refused"], outcomes
    assert count(ctx) == 0


def test_cli_refuses_a_hostile_xls_with_exit_2_and_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    path = xls_sparse(tmp_path / "s.xls")
    assert main(["--db", str(tmp_path / "cli.sqlite3"), "import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and path.name in err
