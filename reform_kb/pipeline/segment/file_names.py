"""A file's name left on a page: an attachment's link with its size, a file's link alone on its line, or an
image's file name shown as its alt text. None is a headline or a sentence of the text (furniture.py drops them).
"""

from __future__ import annotations

import re

# A file attached to the page, with its size and upload time: "Yttrande.pdf Pdf, 153.8 kB. 2021-11-23 13.05"
# (round 11): a link, and its date is the file's, not the page's.
ATTACHMENT_RE = re.compile(r"^.{1,150}\.(?:pdf|docx?|xlsx?|pptx?)\b.{0,40}\d+(?:[.,]\d+)?\s*(?:kB|KB|MB|kb|mb)\b", re.IGNORECASE)
# Round 20: a file's link alone on its line, its icon's text before it ("Ikon för PDF Vägledning.pdf"): a link,
# never a headline nor a sentence of the text.
FILE_LINK_RE = re.compile(r"^(?:Ikon för \w+\s+)?[^.!?]{1,70}\.(?:pdf|docx?|xlsx?|pptx?)$", re.IGNORECASE)
# Round 33 (the former test32's d3231, d3237): an image's file name left on the page as its alt text or
# caption: a camera's own name ("IMG_8481", "DSC_0042"), a publishing tool's resized copy that names its size
# ("… spread 1920x752 spread") or a bare file name ("20140331-174146.jpg"). It says nothing a reader reads, and
# standing alone on a line above a post it was taken for the post's headline.
IMAGE_FILE_NAME_RE = re.compile(
    r"^\s*(?:(?:IMG|DSC|DSCN|DSCF|DJI|PXL|GOPR|PICT)[ _-]?\d{3,}(?:[ _-]\w+)?(?:\.[a-z]{3,4})?"
    r"|\S(?:.{0,100}\S)?[ _-]\d{3,4}x\d{3,4}(?:[ _-]\S.{0,60})?|\S{1,80}\.(?:jpe?g|png|gif|webp|heic)"
    # Round 42 (dev d3731): a shared image's name with its number in the photo archive, "Misery_(6918462523)".
    r"|[^\s()]{1,80}_\(\d{6,}\))\s*$",
    re.IGNORECASE,
)
# A file name is short: a longer line is prose, and is never tried against the pattern above (issue #4).
MAX_IMAGE_FILE_NAME = 200


def is_file_link(line: str, folded: str) -> bool:
    """A file attached to the page, with its size, or its link alone on the line; or an image's file name."""
    if ("kb" in folded or "mb" in folded) and ATTACHMENT_RE.match(line):
        return True
    if len(line) <= MAX_IMAGE_FILE_NAME and IMAGE_FILE_NAME_RE.match(line):
        return True
    return any(ext in folded for ext in (".pdf", ".doc", ".xls", ".ppt")) and bool(FILE_LINK_RE.match(line))
