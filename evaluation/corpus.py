"""Where the evaluation finds its material: the project's own truth files, and the shared corpus.

``../shared/corpus`` (real documents nobody on the project wrote) sits beside the repository on
developer machines and in CI; a fresh clone elsewhere has none, and every user of this module
then gets None and skips or falls back to the project's own texts.

>>> ROOT.joinpath("evaluation", "corpus.py").is_file()
True
"""

from __future__ import annotations

from pathlib import Path

#: the repository's top folder
ROOT = Path(__file__).resolve().parents[1]
#: hand-made truth: golden structures of whole dumps, hand labels of lists and numbers
TRUTH = ROOT / "evaluation" / "truth"
GOLDEN = TRUTH / "golden"
LABELS = TRUTH / "labels"
#: where the shared corpus lives when it is there
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_dir() -> Path | None:
    """``../shared/corpus`` when it exists, else None."""
    return SHARED_CORPUS if SHARED_CORPUS.is_dir() else None


def corpus_part(corpus_dir: Path | None, name: str) -> Path | None:
    """A folder of the corpus (``rmrb``, ``news_pdf``…) when the corpus and it exist, else None."""
    folder = corpus_dir / name if corpus_dir else None
    return folder if folder is not None and folder.is_dir() else None
