"""Errors a user can act on.

Every error that reaches the CLI or the web page is a ``KBError``; its message is
one line that says what went wrong and, where there is one, the fix.
"""


class KBError(Exception):
    """Base class of all errors shown to users as a single line."""


class DocumentError(KBError):
    """A document cannot be read or parsed."""


class EmbedderError(KBError):
    """An embedding model cannot be found, loaded or used."""


class IndexMissingError(KBError):
    """No index has been published yet."""


class IndexMismatchError(KBError):
    """The published index was built by other code or another model."""


class IndexCorruptError(KBError):
    """A file of the published index fails its checksum or cannot be read."""


class IndexBusyError(KBError):
    """Another process holds the indexing lock."""


class InputError(KBError):
    """A query or an upload is not acceptable (empty, too long, wrong type...)."""
