"""What a question asks for, in en/de/id: a list, an example, a reason, a condition, a difference, an interval,
yes or no.

The answer writer uses the shape to prefer the sentences that carry what was asked: a
"why" question wants the sentence with the reason, not the definition. The shape is read
from the question's first words; the cues are words that mark such sentences in the sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SHAPES: dict[str, dict[str, str]] = {
    "example": {
        "en": r"\b(an? example|examples|for instance)\b",
        "de": r"\bbeispiel\w*\b",
        "id": r"\b(contoh|contohnya|dicontohkan|mencontohkan)\b",
    },
    "list": {
        "en": r"^(which|what) (are the )?(\w+ )?(types|kinds|steps|stages|phases|elements|options|tasks|functions|"
        r"risks|ways|models|parts)\b|^(list|name)\b|\b(which|what) (are the )?(two|three|four|five|six)\b"
        r"|\b(name|give) (two|three|four|five)\b|^(which|what) range of\b"
        # "Which end-to-end process chains do ...", "In which areas can ...": a plural asked for
        r"|^((in|for|on|at) )?(which|what) ([\w-]+ ){0,2}[\w-]+[^\Ws]s "
        r"(do|does|are|should|can|could|would|will|must|might)\b"
        # a procedure: "How do we get a new customer connected ...?", answered by its steps
        r"|^how (do|should) (i|we) (?!know|tell|decide|measure|check)\w+",
        "de": r"^welche (zwei|drei|vier|fünf|arten|schritte|phasen|aufgaben|risiken|modelle|elemente|tätigkeiten)\b"
        r"|\bwelche[nrms]? (zwei|drei|vier|fünf|sechs)\b|\bnennen sie\b|\bnenne\b|^in welchen schritten\b"
        # "Welche Reifestufen durchläuft ...", "Für welche Bereiche ...": a plural noun ("Welche Rolle" is none)
        r"|^((für|in|an|bei|aus|über) )?welche [\w-]*(en|rn|ere|iche|itte|sse)\b"
        r"|^wie (läuft|laufen)\b.*\bab\W*$|^wie (gehen|geht)\b.*\bvor\b",  # a procedure: "Wie läuft ... ab?"
        "id": r"\bsebutkan\b|\bapa saja\b|^(apa|mana) (saja )?(jenis|langkah|tahap|tahapan|fungsi)\b"
        r"|\b(apa|mana) (saja )?(dua|tiga|empat|lima)\b"
        r"|^bagaimana (langkah|tahapan|prosedur)\b|^bagaimana cara (?!kerja)me\w+",  # a procedure
    },
    "why": {
        "en": r"^why\b|^what (is|are) the reasons?\b|^for what reason\b",
        "de": r"^(warum|weshalb|wieso|aus welchem grund)\b",
        "id": r"^(mengapa|kenapa)\b|\balasan\b",
    },
    "when": {
        "en": r"^(when|under what|in what (case|situation)s?)\b|^(should|is it (better|smarter|wiser))\b",
        "de": r"^(wann|unter welchen|in welchen fällen)\b|\bsinnvoller\b|^(sollte|lohnt)\b",
        "id": r"^(kapan|dalam kondisi apa|dalam situasi apa)\b|\bsebaiknya\b",
    },
    "difference": {
        "en": r"\b(differ|difference|differences|distinguish|compare|compared|versus|vs\.?)\b",
        "de": r"\b(unterschied|unterscheiden|unterscheidet|vergleich|gegenüber|worin unterscheiden)\b",
        "id": r"\b(perbedaan|beda|bedanya|membedakan|dibandingkan|berbeda)\b",
    },
    # "How often ...?", "Wie oft ...?", "Seberapa sering ...?": answered by the sentence that gives the interval
    "frequency": {
        "en": r"\bhow (often|frequently|regularly)\b|\bhow many times\b",
        "de": r"\bwie (oft|häufig|regelmäßig)\b|\bin welchen (abständen|intervallen)\b",
        "id": r"\b(seberapa (sering|rutin)|berapa kali)\b",
    },
    "yesno": {
        # ... also after a leading clause: "If we already have an ITO vendor, do we still need ...?"
        "en": r"^(?!(how|what|which|why|when|where|who|whom|whose)\b)(.*, )?"
        r"(is|are|can|could|does|do|did|may|must|should|will|would|has|have)\b",
        # German opens a yes/no question with its verb, any verb ("Bezeichnet IT-Sourcing ...?"): beside the
        # common ones, a question with no question word in the first three words of a clause ("In welchen
        # Fällen ...", "Ab wann ...", "Wenn der Anbieter ausfällt, wer haftet?")
        "de": r"^(ist|sind|kann|können|darf|dürfen|muss|müssen|hat|haben|gibt|trägt|bekommt|wird|werden|soll)\b"
        r"|^(?!(.*, )?(\S+ ){0,2}(wer|wen|wem|wessen|was|wann|wie|wo|woher|wohin|warum|weshalb|wieso|welch\w*"
        r"|wo[rz]?(an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|von|vor|zu)|inwiefern|inwieweit)\b)"
        # ... of three words or more, not opened by a noun: "Kündigungsfrist Vertrag?" is a search
        r"(?!\S*(ung|heit|keit|ion|tät|schaft|nis|ment|ismus|ik|ing|enz|anz|frist)\b)[^\W\d_]+ \S+ .*\?$",
        "id": r"^(?!(bagaimana|mengapa|kenapa|kapan|siapa|berapa)\b)(.*, )?"
        r"(apakah|bisakah|bolehkah|haruskah|dapatkah)\b",
    },
}
_CUES: dict[str, dict[str, str]] = {
    "frequency": {
        "en": r"\b(every|each|once|twice|\w+ times|annually|yearly|monthly|weekly|daily|quarterly"
        r"|per (year|month|week|day|quarter)|a (year|month|week|day|quarter))\b",
        "de": r"\b(jede[nrsm]?|alle \w+ (tage|wochen|monate|jahre)|einmal|zweimal|\w+mal|jährlich|halbjährlich"
        r"|monatlich|wöchentlich|täglich|quartalsweise|vierteljährlich|pro (jahr|monat|woche|tag|quartal)"
        r"|im (jahr|monat|quartal))\b",
        "id": r"\b(setiap|tiap|sekali|\w+ kali|setahun|sebulan|seminggu|sehari|per (tahun|bulan|minggu|hari|kuartal)"
        r"|tahunan|bulanan|mingguan|harian|triwulan\w*|berkala)\b",
    },
    "example": {
        "en": r"\b(for example|for instance|such as|e\.g\.|say)\b",
        "de": r"\b(zum beispiel|beispielsweise|etwa|z\. ?b\.|darunter)\b",
        "id": r"\b(misalnya|contohnya|sebagai contoh|seperti|antara lain)\b",
    },
    "why": {
        "en": r"\b(because|since|as a result|so that|due to|reason|therefore|this is why|that is why)\b",
        "de": r"\b(weil|da|denn|deshalb|daher|darum|damit|grund|deswegen)\b",
        "id": r"\b(karena|sebab|agar|supaya|sehingga|alasan|oleh karena itu|maka)\b",
    },
    "when": {
        "en": r"\b(if|when|whenever|should|recommended|best|suits|worth)\b",
        "de": r"\b(wenn|sobald|falls|sollte|sollten|empfiehlt|lohnt|eignet|sinnvoll)\b",
        "id": r"\b(jika|apabila|ketika|bila|sebaiknya|disarankan|cocok|layak)\b",
    },
    "difference": {
        "en": r"\b(while|whereas|unlike|in contrast|by contrast|but|instead|difference|differs?)\b",
        "de": r"\b(während|im gegensatz|dagegen|hingegen|aber|statt|unterschied|unterscheid\w*)\b",
        "id": r"\b(sedangkan|berbeda|sementara|namun|tetapi|perbedaan|sebaliknya)\b",
    },
}


# Words that narrow a yes/no question to an extreme: "Is IT sourcing only for large firms?",
# "Ist DaaS immer günstiger?", "Apakah insourcing hanya ...". Not "all" or "every": "Does it
# benefit all organisations?" is as often answered yes as no.
_RESTRICTIONS = {
    "en": r"\b(only|just|solely|exclusively|merely|purely|always|completely|entirely|necessarily)\b",
    "de": r"\b(nur|immer|ausschließlich|lediglich|bloß|stets|völlig|zwingend|unbedingt)\b",
    "id": r"\b(hanya|selalu|sepenuhnya|semata|semata-mata|sama sekali|mutlak)\b",
}


# Words that claim the whole of something: "Is all IT work handed over?", "die gesamte IT",
# "seluruh pekerjaan TI". Alone they settle nothing (see above); against a sentence that speaks of
# a part they do.
_WHOLE = {
    "en": r"\b(all|every|entire|whole)\b",
    "de": r"\b(alle[nrs]?|jede[mnrs]?|gesamte[mnrs]?|ganze[mnrs]?|sämtliche[nr]?)\b",
    "id": r"\b(semua|seluruh|setiap|segala)\b",
}
# Words that speak of a part: the answer to a question about the whole or an extreme is then "not necessarily".
_PART = {
    "en": r"\b(partly|partially|in part|part of|some of|selectively)\b",
    "de": r"\b(teilweise|zum teil|teils|einen teil|einige)\b",
    "id": r"\b(sebagian|beberapa)\b",
}


# Words that deny what a sentence says: a yes/no question whose settling sentence uses one (and
# whose own words do not) is answered "no". "Not only ... but also" affirms, so it is no denial.
_NEGATIONS = {
    "en": r"\b(not|no|never|neither|nor|cannot|none|nothing)\b(?! only\b)|n't\b",
    "de": r"\b(nicht|kein|keine[mnrs]?|nie|niemals|weder|nichts)\b(?! nur\b)",
    # "backup yang tidak pernah diuji": a denial inside "yang ..." describes a noun, it denies nothing
    "id": r"(?<!yang )\b(tidak|tak|bukan|bukanlah|jangan|belum)\b(?! (hanya|saja|cuma)\b)",
}
# "Does the company still carry the responsibility?": the sentence that settles it often denies a
# change ("does not take the responsibility away"), and the answer is then "yes".
_CONTINUATION = {
    "en": r"\b(still|continue|continues|remain|remains)\b",
    "de": r"\b(noch|weiterhin|bleibt|bleiben)\b",
    "id": r"\b(masih|tetap)\b",
}


# A condition attached to a question: "..., wenn ein Bildschirm dunkel bleibt?", "If we already ..., do we".
_CONDITION = {
    "en": r",? \b(if|when|whenever|once|unless)\b[^,?]*|^(if|when|once|unless)\b[^,]*, ",
    "de": r",? \b(wenn|falls|sobald|sofern)\b[^,?]*|^(wenn|falls|sobald|sofern)\b[^,]*, ",
    "id": r",? \b(jika|kalau|apabila|bila|ketika|saat)\b[^,?]*|^(jika|kalau|apabila|bila|ketika|saat)\b[^,]*, ",
}


def main_clause(question: str, language: str) -> str:
    """The question without the condition attached to it: what it asks, not when."""
    pattern = _CONDITION.get(language)
    return re.sub(pattern, " ", question, flags=re.IGNORECASE).strip() if pattern else question


def asks_continuation(text: str, language: str) -> bool:
    """Whether ``text`` asks whether something still holds ("still", "noch", "masih")."""
    return says(_CONTINUATION, text, language)


def negates(text: str, language: str) -> bool:
    """Whether ``text`` denies what it says ("not", "kein", "tidak"); "not only ... but also" does not."""
    return says(_NEGATIONS, text, language)


def restricts(text: str, language: str) -> bool:
    """Whether ``text`` narrows what it says to an extreme ("only", "always", "nur", "hanya")."""
    return says(_RESTRICTIONS, text, language)


def claims_whole(text: str, language: str) -> bool:
    """Whether ``text`` speaks of the whole of something ("all", "gesamte", "seluruh")."""
    return says(_WHOLE, text, language)


def speaks_of_part(text: str, language: str) -> bool:
    """Whether ``text`` speaks of a part ("partly", "teilweise", "sebagian")."""
    return says(_PART, text, language)


def says(patterns: dict[str, str], text: str, language: str) -> bool:
    """Whether ``text`` matches ``language``'s pattern of ``patterns`` (lower-cased; no pattern: no)."""
    pattern = patterns.get(language)
    return bool(pattern and re.search(pattern, text.lower()))


