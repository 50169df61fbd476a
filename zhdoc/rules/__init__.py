"""The rules: every pattern of the project, one table per concept, each rule a named row with its
meaning, the examples it must match and the counter-examples it must not (``tests/test_rules.py``
runs them all). Steps call the one function of a concept, or the rule itself, never a pattern of
their own. How to add one: docs/development.md, "How to add a rule".

| table | concept | function every step calls |
|---|---|---|
| :mod:`~zhdoc.rules.rule` | what a rule is: ``Rule`` (name, pattern, meaning, examples, counter-examples) | ``Rule.applies``, ``any_of`` |
| :mod:`~zhdoc.rules.chars` | characters and punctuation classes, line ends and starts | |
| :mod:`~zhdoc.rules.kinds` | line and block kinds (byline, trailer, source, dateline, page number …) | ``kind_of``, ``is_kind`` |
| :mod:`~zhdoc.rules.bylines` | bylines, trailers, affiliations, speakers, and the words in them | |
| :mod:`~zhdoc.rules.markers` | list markers, heading numbering, announced counts | ``markers_in``, ``marker_at_start``, ``numbering_of``, ``announced_count`` |
| :mod:`~zhdoc.rules.numerals` | Chinese numerals | ``zh_to_int`` |
| :mod:`~zhdoc.rules.numbers` | number mentions: numbers, magnitudes, units, qualifiers, the words that tell a kind | |
| :mod:`~zhdoc.rules.number_entities` | what a number is about: clause subjects, ``分别`` names and values | |
| :mod:`~zhdoc.rules.pdf` | PDF layout: fonts, cells, glyph oddities | |
| :mod:`~zhdoc.rules.limits` | length limits | |
"""
