"""Output: documents → table rows (``rows``, ``records``), Arrow tables with the schema version
(``schema``), and atomic, journaled commits of a batch to the output folder (``store``,
``commit``)."""
