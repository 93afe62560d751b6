"""What every part of the UI uses: plain text, display guards, contrast, theme, keys as actions."""
