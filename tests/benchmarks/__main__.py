"""``python -m tests.benchmarks``: run every benchmark (see run_all.py)."""

from tests.benchmarks.run_all import main

if __name__ == "__main__":
    main()
