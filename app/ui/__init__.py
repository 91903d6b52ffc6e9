"""The Qt user interface.

PySide6 6.12 returns ``None`` from void methods without taking a reference (it assumes the immortal
``None`` of Python 3.12+). On Python 3.11 every such call (``cursor.setPosition``, ``label.setText`` …)
drops ``None``'s reference count by one, and after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc". Until the bindings are fixed we give ``None`` a reference count it
cannot run out of; on 3.12+ ``None`` is immortal and nothing is done.
"""

import sys

if sys.version_info < (3, 12):
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
