"""Import and export of methods and tools in the format of methods/schema/method-import.schema.json."""
