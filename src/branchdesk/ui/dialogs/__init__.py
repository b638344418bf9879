"""Dialogs; each has a classmethod entry point that returns a value."""
