"""One export in a fresh process, so its peak memory can be read on its own.

Run by bench/reports.py with a JSON request on stdin (the throwaway database's settings, the
unit and the person exporting); prints a JSON answer: rows, seconds, file size, and the
process's resident memory before the export and at its peak.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time


def peak_kb() -> int:
    """This process's peak resident memory in KiB.

    On Linux, VmHWM belongs to the program's own memory map; ``ru_maxrss`` would also carry the
    peak of the parent that started it (the kernel keeps it across fork and exec), which here is
    the benchmark that has just seeded a national database.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    request = json.load(sys.stdin)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.conf import settings

    settings.DATABASES["default"].update(request["database"])
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)
    from django.contrib.auth import get_user_model

    from reports.services import ExportSpec, build_content, write_content

    user = get_user_model().objects.get(pk=request["user_id"])
    spec = ExportSpec(view="unit", format="xlsx", table="officers", unit_id=request["unit_id"])
    before_kb = peak_kb()
    start = time.perf_counter()
    content = build_content(user, spec)
    with tempfile.TemporaryFile() as handle:
        rows = write_content(content, spec, handle)
        size = handle.tell()
    seconds = time.perf_counter() - start
    peak = peak_kb()
    json.dump(
        {
            "rows": rows,
            "seconds": seconds,
            "size": size,
            "before_kb": before_kb,
            "peak_kb": peak,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
