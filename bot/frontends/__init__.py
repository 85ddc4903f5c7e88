"""Frontends: each turns a platform's events into ``CommandCore.handle`` calls and renders ``Response``s.

``console`` (a terminal), ``discord_bot`` (``DiscordFrontend``) and ``telegram_bot`` (``TelegramFrontend``);
each has ``async start()``, ``async stop()`` and ``async post(chat_id, response)``.
"""
