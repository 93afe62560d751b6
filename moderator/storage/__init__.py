"""Settings, secrets, the chat archive and the audit log."""
