"""Text dumps: the lines of text copied out of a page, read and repaired into paragraphs.

``lines`` reads and classifies each line of a dump, ``widths`` estimates the column width
around each line, ``heads`` finds the articles' heads (title, kicker, subtitle, byline) and
cuts a dump holding several articles at them (``wrapping`` tells a head line wrapped over two
lines from two parts of a head), ``repair`` decides where paragraphs end and builds the blocks that
segmentation takes (the PDF reader in ``zhdoc.pdf`` builds the same blocks from a page).
"""
