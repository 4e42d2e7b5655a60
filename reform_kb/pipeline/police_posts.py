"""A post in the Swedish Police Authority and the place it serves: "områdespolis i Arjeplog", "kommunpolis i Kiruna",
"länspolismästare" work for Polisen, whatever town follows (round 41, the former test40's d4035; in the dev
annotations every speaker whose role names a police post has Polisen as organisation, but for a national
coordinating team named as such). The place is where the officer serves, not part of the title, as a municipal
job's place is not ("socialsekreterare i Kalix" is a socialsekreterare)."""

from __future__ import annotations

import re

from .names import NAME_TOKEN
from .organisations import OrganisationMatcher

_POLICE_POST_RE = re.compile(
    r"^(?P<role>(?:(?:biträdande|tillförordnad|tf\.?|vice|ny) )?[a-zåäö-]*"
    r"(?:polis|polisman|polismästare|polis[a-zåäö]*chef|polisinspektör|poliskommissarie|polisintendent|"
    r"polisassistent))"
    rf"(?:\s+(?:i|på|vid)\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN})?)?$"
)


def police_post(role: str, matcher: OrganisationMatcher) -> tuple[str, str] | None:
    """("områdespolis", "Polisen") from "områdespolis i Arjeplog"; None for any other role."""
    post = _POLICE_POST_RE.match(role)
    if not post:
        return None
    return post.group("role"), matcher.resolve("Polisen") or "Polisen"
