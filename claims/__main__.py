"""``python -m claims``: see claims/cli.py."""
from .cli import main

raise SystemExit(main())
