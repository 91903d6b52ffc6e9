"""The codebook board: the tree and the sorting table."""

from app.ui.board.board_view import BoardView

__all__ = ["BoardView"]
