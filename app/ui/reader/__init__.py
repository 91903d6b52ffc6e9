"""The reader: documents and their three reading passes."""

from app.ui.reader.reader_view import ReaderView

__all__ = ["ReaderView"]
