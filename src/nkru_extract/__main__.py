"""``python -m nkru_extract`` runs the command line."""

from nkru_extract.cli import main

raise SystemExit(main())
