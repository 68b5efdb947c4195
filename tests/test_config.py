"""config.py: endpoints, delays and the timeout from the environment."""

from __future__ import annotations

import pytest

from paperlist.config import ServiceSettings, service_settings
from paperlist.errors import UsageError


def test_defaults_and_overrides() -> None:
    assert service_settings({}) == ServiceSettings()
    assert service_settings({}).timeout == 30.0
    chosen = service_settings({"PAPERLIST_TIMEOUT": "1.5", "PAPERLIST_ARXIV_DELAY": "0.05"})
    assert (chosen.timeout, chosen.arxiv_delay) == (1.5, 0.05)
    assert service_settings({"PAPERLIST_TIMEOUT": "0"}).timeout == 0.1  # never "no time at all"


@pytest.mark.parametrize("value", ["soon", "-1"])
def test_a_timeout_that_is_not_seconds_is_a_usage_error(value: str) -> None:
    with pytest.raises(UsageError, match="PAPERLIST_TIMEOUT"):
        service_settings({"PAPERLIST_TIMEOUT": value})
