#!/usr/bin/python3
"""Write new-docs-15/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-15/new-docs-15/build_all.py

Fields: question, lang, doc, gold, answer_keys, answerable, kind (+ uncovered on near-domain rows).
The shape notes in the comments are for readers; check.py recognises the shapes itself.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

AD = "application-decommissioning.en"
TEM = "telecom-expense-management.en"
PX = "praxis-it-dienstleister.de"
EV = "event-it-dienstleister.de"
SID = "sistem-informasi-desa-vendor.id"
KB = "kabel-terstruktur-kantor.id"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def nd(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


ROWS = [
    # ---- application-decommissioning.en (6 en, 2 de, 2 id)
    # question-heading section; two-part
    q("What is wrong with simply keeping a database dump of the old system, and why are such old systems a security risk?",
      "en", AD, ["a dump cannot show how an invoice looked when it was sent",
                 "no longer receive security patches"],
      ["screens|logic|hard to read|how an invoice looked", "security patches|patches|unsupported"], "why"),
    # keyword; captioned table, fact only in the cell; row and column
    q("Engineering drawings retention period?", "en", AD,
      ["Engineering drawings | original file plus TIFF | 30 years"], ["30|thirty"], "when"),
    # myths vs facts (fact line); typo; answer no
    q("Is a databse backup just as good as a proper archive?", "en", AD,
      ["It can only be restored into the original system"],
      ["no|not", "original system|restored"], "yesno"),
    # scenario; how (numbered list)
    q("We finished moving to a new ERP last year, but the old one still runs so people can look things up. "
      "How do we retire it properly?", "en", AD,
      ["list candidate applications with their owners, users and running costs",
       "record counts and checksums are compared"],
      ["inventor", "extract", "validat|checksum"], "how"),
    # correction note (the stale paragraph still says 18 months); synonym "breaks even"; number in prose
    q("How long does it usually take before a retirement project breaks even?", "en", AD,
      ["the study we cited gives 14 months"], ["14|fourteen"], "when"),
    # count (counted: four questions in the list, the number is not stated)
    q("How many questions does the article suggest putting to a provider before signing?", "en", AD,
      ["Before you sign, ask the provider these questions"], ["4|four"], "count"),
    # ordinal (cross-language)
    q("Was passiert im vierten Schritt eines Projekts zur Stilllegung einer Altanwendung?", "de", AD,
      ["record counts and checksums are compared"],
      ["Prüfsumme|Checksum|checksum", "Anzahl|Datensätze|Stichprobe|Suche"], "fact"),
    # pull quote
    q("Was ist laut Tom Avery das Schwierigste an solchen Stilllegungsprojekten?", "de", AD,
      ["finding the one person who still knows what"], ["Person|jemand|Mensch", "Feld|Z7"], "fact"),
    # acronym (asked by the acronym, passage has the long form)
    q("Apa arti singkatan TCO dalam artikel tentang penghentian aplikasi lama ini?", "id", AD,
      ["their total cost of ownership (TCO) keeps running"], ["total cost of ownership"], "definition"),
    # comparison table, row and column
    q("Siapa yang boleh mencari berkas personalia di dalam arsip?", "id", AD,
      ["Personnel files | PDF/A | 3 years after leaving | HR only"], ["HR|SDM|sumber daya manusia"], "fact"),

    # ---- telecom-expense-management.en (short; 6 en, 2 de, 2 id)
    # FAQ answer that continues in a bullet list
    q("Which kinds of billing mistakes does the monthly check catch?", "en", TEM,
      ["lines still billed after an employee has left", "duplicate charges for the same circuit"],
      ["left|leaver|former", "duplicate|contracted rate|downgrad"], "list"),
    # dated update note; synonym "year one"
    q("What average saving can we expect in year one?", "en", TEM,
      ["puts the average first-year saving at 18 percent"], ["18|eighteen"], "fact"),
    # keyword
    q("TEM provider fee model?", "en", TEM,
      ["Either a fixed monthly fee per line, or a share"], ["per line", "share|percent|savings"], "fact"),
    # how (numbered list inside a FAQ answer)
    q("How do we kick off onboarding with a TEM provider?", "en", TEM,
      ["Hand over twelve months of bills and the current carrier contracts",
       "The provider builds the line inventory"], ["twelve|12", "inventory"], "how"),
    # FAQ answer; answer no
    q("Do the carrier contracts move over to the TEM provider?", "en", TEM,
      ["The provider negotiates on the client's behalf"], ["no|not|never", "client"], "yesno"),
    # count (stated); colloquial, typo; number in prose
    q("roughly how many mobile lines before TEM is worth it for compnies like ours?", "en", TEM,
      ["Firms with more than about 200 mobile lines"], ["200|two hundred"], "count"),
    # ordinal (cross-language)
    q("Was passiert im dritten Schritt des Onboardings bei einem TEM-Anbieter?", "de", TEM,
      ["The first audit report follows, with a list"], ["Bericht|Audit|Prüfbericht", "kündigen|Kündigung|Leitungen"], "fact"),
    q("Sieht der TEM-Anbieter auch die Inhalte unserer Telefonate und Nachrichten?", "de", TEM,
      ["but never the content of calls or messages"], ["nein|nicht|kein|nie", "Nummern|Rufnummer|Abrechnungsdaten|Dauer"], "yesno"),
    q("Apakah perusahaan masih perlu manajer telekomunikasi sendiri setelah memakai TEM?", "id", TEM,
      ["Yes, but only for a few hours a month"], ["ya|tetap|masih", "jam|menyetujui|persetujuan"], "yesno"),
    q("Berapa persen dari penghematan yang biasanya diambil penyedia TEM sebagai bayaran?", "id", TEM,
      ["usually 25 to 35 percent of the first year's savings"], ["25|dua puluh lima", "35|tiga puluh lima"], "fact"),

    # ---- praxis-it-dienstleister.de (long; 6 de, 2 en, 2 id)
    # wall of text, second half; count (stated); number in prose
    q("Wie viele Patientenkontakte kann ein einziger Ausfall am Montagmorgen kosten?", "de", PX,
      ["kostet schnell sechzig Patientenkontakte"], ["sechzig|60"], "count"),
    # wall of text, second half
    q("Brauchen wir in der Praxis noch jemanden für die IT, wenn ein externer Partner sie betreut?", "de", PX,
      ["eine feste Ansprechperson benennen, die Störungen meldet"], ["Ansprechperson", "Störungen|meldet|Zugänge"],
      "yesno"),
    # keyword; comparison table, row and column
    q("Reaktionszeit Systemhaus mit Praxisfokus?", "de", PX,
      ["Reaktionszeit bei Störungen | nach Absprache | ein Werktag | vier Stunden"],
      ["vier Stunden|4 Stunden"], "when"),
    # dated update note; two-part
    q("Seit wann steht die ePA allen Praxen in ganz Deutschland offen und wann wird sie Pflicht?", "de", PX,
      ["Seit dem 29. April 2025 können alle Praxen bundesweit"], ["29. April|April 2025", "1. Oktober|Oktober 2025"],
      "when"),
    # glossary at the end; acronym asked by the long form, passage has only "PVS"; last third
    q("Wofür nutzt eine Arztpraxis ihr Praxisverwaltungssystem im Alltag?", "de", PX,
      ["die Software für Termine, Abrechnung und Dokumentation"], ["Termin", "Abrechnung", "Dokumentation"], "fact"),
    # scenario; how (numbered list); mixed-language passage
    q("Wir sind eine Hausarztpraxis mit zwölf Arbeitsplätzen und wollen einen neuen Betreuungsvertrag abschließen. "
      "Wie gehen wir bei der Prüfung des Vertrags am besten vor?", "de", PX,
      ["Einen Auftragsverarbeitungsvertrag (AVV), weil der Dienstleister beim Remote-Support",
       "Einen Notfallplan, der beschreibt, wie die Praxis"],
      ["Service Level Agreement|SLA|Reaktionszeit", "Auftragsverarbeitungsvertrag|AVV", "Notfallplan"], "how"),
    # ### sub-section; long section
    q("Why does a practice's TI connector have to be swapped out after a few years?", "en", PX,
      ["laufen die eingebauten Zertifikate nach fünf Jahren ab"], ["certificate", "five|5"], "why"),
    # ordinal (cross-language); numbered-step ### sub-section; last third
    q("What happens in the third step when a medical practice switches to a new IT provider?", "en", PX,
      ["wird ein vollständiges Backup zurückgespielt"], ["backup", "restor|test system|play back"], "fact"),
    # nested-list sub-item; two-part; mixed-language passage
    q("Seberapa sering basis data PVS dicadangkan dan di mana salinannya disimpan?", "id", PX,
      ["ein tägliches, verschlüsseltes Backup der PVS-Datenbank mit einer Kopie außer Haus"],
      ["setiap hari|harian|tiap hari", "luar"], "when"),
    # footnote definition; last third
    q("Sejak tahun berapa pedoman keamanan TI menurut § 75b SGB V berlaku?", "id", PX,
      ["gilt seit 2021 und wird von der KBV"], ["2021"], "when"),

    # ---- event-it-dienstleister.de (6 de, 2 en, 2 id)
    # correction note (the stale paragraph still says 100); count (stated); colloquial, typo; number in prose
    q("wie viele geräte schafft ein acces point eigentlich gleichzeitig?", "de", EV,
      ["richtig sind etwa 50 Geräte"], ["50|fünfzig"], "count"),
    # scenario; captioned table, fact only in the cell; row and column
    q("Wir planen einen Fachkongress mit rund 600 Teilnehmenden. Welche Internetbandbreite sollten wir einplanen?",
      "de", EV, ["200 bis 1.000 | 12 | 500 Mbit/s"], ["500 Mbit"], "fact"),
    # interview answer
    q("Wie lange vor einer großen Messe sollte man die Event-IT anfragen?", "de", EV,
      ["Für große Messen ein halbes Jahr vorher"], ["halbes Jahr|sechs Monate"], "when"),
    # question-heading section; synonym "Gästezahl"; number in prose
    q("Ab welcher Gästezahl rechnet sich ein externer Technikpartner?", "de", EV,
      ["Ab etwa 150 Teilnehmenden oder bei jedem hybriden Format"], ["150|hundertfünfzig", "hybrid"], "fact"),
    # checklist item; synonym "Mietgeräte"
    q("Was sollte man vor Vertragsabschluss zu den Mietgeräten klären?", "de", EV,
      ["Werden die Leihgeräte nach der Veranstaltung mit Protokoll gelöscht?"], ["Protokoll", "gelöscht|Löschung"],
      "fact"),
    # scenario; sentence with an HTML remnant (<br>); bold-label section
    q("Wir veranstalten jedes Jahr dieselbe Messe zum gleichen Termin. Lohnt sich für uns ein Vertrag über mehrere Jahre?",
      "de", EV, ["lohnt sich ein Rahmenvertrag über mehrere Jahre"], ["Rahmenvertrag"], "yesno"),
    # blockquote callout
    q("Why should we have the venue's internet line measured before the event?", "en", EV,
      ["oft die Summe aller Anschlüsse"], ["sum|total|all connections|all lines", "hall|room|arrives|actually"], "why"),
    # ordinal (cross-language); mixed-language passage
    q("What is the second step when working with an event IT provider?", "en", EV,
      ["der sogenannte Site Survey, mit Messung der Funkabdeckung"], ["site survey|survey", "coverage|measur"], "fact"),
    # bold-label paragraph
    q("Bagaimana biaya teknisi di lokasi acara dihitung?", "id", EV,
      ["Technikerinnen und Techniker vor Ort werden nach Einsatzstunden abgerechnet"], ["jam", "malam"], "fact"),
    # interview answer; mixed-language passage
    q("Menurut Sabine Ott, apa yang paling sering bermasalah di sebuah acara?", "id", EV,
      ["Der Check-in. Wenn morgens um halb neun 600 Menschen"], ["check-in", "printer|pencetak|badge"], "fact"),

    # ---- sistem-informasi-desa-vendor.id (6 id, 2 en, 2 de)
    # definition list; question-heading section
    q("Modul apa di SID yang membantu warga mendapatkan surat keterangan lebih cepat?", "id", SID,
      ["pembuatan surat keterangan dari templat"], ["layanan surat", "templat"], "fact"),
    # count (counted: six definition-list lines, the number is not stated); definition list
    q("Ada berapa modul dalam paket SID yang dijelaskan artikel ini?", "id", SID,
      ["Lapak desa: etalase daring untuk produk usaha warga"], ["6|enam"], "count"),
    # image caption
    q("Informasi apa saja yang tampil di dasbor SID kantor desa?", "id", SID,
      ["Dasbor SID menampilkan jumlah penduduk, surat yang diterbitkan bulan ini"],
      ["penduduk", "surat", "anggaran|realisasi"], "list"),
    # dated update note (honest "not always": reason keys)
    q("Apakah desa pasti harus membayar hosting sendiri setelah tahun pertama?", "id", SID,
      ["beberapa pemerintah kabupaten menyediakan hosting bersama bagi desa"], ["kabupaten|hosting bersama", "domain"],
      "yesno"),
    # scenario; how (numbered list)
    q("Kami perangkat desa di Jawa Tengah dan tahun ini ingin membeli SID dari vendor. "
      "Bagaimana cara memilih vendor yang tepat?", "id", SID,
      ["Bahas kebutuhan dalam musyawarah desa", "Minta penawaran dari paling sedikit tiga vendor"],
      ["musyawarah", "penawaran", "kontrak"], "how"),
    # FAQ answer; colloquial, typo
    q("siapa sih pemilik data pendudk di SID, desa atau vendornya?", "id", SID,
      ["Vendor hanya mengolah data atas perintah desa"], ["pemerintah desa", "perintah|tidak boleh"], "fact"),
    # acronym (asked by the acronym, passage has the long form); two-part
    q("What is APBDes, and why does it matter for a village's SID project?", "en", SID,
      ["Anggarannya biasanya diambil dari Anggaran Pendapatan dan Belanja Desa (APBDes)"],
      ["budget", "paid|fund|pay|comes from"], "definition"),
    # key-takeaways box
    q("Can a village run its SID on open-source software?", "en", SID,
      ["Aplikasi open source bisa dipakai, asalkan ada pihak"], ["yes|can", "maintain|look after|looks after|update"],
      "yesno"),
    # pull quote
    q("Was hat sich laut dem Dorfvorsteher aus Klaten durch das SID verändert?", "de", SID,
      ["Dulu data warga kami ada di tiga laptop"], ["drei|3", "einem Ort|einer Stelle|zentral|an einem Platz"],
      "fact"),
    # question-heading section; difference; mixed-language passage
    q("Worin unterscheiden sich Open-Source-Lösungen und kostenpflichtige Anbieter-Software für ein Dorf?", "de", SID,
      ["bisa dipakai tanpa biaya lisensi dan sudah digunakan ribuan desa", "desa bergantung pada satu perusahaan"],
      ["Lizenz", "abhängig|einem Unternehmen|einer Firma"], "difference"),

    # ---- kabel-terstruktur-kantor.id (6 id, 2 en, 2 de)
    # scenario; myths vs facts (fact line); answer no
    q("Kantor kami sudah full Wi-Fi. Berarti kabel jaringan udah nggak perlu lagi, kan?", "id", KB,
      ["Setiap access point tetap membutuhkan kabel"], ["tidak|bukan", "access point"], "yesno"),
    # keyword; captioned table, fact only in the cell; row and column
    q("Frekuensi kabel Cat6A?", "id", KB, ["Cat6A | 10 Gbps | 500 MHz | 100 meter"], ["500 MHz"], "fact"),
    # keyword; correction note (the stale paragraph still says 15 years); number in prose
    q("Masa jaminan sistem kabel?", "id", KB,
      ["banyak pabrikan sebenarnya memberi jaminan sistem 25 tahun"], ["25|dua puluh lima"], "when"),
    # question-heading section; synonym "diremajakan"
    q("Kapan kabel jaringan di kantor sebaiknya diremajakan?", "id", KB,
      ["Kabel perlu diganti bila jaringan sering putus"], ["putus", "1 Gbps|access point"], "when"),
    # ordinal
    q("Apa yang dilakukan pada tahap keempat proyek instalasi kabel?", "id", KB,
      ["Pelabelan setiap kabel di kedua ujungnya"], ["label", "ujung"], "fact"),
    # checklist item
    q("Dokumen apa saja yang wajib kami terima dari kontraktor saat serah terima?", "id", KB,
      ["laporan uji untuk setiap titik, bukan hanya sampel", "denah lantai dengan nomor setiap outlet"],
      ["laporan uji", "denah", "jaminan"], "list"),
    # pros/cons table; answer no
    q("Can fibre backbone cabling carry power to devices the way copper can?", "en", KB,
      ["Bisa mengalirkan daya (PoE) | Ya | Tidak"], ["no|not", "copper"], "yesno"),
    # sentence with an HTML remnant (<br>); answer no
    q("Is a cable test report that just says pass good enough to accept?", "en", KB,
      ["Jangan menerima laporan yang hanya berisi kata"], ["no|not", "value|measure"], "yesno"),
    # definition list; number in prose
    q("Wie lang darf ein horizontales Kabel bis zum Arbeitsplatz höchstens sein?", "de", KB,
      ["di meja kerja, paling panjang 90 meter"], ["90|neunzig"], "fact"),
    # glossary at the end
    q("Was prüft ein einfacher Durchgangstest bei Netzwerkkabeln?", "de", KB,
      ["pemeriksaan sederhana apakah setiap urat kabel tersambung ke pin"], ["Ader", "Pin"], "fact"),

    # ---- near-domain (4 per language): price, vendor, product, statistic, foreign law, related service
    nd("What's the yearly price per terabyte for keeping retired data on the archive platform?", "en", "terabyte"),
    nd("Is Tangoe one of the TEM providers this page names?", "en", "Tangoe"),
    nd("What share of a typical company's mobile bill goes on roaming charges?", "en", "roaming"),
    nd("For a US subsidiary, how long does Sarbanes-Oxley require records from a retired ERP to be kept?", "en",
       "Sarbanes-Oxley"),
    nd("Kann der Event-IT-Dienstleister auch die Lichttechnik für die Bühne stellen?", "de", "Lichttechnik"),
    nd("Welche Pflichten haben Schweizer Arztpraxen beim elektronischen Patientendossier?", "de", "Patientendossier"),
    nd("Wie hoch ist ungefähr die Tagesmiete für einen Access Point?", "de", "Tagesmiete"),
    nd("Empfiehlt der Beitrag Turbomed als Praxisverwaltungssystem?", "de", "Turbomed"),
    nd("Berapa persen kantor desa yang masih belum mendapat sinyal seluler?", "id", "seluler"),
    nd("Kabel merek Panduit dipakai oleh kontraktor di artikel ini atau tidak?", "id", "Panduit"),
    nd("Bisakah kontraktor kabel sekaligus memasang penangkal petir di gedung kantor?", "id", "penangkal petir"),
    nd("Bagaimana aturan sistem informasi desa di Thailand dibandingkan dengan Indonesia?", "id", "Thailand"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
