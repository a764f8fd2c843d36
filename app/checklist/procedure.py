"""The procedure as data: the schema of ``resources/procedures/*.json`` and its validation.

Administrators change the procedure (a new guideline, a corrected deadline marked "verify" in
PROCEDURE.md) by editing JSON, not code. So every mistake they can make must come back as one
sentence naming the file and the line, never as a traceback, and a file that is wrong in any way
is refused whole: a half-loaded procedure would silently drop a statutory step.

A procedure has sections (parts of the guideline), steps and clocks:

- a **step** has an id, zh-TW/English labels, its legal basis (in both too), what completes it (a manual tick,
  possibly with a required note, and/or named events such as ``capture.complete`` or
  ``document.generated:social-report``), prerequisites, gates (``evidence-complete``), a condition
  on case facts (``applies_when``: victim minor or adult …), fields recorded with the tick (a
  choice field marked ``fact`` feeds those conditions) and the clocks it starts;
- a **clock** runs from the moment its starting step happened until one of its stopping steps is
  done; its duration may depend on facts (24 h, but 72 h for adult images).

The file format is documented by example in ``resources/procedures/`` and by this module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from pathlib import Path

from app.checklist.jsonlines import Path as JsonPath
from app.checklist.jsonlines import line_of, load_with_lines
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP, Message, current_language, translate

FORMAT = 1
CTX = "procedure"
GATES = frozenset({"evidence-complete"})
CLOCK_KINDS = frozenset({"deadline", "retention"})
FIELD_TYPES = frozenset({"choice", "text", "datetime"})
CLOCK_FACT_PREFIX = "clock."
CLOCK_FACT_VALUES = frozenset({"not-started", "running", "due", "overdue", "met", "late", "not-applicable"})
_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_EVENT = re.compile(r"[a-z]+(?:\.[a-z-]+)+(?::[a-z0-9-]+)?\Z")
_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}(?:\.\d+)?\Z")


@dataclass(frozen=True)
class Label:
    """A text in the officers' language and in English (the procedure file carries both)."""

    zh_TW: str
    en: str

    def text(self, language: str | None = None) -> str:
        language = language or current_language()
        return self.en if language.lower().startswith("en") else self.zh_TW


class _Based:
    """A section, step, clock or override rule: its legal basis in Chinese (``basis``, as zh-TW output prints
    it) and in English (``basis_en``, "" in a file giving the Chinese only)."""

    basis: str
    basis_en: str

    @property
    def basis_label(self) -> Label:
        """The legal basis in both languages; a file giving it in Chinese only gives that for English too."""
        return Label(self.basis, self.basis_en or self.basis)


@dataclass(frozen=True)
class Duration:
    days: int = 0
    hours: int = 0
    minutes: int = 0

    @property
    def delta(self) -> timedelta:
        return timedelta(days=self.days, hours=self.hours, minutes=self.minutes)


@dataclass(frozen=True)
class Section(_Based):
    id: str
    label: Label
    basis: str  # the guideline and statutes, in Chinese (as zh-TW output prints it)
    procedure_md: str
    basis_en: str = ""  # the same in English ("" in a file giving the Chinese only)


