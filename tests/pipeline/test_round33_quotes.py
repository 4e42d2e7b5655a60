"""Quotes in the shapes of the former test part test32's misses (round 33, issue 10).

Every text here is invented, in the shape a real page showed (no sentence is copied)."""

from .invented_pages import only

STORY = (
    "Nya scheman i hemtjänsten\n\n"
    "– Vi hinner inte vila mellan passen, säger undersköterskan Maria Ek.\n\n"
    "Flera i personalgruppen har redan sökt sig till andra jobb under våren.\n\n"
)


def test_a_new_speech_cut_off_after_a_few_words_has_no_speaker():
    document = only(STORY + "– Vi har försökt prata med led\n")
    first, cut = document.quotes
    assert first.speaker.name == "Maria Ek"
    assert cut.speaker is None


def test_a_speech_cut_off_straight_after_the_speakers_own_dash_goes_on_with_that_speaker():
    """Guard: a second dash paragraph under the first is the same speaker's."""
    document = only(
        "Nya scheman i hemtjänsten\n\n"
        "– Vi hinner inte vila mellan passen, säger undersköterskan Maria Ek.\n\n"
        "– Vi har försökt prata med led\n"
    )
    assert [q.speaker.name for q in document.quotes] == ["Maria Ek", "Maria Ek"]


def test_a_long_speech_cut_off_keeps_the_speaker_the_text_gave_it():
    """Guard: more than a dozen words in, the speech has been going on under the speaker the text introduced."""
    document = only(
        STORY + "– Vi har försökt prata med ledningen om det här i flera månader nu, men ingen lyssnar på oss och vi "
        "vet inte längre vart vi ska vända o\n"
    )
    assert document.quotes[-1].speaker is not None
