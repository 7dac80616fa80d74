"""`python -m kiosk`: the headless command line (the window commands need the `kiosk` launcher)."""

import sys

from kiosk.cli.main import main

sys.exit(main())
