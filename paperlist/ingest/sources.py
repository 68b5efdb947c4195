"""Which digests a command line names, and their bytes: files, folders (recursively) and URLs."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, overload

from paperlist.errors import InputError, ServiceError
from paperlist.ids import find_ids
from paperlist.ingest.datajson import looks_like_lua_data, looks_like_sql_dump
from paperlist.ingest.pynotebook import looks_like_notebook_source
from paperlist.rawtext import is_text, shown
from paperlist.shapes import SUFFIXES

DIGEST_SUFFIXES = frozenset(SUFFIXES)
MAX_DIGEST_BYTES = 20 * 1024 * 1024  # larger than any digest a person writes: a dump, a log or an archive
# The start of an X (Twitter) archive's data file: `window.YTD.tweets.part0 = [`.
ARCHIVE_ASSIGNMENT = re.compile(r"\ufeff?[ \t]*window\.YTD\.[A-Za-z0-9_]+\.part[0-9]+[ \t]*=[ \t]*(?=[\[{])")


@dataclass(frozen=True, slots=True)
class Source:
    """One digest to read."""

    location: (
        str  # absolute path, URL, or `stdin:<sha256>` for a digest read from stdin: its identity, stored
    )
    name: str  # shown to people and in the JSON `digest` field
    data: bytes | None = None  # the digest's bytes, when they were read already (stdin)
    # The path to open, when it is not text: a file name that is not UTF-8 (a GBK name from a Windows zip) is
    # opened by its own bytes, and stored and shown with them written as \xNN (`location`, `name`).
    file: str | None = None

    @property
    def is_url(self) -> bool:
        return is_url(self.location)

    @property
    def path(self) -> str:
        """The path to open."""
        return self.file or self.location


def file_source(path: str, name: str) -> Source:
    """The Source for a file (its path absolute), whatever bytes its name holds."""
    absolute = os.path.abspath(path)
    if is_text(absolute):
        return Source(absolute, name)
    return Source(shown(absolute), shown(name), file=absolute)


class Sources(Sequence[Source]):
    """The digests a command line names, in order, held compactly: a folder's file as its folder's number and its
    name (a few dozen bytes, not a Source of some 350), so that the list of 50,000 digests an ingest walks costs
    a few MB, not 15; any other digest (a URL, stdin, a name that is not text) as its Source."""

    _OTHER = 0xFFFFFFFF  # (in `_folder_of`: the digest is in `_others`)

    def __init__(self) -> None:
        self._folders: list[str] = []  # absolute paths, each once
        self._numbered: dict[str, int] = {}
        self._folder_of = array("I")  # per digest: its folder's number
        self._names: list[str] = []  # per digest: its file's name ("" for another digest)
        self._others: dict[int, Source] = {}
        self._seen: set[str] | None = None  # locations, once digests of more than one path are gathered

    def add_file(self, folder: str, name: str) -> None:
        """A file found in `folder` (an absolute path) by its `name`."""
        if not is_text(name) or not is_text(folder):
            self.add(file_source(os.path.join(folder, name), name))
            return
        if self._seen is not None:
            location = os.path.join(folder, name)
            if location in self._seen:
                return
            self._seen.add(location)
        number = self._numbered.get(folder)
        if number is None:
            number = self._numbered[folder] = len(self._folders)
            self._folders.append(folder)
        self._folder_of.append(number)
        self._names.append(name)

    def add(self, source: Source) -> None:
        """Any digest, once: a second mention of the same location is left out."""
        if self._seen is not None:
            if source.location in self._seen:
                return
            self._seen.add(source.location)
        self._others[len(self._names)] = source
        self._folder_of.append(self._OTHER)
        self._names.append("")

    def deduplicate(self) -> None:
        """From now on, leave out digests already held (a second path naming some of the same files)."""
        if self._seen is None:
            self._seen = {source.location for source in self}

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, index: int) -> Source: ...

    @overload
    def __getitem__(self, index: slice) -> list[Source]: ...

    def __getitem__(self, index: int | slice) -> Source | list[Source]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        number = self._folder_of[index]
        if number == self._OTHER:
            return self._others[index]
        name = self._names[index]
        return Source(os.path.join(self._folders[number], name), name)

    def __iter__(self) -> Iterator[Source]:
        return (self[position] for position in range(len(self)))


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


STDIN = "-"


def collect_sources(
    paths: Sequence[str], warn: Callable[[str], None] | None = None, stdin: BinaryIO | None = None
) -> Sources:
    """Expand files, folders and URLs into digests, in a stable order. Missing paths are errors; a subfolder
    that cannot be read is skipped and `warn`ed about.

    `-` is a digest read from `stdin` (default: the standard input), known by its content: the same text piped
    twice is one digest, other text another.
    """
    sources = Sources()
    for position, given in enumerate(paths):
        if position == 1:
            sources.deduplicate()  # (`ingest a/ a/b.md`: one digest named twice is read once)
        if given == STDIN:
            sources.add(_from_stdin(stdin if stdin is not None else sys.stdin.buffer))
            continue
        if is_url(given):
            sources.add(Source(given, given.rstrip("/").rsplit("/", 1)[-1] or given))
            continue
        path = Path(given).expanduser()
        if not _exists(given, path):
            raise _missing(given, path)
        if path.is_dir():
            unreadable: list[tuple[str, str]] = []  # (folder, why)
            found = _walk(path, unreadable, sources)
            if not found and unreadable:
                folder, why = unreadable[0]
                more = f" and {len(unreadable) - 1} more" if len(unreadable) > 1 else ""
                raise InputError(
                    f"no digest could be read in {shown(given)}: {folder}{more} cannot be read ({why})",
                    "check the folders' permissions (ls -ld), or point at another folder",
                )
            for folder, why in unreadable:
                if warn is not None:
                    warn(f"{folder}: folder skipped, it cannot be read ({why})")
            if not found:
                raise InputError(
                    f"no digests in {shown(given)}",
                    "a digest is a text file (or a .pdf, .docx, .epub …), not code, an image or an archive;"
                    " point at another folder",
                )
        else:
            sources.add(file_source(str(path), path.name))
    return sources


def _from_stdin(stream: BinaryIO) -> Source:
    data = stream.read(MAX_DIGEST_BYTES + 1)
    if len(data) > MAX_DIGEST_BYTES:
        raise InputError(
            f"stdin: more than {MAX_DIGEST_BYTES // (1024 * 1024)} MB, too large to be a digest",
            "save the part you want and ingest the file",
        )
    if not data.strip():
        raise InputError(
            "stdin is empty: no digest to read", "pipe a digest in: `cat digest.md | paperlist ingest -`"
        )
    return Source(f"stdin:{hashlib.sha256(data).hexdigest()}", "stdin", data)


def _exists(given: str, path: Path) -> bool:
    """Whether `path` exists; InputError when a folder on its way may not be searched (it cannot be known)."""
    try:
        os.stat(path)
    except PermissionError as error:
        raise InputError(
            f"{shown(given)}: permission denied (a folder on its way cannot be searched)",
            "check the folders' permissions (ls -ld), or copy the digests somewhere you can read",
        ) from error
    except OSError:
        return False  # (missing, or a link to nothing or to itself: `_missing` says which)
    return True


def _missing(given: str, path: Path) -> InputError:
    """Why a path the user gave is not there: it does not exist, or it is a link to nothing or to itself."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python 3.11 reports a symlink loop so
            return InputError(f"{given} is a symbolic link loop", "point the link at a digest, or remove it")
        except OSError as error:
            if error.errno == errno.ELOOP:
                return InputError(
                    f"{given} is a symbolic link loop", "point the link at a digest, or remove it"
                )
        return InputError(
            f"{given} is a symbolic link to {os.readlink(path)}, which does not exist",
            "fix or remove the link",
        )
    return InputError(f"no such file or folder: {given}", "check the path and run again")


