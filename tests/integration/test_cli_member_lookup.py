"""``report transfer-letters --member``: a member named by 身份证号, by a name unique in the branch,
or by the internal number the CLI always took; a shared or unknown name is refused with the
candidates (masked IDs). Run in a subprocess, as a secretary's script would."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from helpers.ids import make_id

from branchdesk.cli import main
from branchdesk.domain import idcard
from branchdesk.paths import resolve_paths
from branchdesk.services.container import open_services
from branchdesk.services.schemas import MemberFilter


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[str, dict[str, object]]:
    """The demo data plus a second 周… sharing the name of a member who has a letter."""
    data = tmp_path_factory.mktemp("cli-member") / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    services = open_services(resolve_paths(str(data)))
    try:
        branch = services.branches.current()
        assert branch is not None
        letters = services.transfers.letter_batch(branch.id, year=2026).letters
        first = letters[0]
        holder = next(
            m
            for m in services.members.rows(services.members.list_ids(branch.id, MemberFilter()))
            if m.name == first.name
        )
        twin = services.members.get(holder.id).data
        born = twin.birth_date
        assert born is not None
        services.members.create(
            branch.id,
            replace(
                twin,
                id_number=make_id(born, female=twin.gender == "2", seq=77),
                status="active",
                dev_number=None,
                card_number=None,
                phone=None,
            ),
        )
        facts: dict[str, object] = {
            "name": first.name,
            "number": first.number,
            "id": holder.id,
            "id_number": holder.id_number,
            "other": letters[1].name,
            "other_number": letters[1].number,
        }
    finally:
        services.close()
    return str(data), facts


def letter(demo_dir: str, tmp_path: Path, *members: str) -> subprocess.CompletedProcess[str]:
    args = ["--data-dir", demo_dir, "report", "transfer-letters", "--out", str(tmp_path / "l.pdf")]
    for member in members:
        args += ["--member", member]
    return run(*args)


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return "".join(text.split())


def test_by_id_number_and_by_unique_name(demo, tmp_path):
    demo_dir, facts = demo
    # a 身份证号 as typed: lower-case x and spaces are tidied like everywhere else
    typed = f" {str(facts['id_number']).lower()} "
    result = letter(demo_dir, tmp_path, typed, str(facts["other"]))
    assert result.returncode == 0, result.stderr
    assert "共 2 页" in result.stdout
    text = pdf_text(tmp_path / "l.pdf")
    assert str(facts["number"]) in text and str(facts["other_number"]) in text


def test_the_internal_number_still_works(demo, tmp_path):
    demo_dir, facts = demo
    result = letter(demo_dir, tmp_path, str(facts["id"]))
    assert result.returncode == 0, result.stderr
    assert "共 1 页" in result.stdout
    assert str(facts["number"]) in pdf_text(tmp_path / "l.pdf")


def test_a_shared_name_lists_the_candidates_with_masked_ids(demo, tmp_path):
    demo_dir, facts = demo
    result = letter(demo_dir, tmp_path, str(facts["name"]))
    assert result.returncode != 0 and not (tmp_path / "l.pdf").exists()
    message = result.stderr
    assert f"本团支部有2名团员叫“{facts['name']}”，请改用身份证号指定" in message
    assert idcard.mask(str(facts["id_number"])) in message
    assert str(facts["id_number"]) not in message  # never the full number


def test_unknown_names_numbers_and_ids_are_refused_clearly(demo, tmp_path):
    demo_dir, facts = demo
    name = str(facts["name"])
    result = letter(demo_dir, tmp_path, name[0] + "某某")
    assert result.returncode != 0
    assert f"本团支部没有姓名为“{name[0]}某某”的团员" in result.stderr
    result = letter(demo_dir, tmp_path, name[1:])  # part of a name: the near ones are offered
    assert "姓名相近的有" in result.stderr and name in result.stderr
    result = letter(demo_dir, tmp_path, "99999")
    assert result.returncode != 0 and "本团支部没有编号为99999的团员" in result.stderr
    unknown = make_id(date(2001, 1, 1), seq=5)
    result = letter(demo_dir, tmp_path, unknown)
    assert f"本团支部没有身份证号为{idcard.mask(unknown)}的团员" in result.stderr
    bad = unknown[:-1] + ("0" if unknown[-1] != "0" else "1")
    result = letter(demo_dir, tmp_path, bad)
    assert result.returncode != 0 and "有误" in result.stderr
    assert not (tmp_path / "l.pdf").exists()


def test_help_names_the_accepted_forms():
    result = run("report", "--help")
    assert "身份证号、姓名" in "".join(result.stdout.split())
