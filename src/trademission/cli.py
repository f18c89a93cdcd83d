"""The ``trademission`` command: the engine's ``solve`` or any Django management command."""

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["solve"]:
        # The engine runs without Django: solving a file needs no database or settings.
        from b2bsolver.cli import main as solve_main

        return solve_main(args[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trademission.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["trademission", *args])
    return 0


if __name__ == "__main__":
    sys.exit(main())
