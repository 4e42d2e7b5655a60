"""Who is talking: the people a document presents, the last speaker, and how a quote gets its speaker."""

from __future__ import annotations

import re
from functools import cached_property

from reform_kb.pipeline.organisations import OrganisationMatcher
from reform_kb.pipeline.party_genitives import (
    PARTY_GENITIVE_RE,
    PARTY_GENITIVES,
    PARTY_NAMES,
    party_out_of_role,
)
from reform_kb.pipeline.people import find_people, parse_person_phrase
from reform_kb.pipeline.people_index import PeopleIndex
from reform_kb.pipeline.records import ParsedQuote, PersonMention
from reform_kb.pipeline.role_phrases import organisation_of_place
from reform_kb.pipeline.roles import implied_organisation

from .attribution import CIRCUMSTANCE_RE, INDEFINITE_RE, MOOD_RE, PARTICLE_RE, PRONOUNS, split_attribution
from .first_name_subjects import first_name_subject
from .homes import HOME_KINDS, inquiry_home
from .role_owners import role_owner
from .units import DASH_RE, PHOTO_RE, Unit

# The outlet a speaker talked to: "…, till Ekot", "till P4 Västernorrland".
_OUTLET_RE = re.compile(r",?\s+till\s+(?:P\d|[A-ZÅÄÖ])[\wåäöÅÄÖ ]*$")

# How the words reached the writer, after the speaker's title: "…, säger Eva Ek, nämndens ordförande, via
# ett pressmeddelande", "i en skriftlig kommentar". Never part of a title, so always cut.
_MEDIUM_RE = re.compile(
    r",?\s+(?:via|genom)\s+(?:ett|en|sitt|sin|mejl|mail|sms|e-post|telefon)\b.*$"
    r"|,?\s+i\s+(?:ett|en)\s+(?:skriftlig[t]?\s+)?(?:pressmeddelande|kommentar|uttalande|mejl|mail|sms)\b.*$"
)

# Words opening a clause about the speaker rather than a title: "…, säger Anna Berg, som …".
_CLAUSE_OPENERS = tuple(
    f"{word} "
    for word in ("som", "vilken", "vars", "och", "men", "att", "när", "då", "eftersom", "innan", "efter")
)

