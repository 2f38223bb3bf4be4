"""Temporal expressions: lexicon, detection patterns, anchoring and TIMEX3 normalisation."""
