# URL converters are registered before any app's URL patterns (Wagtail's routable pages build
# theirs when their models load).
from config.converters import register as _register_converters

_register_converters()
