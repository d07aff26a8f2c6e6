"""The Groups page (社群) and the group actions other pages use."""
