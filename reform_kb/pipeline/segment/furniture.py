"""Web-page furniture: navigation, widgets, breadcrumbs, footers, cookie banners and link lists.

Whole lines of it are dropped before a page is split, so that no menu item is taken for a title and
no share button for a paragraph.
"""

from __future__ import annotations

import re

from .. import metadata
from ..text import ends_sentence, is_date_line, word_count
from .contact_boxes import contact_box_lines
from .file_names import is_file_link
from .page_stamps import is_page_stamp

# Round 28: a blog theme's heading over an archive of posts, in Swedish or in English: "Månadsarkiv: mars 2019",
# "Category Archives: Orange"; round 39: Blogger's "Visar inlägg med etikett X. Visa alla inlägg". Never a post.
ARCHIVE_HEADING = (
    r"(?:(?:Alla inlägg|Månadsarkiv|Årsarkiv|Dagsarkiv|Författararkiv"
    r"|(?:Category|Tag|Monthly|Yearly|Daily|Author) Archives?)\s*:|Visar inlägg (?:med etikett(?:en)?|från)\s"
    # Round 45: a theme's tag page heading, "Posts Tagged 'LSS'", "Inlägg taggade med ”LSS”".
    r"|(?:Posts?|Articles?|Entries) [Tt]agged\s+['‘’\"“”]|Inlägg (?:taggade|märkta) med\s).*"
)

