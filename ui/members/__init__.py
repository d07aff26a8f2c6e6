"""The Members page: table, filters, detail panel, bulk actions and their undo commands."""
