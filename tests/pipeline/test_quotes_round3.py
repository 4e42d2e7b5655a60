"""Issue 10, round 3: quote shapes of real Swedish pages (dashes as typed, glued sentences, lists, tails).

Every text here is invented, in the shape the development part showed (no sentence is copied)."""

from reform_kb.pipeline.quotes import extract_quotes


def _quotes(body, matcher, publishers=None):
    return extract_quotes(body, matcher, publishers)


def _said(quotes):
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


def test_hyphen_glued_to_the_first_word_opens_speech(matcher):
    body = (
        "Karin Dahl, chef för Hemlöshetsjouren, ser ett växande mörkertal.\n\n"
        "-Vi möter fler unga varje vecka än för ett år sedan."
    )
    assert _said(_quotes(body, matcher)) == [
        ("Vi möter fler unga varje vecka än för ett år sedan.", "Karin Dahl")
    ]


def test_double_hyphen_opens_speech(matcher):
    body = "Olle Brandt är socialchef i Tranås kommun.\n\n-- Och kostnaderna stiger för varje månad som går, säger han."
    quotes = _quotes(body, matcher)
    assert _said(quotes) == [("Och kostnaderna stiger för varje månad som går", "Olle Brandt")]


def test_hyphen_glued_to_a_lower_case_word_is_no_dash(matcher):
    assert _quotes("Frågan gäller barn- och\n\n-boende för unga i kommunen, skriver nämnden.", matcher) == []


def test_dash_quote_glued_to_the_previous_sentence_is_split_off(matcher):
    body = (
        "Fyrtio familjer har fått vänta sedan 2019.-Det här måste lösas innan sommaren, "
        "säger Nils Berg, ordförande i Hyresgästföreningen."
    )
    assert _said(_quotes(body, matcher)) == [("Det här måste lösas innan sommaren", "Nils Berg")]


def test_hyphen_quote_mid_paragraph_after_a_full_stop(matcher):
    body = (
        "Mottagningen öppnar i mars och leds av Sara Ling. - Ungdomarna ska få hjälp nära hemmet, säger hon."
    )
    assert _said(_quotes(body, matcher)) == [("Ungdomarna ska få hjälp nära hemmet", "Sara Ling")]


def test_bullet_before_the_dash_is_still_speech(matcher):
    body = (
        "  • – Vi kräver att äldreomsorgen får egna pengar i budgeten, säger Greta Holm, förbundsordförande."
    )
    assert _said(_quotes(body, matcher)) == [
        ("Vi kräver att äldreomsorgen får egna pengar i budgeten", "Greta Holm")
    ]


def test_narrative_after_the_attribution_is_not_more_of_the_quote(matcher):
    body = (
        "Mottagningen leds av Sara Ling. - Barnen ska få hjälp här hemma, säger hon. Det har riktats kritik "
        "mot planen. Men Sara Ling säger att det är bättre att försöka. Petra Ahl som är enhetschef på "
        "socialförvaltningen är tveksam. - Det saknas en plan för pengarna."
    )
    assert _said(_quotes(body, matcher)) == [
        ("Barnen ska få hjälp här hemma", "Sara Ling"),
        ("Det saknas en plan för pengarna.", "Petra Ahl"),
    ]


def test_photo_credit_after_the_attribution_is_not_more_of_the_quote(matcher):
    body = "– Vi ser fler anmälningar i år, säger Lars Viken. Foto av Lars: Eva Strand."
    assert _said(_quotes(body, matcher)) == [("Vi ser fler anmälningar i år", "Lars Viken")]


def test_dashed_points_under_a_label_are_a_list(matcher):
    body = (
        "Kort om granskningen:\n\n"
        "- Hälften av boendena saknade rutiner för nattbemanning.\n\n"
        "- Inspektörerna besökte trettio boenden under våren.\n\n"
        "- Forskare menar att fler utbildade behövs."
    )
    assert _quotes(body, matcher) == []


def test_dashed_paragraphs_after_a_verb_of_saying_and_colon_stay_speech(matcher):
    body = "Linnea Berg, ordförande i nämnden, säger:\n\n– Vi bygger om boendet i år.\n\n– Sedan ser vi över köerna."
    assert [q.text for q in _quotes(body, matcher)] == [
        "Vi bygger om boendet i år.",
        "Sedan ser vi över köerna.",
    ]


def test_comment_verb_closes_the_attribution(matcher):
    body = "– Vi fick inget svar på våra frågor, kommenterar Jonas Ek, generalsekreterare i Seniorförbundet."
    quotes = _quotes(body, matcher)
    assert _said(quotes) == [("Vi fick inget svar på våra frågor", "Jonas Ek")]
    assert quotes[0].speaker.role.startswith("generalsekreterare")


