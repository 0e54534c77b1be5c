"""Data files shipped with kb."""
