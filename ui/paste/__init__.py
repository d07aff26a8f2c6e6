"""The 粘贴接龙 page."""
