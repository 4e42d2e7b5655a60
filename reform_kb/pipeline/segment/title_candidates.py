"""Where a title may stand in a stream of lines: a title-like line alone or set above its dateline, a quoted
headline opening the page, under a genre label, the lead photo or a section label; and which of two
candidates straight above each other is only a section label; and an image's alt text set straight above a
headline, which hides that the headline stands alone. Used by streams.py."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import starts_lower, word_count
from .kinds import MAX_LABEL_WORDS
from .lines import (
    IMAGE_TEXT_RE,
    MAX_SENTENCE_HEADLINE_WORDS,
    PHOTO_CREDIT_RE,
    SENTENCE_INSIDE_RE,
    Line,
    is_alt_text,
    is_byline,
    is_credit_alone,
    is_dateline,
    is_quoted_headline,
    is_title_like,
)
from .party_signatures import signs_text


def title_candidates(lines: list[Line]) -> list[int]:
    """Where a title may stand: a title-like line alone or set above its dateline, or a quoted headline
    opening the page or under a genre label."""
    found = [i for i in range(len(lines)) if _may_head(lines, i)]
    heads = set(found)  # looked up per candidate: a set keeps a long page linear
    # A word or two standing straight above another headline is a section label ("Omsorg" above
    # "Litet stöd till …"), not a headline over nothing; a name and party closing the page, or a name under a greeting, is a signature.
    return [
        i
        for n, i in enumerate(found)
        if not (n + 1 < len(found) and found[n + 1] == i + 1 and _labels(lines, i))
        and not (n + 1 < len(found) and found[n + 1] == i + 2 and _labels_over_dateline(lines, i))
        and not _tags_headline(lines, heads, i)
        and not _captions_lead_photo(lines, heads, i)
        and not _captions_photo_under_headline(lines, heads, i)
        and not signs_text([line.text for line in lines], i)
        and not (n > 0 and found[n - 1] == i - 1 and _stands_first(lines, i))
    ]


# Round 28: how long a line standing alone under a headline must be to be its standfirst rather than a headline.
MIN_STANDFIRST_WORDS = 12


def _stands_first(lines: list[Line], i: int) -> bool:
    """Whether the candidate at `i`, straight under another, is that headline's standfirst: a long title-like line
    (so no finished sentence), over the item's longer prose ("Var finns pengarna?" / "X och Y svarar på … i Allehanda 17/7" / text), as
    news lists set title, ingress and excerpt. A label over a headline is shorter than four words."""
    words, head_words = word_count(lines[i].text), word_count(lines[i - 1].text)
    return (
        words >= MIN_STANDFIRST_WORDS
        and MAX_LABEL_WORDS < head_words < words
        and i + 1 < len(lines)
        and word_count(lines[i + 1].text) > words
    )




def _may_head(lines: list[Line], i: int) -> bool:
    """Whether the line at `i` may be a headline, before its neighbours are weighed. A quotation opening the
    page or under a genre label is its headline, even with a tag line set straight under it."""
    line = lines[i]
    if i == len(lines) - 1 and SENTENCE_INSIDE_RE.search(line.text):
        return False  # round 20: the page's last paragraph, cut off by the stored copy after its first sentence
    if (line.standalone or _heads_dateline(lines, i)) and is_title_like(line.text) and not is_alt_text(lines, i):
        return True
    if _vouched_for(lines, i):
        return True
    if _sentence_over_dateline(lines, i) or (_under_labelled_date(lines, i) and is_title_like(line.text)):
        return True
    placed = i == 0 or line.genre or _under_lead_photo(lines, i) or _over_date(lines, i)
    return bool(placed or _under_label(lines, i) or _under_date(lines, i)) and is_quoted_headline(line.text)


# Round 21: how long the paragraph straight under a page's first line must be for that line to be its headline.
MIN_LEAD_WORDS = 25


def _vouched_for(lines: list[Line], i: int) -> bool:
    """A headline by its place alone: repeated by the breadcrumb trail (round 20), or the first line over the
    long lead of a page saved without blank lines (round 21)."""
    line = lines[i]
    if line.in_trail and line.standalone and not line.text.endswith("."):
        return True
    return i == 0 and _heads_page_without_blank_lines(lines) and is_title_like(line.text)


def _heads_page_without_blank_lines(lines: list[Line]) -> bool:
    """Whether the page's first line heads a long paragraph set straight under it: "Mer än bara turistort" /
    "Vaxholm utanför Stockholm är …", a page saved without the blank lines between its paragraphs, whose
    headline therefore never stands alone."""
    return (
        len(lines) > 1
        and not lines[0].blank_after
        and word_count(lines[1].text) >= MIN_LEAD_WORDS
        and not starts_lower(lines[1].text)
    )


def _labels_over_dateline(lines: list[Line], i: int) -> bool:
    """A word over the date, the headline straight under the date: "Nyhetsartikel" / "27 mar 2018" /
    "En bättre start …", the page's genre or section label, not a headline over its date (round 15)."""
    return word_count(lines[i].text) == 1 and is_dateline(lines[i + 1].text) and not is_quoted_headline(lines[i].text)


