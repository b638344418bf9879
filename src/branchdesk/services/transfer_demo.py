"""The sample branch's 组织关系转接 (called by ``services.demo.load_demo``).

Kept to transfers that leave the demo roster at its 30 records, all 在团 or 转出中 (other
tests count them): one transfer out waiting beyond the profile's 10 days with its letter
issued, a 学社衔接 cohort of three (毕业 this June, destinations set) of whom two have
transfers approved by the sending side with their letters, and one transfer in just applied.
"""

from __future__ import annotations

from datetime import date, timedelta

from branchdesk.domain.dates import YearMonth, add_months
from branchdesk.services.schemas import MemberRead
from branchdesk.services.transfers import TransferInInput, TransferOutInput, TransferService

TO_WORK = "共青团一汽解放汽车有限公司委员会"


def load_demo_transfers(
    transfers: TransferService, branch_id: int, members: list[MemberRead], today: date
) -> None:
    fee = YearMonth.of(add_months(today.replace(day=1), -1))
    # A transfer out waiting at the sending side for 16 days (the limit is 10).
    waiting = members[10]
    applied = today - timedelta(days=16)
    row = transfers.create_out(
        branch_id,
        TransferOutInput(
            member_id=waiting.id,
            reason="work_org",
            other_org="一汽解放汽车有限公司青岛分公司团支部",
            other_committee=TO_WORK,
            applied_on=applied,
            fee_paid_to=fee,
        ),
    ).transfer
    transfers.issue_letter(row.id, applied)
    # The 学社衔接 cohort: three members graduating (e.g. from a 职业学校 class) in June.
    cohort = [members[20], members[21], members[22]]
    june = YearMonth(today.year, 6)
    destinations = (
        ("study", "共青团长春汽车工业高等专科学校委员会"),
        ("work_org", "共青团长春示范汽车集团有限公司委员会"),
        ("unemployed", "长春市南关区自强街道团工委"),
    )
    for member, (destination, org) in zip(cohort, destinations, strict=True):
        transfers.set_graduation([member.id], june, destination, org)
    start = today - timedelta(days=5)
    saved = transfers.create_graduate_transfers(branch_id, [m.id for m in cohort[:2]], start, fee)
    for outcome in saved:
        transfers.advance(outcome.transfer.id, today - timedelta(days=3))
    transfers.issue_letters([s.transfer.id for s in saved], today)
    # A transfer in just applied for (the member appears when it succeeds).
    transfers.create_in(
        branch_id,
        TransferInInput(
            name="韩雪松",
            id_number="220102200305060019",
            reason="work_org",
            other_org="吉林省交通职业技术学院汽车工程学院团总支",
            applied_on=today - timedelta(days=2),
            fee_paid_to=fee,
        ),
    )
