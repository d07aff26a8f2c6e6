"""Pages of the community's life: activities with their check-in grid, warnings and deposits, complaints."""
