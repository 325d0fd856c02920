"""Errors the user can fix: each prints one line and exits with status 2."""
import click


class FactcheckError(click.ClickException):
    """A problem with the input or the options; never a traceback."""

    exit_code = 2


class InputError(FactcheckError):
    """An input file that cannot be read as a news report."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path


class OptionError(FactcheckError):
    """An option, or a combination of options, that makes no sense."""
