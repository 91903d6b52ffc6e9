"""The consensus session: side-by-side comparison and resolution."""

from app.ui.consensus.consensus_view import ConsensusView

__all__ = ["ConsensusView"]
