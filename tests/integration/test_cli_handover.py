"""``branchdesk handover export FILE`` / ``handover import FILE [--replace]``."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from branchdesk.cli import main
from branchdesk.services.backups import count_records


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


def test_export_then_import_on_another_machine(tmp_path: Path, capsys):
    old, new = tmp_path / "old", tmp_path / "new"
    assert run("--data-dir", str(old), "demo")[0] == 0
    bundle = tmp_path / "stick" / "换届.bdh"
    bundle.parent.mkdir()
    code, text = run(
        "--data-dir", str(old), "handover", "export", str(bundle),
        "--outgoing", "张三", "--incoming", "李四",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "已导出移交文件" in text and "校验值" in text
    assert re.search(r"member\s+团员\s+30", text)
    with zipfile.ZipFile(bundle) as archive:
        assert {"manifest.json", "branchdesk.db"} <= set(archive.namelist())

    code, text = run("--data-dir", str(new), "handover", "import", str(bundle))
    assert code == 0, capsys.readouterr().err
    assert "已导入移交文件" in text and "核对无误" in text
    assert re.search(r"member\s+团员\s+30", text)
    assert count_records(new / "branchdesk.db")["members"] == 30

    # The imported data is the successor's now: the usual commands work on it.
    code, text = run("--data-dir", str(new), "export-members", str(tmp_path / "r.xlsx"))
    assert code == 0 and "30" in text


def test_import_over_existing_data_needs_replace(tmp_path: Path, capsys):
    old, new = tmp_path / "old", tmp_path / "new"
    run("--data-dir", str(old), "demo")
    bundle = tmp_path / "h.bdh"
    assert run("--data-dir", str(old), "handover", "export", str(bundle))[0] == 0
    run("--data-dir", str(new), "demo")
    capsys.readouterr()
    code, _ = run("--data-dir", str(new), "handover", "import", str(bundle))
    assert code == 1
    err = capsys.readouterr().err
    assert "已有数据" in err and "--replace" in err
    code, text = run("--data-dir", str(new), "handover", "import", str(bundle), "--replace")
    assert code == 0
    match = re.search(r"原有数据已备份到 (\S+\.db)", text)
    assert match and Path(match[1]).is_file()


def test_bad_files_exit_1_with_a_clear_message(tmp_path: Path, capsys):
    data = tmp_path / "data"
    not_zip = tmp_path / "a.bdh"
    not_zip.write_text("hello", encoding="utf-8")
    code, _ = run("--data-dir", str(data), "handover", "import", str(not_zip))
    assert code == 1
    assert "不是 branchdesk 移交文件" in capsys.readouterr().err
    code, _ = run("--data-dir", str(data), "handover", "export", str(tmp_path / "x.bdh"))
    assert code == 1
    assert "还没有团支部" in capsys.readouterr().err
    assert not (tmp_path / "x.bdh").exists()
