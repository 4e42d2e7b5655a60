"""Dates in the page's language (i18n, issue 14): "3 mars 2022" on Swedish pages, "3 March 2022" on English.

Django's `date` filter does this through the translation machinery, at about a tenth of a millisecond a
call; list pages write two dates per row, so the month names are looked up here instead. The Swedish
names are the pipeline's, which reads them in texts.
"""

from __future__ import annotations

import datetime

from django.utils.translation import get_language

from reform_kb.pipeline.swedish import MONTH_NAMES

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def month_name(month: int) -> str:
    """The month's name (1–12) in the active language: "mars" or "March"."""
    return (ENGLISH_MONTHS if get_language() == "en" else MONTH_NAMES)[month - 1]


def day_month_year(value: datetime.date) -> str:
    """Day first in both languages: "3 mars 2022", "3 March 2022"."""
    return f"{value.day} {month_name(value.month)} {value.year}"


def month_year(value: datetime.date) -> str:
    """ "mars 2022", "March 2022"."""
    return f"{month_name(value.month)} {value.year}"
