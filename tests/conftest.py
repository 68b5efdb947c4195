"""Shared test configuration."""

pytest_plugins = ["tests.servers.fixtures"]
