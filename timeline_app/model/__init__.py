"""The domain layer: types, the SQLite store and the extraction pipeline. Never imports Qt."""
