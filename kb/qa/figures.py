"""Questions for a figure (an amount of money, a number of people, a share) that the nearest passage does not state.

"What is the average salary of a help desk agent?" finds passages about help desks, but an
answer needs an amount, and a passage that states none cannot give it: such a question is not
covered, however close its topic. Only the passage that would answer is read (kb/qa/answer.py).
"""

from __future__ import annotations

import re

# A question that asks for an amount of money: a price, a rate, a salary.
_ASKS_AMOUNT = {
    # "how much of the price advantage ..." asks for a share, not an amount
    "en": r"^(what('s)?|how much(?! of)|how high)\b (\S+ ){0,4}(salar(y|ies)|wages?|hourly rates?|day rates?"
    r"|daily rates?|blended rates?|prices?|fees?|commissions?|rents?|deposits?|down payments?|retainers?)\b"
    # "What retainer does an adviser usually charge ...?"
    r"|^what (?!(else|exactly|other|all)\b)(\S+ ){1,2}(does|do|would|will) (\S+ ){1,4}"
    r"(usually |typically |normally )?(charge|bill)\b(?! for\W*$)"
    r"|^how much (does|do|would|will|is|are)\b.*\b(cost|costs|charge|charges|pay|earn|earns)\b|^what does\b.*\bcost\b"
    r"|^how many (pounds|euros|dollars|rupees)\b"
    # "What rate should we expect to pay ...?"
    r"|^what (\S+ ){0,3}rates? (\S+ ){0,5}(pay|charge|bill)\b"
    # "What does a provider typically charge per access point ...?": a price for any unit
    r"|^what (does|do|would|will|might|can|could)\b.*\b(charge|bill) (per|each|for each|for every) \w+"
    # "staff turnover" is a rate, not a revenue
    r"|^(what('s)?|how much|how high)\b (\S+ ){0,4}(revenues?|sales|profits?|budgets?|income)\b(?! (rate|share))"
    # "What was the total deal value of ...?": what a deal or contract is worth
    r"|^(what('s)?|how much|how high)\b (\S+ ){0,4}(deal|contract|transaction|order|purchase) values?\b"
    r"|\b(charges?|costs?|earns?|bills?) (per|an|a|each) (hour|day|month|seat|user|invoice|ticket|transaction|call"
    r"|page|document|device|employee|payslip|unit)\b",
    "de": r"^(was|wie ?viel) kost(et|en)\b"
    r"|^(wie ?viel(?! vo[nm]\b)|wie hoch|welche[nrs]?|was)\b (\S+ ){0,4}\S*(gehalt|gehälter|lohn|löhne"
    r"|stundensatz|stundensätze|tagessatz|tagessätze|preis|preise|gebühr|gebühren|miete|provision|anzahlung"
    r"|umsatz|umsätze|erlös|erlöse|gewinn|budget|pauschale|pauschalen|honorar|honorare)\b"
    # "Wie hoch sind die Lizenzkosten ...?" asks an amount; "Welche Kosten ...?" asks which
    r"|^(wie ?viel(?! vo[nm]\b)|wie hoch)\b (\S+ ){0,4}\S*kosten\b|^(mit )?wie ?viele?n? (euro|dollar|franken)\b"
    # "Welcher Satz je Personentag ...": a rate named by what it is charged for
    r"|^(wie ?viel|wie hoch|welche[nrs]?|was)\b (\S+ ){0,3}(satz|sätze) (je|pro) (personentag|stunde|tag|monat|nutzer)",
    # the thing "berapa" asks for comes next: "berapa gaji", not "berapa bobot ... harga"
    "id": r"\bberapa (rata-rata |besar |kira-kira )?(gaji|upah|tarif|harga|biaya|honor|uang muka|komisi|sewa|iuran"
    r"|ongkos|pendapatan|omzet|omset|laba|anggaran|bea|pajak|denda)\b|\bberapa (rupiah|dolar|euro)\b"
    r"|\bberapa (rata-rata )?nilai (kontrak|voucher|hadiah|insentif|proyek|investasi)\b",
}
# ... but not what a price covers: "What does the per-user fee not pay for?", "Was ist im Preis enthalten?"
_ASKS_WHAT_IS_COVERED = {
    # the price is what covers: "What hourly rate should we expect to pay for ...?" asks an amount
    "en": r"\b(fees?|prices?|rates?|charges?|subscriptions?|packages?) (\S+ ){0,2}(cover|covers|include|includes"
    r"|pay for|pays for|contain|contains)\b|\b(covered|included) (in|by)\b",
    "de": r"\b(enthalten|abgedeckt|deckt|decken|umfasst|umfassen|inbegriffen|beinhaltet|beinhalten|inklusive)\b",
    "id": r"\b(mencakup|termasuk|meliputi|ditanggung|menanggung|mendapat|mendapatkan)\b",
}
# ... or the size of a market, which documents give as an amount too
_ASKS_MARKET_SIZE = {
    "en": r"\bhow (big|large) is (\S+ ){0,4}market\b|\bmarket (size|volume|value)\b|\bsize of (\S+ ){0,4}market\b",
    "de": r"\bwie groß ist (\S+ ){0,4}markt\b|\bmarkt(volumen|größe|wert)\b",
    "id": r"\b(ukuran|nilai|besar|volume) pasar\b|\bberapa besar pasar\b",
}
# An amount of money as documents write it: a currency sign or code, or a currency word, by a number.
_AMOUNT = re.compile(
    r"([$€£¥₹]|\b(usd|eur|idr|inr|php|rp)\.?)\s?\d|\d[\d.,]*\s?([$€£¥₹]|\b(usd|eur|euro|euros|dollars?|rupiah|rupees?"
    r"|pounds?|pesos?|juta|miliar|triliun|million|billion|millionen|milliarden|mio\.?|mrd\.?)\b)",
    re.IGNORECASE,
)


