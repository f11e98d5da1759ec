"""Files → models: YAML briefings with every node's position kept (so each error names a
file, line and column), the TOML workspace configuration, and the user's text files."""
