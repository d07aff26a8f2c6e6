"""Imports every model module so that `Base.metadata` knows all tables."""

from db import (
    models,  # noqa: F401
    models_audit,  # noqa: F401
    models_calendar,  # noqa: F401
    models_care,  # noqa: F401
    models_commerce,  # noqa: F401
    models_community,  # noqa: F401
    models_import,  # noqa: F401
    models_paste,  # noqa: F401
)
