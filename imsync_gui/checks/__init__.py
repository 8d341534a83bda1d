"""Live checks run from this computer: Qt-free coroutines, each with its own timeout.

Use :func:`imsync_gui.checks.runner.run_checks` with an
:class:`imsync_gui.checks.config.EndpointConfig` (``load_config()`` gives Apple's endpoints).
"""
