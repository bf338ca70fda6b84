"""The CSRF form token of a response, as Django's ``get_token`` makes it, drawn from one read of
the system's random source instead of one read per character.

Kept pages put a token into every response they serve, and Django draws each of a token's 64
characters (its mask, and for a new visitor the secret too) with a call of its own. This is
the same token: the same alphabet and lengths, the secret masked the same way, the same cookie
set or renewed by ``CsrfViewMiddleware``, each character uniform (bytes that would favour some
characters are drawn again)."""

from __future__ import annotations

import secrets

from django.http import HttpRequest
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH

_CHARS = CSRF_ALLOWED_CHARS
_POSITION = {char: position for position, char in enumerate(_CHARS)}
# Bytes below this map onto the characters evenly; the others are dropped.
_EVEN_BELOW = 256 - 256 % len(_CHARS)


def random_characters(length: int) -> str:
    """``length`` characters of the token alphabet, each drawn uniformly."""
    drawn: list[str] = []
    while len(drawn) < length:
        drawn += [
            _CHARS[byte % len(_CHARS)]
            for byte in secrets.token_bytes(length + 8)
            if byte < _EVEN_BELOW
        ]
    return "".join(drawn[:length])


def get_token(request: HttpRequest) -> str:
    """``django.middleware.csrf.get_token``: the request's secret (a new one, sent as a cookie,
    when it has none), masked afresh."""
    meta = request.META
    if "CSRF_COOKIE" in meta:
        secret = meta["CSRF_COOKIE"]
    else:
        secret = random_characters(CSRF_SECRET_LENGTH)
        meta["CSRF_COOKIE"] = secret
    # The cookie is sent with the response: set, or its expiry renewed.
    meta["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = random_characters(CSRF_SECRET_LENGTH)
    count = len(_CHARS)
    cipher = "".join(
        _CHARS[(_POSITION[s] + _POSITION[m]) % count] for s, m in zip(secret, mask, strict=False)
    )
    return mask + cipher
