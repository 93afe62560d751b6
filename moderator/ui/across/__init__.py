"""Views across streams: All streams, search, user card, audit dock."""
