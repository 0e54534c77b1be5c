"""Web debris: the lines a scraper keeps that are not the article (en, de, id).

Cookie notices, bylines, breadcrumbs, "share this article", "read also" links, newsletter
calls and copyright footers would otherwise become passages, rank first for vague questions
and lead answers. A block is debris only when it is short and matches one of these shapes;
an article's own sentences about cookies or newsletters are longer and do not start this way.
"""

from __future__ import annotations

import re
from typing import Any

MAX_DEBRIS_CHARS = 300
# "2 September 2025", "3. März 2025", "September 2, 2025", "2025-09-02", "02.09.2025"
_DATE = (
    r"(\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
)

_NAME_WORD = r"(?-i:[A-ZÄÖÜ][\w.'’-]*)"
_BYLINE = (
    r"^((a post|an article) by|by|posted by|written by|(ein )?(beitrag|artikel) von|von|autor(in)?:?|"
    r"(artikel|tulisan) oleh|oleh|ditulis oleh|diposting oleh|penulis:?)\s+"
    + _NAME_WORD
    + r"(\s+("
    + _NAME_WORD
    + r"|von|van|de|der|bin|binti)){0,4}"
)

_PATTERNS = [
    # cookie notices: "We use cookies ... Accept all", "Wir verwenden Cookies ... Alle akzeptieren"
    r"\bcookies?\b.*\b(accept|agree|preferences|settings|akzeptieren|einstellungen|zustimmen|notwendige|"
    r"terima|setuju|pengaturan|izinkan)\b",
    # "Diese Website verwendet Cookies. Mit der Nutzung ... stimmen Sie ... zu. Mehr erfahren | OK"
    r"\b(this|our|diese|unsere) (website|site|webseite|seite) (uses|verwendet|nutzt)\b.{0,20}\bcookies?\b"
    r"|\b(situs|website|laman) (ini|kami) (menggunakan|memakai) cookies?\b",
    # "We use cookies to improve our website. See our cookie policy. OK", "Wir verwenden Cookies, um ..."
    r"^(we|wir|kami) (use|verwenden|nutzen|setzen|menggunakan) cookies?\b"
    r"|\b(cookie[- ]?(policy|richtlinien?|hinweis(e)?)|kebijakan cookies?)\b",
    # "Kami memakai cookie agar ...", "This careers site uses cookies to ...", "Diese Seite verwendet nur ... Cookies"
    r"\b(we|wir|kami|site|website|seite|webseite|situs|laman|forum|portal)\b.{0,20}\b(uses?|verwendet|verwenden|nutzt"
    r"|nutzen|setzt|setzen|benutzt|menggunakan|memakai|pakai)\b.{0,40}\bcookies?\b",
    # the lead-in of a table of contents ("Inhalt:", "On this page"); its links are dropped in chunking
    r"^(table of contents|contents|on this page|in this article|inhalt|inhaltsverzeichnis|auf dieser seite"
    r"|in diesem (artikel|beitrag)|daftar isi|isi artikel|di halaman ini)\s*:?$",
    # bylines: "By Jane Doe | 12 March 2024 | 6 min read", "Von ... | Lesezeit", "Oleh ... | 6 menit baca",
    # "Posted by Daniel Okafor on 2 June 2025", "Von Katrin Vollmer am 9. April 2025"; the name is
    # capitalised ("By contrast, ..." is a sentence)
    _BYLINE + r"\s*(\||·|•|—|,|\s(on|am|vom|pada|tanggal)\s+" + _DATE + r"\W*$)",
    # a name and the date of publication: "Jonas Weißenborn | 22. Januar 2025"
    r"^[^|.!?]{2,80}(\||·|•)\s*" + _DATE + r"\s*(\||$)",
    # dates of publication: "Posted on 2 September 2025 by ...", "Veröffentlicht am 3. März 2025"
    r"^(posted|published|updated|last updated|veröffentlicht|aktualisiert|zuletzt aktualisiert|diposting|"
    r"diterbitkan|dipublikasikan|diperbarui|terakhir diperbarui)(\s+(on|am|pada|tanggal))?\s*:?\s*" + _DATE,
    r"\b(\d+\s*(min\.?|minutes?|minuten)\s*(read|lesezeit)|lesezeit:?\s*\d+|\d+\s*menit\s*(baca|membaca))\b",
    # breadcrumbs: "Home > Blog > Contracts", "Startseite > Wissen", "Beranda / Blog / ..."
    r"^(home|startseite|start|beranda|halaman utama)\s*[>›»/|]",
    # share buttons
    r"^(share|teilen|artikel teilen|diese[nr]? (artikel|beitrag) teilen|bagikan|bagikan artikel( ini)?)\b.{0,30}:?\s*"
    r"(facebook|twitter|linkedin|xing|whatsapp|e-?mail|x)\b",
    r"^(share this( article| post)?|teilen|bagikan( artikel ini)?)\s*:?\s*$",
    # related links
    r"^(read also|read more|see also|related( articles?)?|you may also like|lesen sie auch|auch interessant|"
    r"weiterlesen|mehr zum thema|baca juga|baca selengkapnya|artikel terkait|weitere (artikel|beiträge|themen)"
    r"|das könnte sie auch interessieren|more (articles|posts|stories)|artikel lainnya|bacaan lainnya)\b",
    # feedback widgets
    r"^(was this (article|page|post) helpful|war dieser (artikel|beitrag) hilfreich|apakah artikel ini membantu)\b",
    # newsletter calls and footers
    r"\b(subscribe|newsletter|abonnieren|berlangganan|buletin)\b",
    # calls to action, which open with their verb: "Download our free e-book", "📥 Jetzt Whitepaper
    # herunterladen", "Unduh panduan gratis", "Register for the webinar", "Jetzt Demo anfordern"
    r"^\W*((jetzt|now|sekarang) )?(download|get|grab|unduh|dapatkan)\b.{0,60}\b(e-?books?|whitepapers?"
    r"|white papers?|guides?|checklists?|checklisten?|leitfaden|ratgeber|panduan|templates?|vorlagen?)\b"
    r"|^\W*(jetzt|kostenlos\w*|gratis)\b.{0,60}\b(herunterladen|downloaden|anfordern|sichern)\b"
    r"|^\W*(register|sign up|request|book|daftar|pesan|minta|melden sie sich)\b.{0,40}"
    r"\b(webinars?|demo|trial|testversion|konsultasi|beratung|consultation)\b",
    # tag lines: "Tags: testing, outsourcing", "Schlagwörter: ...", "Label: ..."
    r"^(tags?|schlagw(ö|oe)rter|stichw(ö|oe)rter|label|kategori|kategorie|category|categories)\s*:",
    # copyright footers; "hak cipta" alone is the Indonesian word for copyright, which articles discuss
    r"(©|\(c\)\s*\d{4}|all rights reserved|alle rechte vorbehalten|hak cipta (dilindungi|\d{4}))",
    r"\b(impressum|datenschutzerklärung|privacy policy|kebijakan privasi|hubungi kami|contact us)\s*(\||$)",
]
_DEBRIS = [re.compile(p, re.IGNORECASE) for p in _PATTERNS]


