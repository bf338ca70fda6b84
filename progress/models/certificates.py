"""Referred to by progress's first migration; the model now lives in certificates."""

from certificates.models import certificate_upload_to

__all__ = ["certificate_upload_to"]
