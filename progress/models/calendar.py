"""Referred to by progress's first migration; the model now lives in the tracker."""

from tracker.models import new_feed_token

__all__ = ["new_feed_token"]