# Roles held in a municipality's or region's own bodies, which name no organisation of their own; a board
# is a municipal one only by name ("styrelseledamot" sits on an association's or a company's board too); a
# "socialchef" heads a municipality's social services.
_MUNICIPAL_ROLE_RE = re.compile(
    r"nämnd|förvaltning(?!srätt)|kommunstyrelse|regionstyrelse|fullmäktige|kommunalråd|kommunråd|beredning"
    r"|oppositionsråd|borgarråd|regionråd|socialchef|socialdirektör"
    # Round 6: the municipality's own officers ("socialsekreterare", "kommundirektör") and the heads of its
    # social services by the service they run ("avdelningschef för funktionsstöd", "enhetschef för
    # servicebostad", "områdeschef för bistånd och service"): Swedish municipalities run these services.
    r"|socialsekreterare|biståndshandläggare|kommundirektör|kommunchef|omsorgschef|äldrechef|IFO-chef"
    # Round 12: the field workers of the municipality's youth work ("fältassistent", "fältare", "fältsekreterare").
    r"|fältassistent|fältare|fältsekreterare"
    # Round 13: and "fältarbetare", and any post the role places in the social services ("fältarbetare vid
    # socialtjänsten", "handläggare inom socialtjänsten"), which municipalities run.
    r"|fältarbetare|(?:vid|inom|på|i) socialtjänsten"
    r"|chef (?:för|inom) (?i:[\w-]+ (?:och )?)*?[\w-]*(?:omsorg|funktionsstöd|bistånd|servicebostad|gruppbostad"
    r"|hemtjänst|socialtjänst)"
)
# Round 9: a manager of no named organisation ("avdelningschef", "chef på kontaktcenter", its unit in lower case)
# in a text about one municipality or region, naming no agency, company or union that could employ them too
# (an "områdeschef" at the local office of Försäkringskassan is the agency's).
_MANAGER_ROLE_RE = re.compile(
    r"^(?:(?:ställföreträdande|biträdande|tillförordnad|tf) )?[a-zåäö]*(?:avdelnings|enhets|verksamhets|områdes|sektors"
    r"|förvaltnings|kvalitets)chef(?: (?:på|för|inom|vid) [\w -]+)?$"
    # Round 10: a unit manager's unit or programme may be capitalised ("enhetschef för Bostad först"); a "chef
    # för" a capitalised name may head an organisation of its own ("chef för Diakonicentrum").
    r"|^chef(?: (?:på|för|inom|vid) [a-zåäö][a-zåäö -]*)?$"
)
_OTHER_EMPLOYERS = ("myndighet", "foretag", "fackforbund", "larosate")
# A post inside an organisation, bare ("projektchef", "pressansvarig", "utredare"), and the kinds of
# organisation other than a municipality or region that a text may be about (round 34).
_STAFF_TITLE_RE = re.compile(r"^[a-zåäö]*(?:chef|ansvarig|samordnare|handläggare|strateg|jurist|utredare|direktör)$")
_STAFF_HOME_KINDS = ("myndighet", "foretag", "fackforbund", "larosate", "intresseorganisation")
# Round 35: a post in a municipality's own services, bare or with its unit in lower case ("teamledare",
# "kommunikationschef", "arbetspedagog inom daglig verksamhet"), in a text about one municipality that names no
# agency, company, union, university or association that could employ them too. Not a politician's post
# ("gruppledare", "oppositionsledare") nor a federation's ("förbundschef").
_MUNICIPAL_STAFF_RE = re.compile(
    r"^(?:(?:biträdande|tillförordnad|tf) )?(?!grupp|parti|oppositions|förbunds)"
    r"[a-zåäö]*(?:chef|ledare|samordnare|handläggare|strateg|pedagog|utvecklare)"
    r"(?: (?:på|för|inom|vid) [a-zåäö][a-zåäö -]*)?$"
)
# The posts a federation (a union or an association of associations) has: "förbundsordförande",
# "förbundssekreterare", "förbundsjurist", "förbundsdirektör" (issue 10: the organisation left implicit).
_FEDERATION_ROLE_RE = re.compile(r"^(?:vice )?förbunds[a-zåäö]{4,}$")
_FEDERATION_KINDS = ("fackforbund", "intresseorganisation")
# "enhetschef i kommunen", "socialchef på regionen": the municipality or region the text is about, named
# elsewhere in it (issue 10); where the text names none, no organisation is guessed.
# Round 9: "ordförande i nämnden" points back to the municipal board the text is about, as "i kommunen" does.
_HOME_REFERENCE_RE = re.compile(r",?\s+(?:i|på|inom|för) (?:kommunen|regionen|nämnden)$")
# A member of the Swedish government: "socialminister", "socialtjänstministern", "statsrådet"; not a
# foreign one ("Norges socialminister" names its country before the title).
_MINISTER_RE = re.compile(r"^(?:[a-zåäö-]*minister|statsråd)(?:n|et)?\b")

# ", som tillsammans med …": a relative clause about the speaker after the title or organisation.
_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:som|vilken|vars)\b.*$")
# "Högskolan Norr", "Familjehem Syd": capitalised words only, the first not an acronym.
_CAPITALISED_NAME_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö-]+(?: [A-ZÅÄÖ][\wåäö-]*)+$")

# Roles that say whom the speaker is kin to or what service they receive, not where they work: the place
# after them ("mamma till en elev på Tallbyskolan", "boende på Solgården") is no organisation of theirs.
_KIN_ROLE_RE = re.compile(
    r"^(?:anhörig|närstående|mamma|pappa|förälder|dotter|son|make|maka|sambo|granne|boende|brukare|patient"
    r"|klient|elev|anhöriga|föräldrar)\b"
)

