"""File → Settings: the values live in the setting table, are saved together, and the language
is read before the data file is opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from branchdesk.errors import ValidationError
from branchdesk.paths import AppPaths, resolve_paths
from branchdesk.services.container import open_services
from branchdesk.services.settings import (
    AppSettings,
    SettingsService,
    choose_language,
    read_language,
)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


@pytest.fixture
def services(paths: AppPaths):
    built = open_services(paths)
    yield built
    built.close()


def test_defaults_on_a_new_data_file(services, paths):
    assert SettingsService(services.engine, paths).get() == AppSettings()
    assert read_language(paths.database) is None


def test_saved_values_are_what_the_other_services_use(services, paths, tmp_path):
    settings = SettingsService(services.engine, paths)
    folder = tmp_path / "备份" / "团支部"
    saved = settings.save(
        AppSettings(language="en", prefer_system_fonts=True, backup_keep=25, backup_folder=folder)
    )
    assert saved == AppSettings("en", True, 25, folder)
    assert folder.is_dir()  # made when saved
    assert services.reports.prefer_system_fonts is True
    assert services.backups.keep() == 25
    assert services.backups.folder() == folder
    assert read_language(paths.database) == "en"  # while the app has the file open

    settings.save(AppSettings(backup_folder=paths.backups))  # the default folder: stored empty
    assert services.backups.folder() == paths.backups
    assert settings.get().backup_folder is None
    assert read_language(paths.database) == "zh_CN"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"language": "fr"}, "不支持的界面语言"),
        ({"backup_keep": 0}, "1 到 1000"),
        ({"backup_keep": 1001}, "1 到 1000"),
        ({"backup_folder": Path("relative/folder")}, "完整路径"),
    ],
)
def test_a_refused_value_saves_nothing(services, paths, change, message):
    settings = SettingsService(services.engine, paths)
    before = settings.save(AppSettings(language="en", backup_keep=7))
    with pytest.raises(ValidationError, match=message):
        settings.save(AppSettings(**{"language": "zh_CN", "prefer_system_fonts": True, **change}))
    assert settings.get() == before
    assert services.reports.prefer_system_fonts is False


def test_a_backup_folder_that_is_a_file_is_refused(services, paths, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ValidationError, match="是一个文件"):
        SettingsService(services.engine, paths).save(AppSettings(backup_folder=blocker))


def test_read_language_tolerates_files_that_are_not_databases(tmp_path):
    junk = tmp_path / "branchdesk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert read_language(junk) is None
    assert read_language(tmp_path / "missing.db") is None


def test_the_environment_variable_wins_then_the_stored_language_then_chinese():
    assert choose_language("en", "zh_CN") == "en"
    assert choose_language(None, "en") == "en"
    assert choose_language("klingon", "en") == "en"  # an invalid override is ignored
    assert choose_language("", None) == "zh_CN"
