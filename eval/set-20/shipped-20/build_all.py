#!/usr/bin/python3
"""Write all.jsonl for shipped-20 (the questions are held here as data).

Usage: /usr/bin/python3 build_all.py   (writes all.jsonl next to this script)

Answerable rows: (question, lang, doc, gold, answer_keys, kind). gold holds one string per language version of the
document, the original(s) first: it-sourcing.en -> en, de, id; bpo-vs-ito -> de, id, en.
Unanswerable rows: (question, lang, kind, uncovered) with uncovered None for off-topic rows.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITS = "it-sourcing.en"
BVI = "bpo-vs-ito"

ANSWERABLE = [
    # ---- it-sourcing (original en): en 8
    ("Back when technology was simpler, who could usually keep a company's setup under control?", "en", ITS,
     ["it could still generally be managed by an in-house team",
      "ließ sie sich im Allgemeinen noch von einem internen Team bewältigen",
      "umumnya hal itu masih dapat ditangani oleh tim internal"],
     ["in-house team"], "who"),
    ("Why might bringing in a range of tech specialists be out of reach for many firms?", "en", ITS,
     ["which may be cost-prohibitive and often cannot be done",
      "was unerschwinglich teuer sein kann",
      "yang biayanya bisa sangat mahal"],
     ["cost-prohibitive|cost prohibitive"], "why"),
    ("Is insorucing about hiring new permanent employees of your own?", "en", ITS,
     ["Insourcing refers to bringing an external team on board",
      "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
      "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
     ["no|not", "external team"], "yesno"),
    ("How many forms of IT sourcing does the article walk through?", "en", ITS,
     ["which may refer to one or many types of assistance",
      "der eine oder viele Arten von Unterstützung bezeichnen kann",
      "yang dapat mengacu pada satu atau banyak jenis bantuan"],
     ["six|6"], "count"),
    ("What separates multi-sourcing from handing a whole department to a single outfit?", "en", ITS,
     ["numerous experts are called in to handle different portions",
      "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
      "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
     ["numerous experts|experts", "different portions|portions"], "difference"),
    ("We are a twelve-person design studio. Does the article suggest we would get nothing out of IT sourcing?",
     "en", ITS,
     ["Some degree of IT sourcing is beneficial to every organization",
      "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
      "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
     ["beneficial|benefit", "every organization"], "yesno"),
    ("How can we make sure our sourcing plan keeps spending in check?", "en", ITS,
     ["Saving money by ensuring the processes that are in place are cost-effective",
      "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse kosteneffizient sind",
      "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat biaya"],
     ["cost-effective|saving money"], "how"),
    ("How many pillars does a workable plan for bringing in outside IT help rest on, and what are they?", "en", ITS,
     ["creating one that works is generally based on two things",
      "die Entwicklung einer funktionierenden Strategie beruht im Allgemeinen auf zwei Dingen",
      "penyusunan strategi yang berhasil umumnya didasarkan pada dua hal"],
     ["two|2", "management of systems|effective management", "saving money|cost-effective"], "count"),

    # ---- it-sourcing, asked in German (cross-language): de 8
    ("Auf welche Hilfe setzt man laut Artikel bei IT-Sourcing, um die beschriebenen Schwierigkeiten zu lösen?", "de",
     ITS,
     ["with the assistance of an external information technology team or services",
      "mit Unterstützung eines externen IT-Teams oder externer IT-Dienste",
      "dengan bantuan tim atau layanan teknologi informasi eksternal"],
     ["externen IT-Teams|externer IT-Dienste|extern"], "definition"),
    ("Aus welchen Gründen muss eine Aufgabe manchmal im eigenen Haus erledigt werden?", "de", ITS,
     ["perhaps for privacy reasons, because delicate systems need to remain on site",
      "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
      "karena sistem yang sensitif harus tetap berada di lokasi"],
     ["Datenschutz", "vor Ort", "Zusammenarbeit"], "list"),
    ("Was war früher nötig, wenn ein Unternehmen Online- und Ladenverkäufe gemeinsam auswerten wollte?", "de", ITS,
     ["without adding in after-market solutions",
      "ohne nachträglich Zusatzlösungen einzubinden",
      "tanpa menambahkan solusi tambahan dari pihak ketiga"],
     ["Zusatzlösungen", "Zusammenspiel|mühsam"], "fact"),
    ("Worauf kann sich die IT-Abteilung fokussieren, wenn nur ausgewählte Aufgaben nach außen gehen?", "de", ITS,
     ["IT department can focus on core functions",
      "damit sich die IT-Abteilung eines Unternehmens auf ihre Kernfunktionen konzentrieren kann",
      "sehingga departemen TI perusahaan dapat fokus pada fungsi inti"],
     ["Kernfunktionen"], "fact"),
    ("Bekommen die Kunden unmittelbar etwas davon mit, wenn man Dateneingabe oder Lohnabrechnung auslagert?", "de",
     ITS,
     ["Back office outsourcing does not impact the consumer directly",
      "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
      "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
     ["nein|nicht|kein", "täglich|Betrieb"], "yesno"),
    ("Wer kümmert sich beim Multi-Sourcing um die verschiedenen Stücke eines Projekts oder einer Abteilung?", "de",
     ITS,
     ["numerous experts are called in to handle different portions",
      "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
      "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
     ["Experten"], "who"),
    ("IT-Personal vermeiden durch Auslagerung?", "de", ITS,
     ["can be entirely managed by an outside firm",
      "vollständig von einer externen Firma übernommen werden",
      "dapat dikelola sepenuhnya oleh perusahaan luar"],
     ["externen Firma|vollständig"], "fact"),
    ("Was bedeutet Insourcing und wozu kann es dienen?", "de", ITS,
     ["whether as a long-term solution",
      "sei es als langfristige Lösung",
      "baik sebagai solusi jangka panjang"],
     ["externes Team", "langfristige|Veränderung"], "definition"),

    # ---- it-sourcing, asked in Indonesian (cross-language): id 8
    ("Kantor kami tidak boleh sering terhenti. Bagaimana cara mengatur TI dari pihak luar supaya layanan jarang "
     "terganggu?", "id", ITS,
     ["Effective management of systems to ensure a company continues to move forward",
      "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
      "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
     ["pengelolaan sistem yang efektif|efektif", "gangguan layanan yang minimal|minimal"], "how"),
    ("Alih daya parsial, fokus inti?", "id", ITS,
     ["IT department can focus on core functions",
      "damit sich die IT-Abteilung eines Unternehmens auf ihre Kernfunktionen konzentrieren kann",
      "sehingga departemen TI perusahaan dapat fokus pada fungsi inti"],
     ["pengalihdayaan selektif|selektif"], "fact"),
    ("Apakah IT sourcing diperkirakan makin penting di masa depan?", "id", ITS,
     ["is likely to become increasingly more important as systems continue to evolve",
      "mit der fortschreitenden Weiterentwicklung der Systeme voraussichtlich immer wichtiger werden wird",
      "kemungkinan akan semakin penting seiring sistem yang terus berkembang"],
     ["semakin penting|makin penting", "berkembang"], "yesno"),
    ("Tugas apa saja yang tergolong front office?", "id", ITS,
     ["Front office refers to consumer-facing jobs, such as customer service",
      "Front Office bezeichnet Tätigkeiten mit Kundenkontakt, etwa Kundenservice",
      "seperti layanan pelanggan, penjadwalan, serta penjualan masuk dan keluar"],
     ["layanan pelanggan", "penjadwalan", "penjualan"], "list"),
    ("Apa beda KPO dengan BPO menurut artikel?", "id", ITS,
     ["duties that require a specific skillset to complete",
      "Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
      "membutuhkan keahlian khusus untuk menyelesaikannya"],
     ["keahlian khusus", "entri data|hal-hal kecil"], "difference"),
    ("Kami hanya butuh tim untuk mengawasi satu perubahan sistem. Apakah insourcing hanya cocok sebagai solusi "
     "jangka panjang?", "id", ITS,
     ["or to oversee a change",
      "oder um eine Veränderung zu begleiten",
      "maupun untuk mengawasi suatu perubahan"],
     ["mengawasi suatu perubahan|perubahan", "jangka panjang"], "yesno"),
    ("Menurut artikel, siapa yang dihadirkan KPO untuk mengisi jabatan tingkat tinggi dengan cepat?", "id", ITS,
     ["puts the right professional in the position quickly",
      "bringt schnell die richtige Fachkraft auf die Stelle",
      "dengan cepat menempatkan profesional yang tepat pada posisinya"],
     ["profesional yang tepat|profesional"], "who"),
    ("Selain mengelola peladen dan firewall, tugas apa lagi yang bisa diserahkan lewat E-Outsourcing?", "id", ITS,
     ["managing all the programs and applications responsible for business processes",
      "die Verwaltung aller Programme und Anwendungen zuständig sein",
      "mengelola semua program dan aplikasi yang menangani proses bisnis"],
     ["situs web", "program dan aplikasi|aplikasi"], "list"),

    # ---- bpo-vs-ito, asked in English (cross-language: the originals are de and id): en 6
    ("Is there usually a turf war between the services BPO and ITO firms sell?", "en", BVI,
     ["keine Rivalität zwischen den Arten von Diensten",
      "tidak ada persaingan antara jenis layanan yang ditawarkan",
      "there is no rivalry between the types of services"],
     ["no|not", "rivalry"], "yesno"),
    ("When can a company let its ITO provider go again?", "en", BVI,
     ["nachdem potenzielle Kosteneinsparungen identifiziert wurden",
      "setelah potensi penghematan biaya diidentifikasi",
      "once potential cost savings have been identified"],
     ["savings have been identified|identified"], "when"),
    ("What should providers be able to achieve by drawing on the know-how of their sector specialists?", "en", BVI,
     ["Kosten und Bedingungen auszuhandeln oder Dienstleistungen",
      "menegosiasikan biaya dan persyaratan atau merampingkan layanan",
      "negotiate costs and terms or optimize services"],
     ["negotiate", "optimize"], "list"),
    ("We run a small logistics firm and want to start with BPO help before touching IT. Does the article suggest a "
     "different order?", "en", BVI,
     ["Die erste Einführung eines ITO-Anbieters kann zu den schnellsten finanziellen Einsparungen führen",
      "Memperkenalkan penyedia ITO terlebih dahulu dapat menghasilkan penghematan finansial tercepat",
      "an ITO provider first can lead to the fastest financial savings"],
     ["ITO provider first|first", "fastest"], "yesno"),
    ("Which technolgy functions are ITO specialists familiar with?", "en", BVI,
     ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
      "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
      "from storage to support to wireless services"],
     ["storage", "support", "wireless"], "list"),
    ("ITO and BPO complementary?", "en", BVI,
     ["so konzipiert sind, dass sie sich gegenseitig ergänzen",
      "dirancang untuk saling melengkapi",
      "are designed to complement each other"],
     ["complement"], "fact"),

    # ---- bpo-vs-ito, asked in German (original): de 5
    ("Wo genau sollen sich die Einsparungen durch einen ITO-Dienstleister zeigen?", "de", BVI,
     ["Kosteneinsparungen in Verbindung mit Computernetzwerken und anderen Informationstechnologiesystemen",
      "penghematan biaya yang terkait dengan jaringan komputer",
      "cost savings related to computer networks and other information technology systems"],
     ["Computernetzwerken|Netzwerk", "Informationstechnologiesystemen|Systemen"], "fact"),
    ("Welche Aufgaben übernehmen BPO-Firmen typischerweise für ihre Auftraggeber?", "de", BVI,
     ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement",
      "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
      "such as customer service, accounting, or personnel management"],
     ["Kundenservice", "Buchhaltung", "Personalmanagement"], "list"),
    ("Darf ein Unternehmen gleichzeitig einen ITO- und einen BPO-Dienstleister beauftragen?", "de", BVI,
     ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen.",
      "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO.",
      "A company can hire both ITO and BPO providers."],
     ["sowohl|beide", "überflüssig|unterschiedlich"], "yesno"),
    ("Woran misst man, ob sich ein BPO-Dienstleister gelohnt hat?", "de", BVI,
     ["Verbesserungen in den Geschäftsprozessen realisiert werden",
      "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
      "improvements in business processes that can lead to higher financial results"],
     ["Geschäftsprozessen|Verbesserungen", "finanziellen Ergebnissen"], "fact"),
    ("Worin unterscheidet sich das, was man von einem ITO-Anbieter erwartet, vom Nutzen eines BPO-Anbieters?", "de",
     BVI,
     ["während die Dienste eines BPO-Anbieters zu einer größeren betrieblichen Effizienz",
      "sementara layanan penyedia BPO harus mengarah pada efisiensi operasional",
      "the services of a BPO provider should lead to greater operational efficiency"],
     ["Kosteneinsparungen", "betrieblichen Effizienz|Effizienz"], "difference"),

    # ---- bpo-vs-ito, asked in Indonesian (original): id 5
    ("Siapa yang menurut artikel mengerti kebutuhan teknologi sebuah organisasi?", "id", BVI,
     ["ITO-Experten kennen die Arten von Technologiefunktionen",
      "Profesional ITO terampil mengenali jenis kemampuan teknologi",
      "ITO experts know the kinds of technology functions"],
     ["profesional ITO"], "who"),
    ("Urutan mengadopsi ITO dan BPO?", "id", BVI,
     ["können die Bedingungen für einen BPO-Anbieter reif sein",
      "kondisinya mungkin sudah matang bagi penyedia BPO untuk memasuki skenario",
      "the conditions may be ripe for a BPO provider to enter"],
     ["terlebih dahulu|lebih dulu|pertama", "matang|setelah penghematan"], "fact"),
    ("Apakah penyedia ITO bisa disebut sukses walaupun biaya teknologi tidak turun sama sekali?", "id", BVI,
     ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
      "Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur teknologi",
      "Unless financial savings relating to technology systems and procedures are uncovered"],
     ["tidak|bukan", "penghematan finansial|penghematan"], "yesno"),
    ("Apakah ITO dan BPO menawarkan hal yang sama, dan apakah memakai salah satunya membuat yang lain mubazir?",
     "id", BVI,
     ["Der Leistungsumfang der beiden Anbieter ist unterschiedlich",
      "Cakupan layanan yang ditawarkan oleh kedua penyedia ini berbeda",
      "The scope of services of the two providers differs"],
     ["berbeda", "tidak|bukan"], "yesno"),
    ("Untuk apa sebuah perusahaan mendatangkan penyedia dari luar seperti ITO dan BPO?", "id", BVI,
     ["um effizientere Arbeitsabläufe zu schaffen",
      "untuk menciptakan alur kerja yang lebih efisien",
      "to create more efficient workflows"],
     ["efisien", "alur kerja"], "why"),
]

UNANSWERABLE = [
    # off-topic, three per language
    ("What is the chemical symbol for sodium?", "en", "off-topic", None),
    ("Which planet is closest to the sun?", "en", "off-topic", None),
    ("How often should I water a cactus?", "en", "off-topic", None),
    ("Wer schrieb die Erzählung Die Verwandlung?", "de", "off-topic", None),
    ("Wie lang ist der Rhein?", "de", "off-topic", None),
    ("Wie bereite ich einen Kartoffelsalat zu?", "de", "off-topic", None),
    ("Siapa penulis novel Laskar Pelangi?", "id", "off-topic", None),
    ("Berapa tinggi Gunung Semeru?", "id", "off-topic", None),
    ("Bagaimana cara membuat sambal terasi?", "id", "off-topic", None),
    # near-domain, two per language
    ("Does the BPO and ITO comparison recommend Alorica for outsourced customer service?", "en", "near-domain",
     "Alorica"),
    ("Will an ITO provider also move our servers to the cloud, according to the article?", "en", "near-domain",
     "cloud"),
    ("Wie hoch ist laut Artikel das Jahresbudget, das ein Mittelständler für IT-Sourcing einplanen sollte?", "de",
     "near-domain", "Jahresbudget"),
    ("Welche Vorschriften gelten in Portugal für BPO-Anbieter im Kundenservice?", "de", "near-domain", "Portugal"),
    ("Berapa jumlah penyedia ITO yang terdaftar di Indonesia menurut artikel itu?", "id", "near-domain",
     "terdaftar"),
    ("Apakah penyedia ITO juga menjual lisensi antivirus untuk kantor?", "id", "near-domain", "antivirus"),
]


def main():
    rows = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        rows.append({"question": q, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                     "answerable": True, "kind": kind})
    for q, lang, kind, unc in UNANSWERABLE:
        r = {"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [], "answerable": False,
             "kind": kind}
        if unc:
            r["uncovered"] = unc
        rows.append(r)
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to all.jsonl")


if __name__ == "__main__":
    main()
