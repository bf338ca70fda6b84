"""JSON Lines as Django's ``jsonl`` serializer writes it, but with times to the microsecond
(Django's encoder keeps milliseconds only), so a restored site has exactly the moments it had.
Registered as the ``kns-jsonl`` format (SERIALIZATION_MODULES); backups use it."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, datetime.datetime | datetime.time):
            if isinstance(o, datetime.time) and o.utcoffset() is not None:
                return super().default(o)
            text = o.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        return super().default(o)


class Serializer(jsonl.Serializer):
    def _init_options(self) -> None:
        super()._init_options()  # type: ignore[misc]
        self.json_kwargs["cls"] = ExactEncoder


Deserializer = jsonl.Deserializer