COMMENT_COUNT = r"(?:Inga|\d{1,4}) ?kommentar(?:er)?"  # round 39: a post's, its number glued on ("0kommentarer")
# Whole lines that are web-page furniture: navigation, empty search results, feedback and share widgets.
BOILERPLATE_RE = re.compile(
    r"^(?:Hem|Start|Startsidan?|Meny|Sök|Sök på webbplatsen|Kontakt|Kontakta oss|Kontaktuppgifter|Fler kontaktuppgifter"
    r"|Läs mer|Läs mer här|Läs mer om [^.!?]{1,80}|Läs hela [a-zåäö]+(?: här)?|Läs också|Innehåll|Innehållsförteckning|På den här sidan|På denna sida|Visa fler|Visa alla|Tillbaka|Nästa|Föregående"
    r"|(?:Tillbaka |Upp )?till toppen(?: av sidan)?|" + COMMENT_COUNT +
    r"|Prenumeration|Prenumerera|Prenumerera på nyhetsbrevet|Dela|Dela artikeln|Dela sidan|Skriv ut|Om bloggen"
    r"|Relaterat|Relaterade artiklar|Taggar|Etiketter|Kommentarer|Lämna en kommentar|Skriv en kommentar|Cookies|Cookie-inställningar"
    r"|Om oss|Om förbundet|Om föreningen|Bli medlem!?|Logga in|Mina sidor|Pressrum|In English|English|Lyssna"
    r"|Skriv ut sidan|Följ oss|Nyhetsbrev|Stäng|Meny och sök"
    # Round 46 (the former test45's d4535 and d4565): a page's links to its sister sites, its site map, a
    # print button and a menu's select box ("Välj en sida") above the headline.
    r"|Våra (?:webbplatser|sajter)|Webbkarta|Skriv ut sida|Välj (?:en )?sida"
    # Round 29: also "Hoppa till sidinnehåll", "Gå till sidans innehåll", "Till innehållet".
    r"|(?:(?:Hoppa|Gå)(?: direkt)? till|Till) (?:sidans |huvud|sid)?innehåll(?:et)?"
    # Round 7: a row of skip links ("Hoppa till huvudinnehåll Hoppa till senaste nytt Hoppa till ortsmeny"),
    # and a magazine's issue line ("Nr 5, 2006, årgång 41 - Utges av …").
    r"|(?:(?:Hoppa|Gå)(?: direkt)? till(?: [a-zåäö-]+){1,3}\s*){2,}"
    r"|(?:Nr|Nummer)\.?\s*\d{1,2}\s*[,/]?\s*(?:19|20)\d\d\b.{0,100}"
    # the site's logo by its alt text ("Logotyp Kumlanytt"), never a byline or a title.
    r"|(?:Logotyp|Logotype|Logga|Logo)(?:\s+\S+){0,4}"
    r"|Inga (?:artiklar|träffar|resultat|inlägg)\b.*|Hjälpte informationen på sidan dig\?|Tack för att du hjälper oss!?"
    r"|Välkommen att skicka din fråga till .+|Vi använder (?:kakor|cookies)\b.*|Dela på (?:Facebook|LinkedIn|X|Twitter)"
    r"|(?:Etikettarkiv|Etikett|Kategori|Kategoriarkiv|Ämne|Tagg|Arkiv)\s*:.*"
    r"|" + ARCHIVE_HEADING +
    # Round 18: a search page's own label ("Sökning på ämnesord: Statlig styrning", "Sökresultat för …") and a
    # pager's row of page numbers ("1 2 3 48").
    r"|Sökning på .{1,80}|Sökresultat\b.{0,80}|Du sökte på\b.{0,80}|\d{1,3}(?:\s+\d{1,3}){2,}|[1-9]\d{0,2}\s*(?:…|\.\.\.)\s*\d{1,3})$",
    re.IGNORECASE,
)
# More furniture of Swedish sites: subscription and sharing widgets, page-feedback and comment prompts,
# links to the previous or next post, site-translation buttons and a debate page's disclaimer; round 32:
# "Dela sidan på sociala medier", a contact box's heading "Kontaktinformation".
WIDGET_RE = re.compile(
    r"^(?:Prenumerera på .{1,60}|Visa fler \w+|Dela (?:inlägget|sidan|nyheten|artikeln)(?: på (?:sociala medier|Facebook|LinkedIn|X))?|Kontaktinformation|Tipsa (?:redaktionen|en vän)"
    r"|Kommentera(?: artikeln| inlägget)?|Logga in för att kommentera\.?|Kommentarer \(\d+\)|Mest (?:läst|delat|kommenterat)(?: (?:senaste|i) (?:veckan|dygnet|månaden|timmen)| just nu| idag| i dag)?"
    r"|(?:Föregående|Nästa) (?:inlägg|artikel|nyhet)(?:\s*:.*)?|Translate|Översätt|(?:Länk |Gå )?[Tt]ill startsidan|Tillbaka till .{1,40}"
    r"|Sidan (?:uppdaterades|uppdaterad|publicerades)\s*:?.{0,30}|Hjälpte informationen (?:på sidan )?dig\?"
    r"|Detta är en (?:debattartikel|krönika|insändare|replik|ledare)\b.*|Åsikterna i (?:texten|artikeln) är .*"
    r"|Translate this page|Use Google to translate the web(?: ?site)?\.?(?: We take no responsibility.*)?"
    r"|We take no responsibility for the accuracy of the translation\.?"
    r"|Kopiera länk(?:en)?|Godkänn(?: alla)?(?: kakor| cookies)?|Neka(?: alla)?|Hantera (?:inställningar|kakor|cookies)"
    r"|Jag förstår|OK|Acceptera(?: alla)?|Stöd oss|Stöd vårt arbete!?|Ge en gåva|Swisha en gåva|Visa\s*:.*"
    r"|Filtrera\s*:.*|Visa (?:endast|bara) [a-zåäö]+"
    # Round 30: a print plugin's button ("Print Friendly, PDF & Email") and a newsletter form's thanks
    # ("Kvartals nyhetsbrev", "Tack!", "Välkommen som prenumerant på …"), never a headline.
    r"|Print Friendly(?:,? PDF (?:&|och) E-?mail)?|Tack!|Tack för (?:din anmälan|att du prenumererar|din prenumeration)\b.*"
    r"|[\w-]+s nyhetsbrev|Välkommen som prenumerant\b.*|(?:Anmäl dig|Prenumerera|Registrera dig) (?:till|på) (?:vårt|vårat|våra|vår) nyhetsbrev.*"
    # Round 30: a privacy notice ("Vi har förtydligat hur vi behandlar personuppgifter och cookies."), a printed
    # page's header ("En utskrift från X, 2018-11-14 … Artikelns ursprungsadress: …") and a follow button's state.
    r"|Vi har (?:förtydligat|uppdaterat|ändrat)\b.{0,80}\b(?:personuppgifter|cookies|kakor)\b.{0,40}"
    r"|En utskrift från .{1,200}|Du följer nu (?:ämnet|skribenten|författaren)\b.{0,80}"
    # Round 29: a login form's labels and prompts ("Logga in formulär", "Ange ditt lösenord. Glömt ditt lösenord?").
    r"|Logga in ?formulär|(?:(?:Ange (?:ditt|din) [a-zåäö-]+|Glömt (?:ditt )?lösenord)[.?]?\s*)+"
    # An advert's label, a lone image label or separator, and English skip links (issue 10's real pages).
    # Round 27: a theme's placeholder for an image it could not show, in English ("image").
    r"|Annons|Bild|Foto|Nyhetsbild|Artikelbild|Puffbild|Image|[|]|Skip to (?:main )?content|Skip to navigation|Hittat fel i texten\?.*"
    # English share and comment buttons of blog themes: "Share This Post", "Share this", "Leave a comment";
    # round 42: a read-aloud tool's button ("Click to listen highlighted text!").
    r"|Share(?: this(?: post| article| page)?)?|Share on (?:Facebook|LinkedIn|X|Twitter)|Leave a (?:comment|reply)"
    r"|Click to listen highlighted text!?"
    # Round 23: a blog's comment form, field by field ("Namn:", "Kom ihåg mig?", "E-postadress: (publiceras
    # ej)", "URL/Bloggadress:", "Kommentar:") and its feed link: labels of empty fields, never a headline.
    r"|Kommentera inlägget här\s*:|(?:Namn|E-?postadress|E-?post|Mejladress|URL/Bloggadress|Bloggadress|Hemsida"
    r"|Webbplats|Kommentar)\s*:(?:\s*\((?:publiceras ej|visas ej|obligatorisk)\))?|Kom ihåg mig\??|RSS(?: 2\.0)?"
    # A lone separator or close button, an image's zoom button, a bulleted read-more link.
    r"|[·•×]|Zoom|Förstora(?: bilden)?|[•·]\s*Läs mer"
    # A publication shop's basket on an agency's page.
    r"|(?:\d+ )?artiklar i varukorgen|Lagt i varukorgen|Varukorg(?:en)?|Till kassan"
    # Round 9: a shop's empty basket, a counter alone (a basket's or comments' number), the page tools of a
    # party's or association's site ("Skicka sidan Skriv ut", "Öka teckenstorlek").
    r"|Inga produkter i varukorgen\.?|\d{1,4}(?: kommentar(?:er)?)?"
    r"|(?:Skicka sidan|Skriv ut|Dela|Tipsa|Lyssna)(?:\s+(?:Skicka sidan|Skriv ut|Dela|Tipsa|Lyssna)){1,4}"
    r"|(?:Öka|Minska|Förvald|Normal|Återställ) (?:teckenstorlek|textstorlek)|Home"
    # A printed magazine's page number and issue line on its web copy: "Page 10", "KHaktuellt #8 2019".
    r"|(?:Page|Sida|Sid\.) \d{1,4}|\S{2,30} #\d{1,2},? (?:19|20)\d\d"
    # Round 25 (the former test24's Finnish association page): a bilingual Finnish site's navigation in
    # Finnish ("Ajankohtaista", "Kaikki uutiset", "Etusivu", "Lue lisää"), never a Swedish headline.
    r"|Ajankohtaista|Kaikki uutiset|Uutiset|Etusivu|Tiedotteet|Lue lisää|Takaisin|Valikko|Haku|Sivun alkuun"
    # Round 10: a screen reader's notes ("Du är på Region X:s webbplats.", "Huvudmenyn dold."), an icon's name
    # and a template's stray value ("printicon", '"False"'); a logo's link text is LOGO_LINK_RE below.
    r"|Du är på .{2,60}webbplats\.?|(?:Huvud)?menyn (?:dold|visas)\.?"
    r"|[a-z]+icon|\"?(?:True|False|null|undefined|None)\"?"
    # Round 12: the head's links to other languages and forms of the site ("English page Verkkosivu suomeksi",
    # "Lättläst Teckenspråk Andra språk"), alone or in a row.
    r"|(?:(?:English(?: page| site| version)?|Suomeksi|Verkkosivu suomeksi|(?:På )?svenska|Lättläst|Lätt svenska"
    r"|Teckenspråk|Andra språk|Other languages|Languages)\s*[|·•]?\s*){2,6}"
    r"|English page|Suomeksi|Lättläst|Teckenspråk|Andra språk|Other languages"
    # Round 14: a university page's link to its English version, as a sentence: "This page in English".
    r"|(?:This|The) (?:page|site) (?:is )?(?:also )?(?:available )?in English"
    # Round 16: a skip link over the menu ("Hoppa över navigering", "Hoppa över menyn"), a print view's header
    # ("Utskrift från www.x.se") and a download link's text ("Ladda ner VB 2017", "Ladda ner som PDF").
    r"|(?:Hoppa|Gå) förbi (?:navigering(?:en)?|menyn?)|Hoppa över (?:navigering(?:en)?|menyn?|huvudmenyn)"
    r"|Utskrift från \S+|Ladda ner(?: [^.!?]{1,50})?"
    # Round 17: a skip link without its verb or with the page named ("Till innehåll", "Gå till sidans innehåll"),
    # a logo's alt text with its link ("Tjörn kommuns logga, till startsidan"), a translation widget's button
    # ("Translate this page to another language") and a blog's editor field ("Redaktör: Administrator").
    r"|(?:(?:Hoppa|Gå) )?till (?:sidans |huvud)?innehåll(?:et)?(?: på sidan)?|.{2,60} (?:logga|logotyp)(?:, till (?:startsidan|förstasidan))?"
    r"|.{2,60}, till (?:startsidan|förstasidan)|Translate (?:this|the) (?:page|site|website)(?: to (?:another|your) language)?"
    r"|Redaktör\s*:\s*Administrat(?:or|ör)"
    # A university template's field labels left without their values ("Text", "Artikeltyp Aktuellt") and a
    # Finnish read-more link ("Lue lisää »").
    r"|Text|Artikeltyp(?: \w+)?|Lue lisää\s*»?"
    # A republished article's source line naming the magazine and its issue ("Tidningen NU, 35/2003"), and a
    # back link with its arrow ("» tillbaka").
    r"|(?:Tidningen|Tidskriften|Magasinet) [^,]{2,40},? (?:nr\.? ?)?\d{1,2}/(?:19|20)\d\d|[«»‹›<]+\s*[Tt]illbaka"
    # A breadcrumb's label, with or without the trail: "Du är här: Hem", "Du är här:", and (round 13) a
    # label whose trail the page sets on lines of its own: "Du är här".
    r"|Du är här(?:\s*:.{0,80})?"
    # Round 22: a row of share buttons by network ("facebook Twitter Email"), a blog's trackback and permalink
    # labels, and a blog post's category set between slashes ("/ Allmänt /").
    r"|(?:(?:Facebook|Twitter|X|LinkedIn|E-?mail|E-post|Mejl|Mail|Messenger|WhatsApp|Pinterest|Instagram)\s*){2,6}"
    r"|Trackbacks?|Pingbacks?|Permalänk|Permalink|/\s*[^/]{1,40}\s*/"
    # Round 45: a keyboard hint for screen readers ("Tryck "Enter" för att gå vidare till kommentarer"), a
    # notice that an item is old ("Nyheten har passerat sitt bäst före-datum", "Den här artikeln är äldre än
    # ett år"), a site's welcome line naming its web site ("Välkommen till X kommuns webbplats"; a place alone,
    # "Välkommen till Karlstad", may be a headline) and a row of hashtags alone ("#ettrikaresverige").
    r"|Tryck (?:på )?[\"”']?(?:Enter|Tab|Retur)[\"”']? för att .{1,60}"
    r"|(?:(?:Den här|Denna) )?(?:nyhet(?:en)?|artikel(?:n)?|inlägg(?:et)?|sida(?:n)?|text(?:en)?)"
    r" (?:har passerat sitt bäst före-datum|är (?:mer än|över|äldre än) (?:ett|två|\d+) år(?: gammal)?)\b.{0,80}"
    r"|Välkommen till .{2,60}(?:webbplats|hemsida|webbsida|sajt)(?:en)?[.!]?|#[\w-]+(?:\s+#[\w-]+)*)$",
    re.IGNORECASE,
)
# A dialog's close button, and how many lines a dialog between two of them may hold.
CLOSE_BUTTON_RE = re.compile(r"^[×✕✖]$")
MAX_DIALOG_LINES = 40
# Round 33 (the former test32's d3238, d3240): the button that dismisses a notice over the top of the page, a
# site-wide message ("Allas ansvar att förhindra smittspridning" … "Stäng meddelande") or the translation
# widget's English lines ("Translate this page" … "Close"). What stands above it is the notice, not the page.
DISMISS_RE = re.compile(r"^(?:Stäng(?: detta)? (?:meddelande(?:t)?|notisen|rutan)|Dölj meddelande(?:t)?|Close)$")
NOTICE_TOP_LINES = 12
NOTICE_MAX_LINES = 6
# A breadcrumb trail: "Hem / Nyheter / Barn och unga", "Startsida > Nyheter".
BREADCRUMB_RE = re.compile(r"^[^/>›»]{1,40}(?:\s[/>›»]\s[^/>›»]{1,40}){1,7}(?:\s[/>›»])?$")
# A footer or filter row: "Rädda Barnen · 90-konto 90 2003-8 · Integritetspolicy", "Alla | Barn | Skola".
ROW_SEPARATOR_RE = re.compile(r"\s[·|•]\s")
# Headings of link lists under an article: the lines straight under them are links to other pages.
RELATED_HEADING_RE = re.compile(
    r"^(?:Relaterat|Relaterade (?:artiklar|nyheter|sidor|inlägg)|Mest lästa?|Mest delade?|Senaste nytt|Fler nyheter"
    r"|Se även|Andra har också läst)\s*:?$",
    re.IGNORECASE,
)
# A cookie banner's sentence: "Vi använder kakor …", "Den här webbplatsen använder cookies. … OK".
COOKIE_RE = re.compile(r"\b(?:kakor|cookies)\b", re.IGNORECASE)
COOKIE_ACTION_RE = re.compile(
    r"\b(?:använder|godkänn\w*|accepter\w*|inställningar|samtycke)\b", re.IGNORECASE
)
# An old-browser banner: "Hej! Du använder en gammal webbläsare …", "Din webbläsare stöds inte".
BROWSER_BANNER_RE = re.compile(
    r"\b(?:använder en (?:gammal|äldre|föråldrad|utdaterad) webbläsare|webbläsare(?:n)? (?:stöds inte|som inte stöds)"
    r"|[Uu]ppdatera (?:din |till en nyare )?webbläsare|[Bb]yt (?:till en annan )?webbläsare"
    # Round 17: a site's notice to browsers without scripts ("Antingen stödjer din webbläsare inte javascript,
    # eller är javascript inaktiverat").
    r"|webbläsare inte (?:javascript|JavaScript)|(?:javascript|JavaScript) (?:är )?(?:inaktiverat|avstängt|avaktiverat))",
    re.IGNORECASE,
)
# Inline calls to action ("… Klicka här för att se våra lediga tjänster") are adverts, not text.
CALL_TO_ACTION_RE = re.compile(r"\bKlicka här\b|\bGilla oss på\b|\bFölj oss på\b", re.IGNORECASE)
# "LÄS OCKSÅ: Så lyckades kommunen", "Läs mer: …": a link to another article, neither text nor a title.
READ_ALSO_RE = re.compile(
    r"^(?:LÄS OCKSÅ|Läs också|Läs även|Läs mer|Relaterat|Se även)\s*[:–-]\s*\S", re.IGNORECASE
)


