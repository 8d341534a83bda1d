"""One rule module per cause: each reads the evidence and yields signals."""
