"""Local fake servers that speak the real protocols of the platforms we use (bind 127.0.0.1, port 0)."""
