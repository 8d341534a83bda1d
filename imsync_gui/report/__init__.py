"""The printable fix plan: PDF and print through Qt's text document (needs a QGuiApplication)."""