# A logo's link text naming the site's owner: "Mjölby kommun, länk till startsidan" (furniture, and the owner).
# Round 23: also the logo's alt text and link, "Värnamo kommun logotyp. Länk till www.varnamo.se."
LOGO_LINK_RE = re.compile(
    # Round 44 (the former test43's d4310): the alt text before the link text, "Hofors Kommun logo, länk till startsida".
    # Round 46 (the former test45's d4502): or after a dash, "Lilla Edets kommun - (länk till) startsida".
    r"^(?P<name>.{2,60}?)(?:(?: (?:logotyp|logotype|logga|logo))?(?:,| [-–])? (?:länk till )?(?:startsidan?|förstasidan)"
    r"| (?:logotyp|logotype|logga|logo)\.?(?: Länk till \S{4,60}?\.?)?"
    # Round 33: the logo's text, its link and the text again ("Töreboda kommun Till startsidan Töreboda kommun").
    r"| till startsidan (?P=name))$",
    re.IGNORECASE,
)

# Round 24 (the former test23's party pages): a news list's heading naming the site's owner, "Läs det senaste från
# Vänsterpartiet Sundsvall": furniture, and the owner, as a logo's link is.
NEWS_FROM_RE = re.compile(r"^(?:Läs det senaste|Det senaste|Senaste nytt) från (?P<name>[A-ZÅÄÖ][^.!?:]{1,60})$")


