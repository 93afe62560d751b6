"""Dialogs not about one action: connect, sign-in, settings, shortcuts, export, a crash."""
