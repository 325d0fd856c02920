"""``python -m factcheck``: the same as the ``factcheck`` console script."""
from .cli import main

main(prog_name="factcheck")
