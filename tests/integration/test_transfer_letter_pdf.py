"""``branchdesk report transfer-letters``: three parts, one number, forms.md §4.1.2 wording,
embedded CJK fonts; a batch of three letters is three pages; chosen members only."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from helpers.ids import make_id

from branchdesk.cli import main
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.reports.transfer_letter_documents import LetterBatch, TransferLetter
from branchdesk.reports.transfer_letter_pdf import render
from branchdesk.services.container import build_services
from branchdesk.services.schemas import BranchInput
from branchdesk.services.transfers import TransferOutInput
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

TODAY = date(2026, 7, 10)


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def fonts_of(path: Path) -> list[str]:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    for row in rows:
        fields = row.split()
        assert (fields[-5], fields[-4]) == ("yes", "yes"), row  # embedded, subset
    return [row.split()[0] for row in rows]


@pytest.fixture
def graduates(tmp_path):
    """A school branch with three graduates whose letters were issued."""
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    services = build_services(engine, today=lambda: TODAY)
    branch = services.branches.create(
        BranchInput(
            name="长春市第一中学高三（2）班团支部",
            parent_committee="共青团长春市第一中学委员会",
            kind="school",
            profile_key="jilin-2021",
        )
    )
    ids = []
    for seq, (name, female) in enumerate(
        (("王浩宇", False), ("李欣怡", True), ("张俊杰", False)), 1
    ):
        member = MemberInput(
            name=name,
            id_number=make_id(date(2008, 3, seq), female=female, seq=seq),
            join_month=YearMonth(2022, 5),
            dev_number=f"20220{seq:07d}",
            ethnicity="01" if seq != 2 else "02",
            phone="13900000000",
        )
        ids.append(services.members.create(branch.id, member).member.id)
    saved = services.transfers.create_out_many(
        branch.id,
        [
            TransferOutInput(
                member_id=i,
                reason="study",
                other_org="共青团吉林大学化学学院委员会",
                other_committee="共青团吉林大学委员会",
                applied_on=date(2026, 7, 1),
                fee_paid_to=YearMonth(2026, 6),
            )
            for i in ids
        ],
    )
    services.transfers.issue_letters([s.transfer.id for s in saved], date(2026, 7, 3))
    yield services, branch, ids
    services.close()


def test_batch_of_three_letters_reads_like_the_form(graduates, tmp_path):
    services, branch, ids = graduates
    out = tmp_path / "letters.pdf"
    result = services.reports.render("transfer-letters", branch_id=branch.id, out=out, year=2026)
    assert result.pages == 3 and result.warnings == ()
    assert len(fonts_of(out)) >= 1
    first = squeeze(pdf_text(out, 1))
    for words in (
        "团员介绍信存根",
        "第2026-001号",
        "王浩宇同志系共青团员，团员号202200000001，",
        "组织关系由长春市第一中学高三(2)班团支部转到共青团吉林大学化学学院委员会。",
        "2026年7月3日",
        "（贴回执联处）",
        "（加盖骑缝章）",
        "中国共产主义青年团团员组织关系介绍信",
        "共青团吉林大学委员会：",
        "王浩宇同志系（男/女），18岁、汉族，系共青团员",
        "请转接组织关系。该同志团费已交到2026年6月。",
        "（有效期30天）",
        "（盖章）",
        "团员联系电话和其他联系方式：13900000000",
        "团员原所在团组织通讯地址：",
        "中国共产主义青年团团员组织关系介绍信回执联",
        "共青团长春市第一中学委员会:",
        "王浩宇同志的团员关系已转达我处，特此回复。",
        "经办人：",
        "注：回执联由接受团员组织关系的基层团委在接收团员后一个月内寄或传真至团员原所在的基层团委",
    ):
        assert squeeze(words) in first, words
    # the same number on all three parts, the full 身份证号 on the 介绍信
    assert first.count("第2026-001号") == 3
    assert services.members.get(ids[0]).data.id_number in first
    second = squeeze(pdf_text(out, 2))
    assert second.count("第2026-002号") == 3 and "李欣怡同志系" in second and "蒙古族" in second


def test_letters_for_chosen_members_only(graduates, tmp_path):
    services, branch, ids = graduates
    out = tmp_path / "one.pdf"
    preview = services.reports.preview("transfer-letters", branch_id=branch.id, member_ids=[ids[1]])
    assert preview.pages == 1 and "李欣怡" in preview.title
    out.write_bytes(preview.pdf)
    assert "第2026-002号" in squeeze(pdf_text(out))
    with pytest.raises(Exception, match="2025年没有开具过"):
        services.reports.pdf("transfer-letters", branch_id=branch.id, year=2025)


def test_cli_demo_prints_this_years_letters(tmp_path):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"], stdout=io.StringIO()) == 0
    out = tmp_path / "demo.pdf"
    stdout = io.StringIO()
    assert (
        main(
            ["--data-dir", str(data), "report", "transfer-letters", "--out", str(out)],
            stdout=stdout,
        )
        == 0
    )
    assert "共 3 页" in stdout.getvalue()
    assert any("CJK" in name or "Noto" in name or "Hei" in name for name in fonts_of(out))
    stdout = io.StringIO()
    code = main(
        [
            "--data-dir",
            str(data),
            "report",
            "transfer-letters",
            "--member",
            "1",
            "--out",
            str(tmp_path / "x.pdf"),
        ],
        stdout=stdout,
    )
    assert code != 0 and not (tmp_path / "x.pdf").exists()


def test_a_blank_letter_leaves_lines_for_the_pen(tmp_path):
    blank = TransferLetter(
        "2026-009",
        "赵四",
        "",
        "",
        "",
        "",
        "",
        "某团支部",
        "",
        "",
        "",
        "",
        "",
        "",
        "某团委",
        "",
        "",
        "",
    )
    out = tmp_path / "blank.pdf"
    out.write_bytes(render(LetterBatch("团员组织关系介绍信", (blank,))))
    text = squeeze(pdf_text(out))
    assert "赵四同志系（男/女），岁、族，系共青团员" in text
    assert "团费已交到年月" in text and "（有效期天）" in text
