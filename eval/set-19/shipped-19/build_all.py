#!/usr/bin/python3
"""Write shipped-19/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 build_all.py   (from anywhere; writes all.jsonl next to this script)

gold holds one verbatim substring (4-12 words) per language version of the answering passage: for
it-sourcing.en the English original first, then German and Indonesian; for bpo-vs-ito the German and
Indonesian originals first, then the English translation. answer_keys are in the question's language.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
IT = "it-sourcing.en"
BV = "bpo-vs-ito"

# (question, lang, doc, gold, answer_keys, kind)
ANSWERABLE = [
    # ---- it-sourcing, English (original) ----
    ("Why would the head of a company struggle to pick the best applications on his or her own?", "en", IT,
     ["would have to become familiar with hundreds, if not thousands",
      "müsste sich ein Firmenchef mit Hunderten, wenn nicht Tausenden",
      "harus mengenal ratusan, bahkan ribuan, solusi teknologi"],
     ["hundreds|thousands", "familiar|so many"], "why"),
    ("Besides handing the IT work over completely, what other route does E-Outsourcing leave open, and what is "
     "that route good for?", "en", IT,
     ["can be partially outsourced, so the internal IT team can focus",
      "oder teilweise ausgelagert werden, damit sich das interne IT-Team",
      "atau dialihdayakan sebagian, sehingga tim TI internal dapat fokus"],
     ["partially|partly", "focus|matters most"], "fact"),
    ("What does selective outsourcing allow a company's IT department to concentrate on?", "en", IT,
     ["IT department can focus on core functions",
      "damit sich die IT-Abteilung eines Unternehmens auf ihre Kernfunktionen",
      "sehingga departemen TI perusahaan dapat fokus pada fungsi inti"],
     ["core functions"], "fact"),
    ("In the mulit-sourcing example, which jobs are split among different people or teams?", "en", IT,
     ["who handles security, another who focuses on web design",
      "eine Person oder ein Team für die Sicherheit zuständig ist",
      "satu orang atau tim yang menangani keamanan"],
     ["security", "web design", "help desk|desktops|applications"], "list"),
    ("Does scheduling count as back-office work?", "en", IT,
     ["Front office refers to consumer-facing jobs, such as customer service, scheduling",
      "Front Office bezeichnet Tätigkeiten mit Kundenkontakt, etwa Kundenservice, Terminplanung",
      "Front office mengacu pada pekerjaan yang berhadapan langsung dengan konsumen"],
     ["no|not", "front office|consumer-facing"], "yesno"),
    ("Who would otherwise take on web design, accounting or legal work if a company did not use KPO?", "en", IT,
     ["could each be handled by a highly educated in-house employee",
      "jeweils von einem hochqualifizierten internen Mitarbeiter übernommen werden",
      "ditangani oleh seorang karyawan internal yang berpendidikan tinggi"],
     ["in-house employee|highly educated"], "who"),
    ("Does the term IT sourcing refer to just one specific kind of help?", "en", IT,
     ["which may refer to one or many types of assistance",
      "der eine oder viele Arten von Unterstützung bezeichnen kann",
      "dapat mengacu pada satu atau banyak jenis bantuan"],
     ["no|not", "catch-all|one or many"], "yesno"),
    # ---- it-sourcing, German (cross-language) ----
    ("Ist IT-Sourcing eine Modeerscheinung der letzten Jahre?", "de", IT,
     ["a tried and true method that organizations of all sizes",
      "Es ist eine bewährte Methode, von der Organisationen jeder Größe",
      "IT sourcing adalah metode yang telah teruji dan terbukti"],
     ["nein|nicht|kein", "bewährt"], "yesno"),
    ("Wir betreiben drei Arztpraxen und wollen Teile unserer IT abgeben. Wie sollten wir die Strategie anlegen, "
     "damit der Praxisbetrieb nicht ins Stocken gerät?", "de", IT,
     ["Effective management of systems to ensure a company continues to move forward",
      "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
      "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
     ["Verwaltung der Systeme|effektive Verwaltung", "Serviceunterbrechungen|Unterbrechungen"], "how"),
    ("Wie viele Arten von IT-Sourcing zählt der Artikel auf?", "de", IT,
     ["which may refer to one or many types of assistance",
      "der eine oder viele Arten von Unterstützung bezeichnen kann",
      "dapat mengacu pada satu atau banyak jenis bantuan"],
     ["6|sechs"], "count"),
    ("Welche Aufgaben kann Back-Office-Outsourcing laut Text umfassen?", "de", IT,
     ["data entry, data management, quality checks, payroll, and accounting",
      "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
      "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
     ["Dateneingabe|Datenverwaltung", "Lohnabrechnung", "Buchhaltung|Qualitätskontrollen"], "list"),
    ("Warum fällt es vielen Organisationen schwer, Spezialisten etwa für Webdesign oder Rechtsfragen fest "
     "einzustellen?", "de", IT,
     ["have a need for a full-time employee and staffing",
      "nicht jede Organisation hat Bedarf an einer Vollzeitkraft",
      "tidak setiap organisasi membutuhkan karyawan penuh waktu"],
     ["Vollzeitkraft|Vollzeit", "Herausforderung|Personalbesetzung"], "why"),
    ("Worin unterscheidet sich KPO von BPO?", "de", IT,
     ["duties that require a specific skillset to complete",
      "die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
      "membutuhkan keahlian khusus untuk menyelesaikannya"],
     ["Fachkenntnisse|besondere", "Dateneingabe|kleinere Aufgaben"], "difference"),
    ("Welche IT-Aufgaben kann man beim E-Outsorcing einer externen Firma überlassen?", "de", IT,
     ["managing company servers, setting up firewalls",
      "Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
      "mengelola server perusahaan, memasang firewall"],
     ["Server", "Firewalls", "Website|Programme|Anwendungen"], "list"),
    ("Wir sind ein Handwerksbetrieb mit vier Leuten. Profitieren auch so kleine Organisationen von IT-Sourcing?",
     "de", IT,
     ["Some degree of IT sourcing is beneficial to every organization",
      "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
      "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
     ["jede Organisation|jede", "gewisses Maß|Vorteil"], "yesno"),
    # ---- it-sourcing, Indonesian (cross-language) ----
    ("Bagaimana cara menyusun strategi IT sourcing agar pengeluaran tetap terkendali?", "id", IT,
     ["Saving money by ensuring the processes that are in place",
      "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse",
      "Menghemat uang dengan memastikan bahwa proses yang ada"],
     ["hemat biaya|menghemat uang", "proses"], "how"),
    ("Apa definisi IT sourcing menurut artikel ini?", "id", IT,
     ["Solving the issues outlined above with the assistance of an external",
      "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen IT-Teams",
      "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
     ["eksternal", "masalah|bantuan"], "definition"),
    ("Dulu, bagaimana sebuah perusahaan mendapatkan program untuk mengelola inventaris?", "id", IT,
     ["it could be purchased, along with licenses to operate it",
      "konnte man es samt Lizenzen für den Betrieb auf mehreren Systemen kaufen",
      "program itu dapat dibeli beserta lisensi untuk menjalankannya"],
     ["dibeli|membeli", "lisensi"], "fact"),
    ("Dalam insourcing, siapa yang sebenarnya dibawa masuk untuk menangani pekerjaan?", "id", IT,
     ["Insourcing refers to bringing an external team on board",
      "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
      "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
     ["tim eksternal"], "who"),
    ("Sebutkan contoh pekerjaan yang bisa ditangani lewat KPO menurut artikel IT sourcing.", "id", IT,
     ["web design, accounting, and legal services could each be handled",
      "Webdesign, Buchhaltung und Rechtsdienstleistungen jeweils von einem",
      "desain web, akuntansi, dan layanan hukum masing-masing dapat ditangani"],
     ["desain web", "akuntansi", "layanan hukum"], "list"),
    ("Kesulitan memilih aplikasi yang tepat?", "id", IT,
     ["because there are so many robust systems to select from",
      "da es so viele leistungsfähige Systeme zur Auswahl gibt",
      "karena ada begitu banyak sistem andal yang dapat dipilih"],
     ["begitu banyak|banyak sistem", "ratusan|ribuan"], "fact"),
    ("Apakah KPO menangani pekerjaan ringan seperti entri data?", "id", IT,
     ["duties that require a specific skillset to complete",
      "Es sind Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
      "tugas-tugasnya bukanlah hal-hal kecil seperti entri data"],
     ["tidak|bukan", "keahlian khusus"], "yesno"),
    ("Ada berapa jenis utama BPO dan apa saja?", "id", IT,
     ["There are two main types of business process outsourcing (BPO)",
      "Es gibt zwei Hauptarten des Business Process Outsourcing (BPO)",
      "Ada dua jenis utama pengalihdayaan proses bisnis (BPO)"],
     ["dua|2", "front office", "back office"], "count"),
    # ---- bpo-vs-ito, English (cross-language: the originals are de and id) ----
    ("Why do companies bring in ITO and BPO providers at all?", "en", BV,
     ["um effizientere Arbeitsabläufe zu schaffen",
      "untuk menciptakan alur kerja yang lebih efisien",
      "to create more efficient workflows"],
     ["efficient workflows|workflows"], "why"),
    ("How does the benefit expected from an ITO provider differ from what a BPO provider should deliver?", "en", BV,
     ["Ein ITO-Anbieter sollte Kosteneinsparungen in Verbindung mit Computernetzwerken",
      "Penyedia ITO harus menciptakan penghematan biaya yang terkait dengan jaringan komputer",
      "An ITO provider should create cost savings related to computer networks"],
     ["cost savings|savings", "operational efficiency|efficiency"], "difference"),
    ("Does hiring a BPO provider make an ITO provider unnecessary?", "en", BV,
     ["das eine macht das andere nicht überflüssig",
      "yang satu tidak menghilangkan kebutuhan akan yang lain",
      "one does not make the other redundant"],
     ["no|not", "redundant|differs|scope"], "yesno"),
    ("When can a BPO engagement be counted as a success?", "en", BV,
     ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
      "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
      "improvements in business processes that can lead to higher financial results"],
     ["improvements|business processes", "financial results"], "when"),
    ("Which tasks do BPO providers take over for an organization, according to the comparison?", "en", BV,
     ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement durch",
      "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
      "such as customer service, accounting, or personnel management"],
     ["customer service", "accounting", "personnel management"], "list"),
    ("We hired an ITO provider a year ago and our technology costs have not come down at all. Has the provider "
     "made a difference?", "en", BV,
     ["hat ein ITO-Anbieter keinen Unterschied gemacht",
      "penyedia ITO tidak membuat perbedaan",
      "an ITO provider has made no difference"],
     ["no|not", "savings|financial savings"], "yesno"),
    # ---- bpo-vs-ito, German (original) ----
    ("Welche Technologiefunktionen kennen ITO-Fachleute laut Text?", "de", BV,
     ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
      "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
      "from storage to support to wireless services"],
     ["Speicherung", "Support", "drahtlos"], "list"),
    ("Überschneiden sich die Aufgaben von BPO- und ITO-Anbietern teilweise?", "de", BV,
     ["aber es gibt auch einige Überschneidungen",
      "tetapi ada beberapa yang tumpang tindih juga",
      "but there is also some overlap"],
     ["Überschneidungen|einige"], "yesno"),
    ("Aushandeln von Kosten und Bedingungen?", "de", BV,
     ["Kosten und Bedingungen auszuhandeln oder Dienstleistungen basierend auf dem Wissen",
      "Penyedia harus dapat menegosiasikan biaya dan persyaratan",
      "Providers should be able to negotiate costs and terms"],
     ["Branchenexperten|Wissen", "optimieren"], "fact"),
    ("Welche gemeinsame Idee steckt hinter BPO und ITO, wenn die eigenen Fähigkieten eines Unternehmens nicht "
     "reichen?", "de", BV,
     ["über seine eigenen Fähigkeiten hinausgehen und einen anderen Anbieter",
      "menjangkau melampaui kemampuannya sendiri dan memperkenalkan penyedia lain",
      "go beyond its own capabilities and bring in another provider"],
     ["Anbieter", "Unterstützung|hinausgehen"], "fact"),
    ("Wofür steht die Abkürzung ITO?", "de", BV,
     ["Information Technology Outsourcing (ITO) stellen beide Möglichkeiten dar",
      "pengalihdayaan teknologi informasi (ITO) keduanya mewakili cara-cara",
      "Information Technology Outsourcing (ITO) both represent ways"],
     ["Information Technology Outsourcing"], "definition"),
    ("Wann ist der passende Moment, einen BPO-Anbieter dazuzuholen?", "de", BV,
     ["Sobald Kosteneinsparungen realisiert sind, können die Bedingungen",
      "Setelah penghematan biaya direalisasikan, kondisinya mungkin sudah matang",
      "Once cost savings have been realized, the conditions may be ripe"],
     ["Kosteneinsparungen|Einsparungen", "realisiert"], "when"),
    # ---- bpo-vs-ito, Indonesian (original) ----
    ("Mengapa penyedia ITO sebaiknya diperkenalkan lebih dulu?", "id", BV,
     ["kann zu den schnellsten finanziellen Einsparungen führen",
      "dapat menghasilkan penghematan finansial tercepat",
      "can lead to the fastest financial savings"],
     ["penghematan finansial tercepat|tercepat"], "why"),
    ("Siapa yang dapat menangani perubahan setelah potensi penghematan biaya ditemukan?", "id", BV,
     ["diese Änderungen vom Unternehmen übernommen werden können",
      "perubahan tersebut dapat disesuaikan dengan bisnis",
      "these changes can be taken over by the company"],
     ["bisnis|perusahaan"], "who"),
    ("Sebutkan bidang yang dapat dikaitkan dengan efisiensi yang dicapai penyedia BPO.", "id", BV,
     ["an Personal, Finanzen oder wirklich jeden operativen Bereich",
      "dikaitkan dengan sumber daya manusia, keuangan, atau area operasional",
      "tied to personnel, finances, or really any operational area"],
     ["sumber daya manusia", "keuangan", "area operasional"], "list"),
    ("Selain jenis layanannya, apa lagi yang membedakan perusahaan ITO dan BPO?", "id", BV,
     ["sind die Fachkenntnisse der einzelnen Anbieter",
      "termasuk keahlian di balik masing-masing penyedia",
      "lie in the expertise of the individual providers"],
     ["keahlian", "teknologi", "layanan pelanggan|tugas tertentu"], "difference"),
    ("Manfaat utama layanan penyedia BPO?", "id", BV,
     ["zu einer größeren betrieblichen Effizienz in fast allen Unternehmensbereichen",
      "harus mengarah pada efisiensi operasional yang lebih besar",
      "should lead to greater operational efficiency in almost all areas"],
     ["efisiensi operasional"], "fact"),
]

OFF_TOPIC = [
    ("Who wrote the novel Moby-Dick?", "en"),
    ("What is the capital of Kenya?", "en"),
    ("How long should I boil an egg for a soft yolk?", "en"),
    ("Wer komponierte die Oper Die Zauberflöte?", "de"),
    ("Wie hoch ist der Brocken im Harz?", "de"),
    ("Wie backt man einen Apfelstrudel?", "de"),
    ("Siapa pencipta lagu Indonesia Raya?", "id"),
    ("Berapa tinggi Gunung Rinjani?", "id"),
    ("Bagaimana cara memasak rendang daging sapi?", "id"),
]

# (question, lang, uncovered term)
NEAR_DOMAIN = [
    ("Does the BPO and ITO comparison name Concentrix as an example of a BPO provider?", "en", "Concentrix"),
    ("What adoption rate of multi-sourcing does the IT sourcing article report?", "en", "adoption rate"),
    ("Welche Monatsgebühr verlangt ein KPO-Anbieter üblicherweise für Webdesign?", "de", "Monatsgebühr"),
    ("Welche Vorschriften gelten in Ungarn für BPO-Anbieter?", "de", "Ungarn"),
    ("Apakah penyedia ITO juga menjual laptop untuk karyawan perusahaan?", "id", "laptop"),
    ("Berapa lama waktu tunggu rata-rata di help desk menurut artikel IT sourcing?", "id", "waktu tunggu"),
]


def rows():
    out = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        out.append({"question": q, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                    "answerable": True, "kind": kind})
    for q, lang in OFF_TOPIC:
        out.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                    "answerable": False, "kind": "off-topic"})
    for q, lang, term in NEAR_DOMAIN:
        out.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                    "answerable": False, "kind": "near-domain", "uncovered": term})
    return out


if __name__ == "__main__":
    rs = rows()
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rs)} rows to all.jsonl")