def test_the_medium_is_not_part_of_the_role(matcher):
    body = "– Vi öppnar fler platser i höst, säger Eva Ström (L), omsorgsnämndens ordförande, via ett pressmeddelande."
    speaker = _quotes(body, matcher)[0].speaker
    assert (speaker.name, speaker.role, speaker.party) == ("Eva Ström", "omsorgsnämndens ordförande", "L")


def test_a_caption_quote_repeated_in_the_body_is_lifted(matcher):
    body = (
        "  • – Vi vill att kommunen lyssnar på de äldre, säger Rut Berg, ordförande. Foto: Kim Ask\n\n"
        "Förbundet skickade brevet i går.\n\n"
        "– Det är hög tid. Vi vill att kommunen lyssnar på de äldre och deras anhöriga, säger Rut Berg."
    )
    assert [(q.kind, q.speaker.name) for q in _quotes(body, matcher)] == [
        ("pullquote", "Rut Berg"),
        ("direct", "Rut Berg"),
    ]


def test_an_ingress_quote_repeated_in_the_body_stays_direct(matcher):
    body = (
        "”Vi vill att kommunen lyssnar på de äldre”, säger Rut Berg, ordförande i föreningen.\n\n"
        "– Det är hög tid. Vi vill att kommunen lyssnar på de äldre och deras anhöriga, säger Rut Berg."
    )
    assert [q.kind for q in _quotes(body, matcher)] == ["direct", "direct"]


def test_a_quoted_paragraph_of_several_sentences_is_a_statement_not_a_pullquote(matcher):
    body = (
        "Myndigheten samlar kommunerna\n\n"
        "”Barn som far illa ska få hjälp oavsett var de bor. Därför bjuder vi in alla kommuner i länet.”"
    )
    [quote] = _quotes(body, matcher)
    assert quote.kind == "direct" and quote.speaker is None


def test_a_one_sentence_quoted_paragraph_is_still_a_pullquote(matcher):
    body = "”Barn som far illa ska få hjälp oavsett var de bor.”\n\n– Barn som far illa ska få hjälp, säger Ola Ek."
    assert [q.kind for q in _quotes(body, matcher)] == ["pullquote", "direct"]


def test_undashed_sentence_about_the_speaker_is_the_writers(matcher):
    body = (
        "Maja Lund kliver in i rummet.\n\n"
        "Sedan gick allt fort. Det verkar som att hon inte hunnit äta, säger hon, och nu är hon sen."
    )
    assert _quotes(body, matcher) == []


def test_undashed_speech_with_attribution_is_still_a_quote(matcher):
    body = "Vi har aldrig haft så långa köer till boendena som nu, sa Maja Lund, ordförande i nämnden."
    assert _said(_quotes(body, matcher)) == [
        ("Vi har aldrig haft så långa köer till boendena som nu", "Maja Lund")
    ]


def test_quotation_cut_off_by_the_end_of_the_text_is_kept_and_flagged(matcher):
    body = "Förarbetena är tydliga.\n\nI lagens tredje kapitel sägs att den enskilde ska kunna ”leva ett självständ"
    [quote] = _quotes(body, matcher)
    assert quote.text == "leva ett självständ"
    assert quote.needs_review and "avklippt" in quote.review_note


def test_unclosed_quotation_mark_inside_the_text_is_no_quote(matcher):
    body = "I lagen sägs att den enskilde ska kunna ”leva ett självständigt liv.\n\nMer om det nästa vecka."
    assert _quotes(body, matcher) == []


def test_a_regulation_quoted_after_star_att_is_a_quote(matcher):
    body = (
        "I förordningen står att chefen utan dröjsmål ska anmäla "
        '"händelser som har inneburit allvarlig fara för liv eller hälsa." Det gjordes inte.'
    )
    assert [q.text for q in _quotes(body, matcher)] == [
        "händelser som har inneburit allvarlig fara för liv eller hälsa."
    ]


def test_a_paragraph_ending_in_a_colon_gives_the_word_to_its_subject(matcher):
    body = (
        "Lena Holm hänvisar till forskarna Per Ek och Sofia Lund som har studerat cheferna:\n\n"
        "– Ju färre medarbetare per chef, desto bättre mår gruppen, säger hon."
    )
    assert _said(_quotes(body, matcher)) == [
        ("Ju färre medarbetare per chef, desto bättre mår gruppen", "Lena Holm")
    ]


def test_as_he_puts_it_after_a_quotation_names_its_owner(matcher):
    body = (
        "Johan Berg har fått tillbaka sin lägenhet.\n\n"
        "Nu vill han stanna hemma ”och bygga upp något nytt” som han uttrycker det."
    )
    assert _said(_quotes(body, matcher)) == [("och bygga upp något nytt", "Johan Berg")]


