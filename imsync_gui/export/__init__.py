"""Qt-free exports of a diagnosis: plain text and JSON for people and IT tools."""