# Ordinal words: "What is the third step ...?" asks for one item of a list, not the list.
_ORDINAL_WORDS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth",
    "de": "erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte",
    "id": "pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh",
}
# "a third for web design", "ein zweiter Anbieter": another one, not a list position
_INDEFINITE = {"en": ("a", "another"), "de": ("ein", "eine", "einen", "einem", "einer", "eines")}
_LAST = {"en": "last|final", "de": "letzte", "id": "terakhir"}
# Nouns that name a list's items. "First" and "last" are ordinals only beside one of them ("the first
# step", not "the first months"); Indonesian writes the ordinal after its noun ("langkah kedua"), and
# an ordinal before a noun means "both" or "all three" there ("kedua jenis", "ketiga model").
_ITEM_NOUNS = {
    "en": r"steps?|stages?|phases?|items?|points?|elements?|tasks?|measures?|pillars?|foundations?|criteri(on|a)"
    r"|types?|kinds?"
    r"|rules?|principles?|levels?|tiers?|options?|models?|areas?|things?|parts?|questions?|mistakes?|signs?|reasons?"
    r"|forms?|components?|categor(y|ies)|groups?|roles?|factors?|risks?|benefits?|advantages?",
    "de": r"schritt\w*|phase|stufe|art|typ\w*|punkt\w*|element\w*|aufgabe|maßnahme|säule|grundlage|kriteri\w*"
    r"|regel|prinzip\w*|ebene|option|modell\w*|bereich\w*|ding\w*|teil\w*|frage|fehler\w*|zeichen\w*|grund\w*"
    r"|form|komponente|kategorie|gruppe|rolle|faktor\w*|risik\w*|vorteil\w*",
    "id": r"langkah|tahap|tahapan|fase|jenis|macam|tipe|poin|butir|unsur|elemen|tugas|pilar|dasar|kriteria|aturan"
    r"|prinsip|tingkat|level"
    r"|opsi|model|bidang|hal|bagian|pertanyaan|kesalahan|tanda|alasan"
    r"|bentuk|komponen|kategori|kelompok|peran|faktor|risiko|manfaat|keuntungan",
}


