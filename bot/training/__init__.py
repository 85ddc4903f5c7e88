"""Training jobs: the persistent queue (``queue``), the seam to what runs a trainer (``backend``) and the local
subprocess that does (``trainer_process``), the trainer's events as progress (``progress``), and installing a
finished model (``install``)."""
