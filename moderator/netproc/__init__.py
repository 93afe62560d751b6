"""Every provider client of the app in one child "network process".

HTTP, JSON, pydantic validation and the conversion to :class:`~moderator.core.models.ChatMessage`
took ~40 % of the GUI thread's time in a busy chat; a thread would not help (the GIL), a
process does. :mod:`.proxy` is the GUI side (one :class:`~.proxy.ProviderProxy` per connected
stream, all sharing one :class:`~.process.NetworkProcess`), :mod:`.worker` the child side, and
:mod:`.wire` what crosses the pipe between them. ``ui/`` and ``core/`` never import this
package (an import-linter contract): the composition root (``catalog.py``, ``app.py``) wires it.
"""
