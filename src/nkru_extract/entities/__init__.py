"""Entity extractor: people, states and military units, canonicalised."""
