"""Every command that writes a file (-o) checks it in one place: never the vault itself, never an existing file
without --force, never into a folder that does not exist."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app import cli
from app.core.errors import ExitCode
from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol

# Each command that writes a file, with what it needs besides -o (the case and the capture need not exist:
# the file is checked before the vault is opened).
WRITERS = {
    "export": ["export", "--case", "NP-115-0001", "--recipient", "age1x"],
    "document": ["document", "--case", "NP-115-0001", "evidence-list"],
    "transcript": ["transcript", "--case", "NP-115-0001", "--capture", "C1"],
    "patrol-log": ["patrol-log"],
    "artifact export": ["artifact", "export", "--case", "NP-115-0001", "A1"],
    "audit": ["audit"],
    "stats": ["stats"],
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("command", sorted(WRITERS))
def test_no_command_writes_over_the_vault(vault_path: Path, command: str, companion: str,
                                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Seen: `export -o` naming the vault replaced it with the case file, exit 0, every case lost; likewise
    document, artifact export, audit -o and stats -o. --force does not allow it either."""
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    before = _digest(vault_path)
    target = Path(f"{vault_path}{companion}")
    code = cli.run(["--lang", "en", *WRITERS[command], "--vault", str(vault_path), "-o", str(target), "--force"])
    err = capsys.readouterr().err
    assert code == ExitCode.USAGE
    assert err == f"{target} is a file of the vault itself: name another file to write. Nothing was written.\n"
    assert _digest(vault_path) == before


def test_the_vault_named_by_another_path_is_refused(vault_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A link to the vault, or a path spelled through "..", is the vault all the same."""
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    link = tmp_path / "looks-like-a-case-file.npcase"
    link.symlink_to(vault_path)
    roundabout = vault_path.parent / "x" / ".." / vault_path.name
    for target in (link, roundabout):
        assert cli.run(["audit", "--vault", str(vault_path), "-o", str(target), "--force"]) == ExitCode.USAGE


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_an_existing_file_is_not_replaced_without_force(vault_path: Path, tmp_path: Path, command: str,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Seen: `export -o existing.npcase` replaced another unit's case file without a word, exit 0."""
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    existing = tmp_path / "existing.out"
    existing.write_bytes(b"precious")
    code = cli.run(["--lang", "en", *WRITERS[command], "--vault", str(vault_path), "-o", str(existing)])
    assert code == ExitCode.USAGE
    assert capsys.readouterr().err == (f"{existing} already exists: name another file, or add --force to replace "
                                       "it. Nothing was written.\n")
    assert existing.read_bytes() == b"precious"


def test_force_replaces_an_existing_file(vault_path: Path, tmp_path: Path) -> None:
    """The officer's explicit decision, as the window's "Replace?" question."""
    home = tmp_path / "home"
    target = tmp_path / "log.pdf"
    target.write_bytes(b"an older print")
    refused = netpatrol("audit", "-o", str(target), vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert refused.code == 2 and "--force" in refused.err and target.read_bytes() == b"an older print"
    forced = netpatrol("audit", "-o", str(target), "--force", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert forced.code == 0, forced.err
    assert target.read_bytes().startswith(b"%PDF")


def test_force_is_in_the_help_of_every_writing_command() -> None:
    for command in ("export", "document", "transcript", "patrol-log", "audit", "stats"):
        shown = netpatrol(command, "--help")
        assert shown.code == 0 and "--force" in shown.out, command


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_no_command_makes_a_missing_folder(vault_path: Path, tmp_path: Path, command: str,
                                           monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Seen: `export -o typo/dir/x.npcase` made typo/dir without a word, and the case file went where nobody looks."""
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "typo" / "dir" / "x.npcase"
    code = cli.run(["--lang", "en", *WRITERS[command], "--vault", str(vault_path), "-o", str(target)])
    assert code == ExitCode.USAGE
    assert capsys.readouterr().err == (f"The folder {target.parent} does not exist: create it first, or name a file "
                                       "in a folder that exists. Nothing was written.\n")
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize(("command", "name"), [("document", "notice.docx"), ("patrol-log", "log.txt"),
                                               ("transcript", "chat.txt"), ("stats", "sheet.txt"),
                                               ("audit", "log.txt")])
def test_a_file_name_that_says_another_kind_is_refused(vault_path: Path, tmp_path: Path, command: str, name: str,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Seen: `patrol-log -o log.txt` wrote a PDF, and `document -o notice.docx` plain text."""
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    target = tmp_path / name
    code = cli.run(["--lang", "en", *WRITERS[command], "--vault", str(vault_path), "-o", str(target)])
    assert code == ExitCode.USAGE
    assert "name the -o file so" in capsys.readouterr().err and not target.exists()


@pytest.mark.parametrize("command", ["audit", "stats", "patrol-log"])
def test_a_file_that_appears_after_the_check_is_not_replaced_without_force(
        vault_path: Path, tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The -o file is checked before the work and named after it: one made in between (another program, a second
    run) was silently replaced. It is refused with the same sentence, and nothing is left behind."""
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "out.pdf"
    checking = cli.check_output_file

    def then_another_program_writes(args: object) -> None:
        checking(args)  # type: ignore[arg-type]
        target.write_bytes(b"precious")

    monkeypatch.setattr(cli, "check_output_file", then_another_program_writes)
    code = cli.run(["--lang", "en", *WRITERS[command], "--vault", str(vault_path), "-o", str(target)])
    assert code == ExitCode.USAGE
    assert capsys.readouterr().err == (f"{target} already exists: name another file, or add --force to replace "
                                       "it. Nothing was written.\n")
    assert target.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".netpatrol-")] == []
