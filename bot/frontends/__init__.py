"""Frontends: each turns a platform's events into commands for the core and renders its ``Response``s.

``console`` (a terminal), ``discord/`` and ``telegram/``; each frontend has ``async start()``, ``async stop()``
and ``async post(chat_id, response)``. Platform code lives only here.
"""
