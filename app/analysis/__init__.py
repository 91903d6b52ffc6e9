"""Compare and conclude: matrices, co-occurrence, coding queries and saturation (Qt-free).

Every figure is computed from one read of the study (``data.load``) in plain Python, so the window, the command
line and the exports show the same numbers.
"""
