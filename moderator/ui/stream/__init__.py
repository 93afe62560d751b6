"""One stream's tab: its list, filter bar, batch bar, status, send box, keys and menu."""
