"""Errors a user can act on.

Every error that reaches the CLI or the web page is a ``KBError``; its message is
one line that says what went wrong and, where there is one, the fix.
"""

import errno


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


class IndexWriteError(KBError):
    """The index folder cannot be written: a full disk, a read-only folder, no permission."""


class CancelledError(KBError):
    """A long-running job (a re-index from the page) was cancelled by its user."""


_OS_ERROR_WORDS = {
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EDQUOT: "the disk quota is used up; free some space and try again",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "it does not exist (moved or deleted while kb was working?); try again",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EISDIR: "it is a folder where kb expects a file",
    errno.ENOTDIR: "part of the path is a file where kb expects a folder",
}


def os_error_words(exc: OSError) -> str:
    """What went wrong, in words, with the fix where there is one."""
    return _OS_ERROR_WORDS.get(exc.errno or -1) or (exc.strerror or type(exc).__name__).lower()


def describe_os_error(exc: OSError) -> str:
    """One line for an operating-system error: the file it concerns and what went wrong."""
    words = os_error_words(exc)
    return f"{exc.filename}: {words}" if exc.filename is not None else words
