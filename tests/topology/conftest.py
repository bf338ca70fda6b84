"""The production topology test runs against `make topology` (scripts/topology/topology.sh).

Without a running topology its tests are skipped, unless KNS_TOPOLOGY_REQUIRED=1 (as in
`make topology-test` and CI), where a missing topology is an error.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

DIR = Path(os.environ.get("KNS_TOPOLOGY_DIR", "/tmp/kns-topology"))  # noqa: S108


def _read_env() -> dict[str, str]:
    values = {}
    for line in (DIR / "kns.env").read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key] = value
    return values


@pytest.fixture(scope="session")
def topology() -> dict:
    if not (DIR / "fixture.json").exists():
        if os.environ.get("KNS_TOPOLOGY_REQUIRED") == "1":
            pytest.fail(f"No topology running in {DIR}: run `make topology` first.")
        pytest.skip("no topology running (make topology)")
    return {"env": _read_env(), **json.loads((DIR / "fixture.json").read_text())}
