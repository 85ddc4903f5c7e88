"""mimicbird bot: one asyncio process serving chat frontends from a platform-neutral command core."""
