"""Run the patrol browser alone: ``python -m app.ui.browser --vault PATH [--lang zh_TW] [URL …]``.

For development and screenshots until the main window hosts it. The passphrase comes from
``NETPATROL_PASSPHRASE`` or a prompt on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from app.infra import browser_policy

    browser_policy.harden_environment(os.environ)
    parser = argparse.ArgumentParser(prog="python -m app.ui.browser")
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--lang", default="zh_TW")
    parser.add_argument("urls", nargs="*")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.infra import translations
    from app.ui.browser.panel import BrowserPanel
    from app.vault import Vault

    app = QApplication(sys.argv[:1])
    translations.load(args.lang)
    # taken out of the environment before any page loads: the browser's renderers would inherit it
    passphrase = os.environ.pop("NETPATROL_PASSPHRASE", "") or getpass.getpass("Vault passphrase: ")
    vault = Vault.open(args.vault, passphrase)
    window = QMainWindow()
    panel = BrowserPanel(vault)
    window.setCentralWidget(panel)
    window.resize(1400, 900)
    for url in args.urls or ["about:blank"]:
        panel.open_tab(QUrl(url))
    window.show()
    try:
        return app.exec()
    finally:
        panel.shutdown()
        vault.lock()


if __name__ == "__main__":
    sys.exit(main())
