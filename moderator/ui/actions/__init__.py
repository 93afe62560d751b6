"""The one way every surface asks for a moderation action: presenter, its dialogs, Undo toast."""
