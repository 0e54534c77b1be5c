#!/usr/bin/python3
"""Write all.jsonl for shipped-6 (questions on the shipped corpus, held here as data).

Run: /usr/bin/python3 build_all.py   (from any directory; writes next to this script)
Test data only: do not copy into corpus/, glossary.tsv or concepts.yaml.

Gold: one substring per language version, originals first
(it-sourcing.en: en, de, id; bpo-vs-ito: de, id, en).
"""
import json
import os

IT = "it-sourcing.en"
BPO = "bpo-vs-ito"


def A(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold,
            "answer_keys": keys, "answerable": True, "kind": kind}


def N(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


def O(question, lang):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "off-topic"}


ROWS = [
    # ---------------- it-sourcing.en (original en; de/id are translations)
    # intro
    A("Lohnt sich IT-Sourcing nur für große Konzerne?", "de", IT,
      ["organizations of all sizes are benefiting from",
       "von der Organisationen jeder Größe profitieren",
       "memberikan manfaat bagi organisasi dari segala ukuran"],
      ["nein|nicht", "jeder Größe|alle|all sizes"], "yesno"),
    # IT Sourcing Definition, paragraph 1
    A("In earlier days, which growth plans could a business still pull off, though usually only with add-on products or a lot of coaxing between systems?",
      "en", IT,
      ["If a company wanted to add in multiple storefronts",
       "Wollte ein Unternehmen mehrere Filialen hinzufügen",
       "Jika sebuah perusahaan ingin menambah beberapa gerai"],
      ["storefront|store", "online|brick", "trend|ordering|staffing"], "list"),
    A("Mengapa mendatangkan berbagai ahli teknologi bisa menjadi beban bagi perusahaan?", "id", IT,
      ["which may be cost-prohibitive and often cannot be done",
       "was unerschwinglich teuer sein kann",
       "yang biayanya bisa sangat mahal dan sering kali"],
      ["mahal|biaya|cost"], "why"),
    A("Wofür setzen Unternehmen ihre Anwendungen und Programme heute ein?", "de", IT,
      ["to track all kinds of data to help their enterprises run efficiently",
       "um Daten aller Art zu erfassen",
       "untuk melacak segala macam data agar usaha mereka"],
      ["Daten|data", "effizient|efficient"], "fact"),
    A("Apart from getting the programs to talk to each other, what else does the article say is hard to guarantee?",
      "en", IT,
      ["ensuring each one continues to perform well is not always easy",
       "sicherzustellen, dass jedes weiterhin gut funktioniert, ist nicht immer einfach",
       "memastikan masing-masing tetap berkinerja baik tidak selalu mudah"],
      ["perform"], "fact"),
    # IT Sourcing Definition, paragraph 2
    A("Could a typical boss realistically get to know every technology option out there before choosing?",
      "en", IT,
      ["For most companies, this is simply not fathomable.",
       "Für die meisten Unternehmen ist das schlicht undenkbar.",
       "Bagi sebagian besar perusahaan, hal ini sama sekali tidak terbayangkan."],
      ["no|not", "hundreds|thousands"], "yesno"),
    A("How often, according to the article, does new technology come onto the market?", "en", IT,
      ["with new technology emerging daily",
       "täglich kommt neue Technologie hinzu",
       "teknologi baru muncul setiap hari"],
      ["daily|every day|each day"], "when"),
    # IT Sourcing Definition, paragraph 3
    A("Bagaimana artikel itu merumuskan pengertian IT sourcing?", "id", IT,
      ["Solving the issues outlined above with the assistance of an external",
       "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen IT-Teams",
       "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
      ["eksternal|luar|external"], "definition"),
    # Types of IT Sourcing
    A("Welche Spielarten von IT-Sourcing unterscheidet der Text?", "de", IT,
      ["has a catch-all definition, which may refer to one",
       "ist ein Sammelbegriff, der eine oder viele Arten",
       "memiliki definisi luas yang dapat mengacu pada satu"],
      ["Insourcing", "Multi-Sourcing|Multisourcing", "Selektiv|Selective|Knowledge|E-Outsourcing"], "list"),
    # Business Process Outsourcing
    A("Ada berapa jenis utama BPO menurut artikel tersebut?", "id", IT,
      ["There are two main types of business process outsourcing",
       "Es gibt zwei Hauptarten des Business Process Outsourcing",
       "Ada dua jenis utama pengalihdayaan proses bisnis"],
      ["dua|2", "front office", "back office"], "fact"),
    A("Apa yang membedakan pekerjaan front office dari back office dalam BPO?", "id", IT,
      ["Front office refers to consumer-facing jobs",
       "Front Office bezeichnet Tätigkeiten mit Kundenkontakt",
       "Front office mengacu pada pekerjaan yang berhadapan langsung dengan konsumen"],
      ["konsumen|pelanggan", "langsung"], "difference"),
    A("If we handed payroll and bookkeeping to a BPO firm, which of the two BPO types would that fall under?",
      "en", IT,
      ["may relate to things like data entry, data management, quality checks, payroll",
       "kann Bereiche wie Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung betreffen",
       "dapat berkaitan dengan hal-hal seperti entri data, manajemen data"],
      ["back office|back-office"], "fact"),
    # E-Outsourcing
    A("Um welche Aufgaben kann sich eine IT-Abteilung kümmern, die sich beim E-Outsourcing abgeben lassen?",
      "de", IT,
      ["managing company servers, setting up firewalls, running the organization",
       "für die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
       "mengelola server perusahaan, memasang firewall, menjalankan situs web organisasi"],
      ["Server", "Firewall", "Website|Webseite|Programm|Anwendung"], "list"),
    A("Why would a company let an outside firm run all of its servers, firewalls and websites?", "en", IT,
      ["entirely managed by an outside firm in order to avoid hiring",
       "vollständig von einer externen Firma übernommen werden, um die Einstellung",
       "dikelola sepenuhnya oleh perusahaan luar untuk menghindari perekrutan staf TI"],
      ["hir|staff|recruit"], "why"),
    # Insourcing
    A("Apa saja alasan sebuah organisasi ingin suatu pekerjaan tetap ditangani tim sendiri?", "id", IT,
      ["perhaps for privacy reasons, because delicate systems need to remain",
       "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
       "mungkin karena alasan privasi, karena sistem yang sensitif harus tetap"],
      ["privasi|privacy", "sensitif|lokasi|on site|delicate", "kolaborasi|antardepartemen|collaboration"], "list"),
    A("When work has to stay in-house, what part of it tends to cause trouble?", "en", IT,
      ["hiring a team for a short-term project or keeping up",
       "ein Team für ein kurzfristiges Projekt einzustellen",
       "merekrut tim untuk proyek jangka pendek atau memenuhi kebutuhan"],
      ["short-term|short term", "hir|staff"], "fact"),
    # Knowledge Process Outsourcing
    A("Welche Beispiele für anspruchsvolle Aufgaben nennt der Text beim Knowledge Process Outsourcing?",
      "de", IT,
      ["web design, accounting, and legal services could each be handled",
       "Webdesign, Buchhaltung und Rechtsdienstleistungen jeweils von einem hochqualifizierten internen",
       "desain web, akuntansi, dan layanan hukum masing-masing dapat ditangani"],
      ["Webdesign|web design", "Buchhaltung|accounting", "Recht|legal"], "list"),
    A("Apakah setiap organisasi perlu punya karyawan penuh waktu untuk posisi seperti akuntansi atau hukum?",
      "id", IT,
      ["have a need for a full-time employee and staffing",
       "nicht jede Organisation hat Bedarf an einer Vollzeitkraft",
       "tidak setiap organisasi membutuhkan karyawan penuh waktu"],
      ["tidak|bukan", "penuh waktu|full-time|full time"], "yesno"),
    # Multi-Sourcing
    A("Does multi-sourcing mean giving a whole project or department to one single team?", "en", IT,
      ["rather than hiring one team to manage all aspects",
       "statt ein einziges Team mit der Verwaltung aller Aspekte",
       "alih-alih menyewa satu tim untuk mengelola semua aspek"],
      ["no|not", "numerous|several|multiple|different|many"], "yesno"),
    A("Wie ordnet der Artikel Multi-Sourcing ein – eigenständiges Modell oder Spielart des Outsourcings?",
      "de", IT,
      ["Multi-sourcing is a form of outsourcing",
       "Multi-Sourcing ist eine Form des Outsourcings",
       "Multi-sourcing adalah salah satu bentuk pengalihdayaan"],
      ["Form|Spielart|Art", "Outsourcing"], "definition"),
    # Selective Outsourcing
    A("Warum lagern Firmen beim selektiven Outsourcing nur einzelne Aufgaben aus?", "de", IT,
      ["can focus on core functions",
       "auf ihre Kernfunktionen konzentrieren kann",
       "sehingga departemen TI perusahaan dapat fokus pada fungsi inti"],
      ["Kern|core", "konzentr|fokus|focus"], "why"),
    # IT Sourcing Strategy
    A("Dalam strategi IT sourcing, bagaimana penghematan uang dicapai menurut artikel?", "id", IT,
      ["Saving money by ensuring the processes that are in place are cost-effective",
       "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse kosteneffizient",
       "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat"],
      ["proses|process", "hemat biaya|efisien|cost-effective|hemat"], "fact"),
    A("Gibt es die eine richtige Sourcing-Strategie, die für jede Organisation passt?", "de", IT,
      ["The right strategy will vary by organization",
       "Die richtige Strategie ist von Organisation zu Organisation verschieden",
       "Strategi yang tepat akan berbeda-beda di setiap organisasi"],
      ["nein|nicht", "verschieden|unterschiedlich|variiert|vary"], "yesno"),
    # Is IT Sourcing Right for Me?
    A("What does the article say our era revolves around?", "en", IT,
      ["The modern age is all about data.",
       "In der heutigen Zeit dreht sich alles um Daten.",
       "Era modern berpusat pada data."],
      ["data"], "fact"),
    A("Menurut artikel, langkah apa yang paling menentukan bagi strategi IT sourcing apa pun?", "id", IT,
      ["identifying key areas, ascertaining the benefits for each area, and tracking",
       "die wichtigsten Bereiche zu identifizieren, den Nutzen für jeden Bereich",
       "mengidentifikasi area-area utama, menentukan manfaat bagi setiap area"],
      ["area", "manfaat|benefit", "data|melacak|track"], "list"),

    # ---------------- bpo-vs-ito (originals de and id; en is a translation)
    # P1
    A("What do firms ultimately hope to get out of hiring ITO and BPO providers?", "en", BPO,
      ["um effizientere Arbeitsabläufe zu schaffen",
       "untuk menciptakan alur kerja yang lebih efisien",
       "to create more efficient workflows"],
      ["efficien|effizient|efisien"], "why"),
    A("Pada dasarnya, apa kesamaan antara BPO dan ITO sebagai cara berbisnis?", "id", BPO,
      ["menjangkau melampaui kemampuannya sendiri dan memperkenalkan penyedia lain",
       "über seine eigenen Fähigkeiten hinausgehen und einen anderen Anbieter",
       "go beyond its own capabilities and bring in another provider"],
      ["penyedia|pihak lain|pihak luar", "kemampuan|dukungan|bantuan"], "definition"),
    A("In welchem Bereich soll ein ITO-Anbieter vor allem Einsparungen bringen?", "de", BPO,
      ["Kosteneinsparungen in Verbindung mit Computernetzwerken und anderen Informationstechnologiesystemen",
       "penghematan biaya yang terkait dengan jaringan komputer",
       "cost savings related to computer networks and other information technology"],
      ["Netzwerk|Computernetz", "Einsparung|Kosten|sparen"], "fact"),
    # P2
    A("If we already have an ITO vendor, do we still have any use for a BPO vendor?", "en", BPO,
      ["das eine macht das andere nicht überflüssig",
       "yang satu tidak menghilangkan kebutuhan akan yang lain",
       "one does not make the other redundant"],
      ["yes|redundant|both", "differ|scope|different"], "yesno"),
    # P3
    A("Dalam kondisi apa penyedia ITO dinilai tidak memberi dampak apa pun?", "id", BPO,
      ["Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur",
       "Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
       "Unless financial savings relating to technology systems and procedures are"],
      ["penghematan|hemat", "tidak|kecuali"], "when"),
    A("Woran bemisst sich, ob sich ein BPO-Anbieter gelohnt hat?", "de", BPO,
      ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
       "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
       "improvements in business processes that can lead to higher financial"],
      ["Verbesserung|verbesser", "Geschäftsprozess", "finanziell|Ergebnis"], "fact"),
    A("In which parts of an organisation can the efficiency gains from BPO show up?", "en", BPO,
      ["kann an Personal, Finanzen oder wirklich jeden operativen Bereich",
       "dapat dikaitkan dengan sumber daya manusia, keuangan, atau area operasional",
       "can be tied to personnel, finances, or really any operational"],
      ["personnel|staff|human resources|HR|Personal", "financ|Finanz|keuangan", "operational|operativ|core"], "list"),
    # P4
    A("Mit welchem Anbieter sollte man anfangen, wenn man beide Arten nutzen will?", "de", BPO,
      ["Die erste Einführung eines ITO-Anbieters kann zu den schnellsten",
       "Memperkenalkan penyedia ITO terlebih dahulu dapat menghasilkan penghematan finansial tercepat",
       "Bringing in an ITO provider first can lead to the fastest"],
      ["ITO", "schnell|Einsparung"], "when"),
    A("Mengapa penyedia ITO tidak harus dikontrak dalam jangka panjang?", "id", BPO,
      ["setelah potensi penghematan biaya diidentifikasi, perubahan tersebut dapat disesuaikan",
       "nachdem potenzielle Kosteneinsparungen identifiziert wurden, diese Änderungen vom Unternehmen",
       "once potential cost savings have been identified, these changes can"],
      ["penghematan|hemat", "diidentifikasi|teridentifikasi|ditemukan|dikenali"], "why"),
    A("Are ITO and BPO services meant to work hand in hand?", "en", BPO,
      ["so konzipiert sind, dass sie sich gegenseitig ergänzen",
       "dirancang untuk saling melengkapi",
       "are designed to complement each other"],
      ["complement|ergänz|melengkapi"], "yesno"),
    A("Kapan saat yang pas bagi penyedia BPO untuk mulai dilibatkan?", "id", BPO,
      ["Setelah penghematan biaya direalisasikan, kondisinya mungkin sudah matang",
       "Sobald Kosteneinsparungen realisiert sind, können die Bedingungen",
       "Once cost savings have been realized, the conditions may be ripe"],
      ["penghematan|hemat", "direalisasikan|terwujud|tercapai|setelah"], "when"),
    # P5
    A("Welche Technologiefunktionen haben ITO-Fachleute laut Text im Blick?", "de", BPO,
      ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
       "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
       "from storage to support to wireless services"],
      ["Speicher", "Support", "drahtlos"], "list"),
    A("Worin unterscheiden sich ITO- und BPO-Firmen neben ihren Zielen noch?", "de", BPO,
      ["Andere Unterscheidungsmerkmale zwischen ITO- und BPO-Firmen sind die Fachkenntnisse",
       "Faktor pembeda lainnya antara perusahaan ITO dan BPO termasuk keahlian",
       "Other features that distinguish ITO and BPO firms lie in the"],
      ["Fachkenntnis|Expertise|Wissen|Know-how"], "difference"),
    A("What should providers be able to do thanks to the know-how of these industry experts?", "en", BPO,
      ["Kosten und Bedingungen auszuhandeln oder Dienstleistungen basierend auf dem Wissen",
       "menegosiasikan biaya dan persyaratan atau merampingkan layanan",
       "negotiate costs and terms or optimize services based on the"],
      ["negotiat|aushandeln|menegosiasikan", "optimi|streamlin|merampingkan"], "fact"),
    A("Tugas apa saja yang dijalankan penyedia BPO atas nama sebuah organisasi?", "id", BPO,
      ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement",
       "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
       "specific tasks such as customer service, accounting, or personnel management"],
      ["layanan pelanggan", "akuntansi", "personalia|SDM|sumber daya manusia"], "list"),

    # ---------------- unanswerable: off-topic (3 per language)
    O("How long should I boil an egg if I want the yolk still runny?", "en"),
    O("What is a good stretch for lower back pain after a long bike ride?", "en"),
    O("When is the best time of year to see the autumn leaves in Kyoto?", "en"),
    O("Wie schneide ich einen alten Apfelbaum im Winter richtig zurück?", "de"),
    O("Wie viel zählt beim Skat ein Grand mit zwei Buben?", "de"),
    O("Kann ich meine Kaffeemaschine auch mit Essig entkalken?", "de"),
    O("Bagaimana cara memasak rendang supaya dagingnya empuk?", "id"),
    O("Kapan waktu terbaik untuk mendaki Gunung Rinjani?", "id"),
    O("Bagaimana cara merawat anggrek bulan agar cepat berbunga?", "id"),

    # ---------------- unanswerable: near-domain (2 per language)
    N("How should we measure customer satisfaction once our front office is run by a BPO provider?", "en", "satisfaction"),
    N("Is Mexico a sensible location for a help desk team in a multi-sourcing setup?", "en", "Mexico"),
    N("Was passiert mit dem ausgelagerten Kundenservice bei einem Streik beim BPO-Anbieter?", "de", "Streik"),
    N("Welche DSGVO-Pflichten entstehen, wenn die Lohnabrechnung an einen BPO-Dienstleister geht?", "de", "DSGVO"),
    N("Apakah staf front office dari penyedia BPO wajib memakai seragam perusahaan klien?", "id", "seragam"),
    N("Apakah penyedia KPO bisa menyediakan tenaga penerjemah bahasa Jepang?", "id", "Jepang"),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {out}")


if __name__ == "__main__":
    main()
