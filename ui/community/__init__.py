"""Pages of the community's life: warnings and deposits, complaints."""
