"""Text → claims. Knows nothing of the reference base beyond the vocabulary it is handed."""