def is_debris(block: str) -> bool:
    """True for a short block shaped like web furniture rather than article text."""
    text = " ".join(block.split())
    if not text or len(text) > MAX_DEBRIS_CHARS:
        return False
    return any(p.search(text) for p in _DEBRIS)


# Sentences about the article rather than its subject: "This article explains ...", "Dieser Beitrag zeigt ...".
_META = re.compile(
    r"^((in )?this (article|post|blog post|guide|piece)|in the following,? we|below,? we"
    r"|(in )?(diese[mnrs]?|unsere[mnrs]?) (beitrag|artikel|text|leitfaden|ratgeber)|im folgenden"
    r"|((dalam|melalui|pada|di) )?(artikel|tulisan|panduan|ulasan) ini)\b",
    re.IGNORECASE,
)


def is_about_the_article(sentence: str) -> bool:
    """True for a sentence that announces what the article does; it answers no question."""
    return bool(_META.match(sentence.strip()))


def is_navigation_link(tok: Any) -> bool:
    """A list item that is nothing but a link to a place on this page ("[Kosten](#kosten)"), to a
    page of the same site ("[Managed Print im Überblick](/wissen/print)") or to an article named by
    its title (three words or more): a table of contents or a "related articles" box. A one- or
    two-word link to another site ("[Vertrag](https://example.org/vertrag)") stays: it may be a
    tool or a source the list names."""
    children = tok.children or []
    links = [c for c in children if c.type == "link_open"]
    if len(links) != 1:
        return False
    start = children.index(links[0])
    end = next((i for i, c in enumerate(children) if c.type == "link_close"), len(children))
    outside = children[:start] + children[end + 1 :]
    if not all(c.type == "softbreak" or (c.type == "text" and not c.content.strip()) for c in outside):
        return False
    href = str(links[0].attrs.get("href", ""))
    label = " ".join(c.content for c in children[start + 1 : end] if c.type == "text")
    return href.startswith(("#", "/")) or len(label.split()) >= 3
