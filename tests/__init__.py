"""jctrack test suite."""
