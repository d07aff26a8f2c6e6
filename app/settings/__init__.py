"""Business settings: every one declared once (`declared.py`), stored in the `settings` table,
changed only by the `settings.set` operation (`setting_ops.py`)."""
