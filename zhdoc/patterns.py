"""Every regular expression of the project, precompiled and named, written for Chinese.

One section per step; each pattern has a one-line comment. Edit only your step's section.
"""

import re

# Characters ---------------------------------------------------------------------------
#: one CJK ideograph (unified, extension A, compatibility)
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Chinese punctuation that may stand between two CJK characters without a space
CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
#: sentence-final punctuation (a paragraph may end after it)
SENTENCE_END = "。！？!?…"
#: closing quotes/brackets that may follow sentence-final punctuation
CLOSERS = "”’」』）)》〉】"
RE_CJK_CHAR = re.compile(f"[{CJK}]")

# Repair (zhdoc/repair.py) -------------------------------------------------------------

# Segmentation (zhdoc/segment.py) ------------------------------------------------------

# Lists (zhdoc/lists.py) ---------------------------------------------------------------

# Numbers (zhdoc/numbers.py) -----------------------------------------------------------

# PDF layout (zhdoc/pdf/) --------------------------------------------------------------