def ordinal(question: str, language: str) -> int | None:
    """The list position a question asks for ("the second step": 2, "der letzte Schritt": -1), else None."""
    words = _ORDINAL_WORDS.get(language)
    if words is None:
        return None
    text = " ".join(question.lower().split())
    nouns, last = _ITEM_NOUNS[language], _LAST[language]
    ordinals = "|".join(words.split()[1:])
    if language == "id":
        found = re.search(rf"\b({nouns}) (yang )?({words.replace(' ', '|')}|{last})\b", text)
        return None if found is None else _position(found.group(3), words, last)
    ending = r"[nrsm]?" if language == "de" else ""
    # "the third step", "der zweiten Grundlage"; not "third-party", "Third-Level-Support" or "per second"
    indefinite = "".join(rf"(?<!\b{word} )" for word in _INDEFINITE[language])
    found = re.search(rf"(?<!per ){indefinite}\b({ordinals}){ending}\b(?!-)", text)
    found = found or re.search(rf"\b({words.split()[0]}|{last}){ending} (\S+ ){{0,3}}({nouns})\b", text)
    return None if found is None else _position(found.group(1), words, last)


def _position(word: str, words: str, last: str) -> int:
    return -1 if re.fullmatch(last, word) else words.split().index(word) + 1


@dataclass(frozen=True)
class Shape:
    kind: str  # "list", "example", "why", "when", "difference", "frequency", "yesno" or "other"
    language: str

    def cue(self, sentence: str) -> bool:
        """Whether ``sentence`` carries what this shape asks for (an example, a reason, a condition, a contrast)."""
        return says(_CUES.get(self.kind, {}), sentence, self.language)