def _walk(folder: Path, unreadable: list[tuple[str, str]], found: Sources) -> int:
    """The digests under `folder` added to `found`, depth first in name order, and how many there were; folders that
    cannot be read go to `unreadable`.

    A loop of its own, not recursion (nor `os.walk`, recursive before Python 3.12): folders nested a
    thousand deep are walked too. Links to folders are not followed, so a link loop cannot make it endless.
    """
    count = 0
    stack = [os.path.abspath(folder)]
    while stack:
        root = stack.pop()
        names: list[str] = []  # (the files' names only: 50,000 of a folder's entries held at once cost 12 MB)
        folders: list[str] = []
        try:
            with os.scandir(root) as listing:
                for entry in listing:
                    if entry.name.startswith("."):
                        continue
                    try:
                        is_folder = entry.is_dir()
                    except OSError:
                        is_folder = False
                    if not is_folder:
                        names.append(entry.name)
                    elif not entry.is_symlink():
                        folders.append(entry.path)
        except OSError as error:
            unreadable.append((shown(root), str(error.strerror or error)))
            continue
        folders.sort()
        names.sort()
        for name in names:
            path = os.path.join(root, name)
            if (suffix := Path(name).suffix.lower()) in DIGEST_SUFFIXES:
                if (
                    suffix not in _CODE_SUFFIXES
                    or _data_not_code(path, suffix)
                    or (suffix in _SOURCE_SUFFIXES and _cites_papers(path))
                ):
                    found.add_file(root, name)
                    count += 1
            elif (
                suffix not in _NOT_DIGEST_SUFFIXES
                and suffix not in _BINARY_SUFFIXES
                and name not in _NOT_DIGEST_NAMES
                and _text_file(path)
            ):
                # (a digest in a shape whose suffix paperlist does not know, `.gv`, `.Rd`, `.xfdf`, or none: its
                # text is read by its content)
                found.add_file(root, name)
                count += 1
            elif (suffix in _SOURCE_SUFFIXES or name in _NOT_DIGEST_NAMES) and (
                _cites_papers(path) or _page_source(path)
            ):
                found.add_file(root, name)
                count += 1
            elif suffix in _SHARED_SUFFIXES and _cites_papers(path):
                # (a text whose suffix another kind of file shares, Pkl's `.pkl` and a pickle's: read when it
                # cites a paper by its id; a pickle's bytes are no text)
                found.add_file(root, name)
                count += 1
        stack.extend(reversed(folders))
    return count