@dataclass(frozen=True)
class Choice:
    value: str
    label: Label


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: Label
    required: bool
    fact: bool
    choices: tuple[Choice, ...] = ()

    def choice_label(self, value: str) -> Label | None:
        return next((c.label for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Link:
    url: str
    label: Label


@dataclass(frozen=True)
class Completion:
    manual: bool
    note_required: bool
    events: tuple[str, ...]


Condition = tuple[tuple[str, frozenset[str]], ...]


@dataclass(frozen=True)
class Step(_Based):
    id: str
    section: str
    label: Label
    basis: str
    completion: Completion
    requires: tuple[str, ...] = ()
    requires_all_mandatory: bool = False
    gates: tuple[str, ...] = ()
    applies_when: Condition = ()
    applies_note: Label | None = None
    optional: bool = False
    fields: tuple[Field, ...] = ()
    link: Link | None = None
    starts_clocks: tuple[str, ...] = ()
    basis_en: str = ""  # ``basis`` in English, for the English interface ("" in a file giving the Chinese only)

    def field(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass(frozen=True)
class DurationRule(_Based):
    when: Condition
    duration: Duration
    basis: str = ""  # the law this rule rests on, where it is not the clock's (adult images: another act)
    basis_en: str = ""  # the same in English, for English documents ("" in a file giving the Chinese only)


@dataclass(frozen=True)
class ClockDef(_Based):
    id: str
    label: Label
    basis: str
    kind: str
    duration: Duration
    stopped_by: tuple[str, ...]
    remind_before: tuple[Duration, ...]
    due_within: Duration
    overrides: tuple[DurationRule, ...] = ()
    applies_when: Condition = ()
    basis_en: str = ""  # ``basis`` in English, for English documents ("" in a file giving the Chinese only)


@dataclass(frozen=True)
class Procedure:
    id: str
    version: str
    title: Label
    source: str
    closing_step: str
    sections: tuple[Section, ...]
    steps: tuple[Step, ...]
    clocks: tuple[ClockDef, ...]
    file: str = ""

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def step_labels(self) -> dict[str, Label]:
        """Each step's title by its id, in both languages: what a document or a view names a step by."""
        return {step.id: step.label for step in self.steps}

    def step_titles(self, step_ids: Sequence[str]) -> list[str]:
        """The steps' labels in the interface language, for telling the officer what was ticked (an id
        this procedure does not know is shown as it is)."""
        return [step.label.text() if (step := self.step(step_id)) else step_id for step_id in step_ids]

    def clock(self, clock_id: str) -> ClockDef | None:
        return next((c for c in self.clocks if c.id == clock_id), None)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def steps_in(self, section_id: str) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.section == section_id)

    def starting_step(self, clock_id: str) -> Step:
        return self._starters[clock_id]

    @cached_property
    def _starters(self) -> dict[str, Step]:
        return {clock_id: step for step in self.steps for clock_id in step.starts_clocks}

    def fact_fields(self) -> dict[str, tuple[Step, Field]]:
        """Fact name → (the step whose tick records it, its field). Computed once per procedure:
        the clocks of every case consult it."""
        return self._fact_fields

    @cached_property
    def _fact_fields(self) -> dict[str, tuple[Step, Field]]:
        return {f.id: (s, f) for s in self.steps for f in s.fields if f.fact}

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int, ...]:
    """'2025-07-08.2' → (2025, 7, 8, 2): versions sort by date, then revision."""
    return tuple(int(part) for part in re.split(r"[-.]", version))


class ProcedureFileError(KnownError):
    """A procedure file the administrator must fix; names the file, the line and the problem."""

    text = QT_TRANSLATE_NOOP("errors", "Procedure file {file}, line {line}: {problem}")

    def __init__(self, file: str, line: int, problem: Message) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        super().__init__(file=file, line=line, problem=problem.render())

    def render(self) -> str:
        return translate("errors", self.text).format(file=self.file, line=self.line, problem=self.problem.render())


def _problem(text: str, **args: object) -> Message:
    return Message(CTX, text, tuple(sorted(args.items())))


class _Reader:
    """Typed access to the parsed JSON that fails with the line of the offending part."""

    def __init__(self, file: str, lines: dict[JsonPath, int]) -> None:
        self.file = file
        self.lines = lines

    def fail(self, path: JsonPath, text: str, **args: object) -> ProcedureFileError:
        return ProcedureFileError(self.file, line_of(self.lines, path), _problem(text, **args))

    def where(self, path: JsonPath) -> str:
        return ".".join(str(part) for part in path) or "(top level)"

    def obj(self, value: object, path: JsonPath, required: Iterable[str], optional: Iterable[str] = (),
            *, open_keys: bool = False) -> dict[str, object]:
        """The object at ``path`` with its keys checked (``open_keys``: names are the author's, as in
        conditions, so only the required ones are checked)."""
        if not isinstance(value, dict):
            raise self.fail(path, QT_TRANSLATE_NOOP("procedure", "{where} must be an object {{…}}."),
                            where=self.where(path))
        required = tuple(required)
        allowed = set(required) | set(optional)
        for key in value:
            if key not in allowed and not open_keys:
                raise self.fail((*path, key), QT_TRANSLATE_NOOP(
                    "procedure", "unknown key \"{key}\" in {where} (allowed: {allowed})."),
                    key=key, where=self.where(path), allowed=", ".join(sorted(allowed)))
        for key in required:
            if key not in value:
                raise self.fail(path, QT_TRANSLATE_NOOP("procedure", "{where} lacks the required key \"{key}\"."),
                                where=self.where(path), key=key)
        return value

    def string(self, value: object, path: JsonPath, pattern: re.Pattern[str] | None = None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path, QT_TRANSLATE_NOOP("procedure", "{where} must be a non-empty text."),
                            where=self.where(path))
        if pattern is not None and not pattern.match(value):
            raise self.fail(path, QT_TRANSLATE_NOOP("procedure", "{where} has the malformed value \"{value}\"."),
                            where=self.where(path), value=value)
        return value

    def boolean(self, value: object, path: JsonPath) -> bool:
        if not isinstance(value, bool):
            raise self.fail(path, QT_TRANSLATE_NOOP("procedure", "{where} must be true or false."),
                            where=self.where(path))
        return value

    def array(self, value: object, path: JsonPath) -> list[object]:
        if not isinstance(value, list):
            raise self.fail(path, QT_TRANSLATE_NOOP("procedure", "{where} must be a list […]."),
                            where=self.where(path))
        return value

    def strings(self, value: object, path: JsonPath, pattern: re.Pattern[str] | None = None) -> tuple[str, ...]:
        return tuple(self.string(item, (*path, i), pattern) for i, item in enumerate(self.array(value, path)))

    def label(self, value: object, path: JsonPath) -> Label:
        data = self.obj(value, path, ("zh_TW", "en"))
        return Label(self.string(data["zh_TW"], (*path, "zh_TW")), self.string(data["en"], (*path, "en")))

    def duration(self, value: object, path: JsonPath) -> Duration:
        data = self.obj(value, path, (), ("days", "hours", "minutes"))
        parts: dict[str, int] = {}
        for key, amount in data.items():
            if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
                raise self.fail((*path, key), QT_TRANSLATE_NOOP(
                    "procedure", "{where} must be a whole number of zero or more."), where=self.where((*path, key)))
            parts[key] = amount
        duration = Duration(**parts)
        if duration.delta <= timedelta(0):
            raise self.fail(path, QT_TRANSLATE_NOOP("procedure", "{where} must be longer than zero."),
                            where=self.where(path))
        return duration

    def basis(self, value: object, path: JsonPath) -> tuple[str, str]:
        """A legal basis (a clock's, an override's, a step's or a section's): {"zh_TW": …, "en": …}, or a text in
        Chinese alone (as files before 2025-07-08.2 give it for clocks, before 2025-07-08.3 for steps and
        sections; English documents and the English interface then show the Chinese). Returns (zh_TW, en),
        en "" for the text alone."""
        if isinstance(value, str):
            return self.string(value, path), ""
        if not isinstance(value, dict):
            raise self.fail(path, QT_TRANSLATE_NOOP(
                "procedure", "{where} must be an object {{\"zh_TW\": …, \"en\": …}} (or a text in Chinese)."),
                where=self.where(path))
        label = self.label(value, path)
        return label.zh_TW, label.en

    def condition(self, value: object, path: JsonPath) -> Condition:
        data = self.obj(value, path, (), open_keys=True)
        return tuple((fact, frozenset(self.strings(values, (*path, fact)))) for fact, values in data.items())


_TOP_KEYS = ("format", "id", "version", "title", "source", "closing_step", "sections", "steps", "clocks")
_STEP_REQUIRED = ("id", "section", "label", "basis", "completion")
_STEP_OPTIONAL = ("requires", "requires_all_mandatory", "gates", "applies_when", "applies_note", "optional",
                  "fields", "link", "starts_clocks", "comment")
_CLOCK_REQUIRED = ("id", "label", "basis", "kind", "duration", "stopped_by", "remind_before", "due_within")


def parse_procedure(text: str, file: str) -> Procedure:
    """Parse and validate one procedure file's text; raises :class:`ProcedureFileError`."""
    try:
        raw, lines = load_with_lines(text)
    except json.JSONDecodeError as exc:
        raise ProcedureFileError(file, exc.lineno, _problem(
            QT_TRANSLATE_NOOP("procedure", "this is not valid JSON ({detail}, column {column})."),
            detail=exc.msg, column=exc.colno)) from None
    reader = _Reader(file, lines)
    top = reader.obj(raw, (), _TOP_KEYS, ("comment",))
    if top["format"] != FORMAT:
        raise reader.fail(("format",), QT_TRANSLATE_NOOP(
            "procedure", "format {found} is not one this NetPatrol reads (it reads format {known})."),
            found=top["format"], known=FORMAT)
    sections = tuple(_section(reader, item, ("sections", i))
                     for i, item in enumerate(reader.array(top["sections"], ("sections",))))
    steps = tuple(_step(reader, item, ("steps", i)) for i, item in enumerate(reader.array(top["steps"], ("steps",))))
    clocks = tuple(_clock(reader, item, ("clocks", i))
                   for i, item in enumerate(reader.array(top["clocks"], ("clocks",))))
    procedure = Procedure(
        id=reader.string(top["id"], ("id",), _ID),
        version=reader.string(top["version"], ("version",), _VERSION),
        title=reader.label(top["title"], ("title",)),
        source=reader.string(top["source"], ("source",)),
        closing_step=reader.string(top["closing_step"], ("closing_step",), _ID),
        sections=sections, steps=steps, clocks=clocks, file=file,
    )
    _check_references(reader, procedure)
    return procedure


def _section(reader: _Reader, value: object, path: JsonPath) -> Section:
    data = reader.obj(value, path, ("id", "label", "basis", "procedure_md"))
    basis, basis_en = reader.basis(data["basis"], (*path, "basis"))
    return Section(reader.string(data["id"], (*path, "id"), _ID), reader.label(data["label"], (*path, "label")),
                   basis, reader.string(data["procedure_md"], (*path, "procedure_md")), basis_en)


def _field(reader: _Reader, value: object, path: JsonPath) -> Field:
    data = reader.obj(value, path, ("id", "type", "label"), ("required", "fact", "choices"))
    kind = reader.string(data["type"], (*path, "type"))
    if kind not in FIELD_TYPES:
        raise reader.fail((*path, "type"), QT_TRANSLATE_NOOP("procedure", "field type \"{value}\" is unknown "
                                                             "(known: {known})."), value=kind,
                          known=", ".join(sorted(FIELD_TYPES)))
    choices: list[Choice] = []
    for i, item in enumerate(reader.array(data.get("choices", []), (*path, "choices"))):
        choice = reader.obj(item, (*path, "choices", i), ("value", "label"))
        choices.append(Choice(reader.string(choice["value"], (*path, "choices", i, "value"), _ID),
                              reader.label(choice["label"], (*path, "choices", i, "label"))))
    if (kind == "choice") != bool(choices):
        raise reader.fail(path, QT_TRANSLATE_NOOP("procedure", "a field has choices if and only if its type is "
                                                  "\"choice\"."))
    fact = reader.boolean(data.get("fact", False), (*path, "fact"))
    if fact and kind != "choice":
        raise reader.fail((*path, "fact"), QT_TRANSLATE_NOOP("procedure", "only a choice field can record a fact."))
    return Field(reader.string(data["id"], (*path, "id"), re.compile(r"[a-z][a-z0-9_]*\Z")), kind,
                 reader.label(data["label"], (*path, "label")),
                 reader.boolean(data.get("required", False), (*path, "required")), fact, tuple(choices))


def _completion(reader: _Reader, value: object, path: JsonPath) -> Completion:
    data = reader.obj(value, path, ("manual",), ("note_required", "events"))
    completion = Completion(reader.boolean(data["manual"], (*path, "manual")),
                            reader.boolean(data.get("note_required", False), (*path, "note_required")),
                            reader.strings(data.get("events", []), (*path, "events"), _EVENT))
    if not completion.manual and not completion.events:
        raise reader.fail(path, QT_TRANSLATE_NOOP("procedure", "this step could never be completed: it is not "
                                                  "manual and names no event."))
    return completion


def _step(reader: _Reader, value: object, path: JsonPath) -> Step:
    data = reader.obj(value, path, _STEP_REQUIRED, _STEP_OPTIONAL)
    link = None
    if "link" in data:
        raw_link = reader.obj(data["link"], (*path, "link"), ("url", "label"))
        link = Link(reader.string(raw_link["url"], (*path, "link", "url"), re.compile(r"https://\S+\Z")),
                    reader.label(raw_link["label"], (*path, "link", "label")))
    gates = reader.strings(data.get("gates", []), (*path, "gates"))
    for i, gate in enumerate(gates):
        if gate not in GATES:
            raise reader.fail((*path, "gates", i), QT_TRANSLATE_NOOP(
                "procedure", "gate \"{value}\" is unknown (known: {known})."), value=gate, known=", ".join(sorted(GATES)))
    basis, basis_en = reader.basis(data["basis"], (*path, "basis"))
    return Step(
        id=reader.string(data["id"], (*path, "id"), _ID),
        section=reader.string(data["section"], (*path, "section"), _ID),
        label=reader.label(data["label"], (*path, "label")),
        basis=basis,
        basis_en=basis_en,
        completion=_completion(reader, data["completion"], (*path, "completion")),
        requires=reader.strings(data.get("requires", []), (*path, "requires"), _ID),
        requires_all_mandatory=reader.boolean(data.get("requires_all_mandatory", False),
                                              (*path, "requires_all_mandatory")),
        gates=gates,
        applies_when=reader.condition(data.get("applies_when", {}), (*path, "applies_when")),
        applies_note=reader.label(data["applies_note"], (*path, "applies_note")) if "applies_note" in data else None,
        optional=reader.boolean(data.get("optional", False), (*path, "optional")),
        fields=tuple(_field(reader, item, (*path, "fields", i))
                     for i, item in enumerate(reader.array(data.get("fields", []), (*path, "fields")))),
        link=link,
        starts_clocks=reader.strings(data.get("starts_clocks", []), (*path, "starts_clocks"), _ID),
    )


def _clock(reader: _Reader, value: object, path: JsonPath) -> ClockDef:
    data = reader.obj(value, path, _CLOCK_REQUIRED, ("overrides", "applies_when", "comment"))
    kind = reader.string(data["kind"], (*path, "kind"))
    if kind not in CLOCK_KINDS:
        raise reader.fail((*path, "kind"), QT_TRANSLATE_NOOP("procedure", "clock kind \"{value}\" is unknown "
                                                             "(known: {known})."), value=kind,
                          known=", ".join(sorted(CLOCK_KINDS)))
    overrides = []
    if kind == "retention":
        _whole_days(reader, data["duration"], (*path, "duration"))
    for i, item in enumerate(reader.array(data.get("overrides", []), (*path, "overrides"))):
        rule = reader.obj(item, (*path, "overrides", i), ("when", "duration"), ("basis",))
        rule_basis = reader.basis(rule["basis"], (*path, "overrides", i, "basis")) if "basis" in rule else ("", "")
        overrides.append(DurationRule(reader.condition(rule["when"], (*path, "overrides", i, "when")),
                                      reader.duration(rule["duration"], (*path, "overrides", i, "duration")),
                                      *rule_basis))
    basis, basis_en = reader.basis(data["basis"], (*path, "basis"))
    return ClockDef(
        id=reader.string(data["id"], (*path, "id"), _ID),
        label=reader.label(data["label"], (*path, "label")),
        basis=basis,
        basis_en=basis_en,
        kind=kind,
        duration=reader.duration(data["duration"], (*path, "duration")),
        stopped_by=reader.strings(data["stopped_by"], (*path, "stopped_by"), _ID),
        remind_before=tuple(reader.duration(item, (*path, "remind_before", i))
                            for i, item in enumerate(reader.array(data["remind_before"], (*path, "remind_before")))),
        due_within=reader.duration(data["due_within"], (*path, "due_within")),
        overrides=tuple(overrides),
        applies_when=reader.condition(data.get("applies_when", {}), (*path, "applies_when")),
    )


def _whole_days(reader: _Reader, value: object, path: JsonPath) -> None:
    """Retention is counted in calendar days (the order states a start and an end date)."""
    if isinstance(value, dict) and set(value) - {"days"}:
        raise reader.fail(path, QT_TRANSLATE_NOOP("procedure", "a retention period is given in days only."))


# -- cross-references -------------------------------------------------------------------------------
def _check_references(reader: _Reader, procedure: Procedure) -> None:
    _unique(reader, "sections", [s.id for s in procedure.sections])
    _unique(reader, "steps", [s.id for s in procedure.steps])
    _unique(reader, "clocks", [c.id for c in procedure.clocks])
    step_ids = {s.id for s in procedure.steps}
    section_ids = {s.id for s in procedure.sections}
    for index, step in enumerate(procedure.steps):
        path: JsonPath = ("steps", index)
        if step.section not in section_ids:
            raise reader.fail((*path, "section"), QT_TRANSLATE_NOOP(
                "procedure", "step \"{step}\" names the unknown section \"{value}\"."), step=step.id, value=step.section)
        for i, required in enumerate(step.requires):
            if required not in step_ids:
                raise reader.fail((*path, "requires", i), QT_TRANSLATE_NOOP(
                    "procedure", "step \"{step}\" requires the unknown step \"{value}\"."), step=step.id, value=required)
        for i, clock_id in enumerate(step.starts_clocks):
            if procedure.clock(clock_id) is None:
                raise reader.fail((*path, "starts_clocks", i), QT_TRANSLATE_NOOP(
                    "procedure", "step \"{step}\" starts the unknown clock \"{value}\"."), step=step.id, value=clock_id)
        _check_condition(reader, procedure, step.applies_when, (*path, "applies_when"))
    for index, section in enumerate(procedure.sections):
        if not procedure.steps_in(section.id):
            raise reader.fail(("sections", index), QT_TRANSLATE_NOOP(
                "procedure", "section \"{value}\" has no steps."), value=section.id)
    if procedure.closing_step not in step_ids:
        raise reader.fail(("closing_step",), QT_TRANSLATE_NOOP(
            "procedure", "the closing step \"{value}\" is not a step of this procedure."), value=procedure.closing_step)
    _check_clocks(reader, procedure, step_ids)
    _check_cycles(reader, procedure)


def _unique(reader: _Reader, list_name: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if ident in seen:
            raise reader.fail((list_name, index, "id"), QT_TRANSLATE_NOOP(
                "procedure", "the id \"{value}\" is used twice."), value=ident)
        seen.add(ident)


def _check_clocks(reader: _Reader, procedure: Procedure, step_ids: set[str]) -> None:
    for index, clock in enumerate(procedure.clocks):
        path: JsonPath = ("clocks", index)
        starters = [s.id for s in procedure.steps if clock.id in s.starts_clocks]
        if len(starters) != 1:
            raise reader.fail((*path, "id"), QT_TRANSLATE_NOOP(
                "procedure", "clock \"{clock}\" must be started by exactly one step (found {count})."),
                clock=clock.id, count=len(starters))
        for i, stopper in enumerate(clock.stopped_by):
            if stopper not in step_ids:
                raise reader.fail((*path, "stopped_by", i), QT_TRANSLATE_NOOP(
                    "procedure", "clock \"{clock}\" is stopped by the unknown step \"{value}\"."),
                    clock=clock.id, value=stopper)
        _check_condition(reader, procedure, clock.applies_when, (*path, "applies_when"), clocks=False)
        for i, rule in enumerate(clock.overrides):
            _check_condition(reader, procedure, rule.when, (*path, "overrides", i, "when"), clocks=False)


def _check_condition(reader: _Reader, procedure: Procedure, condition: Condition, path: JsonPath, *,
                     clocks: bool = True) -> None:
    """Facts named must be recorded by some step; ``clock.<id>`` facts only where clocks are known
    already (steps), not in clocks' own conditions, which would make clocks depend on each other."""
    facts = procedure.fact_fields()
    for fact, values in condition:
        if fact.startswith(CLOCK_FACT_PREFIX) and not clocks:
            raise reader.fail((*path, fact), QT_TRANSLATE_NOOP(
                "procedure", "a clock's condition cannot depend on another clock."))
        if fact.startswith(CLOCK_FACT_PREFIX):
            clock_id = fact[len(CLOCK_FACT_PREFIX):]
            if procedure.clock(clock_id) is None:
                raise reader.fail((*path, fact), QT_TRANSLATE_NOOP(
                    "procedure", "the condition names the unknown clock \"{value}\"."), value=clock_id)
            allowed = CLOCK_FACT_VALUES
        elif fact in facts:
            allowed = frozenset(c.value for c in facts[fact][1].choices)
        else:
            raise reader.fail((*path, fact), QT_TRANSLATE_NOOP(
                "procedure", "the condition names \"{value}\", which no step records as a fact."), value=fact)
        unknown = sorted(values - allowed)
        if unknown:
            raise reader.fail((*path, fact), QT_TRANSLATE_NOOP(
                "procedure", "\"{value}\" is not a possible value of {fact} (possible: {allowed})."),
                value=unknown[0], fact=fact, allowed=", ".join(sorted(allowed)))


def _check_cycles(reader: _Reader, procedure: Procedure) -> None:
    """Prerequisites must form no loop, or the steps in it could never become available."""
    requires: Mapping[str, tuple[str, ...]] = {s.id: s.requires for s in procedure.steps}
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(step_id: str, trail: list[str]) -> None:
        if state.get(step_id) == 2:
            return
        if state.get(step_id) == 1:
            loop = [*trail[trail.index(step_id):], step_id]
            index = next(i for i, s in enumerate(procedure.steps) if s.id == loop[0])
            position = procedure.steps[index].requires.index(loop[1])
            raise reader.fail(("steps", index, "requires", position), QT_TRANSLATE_NOOP(
                "procedure", "the prerequisites form a loop: {loop}."), loop=" → ".join(loop))
        state[step_id] = 1
        for required in requires[step_id]:
            visit(required, [*trail, step_id])
        state[step_id] = 2

    for step in procedure.steps:
        visit(step.id, [])


def load_procedure(path: Path) -> Procedure:
    """Read and validate one file (the name shown in errors is the file name)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProcedureFileError(path.name, 1, _problem(QT_TRANSLATE_NOOP(
            "procedure", "the file cannot be read as UTF-8 text ({detail})."), detail=type(exc).__name__)) from None
    return parse_procedure(text, path.name)
