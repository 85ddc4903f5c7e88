"""Discord: the frontend (``frontend``), its slash commands (``slash``), one interaction as a conversation
(``interaction``) and how answers look (``render``)."""