def test_two_signers_credited_together(matcher):
    body = "”Rapporten bygger på enstaka fall och drar för stora slutsatser”, skriver Eva Holm och Kim Lindqvist."
    [quote] = _quotes(body, matcher)
    assert (quote.speaker.name, quote.speaker.role) == ("Eva Holm", "")
    assert [p.name for p in quote.co_speakers] == ["Kim Lindqvist"]


def test_a_minister_called_by_title_alone_gives_the_title_to_the_politician_quoted(matcher):
    body = (
        "Äldreministern har haft en intensiv vår.\n\n"
        "– Vi ska bygga fler boenden för äldre, säger Karin Vall (KD).\n\n"
        "Hon växte upp i Dalarna."
    )
    speaker = _quotes(body, matcher)[0].speaker
    assert (speaker.role, speaker.organisation, speaker.party) == ("äldreminister", "Regeringen", "KD")


def test_a_minister_title_is_not_given_when_two_politicians_are_quoted(matcher):
    body = (
        "Äldreministern har haft en intensiv vår.\n\n"
        "– Vi ska bygga fler boenden, säger Karin Vall (KD).\n\n"
        "– Det räcker inte, säger Omar Nyberg (S)."
    )
    assert [q.speaker.role for q in _quotes(body, matcher)] == ["", ""]


def test_a_title_in_the_municipal_administration_is_the_municipalitys(matcher):
    body = (
        "Vetlanda kommun tecknar avtal med en behandlingsenhet.\n\n"
        "– Det ger oss snabbare hjälp, säger Hanna Ljung, enhetschef på socialförvaltningen."
    )
    assert _quotes(body, matcher)[0].speaker.organisation == "Vetlanda kommun"


def test_a_bare_dash_belongs_to_the_person_named_paragraphs_earlier(matcher):
    body = (
        "Socialminister Tove Lund (S) presenterade förslaget i dag.\n\n"
        "Lagen ska gälla från den första juli nästa år.\n\n"
        "– Det här är en stor dag för alla som arbetar i socialtjänsten."
    )
    speaker = _quotes(body, matcher)[0].speaker
    assert (speaker.name, speaker.organisation) == ("Tove Lund", "Regeringen")


def test_a_quotation_after_a_colon_introduction_may_be_followed_by_the_writers_comment(matcher):
    body = (
        "Utredarna skriver sedan att:\n\n"
        "”Nämnden får kräva att den som får stöd deltar i praktik.” Varför står det inte ”ska” här?"
    )
    assert [q.text for q in _quotes(body, matcher)] == [
        "Nämnden får kräva att den som får stöd deltar i praktik."
    ]


def test_a_quotation_that_is_a_sentence_of_its_own_after_a_verb_of_saying(matcher):
    body = (
        "Ledarskribenten Mona Ask skriver om kommunernas budgetar.\n\n"
        "Nya nedskärningar väntar, skriver Ask, trots att behoven ökar. ”Ska socialtjänsten byggas ut "
        "måste staten betala sin del av notan.”"
    )
    assert _said(_quotes(body, matcher)) == [
        ("Ska socialtjänsten byggas ut måste staten betala sin del av notan.", "Mona Ask")
    ]


def test_a_sentence_quotation_without_a_verb_of_saying_before_it_is_not_speech(matcher):
    body = "Boendet stänger i maj. ”Omsorg i tiden för alla som bor i vår kommun”."
    assert _quotes(body, matcher) == []


def test_speech_going_on_after_the_attribution_may_report_others_and_cite_the_law(matcher):
    body = (
        "– Vi har väntat i åratal, säger Eva Sand, ordförande i föreningen. Men regeringen säger att "
        "pengarna inte finns, och enligt lagen ska kommunen ändå ge stöd."
    )
    assert [q.text for q in _quotes(body, matcher)] == [
        "Vi har väntat i åratal",
        "Men regeringen säger att pengarna inte finns, och enligt lagen ska kommunen ändå ge stöd.",
    ]


def test_dashed_answers_in_the_first_person_under_a_colon_stay_speech(matcher):
    body = (
        "Anna Ek, enhetschef i Orsa kommun, om det nya arbetssättet:\n\n"
        "– Vi träffar familjerna tidigare än förut.\n\n"
        "– Det har gjort mitt arbete roligare."
    )
    assert _said(_quotes(body, matcher)) == [
        ("Vi träffar familjerna tidigare än förut.", "Anna Ek"),
        ("Det har gjort mitt arbete roligare.", "Anna Ek"),
    ]