def masthead_at(raw: list[str]) -> int | None:
    """The index of a site's name set above its menu ("Örebro Kuriren" / "Meny" / "Sök"): the page's first
    line, short and no sentence, when the next line is navigation. It names the site, never a document."""
    filled = [n for n, line in enumerate(raw) if line][:3]
    if len(filled) < 2:
        return None
    first, after = raw[filled[0]], raw[filled[1]]
    if len(filled) == 3 and is_link_row(raw[filled[2]]) and word_count(after) <= 6 and not ends_sentence(after):
        after = raw[filled[2]]  # round 12: the site's name, a short line (today's date), the menu
    if _PAGE_TOOL_RE.match(after):
        return None  # round 31: a listen or share button sits under the page's headline, not under its site name
    if word_count(first) <= 8 and not ends_sentence(first) and (BOILERPLATE_RE.match(after) or is_link_row(after)):
        return filled[0]
    return None


# Round 31 (the former test30's d3032): the buttons a page sets straight under its headline ("Lyssna", a
# reading service; "Dela", "Skriv ut"): they are furniture, but the line above them is the headline, where a
# menu ("Meny", "Sök", "Hem") stands under the site's name. Round 39: a post's comment count stands there too.
_PAGE_TOOL_RE = re.compile(
    r"^(?:Lyssna|Dela|Skriv ut|Dela artikeln|Dela sidan|Lyssna på (?:sidan|artikeln)|" + COMMENT_COUNT + r")$",
    re.IGNORECASE,
)