# Suffixes of code, whose files a folder's ingest reads only when their first lines say they are a digest's
# data: an X (Twitter) archive's `window.YTD.tweets.part0 = [...]`, KOReader's Lua table of highlights, a
# notebook saved as Python, a database's dump; or, a Python or Julia source, when it cites a paper by its id
# (`_cites_papers`). A folder of code holds many others, never read.
_CODE_SUFFIXES = frozenset({".js", ".lua", ".py", ".sql", ".jl"})
_HEAD_BYTES = 4096


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Suffixes of files a folder's ingest never reads although they may be text: source code, build and
# configuration files, style sheets, drawings and lock files (a digest folder inside a project, or a project's
# folder given by mistake). A file with any other suffix, or none, is read when it is text.
_NOT_DIGEST_SUFFIXES = _words(
    ".c .h .cc .cpp .cxx .hpp .hh .m .java .kt .kts .scala .go .rs .swift .cs .fs .vb .rb .php .pl .pm .sh .bash "
    ".zsh .fish .ps1 .bat .cmd .r .hs .ml .mli .ex .exs .erl .clj .cljs .dart .lisp .el .vim .ts .tsx .jsx "
    ".mjs .cjs .vue .svelte .css .scss .sass .less .styl .ini .cfg .conf .env .properties .lock .gradle "
    ".cmake .mk .make .in .ac .am .pyi .pyx .pxd .pth .pt .ckpt .npy .npz .pkl .pickle .svg "
    ".map .sum .mod .pem .crt .key .pub .gitignore .gitattributes .editorconfig .dockerignore"
)
# Of those, the suffixes a language of data or of drawings shares with another kind of file (Apple's Pkl and
# Python's pickles, a Go module's list and Modula-2, an SVG drawing's text, a MapServer mapfile and a script's
# source map): read when they cite a paper by its id.
_SHARED_SUFFIXES = _words(".pkl .pickle .mod .svg .map")
# (and binary kinds, whose bytes are told apart anyway: a few bytes of one may look like text; not `.db`, which
# embedded databases of JSON documents write as text, NeDB's and TinyDB's, where SQLite's file is binary)
_BINARY_SUFFIXES = _words(
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .heic .avif .mp3 .mp4 .m4a .mov .wav .ogg .webm .zip .gz "
    ".tgz .bz2 .xz .7z .rar .tar .exe .dll .so .dylib .woff .woff2 .ttf .otf .doc .xls .ppt .sqlite"
)
# Of those, the text of sources, build and configuration files, which a folder's ingest reads all the same when
# they cite a paper by its arXiv or OpenReview id or link: a source whose comments name the papers its code
# implements, a build file that fetches papers, a configuration that lists them. Others (the most of a project's
# files) are never read.
_SOURCE_SUFFIXES = _words(
    ".c .h .cc .cpp .cxx .hpp .hh .m .java .kt .kts .scala .go .rs .swift .cs .fs .vb .rb .php .pl .pm .sh .bash "
    ".zsh .fish .ps1 .bat .cmd .r .hs .ml .mli .ex .exs .erl .clj .cljs .dart .lisp .el .vim .ts .tsx .jsx "
    ".mjs .cjs .vue .svelte .ini .cfg .conf .properties .gradle .cmake .mk .make .py .jl .js .lua .sql "
    # (and style sheets: a browser's user style that marks the papers' pages, `@-moz-document url(…)`)
    ".css .scss .less .styl "
    # (and Autoconf's and Automake's sources, Python's stubs and Cython, an environment's settings: `Makefile.am`)
    ".in .ac .am .pyi .pyx .pxd .env"
)
_CITING_BYTES = 65_536


