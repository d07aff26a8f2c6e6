"""The content calendar: posts, recurring slots, Chinese holidays, warnings, reminders, export."""
