"""Signing certificates in bulk: N signed PDFs and N signed Open Badges credentials, with the
rate of each (BENCH_CERTIFICATES=N for a quicker run; 10,000 by default).

No database: the PDFs are rendered and signed as issue_certificate does, the credentials built
and signed as issue_credential does, with a throwaway key pair of the production key size.
"""

from __future__ import annotations

import datetime
import os
import tempfile
import time
from pathlib import Path

DEFAULT_COUNT = 10_000


def run() -> bool:
    from django.test import override_settings
    from joserfc import jws

    from certificates import openbadges as ob
    from certificates.data import CertificateData
    from certificates.keys import create_signing_key_pair
    from certificates.signing import generate_certificate
    from certificates.vc_keys import issuer_key

    count = int(os.environ.get("BENCH_CERTIFICATES", DEFAULT_COUNT))
    with tempfile.TemporaryDirectory() as folder:
        key, cert = Path(folder) / "bench.key", Path(folder) / "bench.crt"
        create_signing_key_pair(key_path=key, cert_path=cert, common_name="Kỹ Năng Số (bench)")
        with override_settings(
            CERTIFICATE_SIGNING_KEY=str(key),
            CERTIFICATE_SIGNING_CERT=str(cert),
            CERTIFICATE_SIGNING_PASSPHRASE="",
        ):
            today = datetime.date(2026, 12, 1)
            started = time.perf_counter()
            for number in range(count):
                generate_certificate(
                    CertificateData(
                        full_name=f"Nguyễn Thị Lan {number}",
                        unit_name="Văn phòng Huyện ủy Tân Phú",
                        course_title="An toàn thông tin cho cán bộ văn phòng",
                        completed_on=today,
                        issuer="Kỹ Năng Số",
                        code=f"KNS-0000-0000-{number:04d}"[-18:],
                        verify_url="https://daotao.example.vn/verify/KNS-0000-0000-0000/",
                        mark=8.5,
                    )
                )
            pdf_seconds = time.perf_counter() - started

            signing = issuer_key()
            issuer = ob.IssuerProfile(
                "https://daotao.example.vn/credentials/issuer/",
                "Kỹ Năng Số",
                "https://daotao.example.vn/",
            )
            achievement = ob.AchievementData(
                "https://daotao.example.vn/courses/an-toan/",
                "An toàn thông tin",
                "Mô tả",
                "Hoàn thành",
            )
            now = datetime.datetime.now(datetime.UTC)
            header = {"alg": signing.alg, "typ": "JWT", "kid": signing.kid}
            started = time.perf_counter()
            for number in range(count):
                credential = ob.open_badge_credential(
                    ob.CredentialData(
                        credential_id=f"urn:uuid:00000000-0000-0000-0000-{number:012d}",
                        issuer=issuer,
                        achievement=achievement,
                        recipient=ob.RecipientData(
                            f"Nguyễn Thị Lan {number}", "lan@example.vn", "ab12"
                        ),
                        valid_from=now,
                        valid_until=None,
                        status_list_url="https://daotao.example.vn/credentials/status/0",
                        status_index=number,
                    )
                )
                jws.serialize_compact(
                    header,
                    ob.canonical_json(ob.jwt_payload(credential)),
                    signing.key,
                    algorithms=[signing.alg],
                )
            vc_seconds = time.perf_counter() - started
    print(f"certificates: {count} signed PDFs in {pdf_seconds:.1f} s ({count / pdf_seconds:.0f}/s)")
    print(
        f"certificates: {count} signed credentials in {vc_seconds:.1f} s "
        f"({count / vc_seconds:.0f}/s, {pdf_seconds / vc_seconds:.1f}× the PDF rate)"
    )
    return True
