"""The community's life: warnings, deposits, complaints, activities, points."""
