"""Snippet HTML: escaped text, <mark> the only markup."""

from django.utils.safestring import SafeString

from reform_kb.search.snippets import START, STOP, from_sentinels, highlight


def test_headline_markers_become_mark_after_escaping():
    html = from_sentinels(f"<b>fet</b> {START}insatser{STOP} & mer")
    assert isinstance(html, SafeString)
    assert html == "&lt;b&gt;fet&lt;/b&gt; <mark>insatser</mark> &amp; mer"


def test_an_unclosed_marker_is_closed():
    assert from_sentinels(f"{START}insats") == "<mark>insats</mark>"


def test_highlight_marks_every_inflection_and_escapes_the_rest():
    html = highlight("<script>x</script> Insatser och en insats.", frozenset({"insats", "insat"}))
    assert html == "&lt;script&gt;x&lt;/script&gt; <mark>Insatser</mark> och en <mark>insats</mark>."


def test_highlight_shows_a_window_around_the_first_hit():
    words = [f"ord{i}" for i in range(100)]
    words[60] = "insatser"
    html = highlight(" ".join(words), frozenset({"insats"}), words=30, before=8)
    assert html.startswith("… ord52 ")
    assert "<mark>insatser</mark>" in html
    assert html.endswith("ord81 …")


def test_highlight_without_a_hit_gives_the_beginning():
    html = highlight("Ett två tre fyra", frozenset({"insats"}), words=2)
    assert html == "Ett två …"


def test_paragraph_breaks_become_spaces():
    assert highlight("Ett\n\ntvå   insatser", frozenset({"insats"})) == "Ett två <mark>insatser</mark>"
    assert from_sentinels(f"Ett\n\n{START}två{STOP}") == "Ett <mark>två</mark>"