def asks_unstated_amount(question: str, language: str, passages: list[str]) -> bool:
    """A price, rate, salary or market-size question whose nearest passages state no amount of money."""
    covered = _ASKS_WHAT_IS_COVERED.get(language)
    if covered and re.search(covered, question.lower()):
        return False  # asks what the price buys, which passages state in words
    return any(
        _asks_unstated(asks, _AMOUNT, question, language, passages) for asks in (_ASKS_AMOUNT, _ASKS_MARKET_SIZE)
    )


# A question that asks for a share: a percentage, a proportion.
_ASKS_SHARE = {
    "en": r"^((in|for|by) )?(what|which) (\S+ )?(percentage|percent|share|proportion|fraction)\b|\bhow many percent\b"
    # a rate of something is a share: a failure rate, an adoption rate, staff turnover
    r"|^((in|for|by) )?(what|which|how high|how big|how large)\b (\S+ ){0,5}(failure|success|adoption|growth"
    r"|turnover|churn|attrition|error|default|utili[sz]ation|retention|renewal|loss|absence|vacancy) (rates?|ratios?)\b"
    r"|^how high (is|was|are|were|can|could|does|did) (\S+ ){0,4}(turnover|churn|attrition)\b"
    # "What extension rate do hypercare periods have?": any rate of something, but a price ("hourly rate", "What
    # rate ... pay?") is an amount
    r"|^((in|for|by) )?(what|which) (\S+ ){0,2}(?!(hourly|day|daily|blended|flat|fixed|billing|going|market|unit"
    r"|standard|monthly|annual)\b)[a-z-]+ (rates?|ratios?)\b(?!.*\b(pay|charge|bill|cost)\b)",
    # "Marktanteil", "Fehlerquote", "Ausfallrate"; not "Ratecard"
    "de": r"^(wie ?viel|welche[nrs]?|wie hoch|wie groß)\b (\S+ ){0,3}\S*(prozent|anteil|quote|quoten|rate|raten)\b"
    r"|\bwie (hoch|groß) ist der anteil\b|^wie hoch (ist|war|sind|waren|kann|könnte) (\S+ ){0,4}\S*fluktuation\b",
    # "berapa tingkat kematangan" counts levels: only named rates are shares
    "id": r"\bberapa (\S+ ){0,2}(persen|persentase|proporsi|porsi|bagian|rasio|angka pertumbuhan|laju"
    r"|tingkat (kegagalan|keberhasilan|adopsi|pertumbuhan|pergantian|kesalahan|retensi|kehilangan))\b"
    # "berapa tingkat penolakan": a rate of something done (pe-/per-...-an), not a level ("tingkat kematangan")
    r"|\bberapa (\S+ ){0,2}tingkat pe\w+an\b"
    r"|\bberapa (tinggi |besar )?(tingkat )?(pergantian|perputaran|turnover) (karyawan|staf|pegawai)\b",
}
# A share as documents write it: a percentage, or a fraction in words ("two thirds", "die Hälfte").
# "höchstens einem Prozent", "under ten percent": a percent word states a share whether digits or words come before.
# "A third model", "the second quarter" are an ordinal and a period: "third" and "quarter" need an "of" after them.
_SHARE = re.compile(
    r"%|\b(percent|per cent|prozent|persen|half|halves|thirds|third of|quarters? of|three quarters|hälfte|drittel"
    r"|viertel|setengah|separuh|sepertiga|seperempat|pertiga|perempat)\b",
    re.IGNORECASE,
)
# Savings are stated as an amount or as a share ("costs fell by a third").
_ASKS_SAVINGS = {
    "en": r"^(how much|how high|how big|how large)\b (\S+ ){0,4}(savings?|cost reductions?)\b"
    r"|^what (average|typical|annual) (cost )?savings\b",  # not "what kind of savings"
    "de": r"^(wie ?viel|wie hoch|welche[nrs]?|was)\b (\S+ ){0,3}\S*(ersparnis|ersparnisse|einsparung|einsparungen)\b",
    "id": r"\bberapa (rata-rata |besar )?(penghematan|hemat)\b",
}


