"""The typer app: global options, command registration, and the one place errors become exit codes."""

from __future__ import annotations

import contextlib
import copy
import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from paperlist import __version__
from paperlist.cli import browse as browse_commands
from paperlist.cli import enrich as enrich_commands
from paperlist.cli import export as export_commands
from paperlist.cli import ingest as ingest_commands
from paperlist.cli import journal as journal_commands
from paperlist.cli import library as library_commands
from paperlist.cli import related as related_commands
from paperlist.cli import state as state_commands
from paperlist.cli import stats as stats_commands
from paperlist.cli import view as view_commands
from paperlist.cli.context import AppContext, app_context
from paperlist.config import DB_ENV
from paperlist.errors import ExitCode, PaperlistError, UsageError
from paperlist.rawtext import is_text, shown


class PaperlistGroup(TyperGroup):
    """Runs a command and turns expected failures into one line on stderr and a documented exit code."""

    def invoke(self, ctx: Any) -> Any:  # a click Context (typer vendors click; its type is private)
        try:
            _check_text_arguments([*getattr(ctx, "_protected_args", ()), *ctx.args])
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, TyperException):
            raise
        except PaperlistError as error:
            if error.exit_code == ExitCode.FAILURE and isinstance(ctx.obj, AppContext) and ctx.obj.debug:
                raise  # (a bug told in one line: --debug shows where, as for any internal error)
            _fail(ctx, str(error), error.exit_code)
        except KeyboardInterrupt:
            _fail(ctx, "interrupted: everything stored before the interruption is kept", ExitCode.INTERRUPTED)
        except BrokenPipeError:
            # The reader stopped reading (`| head`, a pager quit early): that is the end, not a failure. What
            # is still buffered for stdout goes nowhere (else Python complains when it flushes at exit).
            with contextlib.suppress(OSError, ValueError):  # (unless stdout is no file: then nothing is)
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(ExitCode.OK) from None
        except Exception as error:
            if isinstance(ctx.obj, AppContext) and ctx.obj.debug:
                raise
            _fail(
                ctx,
                f"internal error: {type(error).__name__}: {error}"
                " (run again with --debug for the traceback, and please report it)",
                ExitCode.FAILURE,
            )
        finally:
            if isinstance(ctx.obj, AppContext):
                ctx.obj.close()
        return None


# Options whose value is a file path: a path may be any bytes (a GBK file name from a Windows zip).
_PATH_OPTIONS = ("--output", "-o")


def _check_text_arguments(args: list[str]) -> None:
    """Refuse a command-line word that is not text: what a non-UTF-8 terminal sends (`--author $'\\xff'`)
    cannot be searched for, stored or shown. Paths (`ingest`'s, `--output`'s, `--db`) may be any bytes."""
    if not args or args[0] == "ingest":
        return
    after_path_option = False
    for word in args:
        if after_path_option or word.startswith(tuple(f"{option}=" for option in _PATH_OPTIONS)):
            after_path_option = False
            continue
        after_path_option = word in _PATH_OPTIONS
        if not is_text(word):
            raise UsageError(
                f"the command-line argument '{shown(word)}' is not UTF-8 text",
                "type it in a UTF-8 terminal (check $LANG), or leave it out",
            )


def _fail(ctx: Any, message: str, code: ExitCode) -> None:
    from rich.text import Text

    from paperlist.views.text import clean

    console = ctx.obj.err if isinstance(ctx.obj, AppContext) else AppContext().err
    console.print(Text("paperlist: error: ", style="bold red") + Text(clean(message)))
    raise typer.Exit(code)