def _under_labelled_date(lines: list[Line], i: int) -> bool:
    """A line straight under a date that stands straight under a word opening a block: "Lokalt" /
    "12.9.2024" / "Stängning av serviceboenden …", set without blank lines: the headline under its section
    label and date (round 15)."""
    return (
        i >= 2
        and lines[i - 2].blank_before
        and not lines[i - 2].blank_after
        and not lines[i - 1].blank_after
        and is_dateline(lines[i - 1].text)
        and _labels_over_dateline(lines, i - 2)
        and is_title_like(lines[i - 2].text)
        and not _opens_timeline(lines, i - 2)
    )


# How far under its headline a page may set its tags: the site's or section's name, the genre.
MAX_TAG_LINES = 3


def _tags_headline(lines: list[Line], found: set[int], i: int) -> bool:
    """A word over the date under a headline, with only other single words between: "Therese Svanströms
    huvudtal …" / "TCO" / "Blogg" / date, the post's tags, not a second headline over the text (round 15)."""
    dated = i + 1 < len(lines) and is_dateline(lines[i + 1].text)
    if not dated or word_count(lines[i].text) > 1 or is_quoted_headline(lines[i].text):
        return False
    k = i - 1
    while k >= max(0, i - MAX_TAG_LINES) and word_count(lines[k].text) == 1:
        k -= 1
    return k >= 0 and i - k <= MAX_TAG_LINES and k in found


def _captions_lead_photo(lines: list[Line], found: set[int], i: int) -> bool:
    """A line over a photo credit standing alone, another candidate two or three lines below: "Eva Ek,
    generalsekreterare för X" / "Foto: Per Lund" / "Intervjun" / the headline. The caption of the lead photo,
    not a headline over nothing (round 20)."""
    credit = lines[i + 1].text if i + 1 < len(lines) else ""
    return is_credit_alone(credit) and bool({i + 2, i + 3} & found)


def _captions_photo_under_headline(lines: list[Line], found: set[int], i: int) -> bool:
    """A line between a headline straight above it and a photo credit standing straight under it: "Familjecentral
    flyttar till Storgatan 20" / "Nyckelspikens öppna förskola" / "Foto: Niklas Eriksson", the caption of the
    photo set under the headline (round 33, the former test32's d3240). A label of a word or two above is no
    headline, so the line under it stays one."""
    credit = lines[i + 1].text if i + 1 < len(lines) else ""
    return i - 1 in found and is_credit_alone(credit) and not _labels(lines, i - 1)


def _under_date(lines: list[Line], i: int) -> bool:
    """A quotation standing alone under the page's date standing alone: "2017-01-25" / ”Stort behov av …”
    is a headline (round 11), as one over its date is."""
    return 0 < i <= 2 and lines[i].standalone and lines[i - 1].standalone and is_dateline(lines[i - 1].text)


def _under_label(lines: list[Line], i: int) -> bool:
    """A line standing alone straight under a label of a few words standing alone: "Äldreomsorgen i Hörby" /
    ”Meningen var inte att spara” is a section label over a quoted headline (round 9)."""
    above = lines[i - 1] if i else None
    return (
        above is not None
        and lines[i].standalone
        and above.standalone
        and word_count(above.text) <= MAX_LABEL_WORDS
        and is_title_like(above.text)
    )


