#!/usr/bin/python3
"""Write all.jsonl for shipped-13 (questions on the shipped corpus: it-sourcing and bpo-vs-ito).

Usage: /usr/bin/python3 build_all.py        (then ../split.py shipped-13)

Gold: one string per language version. it-sourcing.en: English original first, then German and
Indonesian. bpo-vs-ito: German and Indonesian originals first, then the English translation.

Test data, not knowledge: do not copy the corpus documents or these questions into corpus/.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITS = "it-sourcing.en"
BPO = "bpo-vs-ito"

ROWS = []


def q(question, lang, doc, gold, keys, kind):
    ROWS.append({"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                 "answerable": True, "kind": kind})


def off(question, lang):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "off-topic"})


def near(question, lang, uncovered):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "near-domain", "uncovered": uncovered})


# --- it-sourcing (original: en) -------------------------------------------------------------------
# intro
q("Apakah IT sourcing hanyalah tren baru yang muncul belakangan ini?", "id", ITS,
  ["tried and true method that organizations of all sizes",
   "Es ist eine bewährte Methode, von der Organisationen jeder Größe profitieren",
   "IT sourcing adalah metode yang telah teruji dan terbukti"],
  ["tidak|bukan", "teruji|terbukti|metode"], "yesno")
# IT Sourcing Definition, paragraph 1
q("Dulu, bagaimana perusahaan bisa menjalankan program pengelola inventaris di beberapa komputer sekaligus?", "id", ITS,
  ["it could be purchased, along with licenses to operate it",
   "konnte man es samt Lizenzen für den Betrieb auf mehreren Systemen kaufen",
   "program itu dapat dibeli beserta lisensi untuk menjalankannya"],
  ["lisensi", "beli|dibeli"], "fact")
q("Kapan pengelolaan teknologi sebuah perusahaan masih tergolong sederhana menurut artikel?", "id", ITS,
  ["In the not too distant past, a company",
   "In der nicht allzu fernen Vergangenheit war die Technologieverwaltung",
   "Pada masa yang belum terlalu lama berlalu, pengelolaan teknologi"],
  ["lalu|dulu|masa"], "when")
q("What do companies use their applications and programs for nowadays?", "en", ITS,
  ["track all kinds of data to help their enterprises run efficiently",
   "um Daten aller Art zu erfassen, damit ihre Betriebe effizient laufen",
   "untuk melacak segala macam data agar usaha mereka dapat berjalan"],
  ["data", "efficien"], "fact")
q("Wessen Hilfe braucht man heute, damit alle Programme richtig zusammenspielen und gut laufen?", "de", ITS,
  ["It requires the assistance of various technology experts",
   "Dazu bedarf es der Unterstützung verschiedener Technologieexperten",
   "Hal ini memerlukan bantuan berbagai ahli teknologi"],
  ["Technologieexpert|Experten|Fachleute"], "fact")
q("Mengapa dukungan para ahli teknologi bisa menjadi masalah bagi perusahaan?", "id", ITS,
  ["which may be cost-prohibitive and often cannot be done",
   "was unerschwinglich teuer sein kann und von einem internen Team",
   "yang biayanya bisa sangat mahal dan sering kali sama sekali"],
  ["mahal|biaya", "internal"], "why")
# IT Sourcing Definition, paragraph 2
q("Besides the sheer number of options, what makes picking the right applications hard?", "en", ITS,
  ["each with potential drawbacks and benefits",
   "jedes mit möglichen Vor- und Nachteilen",
   "masing-masing dengan potensi kekurangan dan kelebihannya"],
  ["drawback|disadvantage|downside", "benefit|advantage"], "fact")
q("Ist es für die meisten Firmen realistisch, dass sich der Chef selbst in alle technischen Lösungen einarbeitet?", "de", ITS,
  ["For most companies, this is simply not fathomable",
   "Für die meisten Unternehmen ist das schlicht undenkbar",
   "Bagi sebagian besar perusahaan, hal ini sama sekali tidak terbayangkan"],
  ["nein|nicht|kein", "undenkbar|unvorstellbar|unrealistisch|Hunderte|Tausende"], "yesno")
# the one-line definition
q("How does the article sum up IT sourcing in a single line?", "en", ITS,
  ["Solving the issues outlined above with the assistance of an external",
   "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen IT-Teams",
   "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
  ["external|outside", "team|service"], "definition")
# Types of IT Sourcing
q("Welche Arten des IT-Sourcing führt der Artikel auf?", "de", ITS,
  ["may refer to one or many types of assistance",
   "der eine oder viele Arten von Unterstützung bezeichnen kann",
   "dapat mengacu pada satu atau banyak jenis bantuan"],
  ["Insourcing", "Multi-Sourcing|Selektiv", "Knowledge Process|Business Process|E-Outsourcing"], "list")
# Business Process Outsourcing
q("What kinds of back-office work can a BPO provider take over?", "en", ITS,
  ["data entry, data management, quality checks, payroll, and accounting",
   "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
   "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
  ["data entry|data management", "payroll|accounting|quality"], "list")
q("Welche Tätigkeiten zählt der Artikel zum Front Office?", "de", ITS,
  ["such as customer service, scheduling, and inbound/ outbound sales",
   "etwa Kundenservice, Terminplanung sowie ein- und ausgehenden Vertrieb",
   "seperti layanan pelanggan, penjadwalan, serta penjualan masuk dan keluar"],
  ["Kundenservice|Kundendienst", "Termin|Vertrieb"], "list")
q("Apa perbedaan front office dan back office dalam BPO?", "id", ITS,
  ["Back office outsourcing does not impact the consumer directly",
   "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
   "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
  ["konsumen|pelanggan", "langsung"], "difference")
# E-Outsourcing
q("Welche Aufgaben kann die IT-Abteilung je nach Aufbau eines Unternehmens haben?", "de", ITS,
  ["managing company servers, setting up firewalls",
   "für die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
   "mengelola server perusahaan, memasang firewall, menjalankan situs web organisasi"],
  ["Server", "Firewall", "Website|Webseite|Anwendung|Programm"], "list")
q("Dalam e-outsourcing, haruskah semua tugas TI diserahkan sepenuhnya kepada perusahaan luar?", "id", ITS,
  ["or can be partially outsourced, so the internal IT team",
   "oder teilweise ausgelagert werden, damit sich das interne IT-Team",
   "atau dialihdayakan sebagian, sehingga tim TI internal dapat fokus"],
  ["sebagian", "internal|fokus"], "yesno")
# Insourcing
q("Aus welchen Gründen muss eine Aufgabe manchmal im eigenen Haus erledigt werden?", "de", ITS,
  ["perhaps for privacy reasons, because delicate systems need to remain on site",
   "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
   "mungkin karena alasan privasi, karena sistem yang sensitif harus tetap"],
  ["Datenschutz", "vor Ort|empfindlich|Zusammenarbeit"], "why")
q("What does the article mean by insourcing?", "en", ITS,
  ["Insourcing refers to bringing an external team on board",
   "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
   "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
  ["external", "team"], "definition")
# Knowledge Process Outsourcing
q("Bidang apa saja yang dicontohkan artikel sebagai pekerjaan KPO?", "id", ITS,
  ["web design, accounting, and legal services could each be handled",
   "Webdesign, Buchhaltung und Rechtsdienstleistungen jeweils von einem hochqualifizierten",
   "desain web, akuntansi, dan layanan hukum masing-masing dapat ditangani"],
  ["desain web", "akuntansi", "hukum"], "list")
# Multi-Sourcing
q("Under multi-sourcing, is the help desk run by the same people who look after security?", "en", ITS,
  ["numerous experts are called in to handle different portions",
   "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
   "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
  ["no|not", "different|another|separate|other"], "yesno")
q("Was ist die fünfte Art in der Aufzählung der IT-Sourcing-Arten, und was kennzeichnet sie?", "de", ITS,
  ["rather than hiring one team to manage all aspects of a project",
   "statt ein einziges Team mit der Verwaltung aller Aspekte eines Projekts",
   "alih-alih menyewa satu tim untuk mengelola semua aspek proyek atau departemen"],
  ["Multi-Sourcing", "Experten|Teams|mehrere|zahlreiche"], "fact")
# Selective Outsourcing
q("Apa jenis keenam dalam daftar jenis IT sourcing, dan apa isinya?", "id", ITS,
  ["selective outsourcing involves choosing only specific tasks to outsource",
   "werden beim selektiven Outsourcing nur bestimmte Aufgaben zur Auslagerung ausgewählt",
   "pengalihdayaan selektif berarti hanya memilih tugas-tugas tertentu untuk dialihdayakan"],
  ["selektif", "tugas|tertentu"], "fact")
# IT Sourcing Strategy
q("What is the first foundation of a working IT sourcing strategy, according to the article?", "en", ITS,
  ["Effective management of systems to ensure a company continues to move forward",
   "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
   "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
  ["management|managing", "disruption|interruption"], "fact")
# Is IT Sourcing Right for Me?
q("What does the article say the modern age revolves around?", "en", ITS,
  ["The modern age is all about data",
   "In der heutigen Zeit dreht sich alles um Daten",
   "Era modern berpusat pada data"],
  ["data"], "fact")
q("Profitiert laut dem Schlussabschnitt nur ein Teil der Organisationen von IT-Sourcing?", "de", ITS,
  ["Some degree of IT sourcing is beneficial to every organization",
   "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
   "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
  ["jede|alle"], "yesno")
q("Apa saja yang paling menentukan dalam setiap strategi IT sourcing?", "id", ITS,
  ["identifying key areas, ascertaining the benefits for each area, and tracking",
   "die wichtigsten Bereiche zu identifizieren, den Nutzen für jeden Bereich",
   "mengidentifikasi area-area utama, menentukan manfaat bagi setiap area"],
  ["area", "manfaat", "data|melacak"], "list")

# --- bpo-vs-ito (originals: de, id; en is a translation) -------------------------------------------
# paragraph 1
q("Wozu wenden sich Unternehmen im Kern an ITO- und BPO-Anbieter?", "de", BPO,
  ["um effizientere Arbeitsabläufe zu schaffen",
   "untuk menciptakan alur kerja yang lebih efisien",
   "to create more efficient workflows"],
  ["effizient", "Arbeitsabl|Abläufe|Prozess"], "why")
q("What does the abbreviation ITO stand for?", "en", BPO,
  ["und Information Technology Outsourcing (ITO) stellen beide",
   "pengalihdayaan teknologi informasi (ITO) keduanya mewakili",
   "Information Technology Outsourcing (ITO) both represent ways"],
  ["Information Technology Outsourcing"], "definition")
q("Was ermöglichen BPO und ITO einem Unternehmen laut dem ersten Absatz grundsätzlich?", "de", BPO,
  ["über seine eigenen Fähigkeiten hinausgehen und einen anderen Anbieter",
   "menjangkau melampaui kemampuannya sendiri dan memperkenalkan penyedia lain",
   "go beyond its own capabilities and bring in another provider"],
  ["Fähigkeiten|Kompetenzen|Möglichkeiten", "Anbieter|Dienstleister|extern"], "definition")
q("Apa beda hasil yang diharapkan dari penyedia ITO dan dari penyedia BPO?", "id", BPO,
  ["während die Dienste eines BPO-Anbieters zu einer größeren betrieblichen Effizienz",
   "sementara layanan penyedia BPO harus mengarah pada efisiensi operasional",
   "while the services of a BPO provider should lead to greater"],
  ["hemat|penghematan|biaya", "efisiensi"], "difference")
# paragraph 2
q("Konkurrieren BPO- und ITO-Anbieter in der Regel um dieselben Aufträge?", "de", BPO,
  ["es im Durchschnitt keine Rivalität zwischen den Arten von Diensten",
   "rata-rata, tidak ada persaingan antara jenis layanan",
   "there is no rivalry between the types of services"],
  ["nein|nicht|kein", "Rivalität|Konkurrenz|Wettbewerb"], "yesno")
q("Does the article say a company has to choose between an ITO and a BPO provider?", "en", BPO,
  ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen",
   "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO",
   "A company can hire both ITO and BPO providers"],
  ["no|not", "both"], "yesno")
q("Apakah cakupan layanan penyedia ITO dan penyedia BPO sama?", "id", BPO,
  ["Der Leistungsumfang der beiden Anbieter ist unterschiedlich",
   "Cakupan layanan yang ditawarkan oleh kedua penyedia ini berbeda",
   "The scope of services of the two providers differs"],
  ["tidak|bukan", "berbeda"], "yesno")
# paragraph 3
q("Kapan penyedia ITO bisa dikatakan benar-benar membawa perbedaan?", "id", BPO,
  ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
   "Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur",
   "Unless financial savings relating to technology systems and procedures are uncovered"],
  ["penghematan|hemat", "teknologi|sistem"], "when")
q("What must the process improvements of a BPO provider be able to lead to?", "en", BPO,
  ["die zu höheren finanziellen Ergebnissen in einem Unternehmen führen können",
   "yang dapat menyebabkan hasil keuangan yang lebih besar",
   "that can lead to higher financial results in a company"],
  ["financial|profit|results"], "fact")
q("An welche Bereiche kann die Effizienz gebunden sein, die ein BPO-Anbieter erzielt?", "de", BPO,
  ["an Personal, Finanzen oder wirklich jeden operativen Bereich",
   "dengan sumber daya manusia, keuangan, atau area operasional apa pun",
   "tied to personnel, finances, or really any operational area"],
  ["Personal", "Finanz"], "list")
# paragraph 4
q("Apakah ITO dan BPO pada dasarnya dibuat untuk bersaing satu sama lain?", "id", BPO,
  ["so konzipiert sind, dass sie sich gegenseitig ergänzen",
   "dirancang untuk saling melengkapi",
   "are designed to complement each other"],
  ["tidak|bukan", "melengkapi"], "yesno")
q("Langkah mana yang bisa menghasilkan penghematan finansial paling cepat?", "id", BPO,
  ["Die erste Einführung eines ITO-Anbieters kann zu den schnellsten finanziellen",
   "Memperkenalkan penyedia ITO terlebih dahulu dapat menghasilkan penghematan finansial tercepat",
   "Bringing in an ITO provider first can lead to the fastest"],
  ["ITO", "dahulu|pertama|awal"], "fact")
# paragraph 5
q("Apart from their roles, what else sets ITO firms apart from BPO firms?", "en", BPO,
  ["Andere Unterscheidungsmerkmale zwischen ITO- und BPO-Firmen sind die Fachkenntnisse",
   "Faktor pembeda lainnya antara perusahaan ITO dan BPO termasuk keahlian",
   "Other features that distinguish ITO and BPO firms lie in the expertise"],
  ["expertise|knowledge|skills"], "difference")
q("Which range of technology functions do ITO experts know, from one end to the other?", "en", BPO,
  ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
   "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
   "from storage to support to wireless services"],
  ["storage", "wireless|support"], "list")
q("Welche Aufgaben übernehmen BPO-Anbieter im Auftrag einer Organisation?", "de", BPO,
  ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement",
   "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
   "specific tasks such as customer service, accounting, or personnel management"],
  ["Kundenservice|Kundendienst", "Buchhaltung|Personal"], "list")

# --- off-topic (3 per language) ---------------------------------------------------------------------
off("At what temperature does water boil on the summit of Mount Everest?", "en")
off("Who painted the ceiling of the Sistine Chapel?", "en")
off("How many strings does a standard violin have?", "en")
off("Wie lange muss ein Sauerteigbrot im Ofen backen?", "de")
off("Wer hat die Oper Die Zauberflöte komponiert?", "de")
off("Wie hoch ist die Zugspitze?", "de")
off("Bagaimana cara membuat sambal terasi yang enak?", "id")
off("Siapa pencipta lagu Indonesia Raya?", "id")
off("Berapa jumlah pulau di Kepulauan Seribu?", "id")

# --- near-domain (2 per language): close to the documents, but unanswered ---------------------------
near("Does the article say that outsourcing firewall set-up protects a company against ransomware?", "en", "ransomware")
near("Is Wipro among the providers the article recommends for knowledge process outsourcing?", "en", "Wipro")
near("Empfiehlt der Artikel, anspruchsvolle KPO-Aufgaben mit Werkstudenten zu besetzen?", "de", "Werkstudent")
near("Nennt der Text Bechtle als möglichen Partner für das E-Outsourcing der Unternehmensserver?", "de", "Bechtle")
near("Menurut artikel, apakah pekerjaan kasir di toko termasuk front office dalam BPO?", "id", "kasir")
near("Apakah artikel merekomendasikan Zahir untuk akuntansi back office yang dialihdayakan?", "id", "Zahir")


if __name__ == "__main__":
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to all.jsonl")
