"""The team server: a study on the group's own PostgreSQL (issue 22). Qt-free; psycopg 3 underneath.

``connect`` opens a server connection from a ``postgresql://`` URL; ``team`` installs the security model
(login roles, grants, row-level security); ``notify`` the data-version notifications; ``sync`` clone and sync.
"""
