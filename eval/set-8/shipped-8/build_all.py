#!/usr/bin/python3
"""Write shipped-8/all.jsonl from the questions held here as data.

Usage: /usr/bin/python3 eval/set-8/shipped-8/build_all.py

Answerable rows: gold holds exactly one verbatim substring per language version of the document,
originals first: it-sourcing.en -> [en, de, id]; bpo-vs-ito -> [de, id, en].
Unanswerable rows: doc "", gold [], answer_keys []; kind "near-domain" (with uncovered) or
"off-topic" (without uncovered).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold,
            "answer_keys": keys, "answerable": True, "kind": kind}


def nd(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


def off(question, lang):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "off-topic"}


ITS = "it-sourcing.en"
BPO = "bpo-vs-ito"

ROWS = [
    # ===== it-sourcing.en: gold [en, de, id]
    # intro
    q("What size of organisation benefits from IT sourcing, according to the article?", "en", ITS,
      ["organizations of all sizes are benefiting from",
       "von der Organisationen jeder Größe profitieren",
       "memberikan manfaat bagi organisasi dari segala ukuran"],
      ["all sizes|every size|any size|all size"], "fact"),
    q("Bringt IT-Sourcing jedem Betrieb denselben Nutzen?", "de", ITS,
      ["how it can benefit a given establishment will vary",
       "ist von Fall zu Fall unterschiedlich",
       "bagaimana manfaatnya bagi suatu usaha tertentu akan berbeda-beda"],
      ["nein|nicht", "unterschiedlich|verschieden|variiert|Fall zu Fall"], "yesno"),
    # IT Sourcing Definition
    q("Dulu, selain mengelola inventaris, apa saja yang bisa dikerjakan perusahaan dengan sistemnya asalkan menambah solusi tambahan?",
      "id", ITS,
      ["add in multiple storefronts, track online and brick-and-mortar sales together",
       "mehrere Filialen hinzufügen, Online- und stationäre Verkäufe gemeinsam verfolgen",
       "melacak penjualan daring dan penjualan di toko fisik secara bersamaan"],
      ["gerai|toko|cabang", "daring|online", "tren|pemesanan|staf"], "list"),
    q("What is the drawback of calling in lots of different technology experts to make programs work together?",
      "en", ITS,
      ["which may be cost-prohibitive and often cannot be done",
       "was unerschwinglich teuer sein kann",
       "yang biayanya bisa sangat mahal"],
      ["cost|expensive|afford|prohibitive"], "fact"),
    q("Wofür setzen Firmen ihre Anwendungen und Programme heutzutage ein?", "de", ITS,
      ["to track all kinds of data to help their enterprises run efficiently",
       "um Daten aller Art zu erfassen, damit ihre Betriebe effizient laufen",
       "untuk melacak segala macam data agar usaha mereka dapat berjalan"],
      ["Daten", "effizient"], "fact"),
    q("Kira-kira berapa banyak solusi teknologi yang perlu dipahami seorang bos agar tahu mana yang terbaik?",
      "id", ITS,
      ["hundreds, if not thousands, of technological solutions",
       "mit Hunderten, wenn nicht Tausenden von technologischen Lösungen",
       "harus mengenal ratusan, bahkan ribuan, solusi teknologi"],
      ["ratus", "ribu"], "fact"),
    q("Was konnte man früher gleich mitkaufen, wenn man ein Programm zur Lagerverwaltung anschaffte?",
      "de", ITS,
      ["along with licenses to operate it on multiple systems",
       "samt Lizenzen für den Betrieb auf mehreren Systemen kaufen",
       "beserta lisensi untuk menjalankannya di beberapa sistem"],
      ["Lizenz"], "fact"),
    q("How often does new technology appear, according to the article?", "en", ITS,
      ["with new technology emerging daily",
       "täglich kommt neue Technologie hinzu",
       "teknologi baru muncul setiap hari"],
      ["daily|every day|each day"], "fact"),
    q("Bagaimana artikel itu merumuskan IT sourcing dalam satu kalimat?", "id", ITS,
      ["Solving the issues outlined above with the assistance of an external",
       "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen IT-Teams",
       "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
      ["eksternal|luar", "masalah|bantuan"], "definition"),
    # Types of IT Sourcing
    q("Bezeichnet IT-Sourcing immer nur eine einzige, bestimmte Art von Hilfe?", "de", ITS,
      ["which may refer to one or many types of assistance",
       "der eine oder viele Arten von Unterstützung bezeichnen kann",
       "yang dapat mengacu pada satu atau banyak jenis bantuan"],
      ["nein|nicht", "Sammelbegriff|viele|mehrere|verschiedene"], "yesno"),
    # Business Process Outsourcing
    q("What's the difference between front-office and back-office BPO?", "en", ITS,
      ["Front office refers to consumer-facing jobs",
       "Front Office bezeichnet Tätigkeiten mit Kundenkontakt",
       "Front office mengacu pada pekerjaan yang berhadapan langsung dengan konsumen"],
      ["consumer|customer", "daily operations|not directly|indirect|behind the scenes|does not|doesn't"],
      "difference"),
    q("Penggajian termasuk BPO bagian depan (front office) atau bagian belakang (back office)?", "id", ITS,
      ["data management, quality checks, payroll, and accounting",
       "Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
       "manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
      ["back office|belakang"], "fact"),
    # E-Outsourcing
    q("Warum könnte eine Firma Server, Firewalls und Website komplett einer externen Firma überlassen?",
      "de", ITS,
      ["in order to avoid hiring an IT staff",
       "um die Einstellung von IT-Personal zu vermeiden",
       "untuk menghindari perekrutan staf TI"],
      ["Personal|Einstellung|einstellen|Mitarbeit|Fachkräfte"], "why"),
    q("Apa yang menentukan apakah departemen TI bertanggung jawab atas server, firewall, dan situs web?",
      "id", ITS,
      ["Depending on how a company is structured, the IT department",
       "Je nach Struktur eines Unternehmens kann die IT-Abteilung",
       "Tergantung pada struktur perusahaan, departemen TI mungkin bertanggung jawab"],
      ["struktur"], "when"),
    # Insourcing
    q("For what reasons might a company need a task done by its own in-house team?", "en", ITS,
      ["perhaps for privacy reasons, because delicate systems need to remain on site",
       "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
       "mungkin karena alasan privasi, karena sistem yang sensitif harus tetap"],
      ["privacy", "site|delicate|sensitive|collaborat"], "list"),
    q("Dalam situasi apa saja sebuah organisasi bisa mendatangkan tim eksternal lewat insourcing?", "id", ITS,
      ["whether as a long-term solution to handling an organization",
       "sei es als langfristige Lösung für die Deckung des Technologiebedarfs",
       "baik sebagai solusi jangka panjang untuk menangani kebutuhan teknologi"],
      ["jangka panjang", "perubahan"], "when"),
    # Knowledge Process Outsourcing
    q("Welchen Vorteil hat KPO, wenn anspruchsvolle Stellen besetzt werden müssen?", "de", ITS,
      ["puts the right professional in the position quickly",
       "bringt schnell die richtige Fachkraft auf die Stelle",
       "dengan cepat menempatkan profesional yang tepat pada posisinya"],
      ["schnell", "Fachkraft|Profi|richtige|passende"], "fact"),
    q("Apakah pekerjaan dalam KPO sesederhana entri data?", "id", ITS,
      ["duties that require a specific skillset to complete",
       "die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
       "membutuhkan keahlian khusus untuk menyelesaikannya"],
      ["tidak|bukan", "keahlian|keterampilan|skill"], "yesno"),
    # Multi-Sourcing
    q("Does multi-sourcing count as a kind of outsourcing?", "en", ITS,
      ["Multi-sourcing is a form of outsourcing",
       "Multi-Sourcing ist eine Form des Outsourcings",
       "Multi-sourcing adalah salah satu bentuk pengalihdayaan"],
      ["yes", "form|type|kind"], "yesno"),
    q("Apa beda multi-sourcing dengan menyewa satu tim saja untuk semuanya?", "id", ITS,
      ["rather than hiring one team to manage all aspects",
       "statt ein einziges Team mit der Verwaltung aller Aspekte",
       "alih-alih menyewa satu tim untuk mengelola semua aspek"],
      ["banyak|beberapa|berbagai|sejumlah", "bagian|berbeda"], "difference"),
    # Selective Outsourcing
    q("Was ist unter selektivem Outsourcing zu verstehen?", "de", ITS,
      ["choosing only specific tasks to outsource",
       "nur bestimmte Aufgaben zur Auslagerung ausgewählt",
       "hanya memilih tugas-tugas tertentu untuk dialihdayakan"],
      ["bestimmte|einzelne|ausgewählte|gezielt", "Aufgaben"], "definition"),
    # IT Sourcing Strategy
    q("What is the money-related pillar of an IT sourcing strategy?", "en", ITS,
      ["Saving money by ensuring the processes that are in place",
       "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse",
       "Menghemat uang dengan memastikan bahwa proses yang ada"],
      ["sav|money", "cost-effective|cost effective|process"], "fact"),
    q("Adakah satu strategi IT sourcing yang cocok untuk semua organisasi?", "id", ITS,
      ["The right strategy will vary by organization",
       "Die richtige Strategie ist von Organisation zu Organisation verschieden",
       "Strategi yang tepat akan berbeda-beda di setiap organisasi"],
      ["tidak|bukan", "berbeda|beda|bervariasi|tergantung"], "yesno"),
    # Is IT Sourcing Right for Me?
    q("What does the closing section say is essential in any IT sourcing strategy?", "en", ITS,
      ["identifying key areas, ascertaining the benefits for each area",
       "die wichtigsten Bereiche zu identifizieren, den Nutzen für jeden Bereich",
       "mengidentifikasi area-area utama, menentukan manfaat bagi setiap area"],
      ["area", "benefit", "track|data"], "list"),
    q("Was steht nach Ansicht des Artikels im modernen Zeitalter im Mittelpunkt?", "de", ITS,
      ["The modern age is all about data",
       "In der heutigen Zeit dreht sich alles um Daten",
       "Era modern berpusat pada data"],
      ["Daten"], "fact"),

    # ===== bpo-vs-ito: gold [de, id, en]
    # P1
    q("What do the abbreviations BPO and ITO stand for?", "en", BPO,
      ["Business Process Outsourcing (BPO) und Information Technology Outsourcing (ITO)",
       "Pengalihdayaan proses bisnis (BPO) dan pengalihdayaan teknologi informasi (ITO)",
       "Business Process Outsourcing (BPO) and Information Technology Outsourcing (ITO)"],
      ["Business Process", "Information Technology"], "definition"),
    q("Do the roles of BPO and ITO providers overlap at all?", "en", BPO,
      ["aber es gibt auch einige Überschneidungen",
       "tetapi ada beberapa yang tumpang tindih juga",
       "but there is also some overlap"],
      ["yes", "overlap|some"], "yesno"),
    q("Wo genau soll ein ITO-Anbieter für Kosteneinsparungen sorgen?", "de", BPO,
      ["Kosteneinsparungen in Verbindung mit Computernetzwerken und anderen Informationstechnologiesystemen",
       "penghematan biaya yang terkait dengan jaringan komputer dan sistem",
       "cost savings related to computer networks and other information technology"],
      ["Netzwerk|Computernetz", "Informationstechnolog|IT-System|Technologiesystem"], "fact"),
    q("Seberapa luas bidang bisnis yang bisa menjadi lebih efisien berkat penyedia BPO?", "id", BPO,
      ["in fast allen Unternehmensbereichen führen sollten",
       "di hampir semua bidang bisnis",
       "in almost all areas of a business"],
      ["hampir semua|hampir seluruh"], "fact"),
    q("Pada intinya, untuk apa perusahaan memakai jasa penyedia ITO maupun BPO?", "id", BPO,
      ["um effizientere Arbeitsabläufe zu schaffen",
       "untuk menciptakan alur kerja yang lebih efisien",
       "to create more efficient workflows"],
      ["efisien", "alur kerja|proses kerja|workflow|alur"], "why"),
    # P2
    q("If we hire an ITO provider, does that make a BPO provider unnecessary?", "en", BPO,
      ["das eine macht das andere nicht überflüssig",
       "yang satu tidak menghilangkan kebutuhan akan yang lain",
       "one does not make the other redundant"],
      ["no|not|doesn't", "redundant|unnecessary|scope|differ|both"], "yesno"),
    # P3
    q("Woran misst man den Erfolg eines ITO-Anbieters im Unterschied zu dem eines BPO-Anbieters?", "de", BPO,
      ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
       "Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur teknologi",
       "Unless financial savings relating to technology systems and procedures are uncovered"],
      ["Einsparung|sparen", "Geschäftsprozess|Prozess|Verbesserung"], "difference"),
    q("Wozu sollen die Prozessverbesserungen eines BPO-Anbieters letztlich führen?", "de", BPO,
      ["die zu höheren finanziellen Ergebnissen in einem Unternehmen führen können",
       "yang dapat menyebabkan hasil keuangan yang lebih besar di bisnis",
       "that can lead to higher financial results in a company"],
      ["finanziell", "höher|besser|Ergebnis"], "fact"),
    q("Apakah efisiensi yang dibawa penyedia BPO hanya terbatas pada urusan keuangan?", "id", BPO,
      ["an Personal, Finanzen oder wirklich jeden operativen Bereich",
       "sumber daya manusia, keuangan, atau area operasional apa pun",
       "personnel, finances, or really any operational area"],
      ["tidak|bukan", "sumber daya manusia|SDM|personalia|operasional|apa pun"], "yesno"),
    # P4
    q("Sind BPO- und ITO-Dienste darauf angelegt, einander zu ergänzen?", "de", BPO,
      ["so konzipiert sind, dass sie sich gegenseitig ergänzen",
       "dirancang untuk saling melengkapi",
       "are designed to complement each other"],
      ["ja", "ergänz"], "yesno"),
    q("At what point is it sensible to let a BPO provider come in?", "en", BPO,
      ["Sobald Kosteneinsparungen realisiert sind, können die Bedingungen für einen BPO-Anbieter",
       "Setelah penghematan biaya direalisasikan, kondisinya mungkin sudah matang bagi penyedia",
       "Once cost savings have been realized, the conditions may be ripe"],
      ["saving", "realiz|realis|achiev|after|once"], "when"),
    q("Setelah potensi penghematan biaya ditemukan, siapa yang bisa melanjutkan perubahan itu?", "id", BPO,
      ["diese Änderungen vom Unternehmen übernommen werden können",
       "perubahan tersebut dapat disesuaikan dengan bisnis",
       "these changes can be taken over by the company"],
      ["perusahaan|bisnis|organisasi|sendiri"], "fact"),
    # P5
    q("Besides storage and support, what other kind of service is mentioned as part of ITO know-how?", "en", BPO,
      ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
       "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
       "from storage to support to wireless services"],
      ["wireless"], "fact"),
    q("Warum ist das Wissen der Branchenexperten für ITO-Anbieter wertvoll?", "de", BPO,
      ["Dienstleistungen basierend auf dem Wissen dieser Branchenexperten zu optimieren",
       "merampingkan layanan berdasarkan pengetahuan yang dimiliki oleh para profesional",
       "optimize services based on the knowledge of these industry experts"],
      ["verhandel|aushandel|auszuhandeln", "optimier|verbesser"], "why"),
    q("Menurut artikel, apa lagi yang membedakan perusahaan ITO dari perusahaan BPO?", "id", BPO,
      ["sind die Fachkenntnisse der einzelnen Anbieter",
       "termasuk keahlian di balik masing-masing penyedia",
       "lie in the expertise of the individual providers"],
      ["keahlian|pengetahuan|kepakaran"], "fact"),

    # ===== unanswerable: near-domain (2 per language)
    nd("Could a chatbot take over the front-office customer service work that a BPO provider handles?",
       "en", "chatbot"),
    nd("If we add several online storefronts, is Shopify a good platform to run them on?", "en", "Shopify"),
    nd("Braucht ein KPO-Anbieter, der für uns Rechtsdienstleistungen übernimmt, eine Anwaltszulassung?",
       "de", "Anwaltszulassung"),
    nd("Schützt ein E-Outsourcing-Anbieter die Firmen-Website auch vor DDoS-Angriffen?", "de", "DDoS"),
    nd("Apakah agen layanan pelanggan front office yang dialihdayakan perlu menguasai bahasa daerah?",
       "id", "bahasa daerah"),
    nd("Bisakah penyedia BPO melayani pelanggan kami lewat WhatsApp?", "id", "WhatsApp"),
    # ===== unanswerable: off-topic (3 per language)
    off("How do I get rust off a bicycle chain?", "en"),
    off("How many minutes should a soft-boiled egg cook?", "en"),
    off("What is the capital city of Canada?", "en"),
    off("Wie entkalke ich einen Wasserkocher am besten?", "de"),
    off("Wann blühen in Bonn die Kirschbäume?", "de"),
    off("Wie viele Spieler stehen bei einer Handballmannschaft auf dem Feld?", "de"),
    off("Bagaimana cara memasak rendang supaya dagingnya empuk?", "id"),
    off("Kapan biasanya musim durian di Sumatra?", "id"),
    off("Bagaimana cara merawat ikan cupang agar siripnya tetap indah?", "id"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
