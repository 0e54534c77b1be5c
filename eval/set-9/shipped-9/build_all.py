#!/usr/bin/python3
"""Write shipped-9/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-9/shipped-9/build_all.py

Answerable rows: (question, lang, doc, gold, answer_keys, kind). `gold` holds one substring per
language version, copied verbatim from the one paragraph (or list with its lead-in) that answers:
for it-sourcing.en the English original first, then German and Indonesian; for bpo-vs-ito the
German and Indonesian originals first, then the English translation.
Off-topic rows: (question, lang). Near-domain rows: (question, lang, uncovered).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

IT = "it-sourcing.en"
BI = "bpo-vs-ito"

ANSWERABLE = [
    # ---------------- it-sourcing (original en; de and id are translations) ----------------
    # intro
    ("Is IT sourcing just a fashionable new idea?", "en", IT,
     ["tried and true method that organizations of all sizes",
      "bewährte Methode, von der Organisationen jeder Größe profitieren",
      "metode yang telah teruji dan terbukti"],
     ["no|not", "tried|proven|established"], "yesno"),
    ("Apakah peran IT sourcing akan makin penting atau justru berkurang ke depannya?", "id", IT,
     ["likely to become increasingly more important as systems continue to evolve",
      "mit der fortschreitenden Weiterentwicklung der Systeme voraussichtlich immer wichtiger",
      "kemungkinan akan semakin penting seiring sistem yang terus berkembang"],
     ["penting"], "fact"),
    # IT Sourcing Definition
    ("Dulu, sebelum sistem serumit sekarang, siapa yang umumnya sanggup mengelolanya?", "id", IT,
     ["it could still generally be managed by an in-house team",
      "ließ sie sich im Allgemeinen noch von einem internen Team bewältigen",
      "umumnya hal itu masih dapat ditangani oleh tim internal"],
     ["internal"], "fact"),
    ("Why is it so hard for a company to pick the right applications?", "en", IT,
     ["there are so many robust systems to select from",
      "da es so viele leistungsfähige Systeme zur Auswahl gibt",
      "karena ada begitu banyak sistem andal yang dapat dipilih"],
     ["many|countless|huge number"], "why"),
    ("Was ist heute schwierig, wenn ein Unternehmen viele Programme nebeneinander einsetzt?", "de", IT,
     ["Convincing each program to integrate properly and ensuring each one continues",
      "Jedes Programm dazu zu bringen, sich richtig zu integrieren",
      "Membuat setiap program terintegrasi dengan benar"],
     ["integr"], "fact"),
    ("Realistiskah seorang pimpinan perusahaan menguasai sendiri semua pilihan solusi teknologi?", "id", IT,
     ["For most companies, this is simply not fathomable.",
      "Für die meisten Unternehmen ist das schlicht undenkbar.",
      "Bagi sebagian besar perusahaan, hal ini sama sekali tidak terbayangkan."],
     ["tidak", "ratusan|ribuan|banyak"], "yesno"),
    ("Kommt die Unterstützung beim IT-Sourcing laut Definition aus dem eigenen Haus?", "de", IT,
     ["with the assistance of an external information technology team or services",
      "mit Unterstützung eines externen IT-Teams oder externer IT-Dienste",
      "dengan bantuan tim atau layanan teknologi informasi eksternal"],
     ["nein|nicht", "extern"], "yesno"),
    # Types of IT Sourcing
    ("Sebutkan jenis-jenis IT sourcing yang dibahas dalam artikel itu.", "id", IT,
     ["which may refer to one or many types of assistance",
      "der eine oder viele Arten von Unterstützung bezeichnen kann",
      "yang dapat mengacu pada satu atau banyak jenis bantuan"],
     ["insourcing", "multi-sourcing|multi sourcing", "selektif|e-outsourcing"], "list"),
    # Business Process Outsourcing
    ("Welche Beispiele für Tätigkeiten im Front Office nennt der Text?", "de", IT,
     ["such as customer service, scheduling, and inbound/ outbound sales",
      "etwa Kundenservice, Terminplanung sowie ein- und ausgehenden Vertrieb",
      "seperti layanan pelanggan, penjadwalan, serta penjualan masuk dan keluar"],
     ["Kundenservice|Kundendienst", "Termin", "Vertrieb|Verkauf"], "list"),
    ("Apakah pekerjaan back office langsung dirasakan oleh pelanggan?", "id", IT,
     ["Back office outsourcing does not impact the consumer directly",
      "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
      "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
     ["tidak", "operasional|harian|sehari-hari"], "yesno"),
    ("Welche Back-Office-Aufgaben lassen sich laut dem Artikel auslagern?", "de", IT,
     ["data entry, data management, quality checks, payroll, and accounting",
      "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
      "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
     ["Dateneingabe|Datenerfassung", "Lohn|Gehaltsabrechnung", "Buchhaltung|Qualität"], "list"),
    # E-Outsourcing
    ("What's the difference between giving all of these IT duties to an outside firm and outsourcing only part of them?", "en", IT,
     ["entirely managed by an outside firm in order to avoid hiring",
      "vollständig von einer externen Firma übernommen werden, um die Einstellung",
      "dikelola sepenuhnya oleh perusahaan luar untuk menghindari perekrutan staf TI"],
     ["hir|staff", "focus"], "difference"),
    ("Tugas TI apa saja yang bisa diambil alih lewat e-outsourcing?", "id", IT,
     ["managing company servers, setting up firewalls",
      "für die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
      "mengelola server perusahaan, memasang firewall, menjalankan situs web organisasi"],
     ["server", "firewall", "situs|web"], "list"),
    # Insourcing
    ("Was versteht man im IT-Sourcing unter Insourcing?", "de", IT,
     ["Insourcing refers to bringing an external team on board",
      "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
      "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
     ["extern", "Team"], "definition"),
    ("Is insourcing always meant as a permanent arrangement?", "en", IT,
     ["technology needs or to oversee a change",
      "oder um eine Veränderung zu begleiten",
      "maupun untuk mengawasi suatu perubahan"],
     ["no|not", "change"], "yesno"),
    # Knowledge Process Outsourcing
    ("Welche Aufgaben führt der Artikel als Beispiele für Knowledge Process Outsourcing an?", "de", IT,
     ["web design, accounting, and legal services could each be handled",
      "Webdesign, Buchhaltung und Rechtsdienstleistungen jeweils von einem hochqualifizierten",
      "desain web, akuntansi, dan layanan hukum masing-masing dapat ditangani"],
     ["Webdesign|Web-Design", "Buchhaltung|Rechnungswesen", "Recht"], "list"),
    ("Why not simply employ a specialist in-house for that kind of skilled work?", "en", IT,
     ["staffing, especially with these high-level positions, is challenging",
      "die Personalbesetzung ist gerade bei solchen anspruchsvollen Positionen eine Herausforderung",
      "pengisian staf, terutama untuk posisi tingkat tinggi seperti ini, merupakan tantangan"],
     ["full-time|full time", "challeng|difficult|hard"], "why"),
    ("How quickly does KPO get the right specialist into a role?", "en", IT,
     ["puts the right professional in the position quickly",
      "bringt schnell die richtige Fachkraft auf die Stelle",
      "dengan cepat menempatkan profesional yang tepat pada posisinya"],
     ["quick|fast|rapid"], "fact"),
    # Multi-Sourcing
    ("Wie könnten die Zuständigkeiten beim Multi-Sourcing zum Beispiel verteilt sein?", "de", IT,
     ["who handles security, another who focuses on web design",
      "eine Person oder ein Team für die Sicherheit zuständig ist",
      "satu orang atau tim yang menangani keamanan"],
     ["Sicherheit", "Webdesign|Web-Design|Helpdesk|Arbeitsplatz|Anwendungen"], "list"),
    ("Apa yang dimaksud dengan multi-sourcing?", "id", IT,
     ["numerous experts are called in to handle different portions",
      "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
      "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
     ["ahli|pihak|penyedia|tim", "bagian|berbeda"], "definition"),
    # Selective Outsourcing
    ("Dalam pengalihdayaan selektif, apakah seluruh pekerjaan TI diserahkan ke pihak luar?", "id", IT,
     ["involves choosing only specific tasks to outsource",
      "nur bestimmte Aufgaben zur Auslagerung ausgewählt",
      "hanya memilih tugas-tugas tertentu untuk dialihdayakan"],
     ["tidak", "tertentu"], "yesno"),
    # IT Sourcing Strategy
    ("What two things does a workable IT sourcing strategy usually rest on?", "en", IT,
     ["Effective management of systems to ensure a company continues",
      "Effektive Verwaltung der Systeme, um sicherzustellen",
      "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak"],
     ["manag", "money|cost|saving"], "list"),
    ("Worauf soll die effektive Verwaltung der Systeme in einer Sourcing-Strategie hinauslaufen?", "de", IT,
     ["continues to move forward with minimal disruptions to service",
      "mit minimalen Serviceunterbrechungen weiter vorankommt",
      "dengan gangguan layanan yang minimal"],
     ["Unterbrechung|Störung|Ausfall"], "fact"),
    # Is IT Sourcing Right for Me?
    ("Apakah ada organisasi yang sama sekali tidak mendapat manfaat dari IT sourcing?", "id", IT,
     ["Some degree of IT sourcing is beneficial to every organization",
      "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
      "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
     ["tidak", "setiap|semua"], "yesno"),
    ("How can we tell whether our IT sourcing is actually paying off?", "en", IT,
     ["tracking the data to see how an organization is benefiting",
      "die Daten zu verfolgen, um zu sehen, wie eine Organisation profitiert",
      "melacak data untuk melihat bagaimana organisasi memperoleh manfaat"],
     ["data", "track|monitor|measur"], "fact"),

    # ---------------- bpo-vs-ito (originals de and id; en is a translation) ----------------
    # P1
    ("Warum holt sich ein Unternehmen überhaupt einen BPO- oder ITO-Anbieter ins Boot?", "de", BI,
     ["über seine eigenen Fähigkeiten hinausgehen und einen anderen Anbieter",
      "dapat menjangkau melampaui kemampuannya sendiri",
      "go beyond its own capabilities and bring in another provider"],
     ["Fähigkeit|Kompetenz|hinaus"], "why"),
    ("What is an ITO provider supposed to deliver, compared with a BPO provider?", "en", BI,
     ["Ein ITO-Anbieter sollte Kosteneinsparungen in Verbindung mit Computernetzwerken",
      "Penyedia ITO harus menciptakan penghematan biaya yang terkait dengan jaringan komputer",
      "An ITO provider should create cost savings related to computer networks"],
     ["cost|saving", "efficien"], "difference"),
    ("Is the impact of a BPO provider limited to IT systems?", "en", BI,
     ["zu einer größeren betrieblichen Effizienz in fast allen Unternehmensbereichen",
      "efisiensi operasional yang lebih besar di hampir semua bidang bisnis",
      "greater operational efficiency in almost all areas of a business"],
     ["no|not", "almost all|nearly all|all areas|every|most|across"], "yesno"),
    # P2
    ("Apakah penyedia BPO dan ITO biasanya bersaing satu sama lain?", "id", BI,
     ["im Durchschnitt keine Rivalität zwischen den Arten von Diensten",
      "tidak ada persaingan antara jenis layanan yang ditawarkan",
      "on average, there is no rivalry between the types of services"],
     ["tidak"], "yesno"),
    ("Can a single company work with an ITO provider and a BPO provider at the same time?", "en", BI,
     ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen.",
      "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO.",
      "A company can hire both ITO and BPO providers."],
     ["yes|can"], "yesno"),
    ("Bieten ITO- und BPO-Anbieter denselben Leistungsumfang?", "de", BI,
     ["Der Leistungsumfang der beiden Anbieter ist unterschiedlich",
      "Cakupan layanan yang ditawarkan oleh kedua penyedia ini berbeda",
      "The scope of services of the two providers differs"],
     ["nein|nicht", "unterschiedlich|verschieden"], "yesno"),
    # P3
    ("When would you say that bringing in an ITO provider made no difference at all?", "en", BI,
     ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
      "Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur teknologi",
      "Unless financial savings relating to technology systems and procedures are uncovered"],
     ["saving", "technolog"], "when"),
    ("Was muss ein BPO-Anbieter erreichen, damit sein Einsatz als Erfolg gilt?", "de", BI,
     ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
      "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
      "improvements in business processes that can lead to higher financial results"],
     ["Geschäftsprozess|Prozess", "finanziell|Ergebnis"], "fact"),
    ("Di bidang apa saja efisiensi dari penyedia BPO dapat dirasakan?", "id", BI,
     ["an Personal, Finanzen oder wirklich jeden operativen Bereich",
      "sumber daya manusia, keuangan, atau area operasional apa pun",
      "tied to personnel, finances, or really any operational area"],
     ["sumber daya manusia|SDM|personalia", "keuangan", "operasional"], "list"),
    # P4
    ("Why might a company start with ITO before it brings in BPO?", "en", BI,
     ["Die erste Einführung eines ITO-Anbieters kann zu den schnellsten finanziellen Einsparungen führen",
      "Memperkenalkan penyedia ITO terlebih dahulu dapat menghasilkan penghematan finansial tercepat",
      "can lead to the fastest financial savings"],
     ["fast|quick", "saving"], "why"),
    ("Wie lange muss ein ITO-Anbieter im Unternehmen engagiert bleiben?", "de", BI,
     ["Ein ITO-Anbieter muss nicht langfristig engagiert bleiben",
      "Penyedia ITO tidak perlu tetap terlibat dalam jangka panjang",
      "does not have to remain engaged over the long term"],
     ["langfristig|dauerhaft|kurz", "Einsparung"], "when"),
    ("Haruskah layanan ITO dan BPO diadopsi secara bersamaan?", "id", BI,
     ["kann es für eine Organisation sinnvoll sein, einen vor dem anderen",
      "mungkin masuk akal bagi organisasi untuk mengadopsi satu sebelum yang lain",
      "to adopt one before the other"],
     ["tidak", "sebelum|terlebih dahulu|dulu"], "yesno"),
    ("Setelah penghematan biaya tercapai, apa yang dapat dilakukan penyedia BPO?", "id", BI,
     ["um in das Szenario einzutreten und eine größere betriebliche Effizienz",
      "penyedia BPO untuk memasuki skenario dan menciptakan efisiensi operasional",
      "to enter the scenario and achieve greater operational efficiency"],
     ["efisiensi", "seluruh|organisasi"], "fact"),
    # P5
    ("Welche Aufgaben übernehmen BPO-Anbieter für eine Organisation?", "de", BI,
     ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement",
      "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
      "such as customer service, accounting, or personnel management"],
     ["Kundenservice|Kundendienst", "Buchhaltung", "Personal"], "list"),
    ("Sebutkan contoh kemampuan teknologi yang dikuasai para profesional ITO.", "id", BI,
     ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
      "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
      "from storage to support to wireless services"],
     ["penyimpanan", "dukungan|support", "nirkabel"], "list"),
]

OFF_TOPIC = [
    ("How do I get a red wine stain out of a cotton shirt?", "en"),
    ("Who painted the ceiling of the Sistine Chapel?", "en"),
    ("What is the best way to keep basil alive on a windowsill?", "en"),
    ("Wie lange muss ein Sauerteigbrot im Ofen backen?", "de"),
    ("Wann beginnt in Deutschland die Spargelsaison?", "de"),
    ("Wie bindet man einen Windsorknoten bei der Krawatte?", "de"),
    ("Bagaimana cara membuat sambal terasi supaya tidak cepat basi?", "id"),
    ("Berapa tinggi Gunung Rinjani di Lombok?", "id"),
    ("Kapan waktu terbaik melihat matahari terbit di Bromo?", "id"),
]

NEAR_DOMAIN = [
    ("Could a front-office BPO provider run our customer service inside our Zendesk account?", "en", "Zendesk"),
    ("Would moving our servers to an e-outsourcing provider shrink our company's carbon footprint?", "en", "carbon footprint"),
    ("Können wir einen BPO-Vertrag pausieren, solange in unserem Betrieb Kurzarbeit gilt?", "de", "Kurzarbeit"),
    ("Übernimmt ein ITO-Anbieter auch den laufenden Betrieb unseres SAP-Systems?", "de", "SAP"),
    ("Bisakah penyedia BPO mengelola toko online kami di Tokopedia?", "id", "Tokopedia"),
    ("Apakah karyawan penyedia KPO yang ditempatkan di kantor kami berhak atas tunjangan hari raya dari kami?", "id", "tunjangan hari raya"),
]


def main():
    rows = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        rows.append({"question": q, "lang": lang, "doc": doc, "gold": gold,
                     "answer_keys": keys, "answerable": True, "kind": kind})
    for q, lang in OFF_TOPIC:
        rows.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                     "answerable": False, "kind": "off-topic"})
    for q, lang, term in NEAR_DOMAIN:
        rows.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                     "answerable": False, "kind": "near-domain", "uncovered": term})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to all.jsonl")


if __name__ == "__main__":
    main()
