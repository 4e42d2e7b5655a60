"""Moving the clock forward for session expiry and lockout cool-off, without sleeping."""

from contextlib import ExitStack, contextmanager
from datetime import timedelta
from unittest import mock

from django.utils import timezone

# django-axes imports `now` by name in these modules, so each is patched where it is looked up.
AXES_NOW = ["axes.attempts.now", "axes.handlers.proxy.now"]


@contextmanager
def later(**delta):
    """Run the block as if `timedelta(**delta)` had passed, for Django's sessions and django-axes alike."""
    moment = timezone.now() + timedelta(**delta)
    with ExitStack() as stack:
        for target in ["django.utils.timezone.now", *AXES_NOW]:
            stack.enter_context(mock.patch(target, return_value=moment))
        yield