# A capital inside a role is a name: the body the post belongs to ("ordförande för Lika Unika").
_NAME_IN_ROLE_RE = re.compile(r"[A-ZÅÄÖ]")

# A person's workplace right after her name: "Per Lund på Stödhem Syd", two or more capitalised words.
_WORKPLACE_RE = re.compile(r"\s+(?:på|vid|hos)\s+(?P<org>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]*)+)")

# Adverbs between the verb of saying and the speaker: "skrev exempelvis Anna Berg", "säger också Bo Ek";
# and the reflexive of "frågar sig", "undrar sig".
_LEADING_ADVERB_RE = re.compile(r"^(?:exempelvis|bland annat|till exempel|också|även|dessutom|sig)\s+")
# Two people credited together: "skriver Anna Ek och Bo Lind", the first the speaker, the rest with her.
_JOINT_RE = re.compile(
    r"^(?P<first>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)+)\s+och\s+(?P<rest>[A-ZÅÄÖ].*)$", re.S
)


class Speakers:
    """Who is talking, as the reader tracks it through one document."""

    def __init__(self, units: list[Unit], matcher: OrganisationMatcher, home=None, own: str | None = None):
        self.matcher = matcher
        self.own = own  # the publishing organisation when it is one (not a newspaper): see `publishing_home`
        self.index = PeopleIndex()
        self.caption: PersonMention | None = None
        self.last: PersonMention | None = None
        self.recent: PersonMention | None = None  # the last person narrative named, however long ago
        self.unnamed = False  # the last speech came from someone the writer left unnamed ("en av dem")
        self.home = home
        self.text = "\n".join(unit.text for unit in units)
        for unit in units:  # first pass: everyone the document presents, so first names can resolve
            if unit.kind == "caption":
                person = parse_person_phrase(unit.text, matcher)
                if person:
                    self.index.add(person)
            # Round 24: an undashed "…, säger Jo Ek (S) kommunalråd." presents Jo for a later "säger Jo" too.
            if unit.kind in ("dash", "quoted", "narrative"):
                person = self.attributed_person(unit.text)
                if person:
                    self.index.add(person)
        for unit in units:
            if unit.kind in ("narrative", "caption", "heading"):
                credited = PHOTO_RE.split(unit.text)[0]  # a photographer is never a speaker
                for span in find_people(credited, matcher, self.index):
                    self.index.add(span.person)
        self.minister = _referred_minister(units, self.index)

    def attributed_person(self, text: str) -> PersonMention | None:
        """The person in an attribution's tail ("Heike Erkers, förbundsordförande i …"), not a pronoun.

        The attribution is found as quotes find it: "barnen berättar mer …, säger Tobias" is Tobias
        speaking, not an attribution after "berättar"."""
        _end, head, _resume = split_attribution(DASH_RE.sub("", text))
        if head is None or head.split()[0].lower().rstrip(",") in PRONOUNS:
            return None
        return self.parse_who(head)

    def parse_who(self, who: str) -> PersonMention | None:
        """The person an attribution's tail presents, without the outlet or a clause passing for a title."""
        who = _OUTLET_RE.sub("", PARTICLE_RE.sub("", _MEDIUM_RE.sub("", who.strip().rstrip(".!?"))))
        who = _LEADING_ADVERB_RE.sub("", who)
        who = self._first_of_joint(who)[0]
        party = PARTY_GENITIVE_RE.match(who)
        if party:
            who = who[party.end() :]
        person = parse_person_phrase(who, self.matcher) or self.index.titled_short_name(who)
        if person is None and (trimmed := CIRCUMSTANCE_RE.sub("", who)) != who:
            # "… (M) i en skriftlig kommentar": what follows the speaker is when or how they said it.
            person = parse_person_phrase(trimmed, self.matcher)
            if person and not person.organisation and (works := CIRCUMSTANCE_RE.search(who)).group("workplace"):
                person.organisation = organisation_of_place(who[works.start("workplace") :], self.matcher)
        if person is None or self._organisation_named(person.name):
            return None  # "skriver Omsorgsverket i en vägledning": an organisation speaks (quotes/voices.py)
        if person.role.startswith(_CLAUSE_OPENERS):
            # A clause about the speaker ("som …", "och hoppas att …"), not a title.
            person.role = ""
        self._read_apposition(person)
        if _KIN_ROLE_RE.match(person.role):
            person.organisation = None  # "anhörig till en boende på Solgården": where the kin lives
        if party and not person.party:
            person.party = PARTY_GENITIVES[party.group("party")]
        return person

    def _read_apposition(self, person: PersonMention) -> None:
        """A title's clause about the speaker cut ("chef på X, som länge …"); a capitalised apposition with
        no title ("Anna Ek, Högskolan Norr") is her organisation (Swedish titles are lower-case)."""
        person.role = _RELATIVE_CLAUSE_RE.sub("", person.role)
        if person.organisation is None and (owned := role_owner(person.role, self.text, self.matcher)):
            person.role, person.organisation = owned  # "Gatubladets chefredaktör" (round 35)
        if person.organisation is None and person.role and self._organisation_apposition(person.role):
            person.organisation, person.role = person.role, ""

    def _organisation_apposition(self, words: str) -> bool:
        """Whether an apposition is an organisation's name: one the matcher knows whole, or two or more
        capitalised words (one word may be a place: "Anna Ek, Malmö")."""
        known = self.index.people.get(words)
        if words.split()[0] in PARTY_NAMES or (known and (known.role or known.party)):
            return False  # a party is the speaker's party; "Anna Ek, Bo Lind": another person presented
        found = self.matcher.find_all(words)
        if found and found[0].start == 0 and found[0].end == len(words):
            return True
        return bool(_CAPITALISED_NAME_RE.match(words))

    def _organisation_named(self, name: str) -> bool:
        """Whether a one-word "name" is an organisation the matcher knows by name or by form, or a party
        ("skriver Vänsterpartiet i X i ett pressmeddelande": a party speaks, no person does)."""
        if " " in name:
            return False
        if name in PARTY_NAMES:
            return True
        found = self.matcher.find_all(name)
        return bool(found) and found[0].start == 0 and found[0].end == len(name)

    def _first_of_joint(self, who: str) -> tuple[str, str]:
        """(the first person's words, the others' words) of "Anna Ek och Bo Lind"; (who, "") otherwise."""
        joint = _JOINT_RE.match(who)
        if joint:
            first = parse_person_phrase(joint.group("first"), self.matcher)
            if first and first.name == joint.group("first") and not first.role:
                return joint.group("first"), joint.group("rest")
        return who, ""

    def co_speakers(self, who: str) -> list[PersonMention]:
        """The people credited beside the speaker in an attribution ("…, skriver Anna Ek och Bo Lind")."""
        rest = self._first_of_joint(_LEADING_ADVERB_RE.sub("", who.strip().rstrip(".!?")))[1]
        person = self.parse_who(rest) if rest else None
        return [self.resolve(person)] if person else []

    def named_in(self, unit: Unit) -> list[PersonMention]:
        """People a narrative paragraph names, as the document knows them (role and organisation)."""
        named: list[PersonMention] = []
        for span in find_people(unit.text, self.matcher, self.index):
            person = self.resolve(PersonMention(span.person.name))
            workplace = _WORKPLACE_RE.match(unit.text, span.end)
            if person.organisation is None and workplace and self._workplace(workplace.group("org")):
                person.organisation = workplace.group("org")  # "Per Lund på Stödhem Syd, som …"
            named.append(person)
        if not named and (first := first_name_subject(unit.text, self.text)):
            named.append(self.resolve(PersonMention(first)))
        return named

    @cached_property
    def _named(self) -> dict[str, str]:
        """Every organisation the document names and its kind, read once for the checks below."""
        return {o.name: o.kind for o in self.matcher.find_all(self.text)}

    @property
    def _other_employers(self) -> bool:
        """Whether the document names an agency, a company, a union or a university (see `_MANAGER_ROLE_RE`)."""
        return not set(self._named.values()).isdisjoint(_OTHER_EMPLOYERS)

    @property
    def _other_homes(self) -> bool:
        """Whether the document names any organisation other than a municipality or region that a member of
        staff could work for (see `_MUNICIPAL_STAFF_RE`)."""
        return not set(self._named.values()).isdisjoint(_STAFF_HOME_KINDS)

    def _workplace(self, words: str) -> bool:
        """Whether the capitalised words after "på" are a workplace's name, not a municipality or region
        (a place: "på Gotland", "vid Södra Ek" may be a district, so two words and no home kind)."""
        found = self.matcher.find_all(words)
        return bool(_CAPITALISED_NAME_RE.match(words)) and not any(o.kind in HOME_KINDS for o in found)

    def resolve(self, person: PersonMention) -> PersonMention:
        """`person` as the document knows them, with the organisation their role implies."""
        person = party_out_of_role(self.index.enrich(person))
        if not person.role and self.minister and person.name == self.minister[0]:
            person.role = self.minister[1]
        if person.organisation is None and person.role:
            person.organisation = self._organisation_of_role(person)
        return person

    def _organisation_of_role(self, person: PersonMention) -> str | None:
        """The organisation a role without one implies, the first rule that finds one deciding; "i kommunen"
        leaves the role when it is resolved."""
        role, home = person.role, self.home or (lambda _kinds: None)
        if (_MUNICIPAL_ROLE_RE.search(role) or _HOME_REFERENCE_RE.search(role)) and (
            found := home(_home_kinds(role))
        ):
            # "socialnämndens ordförande", "kommunalråd": a politician of the municipality the text is about;
            # "socialchef i kommunen" names it by reference, which leaves the title (round 6: also after a
            # municipal title).
            person.role = _HOME_REFERENCE_RE.sub("", role)
            return found
        if _MANAGER_ROLE_RE.match(role) and not self._other_employers and (found := home(HOME_KINDS)):
            return found
        if _MUNICIPAL_STAFF_RE.match(role) and not self._other_homes and (found := home(("kommun",))):
            return found
        if _FEDERATION_ROLE_RE.match(role) and (found := home(_FEDERATION_KINDS)):
            # "förbundsordförande", "förbundsjurist": a post of the federation the text is about, when the text
            # is a federation's own or names exactly one.
            return found
        inquiry = inquiry_home(role, self._named)
        if _STAFF_TITLE_RE.match(role) and (found := inquiry or home(_STAFF_HOME_KINDS)):
            # Round 34 (the former test33's d3364): "säger projektchef Heli Ek" in a text about one agency,
            # union, company or association (the only one its body names, or the one its headline names).
            return found
        if _MINISTER_RE.search(role):
            # A minister speaks for the government, whichever ministry they head.
            return self.matcher.resolve("Regeringen")
        implied = implied_organisation(role)  # a member of the Riksdag or of one of its committees
        if implied:
            return self.matcher.resolve(implied)
        # Round 6: a municipality's, agency's or union's own page quoting someone by a post alone ("Anna Berg,
        # enhetschef") quotes its own staff; kin and clients ("anhörig", "brukare") are not its staff, and a
        # role naming another body ("ordförande för Lika Unika") is that body's post.
        return None if _KIN_ROLE_RE.match(role) or _NAME_IN_ROLE_RE.search(role) else self.own


