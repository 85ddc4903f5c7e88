"""The platform-neutral command core: what each command does, for every frontend.

``commands`` parses command text into a ``Command``; ``command_core.CommandCore`` checks access and runs the
handler of each command (``training``, ``speaking``, ``models``, ``scheduling``, ``help``); ``presenters``
build the ``Response`` objects (``responses``) that frontends render; ``access`` and ``uploads`` hold who may
do what and the files attached to ``/train``."""
