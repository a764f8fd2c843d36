"""Feature subcommands of ``netpatrol`` (composition root, like app/cli.py).

Each module has ``register(commands, add)`` and its ``cmd_*`` handlers; ``app.cli.build_parser``
calls each ``register`` explicitly. Handlers return ``app.cli.Output``.
"""
