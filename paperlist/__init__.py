"""paperlist: a reading list built from machine-learning paper digests."""

__version__ = "0.1.0"