# A minister the text refers to by title alone: "Socialtjänstministern har haft en hektisk höst." Not the
# title before a name ("socialministern Eva Ek"), which the name's own parse reads.
_MINISTER_REFERENCE_RE = re.compile(r"(?<![\w-])([A-ZÅÄÖa-zåäö-]*minister)n\b(?!\s+[A-ZÅÄÖ])")


def _referred_minister(units: list[Unit], index: PeopleIndex) -> tuple[str, str] | None:
    """(name, title) when the text calls a minister by one title alone and names exactly one politician
    (a party marker) without a title: a portrait of the minister, whose quotes then carry the title."""
    titles = {
        m.group(1).lower()
        for unit in units
        if unit.kind in ("narrative", "caption", "heading")
        for m in _MINISTER_REFERENCE_RE.finditer(unit.text)
    }
    politicians = [p for p in index.people.values() if p.party]
    if len(titles) != 1 or len(politicians) != 1 or politicians[0].role:
        return None
    return politicians[0].name, titles.pop()


_PLURAL_PRONOUNS = frozenset({"de", "dom"})


def person_from_who(speakers: Speakers, who: str) -> tuple[PersonMention | None, bool]:
    """(person, is_pronoun) from the words after the verb of saying."""
    who = MOOD_RE.sub("", who.strip())  # "säger en nöjd Anna Ek": the writer's word, then her name
    words = who.rstrip(".!?").split()
    if words and words[0].lower() in _PLURAL_PRONOUNS and len(words) == 1:
        return None, False  # round 14: "sa dom", "säger de": a group speaks, not the one last named
    if words and words[0].lower().rstrip(",") in PRONOUNS:
        return None, True
    if INDEFINITE_RE.match(" ".join(words)):
        return None, False  # "säger en av dem": someone unnamed speaks
    return speakers.parse_who(who), False


