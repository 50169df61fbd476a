"""One validated settings object with named defaults.

>>> Settings(keywords_top_k=5).keywords_top_k
5
>>> Settings(keywords_top_k=0)
Traceback (most recent call last):
...
zhdoc.settings.SettingsError: keywords_top_k=0: must be an integer from 1 to 200
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

KEYWORD_METHODS = ("tfidf", "textrank")


class SettingsError(ValueError):
    """A setting with a value outside what is allowed; the message names both."""


@dataclass(frozen=True)
class Settings:
    #: keywords kept per article and method
    keywords_top_k: int = 10
    #: keyword methods to run, any of KEYWORD_METHODS
    keyword_methods: tuple[str, ...] = KEYWORD_METHODS
    #: where jieba keeps its dictionary cache (None: ``$XDG_CACHE_HOME/zhdoc/jieba``, i.e.
    #: ``~/.cache/zhdoc/jieba``; ``flows.ingest`` uses ``OUT/.cache/jieba``)
    jieba_cache_dir: str | None = None
    #: files larger than this are recorded as failed (TooLarge), not read
    max_file_bytes: int = 200 * 1024 * 1024
    #: PDFs with more pages than this are failed (TooLarge)
    pdf_max_pages: int = 500
    #: seconds one PDF may take before it is failed (TimeLimit)
    pdf_time_limit_s: float = 300.0
    #: read each PDF in a child process killed at pdf_time_limit_s (a page that hangs the
    #: PDF parser cannot hang the batch); False reads in-process, checking the clock per page
    pdf_isolate: bool = True
    #: documents per task run (Prefect records one task run per step per batch)
    batch_size: int = 25
    #: seconds one document (any type) may take from read to rows before it is failed; its
    #: worker process is stopped (only when documents run in worker processes)
    time_limit_s: float = 600.0
    #: memory one worker process may use for a document, in MB, before the document is
    #: failed (only when documents run in worker processes)
    memory_limit_mb: int = 4096
    #: free space the output folder must have before a run starts, in MB, besides the
    #: size of the files to process
    min_free_mb: int = 64

    def __post_init__(self) -> None:
        def bad(name: str, allowed: str) -> SettingsError:
            return SettingsError(f"{name}={getattr(self, name)!r}: must be {allowed}")

        def int_in(name: str, lo: int, hi: int) -> None:
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
                raise bad(name, f"an integer from {lo} to {hi}")

        int_in("keywords_top_k", 1, 200)
        int_in("max_file_bytes", 1, 2**40)
        int_in("pdf_max_pages", 1, 100_000)
        int_in("batch_size", 1, 10_000)
        int_in("memory_limit_mb", 64, 2**30)
        int_in("min_free_mb", 0, 2**30)
        methods = self.keyword_methods
        if isinstance(methods, str) or not set(methods) <= set(KEYWORD_METHODS):
            raise bad("keyword_methods", f"a tuple of {', '.join(KEYWORD_METHODS)}")
        if not isinstance(self.pdf_time_limit_s, (int, float)) or self.pdf_time_limit_s <= 0:
            raise bad("pdf_time_limit_s", "a positive number of seconds")
        if not isinstance(self.time_limit_s, (int, float)) or self.time_limit_s <= 0:
            raise bad("time_limit_s", "a positive number of seconds")
        if not isinstance(self.pdf_isolate, bool):
            raise bad("pdf_isolate", "True or False")

    def resolved_jieba_cache_dir(self) -> Path:
        if self.jieba_cache_dir:
            return Path(self.jieba_cache_dir)
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "zhdoc" / "jieba"

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain JSON-able values (recorded in each run report)."""
        d = asdict(self)
        d["keyword_methods"] = list(self.keyword_methods)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Settings:
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise SettingsError(f"unknown setting(s) {unknown}: allowed are {sorted(names)}")
        if "keyword_methods" in d:
            d = {**d, "keyword_methods": tuple(d["keyword_methods"])}
        return cls(**d)
