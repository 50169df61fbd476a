"""Extraction from an article's text: enumerated lists, numbers with units, keywords."""