# The label of an "about" tab or section ("Om verksamheten", "Om oss", "Om projektet"): two words at most.
_ABOUT_TAB_RE = re.compile(r"^Om [a-zåäö]+$")


def _labels(lines: list[Line], i: int) -> bool:
    """Whether the candidate title at `i`, straight above another, is a section label: a word or two, or a
    few words over a quoted headline."""
    words = word_count(lines[i].text.replace(" & ", " "))  # round 18: "Vård & omsorg" is two words
    if _ABOUT_TAB_RE.match(lines[i + 1].text):
        return False  # round 23: "Fältteam" / "Om verksamheten": the page's name over its first tab's label
    return words <= 2 or (words <= MAX_LABEL_WORDS and is_quoted_headline(lines[i + 1].text))


def _under_lead_photo(lines: list[Line], i: int) -> bool:
    """A line standing alone straight under the page's lead photo: only its caption and credit above."""
    return lines[i].standalone and 0 < i <= 3 and PHOTO_CREDIT_RE.search(" " + lines[i - 1].text) is not None


def _over_date(lines: list[Line], i: int) -> bool:
    """A line standing alone straight over a date standing alone: a headline and its dateline."""
    return (
        lines[i].standalone
        and i + 1 < len(lines)
        and lines[i + 1].standalone
        and is_dateline(lines[i + 1].text)
    )


def _sentence_over_dateline(lines: list[Line], i: int) -> bool:
    """A sentence opening the page, standing alone straight above its byline or date line ("Över 15 000 sökte
    stöd under 2012." / "Av | 4 maj, 2013"): a blog template's headline, full stop and all (round 12)."""
    line = lines[i]
    if i != 0 or not line.standalone or i + 1 >= len(lines) or not lines[i + 1].standalone:
        return False
    text = line.text
    below = lines[i + 1].text
    return (
        len(text) > 1
        and text.endswith(".")
        and not text.endswith("..")
        and word_count(text) <= MAX_SENTENCE_HEADLINE_WORDS
        and is_title_like(text[:-1])
        and (is_dateline(below) or is_byline(below))
    )


def _heads_dateline(lines: list[Line], i: int) -> bool:
    """A headline set straight above its date or byline, with no blank line between: "Titel" / "2025-02-20"."""
    if not lines[i].blank_before or lines[i].blank_after or i + 1 >= len(lines):
        return False
    below = lines[i + 1].text
    return (is_dateline(below) or is_byline(below)) and not _opens_timeline(lines, i)


def _opens_timeline(lines: list[Line], i: int) -> bool:
    """A word or two over a date, then another such pair straight under it: "Inlämnad" / "2023-04-03" /
    "Överlämnad" / "2023-04-04", the steps of a procedure, not a headline over its date (round 13)."""
    run = lines[i : i + 4]
    return (
        len(run) == 4
        and not any(line.blank_after for line in run[:3])
        and all(word_count(line.text) <= 2 for line in run[::2])
        and is_dateline(run[1].text)
        and is_dateline(run[3].text)
    )


def without_alt_texts(lines: list[Line]) -> list[Line]:
    """The lines less an image's alt text set straight above a headline ("Fotografi av kommunvapnet …" /
    "Krisledningsstaben är reaktiverad", or its tail in lower case "omsorgspersonal med en äldre man"), the
    headline then standing alone as it does on the page (round 11)."""
    out: list[Line] = []
    freed = False  # the line above was an alt text, dropped: this one stands alone from above
    for i, line in enumerate(lines):
        line = replace(line, blank_before=True) if freed else line
        below = lines[i + 1] if i + 1 < len(lines) else None
        alt = IMAGE_TEXT_RE.match(line.text) or (
            starts_lower(line.text)
            and 3 <= word_count(line.text) <= 8
            and line.text[-1] not in ".!?:;,”\""
            and not is_dateline(line.text)  # round 15: "apr 21, 2023" / "SCD2023", a date over its tag
        )
        freed = bool(
            alt and below and line.blank_before and not line.blank_after and below.blank_after and is_title_like(below.text)
        )
        if not freed:
            out.append(line)
    return out
