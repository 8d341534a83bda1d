"""The diagnosis rules: one module per cause, plus the rule-table interpreter (``table``).

Each cause module's ``signals(ev)`` reads that cause's rule rows (in ``model/knowledge/``)
through :mod:`imsync_gui.model.rules.table` and adds what only Python can say: comparisons
across devices, the storage and clock calculators, facts that combine two answers.
"""