def _cites_papers(path: str) -> bool:
    """Whether a text file's head names a paper by its arXiv or OpenReview id (a link, `arXiv:…`)."""
    try:
        with open(path, "rb") as file:
            head = file.read(_CITING_BYTES)
    except OSError:
        return False
    return _is_text(head[:_HEAD_BYTES]) and any(True for _ in find_ids(_head_text(head)))


def _head_text(head: bytes) -> str:
    """A text file's first bytes as text: in UTF-16 or UTF-32 after their byte order mark (a Windows program's
    `.ini` saved as "Unicode"), else as UTF-8, a character cut at the end or a byte of another encoding replaced."""
    for mark, encoding in _UNICODE_MARKS:
        if head.startswith(mark):
            return head[len(mark) :].decode(encoding, "replace")
    return head.decode("utf-8", "replace")


_NOT_DIGEST_NAMES = _words(
    "Makefile GNUmakefile makefile Dockerfile Containerfile Gemfile Rakefile Procfile Vagrantfile Jenkinsfile "
    "Justfile justfile Snakefile BUILD WORKSPACE"
)
# A text file: no NUL byte in its head (images, archives, audio, a Word 97 document hold some), its head UTF-8
# (a character cut at its end aside), and hardly any control characters.
_CONTROLS_SHARE = 0.02


def _text_file(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return False
    return _is_text(head)


# (UTF-32's marks first: its little-endian one starts with UTF-16's)
_UNICODE_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _is_text(head: bytes) -> bool:
    """Whether a file's first bytes (`_HEAD_BYTES` of them) are text: UTF-16 or UTF-32 too, after its byte order
    mark (as Windows' programs write text: regedit's `.reg` exports, Notepad's "Unicode")."""
    for mark, encoding in _UNICODE_MARKS:
        if head.startswith(mark):
            cut = len(head) - (len(head) - len(mark)) % (4 if "32" in encoding else 2)
            return _is_text(head[len(mark) : cut].decode(encoding, "replace").encode("utf-8"))
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3 and not _legacy_text(head[: len(head) - 3]):
            return (
                False  # (not only the last character cut where the head ends, nor text of an older encoding)
            )
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) * _CONTROLS_SHARE


def _legacy_text(head: bytes) -> bool:
    """Whether bytes that are not UTF-8 are text in an older encoding the reader knows: Chinese in GB18030 or GBK,
    or a Western language in Windows-1252 or Latin-1 (TeXmacs writes its documents so), a few accented letters
    among ASCII ones."""
    try:
        head.decode("gb18030")
    except UnicodeDecodeError:
        return sum(1 for byte in head if byte >= 128) <= len(head) * _ACCENTED_SHARE
    return True


_ACCENTED_SHARE = 0.25
_JSON_OBJECT_START = re.compile(r'\ufeff?\s*(?:\{\s*"|\[\s*[\[{"])')
_TAIL_BYTES = 64


