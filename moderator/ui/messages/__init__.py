"""Message lists: models over the buffers, the virtual view, the delegate, row heights."""
