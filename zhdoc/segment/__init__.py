"""Segmentation: blocks (from a dump or a PDF) → articles, their titles, bylines and sections.

``kinds`` says what each block is (body, heading, title, byline, trailer …), ``bylines``
reads names and affiliations out of bylines and trailers, ``sections`` builds an article's
sections and moves headings printed after their text, ``articles`` finds the articles and
their front matter.
"""

from zhdoc.segment.articles import segment

__all__ = ["segment"]
