#!/usr/bin/python3
"""Write shipped-18/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 eval/set-18/shipped-18/build_all.py

Questions on the two shipped corpus documents. doc is "it-sourcing.en" (original en; de and id are
translations) or "bpo-vs-ito" (originals de and id; en is a translation). gold holds one verbatim substring
per language version, originals first. answer_keys are in the question's language.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

IT = "it-sourcing.en"
BV = "bpo-vs-ito"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def un(question, lang, kind, uncovered=None):
    r = {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
         "answerable": False, "kind": kind}
    if uncovered:
        r["uncovered"] = uncovered
    return r


ROWS = [
    # ---- it-sourcing, English (original) ----
    q("Is IT sourcing expected to grow in importance as systems evolve?", "en", IT,
      ["is likely to become increasingly more important as systems continue to evolve",
       "voraussichtlich immer wichtiger werden wird",
       "kemungkinan akan semakin penting seiring sistem yang terus berkembang"],
      ["likely|yes", "important"], "yesno"),
    q("In a multi-sourcing setup, who runs the help desk?", "en", IT,
      ["another who runs the help desk",
       "eine weitere den Helpdesk betreibt",
       "pihak lain yang menjalankan help desk"],
      ["another|separate|different", "team|person|expert"], "who"),
    q("How many main varieties of business process outsourcing are there?", "en", IT,
      ["There are two main types of business process outsourcing",
       "Es gibt zwei Hauptarten des Business Process Outsourcing",
       "Ada dua jenis utama pengalihdayaan proses bisnis"],
      ["two|2"], "count"),
    q("What does the sixth type of IT sourcing on the list involve, and why would a company use it?", "en", IT,
      ["selective outsourcing involves choosing only specific tasks to outsource",
       "werden beim selektiven Outsourcing nur bestimmte Aufgaben zur Auslagerung ausgewählt",
       "pengalihdayaan selektif berarti hanya memilih tugas-tugas tertentu untuk dialihdayakan"],
      ["specific|certain|selected|only some", "core"], "fact"),
    q("We run a family-owned group of four hotels, and our single IT person is drowning in booking systems, "
      "guest Wi-Fi and the payroll software while the owners keep asking why the IT bill grows every year. How "
      "should we set up an IT sourcing strategy that actually works?", "en", IT,
      ["Effective management of systems to ensure a company continues",
       "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
       "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
      ["manage|management", "sav|money|cost"], "how"),
    q("Our boss wants to recruit a whole permanent squad just for a temporary rollout lasting a few months. "
      "What better route does the text suggest?", "en", IT,
      ["Insourcing refers to bringing an external team on board",
       "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
       "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
      ["insourcing", "external|outside"], "fact"),
    q("What does this article say is paramount when a company decides how far to go with outside help?", "en", IT,
      ["identifying key areas, ascertaining the benefits for each area",
       "die wichtigsten Bereiche zu identifizieren, den Nutzen für jeden Bereich",
       "mengidentifikasi area-area utama, menentukan manfaat bagi setiap area"],
      ["key areas|areas", "benefit", "track|data"], "list"),
    q("KPO vs BPO?", "en", IT,
      ["duties that require a specific skillset to complete",
       "Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
       "Tugas-tugas tersebut membutuhkan keahlian khusus untuk menyelesaikannya"],
      ["skill|specialist|expertise", "data entry|minor"], "difference"),

    # ---- it-sourcing, German (translation) ----
    q("Wie definiert der Text IT-Sourcing am Ende des ersten Abschnitts?", "de", IT,
      ["Solving the issues outlined above with the assistance of an external",
       "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen IT-Teams",
       "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
      ["extern", "Problem|Lösung|lösen"], "definition"),
    q("Worum geht es bei der vierten Art von IT-Sourcing in der Liste?", "de", IT,
      ["knowledge process outsourcing (KPO) involves having an external group manage",
       "beim Knowledge Process Outsourcing (KPO) eine externe Gruppe Geschäftsprozesse",
       "pengalihdayaan proses pengetahuan (KPO) melibatkan kelompok eksternal untuk mengelola proses"],
      ["Knowledge Process|KPO", "extern"], "fact"),
    q("Wen betrifft Back-Office-Outsourcing nicht direkt?", "de", IT,
      ["Back office outsourcing does not impact the consumer directly",
       "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
       "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
      ["Kunde|Verbraucher|Konsument"], "who"),
    q("Wir sind ein Maschinenbauer aus dem Sauerland mit 80 Beschäftigten und wollen endlich eine "
      "Sourcing-Strategie aufstellen. Wie gehen wir dabei vor, damit sie funktioniert?", "de", IT,
      ["Saving money by ensuring the processes that are in place",
       "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse kosteneffizient sind",
       "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat biaya"],
      ["Verwaltung|verwalten|Management", "spar|kosteneffizient|Kosten"], "how"),
    q("Warum könnte eine Firma ihre Server, Firewalls und Webseiten komplett an eine externe Firma abgeben?",
      "de", IT,
      ["entirely managed by an outside firm in order to avoid hiring",
       "um die Einstellung von IT-Personal zu vermeiden",
       "untuk menghindari perekrutan staf TI"],
      ["Personal|Mitarbeiter|einstellen|Einstellung"], "why"),
    q("Wofür kann man beim Insourcing ein externes Team ins Haus holen?", "de", IT,
      ["whether as a long-term solution to handling",
       "sei es als langfristige Lösung für die Deckung des Technologiebedarfs",
       "baik sebagai solusi jangka panjang untuk menangani kebutuhan teknologi"],
      ["langfristig", "Veränderung"], "list"),
    q("Worin unterscheidet sich Multi-Sourcing davon, ein einziges Team zu beauftragen?", "de", IT,
      ["rather than hiring one team to manage all aspects",
       "statt ein einziges Team mit der Verwaltung aller Aspekte",
       "alih-alih menyewa satu tim untuk mengelola semua aspek"],
      ["Experten|zahlreiche|mehrere", "Teile|verschiedene"], "difference"),
    q("Was brauchte ein Unternehmen früher meist, wenn es Filialen hinzufügen und Online- und Ladenverkäufe "
      "gemeinsam verfolgen wollte?", "de", IT,
      ["typically not without adding in after-market solutions",
       "nicht, ohne nachträglich Zusatzlösungen einzubinden",
       "tidak tanpa menambahkan solusi tambahan dari pihak ketiga"],
      ["Zusatzlösung|Zusatz", "Zusammenspiel|zusammen|Systeme"], "fact"),

    # ---- it-sourcing, Indonesian (translation) ----
    q("Jenis ketiga dalam daftar IT sourcing itu tentang apa?", "id", IT,
      ["Sometimes, an organization needs to have an in-house team handle a task",
       "muss eine Organisation eine Aufgabe von einem internen Team erledigen lassen",
       "sebuah organisasi perlu meminta tim internal menangani suatu pekerjaan"],
      ["insourcing"], "fact"),
    q("Ada berapa jenis IT sourcing yang disebutkan?", "id", IT,
      ["which may refer to one or many types of assistance",
       "der eine oder viele Arten von Unterstützung bezeichnen kann",
       "yang dapat mengacu pada satu atau banyak jenis bantuan"],
      ["6|enam"], "count"),
    q("Mengapa menyatukan beberapa sistem agar bekerja sama dengan baik kini sulit bagi tim internal?", "id", IT,
      ["It requires the assistance of various technology experts",
       "Dazu bedarf es der Unterstützung verschiedener Technologieexperten",
       "Hal ini memerlukan bantuan berbagai ahli teknologi"],
      ["ahli", "mahal|biaya"], "why"),
    q("Tugas front office?", "id", IT,
      ["such as customer service, scheduling, and inbound",
       "etwa Kundenservice, Terminplanung sowie ein- und ausgehenden Vertrieb",
       "seperti layanan pelanggan, penjadwalan, serta penjualan masuk dan keluar"],
      ["layanan pelanggan", "penjadwalan|jadwal", "penjualan"], "list"),
    q("Perusahaan kami kecil, hanya lima orang. Apakah IT sourcing tetap bisa bermanfaat bagi kami?", "id", IT,
      ["Some degree of IT sourcing is beneficial to every organization",
       "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
       "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
      ["ya|bisa|bermanfaat", "setiap"], "yesno"),
    q("Apa saja alasan sebuah organisasi perlu tim internal untuk menangani pekerjaan tertentu?", "id", IT,
      ["perhaps for privacy reasons, because delicate systems need to remain on site",
       "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
       "mungkin karena alasan privasi, karena sistem yang sensitif harus tetap"],
      ["privasi", "sensitif|lokasi", "kolaborasi|antardepartemen"], "list"),
    q("Apakah manfaat IT sourcing sama persis untuk setiap usaha?", "id", IT,
      ["how it can benefit a given establishment will vary",
       "ist von Fall zu Fall unterschiedlich",
       "bagaimana manfaatnya bagi suatu usaha tertentu akan berbeda-beda"],
      ["tidak|bukan", "berbeda"], "yesno"),
    q("Apakah entri data termasuk pekerjaan front office?", "id", IT,
      ["may relate to things like data entry, data management",
       "kann Bereiche wie Dateneingabe, Datenverwaltung, Qualitätskontrollen",
       "dapat berkaitan dengan hal-hal seperti entri data, manajemen data"],
      ["tidak|bukan", "back office"], "yesno"),

    # ---- bpo-vs-ito, English (translation) ----
    q("Once an ITO provider has found possible savings, who takes over the changes?", "en", BV,
      ["diese Änderungen vom Unternehmen übernommen werden können",
       "perubahan tersebut dapat disesuaikan dengan bisnis",
       "these changes can be taken over by the company"],
      ["company|business|organisation|organization"], "who"),
    q("Which technology functions, from one end to the other, do ITO experts know about?", "en", BV,
      ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
       "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
       "from storage to support to wireless services"],
      ["storage", "support", "wireless"], "list"),
    q("In the comparison, what should the Kosteneinsparungen from an ITO provider be tied to?", "en", BV,
      ["Kosteneinsparungen in Verbindung mit Computernetzwerken und anderen Informationstechnologiesystemen",
       "penghematan biaya yang terkait dengan jaringan komputer dan sistem teknologi",
       "cost savings related to computer networks and other information technology"],
      ["network", "information technology|IT system|systems"], "fact"),
    q("Our treasurer wants evidence that the outside contractor running our back-office routines was worth it. "
      "What must we see?", "en", BV,
      ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
       "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
       "improvements in business processes that can lead to higher financial results"],
      ["improve", "financial|results"], "fact"),
    q("Do ITO and BPO providers offer the same scope of services?", "en", BV,
      ["Der Leistungsumfang der beiden Anbieter ist unterschiedlich",
       "Cakupan layanan yang ditawarkan oleh kedua penyedia ini berbeda",
       "The scope of services of the two providers differs"],
      ["no|not", "differ"], "yesno"),
    q("Do ITO and BPO providers have completely separate roles?", "en", BV,
      ["Jeder dieser Anbieter hat einzigartige Rollen, aber es gibt auch einige Überschneidungen",
       "Masing-masing penyedia ini memiliki peran unik, tetapi ada beberapa",
       "has unique roles, but there is also some overlap"],
      ["no|not", "overlap"], "yesno"),

    # ---- bpo-vs-ito, German (original) ----
    q("Woran kann die Effizienz eines BPO-Auftragnehmers geknüpft sein?", "de", BV,
      ["an Personal, Finanzen oder wirklich jeden operativen Bereich",
       "sumber daya manusia, keuangan, atau area operasional apa pun",
       "tied to personnel, finances, or really any operational area"],
      ["Personal", "Finanz", "operativ|Bereich"], "list"),
    q("Muss ein ITO-Anbieter auch nach den ersten Einsparrungen dauerhaft an Bord bleiben?", "de", BV,
      ["Ein ITO-Anbieter muss nicht langfristig engagiert bleiben",
       "Penyedia ITO tidak perlu tetap terlibat dalam jangka panjang",
       "An ITO provider does not have to remain engaged"],
      ["nein|nicht", "Unternehmen|übernommen"], "yesno"),
    q("Was soll ein BPO-Anbieter laut dem Vergleich in einem Unternehmen bewirken?", "de", BV,
      ["zu einer größeren betrieblichen Effizienz in fast allen Unternehmensbereichen führen",
       "efisiensi operasional yang lebih besar di hampir semua bidang bisnis",
       "greater operational efficiency in almost all areas of a business"],
      ["Effizienz", "Bereich|fast alle"], "fact"),
    q("Welchen Vorteil hat es, zuerst einen ITO-Anbieter zu holen, und wann kommt der BPO-Anbieter dazu?", "de",
      BV,
      ["kann zu den schnellsten finanziellen Einsparungen führen",
       "dapat menghasilkan penghematan finansial tercepat",
       "can lead to the fastest financial savings"],
      ["schnell", "realisiert|sobald"], "fact"),
    q("Laut diesem Artikel: Wer führt im Auftrag einer Organisation Aufgaben wie Kundenservice oder "
      "Buchhaltung aus?", "de", BV,
      ["BPO-Anbieter führen im Auftrag einer Organisation bestimmte Aufgaben",
       "Penyedia BPO melakukan tugas tertentu atas nama organisasi",
       "BPO providers carry out specific tasks such as customer service"],
      ["BPO"], "who"),

    # ---- bpo-vs-ito, Indonesian (original) ----
    q("Apakah layanan BPO dan ITO biasanya saling bersaing?", "id", BV,
      ["gibt es im Durchschnitt keine Rivalität zwischen den Arten von Diensten",
       "tidak ada persaingan antara jenis layanan yang ditawarkan",
       "there is no rivalry between the types of services"],
      ["tidak|bukan", "persaingan"], "yesno"),
    q("Setelah cost savings dari penyedia ITO terwujud, apa yang bisa dilakukan penyedia BPO?", "id", BV,
      ["können die Bedingungen für einen BPO-Anbieter reif sein",
       "kondisinya mungkin sudah matang bagi penyedia BPO untuk memasuki skenario",
       "the conditions may be ripe for a BPO provider to enter"],
      ["efisiensi", "seluruh|operasional"], "fact"),
    q("Mengapa perusahan beralih ke penyedia ITO dan BPO?", "id", BV,
      ["um effizientere Arbeitsabläufe zu schaffen",
       "untuk menciptakan alur kerja yang lebih efisien",
       "to create more efficient workflows"],
      ["efisien", "alur kerja"], "why"),
    q("Kapan penyedia ITO dianggap tidak membuat perbedaan apa pun?", "id", BV,
      ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
       "Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur teknologi",
       "Unless financial savings relating to technology systems and procedures are uncovered"],
      ["penghematan|hemat", "teknologi|sistem"], "when"),
    q("Berdasarkan pengetahuan para profesional industri, apa yang harus bisa dilakukan penyedia?", "id", BV,
      ["Kosten und Bedingungen auszuhandeln oder Dienstleistungen",
       "menegosiasikan biaya dan persyaratan atau merampingkan layanan",
       "negotiate costs and terms or optimize services"],
      ["negosiasi", "biaya|persyaratan", "merampingkan|layanan"], "fact"),

    # ---- off-topic ----
    un("Who painted The Starry Night?", "en", "off-topic"),
    un("What is the boiling point of water at sea level in degrees Celsius?", "en", "off-topic"),
    un("How many players does a rugby union team field?", "en", "off-topic"),
    un("Wer hat den Roman Der Zauberberg geschrieben?", "de", "off-topic"),
    un("Wie hoch ist die Zugspitze?", "de", "off-topic"),
    un("Wie backe ich einen Zwetschgenkuchen?", "de", "off-topic"),
    un("Siapa penulis novel Bumi Manusia?", "id", "off-topic"),
    un("Berapa tinggi Gunung Kerinci?", "id", "off-topic"),
    un("Bagaimana cara membuat gado-gado?", "id", "off-topic"),

    # ---- near-domain ----
    un("What contract length does the comparison recommend for a deal with an ITO provider?", "en", "near-domain",
       "contract length"),
    un("Does the article name Tata Consultancy as an example of an ITO provider?", "en", "near-domain",
       "Tata Consultancy"),
    un("Welche gesetzlichen Vorgaben gelten in Tschechien für Verträge mit ITO-Anbietern?", "de", "near-domain",
       "Tschechien"),
    un("Übernehmen BPO-Anbieter laut Text auch das Inkasso offener Rechnungen?", "de", "near-domain", "Inkasso"),
    un("Berapa honor yang biasanya diminta penyedia KPO untuk layanan hukum?", "id", "near-domain", "honor"),
    un("Berapa angka pertumbuhan pasar IT sourcing per tahun menurut artikel ini?", "id", "near-domain",
       "pertumbuhan"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
