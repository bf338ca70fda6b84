"""pylti1p3's view of the registered platforms: it reads them from the database and signs with
the tool's current key."""

from __future__ import annotations

from typing import Any

from pylti1p3.deployment import Deployment
from pylti1p3.registration import Registration
from pylti1p3.tool_config.abstract import ToolConfAbstract

from lti.keys import current_key
from lti.models import Platform


def registration_for(platform: Platform) -> Registration:
    key = current_key()
    registration = Registration()
    registration.set_issuer(platform.issuer)
    registration.set_client_id(platform.client_id)
    registration.set_auth_login_url(platform.auth_login_url)
    registration.set_auth_token_url(platform.auth_token_url)
    registration.set_auth_audience(platform.auth_audience or platform.auth_token_url)
    registration.set_key_set_url(platform.keyset_url)
    registration.set_tool_private_key(key.private_key)
    registration.set_tool_public_key(key.public_key)
    return registration


class DatabaseToolConf(ToolConfAbstract):
    """Platforms are told apart by issuer and client id (an issuer may register several)."""

    def __init__(self) -> None:
        super().__init__()
        self._found: dict[tuple[str, str | None], Platform | None] = {}

    def platform(self, iss: str, client_id: str | None) -> Platform | None:
        if (iss, client_id) not in self._found:
            platforms = Platform.objects.filter(issuer=iss, is_active=True)
            if client_id is not None:
                platforms = platforms.filter(client_id=client_id)
            found = list(platforms[:2])
            # Without a client id, an issuer with several registrations is ambiguous.
            self._found[(iss, client_id)] = found[0] if len(found) == 1 else None
        return self._found[(iss, client_id)]

    def check_iss_has_one_client(self, iss: str) -> bool:
        return False

    def check_iss_has_many_clients(self, iss: str) -> bool:
        return True

    def find_registration_by_issuer(self, iss: str, *args: Any, **kwargs: Any) -> Registration:
        raise NotImplementedError  # every issuer is looked up with its client id

    def find_registration_by_params(  # type: ignore[override]
        self, iss: str, client_id: str | None, *args: Any, **kwargs: Any
    ) -> Registration | None:
        platform = self.platform(iss, client_id)
        return registration_for(platform) if platform is not None else None

    def find_deployment(self, iss: str, deployment_id: str) -> Deployment | None:
        raise NotImplementedError

    def find_deployment_by_params(
        self, iss: str, deployment_id: str, client_id: str, *args: Any, **kwargs: Any
    ) -> Deployment | None:
        platform = self.platform(iss, client_id)
        if platform is None or deployment_id not in platform.deployments:
            return None
        return Deployment().set_deployment_id(deployment_id)
