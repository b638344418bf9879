#!/usr/bin/env python3
"""Extract the UI strings into the Qt Linguist file and compile it.

UI text is English in the source (``self.tr()``, ``QCoreApplication.translate()``, Designer
forms) and shipped in Simplified Chinese through ``resources/translations/branchdesk_zh_CN.ts``
(kept in git, edited with Qt Linguist or the glossary below) and its compiled ``.qm``.

Usage::

    python scripts/update_translations.py                  # lupdate -> glossary -> lrelease
    python scripts/update_translations.py --fill FILE.tsv  # same, with another glossary
    python scripts/update_translations.py --check          # exit 1 listing what is not done

Sources: ``forms/*.ui``, ``src/branchdesk/ui/**/*.py`` (without the generated ``ui/forms/``,
whose strings come from the ``.ui`` files) and ``src/branchdesk/app.py`` when present.

The glossary ``resources/translations/zh_CN.tsv`` (applied on every update when it exists) has
one ``source text<TAB>translation`` pair a line; blank lines and lines starting with ``#`` are
ignored; ``\\n``, ``\\t`` and ``\\\\`` stand for a newline, a tab and a backslash. It ignores the
context: every message with that source text gets that translation, replacing what was there.

``--check`` fails on a message without a finished translation (new strings count too), on an
obsolete or vanished entry, on a glossary entry that the ``.ts`` does not reflect, and on a
``.qm`` that differs from what lrelease makes of the committed ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = REPO_ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / "branchdesk_zh_CN.ts"
QM_FILE = TRANSLATIONS_DIR / "branchdesk_zh_CN.qm"
GLOSSARY_FILE = TRANSLATIONS_DIR / "zh_CN.tsv"
TARGET_LANGUAGE = "zh_CN"

_TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
_DONE_TYPES = {None, ""}
_OBSOLETE_TYPES = {"obsolete", "vanished"}


class TranslationError(RuntimeError):
    """A Linguist tool failed or a glossary line is malformed."""


def _tool(name: str) -> list[str]:
    """Return the command for a PySide6 tool from the running interpreter's environment."""
    scripts_dir = Path(sys.executable).parent
    for candidate in (scripts_dir / f"pyside6-{name}", scripts_dir / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return [str(candidate)]
    code = (
        f"import sys; from PySide6.scripts.pyside_tool import {name}; "
        f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())"
    )
    return [sys.executable, "-c", code]


