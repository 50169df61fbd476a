"""Inputs: which files a run looks at, and which of them it has to process.

``discover`` walks the named paths (regular files only, symlinks by their own path, no loop
followed, any file name kept); ``hash_file`` reads a regular file's content hash without
ever blocking on a FIFO or device; ``plan`` compares (path, content) with what the output
already holds and says what to process, what to skip and which old rows go.
No Prefect, no jieba: this runs before either is imported.
"""

from zhdoc.inputs.discover import Discovery, Found, discover
from zhdoc.inputs.hashing import hash_file
from zhdoc.inputs.names import displayable, path_bytes
from zhdoc.inputs.plan import BatchPlan, Known, Plan, Planned, plan

__all__ = [
    "BatchPlan", "Discovery", "Found", "Known", "Plan", "Planned", "discover", "displayable",
    "hash_file", "path_bytes", "plan",
]
