"""`python -m briefing` behaves like the `briefing` command."""

import sys

from briefing.cli import main

sys.exit(main())
