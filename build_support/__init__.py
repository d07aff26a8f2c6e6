"""Build-time helpers for build.spec: icon, data list, pruning, licence notices, cold start."""
