"""Telegram: the frontend on python-telegram-bot (``frontend``) and how answers look (``render``)."""
