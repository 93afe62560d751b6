"""Developer tools: screenshots of the running demo."""
