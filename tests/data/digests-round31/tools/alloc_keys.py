"""The catalogue keys of the round's papers that are not on arXiv (their titles; catalogue.key_of resolves them)."""
ALPHAGOZERO = "Mastering the game of Go without human knowledge"
ALPHAFOLD = "Highly accurate protein structure prediction with AlphaFold"
