import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from home.commands import TranslatedCommand
from home.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo
from people.roles import ROLE_LABELS


@contextmanager
def quiet_loggers(*names: str):
    """Keep the per-page and per-task log lines of a thousand demo objects off the console."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


class Command(TranslatedCommand):
    help_text = gettext_noop(
        "Load the demo organisation, accounts and courses (development only; idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet-accounts", action="store_true", help=_("Do not print the demo accounts.")
        )

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_DATA_ALLOWED", False):
            raise CommandError(
                _(
                    "seed_demo loads demo accounts with a published password and is refused "
                    "under these settings (production)."
                )
            )
        verbose = options["verbosity"] > 1
        with quiet_loggers(*([] if verbose else ["django_tasks", "wagtail"])):
            seed_demo(log=lambda msg: self.stdout.write(f"  {msg}") if verbose else None)
        self.stdout.write(self.style.SUCCESS(_("Demo data is in place.")))
        if not options["quiet_accounts"]:
            self.stdout.write(
                _("Demo accounts (development password: %(password)s):")
                % {"password": DEMO_PASSWORD}
            )
            for account in DEMO_ACCOUNTS:
                roles = ", ".join(str(ROLE_LABELS[r]) for r in account.roles)
                self.stdout.write(f"  {account.email:<24} {account.full_name:<22} {roles}")