def _json_document(path: str, head: str) -> bool:
    """Whether a file reads as one JSON document (an object or an array), as data does, never code: it opens with
    `{"` or `[` and closes with `}` or `]` (whether it parses is the reader's to find, reading it once)."""
    if _JSON_OBJECT_START.match(head) is None:
        return False
    try:
        with open(path, "rb") as file:
            file.seek(max(0, os.path.getsize(path) - _TAIL_BYTES))
            tail = file.read().rstrip()
    except OSError:
        return False
    return tail[-1:] in (b"}", b"]")


# A page's source under a code's suffix, as its first line says: a Pollen page (`.html.pm`, `#lang pollen`), a
# Scribble one; read as a page, whatever it cites.
_PAGE_SOURCE_HEAD = (b"#lang pollen", b"#lang scribble", b"\xef\xbb\xbf#lang pollen")


def _page_source(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(32).startswith(_PAGE_SOURCE_HEAD)
    except OSError:
        return False


def _data_not_code(path: str, suffix: str) -> bool:
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    if suffix == ".js":
        # (an X archive's `window.YTD… = [...]`, or JSON kept under `.js`: Firefox's `sessionstore.js`)
        return ARCHIVE_ASSIGNMENT.match(head) is not None or _json_document(path, head)
    if suffix == ".lua":
        return looks_like_lua_data(head, path)
    if suffix in (".py", ".jl"):
        return looks_like_notebook_source(head, path)
    return looks_like_sql_dump(head, path)


def read_source(source: Source) -> bytes:
    """The raw bytes of a digest; InputError (naming it) when it cannot or should not be read."""
    if source.data is not None:
        return source.data
    if source.is_url:
        return fetch_digest(source.location)
    try:
        info = os.stat(source.path)
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block or never end: only regular files are digests.
            raise InputError(
                f"{source.location}: not a regular file (a pipe, socket or device)",
                "give the digest file itself",
            )
        if info.st_size > MAX_DIGEST_BYTES:
            raise InputError(
                f"{source.location}: {info.st_size / 1e6:.0f} MB is too large to be a digest (limit 20 MB)",
                "leave it out of the digest folder",
            )
        with open(source.path, "rb") as handle:
            return handle.read(MAX_DIGEST_BYTES + 1)
    except PermissionError as error:
        raise InputError(
            f"{source.location}: permission denied", "check the file's permissions (ls -l) or leave it out"
        ) from error
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(
                f"{source.location} is a symbolic link loop", "fix or remove the link"
            ) from error
        raise InputError(
            f"{source.location}: cannot read ({error.strerror or error})", "check the file, or leave it out"
        ) from error


def fetch_digest(url: str, *, timeout: float | None = None) -> bytes:
    """Download a digest page through the polite client, refusing anything larger than a digest can be or
    slower than `timeout` (default: $PAPERLIST_TIMEOUT, else 30 s). Redirects to other hosts are followed
    (pages move; the answer is only read as a digest), at most a few."""
    from paperlist.config import service_settings
    from paperlist.http import Answer, GaveUp, PoliteClient, TooLarge  # only for URLs: start-up stays light

    seconds = timeout if timeout is not None else service_settings().timeout

    def interpret(answer: Answer) -> bytes:
        if answer.status >= 400:
            raise InputError(
                f"{url}: the server answered HTTP {answer.status}",
                "check the address, or save the page and ingest the file",
            )
        return answer.body

    with PoliteClient(
        "the digest's server",
        delay=0.0,
        accept="text/html,text/plain;q=0.9,*/*;q=0.5",
        max_body=MAX_DIGEST_BYTES,
        timeout=seconds,
        max_wait=0.0,  # one try: the user is waiting, and can run the command again
        same_host_redirects=False,
    ) as client:
        try:
            return client.send("GET", url, interpret)
        except TooLarge:
            raise InputError(
                f"{url}: more than {MAX_DIGEST_BYTES // (1024 * 1024)} MB, too large to be a digest",
                "save the part you want and ingest the file",
            ) from None
        except GaveUp as error:
            if error.timed_out:
                raise InputError(
                    f"{url}: no whole answer within {seconds:g} s",
                    "try again later, or save the page and ingest the file",
                ) from None
            raise InputError(
                f"{url}: cannot fetch ({error.problem})",
                "check the address and your connection, or save the page and ingest the file",
            ) from None
        except ServiceError as error:
            raise InputError(
                f"{url}: cannot fetch ({error.message})",
                "check the address and your connection, or save the page and ingest the file",
            ) from None
