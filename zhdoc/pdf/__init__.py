"""PDF layout: characters to lines, columns in reading order, paragraphs, furniture apart.

``read_pdf(data, settings, source) -> PdfLayout`` is the entry point the pipeline calls.
Modules, in the order they act: ``chars`` (glyphs, overprints, spacing by script), ``lines``
(rows and runs), ``tables`` (ruled tables and boxes), ``grid`` (tables set without rules),
``furniture`` (running headers, footers, page numbers, by named evidence), ``columns`` (column
detection and reading order), ``heads`` (a newspaper page cut into its articles), ``seats``
(each line's column edges and pitch, the document's paragraph style, measured on the page),
``continuation`` (does a line carry on its paragraph: named evidence), ``blocks`` (paragraphs,
roles), ``reader`` (the two passes, errors and limits);
``isolate`` runs the reader in a child process killed at the time limit.
"""

from zhdoc.pdf.isolate import read_pdf_isolated
from zhdoc.pdf.reader import read_pdf

__all__ = ["read_pdf", "read_pdf_isolated"]
