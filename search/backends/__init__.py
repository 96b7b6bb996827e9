"""The search backends: modelsearch's database and Elasticsearch 9 backends with Norwegian query handling (docs/search.md)."""
