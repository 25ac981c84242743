"""Event extraction: trigger lexicon, clauses, arguments, modality and English summaries."""
