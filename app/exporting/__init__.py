"""Export of members to .xlsx (typed cells, frozen bold header, filters) and .csv."""
