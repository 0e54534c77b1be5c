#!/usr/bin/python3
"""Write shipped-21/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-21/shipped-21/build_all.py

Answerable rows: doc is "it-sourcing.en" (original en; gold = en, de, id strings) or "bpo-vs-ito" (originals de and
id; gold = de, id, en strings). One gold string per language version, copied verbatim from the one paragraph (or list
with its lead-in) that answers. Keys are in the question's language and occur in the question-language version of the
passage. Unanswerable rows: doc "", gold [], answer_keys []; near-domain rows name the uncovered term.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITS = "it-sourcing.en"
BVI = "bpo-vs-ito"
ROWS = []


def q(question, lang, doc, gold, keys, kind):
    ROWS.append({"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                 "answerable": True, "kind": kind})


def near(question, lang, uncovered):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "near-domain", "uncovered": uncovered})


def off(question, lang):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "off-topic"})


# ---- it-sourcing, asked in English (the original) ----
q("Why would a company boss struggle to pick the best programs on their own?", "en", ITS,
  ["a company head would have to become familiar with hundreds",
   "müsste sich ein Firmenchef mit Hunderten, wenn nicht Tausenden",
   "harus mengenal ratusan, bahkan ribuan, solusi teknologi"],
  ["hundreds|thousands", "so many|countless|robust"], "why")
q("Is IT sourcing just a passing fad?", "en", ITS,
  ["a tried and true method that organizations of all sizes",
   "Es ist eine bewährte Methode, von der Organisationen jeder Größe",
   "IT sourcing adalah metode yang telah teruji dan terbukti"],
  ["tried and true|proven", "important"], "yesno")
q("How many main flavours of BPO are there?", "en", ITS,
  ["There are two main types of business process outsourcing",
   "Es gibt zwei Hauptarten des Business Process Outsourcing",
   "Ada dua jenis utama pengalihdayaan proses bisnis"],
  ["two|2", "front|back"], "count")
q("Besides the webiste, which IT jobs could an outside firm run entirely, and why would a company do that?", "en",
  ITS,
  ["managing company servers, setting up firewalls, running the organization",
   "die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
   "mengelola server perusahaan, memasang firewall, menjalankan situs web organisasi"],
  ["servers", "firewall", "avoid hiring|IT staff"], "list")
q("How should a company keep its systems running with few interruptions?", "en", ITS,
  ["Effective management of systems to ensure a company continues to move forward",
   "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
   "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
  ["effective management|management", "disruption"], "how")
q("What should an organization keep an eye on to see whether outside IT help is paying off?", "en", ITS,
  ["tracking the data to see how an organization is benefiting",
   "die Daten zu verfolgen, um zu sehen, wie eine Organisation profitiert",
   "melacak data untuk melihat bagaimana organisasi memperoleh manfaat"],
  ["data", "key areas|benefits"], "fact")
q("Who would normally do specialist work such as legal services if a firm kept it inside?", "en", ITS,
  ["could each be handled by a highly educated in-house employee",
   "jeweils von einem hochqualifizierten internen Mitarbeiter übernommen werden",
   "dapat ditangani oleh seorang karyawan internal yang berpendidikan tinggi"],
  ["highly educated|educated", "employee"], "who")
q("We run a fragile system that has to stay in our building, but we can't hire people fast enough to look after it. "
  "Could insourcing help?", "en", ITS,
  ["Insourcing refers to bringing an external team on board",
   "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
   "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
  ["external team", "long-term|oversee"], "yesno")

# ---- it-sourcing, asked in German (translation) ----
q("Wie kann eine Firma bei der Auslagerung von IT dafür sorgen, dass sich das finanziell lohnt?", "de", ITS,
  ["Saving money by ensuring the processes that are in place",
   "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse",
   "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat biaya"],
  ["kosteneffizient|kostengünstig", "Prozesse"], "how")
q("Wenn man die IT auf viele Spezialisten aufteilt: welche Aufgaben nennt der Text als Beispiele?", "de", ITS,
  ["one person or team who handles security, another who focuses",
   "eine Person oder ein Team für die Sicherheit zuständig ist",
   "satu orang atau tim yang menangani keamanan, pihak lain"],
  ["Sicherheit", "Webdesign", "Helpdesk|Arbeitsplatzrechner|Anwendungen"], "list")
q("Was ist KPO eigentlich?", "de", ITS,
  ["duties that require a specific skillset to complete",
   "Es sind Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
   "Tugas-tugas tersebut membutuhkan keahlian khusus untuk menyelesaikannya"],
  ["Fachkenntnisse", "extern"], "definition")
q("Muss man beim E-Outsourcing immer die komplette IT abgeben?", "de", ITS,
  ["or can be partially outsourced, so the internal IT team",
   "oder teilweise ausgelagert werden, damit sich das interne IT-Team",
   "atau dialihdayakan sebagian, sehingga tim TI internal dapat fokus"],
  ["teilweise", "konzentrieren|intern"], "yesno")
q("Warum reicht ein internes Team heute oft nicht mehr aus, um die vielen Programme zusammenzuhalten?", "de", ITS,
  ["It requires the assistance of various technology experts",
   "Dazu bedarf es der Unterstützung verschiedener Technologieexperten",
   "Hal ini memerlukan bantuan berbagai ahli teknologi"],
  ["Technologieexperten|Experten", "teuer"], "why")
q("Was unterscheidet Front Office und Back Office beim BPO?", "de", ITS,
  ["Front office refers to consumer-facing jobs",
   "Front Office bezeichnet Tätigkeiten mit Kundenkontakt",
   "Front office mengacu pada pekerjaan yang berhadapan langsung dengan konsumen"],
  ["Kundenkontakt|Kunden", "täglich|Betrieb"], "difference")
q("Nur einzelne IT-Aufgaben auslagern: Ziel?", "de", ITS,
  ["IT department can focus on core functions",
   "auf ihre Kernfunktionen konzentrieren kann",
   "departemen TI perusahaan dapat fokus pada fungsi inti"],
  ["Kernfunktionen|Kern"], "fact")
q("Wen holt sich eine Organisation beim Insourcing ins Haus?", "de", ITS,
  ["Insourcing refers to bringing an external team on board",
   "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
   "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
  ["externes Team|extern"], "who")

# ---- it-sourcing, asked in Indonesian (translation) ----
q("Pekerjaan back office apa saja yang bisa dialihdayakan?", "id", ITS,
  ["data entry, data management, quality checks, payroll, and accounting",
   "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
   "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
  ["entri data", "penggajian", "akuntansi"], "list")
q("Apakah setiap organisasi butuh karyawan penuh waktu untuk desain web atau urusan hukum?", "id", ITS,
  ["have a need for a full-time employee and staffing",
   "doch nicht jede Organisation hat Bedarf an einer Vollzeitkraft",
   "tidak setiap organisasi membutuhkan karyawan penuh waktu"],
  ["tidak|bukan", "KPO|profesional|tantangan"], "yesno")
q("Dalam situasi apa pekerjaan TI sebaiknya tetap dikerjakan orang dalam?", "id", ITS,
  ["perhaps for privacy reasons, because delicate systems need to remain on site",
   "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
   "mungkin karena alasan privasi, karena sistem yang sensitif harus tetap"],
  ["privasi", "sensitif|lokasi", "kolaborasi"], "when")
q("Bagaimana cara supaya pengeluaran untuk IT sourcing tetap terkendali?", "id", ITS,
  ["Saving money by ensuring the processes that are in place",
   "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse",
   "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat biaya"],
  ["proses", "hemat biaya|menghemat"], "how")
q("Ada berapa bentuk bantuan TI dari luar yang dijelaskan artikel?", "id", ITS,
  ["has a catch-all definition, which may refer to one or many types",
   "ist ein Sammelbegriff, der eine oder viele Arten von Unterstützung bezeichnen kann",
   "memiliki definisi luas yang dapat mengacu pada satu atau banyak jenis bantuan"],
  ["enam|6"], "count")
q("Dengan alih daya selektif, departemen TI bisa memusatkan perhatian pada apa?", "id", ITS,
  ["IT department can focus on core functions",
   "auf ihre Kernfunktionen konzentrieren kann",
   "departemen TI perusahaan dapat fokus pada fungsi inti"],
  ["fungsi inti|inti"], "fact")
q("Kami hanya toko kecil dengan tiga karyawan. Apakah IT sourcing tetap ada gunanya bagi kami?", "id", ITS,
  ["Some degree of IT sourcing is beneficial to every organization",
   "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
   "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
  ["setiap organisasi|bermanfaat"], "yesno")
q("Arti IT sourcing singkatnya?", "id", ITS,
  ["Solving the issues outlined above with the assistance of an external",
   "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen IT-Teams",
   "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
  ["eksternal", "tim|layanan"], "definition")

# ---- bpo-vs-ito, asked in English (translation) ----
q("Does an ITO provider have to stay on for years?", "en", BVI,
  ["Ein ITO-Anbieter muss nicht langfristig engagiert bleiben",
   "Penyedia ITO tidak perlu tetap terlibat dalam jangka panjang",
   "An ITO provider does not have to remain engaged"],
  ["no|not", "taken over|cost savings"], "yesno")
q("What sort of jobs do BPO firms take on for a client?", "en", BVI,
  ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement durch",
   "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
   "specific tasks such as customer service, accounting, or personnel management"],
  ["customer service", "accounting", "personnel"], "list")
q("Why might a business begin with an ITO provider before bringing in BPO?", "en", BVI,
  ["kann zu den schnellsten finanziellen Einsparungen führen",
   "dapat menghasilkan penghematan finansial tercepat",
   "can lead to the fastest financial savings"],
  ["fastest|quickest", "savings"], "why")
q("What has to happen for a BPO engagement to count as a win?", "en", BVI,
  ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
   "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
   "improvements in business processes that can lead to higher financial results"],
  ["business processes|improvement", "financial results"], "fact")
q("Main goal of ITO providers?", "en", BVI,
  ["Ein ITO-Anbieter sollte Kosteneinsparungen in Verbindung mit Computernetzwerken",
   "Penyedia ITO harus menciptakan penghematan biaya yang terkait dengan jaringan komputer",
   "An ITO provider should create cost savings related to computer networks"],
  ["cost savings|savings", "networks|information technology systems"], "fact")
q("Why does a compnay turn to ITO and BPO providers in the first place?", "en", BVI,
  ["um effizientere Arbeitsabläufe zu schaffen",
   "untuk menciptakan alur kerja yang lebih efisien",
   "to create more efficient workflows"],
  ["efficient workflows|workflows|efficien"], "why")

# ---- bpo-vs-ito, asked in German (original) ----
q("Stehen BPO- und ITO-Anbieter in Konkurrenz zueinander?", "de", BVI,
  ["keine Rivalität zwischen den Arten von Diensten",
   "tidak ada persaingan antara jenis layanan",
   "there is no rivalry between the types of services"],
  ["nein|nicht|kein", "Rivalität|ergänz|unterschiedlich"], "yesno")
q("Wie unterscheiden sich ITO- und BPO-Firmen bei ihrem Fachwissen?", "de", BVI,
  ["ITO-Experten kennen die Arten von Technologiefunktionen",
   "Profesional ITO terampil mengenali jenis kemampuan teknologi",
   "ITO experts know the kinds of technology functions"],
  ["Technologiefunktionen|Technologie", "Kundenservice|Buchhaltung|Personal"], "difference")
q("Kann unser Unternehmen die vom ITO-Anbieter gefundenen Einsparungen später selbst umsetzen?", "de", BVI,
  ["diese Änderungen vom Unternehmen übernommen werden können",
   "perubahan tersebut dapat disesuaikan dengan bisnis",
   "these changes can be taken over by the company"],
  ["übernommen|übernehmen"], "yesno")
q("Wir haben seit einem Jahr einen ITO-Anbieter, aber unsere Technikkosten sind gleich geblieben. Hat er etwas "
  "gebracht?", "de", BVI,
  ["hat ein ITO-Anbieter keinen Unterschied gemacht",
   "penyedia ITO tidak membuat perbedaan",
   "an ITO provider has made no difference"],
  ["nein|nicht|kein", "Unterschied|Einsparungen"], "yesno")
q("Welche Technologiefunktionen kennen ITO-Experten und was sollten Anbieter mit diesem Wissen tun können?", "de",
  BVI,
  ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
   "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
   "from storage to support to wireless services"],
  ["Speicherung|Support|drahtlos", "aushandeln|optimieren"], "list")

# ---- bpo-vs-ito, asked in Indonesian (original) ----
q("Bidang apa saja yang bisa merasakan efisiensi dari penyedia BPO?", "id", BVI,
  ["an Personal, Finanzen oder wirklich jeden operativen Bereich",
   "dikaitkan dengan sumber daya manusia, keuangan, atau area operasional",
   "tied to personnel, finances, or really any operational area"],
  ["sumber daya manusia|SDM", "keuangan", "operasional"], "list")
q("Mengapa perusahaan bisa melepas penyedia ITO setelah beberapa waktu?", "id", BVI,
  ["nachdem potenzielle Kosteneinsparungen identifiziert wurden",
   "setelah potensi penghematan biaya diidentifikasi",
   "once potential cost savings have been identified"],
  ["penghematan", "disesuaikan|bisnis"], "why")
q("Apakah peran penyedia BPO dan ITO sama sekali tidak bersinggungan?", "id", BVI,
  ["Jeder dieser Anbieter hat einzigartige Rollen",
   "Masing-masing penyedia ini memiliki peran unik",
   "Each of these providers has unique roles"],
  ["tumpang tindih", "unik"], "yesno")
q("Menyewa BPO dan ITO sekaligus?", "id", BVI,
  ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen",
   "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO",
   "A company can hire both ITO and BPO providers"],
  ["dapat|bisa", "berbeda|cakupan"], "fact")
q("Apa itu BPO dan ITO menurut artikel?", "id", BVI,
  ["über seine eigenen Fähigkeiten hinausgehen und einen anderen Anbieter",
   "menjangkau melampaui kemampuannya sendiri dan memperkenalkan penyedia lain",
   "go beyond its own capabilities and bring in another provider"],
  ["melampaui|kemampuan", "penyedia lain"], "definition")

# ---- off-topic (three per language) ----
off("How many legs does a spider have?", "en")
off("Who painted the Mona Lisa?", "en")
off("What is the boiling point of water at sea level?", "en")
off("Wie hoch ist die Zugspitze?", "de")
off("Wer schrieb die Buddenbrooks?", "de")
off("Wie backt man einen Marmorkuchen?", "de")
off("Siapa penulis novel Bumi Manusia?", "id")
off("Berapa tinggi Gunung Rinjani?", "id")
off("Bagaimana cara membuat rendang?", "id")

# ---- near-domain (two per language) ----
near("What markup do BPO providers usually add on top of their staff costs?", "en", "markup")
near("Will our ITO provider also look after printer repairs?", "en", "printer")
near("Wie viele ITO-Anbieter gibt es weltweit?", "de", "weltweit")
near("Welche Vorschriften gelten für BPO-Anbieter in Marokko?", "de", "Marokko")
near("Apakah artikel ini menyarankan Zoho untuk help desk perusahaan?", "id", "Zoho")
near("Berapa ongkos yang biasanya ditagih penyedia BPO untuk mengurus penggajian?", "id", "ongkos")

if __name__ == "__main__":
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to all.jsonl")
