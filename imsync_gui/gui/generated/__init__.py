"""Python forms of ``ui/*.ui``, written by ``packaging/compile_ui.py``; do not edit by hand."""
