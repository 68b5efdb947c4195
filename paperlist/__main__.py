"""`python -m paperlist`."""

from paperlist.cli.app import main

# Guarded: ingest's worker processes ("spawn") import the main module again and must not run the CLI.
if __name__ == "__main__":
    main()
