"""`paperlist browse`: the interactive app. Imported only by that command (Textual is heavy to import)."""
