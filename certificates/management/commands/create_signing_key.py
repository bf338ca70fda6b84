"""Make the self-signed key pair that signs certificate PDFs in development."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from certificates.exceptions import SigningKeyExists
from certificates.keys import (
    DEFAULT_DAYS,
    certificate_fingerprint,
    create_signing_key_pair,
)
from home.commands import TranslatedCommand

DEFAULT_NAME = "Kỹ Năng Số – chứng thư thử nghiệm"


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Create a self-signed key and certificate for signing certificate PDFs, at the paths "
        "in CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_CERT (development only)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Replace an existing key pair; also allows production settings."),
        )
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help=_("Do nothing when both the key and the certificate exist."),
        )
        parser.add_argument(
            "--days",
            type=int,
            default=DEFAULT_DAYS,
            help=_("How many days the certificate is valid (default: %(default)s)."),
        )
        parser.add_argument(
            "--name",
            default=DEFAULT_NAME,
            help=_("Organisation name in the certificate (at most 64 characters)."),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        key_path = Path(settings.CERTIFICATE_SIGNING_KEY)
        cert_path = Path(settings.CERTIFICATE_SIGNING_CERT)
        force: bool = options["force"]
        present = [path for path in (key_path, cert_path) if path.exists()]

        if options["if_missing"] and len(present) == 2 and not force:
            if options["verbosity"] > 1:
                self.stdout.write(_("The signing key pair is already in place."))
            return
        if not getattr(settings, "DEMO_DATA_ALLOWED", False) and not force:
            raise CommandError(
                _(
                    "Refusing to make a self-signed key under production settings: certificates "
                    "there are signed with the organisation's own certificate. Use --force to "
                    "make one anyway."
                )
            )
        try:
            certificate = create_signing_key_pair(
                key_path=key_path,
                cert_path=cert_path,
                common_name=options["name"],
                days=options["days"],
                passphrase=settings.CERTIFICATE_SIGNING_PASSPHRASE or None,
                overwrite=force,
            )
        except SigningKeyExists as exc:
            raise CommandError(str(exc)) from exc
        except ValueError as exc:
            raise CommandError(str(exc)) from exc

        self.stdout.write(
            self.style.SUCCESS(
                _("Created the certificate signing key %(key)s and certificate %(cert)s.")
                % {"key": key_path, "cert": cert_path}
            )
        )
        self.stdout.write(
            _("Valid until %(date)s; SHA-256 fingerprint %(fingerprint)s")
            % {
                "date": certificate.not_valid_after_utc.strftime("%d/%m/%Y"),
                "fingerprint": certificate_fingerprint(certificate),
            }
        )
