"""The encrypted case vault: SQLCipher 4 storage, no Qt.

One file per workstation. Everything that is evidence is append-only: cases change by new
revisions, artifacts and audit entries are never updated or deleted (SQL triggers refuse it, and
``verify`` notices when someone removed the triggers to do it anyway).
"""

from app.vault.vault import Vault

__all__ = ["Vault"]
