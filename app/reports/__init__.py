"""Reports: the figures of a period (computed once) and the boss workbook written from them."""