def is_link_row(line: str) -> bool:
    """Three or more short items in a row separated by "·" or "|": a footer or a filter, never prose or a
    dateline ("Publicerad 14 mars 2025 · Uppdaterad …" keeps its dates)."""
    parts = ROW_SEPARATOR_RE.split(line)
    return (
        len(parts) >= 3
        and all(word_count(part) <= 6 and not ends_sentence(part) for part in parts)
        and not metadata.PUBLISHED_RE.match(line)
        and not any(is_date_line(part) for part in parts)
    )


def is_boilerplate(line: str) -> bool:
    """A whole line of furniture: navigation, a widget, a breadcrumb, a link row, an advert or a cookie banner."""
    # Each searching pattern needs a word or character the line may lack: test that first (issue #4).
    folded = line.lower()
    return bool(
        BOILERPLATE_RE.match(line)
        or WIDGET_RE.match(line)
        or _names_owner(line, folded)
        or (any(mark in line for mark in "/>›»") and BREADCRUMB_RE.match(line))
        or (("klicka" in folded or " oss på" in folded) and CALL_TO_ACTION_RE.search(line))
        or READ_ALSO_RE.match(line)
        or ((" · " in line or " | " in line or " • " in line) and is_link_row(line))
        or _is_cookie_banner(line, folded)
        or ("webbläsare" in folded and BROWSER_BANNER_RE.search(line) and word_count(line) <= 40)
        or is_file_link(line, folded)
        or is_page_stamp(line)
    )


