"""The 设置 page: business settings, vocabularies, backups, language, database."""
