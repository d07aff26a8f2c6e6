"""Persistence layer: SQLAlchemy models, engine setup, repositories and Alembic migrations."""