def _run(command: Sequence[str], what: str) -> None:
    result = subprocess.run(list(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise TranslationError(f"{what} failed (exit {result.returncode}):\n{result.stderr}")
    # lupdate reports unusable tr() calls on stderr with exit 0: let the developer see them.
    if result.stderr.strip():
        sys.stderr.write(result.stderr)


def project_sources(root: Path = REPO_ROOT) -> list[Path]:
    """Return the files lupdate scans, in a stable order."""
    ui_dir = root / "src" / "branchdesk" / "ui"
    generated = ui_dir / "forms"
    sources = sorted((root / "forms").glob("*.ui"))
    sources += sorted(path for path in ui_dir.rglob("*.py") if generated not in path.parents)
    app = root / "src" / "branchdesk" / "app.py"
    if app.is_file():
        sources.append(app)
    return sources


def lupdate(sources: Sequence[Path], ts_file: Path, *, keep_obsolete: bool = False) -> None:
    """Merge the sources' messages into ``ts_file`` (created if missing), keeping translations."""
    command = [*_tool("lupdate"), "-silent", *map(str, sources), "-ts", str(ts_file)]
    command += ["-source-language", "en", "-target-language", TARGET_LANGUAGE]
    if not keep_obsolete:
        command.append("-no-obsolete")
    _run(command, "pyside6-lupdate")


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` to ``qm_file``; unfinished translations are left out."""
    _run(
        [*_tool("lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
        "pyside6-lrelease",
    )


def _unescape(field: str) -> str:
    out: list[str] = []
    chars = iter(field)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "\\")
        out.append({"n": "\n", "t": "\t"}.get(following, following))
    return "".join(out)


def read_glossary(path: Path) -> dict[str, str]:
    """Read a ``source<TAB>translation`` file (see the module docstring for the format).

    Raises:
        TranslationError: for a line without exactly one tab or with an empty side.
    """
    glossary: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0] or not fields[1].strip():
            raise TranslationError(f"{path}:{number}: expected 'source<TAB>translation'")
        glossary[_unescape(fields[0])] = _unescape(fields[1])
    return glossary


def _messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    found: list[tuple[str, ET.Element]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        found.extend((name, message) for message in context.iter("message"))
    return found


def _translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def fill(translations: Mapping[str, str], ts_file: Path = TS_FILE) -> int:
    """Set the translation of every message whose source text is a key; return how many changed.

    The file is rewritten only when something changed; ``update()`` runs lupdate afterwards,
    which restores Qt's own formatting of the file.
    """
    tree = ET.parse(ts_file)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source is None or source not in translations:
            continue
        text = translations[source]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in _OBSOLETE_TYPES:
            continue
        plural = message.get("numerus") == "yes"
        if translation.get("type") in _DONE_TYPES and _translated_texts(message) == [text]:
            continue
        translation.attrib.pop("type", None)
        if plural:  # Chinese has a single plural form
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        changed += 1
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_file.write_text(_TS_HEADER + body + "\n", encoding="utf-8", newline="\n")
    return changed


def problems_in_ts(ts_file: Path) -> list[str]:
    """Return one line per message that is unfinished, untranslated, obsolete or vanished."""
    problems: list[str] = []
    for context, message in _messages(ts_file):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        where = f"{context}: {message.findtext('source')!r}"
        texts = _translated_texts(message)
        if kind not in _DONE_TYPES:  # unfinished, obsolete or vanished
            problems.append(f"{kind}: {where}")
        elif not texts or not all(text.strip() for text in texts):
            problems.append(f"empty translation: {where}")
    return problems


def check(
    sources: Sequence[Path] | None = None,
    ts_file: Path = TS_FILE,
    qm_file: Path = QM_FILE,
    glossary: Mapping[str, str] | None = None,
) -> list[str]:
    """Return one line per problem (empty when the translation files are complete and fresh).

    Nothing in the repository is written: lupdate runs on a temporary copy of the ``.ts``
    without ``-no-obsolete``, so strings that left the source show up as vanished.
    """
    if sources is None:
        sources = project_sources()
    if glossary is None:
        glossary = read_glossary(GLOSSARY_FILE) if GLOSSARY_FILE.is_file() else {}
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="update_translations_") as tmp:
        scratch = Path(tmp) / ts_file.name
        if ts_file.is_file():
            shutil.copyfile(ts_file, scratch)
        lupdate(sources, scratch, keep_obsolete=True)
        problems += problems_in_ts(scratch)
        if not ts_file.is_file() and _messages(scratch):
            problems.insert(0, f"missing: {_show(ts_file)}")
        if glossary and fill(glossary, scratch):
            problems.append(f"glossary not applied: the {ts_file.name} differs from the glossary")
        if ts_file.is_file():
            fresh_qm = Path(tmp) / qm_file.name
            lrelease(ts_file, fresh_qm)
            if not qm_file.is_file():
                problems.append(f"missing: {_show(qm_file)}")
            elif qm_file.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"stale: {_show(qm_file)} is not lrelease of {ts_file.name}")
        elif qm_file.is_file():
            problems.append(f"orphan: {_show(qm_file)} has no {ts_file.name}")
    return problems


def update(
    sources: Sequence[Path] | None = None,
    ts_file: Path = TS_FILE,
    qm_file: Path = QM_FILE,
    glossary: Mapping[str, str] | None = None,
) -> int:
    """Run lupdate, apply the glossary, normalise and lrelease; return the filled count."""
    if sources is None:
        sources = project_sources()
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    lupdate(sources, ts_file)
    filled = fill(glossary, ts_file) if glossary else 0
    if filled:
        lupdate(sources, ts_file)  # back to lupdate's own formatting: diffs stay small
    lrelease(ts_file, qm_file)
    return filled


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    parser.add_argument(
        "--fill",
        type=Path,
        metavar="FILE.tsv",
        help=f"glossary to apply (default: {_show(GLOSSARY_FILE)} when it exists)",
    )
    args = parser.parse_args(argv)
    glossary_file: Path | None = args.fill or (GLOSSARY_FILE if GLOSSARY_FILE.is_file() else None)
    try:
        glossary = read_glossary(glossary_file) if glossary_file else {}
        if args.check:
            problems = check(glossary=glossary)
            if problems:
                sys.stderr.write(
                    f"Translations ({_show(TS_FILE)}) are not up to date: "
                    f"{len(problems)} problem(s)\n"
                )
                sys.stderr.writelines(f"  {line}\n" for line in problems)
                sys.stderr.write(
                    "Run: .venv/bin/python scripts/update_translations.py, then translate the "
                    "unfinished strings (Qt Linguist or the zh_CN.tsv glossary)\n"
                )
                return 1
            sys.stdout.write("translations: complete and up to date\n")
            return 0
        filled = update(glossary=glossary)
    except TranslationError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    remaining = problems_in_ts(TS_FILE)
    sys.stdout.write(
        f"translations: {_show(TS_FILE)} updated, {filled} filled from the glossary, "
        f"{len(remaining)} still untranslated\n"
    )
    sys.stdout.writelines(f"  {line}\n" for line in remaining)
    return 0


if __name__ == "__main__":
    sys.exit(main())
