"""newsparse: take news articles apart from page text dumps or HTML.

Public API: ``extract`` (text or bytes → Article), ``extract_file`` (path → Article), and the
record types of :mod:`newsparse.model`.
"""

import logging

from newsparse.model import (
    Article,
    Author,
    Caption,
    Dateline,
    Decision,
    Dropped,
    Format,
    InputFormat,
    Label,
    Reason,
)
from newsparse.pipeline import extract, extract_file

__all__ = [
    "Article",
    "Author",
    "Caption",
    "Dateline",
    "Decision",
    "Dropped",
    "Format",
    "InputFormat",
    "Label",
    "Reason",
    "extract",
    "extract_file",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
