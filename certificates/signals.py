"""What certificates ask of the apps built on them, without importing them.

``certificate_validity`` is sent while a certificate is issued, with ``user`` and ``course``; a
receiver answers with the number of months that person's certificate of the course stays
valid, or None. The shortest answer wins; no answer means the certificate does not lapse.
"""

from django.dispatch import Signal

certificate_validity = Signal()
