"""Entity recognition pieces: candidate mentions, typing, coreference, metonymy and linking."""
