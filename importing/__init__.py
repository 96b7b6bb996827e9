"""Import and export of methods and tools in the format of importing/method-import.schema.json."""
