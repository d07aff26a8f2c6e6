"""Excel/CSV import: sniff, read, find the table, map columns, plan, apply as one batch, undo."""
