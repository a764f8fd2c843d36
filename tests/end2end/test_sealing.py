"""Sealed identities never leak: after adding people with known names and ids, every output
(stdout, stderr, logs, settings, temp dir, `case show --json`, the decrypted database itself) is
searched for those strings. Zero hits, except in the output of an explicit reveal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import RevealWrongPassphrase
from app.core.models import Role
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import Result, netpatrol
from tests.unit.vault.tamper import open_raw

SEALED = {
    "reporter": ("甄秘密報告", "R223344556", "0911222333"),
    "informant": ("Secret Informant Qzx", "S198765432", "0922333444"),
    "victim": ("林被害虛構", "F287654321", "0933444555"),
}
SUSPECT = ("犯嫌張虛構", "0944555666")


def _secrets() -> list[str]:
    return [value for values in SEALED.values() for value in values]


def _files_text(folder: Path) -> str:
    if not folder.exists():
        return ""
    chunks = []
    for path in folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            chunks += [raw.decode("utf-8", "ignore"), raw.decode("utf-16-le", "ignore")]
    return "\n".join(chunks)


def _database_text(path: Path) -> str:
    """Every value of every table, decrypted with the database key (what an insider could read)."""
    raw = open_raw(path, PASSPHRASE)
    tables = [row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    values = []
    for table in tables:
        for row in raw.execute(f'SELECT * FROM "{table}"'):
            values += [v.decode("utf-8", "ignore") if isinstance(v, bytes) else str(v) for v in row]
    raw.close()
    return "\n".join(values)


def test_sealed_identities_appear_nowhere(tmp_path: Path) -> None:
    home, temp, vault = tmp_path / "home", tmp_path / "tmp", tmp_path / "v.npv"
    temp.mkdir()
    env = {"TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    outputs: list[Result] = []

    def run(*args: str) -> Result:
        result = netpatrol(*args, vault=vault, passphrase=PASSPHRASE, home=home, extra_env=env)
        assert result.code == 0, result.err
        outputs.append(result)
        return result

    run("init", "--officer", "警員甲")
    case_id = run("case", "new", "--title", "封存測試案").out.strip()
    for role, (name, id_number, phone) in SEALED.items():
        run("person", "add", "--case", case_id, "--role", role, "--name", name, "--id-number", id_number,
            "--phone", phone)
        run("person", "add", "--case", case_id, "--role", role, "--name", name, "--id-number", id_number, "--json")
    run("person", "add", "--case", case_id, "--role", "suspect", "--name", SUSPECT[0], "--phone", SUSPECT[1])
    shown = run("case", "show", case_id, "--json").json()
    run("case", "show", case_id)
    run("case", "list")
    run("case", "list", "--json")
    run("verify", "--json")
    for value in _secrets():
        run("search", value, "--json")
        assert outputs[-1].json() == [], f"search found sealed value {value}"

    everything = "\n".join(r.out + r.err for r in outputs) + _files_text(home) + _files_text(temp)
    for value in _secrets():
        assert value not in everything, f"sealed value {value!r} leaked"
    assert SUSPECT[0] in everything  # suspects are not sealed: proves the scan sees names at all
    pseudonyms = sorted(p["pseudonym"] for p in shown["people"])
    assert pseudonyms == ["告發人A", "告發人B", "報告人A", "報告人B", "犯嫌1", "被害人1", "被害人2"]

    dump = _database_text(vault)
    for value in _secrets():
        assert value not in dump, f"{value!r} is in the database outside the sealed compartment"

    revealed = netpatrol("person", "reveal", "--case", case_id, "被害人1", "--reason", "檢察官指揮", "--json",
                         vault=vault, passphrase=PASSPHRASE, home=home, extra_env=env)
    assert revealed.json()["name"] == SEALED["victim"][0]
    after = _files_text(home) + _files_text(temp)
    for value in _secrets():
        assert value not in after, f"sealed value {value!r} leaked after a reveal"


def test_sealed_blob_needs_the_passphrase_not_just_the_database_key(vault: Vault) -> None:
    """Holding the unlocked database is not enough to read a sealed identity."""
    case = vault.create_case("t")
    person = vault.add_person(case.id, Role.VICTIM, "虛構甲")
    with pytest.raises(RevealWrongPassphrase):
        vault.reveal(person.id, "測試", "not the passphrase")
    denied = vault.audit.entries(case.id)[-1]  # the failed attempt is on record, the identity is not
    assert (denied.action, denied.subject) == ("person.reveal_denied", person.id)
    assert denied.details == {"pseudonym": "被害人1", "reason": "測試"}
    assert "虛構甲" not in json.dumps([e.details for e in vault.audit.entries()], ensure_ascii=False)
