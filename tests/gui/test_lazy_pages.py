"""Pages of the main window that are not on screen load when first shown, not at start-up.

At a 团委's scale (bench/: 20,000 members in one branch) the 评议 grids, the 对标定级 page and
the home page each cost seconds; built eagerly (and the home page twice) they made the window
take tens of seconds to appear.
"""

from __future__ import annotations

from branchdesk.paths import AppPaths
from branchdesk.ui.main_window import MainWindow


def test_hidden_pages_load_when_shown(qtbot, services, demo_branch, tmp_path, monkeypatch):
    calls: list[str] = []
    real_dashboard = services.calendar.dashboard
    real_sheet = services.reviews.evaluation_sheet

    def dashboard(*args, **kwargs):
        calls.append("home")
        return real_dashboard(*args, **kwargs)

    def evaluation_sheet(*args, **kwargs):
        calls.append("reviews")
        return real_sheet(*args, **kwargs)

    monkeypatch.setattr(services.calendar, "dashboard", dashboard)
    monkeypatch.setattr(services.reviews, "evaluation_sheet", evaluation_sheet)
    window = MainWindow(services, AppPaths(tmp_path), demo_branch)
    qtbot.addWidget(window)
    assert calls == []  # nothing is read before the window is shown
    window.show()
    qtbot.waitExposed(window)
    assert calls == ["home"]  # the home page once, not twice
    assert window.reviews_page.ui.evaluation_table.rowCount() == 0

    nav = window.ui.nav_list
    nav.setCurrentRow(window.ui.pages.indexOf(window.reviews_page))
    assert calls == ["home", "reviews"]
    assert window.reviews_page.ui.evaluation_table.rowCount() >= 25
    nav.setCurrentRow(window.ui.pages.indexOf(window.rating_page))
    assert window.rating_page.ui.score_table.rowCount() > 0


def test_home_page_names_at_most_thirty_members_at_risk(qtbot, services, demo_branch, monkeypatch):
    from dataclasses import replace

    from branchdesk.ui.home_page import WATCH_LIMIT, HomePage

    real = services.calendar.dashboard

    def dashboard(*args, **kwargs):
        found = real(*args, **kwargs)
        return replace(found, lapse_risk=[(n, f"成员{n}") for n in range(1, 1001)])

    monkeypatch.setattr(services.calendar, "dashboard", dashboard)
    page = HomePage(services, demo_branch.id)
    qtbot.addWidget(page)
    text = page.ui.watch_label.text()
    assert text.count('href="member:') == WATCH_LIMIT == 30
    assert "另有 970 名团员" in text or "970 more" in text