_HOW_MANY = {"en": r"\bhow many", "de": r"\bwie viele[nr]?", "id": r"\bberapa( banyak| jumlah)?"}


def asks_count(question: str, language: str) -> bool:
    """A question for the number of a list's items ("How many types ...?", "Ada berapa jenis ...?")."""
    if language not in _HOW_MANY:
        return False
    text = " ".join(question.lower().split())
    gap = "" if language == "id" else r"(\S+ ){0,2}"
    plural = "(en|n|e|s)?" if language == "de" else ""  # "Arten", "Phasen"
    return bool(re.search(rf"{_HOW_MANY[language]} {gap}({_ITEM_NOUNS[language]}){plural}\b", text))


# A second question joined to the first: "Ist X ein Sammelbegriff, und welche Arten zählt er auf?"
_SECOND_PART = re.compile(r",\s*(?:and|und|dan|serta)\s+(?=\S)")
# What a second part asks for decides the answer's layout when the first asks for nothing in particular.
_SECOND_PART_KINDS = ("list", "why", "when", "example", "frequency")


def shape_of(question: str, language: str) -> Shape:
    shape = _shape_of_clause(question, language)
    parts = _SECOND_PART.split(question, maxsplit=1)
    if shape.kind in ("other", "yesno") and len(parts) == 2:
        second = _shape_of_clause(parts[1], language)
        if second.kind in _SECOND_PART_KINDS:
            return second
    return shape


def _shape_of_clause(question: str, language: str) -> Shape:
    text = " ".join(question.lower().split())
    if asks_count(question, language):  # "How many steps ...?" is answered by the steps
        return Shape("list", language)
    for kind, patterns in _SHAPES.items():
        pattern = patterns.get(language)
        if pattern and re.search(pattern, text):
            return Shape(kind, language)
    return Shape("other", language)
