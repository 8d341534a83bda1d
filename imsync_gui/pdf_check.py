"""What can be proven about a PDF file with the standard library alone.

No PDF library ships in the app, so this checks structure, not looks: the header, the
``%%EOF`` trailer, that ``startxref`` points at the cross-reference table, that the page tree's
``/Count`` matches the page objects, and that every compressed stream inflates completely.
The text is read with poppler's ``pdftotext`` only where that program is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

HEADER = re.compile(rb"\A%PDF-1\.[0-7]")
STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z")
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
PAGE_TREE = re.compile(rb"<<[^<>]*/Type\s*/Pages(?![A-Za-z])[^<>]*>>")
COUNT = re.compile(rb"/Count\s+(\d+)")
STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
PDFTOTEXT_TIMEOUT_S = 30


class PdfProblem(ValueError):
    """The bytes are not a complete, readable PDF; the message says what is wrong."""


@dataclass(frozen=True)
class PdfFacts:
    """What the check established."""

    pages: int
    compressed_streams: int
    text: str | None
    """The text poppler extracted, whitespace collapsed; None when pdftotext is not installed."""


def inspect_pdf(path: Path) -> PdfFacts:
    """Check the PDF at *path*; raise PdfProblem with the reason when it is broken."""
    data = path.read_bytes()
    if not HEADER.match(data):
        raise PdfProblem("the file does not start with a PDF header")
    trailer = STARTXREF.search(data[-1024:])
    if trailer is None:
        raise PdfProblem("the file does not end with startxref and %%EOF (it is cut short)")
    offset = int(trailer.group(1))
    if data[offset : offset + 4] != b"xref":
        raise PdfProblem(f"startxref points at byte {offset}, where there is no xref table")
    return PdfFacts(
        pages=_page_count(data),
        compressed_streams=_inflate_all(data),
        text=extract_text(path),
    )


def extract_text(path: Path) -> str | None:
    """The PDF's text through pdftotext (whitespace collapsed), or None when it is not installed."""
    program = shutil.which("pdftotext")
    if program is None:
        return None
    done = subprocess.run(
        [program, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        timeout=PDFTOTEXT_TIMEOUT_S,
        env=_system_library_environment(),
        check=False,
    )
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip()
        raise PdfProblem(f"pdftotext could not read the file ({reason or done.returncode})")
    return " ".join(done.stdout.decode("utf-8", "replace").split())


def _page_count(data: bytes) -> int:
    pages = len(PAGE_OBJECT.findall(data))
    if pages == 0:
        raise PdfProblem("the file has no pages")
    trees = [COUNT.search(m.group(0)) for m in PAGE_TREE.finditer(data)]
    counts = [int(c.group(1)) for c in trees if c is not None]
    if not counts:
        raise PdfProblem("the file has no page tree")
    if max(counts) != pages:
        raise PdfProblem(f"the page tree counts {max(counts)} pages but {pages} are present")
    return pages


def _inflate_all(data: bytes) -> int:
    inflated = 0
    for start in STREAM_START.finditer(data):
        dictionary = data[data.rfind(b" obj", 0, start.start()) : start.start()]
        if b"/FlateDecode" not in dictionary:
            continue
        end = data.find(b"endstream", start.end())
        if end < 0:
            raise PdfProblem(f"the stream at byte {start.end()} never ends")
        stream = zlib.decompressobj()
        try:
            stream.decompress(data[start.end() : end])
        except zlib.error as exc:
            raise PdfProblem(f"the stream at byte {start.end()} is damaged ({exc})") from None
        if not stream.eof:
            raise PdfProblem(f"the stream at byte {start.end()} is cut short")
        inflated += 1
    return inflated


def _system_library_environment() -> dict[str, str]:
    """The environment with the library path a frozen app's launcher replaced put back."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        env.pop("LD_LIBRARY_PATH", None)
        if original is not None:
            env["LD_LIBRARY_PATH"] = original
    return env
