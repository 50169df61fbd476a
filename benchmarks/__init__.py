"""Benchmarks: each ``bench_*.py`` module has a ``main()`` that prints figures.

Speed goals are measured here, never by timed tests. ``python -m benchmarks [NAME ...]``.
"""
