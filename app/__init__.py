"""The core of Shequn: domain types, services, import/export, reports and the CLI. No Qt here."""
