"""The procedure files: every shipped one validates and covers PROCEDURE.md; a broken one is refused
with the file and the line of the mistake; the library keeps the last good procedure."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from app.checklist.loader import NoProcedure, ProcedureLibrary
from app.checklist.procedure import Procedure, ProcedureFileError, load_procedure, parse_procedure

ROOT = Path(__file__).resolve().parents[3]
PROCEDURES = ROOT / "resources" / "procedures"
SHIPPED = sorted(PROCEDURES.glob("*.json"))
CURRENT = PROCEDURES / "taipei-2025-07-08.json"

# The headings of PROCEDURE.md ("## What counts (參.二; …)" → "What counts"). Outreach is, in its own
# words, "part of the guideline but not of this workstation".
PROCEDURE_MD_SECTIONS = ("What counts", "Patrol", "Initial evidence, before anything else", "Reporting", "Takedown",
                         "Victim protection", "Investigation", "Transfer and close")
NOT_IN_WORKSTATION = ("Outreach",)
# The parts issue 5 names, each by a step that must exist.
REQUIRED_STEPS = ("assess-elements", "capture-content", "report-social-authority", "report-suspect",
                  "seal-identities", "takedown-referral", "platform-order", "recheck-removed", "dns-rpz-evidence",
                  "identify-victim", "siarc-minor", "victim-authorization", "social-worker-minor", "counselling-adult",
                  "hand-over-minor", "evidence-preservation", "subscriber-data", "cloud-control", "cib-support",
                  "transfer", "notify-family-officer", "close-case")


def test_procedures_are_shipped() -> None:
    assert CURRENT in SHIPPED


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_file_validates(path: Path) -> None:
    procedure = load_procedure(path)
    assert procedure.file == path.name
    assert procedure.steps and procedure.clocks
    for step in procedure.steps:
        assert step.label.zh_TW.strip() and step.label.en.strip()
        assert step.basis.strip()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_procedure_md_section_has_steps(path: Path) -> None:
    procedure = load_procedure(path)
    covered = {section.procedure_md for section in procedure.sections if procedure.steps_in(section.id)}
    assert covered == set(PROCEDURE_MD_SECTIONS)
    assert not set(NOT_IN_WORKSTATION) & covered


def test_procedure_md_headings_match_when_available() -> None:
    """If the shared PROCEDURE.md sits beside the checkout, its headings are exactly those covered."""
    candidates = [ROOT.parent / "shared" / "PROCEDURE.md", Path("/work/shared/PROCEDURE.md")]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        pytest.skip("PROCEDURE.md is not beside this checkout")
    headings = [re.sub(r"\s*\(.*$", "", line[3:]).strip()
                for line in found.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert set(headings) == set(PROCEDURE_MD_SECTIONS) | set(NOT_IN_WORKSTATION)


def test_current_procedure_has_the_issue_steps_and_clocks() -> None:
    procedure = load_procedure(CURRENT)
    assert [s for s in REQUIRED_STEPS if procedure.step(s) is None] == []
    removal = procedure.clock("platform-removal")
    assert removal is not None and removal.duration.hours == 24
    assert [r.duration.hours for r in removal.overrides] == [72]
    retention = procedure.clock("retention")
    assert retention is not None and retention.kind == "retention" and retention.duration.days == 180
    for clock_id in ("social-report", "suspect-report", "hand-over"):
        clock = procedure.clock(clock_id)
        assert clock is not None and clock.duration.hours == 24
    takedown = procedure.step("takedown-referral")
    assert takedown is not None and "evidence-complete" in takedown.gates
    # 陸.二(二): all evidence first, the poster's account, ID and IP (陸.一(一)) as much as the capture
    assert takedown.requires == ("assess-elements", "record-poster", "capture-content")
    siarc = procedure.step("siarc-minor")
    assert siarc is not None and siarc.link is not None and siarc.link.url.startswith("https://")


# -- broken files ----------------------------------------------------------------------------------
def _text() -> str:
    return CURRENT.read_text(encoding="utf-8")


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1


def _refused(text: str) -> ProcedureFileError:
    with pytest.raises(ProcedureFileError) as caught:
        parse_procedure(text, "broken.json")
    assert caught.value.file == "broken.json"
    assert caught.value.render().startswith("Procedure file broken.json, line ")
    return caught.value


def test_bad_json_names_the_line() -> None:
    text = _text()
    target = _line_of(text, '"id": "record-poster"')
    lines = text.splitlines()
    lines[target - 1] = lines[target - 1].rstrip(",")  # a missing comma
    error = _refused("\n".join(lines))
    assert error.line in (target, target + 1)  # json reports the line where the next token starts
    assert "not valid JSON" in error.render()


def test_missing_field_names_the_step_line() -> None:
    data = json.loads(_text())
    del data["steps"][5]["basis"]
    text = json.dumps(data, ensure_ascii=False, indent=2)
    error = _refused(text)
    assert error.line == _line_of(text, f'"id": "{data["steps"][5]["id"]}"') - 1  # the step object's "{" line
    assert '"basis"' in error.render()


def test_unknown_prerequisite_names_its_line() -> None:
    text = _text().replace('"requires": [\n        "report-social-authority"\n      ]',
                           '"requires": [\n        "report-social-authorty"\n      ]')
    assert "authorty" in text
    error = _refused(text)
    assert error.line == _line_of(text, '"report-social-authorty"')
    assert "unknown step" in error.render()


def test_cycle_names_a_line_in_the_loop() -> None:
    data = json.loads(_text())
    steps = {s["id"]: s for s in data["steps"]}
    steps["assess-elements"]["requires"] = ["transfer"]  # transfer requires assess-elements
    text = json.dumps(data, ensure_ascii=False, indent=2)
    error = _refused(text)
    assert "loop" in error.render()
    assess = text.index('"id": "assess-elements"')
    assert error.line == text.count("\n", 0, text.index('"transfer"', assess)) + 1
    assert "assess-elements → transfer → assess-elements" in error.render()


def test_unknown_key_is_a_typo_not_ignored() -> None:
    text = _text().replace('"optional": true', '"optinal": true', 1)
    error = _refused(text)
    assert error.line == _line_of(text, '"optinal"')


@pytest.mark.parametrize(("mutate", "fragment"), [
    (lambda d: d["steps"][0].update(section="nowhere"), "unknown section"),
    (lambda d: d["steps"][0].update(gates=["moon-phase"]), "gate"),
    (lambda d: d["clocks"][0].update(stopped_by=["nobody"]), "unknown step"),
    (lambda d: d["clocks"][0].update(duration={"hours": 0}), "longer than zero"),
    (lambda d: d["clocks"][3].update(duration={"days": 180, "hours": 3}), "days only"),
    (lambda d: d["steps"][1].update(applies_when={"victim_age": ["teen"]}), "not a possible value"),
    (lambda d: d["steps"][1].update(applies_when={"eye_colour": ["blue"]}), "no step records"),
    (lambda d: d.update(closing_step="vanish"), "closing step"),
    (lambda d: d["steps"][2].update(id=d["steps"][1]["id"]), "used twice"),
    (lambda d: d["steps"][3].update(completion={"manual": False}), "never be completed"),
    (lambda d: d.update(format=2), "format 2"),
    (lambda d: d.update(version="next week"), "malformed"),
])
def test_schema_errors_are_named(mutate: object, fragment: str) -> None:
    data = json.loads(_text())
    mutate(data)  # type: ignore[operator]
    error = _refused(json.dumps(data, ensure_ascii=False, indent=2))
    assert fragment in error.render()
    assert error.line > 1 or fragment in ("format 2",)


# -- the library ---------------------------------------------------------------------------------------
def test_library_keeps_the_last_good_procedure(tmp_path: Path) -> None:
    folder = tmp_path / "procedures"
    folder.mkdir()
    target = folder / "taipei.json"
    target.write_text(_text(), encoding="utf-8")
    library = ProcedureLibrary(folder)
    assert library.reload() == []
    good = library.current()

    target.write_text(_text().replace('"manual": true', '"manual": "yes"', 1), encoding="utf-8")
    os.utime(target, ns=(1, 1))  # a different mtime even on coarse file systems
    errors = library.reload()
    assert len(errors) == 1 and errors[0].file == "taipei.json"
    assert library.current() is good

    newer = json.loads(_text())
    newer["version"] = "2025-07-08.4"
    (folder / "taipei-rev2.json").write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    library.reload()
    assert library.current().version == "2025-07-08.4"
    assert library.version("2025-07-08.3") is good


def test_library_with_only_broken_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    library = ProcedureLibrary(tmp_path)
    assert [e.line for e in library.reload()] == [1]
    with pytest.raises(NoProcedure):
        library.current()


def test_versions_sort_by_date_then_revision() -> None:
    procedure: Procedure = load_procedure(CURRENT)
    assert procedure.version_key == (2025, 7, 8, 3)  # the guideline of 114/7/8, its file's third revision
    assert (2025, 7, 8, 10) > (2025, 7, 8, 4) > procedure.version_key > (2025, 7, 8, 2) > (2025, 7, 8)


def test_step_titles_name_the_steps_in_the_interface_language_and_keep_unknown_ids() -> None:
    procedure = load_procedure(CURRENT)
    assert procedure.step_titles(["capture-content", "no-such-step"]) == [
        "Capture the content and its full URL as a full-page capture (stories and one-time messages at once)",
        "no-such-step"]
    assert procedure.step_titles([]) == []


def test_every_clocks_legal_basis_has_an_english_form() -> None:
    """English documents state a clock's law (the platform notice): the file gives it in English too, statutes
    by their English names and in "Article N" form (seen: 「本條例第8條；施行細則第5條」 in the English notice)."""
    procedure = load_procedure(CURRENT)
    for clock in procedure.clocks:
        for basis in (clock.basis_label, *(rule.basis_label for rule in clock.overrides if rule.basis)):
            assert basis.zh_TW.strip() and basis.en.strip() and basis.en != basis.zh_TW, clock.id
            assert "Article" in basis.en and "條" not in basis.en and "本條例" not in basis.en, clock.id
            # Chinese left only in the guideline's own section marks (伍.二), which point into a Chinese text
            assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"guideline [壹貳參肆伍陸柒捌玖拾一二三四五六七八九十.()]+", "",
                                                            basis.en)), basis.en
    removal = procedure.clock("platform-removal")
    assert removal is not None and removal.basis_label.en == (
        "guideline 伍.二; Child and Youth Sexual Exploitation Prevention Act Article 8; Enforcement Rules of the "
        "Child and Youth Sexual Exploitation Prevention Act Article 5")
    assert removal.overrides[0].basis_label.en == "Sexual Assault Crime Prevention Act Article 13"


# A guideline section mark as the guideline writes it: 陸.三(四), 陸.三(二)(四)(五), a range 陸.一(一)–(五).
_NUMERALS = "一二三四五六七八九十"
GUIDELINE_MARK = re.compile(rf"guideline [壹貳參肆伍陸柒捌玖拾]\.[{_NUMERALS}]+(?:\([{_NUMERALS}]+\))*"
                            rf"(?:–\([{_NUMERALS}]+\))?")
HAN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")  # Han characters and CJK punctuation (；、)


def _check_english_basis(zh: str, en: str, where: str) -> None:
    """The English names each part of the Chinese (split at 「；」), in order: a guideline mark as written and
    prefixed "guideline" (至 between two items written –), a statute in English with no Chinese at all."""
    zh_parts, en_parts = zh.split("；"), en.split("; ")
    assert len(en_parts) == len(zh_parts), (where, zh, en)
    for zh_part, en_part in zip(zh_parts, en_parts, strict=True):
        if GUIDELINE_MARK.fullmatch(en_part):
            assert en_part == "guideline " + zh_part.replace("至", "–"), (where, zh_part, en_part)
        else:
            assert not HAN.search(en_part), (where, en_part)
            assert "Article" in en_part and "Act" in en_part, (where, en_part)
            assert ("Enforcement Rules" in en_part) == zh_part.startswith("施行細則"), (where, zh_part, en_part)


def test_every_step_and_sections_legal_basis_has_an_english_form() -> None:
    """The English interface shows a step's and a section's law (the checklist's tooltips and details, `netpatrol
    steps`): the file gives it in English too (seen: 「Legal basis: 肆.二(二)；本條例第7條第1項」 in the English
    panel), Chinese left only in the guideline's own section marks, which point into a Chinese text."""
    procedure = load_procedure(CURRENT)
    for where, basis in [*((f"section {s.id}", s.basis_label) for s in procedure.sections),
                         *((f"step {s.id}", s.basis_label) for s in procedure.steps)]:
        assert basis.zh_TW.strip() and basis.en.strip() and basis.en != basis.zh_TW, where
        _check_english_basis(basis.zh_TW, basis.en, where)
    step = procedure.step("report-social-authority")
    assert step is not None and step.basis == "肆.二(二)；本條例第7條第1項"  # the Chinese is as it was
    assert step.basis_label.en == "guideline 肆.二(二); Child and Youth Sexual Exploitation Prevention Act Article 7, " \
                                  "Paragraph 1"
    assess = procedure.step("assess-elements")
    assert assess is not None and assess.basis_label.en == (
        "guideline 陸.三(一); Child and Youth Sexual Exploitation Prevention Act Article 40 and Article 2, "
        "Paragraph 1, Subparagraphs 1 to 3")
    evidence = procedure.section("evidence")
    assert evidence is not None and evidence.basis_label.en == (
        "guideline 陸.一(一)–(五); guideline 陸.二(二); guideline 陸.三(三)")


def test_the_same_law_reads_the_same_in_english_wherever_it_is_cited() -> None:
    """A step, its section and a clock citing the same Chinese give the same English (the platform order step
    and its clocks, the Art 7 II step and clock)."""
    procedure = load_procedure(CURRENT)
    english: dict[str, set[str]] = {}
    for basis in [*(s.basis_label for s in procedure.sections), *(s.basis_label for s in procedure.steps),
                  *(c.basis_label for c in procedure.clocks)]:
        english.setdefault(basis.zh_TW, set()).add(basis.en)
    assert {zh: en for zh, en in english.items() if len(en) > 1} == {}
    assert len(english["伍.二；本條例第8條；施行細則第5條"]) == 1 and len(english["本條例第7條第2項"]) == 1


def test_the_english_basis_check_catches_chinese_left_over() -> None:
    """The check above is not vacuous: it refuses the mistakes a translator could make."""
    for zh, en in [("伍.二；本條例第8條", "guideline 伍.二; Act Article 8（本條例）"),
                   ("伍.二；陸.二", "guideline 伍.二"),
                   ("陸.一(二)至(四)", "guideline 陸.一(二)至(四)"),
                   ("陸.一(二)", "guideline 陸.一(三)"),
                   ("本條例第7條；施行細則第2條", "Child and Youth Sexual Exploitation Prevention Act Article 7; "
                                            "Child and Youth Sexual Exploitation Prevention Act Article 2")]:
        with pytest.raises(AssertionError):
            _check_english_basis(zh, en, "test")


@pytest.mark.parametrize("kind", ["sections", "steps"])
def test_a_step_or_sections_basis_is_read_in_both_forms(kind: str) -> None:
    """{"zh_TW", "en"}, the form of this file; or a text alone (files before 2025-07-08.3), read as the Chinese,
    which the English interface then shows as it is."""
    data = json.loads(_text())
    data[kind][1]["basis"] = {"zh_TW": "伍.二；陸.二", "en": "guideline 伍.二; guideline 陸.二"}
    data[kind][2]["basis"] = "陸.三(三)"
    procedure = parse_procedure(json.dumps(data, ensure_ascii=False, indent=2), "both.json")
    items = procedure.sections if kind == "sections" else procedure.steps
    assert items[1].basis == "伍.二；陸.二" and items[1].basis_label.en == "guideline 伍.二; guideline 陸.二"
    assert items[1].basis_label.text("zh_TW") == "伍.二；陸.二"
    assert items[1].basis_label.text("en") == "guideline 伍.二; guideline 陸.二"
    assert items[2].basis == "陸.三(三)" and items[2].basis_label.en == "陸.三(三)"


@pytest.mark.parametrize("kind", ["sections", "steps"])
@pytest.mark.parametrize(("basis", "named"), [({"zh_TW": "伍.二"}, '"en"'),
                                              ({"zh_TW": "伍.二", "en": " "}, "{kind}.1.basis.en"),
                                              ({"zh_TW": "伍.二", "en": "guideline 伍.二", "fr": "x"}, '"fr"'),
                                              (["伍.二"], "{kind}.1.basis"),
                                              ("", "{kind}.1.basis")])
def test_a_malformed_step_or_section_basis_names_its_line(kind: str, basis: object, named: str) -> None:
    data = json.loads(_text())
    data[kind][1]["basis"] = basis
    text = json.dumps(data, ensure_ascii=False, indent=2)
    error = _refused(text)
    occurrence = 2 if kind == "sections" else len(data["sections"]) + 2
    start = _line_of(text, '"basis": ', occurrence)
    assert error.line in range(start, start + 4), error.render()  # the basis, or its key at fault (in the basis)
    assert named.format(kind=kind) in error.render()


def test_a_clocks_basis_in_chinese_alone_is_still_read() -> None:
    """A file written before the English form (a text alone) is not refused: its basis is the Chinese in both."""
    data = json.loads(_text())
    data["clocks"][0]["basis"] = "本條例第7條第1項"
    clock = parse_procedure(json.dumps(data, ensure_ascii=False, indent=2), "older.json").clocks[0]
    assert clock.basis == "本條例第7條第1項" and clock.basis_label.en == "本條例第7條第1項"


@pytest.mark.parametrize(("basis", "named"), [({"zh_TW": "本條例第7條第1項"}, '"en"'),
                                              ({"zh_TW": "本條例第7條第1項", "en": " "}, "clocks.0.basis.en"),
                                              (7, "clocks.0.basis")])
def test_a_malformed_basis_names_its_line(basis: object, named: str) -> None:
    data = json.loads(_text())
    data["clocks"][0]["basis"] = basis
    text = json.dumps(data, ensure_ascii=False, indent=2)
    error = _refused(text)
    start = _line_of(text, '"basis": ', sum(1 for s in data["sections"]) + sum(1 for s in data["steps"]) + 1)
    assert error.line in (start, start + 1, start + 2), error.render()
    assert named in error.render()
