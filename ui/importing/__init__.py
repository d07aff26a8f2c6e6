"""The import wizard, the import history and the export dialog."""