def _home_kinds(role: str) -> tuple[str, ...]:
    """The kinds of home a role may sit in: a region's ("regionråd", "i regionen"), a municipality's
    ("kommunalråd", "borgarråd", "i kommunen", and social services, elderly care and schools, which
    Swedish municipalities run: "socialnämndens ordförande"), or either ("fullmäktiges ordförande")."""
    if re.search(r"region|landsting", role):
        return ("region",)
    if re.search(r"kommun|borgarråd|social|omsorg|äldre|skol|utbildning", role):
        return ("kommun",)
    return HOME_KINDS


WEAK_CAPTION_NOTE = "Talaren är antagen från bildtexten; citatet saknar egen attribution."
WEAK_PULLQUOTE_NOTE = "Citatet upprepar inget yttrande i texten; talaren är antagen."
NO_SPEAKER_NOTE = "Ingen talare hittades."
CUT_OFF_NOTE = "Texten tar slut mitt i citatet: källan är avklippt, så citatet kan vara ofullständigt."


def flag(quote: ParsedQuote, note: str) -> None:
    """Ask an editor to check `quote`; the first note given is the one kept."""
    quote.needs_review = True
    quote.review_note = quote.review_note or note


def pronoun_target(
    speakers: Speakers, context: list[PersonMention], previous_kind: str
) -> PersonMention | None:
    """Whom "säger hon" points back to: the person just named in narrative, else the last speaker."""
    if previous_kind in ("narrative", "caption") and context:
        return context[-1]
    # "Socialministern presenterade lagen. / Den gäller från juli. / – …, säger han.": nobody spoke and
    # nobody was named since, so the pronoun points back past the paragraph that named no one.
    return speakers.last or (context[-1] if context else None) or speakers.caption or speakers.recent


def set_speaker(
    quote: ParsedQuote, person: PersonMention | None, co: list[PersonMention] | None = None
) -> None:
    """Credit `quote` to `person` (a copy), or flag it when no speaker was found."""
    if person is None:
        quote.needs_review = True
        quote.review_note = NO_SPEAKER_NOTE
        return
    quote.speaker = PersonMention(person.name, person.role, person.organisation, person.party)
    quote.co_speakers = co or []
    if quote.review_note == NO_SPEAKER_NOTE:
        # Round 31: a speaker named after the quote was read (the paragraph under it) lifts the flag.
        quote.needs_review, quote.review_note = False, ""