def asks_unstated_share(question: str, language: str, passages: list[str]) -> bool:
    """A question for a percentage or proportion whose nearest passages state none."""
    return _asks_unstated(_ASKS_SHARE, _SHARE, question, language, passages) or _asks_unstated(
        _ASKS_SAVINGS, _SHARE_OR_AMOUNT, question, language, passages
    )


_SHARE_OR_AMOUNT = re.compile(f"(?:{_SHARE.pattern})|(?:{_AMOUNT.pattern})", re.IGNORECASE)


def _asks_unstated(
    asks: dict[str, str], stated: re.Pattern[str], question: str, language: str, passages: list[str]
) -> bool:
    """The question asks what ``asks`` describes, and none of ``passages`` states it (``stated``)."""
    pattern = asks.get(language)
    if not pattern or not re.search(pattern, " ".join(question.lower().split())):
        return False
    return not any(stated.search(text) for text in passages)


# A question that asks how many people: staff, employees, agents.
_ASKS_HEADCOUNT = {
    "en": r"^(how many|what number of) (\S+ ){0,2}(people|persons|employees|staff|workers|engineers|developers|agents"
    r"|analysts|specialists|ftes?|full-time)\b|\bheadcount\b",
    "de": r"^wie ?viele (\S+ ){0,2}(menschen|personen|leute|mitarbeite\w*|beschäftigte\w*|angestellte\w*|fachkräfte"
    r"|vollzeit\w*|entwickler\w*|agenten|analyst\w*)\b",
    "id": r"\b(berapa|jumlah) (banyak )?(orang|karyawan|pegawai|pekerja|staf|tenaga|agen|analis|pengembang)\b",
}
_NUMBER = (
    r"(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens?|hundreds?"
    r"|thousands?|millions?|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert\w*"
    r"|tausend\w*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\w*puluh|\w*ratus|\w*ribu|juta)"
)
_PEOPLE = (
    r"(people|persons|employees|staff|workers|engineers|developers|agents|analysts|specialists|ftes?|full-time"
    r"|menschen|personen|mitarbeite\w*|beschäftigte\w*|angestellte\w*|fachkräfte|vollzeit\w*|entwickler\w*"
    r"|agenten|analyst\w*|orang|karyawan|pegawai|pekerja|staf|tenaga|agen|analis|pengembang)"
)
# A headcount as documents write it: a number a few words before a word for people ("five full-time staff"),
# not a number inside a code ("Directive 2001/23/EC protects employees").
_HEADCOUNT = re.compile(rf"(?<![/\w]){_NUMBER}\b(?!/)(\W+\w+){{0,3}}?\W+{_PEOPLE}\b", re.IGNORECASE)


def asks_unstated_headcount(question: str, language: str, passages: list[str]) -> bool:
    """A question for a number of people whose nearest passages state none."""
    return _asks_unstated(_ASKS_HEADCOUNT, _HEADCOUNT, question, language, passages)