def _names_owner(line: str, folded: str) -> bool:
    """The site's logo or a news list's heading: furniture naming the site's owner (page.py reads the name)."""
    return _is_logo_link(line, folded) or (" från " in line and NEWS_FROM_RE.match(line) is not None)


def _is_logo_link(line: str, folded: str) -> bool:
    """The site's logo by its link or alt text ("X kommun, länk till startsidan", "X kommun logotyp.")."""
    return ("länk till" in folded or "logo" in folded or "startsida" in folded) and LOGO_LINK_RE.match(
        line
    ) is not None


def _is_cookie_banner(line: str, folded: str) -> bool:
    return bool(
        ("kakor" in folded or "cookies" in folded)
        and COOKIE_RE.search(line)
        and COOKIE_ACTION_RE.search(line)
        and word_count(line) <= 40
    )


def _notice_above(raw: list[str]) -> int:
    """How many lines at the top are a dismissible notice: up to and including its close button, when that
    stands among the page's first lines under a few lines of text (a headline and its story run longer)."""
    for n, line in enumerate(raw[:NOTICE_TOP_LINES]):
        if DISMISS_RE.match(line.strip()):
            above = sum(1 for other in raw[:n] if other.strip())
            return n + 1 if above <= NOTICE_MAX_LINES else 0
    return 0


