"""Pure domain: standard library only. Nothing here imports Qt, SQLCipher or reportlab."""
