"""Search backends: modelsearch's, extended for Norwegian query expansion (see search/README section)."""
