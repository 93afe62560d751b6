"""Qt widgets, models and dialogs: everything a moderator sees. Never speaks HTTP."""
