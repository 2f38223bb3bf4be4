"""Trained models shipped in the package and the code that loads them."""
