"""Qt plumbing without widgets: paths, settings, translations, logging, the task pool."""
