"""The one exception users catch: everything wrong with the *input* raises `InputError`."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be used (empty, binary, no main text in an HTML page, ...).

    The message is one line meant for a person; the CLI prints it and exits with status 2.
    """
