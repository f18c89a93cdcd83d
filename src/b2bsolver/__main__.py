"""``python -m b2bsolver PROBLEM.json -o RESULT.json``: same as ``trademission solve``."""

import sys

from b2bsolver.cli import main

if __name__ == "__main__":
    sys.exit(main())
