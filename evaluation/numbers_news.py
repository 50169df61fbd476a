"""Numbers on real news (issue 9): the blind hand labels of real 人民日报 articles, scored apart
from the report texts. The code is in ``evaluation.numbers`` (``run_news``); tests/
test_eval_targets.py asserts this section's targets (precision and recall ≥ 0.97, value+unit+kind
≥ 0.95 of the matched) and tests/test_eval_numbers_news.py holds its figures at their floors."""

from evaluation.numbers import run_news as run

__all__ = ["run"]
