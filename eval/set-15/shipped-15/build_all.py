#!/usr/bin/python3
"""Write shipped-15/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-15/shipped-15/build_all.py

Fields: question, lang, doc, gold, answer_keys, answerable, kind (+ uncovered on near-domain rows).
Gold: one string per language version. it-sourcing.en: en (original), de, id. bpo-vs-ito: de, id
(originals), en (translation).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ITS = "it-sourcing.en"
BPO = "bpo-vs-ito"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def off(question, lang):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "off-topic"}


def nd(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


ROWS = [
    # ---------------- it-sourcing (25: en 8, de 9, id 8) ----------------
    # intro; keyword; honest "no" with a reason key
    q("IT sourcing just a buzzword?", "en", ITS,
      ["a tried and true method that organizations of all sizes",
       "Es ist eine bewährte Methode, von der Organisationen jeder Größe profitieren",
       "IT sourcing adalah metode yang telah teruji dan terbukti"],
      ["tried and true|proven|tried-and-true"], "yesno"),
    # definition, paragraph 1
    q("Back when a company needed a program to manage its inventory, what did it buy along with the software?",
      "en", ITS,
      ["it could be purchased, along with licenses to operate it",
       "konnte man es samt Lizenzen für den Betrieb auf mehreren Systemen",
       "program itu dapat dibeli beserta lisensi untuk menjalankannya di beberapa"],
      ["licens|licenc"], "fact"),
    # types list; count (counted: six list items, the number is not stated)
    q("How many types of IT sourcing does the article list?", "en", ITS,
      ["has a catch-all definition, which may refer to one",
       "ist ein Sammelbegriff, der eine oder viele Arten",
       "memiliki definisi luas yang dapat mengacu pada satu"],
      ["6|six"], "count"),
    # BPO; answer no
    q("Does back-office outsourcing affect the consumer directly?", "en", ITS,
      ["Back office outsourcing does not impact the consumer directly",
       "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
       "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
      ["no|not", "daily operations|day-to-day|data entry|payroll"], "yesno"),
    # KPO; keyword
    q("KPO task examples?", "en", ITS,
      ["web design, accounting, and legal services could each be handled",
       "Webdesign, Buchhaltung und Rechtsdienstleistungen jeweils von einem hochqualifizierten",
       "desain web, akuntansi, dan layanan hukum masing-masing dapat ditangani"],
      ["web design", "accounting", "legal"], "list"),
    # ordinal (first type, the BPO sub-section); two-part
    q("What is the first type of IT sourcing on the list, and what are its two main forms?", "en", ITS,
      ["There are two main types of business process outsourcing",
       "Es gibt zwei Hauptarten des Business Process Outsourcing",
       "Ada dua jenis utama pengalihdayaan proses bisnis"],
      ["business process outsourcing|BPO", "front office", "back office"], "fact"),
    # scenario; multi-sourcing
    q("We want one firm for security, another for the help desk and a third for web design. "
      "Which type of IT sourcing is that?", "en", ITS,
      ["numerous experts are called in to handle different portions",
       "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
       "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
      ["multi-sourcing|multi sourcing|multisourcing"], "fact"),
    # strategy list; count (counted: two numbered items); typo
    q("how many things is a working IT sourcing stratgey based on?", "en", ITS,
      ["creating one that works is generally based on two things",
       "die Entwicklung einer funktionierenden Strategie beruht im Allgemeinen auf zwei Dingen",
       "penyusunan strategi yang berhasil umumnya didasarkan pada dua hal"],
      ["2|two"], "count"),
    # definition paragraph 1
    q("Warum schafft ein internes Team die Integration heutiger Anwendungen oft nicht allein?", "de", ITS,
      ["It requires the assistance of various technology experts",
       "Dazu bedarf es der Unterstützung verschiedener Technologieexperten",
       "Hal ini memerlukan bantuan berbagai ahli teknologi"],
      ["Experten|Fachleute|Spezialisten", "teuer|Kosten|kostspielig"], "why"),
    # one-line definition; two-part
    q("Was versteht der Artikel unter IT-Sourcing, und welche Probleme soll es lösen?", "de", ITS,
      ["Solving the issues outlined above with the assistance of an external",
       "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen IT-Teams",
       "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
      ["extern", "Problem|Integration|Auswahl"], "definition"),
    # paragraph 2; answer no
    q("Ist es für die meisten Firmen realistisch, dass die Chefin Hunderte technischer Lösungen selbst kennt?",
      "de", ITS,
      ["For most companies, this is simply not fathomable",
       "Für die meisten Unternehmen ist das schlicht undenkbar",
       "Bagi sebagian besar perusahaan, hal ini sama sekali tidak terbayangkan"],
      ["nein|nicht|kein", "undenkbar|unvorstellbar"], "yesno"),
    # BPO front office; synonym "kundennah" (the German version says "Kundenkontakt")
    q("Welche kundennahen Aufgaben nennt der Text beim BPO als Front Office?", "de", ITS,
      ["Front office refers to consumer-facing jobs, such as customer service",
       "Front Office bezeichnet Tätigkeiten mit Kundenkontakt, etwa Kundenservice, Terminplanung",
       "Front office mengacu pada pekerjaan yang berhadapan langsung dengan konsumen"],
      ["Kundenservice", "Terminplanung|Termine", "Vertrieb|Verkauf"], "list"),
    # BPO back office; synonym "Tagesgeschäft" (the German version says "tägliche Betrieb")
    q("Was stellt Back-Office-Outsourcing für das Tagesgeschäft sicher?", "de", ITS,
      ["ensures daily operations are managed and may relate to",
       "stellt aber sicher, dass der tägliche Betrieb bewältigt wird",
       "memastikan operasional harian terkelola dan dapat berkaitan dengan"],
      ["täglich|Betrieb", "bewältigt|läuft|organisiert|gemanagt"], "fact"),
    # insourcing; two-part
    q("Warum braucht eine Organisation manchmal ein internes Team, und was bedeutet Insourcing laut dem Text?",
      "de", ITS,
      ["perhaps for privacy reasons, because delicate systems need to remain",
       "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
       "mungkin karena alasan privasi, karena sistem yang sensitif harus tetap"],
      ["Datenschutz|Privatsphäre|vor Ort|empfindlich", "externes Team|extern"], "why"),
    # ordinal (fifth type, the Multi-Sourcing sub-section)
    q("Was kennzeichnet die fünfte Art des IT-Sourcing in der Aufzählung?", "de", ITS,
      ["rather than hiring one team to manage all aspects",
       "statt ein einziges Team mit der Verwaltung aller Aspekte",
       "alih-alih menyewa satu tim untuk mengelola semua aspek"],
      ["Multi-Sourcing|Multisourcing", "Experten|mehrere|verschiedene"], "fact"),
    # scenario; how (the strategy list)
    q("Wir sind ein Familienunternehmen mit 80 Beschäftigten und wollen unsere IT teilweise auslagern. "
      "Wie gehen wir beim Aufbau einer tragfähigen Sourcing-Strategie vor?", "de", ITS,
      ["Effective management of systems to ensure a company continues",
       "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
       "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak"],
      ["Verwaltung|Management|Systeme", "sparen|kosteneffizient|Kosten"], "how"),
    # "Is IT sourcing right for me?"
    q("Welche drei Dinge sind bei jeder IT-Sourcing-Strategie am wichtigsten?", "de", ITS,
      ["identifying key areas, ascertaining the benefits for each area",
       "die wichtigsten Bereiche zu identifizieren, den Nutzen für jeden Bereich",
       "mengidentifikasi area-area utama, menentukan manfaat bagi setiap area"],
      ["Bereiche", "Nutzen", "Daten"], "list"),
    # paragraph 2; typo
    q("Kenapa pimpinan perusahaan sulit memilih sendiri aplikasi yang palling tepat?", "id", ITS,
      ["a company head would have to become familiar with hundreds",
       "müsste sich ein Firmenchef mit Hunderten, wenn nicht Tausenden",
       "seorang pimpinan perusahaan harus mengenal ratusan, bahkan ribuan, solusi teknologi"],
      ["ratusan|ribuan", "sistem|solusi|pilihan"], "why"),
    # paragraph 1
    q("Untuk apa perusahaan zaman sekarang memakai aplikasi dan program mereka?", "id", ITS,
      ["to track all kinds of data to help their enterprises run efficiently",
       "um Daten aller Art zu erfassen, damit ihre Betriebe effizient laufen",
       "untuk melacak segala macam data agar usaha mereka dapat berjalan"],
      ["data", "efisien"], "fact"),
    # E-Outsourcing
    q("Pekerjaan TI apa saja yang bisa diserahkan lewat e-outsourcing?", "id", ITS,
      ["managing company servers, setting up firewalls",
       "für die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
       "bertanggung jawab untuk mengelola server perusahaan, memasang firewall"],
      ["server", "firewall", "situs web|website"], "list"),
    # E-Outsourcing; honest "no" with a reason key
    q("Apakah e-outsourcing selalu berarti seluruh pekerjaan departemen TI diserahkan ke perusahaan luar?",
      "id", ITS,
      ["can be entirely managed by an outside firm",
       "Diese Aufgaben können vollständig von einer externen Firma übernommen werden",
       "Semua hal ini dapat dikelola sepenuhnya oleh perusahaan luar"],
      ["sebagian"], "yesno"),
    # KPO; answer no
    q("Apakah KPO menangani pekerjaan ringan seperti entri data?", "id", ITS,
      ["duties that require a specific skillset to complete",
       "Es sind Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
       "Tugas-tugas tersebut membutuhkan keahlian khusus untuk menyelesaikannya"],
      ["tidak|bukan", "keahlian khusus|keahlian"], "yesno"),
    # ordinal (sixth type, the selective outsourcing sub-section)
    q("Apa tujuan jenis keenam dalam daftar jenis IT sourcing?", "id", ITS,
      ["choosing only specific tasks to outsource, so that a company",
       "nur bestimmte Aufgaben zur Auslagerung ausgewählt, damit sich die IT-Abteilung",
       "hanya memilih tugas-tugas tertentu untuk dialihdayakan, sehingga departemen TI"],
      ["fungsi inti|inti", "tertentu"], "fact"),
    # scenario; insourcing
    q("Kami punya sistem sensitif yang harus tetap di lokasi, tetapi sulit merekrut tim untuk proyek singkat. "
      "Jenis IT sourcing apa yang cocok untuk kami?", "id", ITS,
      ["Insourcing refers to bringing an external team on board",
       "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
       "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
      ["insourcing"], "fact"),
    # how (the strategy list)
    q("Bagaimana cara menyusun strategi IT sourcing yang benar-benar berjalan?", "id", ITS,
      ["Effective management of systems to ensure a company continues",
       "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
       "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak"],
      ["pengelolaan sistem|sistem yang efektif|mengelola sistem", "hemat biaya|menghemat"], "how"),

    # ---------------- bpo-vs-ito (15: en 5, de 5, id 5) ----------------
    # P3
    q("When has an ITO provider made no difference at all?", "en", BPO,
      ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
       "Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur teknologi",
       "Unless financial savings relating to technology systems and procedures are uncovered"],
      ["savings|saving", "technology"], "when"),
    # P5; typo
    q("What kinds of techology functions do ITO experts know about?", "en", BPO,
      ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
       "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
       "from storage to support to wireless services"],
      ["storage", "support", "wireless"], "list"),
    # P1; two-part
    q("What should an ITO provider deliver, and what should a BPO provider deliver?", "en", BPO,
      ["Ein ITO-Anbieter sollte Kosteneinsparungen in Verbindung mit Computernetzwerken",
       "Penyedia ITO harus menciptakan penghematan biaya yang terkait dengan jaringan",
       "An ITO provider should create cost savings related to computer networks"],
      ["cost savings|savings", "efficiency"], "difference"),
    # P4; answer no
    q("Are ITO and BPO services meant to work against each other?", "en", BPO,
      ["so konzipiert sind, dass sie sich gegenseitig ergänzen",
       "dirancang untuk saling melengkapi",
       "ITO and BPO services are designed to complement each other"],
      ["no|not", "complement"], "yesno"),
    # P3; synonym "judged" (the English version says "counted")
    q("What has to change after a BPO firm is hired for the deal to be judged successful?", "en", BPO,
      ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
       "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
       "improvements in business processes that can lead to higher financial results"],
      ["business process|process improvement|improvements", "financial"], "fact"),
    # P1; keyword
    q("ITO BPO Überschneidungen vorhanden?", "de", BPO,
      ["Jeder dieser Anbieter hat einzigartige Rollen, aber es gibt auch",
       "Masing-masing penyedia ini memiliki peran unik, tetapi ada beberapa",
       "Each of these providers has unique roles, but there is"],
      ["einige|ja", "einzigartig"], "yesno"),
    # P4
    q("Warum muss ein ITO-Anbieter nicht dauerhaft im Unternehmen bleiben?", "de", BPO,
      ["nachdem potenzielle Kosteneinsparungen identifiziert wurden, diese Änderungen vom Unternehmen übernommen",
       "setelah potensi penghematan biaya diidentifikasi, perubahan tersebut dapat disesuaikan",
       "once potential cost savings have been identified, these changes can"],
      ["Einsparungen|Kosteneinsparungen", "übernommen|selbst"], "why"),
    # P5
    q("Worauf stützen Anbieter ihre Verhandlungen über Kosten und Bedingungen?", "de", BPO,
      ["basierend auf dem Wissen dieser Branchenexperten zu optimieren",
       "berdasarkan pengetahuan yang dimiliki oleh para profesional industri ini",
       "based on the knowledge of these industry experts"],
      ["Wissen|Kenntnis", "Experten|Branchenexperten|Fachleute"], "fact"),
    # P1; keyword
    q("Abkürzung ITO ausgeschrieben?", "de", BPO,
      ["Business Process Outsourcing (BPO) und Information Technology Outsourcing (ITO)",
       "dan pengalihdayaan teknologi informasi (ITO) keduanya mewakili",
       "and Information Technology Outsourcing (ITO) both represent ways"],
      ["Information Technology Outsourcing"], "definition"),
    # P2
    q("Darf ein Unternehmen ITO- und BPO-Anbieter parallel beauftragen?", "de", BPO,
      ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen",
       "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO",
       "A company can hire both ITO and BPO providers"],
      ["ja|kann|sowohl", "beide|sowohl|ITO"], "yesno"),
    # P4
    q("Penyedia mana yang sebaiknya didatangkan lebih dulu agar penghematan cepat terasa?", "id", BPO,
      ["Die erste Einführung eines ITO-Anbieters kann zu den schnellsten",
       "Memperkenalkan penyedia ITO terlebih dahulu dapat menghasilkan penghematan finansial tercepat",
       "Bringing in an ITO provider first can lead to the fastest"],
      ["ITO"], "fact"),
    # P5; synonym "pakar" (the Indonesian version says "profesional")
    q("Apa yang harus mampu dilakukan vendor berbekal keahlian para pakar industri?", "id", BPO,
      ["basierend auf dem Wissen dieser Branchenexperten zu optimieren",
       "berdasarkan pengetahuan yang dimiliki oleh para profesional industri ini",
       "based on the knowledge of these industry experts"],
      ["negosiasi|menegosiasikan", "biaya|persyaratan|merampingkan"], "fact"),
    # P3; answer no
    q("Apakah efisiensi dari penyedia BPO hanya terbatas pada bagian keuangan?", "id", BPO,
      ["kann an Personal, Finanzen oder wirklich jeden operativen Bereich",
       "dapat dikaitkan dengan sumber daya manusia, keuangan, atau area operasional",
       "can be tied to personnel, finances, or really any operational area"],
      ["tidak|bukan", "sumber daya manusia|operasional"], "yesno"),
    # P4
    q("Setelah penghematan biaya dari ITO tercapai, apa langkah berikutnya menurut artikel?", "id", BPO,
      ["können die Bedingungen für einen BPO-Anbieter reif sein",
       "kondisinya mungkin sudah matang bagi penyedia BPO untuk memasuki skenario",
       "the conditions may be ripe for a BPO provider to enter"],
      ["BPO", "efisiensi"], "fact"),
    # P2; keyword; answer no
    q("Persaingan layanan BPO dan ITO?", "id", BPO,
      ["gibt es im Durchschnitt keine Rivalität",
       "tidak ada persaingan antara jenis layanan",
       "there is no rivalry between the types"],
      ["tidak|bukan", "persaingan"], "yesno"),

    # ---------------- off-topic (3 per language) ----------------
    off("What is the tallest mountain in Africa?", "en"),
    off("Who wrote the novel Moby-Dick?", "en"),
    off("How many legs does a spider have?", "en"),
    off("Wie backe ich ein Sauerteigbrot?", "de"),
    off("Wer komponierte die Zauberflöte?", "de"),
    off("Wie lang ist der Rhein?", "de"),
    off("Bagaimana cara membuat nasi goreng kampung?", "id"),
    off("Siapa penemu pesawat telepon?", "id"),
    off("Berapa tinggi Gunung Semeru?", "id"),

    # ---------------- near-domain (2 per language) ----------------
    nd("What does the article say a KPO lawyer typically charges per hour?", "en", "lawyer"),
    nd("What share of Fortune 500 companies use multi-sourcing, according to the article?", "en", "Fortune 500"),
    nd("Nennt der Text T-Systems als möglichen ITO-Anbieter?", "de", "T-Systems"),
    nd("Gehört die Aktenvernichtung zu den Back-Office-Aufgaben, die man per BPO abgeben kann?", "de",
       "Aktenvernichtung"),
    nd("Berapa nilai pasar layanan BPO di Indonesia per tahun menurut artikel?", "id", "nilai pasar"),
    nd("Aturan apa yang berlaku di Korea Selatan untuk kontrak ITO?", "id", "Korea"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
