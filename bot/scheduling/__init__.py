"""Scheduled posts: the service and its commands (``service``), when they fire (``triggers``), one post with
retries (``firing``), and where posts go (``posters``: the chat, X)."""
