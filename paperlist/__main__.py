"""`python -m paperlist`, and the `paperlist` command's entry point."""

import gc
import sys


def main() -> None:
    """Run the command-line app. A Ctrl-C while it is still starting (importing) ends quietly too: one line
    and exit code 130, as everywhere else (nothing can have been changed yet)."""
    try:
        from paperlist.cli.app import main as run_app

        # What importing built (modules, classes, functions: some 100,000 objects, none of them ever garbage) is
        # moved out of the collector's sight: neither the command's own collections nor the one at exit walk it
        # again. The exit's walk was a tenth of a short command's time (benchmarks/bench_startup.py).
        gc.freeze()
        run_app()  # (a command's own Ctrl-C is handled inside: this is for the app being built)
    except KeyboardInterrupt:
        sys.stderr.write("paperlist: error: interrupted while starting; nothing was changed\n")
        raise SystemExit(130) from None


# Guarded: ingest's worker processes ("spawn") import the main module again and must not run the CLI.
if __name__ == "__main__":
    main()
