"""Referred to by progress's second migration; the model now lives in reports."""

from reports.models import export_upload_to

__all__ = ["export_upload_to"]
