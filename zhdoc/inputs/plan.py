"""Plan: the files found and what the output already holds → what a run does.

The decision keys on (path, content). A path is skipped only when the output holds it with
the same content and it did not fail (a failed file is retried on the next run; ``force``
reprocesses everything). Two paths with the same content are two documents rows sharing one
set of content rows (same ``doc_id``); changing one of them never removes the rows the other
still refers to. Content rows that no path refers to any more (orphans) are removed in the
batch that changes the last path holding them.

>>> old = {"a.txt": Known("aaaa", "a.txt", "aaaa" * 16, "ok"),
...        "b.txt": Known("bbbb", "b.txt", "bbbb" * 16, "failed")}
>>> hashes = {"a.txt": "aaaa" * 16, "b.txt": "bbbb" * 16, "c.txt": "cccc" * 16}
>>> p = plan([Found(n, n) for n in sorted(hashes)], old, hasher=lambda f: (hashes[f.path], 1))
>>> [(t.source_path, t.reason) for t in p.todo], [s["reason"] for s in p.skipped]
([('b.txt', 'failed before'), ('c.txt', 'new')], ['unchanged'])
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from zhdoc.errors import ZhdocError
from zhdoc.inputs.discover import Found
from zhdoc.model import Status

Hasher = Callable[[Found], tuple[str, int]]


@dataclass(frozen=True)
class Known:
    """A documents row already in the output."""

    doc_id: str
    source_path: str
    sha256: str
    status: str


@dataclass(frozen=True)
class Planned:
    """A file to process."""

    path: str  # opens the file
    source_path: str  # as recorded
    sha256: str
    size: int
    previous: str | None  # the doc_id this path held before (its documents row is replaced)
    reason: str  # "new", "changed", "failed before", "forced"

    @property
    def doc_id(self) -> str:
        return self.sha256[:16]


@dataclass(frozen=True)
class BatchPlan:
    """One batch of a plan and what its commit replaces."""

    index: int
    items: tuple[Planned, ...]
    replace_paths: tuple[str, ...]  # documents rows (by source path) this batch replaces
    present: frozenset[str]  # content ids that may already be in the output at this commit
    orphans: tuple[str, ...]  # content ids no path refers to after this batch
    shared: frozenset[str]  # content ids that paths outside this batch still refer to

    def replace_ids(self, written: set[str], failed: set[str]) -> list[str]:
        """Content ids whose existing rows the commit removes, once the batch is processed:
        ids it writes anew, orphans, and ids only this batch's (now failed) paths held."""
        stale = {i for i in failed - written if i not in self.shared}
        return sorted(((written | stale) & self.present) | set(self.orphans))


@dataclass(frozen=True)
class Plan:
    todo: tuple[Planned, ...]
    skipped: tuple[dict, ...]  # {"path", "reason"}
    problems: tuple[dict, ...]  # {"path", "status", "error"}: found but never processed
    known_ids: frozenset[str] = frozenset()
    after: Mapping[str, str] = field(default_factory=dict)  # source path → doc_id after the run

    def batches(self, size: int) -> list[BatchPlan]:
        """The todo list cut into batches of ``size``, each with what its commit replaces."""
        chunks = [self.todo[i:i + size] for i in range(0, len(self.todo), size)]
        last_holder: dict[str, int] = {}
        for b, chunk in enumerate(chunks):
            for t in chunk:
                if t.previous is not None:
                    last_holder[t.previous] = b
        referenced = set(self.after.values())
        holders: dict[str, set[str]] = {}
        for path, doc_id in self.after.items():
            holders.setdefault(doc_id, set()).add(path)
        out = []
        present = set(self.known_ids)
        for b, chunk in enumerate(chunks):
            paths = {t.source_path for t in chunk}
            orphans = sorted(i for i, last in last_holder.items() if last == b and i not in referenced)
            shared = frozenset(i for i, ps in holders.items() if ps - paths)
            out.append(BatchPlan(
                index=b, items=tuple(chunk),
                replace_paths=tuple(sorted(t.source_path for t in chunk if t.previous is not None)),
                present=frozenset(present), orphans=tuple(orphans), shared=shared,
            ))
            present |= {t.doc_id for t in chunk}
        return out


def plan(files: Sequence[Found], known: Mapping[str, Known], force: bool = False,
         hasher: Hasher | None = None, limit: int = 2**40) -> Plan:
    """What to do with ``files`` given the documents rows ``known`` (by source path)."""
    if hasher is None:
        from zhdoc.inputs.hashing import hash_file

        def hasher(f: Found) -> tuple[str, int]:
            return hash_file(f.path, limit)

    todo: list[Planned] = []
    skipped: list[dict] = []
    problems: list[dict] = []
    after = {k.source_path: k.doc_id for k in known.values()}
    for f in files:
        try:
            sha, size = hasher(f)
        except ZhdocError as e:
            problems.append({"path": f.source_path, "status": str(e.status), "error": str(e)})
            continue
        prior = known.get(f.source_path)
        if prior is None:
            reason = "new"
        elif force:
            reason = "forced"
        elif prior.sha256 != sha:
            reason = "changed"
        elif prior.status == Status.FAILED:
            reason = "failed before"
        else:
            skipped.append({"path": f.source_path, "reason": "unchanged"})
            continue
        todo.append(Planned(f.path, f.source_path, sha, size,
                            prior.doc_id if prior else None, reason))
        after[f.source_path] = sha[:16]
    return Plan(tuple(todo), tuple(skipped), tuple(problems),
                frozenset(k.doc_id for k in known.values()), after)
