"""Build tooling for the protocol site: settings, placeholders, flows and the MkDocs plugins."""
