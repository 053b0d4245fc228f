"""Articles in: .txt/.md files (with optional front matter), folders of them, and .jsonl.

`read_inputs(paths)` yields Article records and Problem records, in input order, and never
raises on a bad file: a file or line that cannot be read becomes a Problem naming the file,
the line and the reason, and reading goes on.  JSONL is streamed a line at a time.
Only regular files are read: a FIFO or a device named *.txt is refused, never waited on.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .schema import Article

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_MAX_BYTES = 5_000_000
METADATA = ("title", "source", "published", "url")


class InputError(ValueError):
    """An input that cannot be read as articles."""


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that was skipped, or read with a caveat (severity "warning")."""

    file: str
    line: int  # 0 when the problem is the whole file
    reason: str
    severity: str = "error"  # "error": skipped; "warning": read, but not as written


def problem_for(article: Article, reason: str, severity: str = "error") -> Problem:
    """A problem met in an article, at the file and line it was read from."""
    file, sep, line = article.origin.rpartition(":")
    if not (sep and line.isdigit()):
        file, line = article.origin or article.doc_id, "0"
    return Problem(file, int(line), reason, severity)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z]*)?")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Metadata from a leading `---` block, and the text after it.

    >>> split_front_matter("---\\ntitle: Aid\\npublished: 2024-10-22\\n---\\nBody")
    ({'title': 'Aid', 'published': '2024-10-22'}, 'Body')
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in METADATA:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


# UTF-32-LE's BOM starts with UTF-16-LE's: test the UTF-32 ones first.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_WIDE = ("utf-16", "utf-32")  # encodings whose text is full of NUL bytes
_SURROGATE = re.compile("[\ud800-\udfff]")


def bom_encoding(data: bytes) -> str:
    """The encoding a byte-order mark announces, or "" without one.

    >>> bom_encoding("£5m".encode("utf-16")), bom_encoding(b"plain")
    ('utf-16', '')
    """
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), "")


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: a BOM's encoding, else UTF-8, else Windows-1252; and a caveat if any."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding), ""
        except UnicodeDecodeError as e:
            return data.decode(encoding, errors="replace"), f"bad {encoding} at byte {e.start}"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as e:
        where = e.start
    try:
        return data.decode("cp1252"), f"not UTF-8 (byte {where}); read as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not UTF-8 (byte {where}); read as Latin-1"


def looks_binary(data: bytes) -> bool:
    """NUL bytes or mostly control characters in the first 8 KiB: not an article.

    UTF-16 and UTF-32 (with a BOM) are judged on their characters, not their bytes.

    >>> looks_binary("£5m".encode("utf-16")), looks_binary(b"\\x7fELF\\x02\\x01\\x00")
    (False, True)
    """
    head = data[:8192]
    if not head:
        return False
    encoding = bom_encoding(head)
    if encoding in _WIDE:
        chars = [ord(c) for c in head.decode(encoding, errors="replace")]
    elif b"\x00" in head:
        return True
    else:
        chars = list(head)
    if 0 in chars:
        return True
    control = sum(1 for c in chars if c < 32 and c not in (9, 10, 12, 13))
    return control / max(len(chars), 1) > 0.1


def clean_text(text: str) -> tuple[str, str]:
    """Lone surrogates (JSON can hold them, UTF-8 cannot) become U+FFFD; and a caveat if any.

    >>> clean_text("5\\ud800m")
    ('5\\ufffdm', 'lone surrogate characters replaced by U+FFFD')
    """
    if not _SURROGATE.search(text):
        return text, ""
    return _SURROGATE.sub("\ufffd", text), "lone surrogate characters replaced by U+FFFD"


