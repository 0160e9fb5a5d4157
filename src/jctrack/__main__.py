"""Entry point for `python -m jctrack`."""

from jctrack.cli import main

main()
