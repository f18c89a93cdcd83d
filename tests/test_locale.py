"""EN, FR and ES ship complete: every interface string is extracted, translated and compiled."""

import gettext
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

import trademission

PACKAGE = Path(trademission.__file__).parent
LANGUAGES = ["en", "fr", "es"]


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(PACKAGE / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """The msgids the source holds today, extracted afresh into a scratch copy of the package."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext is needed: .ci/run installs it (apt-get install gettext)")
    scratch = tmp_path_factory.mktemp("extract") / "trademission"
    shutil.copytree(PACKAGE, scratch, ignore=shutil.ignore_patterns("locale", "__pycache__"))
    (scratch / "locale").mkdir()
    subprocess.run(["django-admin", "makemessages", "--locale", "fr", "--no-location", "--no-wrap"],
                   cwd=scratch, check=True, capture_output=True, env={"PATH": _path(), "LC_ALL": "C.UTF-8"})
    fresh = polib.pofile(str(scratch / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt or "", entry.msgid) for entry in fresh}


def _path() -> str:
    import os
    import sys

    return f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_every_string_of_the_source(language, extracted):
    present = {(entry.msgctxt or "", entry.msgid) for entry in catalogue(language) if not entry.obsolete}

    assert sorted(extracted - present) == []


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_string_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)

    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language):
    po = catalogue(language)
    mo_path = PACKAGE / "locale" / language / "LC_MESSAGES" / "django.mo"
    with mo_path.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)

    def compiled_text(entry: polib.POEntry) -> str:
        if entry.msgctxt:
            return compiled.pgettext(entry.msgctxt, entry.msgid)
        return compiled.gettext(entry.msgid)

    stale = [entry.msgid for entry in po.translated_entries()
             if not entry.msgid_plural and compiled_text(entry) != entry.msgstr]
    assert stale == []
