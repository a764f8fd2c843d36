"""Case screens: the list with search and status filter, the case view, and their dialogs."""
