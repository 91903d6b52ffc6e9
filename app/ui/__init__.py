"""The Qt user interface.

PySide6 6.12.0 returns ``None`` from void methods without taking a reference (it assumes the immortal
``None`` of Python 3.12+). On Python 3.11 every such call (``cursor.setPosition``, ``label.setText`` …)
drops ``None``'s reference count by one, and after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc". pyproject.toml therefore asks for PySide6 < 6.12 (6.11.3 has no leak);
should 6.12 be installed anyway on Python 3.11, ``None`` is given a reference count it cannot run out of.
"""

import sys

if sys.version_info < (3, 12):
    import PySide6

    if PySide6.__version__.startswith("6.12"):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
