"""From a prompt to a safe post: batched generation (``generator``) on cached models (``model_cache``) with
fast nucleus sampling (``sampling``), turned into filtered tweets by the ``speaker`` (``postprocess``)."""
