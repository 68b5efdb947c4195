"""The catalogue keys of the round's papers that are not on arXiv (their titles; catalogue.key_of resolves them)."""
GO = "Mastering the game of Go without human knowledge"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
AF = "Highly accurate protein structure prediction with AlphaFold"
