"""Local imitations of the services paperlist talks to, served over loopback for the test suite."""
