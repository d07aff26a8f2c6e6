"""Imports every model module so that `Base.metadata` knows all tables."""

from db import models  # noqa: F401
