"""Automod: rules that look at every arriving message, and what they ask the pipeline to do.

Qt-free. :mod:`.rules` holds the pydantic models (rules, the ladder, the set saved as one JSON
file), :mod:`.text` the folding every word rule compares in, :mod:`.checks` one compiled check
per rule, :mod:`.memory` what the rules about pace remember (floods, repeats, raids, new
authors), :mod:`.engine` the verdict for a message, :mod:`.strikes` the escalation ladder, and
:mod:`.review` the queue of held messages.
"""
