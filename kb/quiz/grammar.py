"""Language data the quiz needs to read sentences: referring words, definitions, debris.

Kept apart from ``wording`` (what the quiz writes) because these are patterns to
recognise, per language, not texts to show.
"""

from __future__ import annotations

import re

# Words that, leading a statement, point back to something the statement does not name.
REFERRING = {
    "en": frozenset(
        "it its it’s it's they they’re they're their them he she his her this these that those such".split()
    ),
    "de": frozenset(
        "es er sie ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner seines dies diese dieser dieses "
        "diesen diesem jene jener jenes solche solcher solches derartige".split()
    ),
    "id": frozenset("ia dia mereka beliau ini itu tersebut hal".split()),
}

# Demonstrative determiners and the article that makes the phrase stand alone: "this provider" -> "the provider".
DETERMINERS = {
    "en": {"this": "the", "these": "the", "that": "the", "those": "the"},
    "de": {"dies": "das", "diese": "die", "dieser": "der", "dieses": "das", "diesen": "den", "diesem": "dem"},
}
# Indonesian puts the demonstrative after the noun: "penyedia ini" -> "penyedia".
POSTPOSED = {"id": ("ini", "tersebut", "itu")}
# Words after "this"/"that" that show a pronoun ("this is"), not a determiner ("this provider").
NOT_A_NOUN = {
    "en": frozenset("is are was were can could will would may might must should has have had does do means".split()),
}

# Indonesian sentences often drop the subject: "Mencakup pekerjaan ..." ("[It] covers jobs ...").
ZERO_SUBJECT = {
    "id": frozenset(
        "mencakup tidak cocok menghilangkan membantu merupakan adalah dapat bisa harus berfokus bertujuan "
        "memungkinkan memastikan menyediakan melibatkan".split()
    )
}
# Words ending in -nya that are not "its ...": hanya (only), lainnya (others), biasanya (usually) ...
NOT_POSSESSIVE = frozenset(
    "hanya punya tanya lainnya biasanya sebenarnya sebelumnya selanjutnya misalnya akhirnya umumnya "
    "sayangnya seharusnya tentunya khususnya terutamanya".split()
)

# "X is ...", "X bezeichnet ...", "X adalah ...": a sentence that states what a term is.
_TERM = r"(?P<term>[A-ZÄÖÜ0-9][\w’'\-/&. ]{0,60}?)(?: \((?P<abbr>[^()]{2,12})\))?"
DEFINITIONS = {
    "en": [
        re.compile(
            _TERM + r",? (?:is|are|refers to|means|describes|stands for|is defined as|is the name for) (?P<rest>.+)"
        )
    ],
    "de": [
        re.compile(_TERM + r",? (?:ist|sind|bezeichnet|bedeutet|beschreibt|meint|steht für) (?P<rest>.+)"),
        re.compile(r"Unter " + _TERM + r" versteht man (?P<rest>.+)"),
        # "Bei Managed Services übernimmt der Dienstleister ...": the usual German way to define a model
        re.compile(
            r"Bei (?P<term>[A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*){0,3})(?: \((?P<abbr>[^()]{2,12})\))?,? (?P<rest>.+)"
        ),
    ],
    "id": [
        re.compile(_TERM + r",? (?:adalah|merupakan|yaitu|ialah|berarti|mengacu pada) (?P<rest>.+)"),
    ],
}
# "Term: what it is" (glossary lines, list items), in every language.
COLON_DEFINITION = re.compile(_TERM + r": (?P<rest>.{20,})")

# Lines scraped along with an article: cookie notices, bylines, sharing and reading prompts.
DEBRIS = re.compile(
    r"cookie|newsletter|subscribe|share (?:this|the) (?:article|post|page)|read (?:also|more)|all rights reserved"
    r"|min(?:ute)?s? read|lesezeit|artikel teilen|lesen sie auch|abonnieren|datenschutzerklärung|alle akzeptieren"
    r"|bagikan|baca juga|berlangganan|menit membaca|kuki|hak cipta|©|https?://|www\.|\S+@\S+\.\w+|\|",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^(?:by|von|oleh)\s+[A-ZÄÖÜ]", re.IGNORECASE)


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'\-]+", text)


def first_word(text: str) -> str:
    found = words(text)
    return found[0].lower() if found else ""
