"""The community's life: activities with check-ins, points and levels, warnings, deposits, complaints."""
