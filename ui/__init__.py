"""The PySide6 window: shell, pages, table models, dialogs, undo commands, the async runner."""
