"""Former home of the project's patterns: they now live in :mod:`zhdoc.rules`, one table per
concept. Only the names still imported by modules outside this change remain, as aliases (no
definitions): remove this module once ``zhdoc/output/records.py`` imports
``zhdoc.rules.kinds.PAGE_NUMBER`` and ``zhdoc/extract/keywords.py`` ``zhdoc.rules.chars.CJK_CHAR``.
"""

from zhdoc.rules.chars import CJK_CHAR as RE_CJK_CHAR
from zhdoc.rules.kinds import PAGE_NUMBER as RE_REPAIR_PAGE_NUMBER

__all__ = ["RE_CJK_CHAR", "RE_REPAIR_PAGE_NUMBER"]