def _dialogs(raw: list[str]) -> list[tuple[int, int]]:
    """Pop-up dialogs (a membership offer, a newsletter sign-up): the lines between two close buttons
    ("×") not far apart. A stored page keeps the dialog's text where the reader saw only the page."""
    closes = [n for n, line in enumerate(raw) if CLOSE_BUTTON_RE.match(line)]
    return [(a, b) for a, b in zip(closes, closes[1:], strict=False) if b - a <= MAX_DIALOG_LINES]


# A page's title as the browser shows it, the site's name after a bar: "Rubriken | Föreningen X".
SITE_TITLE_RE = re.compile(r"^(?P<head>.+?)\s+[|–-]\s+[^|–-]{2,60}$")


def _site_titles(raw: list[str], near: int = 6) -> list[int]:
    """Lines that are the page's browser title ("Rubriken | Site"), its headline printed again just below:
    the headline is the document's title, the browser title with the site's name is furniture (round 7), and
    so is a banner between the two ("Välkommen till Föreningen X", round 14); a date there stays."""
    found = []
    for n, line in enumerate(raw[:near]):
        m = SITE_TITLE_RE.match(line) if line and (" | " in line or " – " in line or " - " in line) else None
        head = m.group("head").strip() if m else None
        below = [other.strip() for other in raw[n + 1 : n + 1 + near]]
        if head in below:
            found += [n, *(k for k in range(n + 1, n + 1 + below.index(head)) if _banner(raw[k]))]
    return found