def _open_regular(path: Path) -> tuple[io.BufferedReader, int]:
    """Open a regular file for reading and return it with its size.

    Opened without blocking, so a FIFO named *.txt is refused instead of waited on, and a
    device (a symlink to /dev/zero) is refused instead of read forever.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file (a folder, pipe or device)")
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def _published(value: str, origin: str, line: int, problems: list[Problem]) -> str:
    value = (value or "").strip()
    if value and not _ISO_DATE.fullmatch(value):
        problems.append(Problem(origin, line, f"published {value!r} is not an ISO date; left empty",
                                "warning"))
        return ""
    return value[:10]


def _open_or_problem(path: Path):
    """(handle, size) of a regular file, or a Problem saying why it cannot be opened."""
    try:
        return _open_regular(path)
    except InputError as e:
        return Problem(str(path), 0, str(e))
    except OSError as e:
        return Problem(str(path), 0, f"cannot read: {e.strerror or e}")


def read_text_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Problem]:
    """One article from a .txt or .md file; doc_id is the file stem."""
    origin = str(path)
    opened = _open_or_problem(path)
    if isinstance(opened, Problem):
        yield opened
        return
    handle, size = opened
    with handle:
        if size > max_bytes:
            yield Problem(origin, 0, f"{size} bytes is over the limit of {max_bytes} (--max-bytes)")
            return
        try:
            data = handle.read(max_bytes + 1)  # the file may have grown since it was measured
        except OSError as e:
            yield Problem(origin, 0, f"cannot read: {e.strerror or e}")
            return
    if len(data) > max_bytes:
        yield Problem(origin, 0, f"over the limit of {max_bytes} bytes (--max-bytes)")
        return
    if not data.strip():
        yield Problem(origin, 0, "empty file")
        return
    if looks_binary(data):
        yield Problem(origin, 0, "binary content (NUL or control bytes), not text")
        return
    text, caveat = decode(data)
    if caveat:
        yield Problem(origin, 0, caveat, "warning")
    if not text.strip():
        yield Problem(origin, 0, "empty file")
        return
    meta, body = split_front_matter(text)
    problems: list[Problem] = []
    published = _published(meta.get("published", ""), origin, 1, problems)
    yield from problems
    yield Article(doc_id=path.stem, text=body, title=meta.get("title", ""),
                  source=meta.get("source", ""), published=published, url=meta.get("url", ""),
                  origin=origin)


def read_jsonl(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Problem]:
    """Articles from a JSONL file, one a line; a bad line is a Problem, the rest go on."""
    origin = str(path)
    opened = _open_or_problem(path)
    if isinstance(opened, Problem):
        yield opened
        return
    handle, _size = opened
    with handle:
        encoding = bom_encoding(handle.peek(4)[:4])
        lines = _wide_lines(handle, encoding, max_bytes) if encoding in _WIDE else _lines(
            handle, max_bytes)
        for lineno, raw in enumerate(lines, start=1):
            if raw is None:
                yield Problem(origin, lineno, f"line is over the limit of {max_bytes} bytes (--max-bytes)")
                continue
            if not raw.strip():
                continue
            line, caveat = decode(raw)
            if caveat:
                yield Problem(origin, lineno, caveat, "warning")
            try:
                item = json.loads(line)
            except (ValueError, RecursionError) as e:  # RecursionError: [[[[... nested too deep
                cut = "" if raw.endswith(b"\n") else " (the file ends mid-line)"
                yield Problem(origin, lineno, f"malformed JSON: {e}{cut}")
                continue
            if not isinstance(item, dict):
                yield Problem(origin, lineno, "a line must be a JSON object")
                continue
            text = item.get("text")
            if not isinstance(text, str) or not text.strip():
                yield Problem(origin, lineno, "no 'text' (or it is empty or not a string)")
                continue
            doc_id = item.get("id")
            if doc_id is None or str(doc_id).strip() == "":
                doc_id = f"{path.stem}-{lineno}"
                yield Problem(origin, lineno, f"no 'id'; using {doc_id!r}", "warning")
            text, caveat = clean_text(text)
            if caveat:
                yield Problem(origin, lineno, caveat, "warning")
            problems: list[Problem] = []
            published = _published(_field(item, "published"), origin, lineno, problems)
            yield from problems
            yield Article(doc_id=clean_text(str(doc_id))[0], text=text, title=_field(item, "title"),
                          source=_field(item, "source"), published=published,
                          url=_field(item, "url"), origin=f"{origin}:{lineno}")


def _field(item: dict, key: str) -> str:
    """A metadata field as clean text ("" when missing)."""
    return clean_text(str(item.get(key) or ""))[0]


def _lines(handle, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line over max_bytes (read past, never held)."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
            yield None
            continue
        yield line


def _wide_lines(handle, encoding: str, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a UTF-16 or UTF-32 file (PowerShell writes JSONL so), as UTF-8 bytes."""
    text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="\n")
    try:
        yield from _lines(_Utf8Lines(text), max_bytes)
    finally:
        text.detach()  # the caller closes the file


class _Utf8Lines:
    """The `readline(limit)` of a text stream, in UTF-8 bytes, for `_lines`."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self.text = text

    def readline(self, limit: int) -> bytes:
        return self.text.readline(limit).encode("utf-8", errors="replace")


def _walk(folder: Path, problems: list[Problem]) -> Iterator[Path]:
    """Files below a folder, sorted, following no symlinked folder (no loops).

    A folder's README.md / README.txt describes the folder; it is not an article.
    """
    def onerror(e: OSError) -> None:
        problems.append(Problem(str(e.filename or folder), 0, f"cannot list: {e.strerror or e}"))

    for root, dirs, files in os.walk(folder, onerror=onerror, followlinks=False):
        for name in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            problems.append(Problem(str(Path(root) / name), 0,
                                    "symlinked folder not followed (it could loop)", "warning"))
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES) and not name.upper(
            ).startswith("README."):
                yield Path(root) / name


def read_inputs(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES
                ) -> Iterator[Article | Problem]:
    """Articles and problems from files, folders and JSONL, in the order given."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            problems: list[Problem] = []
            for file in _walk(path, problems):
                yield from problems
                problems.clear()
                yield from _read_file(file, max_bytes)
            yield from problems
        elif path.exists() or path.is_symlink():
            if not path.name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                yield Problem(str(path), 0, "not a .txt, .md or .jsonl file")
                continue
            yield from _read_file(path, max_bytes)
        else:
            yield Problem(str(path), 0, "no such file or folder")


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    if path.name.lower().endswith(JSONL_SUFFIXES):
        yield from read_jsonl(path, max_bytes)
    else:
        yield from read_text_file(path, max_bytes)
