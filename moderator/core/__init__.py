"""Provider-neutral chat logic: pure asyncio and pydantic, never Qt, never HTTP."""