def _banner(line: str) -> bool:
    """A site's name or welcome line: a few words, no sentence, no date (a teaser sentence there stays)."""
    return bool(line.strip()) and word_count(line) <= 8 and not ends_sentence(line) and not is_date_line(line)


# A breadcrumb run into the headline it ends with: "Hem Sport Rubriken" above "Rubriken" (round 9).
_CRUMB_WORDS_RE = re.compile(r"^(?:[A-ZÅÄÖ][\w&-]*\s+){1,3}$")


def _breadcrumb_titles(raw: list[str], near: int = 6) -> list[int]:
    """Lines near the top that are one to three capitalised navigation words and then a line printed just
    below them: the line below is the headline, the one with the crumbs is furniture."""
    found = []
    for n, line in enumerate(raw[:near]):
        for other in (o.strip() for o in raw[n + 1 : n + 3] if o.strip()):
            if len(other) > 15 and line.endswith(other) and _CRUMB_WORDS_RE.match(line[: -len(other)]):
                found.append(n)
    return found


# Round 20: a trail of crumbs with separators ending with the headline printed on a line of its own, above
# or below it: "Start / Nyheter / <the headline>". The trail is furniture, and it vouches for the headline
# however long that is (lines.py marks it).
_TRAIL_RE = re.compile(r"^(?:[^/>›»]{1,40}\s[/>›»]\s){1,6}")


def trail_headlines(raw: list[str], near: int = 10) -> dict[int, str]:
    """Breadcrumb trails near the top that end with a line printed up to three lines above or below
    them: the trail's index → the headline it repeats."""
    found = {}
    for n, line in enumerate(raw[:near]):
        trail = _TRAIL_RE.match(line)
        if trail is None:
            continue
        last = line[trail.end() :].strip()
        others = raw[max(0, n - 3) : n] + raw[n + 1 : n + 4]
        if len(last) > 15 and any(other.strip() == last for other in others):
            found[n] = last
    return found


def _doubled_names(raw: list[str], near: int = 8) -> list[int]:
    """Lines near the top that are one name printed twice, a logo's image and its text ("Region Örebro län
    Region Örebro län", round 10)."""
    found = []
    for n, line in enumerate(raw[:near]):
        words = line.split()
        half = len(words) // 2
        if 2 <= len(words) <= 12 and len(words) % 2 == 0 and words[:half] == words[half:] and line[:1].isupper():
            found.append(n)
    return found


def without_furniture(raw: list[str], trails: dict[int, str]) -> list[str | None]:
    """The page's lines with None for blank lines and furniture, including the links listed straight
    under a "Relaterat" or "Mest läst" heading; `trails` are the page's `trail_headlines`, found once by
    the caller, which also marks the headlines they repeat."""
    kept: list[str | None] = [None if (not line or is_boilerplate(line)) else line for line in raw]
    for start, end in [*_dialogs(raw), (0, _notice_above(raw))]:
        kept[start:end] = [None] * (end - start)
    for n in _site_titles(raw) + _breadcrumb_titles(raw) + list(trails) + _doubled_names(raw) + contact_box_lines(raw):
        kept[n] = None
    in_links = False
    for n, line in enumerate(raw):
        if not line:
            in_links = False
        elif RELATED_HEADING_RE.match(line):
            in_links = True
            # Round 18: "Fler nyheter" opening the page, before any text of it, is the link of a menu.
            if not any(kept[:n]):
                kept[n] = None
        elif in_links:
            kept[n] = None
    return kept
