"""The 报表 page: KPI cards, charts and the boss workbook."""
