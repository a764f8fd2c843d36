"""The widgets: the only package that imports QtWidgets. Nothing but ``app.main`` imports it.

Screens: ``wizard`` (first run: creates the vault), ``unlock``, ``mainwindow`` (menus, toolbar,
status bar, the case panel on the left and the work area on the right), ``cases`` (list, view,
dialogs), ``reveal``, ``settings``, ``about``, ``crash``. ``session`` ties them to one vault's
lifecycle (create → unlock → work → lock).
"""