# A question how many of a thing exist in the world or a market: a statistic, which only a number answers.
# "How many types of BPO are there?" stays a list question: a place or market must be named.
_ASKS_COUNT_IN_WORLD = {
    "en": r"^how many \S+( \S+){0,3} (are there|exist|operate|are registered)\b.*\b(worldwide|globally|in the world"
    r"|on the market|in [A-Z]\w+)\b|^how many \S+( \S+){0,3} (worldwide|globally|in the world|on the market)\b",
    # German nouns keep their capital here: "am Markt"
    "de": r"^wie ?viele \S+( \S+){0,3} (gibt es|existieren|sind registriert)\b.*\b((?i:weltweit|auf der welt|am markt"
    r"|auf dem markt)|in [A-ZÄÖÜ]\w+)\b|^wie ?viele \S+( \S+){0,3} (?i:weltweit|am markt|auf dem markt)\b"
    # "Wie groß ist die Anbieterzahl im deutschen ITO-Markt?"
    r"|^wie (groß|hoch) (ist|war) die \S*(?i:zahl)\b.*\b((?i:weltweit|\S*markt)|in [A-ZÄÖÜ]\w+)",
    "id": r"\bberapa (jumlah|banyak) \S+( \S+){0,4} (yang ada |yang terdaftar |terdaftar )?"
    r"(di dunia|di seluruh dunia|di pasar|secara global|di [A-Z]\w+)\b",
}
# ... or how many companies do something ("Wie viele Familienunternehmen setzen auf Multi-Sourcing?"): a statistic
# too, whoever counts them. How many types, steps or providers a document names stays a list question.
_ASKS_COUNT_OF_FIRMS = {
    "en": r"^how many (\S+ ){0,2}(companies|firms|businesses|organi[sz]ations|enterprises|corporations)\b",
    "de": r"^wie ?viele (\S+ ){0,2}\S*(unternehmen|firmen|konzerne|betriebe|organisationen|mittelständler)\b",
    "id": r"\bberapa (jumlah |banyak )?(\S+ )?(perusahaan|organisasi|korporasi|badan usaha|ukm|umkm)\b",
}
# A count as documents write it: digits, or a number word from two up (not "ein", "satu": articles).
_COUNT = re.compile(
    r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|zwei|drei|vier"
    r"|fünf|sechs|sieben|acht|neun|zehn|dutzende|hunderte|tausende|dua|tiga|empat|lima|enam|tujuh|delapan"
    r"|sembilan|sepuluh|puluhan|ratusan|ribuan|jutaan)\b",
    re.IGNORECASE,
)


def asks_unstated_count(question: str, language: str, passages: list[str]) -> bool:
    """A question how many of a thing exist somewhere or how many firms do something, no passage counting.

    "Wie viele ITO-Anbieter gibt es weltweit?", "How many companies use multi-sourcing?".

    Case is kept past the first word: a capital marks the place ("in Germany", "di Indonesia").
    """
    text = " ".join(question.split())
    in_world, of_firms = _ASKS_COUNT_IN_WORLD.get(language), _ASKS_COUNT_OF_FIRMS.get(language)
    asks = bool(in_world and re.search(in_world, text[:1].lower() + text[1:]))
    if not (asks or (of_firms and re.search(of_firms, text.lower()))):
        return False
    return not any(_COUNT.search(passage) for passage in passages)


# A question for an average ("Berapa rata-rata nasional waktu pemulihan ...?", "Wie hoch ist die durchschnittliche
# Laufzeit ...?"): a statistic, which a passage gives as one ("The survey average is 22 percent").
_ASKS_AVERAGE = {
    "en": r"^(what|which|how (much|many|long|high|big|large|often))\b.*\b(average|median)\b",
    "de": r"^(wie|was|welche[nrs]?)\b.*(\bdurchschnitt|\bim schnitt\b|\bmittelwert\b|\bmedian\b)",
    "id": r"\bberapa\b.*\b(rata-rata|rerata|median)\b|\b(rata-rata|rerata|median)\b.*\bberapa\b",
}
# An average as any of the three languages writes it; the nearest passage may be in another language.
_AVERAGE = re.compile(r"\b(average|median|durchschnitt\w*|im schnitt|mittelwert|rata-rata|rerata)\b", re.IGNORECASE)


def asks_unstated_average(question: str, language: str, passages: list[str]) -> bool:
    """A question for an average whose nearest passages speak of none."""
    return _asks_unstated(_ASKS_AVERAGE, _AVERAGE, question, language, passages)
