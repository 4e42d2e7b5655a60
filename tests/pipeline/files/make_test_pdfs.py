"""Make the small PDF test files in this folder. Not run by the tests: the PDFs are committed.

Run once after changing a text below, with fpdf2 installed in the venv for the occasion (it is not a
project requirement):

    .venv/bin/pip install fpdf2
    .venv/bin/python tests/pipeline/files/make_test_pdfs.py

Lines are laid out by hand rather than wrapped by fpdf2, so that each PDF has exactly the line breaks
the tests are about: a word hyphenated at the end of a line ("social-" / "tjänsten"), a real hyphen
there ("barn-" / "och ungdomsvården"), a paragraph cut by the page break, a bulleted list with a
hanging indent, and a running header, footer and page number on every page, as word processors
export them. The core font with WinAnsi encoding keeps the files a few KB and still has å ä ö – ” •.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
LEFT = 25  # mm
PITCH = 5.4  # line pitch of body text, mm
GAP = 3.5  # extra space after a paragraph, mm

# Each page: blocks of ("kind", lines). Kinds: "p" paragraph, "h" heading, "t" title, "li" list item
# (first line with the bullet, the rest indented), "lines" short lines without paragraph spacing.
PAGE_1 = [
    ("lines", ["2024-03-12", "Akademikerförbundet SSR", "Föreningen Sveriges Socialchefer"]),
    ("lines", ["Socialdepartementet", "Dnr S2024/01234"]),
    ("t", ["Yttrande över promemorian Förebyggande arbete i socialtjänsten"]),
    (
        "p",
        [
            "Akademikerförbundet SSR och Föreningen Sveriges Socialchefer (FSS) välkomnar att",
            "regeringen går vidare med förslagen i betänkandet ”Hållbar socialtjänst” (SOU 2020:47).",
            "Ett förebyggande perspektiv måste genomsyra hela social-",
            "tjänsten och inte bara enskilda verksamheter. Särskilt barn-",
            "och ungdomsvården behöver stärkas – i dag prioriteras den ned när budgeten är pressad.",
        ],
    ),
    ("h", ["Synpunkter i korthet"]),
    (
        "li",
        [
            "Förebyggande arbete ska vara en skyldighet för kommunerna och inte bara en möjlighet",
            "som kan väljas bort när pengarna tar slut.",
        ],
    ),
    ("li", ["Insatser utan föregående behovsprövning ska kunna ges till barn, unga och vuxna."]),
    ("li", ["Staten behöver finansiera omställningen med långsiktiga medel."]),
    (
        "p",
        [
            "Vi ser med stor oro på att bara delar av förslagen genomförs. När socialtjänsten ska",
            "ställa om från reaktiv myndighetsutövning till tidiga insatser måste vi säkerställa att det",
        ],
    ),
]
PAGE_2 = [
    (
        "p",
        [
            "förebyggande arbetet möter behoven och ger effekt. Forskningen på området behöver",
            "förstärkas, och LVU-",
            "utredningarna behöver följas upp nationellt så att kommunerna kan lära av varandra.",
        ],
    ),
    ("h", ["Kompetens och bemanning"]),
    (
        "p",
        [
            "Socialsekreterare med lång erfarenhet lämnar yrket. Vi föreslår en nationell satsning på",
            "introduktion, handledning och kompetensutveckling för nyanställda socionomer i hela",
            "landet, finansierad av staten under minst fem år.",
        ],
    ),
    ("lines", ["Akademikerförbundet SSR", "Heike Erkers, förbundsordförande"]),
    ("lines", ["Föreningen Sveriges Socialchefer", "Monica Persson, ordförande"]),
]
PAGES = [PAGE_1, PAGE_2]
FOOTER = "Akademikerförbundet SSR · Box 12800 · 112 96 Stockholm · www.akademssr.se"


class Letter(FPDF):
    def header(self):
        self.set_font("Helvetica", size=8)
        self.set_xy(LEFT, 12)
        self.cell(120, 4, "Remissvar")
        self.set_xy(160, 12)
        self.cell(25, 4, f"{self.page_no()} ({{nb}})", align="R")

    def footer(self):
        self.set_font("Helvetica", size=8)
        self.set_xy(LEFT, 280)
        self.cell(160, 4, FOOTER)
        self.set_xy(LEFT, 285)
        self.cell(160, 4, f"Sida {self.page_no()} av {{nb}}")


def make_letter(path: Path) -> None:
    pdf = Letter(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # declared as WinAnsiEncoding: – ” • stay themselves
    pdf.set_auto_page_break(False)
    pdf.set_title("Remissvar")
    for blocks in PAGES:
        pdf.add_page()
        y = 30.0
        for index, (kind, lines) in enumerate(blocks):
            size, style = {"t": (14, "B"), "h": (11, "B")}.get(kind, (11, ""))
            pdf.set_font("Helvetica", style=style, size=size)
            for n, line in enumerate(lines):
                if kind == "li" and n == 0:
                    pdf.text(LEFT + 2, y, "•")
                pdf.text(LEFT + 7 if kind == "li" else LEFT, y, line)
                y += PITCH if size == 11 else PITCH * 1.3
            # List items follow each other without paragraph spacing, as in a word processor's lists.
            next_is_item = index + 1 < len(blocks) and blocks[index + 1][0] == "li"
            y += 0 if kind == "li" and next_is_item else GAP
    pdf.output(str(path))


def make_scanned(path: Path) -> None:
    """A page that is only a picture of text, as a scanner makes it: no text layer at all."""
    image = Image.new("1", (200, 280), 1)
    draw = ImageDraw.Draw(image)
    for row in range(20, 260, 12):
        draw.rectangle((20, row, 180 - (row * 7) % 50, row + 5), fill=0)
    png = HERE / "_scan.png"
    image.save(png)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(str(png), x=10, y=10, w=190)
    pdf.output(str(path))
    png.unlink()


def make_encrypted(path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.set_encryption(owner_password="ägare", user_password="hemligt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(25, 30, "Hemligt remissvar")
    pdf.output(str(path))


if __name__ == "__main__":
    make_letter(HERE / "remissvar.pdf")
    make_scanned(HERE / "inskannad.pdf")
    make_encrypted(HERE / "krypterad.pdf")
    for name in ("remissvar.pdf", "inskannad.pdf", "krypterad.pdf"):
        print(name, (HERE / name).stat().st_size, "byte")
