from tests.factories.people import UserFactory

__all__ = ["UserFactory"]
