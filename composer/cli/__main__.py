"""``python -m composer.cli``: the same as the ``briefing`` command."""

from __future__ import annotations

import sys

from composer.cli.main import main

sys.exit(main())
