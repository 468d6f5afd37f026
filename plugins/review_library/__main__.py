"""Allow ``python -m review_library``."""

from review_library.cli import main

raise SystemExit(main())
