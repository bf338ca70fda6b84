"""Fixtures of the certificate tests: English messages, and a sample PDF unsigned and signed."""

from __future__ import annotations

import pytest
from django.utils import translation

from certificates.render import render_certificate_pdf
from tests.certificates.pdf_helpers import certificate_data, sign


@pytest.fixture(autouse=True)
def english():
    """Messages are matched in English here; one test checks the Vietnamese wording."""
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def unsigned_pdf() -> bytes:
    return render_certificate_pdf(certificate_data())


@pytest.fixture
def signed_pdf(unsigned_pdf, signing_key_pair, no_network) -> bytes:
    return sign(unsigned_pdf, signing_key_pair)
