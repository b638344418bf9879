"""``branchdesk backup``: a consistent copy in the backup folder or a chosen file, with counts."""

from __future__ import annotations

import io
import re
from pathlib import Path

from branchdesk.cli import main
from branchdesk.services.backups import count_records, integrity_check


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


def test_backup_to_the_backup_folder_prints_path_and_counts(data_dir: Path):
    assert run("--data-dir", str(data_dir), "demo")[0] == 0
    code, text = run("--data-dir", str(data_dir), "backup")
    assert code == 0
    match = re.search(r"已备份到 (\S+\.db)", text)
    assert match, text
    path = Path(match[1])
    assert path.parent == data_dir.resolve() / "backups"
    assert path.name.startswith("branchdesk_manual_")
    assert integrity_check(path) == []
    counts = count_records(path)
    assert counts["members"] == 30
    assert f"团员{counts['members']}" in text and f"会议{counts['meetings']}" in text


def test_backup_to_a_chosen_file_and_never_over_an_existing_one(data_dir: Path, tmp_path, capsys):
    target = tmp_path / "stick" / "branchdesk.db"
    code, text = run("--data-dir", str(data_dir), "backup", "--to", str(target))
    assert code == 0
    assert str(target) in text
    assert integrity_check(target) == []
    before = target.read_bytes()
    code, _ = run("--data-dir", str(data_dir), "backup", "--to", str(target))
    assert code == 1
    assert "已存在" in capsys.readouterr().err
    assert target.read_bytes() == before
