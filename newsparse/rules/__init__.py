"""Heuristics as data tables: one module per family, every rule with examples."""
