#!/usr/bin/python3
"""Write shipped-11/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-11/shipped-11/build_all.py

Answerable rows: one gold substring (4-12 words) per language version of the document, copied
verbatim from the one paragraph (or list with its lead-in) that answers; originals first
(it-sourcing.en: en, then de, id; bpo-vs-ito: de and id, then en). answer_keys: 1-3 keys in the
question's language, '|' separates alternatives. Unanswerable rows: doc "", gold [], answer_keys [];
kind "off-topic", or "near-domain" with the uncovered term.
"""
import json
import os

ROOT = os.path.dirname(os.path.abspath(__file__))
IT = "it-sourcing.en"
BI = "bpo-vs-ito"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold,
            "answer_keys": keys, "answerable": True, "kind": kind}


def off(question, lang):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "off-topic"}


def nd(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


ROWS = [
    # ---------------- it-sourcing.en (original en; gold: en, de, id) -- 25: en 8, de 9, id 8
    # intro
    q("Ist IT-Sourcing bloß ein kurzlebiger Modetrend?", "de", IT,
      ["a tried and true method that organizations of all sizes",
       "Es ist eine bewährte Methode, von der Organisationen jeder Größe profitieren",
       "IT sourcing adalah metode yang telah teruji dan terbukti"],
      ["bewährt|erprobt|Schlagwort", "nein|nicht|kein"], "yesno"),
    q("Apakah peran IT sourcing diperkirakan akan berkurang di masa depan?", "id", IT,
      ["likely to become increasingly more important as systems continue to evolve",
       "voraussichtlich immer wichtiger werden wird",
       "kemungkinan akan semakin penting seiring sistem yang terus berkembang"],
      ["semakin penting|lebih penting|makin penting", "berkembang"], "yesno"),
    # IT Sourcing Definition, paragraph 1
    q("Back when company technology was simpler, who could usually cope with the growing complexity of the systems?", "en", IT,
      ["it could still generally be managed by an in-house team",
       "ließ sie sich im Allgemeinen noch von einem internen Team bewältigen",
       "umumnya hal itu masih dapat ditangani oleh tim internal"],
      ["in-house|internal"], "fact"),
    q("Mengapa mengandalkan berbagai ahli teknologi bisa menjadi masalah bagi perusahaan?", "id", IT,
      ["It requires the assistance of various technology experts, which may be cost-prohibitive",
       "Dazu bedarf es der Unterstützung verschiedener Technologieexperten, was unerschwinglich teuer sein kann",
       "Hal ini memerlukan bantuan berbagai ahli teknologi, yang biayanya bisa sangat mahal"],
      ["mahal|biaya"], "why"),
    q("Wozu setzen Unternehmen ihre Anwendungen und Programme heute ein?", "de", IT,
      ["to track all kinds of data to help their enterprises run efficiently",
       "um Daten aller Art zu erfassen, damit ihre Betriebe effizient laufen",
       "untuk melacak segala macam data agar usaha mereka dapat berjalan secara efisien"],
      ["Daten", "effizient"], "fact"),
    q("Is getting all of our business programs to work together properly a simple job nowadays?", "en", IT,
      ["Convincing each program to integrate properly and ensuring each one",
       "Jedes Programm dazu zu bringen, sich richtig zu integrieren",
       "Membuat setiap program terintegrasi dengan benar"],
      ["not always|not easy|not simple|no", "integrat"], "yesno"),
    # IT Sourcing Definition, paragraph 2
    q("Warum fällt es so schwer, die passenden Programme auszuwählen?", "de", IT,
      ["because there are so many robust systems to select from",
       "da es so viele leistungsfähige Systeme zur Auswahl gibt",
       "karena ada begitu banyak sistem andal yang dapat dipilih"],
      ["viele|Vielzahl|zahlreich", "Vor- und Nachteil|Nachteil|Vorteil"], "why"),
    # IT Sourcing Definition, paragraph 3
    q("Jelaskan secara singkat apa yang dimaksud dengan IT sourcing.", "id", IT,
      ["with the assistance of an external information technology team or services",
       "mit Unterstützung eines externen IT-Teams oder externer IT-Dienste",
       "dengan bantuan tim atau layanan teknologi informasi eksternal"],
      ["eksternal|luar"], "definition"),
    # Types of IT Sourcing
    q("Which kinds of IT sourcing does the article name?", "en", IT,
      ["which may refer to one or many types of assistance",
       "der eine oder viele Arten von Unterstützung bezeichnen kann",
       "yang dapat mengacu pada satu atau banyak jenis bantuan"],
      ["Multi-Sourcing|multi-sourcing|multisourcing", "Selective|selective", "Insourcing|insourcing"], "list"),
    # Business Process Outsourcing
    q("Welche Tätigkeiten nennt der Artikel als Beispiele für Back-Office-Outsourcing?", "de", IT,
      ["may relate to things like data entry, data management, quality checks",
       "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
       "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
      ["Dateneingabe|Datenerfassung", "Qualität", "Buchhaltung|Lohnabrechnung|Gehaltsabrechnung"], "list"),
    q("Apakah pekerjaan back office dalam BPO berhubungan langsung dengan pelanggan?", "id", IT,
      ["Back office outsourcing does not impact the consumer directly",
       "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
       "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
      ["tidak", "langsung"], "yesno"),
    q("Penjualan masuk dan keluar termasuk jenis BPO yang mana?", "id", IT,
      ["such as customer service, scheduling, and inbound/ outbound sales",
       "etwa Kundenservice, Terminplanung sowie ein- und ausgehenden Vertrieb",
       "seperti layanan pelanggan, penjadwalan, serta penjualan masuk dan keluar"],
      ["front office|front-office|front"], "fact"),
    # E-Outsourcing
    q("Which IT duties could an outside firm take over under e-outsourcing?", "en", IT,
      ["managing company servers, setting up firewalls",
       "die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
       "mengelola server perusahaan, memasang firewall, menjalankan situs web organisasi"],
      ["server", "firewall", "website|web site|web"], "list"),
    q("Muss man beim E-Outsourcing immer die gesamte IT an eine externe Firma abgeben?", "de", IT,
      ["or can be partially outsourced",
       "oder teilweise ausgelagert werden",
       "untuk menghindari perekrutan staf TI, atau dialihdayakan sebagian"],
      ["teilweise|teils|zum Teil"], "yesno"),
    # Insourcing
    q("Sebutkan alasan mengapa suatu pekerjaan kadang harus ditangani tim internal.", "id", IT,
      ["perhaps for privacy reasons, because delicate systems need to remain on site",
       "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
       "karena alasan privasi, karena sistem yang sensitif harus tetap"],
      ["privasi", "sensitif|lokasi", "kolaborasi|antardepartemen|antar departemen"], "list"),
    q("What does the article mean by insourcing?", "en", IT,
      ["Insourcing refers to bringing an external team on board",
       "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
       "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
      ["external", "team"], "definition"),
    # Knowledge Process Outsourcing
    q("Was unterscheidet KPO-Aufgaben von einfachen Tätigkeiten wie der Dateneingabe?", "de", IT,
      ["duties that require a specific skillset to complete",
       "Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
       "membutuhkan keahlian khusus untuk menyelesaikannya"],
      ["Fachkenntnis|Fachwissen|Kenntnis|Spezialwissen|Qualifikation"], "difference"),
    q("Welche Beispiele für Aufgaben im Knowledge Process Outsourcing nennt der Text?", "de", IT,
      ["web design, accounting, and legal services could each be handled",
       "Webdesign, Buchhaltung und Rechtsdienstleistungen",
       "desain web, akuntansi, dan layanan hukum"],
      ["Webdesign|Web-Design", "Buchhaltung", "Recht"], "list"),
    q("Does every organisation need a full-time specialist for tasks that call for high skills?", "en", IT,
      ["have a need for a full-time employee",
       "doch nicht jede Organisation hat Bedarf an einer Vollzeitkraft",
       "tidak setiap organisasi membutuhkan karyawan penuh waktu"],
      ["no|not|doesn", "full-time|full time"], "yesno"),
    # Multi-Sourcing
    q("Under multi-sourcing, does a single team look after every aspect of a project?", "en", IT,
      ["numerous experts are called in to handle different portions",
       "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
       "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
      ["no|not|rather", "expert"], "yesno"),
    # Selective Outsourcing
    q("Werden beim selektiven Outsourcing sämtliche IT-Aufgaben ausgelagert?", "de", IT,
      ["involves choosing only specific tasks to outsource",
       "nur bestimmte Aufgaben zur Auslagerung ausgewählt",
       "hanya memilih tugas-tugas tertentu untuk dialihdayakan"],
      ["bestimmte|nur|ausgewählte", "Kernfunktion|Kern"], "yesno"),
    # IT Sourcing Strategy
    q("Apa dua dasar dari strategi IT sourcing yang berhasil?", "id", IT,
      ["Effective management of systems to ensure a company continues",
       "Effektive Verwaltung der Systeme",
       "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
      ["sistem", "hemat|menghemat|penghematan"], "list"),
    q("What should good systems management keep to a minimum so the company keeps moving forward?", "en", IT,
      ["with minimal disruptions to service",
       "mit minimalen Serviceunterbrechungen weiter vorankommt",
       "dengan gangguan layanan yang minimal"],
      ["disruption|interruption|outage|downtime"], "fact"),
    # Is IT Sourcing Right for Me?
    q("Profitiert jede Organisation zumindest in gewissem Umfang von IT-Sourcing?", "de", IT,
      ["Some degree of IT sourcing is beneficial to every organization",
       "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
       "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
      ["ja|Vorteil|profitiert", "jede"], "yesno"),
    q("Setelah menerapkan IT sourcing, bagaimana perusahaan bisa tahu apakah ia benar-benar mendapat manfaat?", "id", IT,
      ["tracking the data to see how an organization is benefiting",
       "die Daten zu verfolgen, um zu sehen, wie eine Organisation profitiert",
       "melacak data untuk melihat bagaimana organisasi memperoleh manfaat"],
      ["data", "lacak|melacak|pantau|memantau"], "fact"),

    # ---------------- bpo-vs-ito (originals de + id; gold: de, id, en) -- 15: en 5, de 5, id 5
    # paragraph 1
    q("Was haben BPO und ITO grundsätzlich gemeinsam?", "de", BI,
      ["wie ein Unternehmen über seine eigenen Fähigkeiten hinausgehen",
       "cara-cara bisnis dapat menjangkau melampaui kemampuannya sendiri",
       "a company can go beyond its own capabilities"],
      ["Fähigkeiten|Kapazität|Möglichkeiten", "Anbieter|Unterstützung"], "fact"),
    q("Di bidang apa saja layanan penyedia BPO seharusnya meningkatkan efisiensi?", "id", BI,
      ["zu einer größeren betrieblichen Effizienz in fast allen Unternehmensbereichen",
       "efisiensi operasional yang lebih besar di hampir semua bidang bisnis",
       "greater operational efficiency in almost all areas of a business"],
      ["hampir semua|semua bidang|seluruh bidang"], "fact"),
    q("Apa alasan utama sebuah bisnis memakai jasa penyedia ITO maupun BPO?", "id", BI,
      ["um effizientere Arbeitsabläufe zu schaffen",
       "untuk menciptakan alur kerja yang lebih efisien",
       "to create more efficient workflows"],
      ["efisien", "alur kerja|proses kerja"], "why"),
    q("What does the abbreviation ITO stand for?", "en", BI,
      ["Business Process Outsourcing (BPO) und Information Technology Outsourcing (ITO)",
       "Pengalihdayaan proses bisnis (BPO) dan pengalihdayaan teknologi informasi (ITO)",
       "Business Process Outsourcing (BPO) and Information Technology Outsourcing (ITO) both"],
      ["Information Technology Outsourcing|information technology outsourcing"], "definition"),
    # paragraph 2
    q("Do BPO and ITO services usually compete with each other?", "en", BI,
      ["im Durchschnitt keine Rivalität zwischen den Arten von Diensten",
       "rata-rata, tidak ada persaingan antara jenis layanan",
       "on average, there is no rivalry between the types of services"],
      ["no|not", "rival|compet"], "yesno"),
    q("Darf ein Unternehmen gleichzeitig einen ITO- und einen BPO-Anbieter beauftragen?", "de", BI,
      ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen",
       "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO",
       "A company can hire both ITO and BPO providers"],
      ["sowohl|beide|kann"], "yesno"),
    q("Bieten ITO- und BPO-Anbieter denselben Leistungsumfang?", "de", BI,
      ["Der Leistungsumfang der beiden Anbieter ist unterschiedlich",
       "Cakupan layanan yang ditawarkan oleh kedua penyedia ini berbeda",
       "The scope of services of the two providers differs"],
      ["unterschiedlich|verschieden|nein|nicht"], "yesno"),
    # paragraph 3
    q("What has to happen after a BPO provider is hired before the service counts as a success?", "en", BI,
      ["Verbesserungen in den Geschäftsprozessen realisiert werden",
       "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan yang lebih besar",
       "improvements in business processes that can lead to higher financial results"],
      ["improve", "financial|finance"], "when"),
    q("Auf welche Bereiche einer Organisation kann sich die Effizienz durch einen BPO-Anbieter beziehen?", "de", BI,
      ["kann an Personal, Finanzen oder wirklich jeden operativen Bereich",
       "dapat dikaitkan dengan sumber daya manusia, keuangan, atau area operasional",
       "can be tied to personnel, finances, or really any operational area"],
      ["Personal", "Finanz", "operativ|Kerngeschäft|jeden Bereich"], "list"),
    # paragraph 4
    q("Apakah layanan ITO dan BPO memang dirancang untuk saling melengkapi?", "id", BI,
      ["dass sie sich gegenseitig ergänzen",
       "dirancang untuk saling melengkapi",
       "designed to complement each other"],
      ["melengkapi"], "yesno"),
    q("Apakah organisasi harus mengadopsi ITO dan BPO sekaligus pada waktu yang sama?", "id", BI,
      ["einen vor dem anderen zu übernehmen",
       "mengadopsi satu sebelum yang lain",
       "to adopt one before the other"],
      ["sebelum|dahulu|lebih dulu|bertahap"], "yesno"),
    q("After the ITO provider has pinpointed possible savings, who carries the changes forward?", "en", BI,
      ["diese Änderungen vom Unternehmen übernommen werden können",
       "perubahan tersebut dapat disesuaikan dengan bisnis",
       "these changes can be taken over by the company"],
      ["company|business|organi|in-house|itself"], "fact"),
    # paragraph 5
    q("Welche Technologiefunktionen kennen ITO-Experten laut dem Text?", "de", BI,
      ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
       "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
       "from storage to support to wireless services"],
      ["Speicher", "Support|Unterstützung", "drahtlos|WLAN|Funk"], "list"),
    q("Tugas apa saja yang dikerjakan penyedia BPO atas nama organisasi?", "id", BI,
      ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement",
       "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
       "specific tasks such as customer service, accounting, or personnel management"],
      ["layanan pelanggan", "akuntansi", "personalia|SDM|sumber daya manusia"], "list"),
    q("Apart from their goals, what else sets ITO firms and BPO firms apart?", "en", BI,
      ["Andere Unterscheidungsmerkmale zwischen ITO- und BPO-Firmen sind die Fachkenntnisse der einzelnen Anbieter",
       "Faktor pembeda lainnya antara perusahaan ITO dan BPO termasuk keahlian",
       "Other features that distinguish ITO and BPO firms lie in the expertise"],
      ["expertise|know-how|knowledge|skill"], "difference"),

    # ---------------- off-topic: 3 per language
    off("How do I get a red wine stain out of a wool carpet?", "en"),
    off("What is the tallest mountain in Africa?", "en"),
    off("How many minutes should spaghetti boil to stay al dente?", "en"),
    off("Wie tief pflanzt man Tulpenzwiebeln im Herbst?", "de"),
    off("Wer hat die Relativitätstheorie entwickelt?", "de"),
    off("Wie lange muss ein Roggensauerteig reifen?", "de"),
    off("Bagaimana cara membuat sambal terasi yang tahan lama?", "id"),
    off("Berapa tinggi Gunung Semeru?", "id"),
    off("Kapan biasanya musim hujan mulai di Jawa Barat?", "id"),

    # ---------------- near-domain: 2 per language; uncovered term in no document
    nd("Can a front-office BPO provider also run mystery shopping visits in our stores?", "en", "mystery shopping"),
    nd("Is Kyndryl one of the ITO providers the article recommends for storage and wireless services?", "en", "Kyndryl"),
    nd("Gehört die Betreuung unserer Telefonanlage zu den Technologiefunktionen, die ITO-Experten abdecken?", "de", "Telefonanlage"),
    nd("Kann ein BPO-Anbieter unsere Buchhaltung direkt in DATEV führen?", "de", "DATEV"),
    nd("Apakah penyedia BPO juga bisa menyediakan satpam untuk menjaga kantor kami?", "id", "satpam"),
    nd("Berapa diskon yang biasanya bisa didapat penyedia ITO saat menegosiasikan kontrak nirkabel kami dengan Telkomsel?", "id", "Telkomsel"),
]


def main():
    path = os.path.join(ROOT, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
