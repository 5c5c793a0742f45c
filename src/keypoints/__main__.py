"""`python -m keypoints ...`: the `keypoints` command, for a venv whose scripts are not on PATH."""

import sys

from .cli import main

sys.exit(main())
