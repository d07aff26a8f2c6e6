"""The community's life: activities with sign-ups and check-ins, points and levels."""
