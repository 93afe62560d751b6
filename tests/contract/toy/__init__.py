"""A tiny provider written the way a new one is: its package (spec, client) over its fake.

It lives in the tests so that "a new provider is its package plus one registry line" is checked
on every run; see ``tests/contract/test_new_provider.py``.
"""