app = typer.Typer(
    cls=PaperlistGroup,
    name="paperlist",
    help="Turn folders of paper digests into a searchable personal reading list.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"paperlist {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar=DB_ENV,
            metavar="PATH",
            help="The SQLite database to use (default: paperlist.db in your user data directory).",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager", help="Never page long output on a terminal (else $PAGER, by default less, is used)."
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn folders of paper digests into a searchable personal reading list."""
    context = app_context(ctx)
    context.db_option = db
    context.debug = debug
    context.pager = not no_pager


# Each command's one-line summary in `paperlist --help` (its docstring is the whole help): short enough that
# the list reads whole at 80 columns.
app.command("ingest", short_help="Read digests and add the papers they reference.")(ingest_commands.ingest)
app.command("add", short_help="Add papers by arXiv id, URL or title.")(library_commands.add)
app.command("extract", short_help="Show what ingest would find in digests; store nothing.")(
    ingest_commands.extract
)
app.command("enrich", short_help="Fetch metadata: arXiv, OpenReview, Semantic Scholar.")(
    enrich_commands.enrich
)
app.command("refresh", short_help="Ask the services again about enriched papers.")(library_commands.refresh)
app.command("list", short_help="Show the reading list, newest first.")(view_commands.list_papers)
app.command("next", short_help="What to read now, best first.")(view_commands.next_up)
app.command("search", short_help="Find papers by words, Chinese too.")(view_commands.search)
app.command("show", short_help="Everything known about one paper.")(view_commands.show)
app.command("open", short_help="Open a paper's page or PDF in your browser.")(view_commands.open_paper)
app.command("related", short_help="Papers to read after one (Semantic Scholar).")(related_commands.related)
app.command("cites", short_help="Papers that cite one (Semantic Scholar).")(related_commands.cites)
app.command("refs", short_help="Papers one cites (Semantic Scholar).")(related_commands.refs)
app.command("mark", short_help="Set papers' status: unread, reading, read, skipped.")(state_commands.mark)
app.command(
    "tag", short_help="Add (+TAG) and remove (-TAG) tags.", context_settings=state_commands.TAG_CONTEXT
)(state_commands.tag)
app.command("note", short_help="Write your note on a paper.")(state_commands.note)
app.command("star", short_help="Star papers: `next` puts them first.")(state_commands.star)
app.command("unstar", short_help="Remove the star from papers.")(state_commands.unstar)
app.command("edit", short_help="Correct a paper's title, authors, year or venue.")(library_commands.edit)
app.command("resolve", short_help="Settle which arXiv paper a paper is.")(library_commands.resolve)
app.command("merge", short_help="Make one paper of two that are the same.")(library_commands.merge)
app.command("remove", short_help="Hide papers from the list (--purge: delete).")(library_commands.remove)
app.command("restore", short_help="Bring removed papers back.")(library_commands.restore)
app.command("undo", short_help="Revert your last change.")(journal_commands.undo)
app.command("history", short_help="List your latest changes.")(journal_commands.history)
app.command("doctor", short_help="Find likely duplicates and suspicious metadata.")(library_commands.doctor)
app.command("confirm", short_help="Keep references held back as unconfirmed.")(state_commands.confirm)
app.command("browse", short_help="Go through the list in an interactive app.")(browse_commands.browse)
app.command("stats", short_help="Count the reading list.")(stats_commands.stats)
app.command("export", short_help="Write papers for LaTeX, Zotero, pandoc or a browser.")(
    export_commands.export
)


def main() -> None:
    """Console-script entry point."""
    command = _command_named(sys.argv[1:])
    if command is None:
        app()  # help, --version, a typo, shell completion: the whole app
        return
    # Typer turns every registered command's signature into options at each start (a tenth of `list`'s start):
    # a run of one command needs only that one.
    lean = copy.copy(app)
    lean.registered_commands = [info for info in app.registered_commands if info.name == command]
    lean()


def _command_named(args: list[str]) -> str | None:
    """The command `args` run (`paperlist --db X list ...` → list), if they name a known one."""
    names = {info.name for info in app.registered_commands}
    value_follows = False
    for arg in args:
        if value_follows:
            value_follows = False
        elif arg == "--db":
            value_follows = True
        elif not arg.startswith("-"):
            return arg if arg in names else None
    return None
