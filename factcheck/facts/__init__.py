"""Fact extractors, one module per kind: numbers, dates, entities, quotes, attribution.

Each yields small frozen records (:mod:`factcheck.model`) in document order.
"""
