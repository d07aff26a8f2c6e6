"""The content calendar page: month, week and agenda views, post editor, reminder lead time."""
