"""``python -m newsparse`` runs the CLI."""

from newsparse.cli import main

main()
