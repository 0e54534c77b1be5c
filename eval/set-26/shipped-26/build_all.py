#!/usr/bin/python3
"""Write shipped-26/all.jsonl (55 questions on the shipped corpus). Standard library only.

Every answerable row carries a gold string from each language version; the first comes from an original
(it-sourcing.en, or bpo-vs-ito.de / bpo-vs-ito.id)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITS = "it-sourcing.en"
BVI = "bpo-vs-ito"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def off(question, lang):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [], "answerable": False,
            "kind": "off-topic"}


def near(question, lang, term):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [], "answerable": False,
            "kind": "near-domain", "uncovered": term}


ROWS = [
    # --- it-sourcing, English (original) ---
    q("Why can a company boss not simply pick the best programs on their own?", "en", ITS,
      ["a company head would have to become familiar with hundreds", "müsste sich ein Firmenchef mit Hunderten",
       "seorang pimpinan perusahaan harus mengenal ratusan"], ["hundreds|thousands"], "why"),
    q("What tasks could an IT department hand over completely to an outside firm under e-outsourcing?", "en", ITS,
      ["managing company servers, setting up firewalls", "die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
       "mengelola server perusahaan, memasang firewall"], ["servers", "firewalls", "website"], "list"),
    q("How should a firm keep the business moving with few interruptions?", "en", ITS,
      ["Effective management of systems to ensure a company continues to move forward",
       "Effektive Verwaltung der Systeme, um sicherzustellen",
       "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
      ["management of systems|effective management"], "how"),
    q("How many foundations does a good sourcing plan usually rest on?", "en", ITS,
      ["creating one that works is generally based on two things", "beruht im Allgemeinen auf zwei Dingen",
       "umumnya didasarkan pada dua hal"], ["2|two"], "count"),
    q("I run a small bakery chain and our own staff set up every program we use. Why might that no longer be enough today?",
      "en", ITS, ["often cannot be done by an in-house team at all",
                  "von einem internen Team oft überhaupt nicht geleistet werden kann",
                  "sering kali sama sekali tidak dapat dilakukan oleh tim internal"],
      ["technology experts|experts", "cost-prohibitive|in-house"], "why"),
    q("What is it called when a firm hands only specific IT tasks to outsiders?", "en", ITS,
      ["selective outsourcing involves choosing only specific tasks to outsource",
       "werden beim selektiven Outsourcing nur bestimmte Aufgaben zur Auslagerung ausgewählt",
       "pengalihdayaan selektif berarti hanya memilih tugas-tugas tertentu untuk dialihdayakan"],
      ["selective outsourcing|selective"], "definition"),
    q("Whose help do firms now need to make their many programs work together?", "en", ITS,
      ["It requires the assistance of various technology experts",
       "Dazu bedarf es der Unterstützung verschiedener Technologieexperten",
       "Hal ini memerlukan bantuan berbagai ahli teknologi"], ["technology experts|experts"], "who"),
    q("Besides wages, what back-office work can a company outsource?", "en", ITS,
      ["data entry, data management, quality checks, payroll, and accounting",
       "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
       "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
      ["data entry", "accounting|quality checks"], "list"),
    q("When did a comapny's technology management count as fairly simple?", "en", ITS,
      ["In the not too distant past", "In der nicht allzu fernen Vergangenheit", "Pada masa yang belum terlalu lama berlalu"],
      ["past|not too distant"], "when"),
    q("How does front office work differ from back office work in BPO?", "en", ITS,
      ["Front office refers to consumer-facing jobs", "Back office outsourcing does not impact the consumer directly",
       "Front Office bezeichnet Tätigkeiten mit Kundenkontakt", "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
       "Front office mengacu pada pekerjaan yang berhadapan langsung dengan konsumen",
       "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
      ["consumer-facing|consumer", "directly|daily operations"], "difference"),
    # --- it-sourcing, German (cross-language) ---
    q("Wie kann ein Unternehmen beim IT-Sourcing dafür sorgen, dass Geld gespart wird?", "de", ITS,
      ["Saving money by ensuring the processes that are in place are cost-effective.",
       "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse kosteneffizient sind.",
       "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat biaya."],
      ["kosteneffizient|Prozesse"], "how"),
    q("Was versteht man unter Insourcing?", "de", ITS,
      ["Insourcing refers to bringing an external team on board",
       "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
       "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"], ["externes Team|extern"], "definition"),
    q("Wir brauchen eine Webdesignerin, aber keine Vollzeitstelle. Wer kann das laut Artikel übernehmen?", "de", ITS,
      ["puts the right professional in the position quickly", "bringt schnell die richtige Fachkraft auf die Stelle",
       "dengan cepat menempatkan profesional yang tepat pada posisinya"],
      ["KPO|Knowledge Process Outsourcing", "Fachkraft"], "who"),
    q("Worin unterscheidet sich KPO von gewöhnlichem BPO?", "de", ITS,
      ["the tasks aren’t minor things like data entry", "nicht um kleinere Aufgaben wie die Dateneingabe",
       "bukanlah hal-hal kecil seperti entri data"], ["Dateneingabe", "Fachkenntnisse"], "difference"),
    q("Ist es heute einfach, alle Programme sauber miteinander zu verbinden?", "de", ITS,
      ["ensuring each one continues to perform well is not always easy",
       "dass jedes weiterhin gut funktioniert, ist nicht immer einfach",
       "memastikan masing-masing tetap berkinerja baik tidak selalu mudah"],
      ["nein|nicht", "Technologieexperten|Experten"], "yesno"),
    q("Warum lässt ein Betrieb heikle Aufgaben manchmal vom eigenen Team erledigen?", "de", ITS,
      ["perhaps for privacy reasons, because delicate systems need to remain on site",
       "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
       "karena sistem yang sensitif harus tetap berada di lokasi"], ["Datenschutz", "vor Ort"], "why"),
    q("Back-Office-Outsourcing: typische Tätigkeiten?", "de", ITS,
      ["data entry, data management, quality checks, payroll, and accounting",
       "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
       "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
      ["Dateneingabe", "Lohnabrechnung|Buchhaltung"], "list"),
    q("Ist IT-Sourcing eine neue Modeerscheinung?", "de", ITS,
      ["It’s a tried and true method", "Es ist eine bewährte Methode",
       "IT sourcing adalah metode yang telah teruji dan terbukti"], ["nein|kein|nicht", "bewährte Methode|bewährt"], "yesno"),
    # --- it-sourcing, Indonesian (cross-language) ---
    q("Ada berapa jenis utama BPO menurut artikel?", "id", ITS,
      ["There are two main types of business process outsourcing (BPO)",
       "Es gibt zwei Hauptarten des Business Process Outsourcing (BPO)",
       "Ada dua jenis utama pengalihdayaan proses bisnis (BPO)"], ["2|dua"], "count"),
    q("Dalam model dengan banyak ahli, siapa saja yang mengurus bagian-bagian teknologi perusahaan?", "id", ITS,
      ["one person or team who handles security", "eine Person oder ein Team für die Sicherheit zuständig ist",
       "satu orang atau tim yang menangani keamanan"], ["keamanan", "desain web|help desk"], "who"),
    q("Apakah setiap organisasi membutuhkan karyawn penuh waktu untuk desain web dan layanan hukum?", "id", ITS,
      ["every organization doesn’t have a need for a full-time employee",
       "doch nicht jede Organisation hat Bedarf an einer Vollzeitkraft",
       "tidak setiap organisasi membutuhkan karyawan penuh waktu"], ["tidak|bukan", "KPO|profesional"], "yesno"),
    q("Mengapa departemen TI memilih hanya sebagian tugas untuk diserahkan ke pihak luar?", "id", ITS,
      ["so that a company’s IT department can focus on core functions",
       "damit sich die IT-Abteilung eines Unternehmens auf ihre Kernfunktionen konzentrieren kann",
       "sehingga departemen TI perusahaan dapat fokus pada fungsi inti"], ["fungsi inti|inti"], "why"),
    q("Apa bedanya menyerahkan pekerjaan TI sepenuhnya atau hanya sebagian kepada pihak luar?", "id", ITS,
      ["in order to avoid hiring an IT staff", "so the internal IT team can focus on what matters most",
       "um die Einstellung von IT-Personal zu vermeiden", "damit sich das interne IT-Team auf das konzentrieren kann",
       "untuk menghindari perekrutan staf TI", "sehingga tim TI internal dapat fokus pada hal yang paling penting"],
      ["menghindari perekrutan|perekrutan staf", "tim TI internal|fokus"], "difference"),
    q("Kapan IT sourcing akan semakin penting?", "id", ITS,
      ["as systems continue to evolve", "mit der fortschreitenden Weiterentwicklung der Systeme",
       "seiring sistem yang terus berkembang"], ["berkembang"], "when"),
    q("Pekerjaan apa saja yang termasuk front office?", "id", ITS,
      ["customer service, scheduling, and inbound/ outbound sales",
       "etwa Kundenservice, Terminplanung sowie ein- und ausgehenden Vertrieb",
       "seperti layanan pelanggan, penjadwalan, serta penjualan masuk dan keluar"],
      ["layanan pelanggan", "penjadwalan", "penjualan"], "list"),
    q("Sumber bantuan dalam IT sourcing?", "id", ITS,
      ["with the assistance of an external information technology team or services",
       "mit Unterstützung eines externen IT-Teams oder externer IT-Dienste",
       "dengan bantuan tim atau layanan teknologi informasi eksternal"], ["eksternal"], "fact"),
    # --- bpo-vs-ito, English (cross-language against de / id) ---
    q("Why might a company bring in an ITO provider before a BPO provider?", "en", BVI,
      ["Die erste Einführung eines ITO-Anbieters kann zu den schnellsten finanziellen Einsparungen führen",
       "Memperkenalkan penyedia ITO terlebih dahulu dapat menghasilkan penghematan finansial tercepat",
       "can lead to the fastest financial savings"], ["fastest|savings"], "why"),
    q("We already use an ITO provider. Does hiring a BPO provider as well make the first one redundant?", "en", BVI,
      ["das eine macht das andere nicht überflüssig", "yang satu tidak menghilangkan kebutuhan akan yang lain",
       "one does not make the other redundant"], ["no|not", "differ|scope"], "yesno"),
    q("When can a company let its ITO provider go, and what can follow after that?", "en", BVI,
      ["nachdem potenzielle Kosteneinsparungen identifiziert wurden", "können die Bedingungen für einen BPO-Anbieter reif sein",
       "setelah potensi penghematan biaya diidentifikasi", "kondisinya mungkin sudah matang bagi penyedia BPO",
       "once potential cost savings have been identified", "the conditions may be ripe for a BPO provider"],
      ["cost savings|identified", "BPO"], "when"),
    q("Apart from customer service and bookkeeping, which part of a company's workforce can a BPO firm run?", "en", BVI,
      ["Kundenservice, Buchhaltung oder Personalmanagement", "layanan pelanggan, akuntansi, atau manajemen personalia",
       "customer service, accounting, or personnel management"], ["personnel management|personnel"], "fact"),
    q("At what point can you say an ITO provider brought nothing?", "en", BVI,
      ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
       "Kecuali penghematan finansial ditemukan terkait dengan sistem",
       "Unless financial savings relating to technology systems and procedures are uncovered"],
      ["financial savings|savings"], "when"),
    q("What should each kind of provider deliver, an ITO provider versus a BPO provider?", "en", BVI,
      ["Ein ITO-Anbieter sollte Kosteneinsparungen in Verbindung mit Computernetzwerken",
       "zu einer größeren betrieblichen Effizienz in fast allen Unternehmensbereichen",
       "Penyedia ITO harus menciptakan penghematan biaya yang terkait dengan jaringan komputer",
       "efisiensi operasional yang lebih besar di hampir semua bidang bisnis",
       "An ITO provider should create cost savings related to computer networks",
       "greater operational efficiency in almost all areas of a business"],
      ["cost savings", "operational efficiency"], "difference"),
    # --- bpo-vs-ito, German (original) ---
    q("Gibt es zwischen BPO- und ITO-Anbietern normalerweise einen Konkurrenzkampf?", "de", BVI,
      ["gibt es im Durchschnitt keine Rivalität", "tidak ada persaingan antara jenis layanan",
       "there is no rivalry between the types of services"], ["nein|kein|keine", "Rivalität"], "yesno"),
    q("Warum muss ein ITO-Anbieter nicht dauerhaft im Unternehmen bleiben?", "de", BVI,
      ["diese Änderungen vom Unternehmen übernommen werden können", "perubahan tersebut dapat disesuaikan dengan bisnis",
       "these changes can be taken over by the company"], ["Kosteneinsparungen|identifiziert", "übernommen"], "why"),
    q("Wer wendet sich an ITO- und BPO-Anbieter, und wozu?", "de", BVI,
      ["wendet sich ein Unternehmen an ITO- und BPO-Anbieter", "um effizientere Arbeitsabläufe zu schaffen",
       "perusahaan beralih ke penyedia ITO dan BPO", "untuk menciptakan alur kerja yang lebih efisien",
       "a company turns to ITO and BPO providers", "to create more efficient workflows"],
      ["Unternehmen", "effizientere Arbeitsabläufe|Arbeitsabläufe"], "who"),
    q("Woran kann die Effizienz gebunden sein, die ein BPO-Anbieter erreicht?", "de", BVI,
      ["kann an Personal, Finanzen oder wirklich jeden operativen Bereich", "dapat dikaitkan dengan sumber daya manusia, keuangan",
       "can be tied to personnel, finances, or really any operational area"], ["Personal", "Finanzen"], "fact"),
    # --- bpo-vs-ito, Indonesian (original) ---
    q("Apakah layanan ITO dan BPO sengaja dibuat untuk saling bersaing?", "id", BVI,
      ["layanan ITO dan BPO dirancang untuk saling melengkapi", "so konzipiert sind, dass sie sich gegenseitig ergänzen",
       "designed to complement each other"], ["tidak|bukan", "saling melengkapi|melengkapi"], "yesno"),
    q("Siapa yang menjalankan tugas layanan pelanggan dan akuntasi atas nama organisasi?", "id", BVI,
      ["Penyedia BPO melakukan tugas tertentu atas nama organisasi",
       "BPO-Anbieter führen im Auftrag einer Organisation bestimmte Aufgaben", "BPO providers carry out specific tasks"],
      ["penyedia BPO|BPO"], "who"),
    q("Apa yang membedakan keahlian di balik penyedia ITO dengan penyedia BPO?", "id", BVI,
      ["Profesional ITO terampil mengenali jenis kemampuan teknologi",
       "Penyedia BPO melakukan tugas tertentu atas nama organisasi",
       "ITO-Experten kennen die Arten von Technologiefunktionen",
       "BPO-Anbieter führen im Auftrag einer Organisation bestimmte Aufgaben",
       "ITO experts know the kinds of technology functions", "BPO providers carry out specific tasks"],
      ["teknologi", "layanan pelanggan|tugas tertentu"], "difference"),
    q("Bidang teknologi apa saja yang dikuasai para profesional ITO?", "id", BVI,
      ["mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
       "von der Speicherung über den Support bis hin zu drahtlosen Diensten", "from storage to support to wireless services"],
      ["penyimpanan", "nirkabel"], "list"),
    # --- off-topic ---
    off("Who painted The Starry Night?", "en"),
    off("How many moons does Mars have?", "en"),
    off("How do I make fluffy pancakes from scratch?", "en"),
    off("Wer komponierte die Zauberflöte?", "de"),
    off("Wie hoch ist die Zugspitze?", "de"),
    off("Wie backe ich einen saftigen Käsekuchen?", "de"),
    off("Siapa penulis novel Laskar Pelangi?", "id"),
    off("Berapa panjang Sungai Kapuas?", "id"),
    off("Bagaimana cara membuat nasi goreng kampung?", "id"),
    # --- near-domain ---
    near("What does a multi-sourcing help desk cost per user per month?", "en", "per user"),
    near("Does the article recommend DXC Technology as an ITO provider for computer networks?", "en", "DXC Technology"),
    near("Welchen Projektpreis verlangt ein KPO-Anbieter für ein Webdesign-Projekt?", "de", "Projektpreis"),
    near("Welche Regeln gelten in Malta für Unternehmen, die ihr Personalmanagement an BPO-Anbieter auslagern?", "de", "Malta"),
    near("Berapa tingkat keberhasilan penyedia BPO di Indonesia setelah tiga tahun kontrak?", "id", "tingkat keberhasilan"),
    near("Apakah hukum Sri Lanka juga mengizinkan sistem yang sensitif dikelola oleh tim eksternal?", "id", "Sri Lanka"),
]


def main():
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"shipped-26/all.jsonl: {len(ROWS)} rows")


if __name__ == "__main__":
    main()
