"""`python -m paperlist`, and the `paperlist` command's entry point."""

import gc
import sys


def main() -> None:
    """Run the command-line app. A Ctrl-C while it is still starting (importing) ends quietly too: one line
    and exit code 130, as everywhere else (nothing can have been changed yet)."""
    # Importing builds some 100,000 objects (modules, classes, functions), none of them ever garbage: the
    # collector is kept out while they are built, then they are moved out of its sight (gc.freeze), so that
    # neither the import's collections, the command's own nor the one at exit walk them. Those walks were a
    # seventh of a short command's time (benchmarks/bench_startup.py, benchmarks/RESULTS.md).
    gc.disable()
    try:
        from paperlist.cli.app import main as run_app

        gc.freeze()
        gc.enable()
        run_app()  # (a command's own Ctrl-C is handled inside: this is for the app being built)
    except KeyboardInterrupt:
        sys.stderr.write("paperlist: error: interrupted while starting; nothing was changed\n")
        raise SystemExit(130) from None


# Guarded: ingest's worker processes ("spawn") import the main module again and must not run the CLI.
if __name__ == "__main__":
    main()
