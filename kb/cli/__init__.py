"""The ``kb`` command: a thin layer over the Python API.

Errors are one line on stderr and a non-zero exit code; set KB_DEBUG=1 to see
the traceback of an unexpected failure. Each module here adds its commands to
the one group in ``base``.
"""

from kb.cli import answering, feedback, indexing, quizzes  # noqa: F401  (they register their commands)
from kb.cli.base import cli, silence_stdout


def main() -> None:
    try:
        cli(prog_name="kb")
    except BrokenPipeError:  # the reader went away while click itself was writing (usage, help)
        silence_stdout()


__all__ = ["cli", "main"]
