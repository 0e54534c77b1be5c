#!/usr/bin/python3
"""Write shipped-17/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 eval/set-17/shipped-17/build_all.py

doc is "it-sourcing.en" (original en; gold order en, de, id) or "bpo-vs-ito" (originals de and id; gold order
de, id, en). Each answerable row has one verbatim gold string per language version. Unanswerable rows: doc "",
gold [], answer_keys []; near-domain rows also carry `uncovered`.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
IT = "it-sourcing.en"
BI = "bpo-vs-ito"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def off(question, lang):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "off-topic"}


def near(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


ROWS = [
    # ---- it-sourcing, asked in English (the original language)
    q("In the old days, how could a firm get hold of a program for managing its inventory?", "en", IT,
      ["it could be purchased, along with licenses to operate it",
       "konnte man es samt Lizenzen für den Betrieb auf mehreren Systemen kaufen",
       "program itu dapat dibeli beserta lisensi untuk menjalankannya di beberapa sistem"],
      ["purchased|bought|buy", "licenses|licences|license"], "fact"),
    q("How many things does a workable IT sourcing strategy rest on?", "en", IT,
      ["creating one that works is generally based on two things",
       "die Entwicklung einer funktionierenden Strategie beruht im Allgemeinen auf zwei Dingen",
       "penyusunan strategi yang berhasil umumnya didasarkan pada dua hal"],
      ["2|two"], "count"),
    q("Who could take care of web design, accounting or legal work in-house, according to the KPO section?", "en",
      IT,
      ["could each be handled by a highly educated in-house employee",
       "jeweils von einem hochqualifizierten internen Mitarbeiter übernommen werden",
       "dapat ditangani oleh seorang karyawan internal yang berpendidikan tinggi"],
      ["highly educated|educated"], "who"),
    q("We run a chain of nine bakeries in Cornwall and have just moved our tills and website to outside providers. "
      "The owners want a sourcing strategy that actually works rather than a slide deck full of buzzwords. How "
      "should we build it, and what two things should it rest on?", "en", IT,
      ["Effective management of systems to ensure a company continues to move forward",
       "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
       "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
      ["effective management|management of systems|disruption", "saving money|cost-effective"], "how"),
    q("What does the fifth type of IT sourcing in the article involve?", "en", IT,
      ["numerous experts are called in to handle different portions",
       "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
       "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
      ["experts", "portions|parts"], "fact"),
    q("What separates front office outsourcing from back office outsourcing?", "en", IT,
      ["Back office outsourcing does not impact the consumer directly",
       "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
       "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
      ["consumer|customer", "daily operations|data entry|payroll|accounting"], "difference"),
    q("Why might a firm bring an outside team on board instead of recruiting its own staff for a short project?",
      "en", IT,
      ["hiring a team for a short-term project or keeping up",
       "ein Team für ein kurzfristiges Projekt einzustellen oder mit dem",
       "merekrut tim untuk proyek jangka pendek atau memenuhi kebutuhan"],
      ["problematic|difficult|hard"], "why"),
    q("Does only a large enterprise gain from some IT sourcing?", "en", IT,
      ["Some degree of IT sourcing is beneficial to every organization",
       "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
       "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
      ["every organization|every"], "yesno"),

    # ---- it-sourcing, asked in German (cross-language)
    q("Wie viele Formen von IT-Sourcing zählt der Artikel auf?", "de", IT,
      ["has a catch-all definition, which may refer to one or many types",
       "Sammelbegriff, der eine oder viele Arten von Unterstützung bezeichnen kann",
       "memiliki definisi luas yang dapat mengacu pada satu atau banyak jenis bantuan"],
      ["6|sechs"], "count"),
    q("Was umfasst die erste Art von IT-Sourcing?", "de", IT,
      ["types of business process outsourcing (BPO); front office and back office",
       "zwei Hauptarten des Business Process Outsourcing (BPO): Front Office und Back Office",
       "pengalihdayaan proses bisnis (BPO): front office dan back office"],
      ["Front Office", "Back Office"], "fact"),
    q("Welche IT-Aufgaben kann eine Fremdfirma beim E-Outsourcing übernehmen?", "de", IT,
      ["managing company servers, setting up firewalls, running the organization",
       "die Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
       "mengelola server perusahaan, memasang firewall, menjalankan situs web organisasi"],
      ["Server", "Firewall", "Website"], "list"),
    q("Ist IT-Sourcing bloß ein aktuelles Modewort?", "de", IT,
      ["a tried and true method that organizations of all sizes",
       "Es ist eine bewährte Methode, von der Organisationen jeder Größe",
       "IT sourcing adalah metode yang telah teruji dan terbukti"],
      ["nein|nicht|kein", "bewährt|erprobt"], "yesno"),
    q("Insourcing Gründe?", "de", IT,
      ["perhaps for privacy reasons, because delicate systems need to remain on site",
       "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
       "karena alasan privasi, karena sistem yang sensitif harus tetap"],
      ["Datenschutz", "vor Ort", "Zusammenarbeit"], "list"),
    q("Wer müsste sich ohne externe Hilfe durch Hunderte technischer Lösungen arbeiten, um die beste zu finden?",
      "de", IT,
      ["a company head would have to become familiar with hundreds",
       "müsste sich ein Firmenchef mit Hunderten, wenn nicht Tausenden",
       "seorang pimpinan perusahaan harus mengenal ratusan, bahkan ribuan"],
      ["Firmenchef|Chef|Unternehmensleitung|Geschäftsführ"], "who"),
    q("Warum ist es schwer, Stellen für Webdesign oder Rechtsberatung selbst zu besetzen?", "de", IT,
      ["staffing, especially with these high-level positions, is challenging",
       "die Personalbesetzung ist gerade bei solchen anspruchsvollen Positionen eine Herausforderung",
       "pengisian staf, terutama untuk posisi tingkat tinggi seperti ini, merupakan tantangan"],
      ["Vollzeit", "anspruchsvoll|Herausforderung"], "why"),
    q("Was gibt ein Unternehmen beim selektiven Outsourcing ab, und wozu dient das?", "de", IT,
      ["IT department can focus on core functions",
       "damit sich die IT-Abteilung eines Unternehmens auf ihre Kernfunktionen konzentrieren kann",
       "sehingga departemen TI perusahaan dapat fokus pada fungsi inti"],
      ["bestimmte Aufgaben", "Kernfunktionen"], "fact"),

    # ---- it-sourcing, asked in Indonesian (cross-language)
    q("Selain menyerahkan semuanya ke perusahaan luar, pilihan apa lagi yang ada pada jenis kedua IT sourcing?",
      "id", IT,
      ["or can be partially outsourced, so the internal IT team",
       "oder teilweise ausgelagert werden, damit sich das interne IT-Team",
       "atau dialihdayakan sebagian, sehingga tim TI internal dapat fokus"],
      ["sebagian", "fokus"], "fact"),
    q("Apa yang dimaksud dengan insourcing menurut artikel ini?", "id", IT,
      ["Insourcing refers to bringing an external team on board",
       "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
       "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
      ["tim eksternal"], "definition"),
    q("Mengapa memilih aplikasi yang tepat bisa menjadi masalh?", "id", IT,
      ["because there are so many robust systems to select from",
       "da es so viele leistungsfähige Systeme zur Auswahl gibt",
       "karena ada begitu banyak sistem andal yang dapat dipilih"],
      ["begitu banyak|banyak sistem"], "why"),
    q("Contoh layanan KPO?", "id", IT,
      ["web design, accounting, and legal services could each",
       "Beispielsweise könnten Webdesign, Buchhaltung und Rechtsdienstleistungen jeweils",
       "desain web, akuntansi, dan layanan hukum masing-masing"],
      ["desain web", "akuntansi", "hukum"], "list"),
    q("Kami toko bangunan dengan tiga cabang di Makassar dan baru mulai memakai beberapa layanan TI dari luar. Apa "
      "yang paling penting agar kami tahu apakah IT sourcing benar-benar bermanfaat?", "id", IT,
      ["tracking the data to see how an organization is benefiting",
       "die Daten zu verfolgen, um zu sehen, wie eine Organisation profitiert",
       "melacak data untuk melihat bagaimana organisasi memperoleh manfaat"],
      ["area", "data"], "list"),
    q("Bagaimana langkah menyusun strategi IT sourcing yang benar-benar berjalan?", "id", IT,
      ["Saving money by ensuring the processes that are in place",
       "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse",
       "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat biaya"],
      ["efektif", "menghemat|hemat biaya"], "how"),
    q("Tugas seperti apa yang bukan bagian dari KPO?", "id", IT,
      ["minor things like data entry",
       "nicht um kleinere Aufgaben wie die Dateneingabe",
       "tugas-tugasnya bukanlah hal-hal kecil seperti entri data"],
      ["entri data"], "fact"),
    q("Apakah membuat semua program terintegrasi dengan benar selalu gampang bagi in-house team?", "id", IT,
      ["Convincing each program to integrate properly and ensuring each one",
       "Jedes Programm dazu zu bringen, sich richtig zu integrieren",
       "Membuat setiap program terintegrasi dengan benar dan memastikan masing-masing"],
      ["tidak", "ahli"], "yesno"),

    # ---- bpo-vs-ito, asked in English (cross-language: the originals are de and id)
    q("What do ITO and BPO have in common as ways for a company to get help?", "en", BI,
      ["über seine eigenen Fähigkeiten hinausgehen und einen anderen Anbieter",
       "menjangkau melampaui kemampuannya sendiri dan memperkenalkan penyedia lain",
       "go beyond its own capabilities and bring in another provider"],
      ["beyond|capabilities", "provider"], "fact"),
    q("Does an ITO provider have to stay involved for the long haul?", "en", BI,
      ["Ein ITO-Anbieter muss nicht langfristig engagiert bleiben",
       "Penyedia ITO tidak perlu tetap terlibat dalam jangka panjang",
       "An ITO provider does not have to remain engaged"],
      ["no|not", "identified|taken over"], "yesno"),
    q("If we already pay an ITO provider, does that make a BPO provider superfluous?", "en", BI,
      ["das eine macht das andere nicht überflüssig",
       "yang satu tidak menghilangkan kebutuhan akan yang lain",
       "one does not make the other redundant"],
      ["no|not", "scope|differ"], "yesno"),
    q("BPO provider tasks?", "en", BI,
      ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement durch",
       "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
       "specific tasks such as customer service, accounting, or personnel management"],
      ["customer service", "accounting", "personnel"], "list"),
    q("Why can it pay off to bring in the ITO provider before the BPO provider?", "en", BI,
      ["kann zu den schnellsten finanziellen Einsparungen führen",
       "dapat menghasilkan penghematan finansial tercepat",
       "can lead to the fastest financial savings"],
      ["fastest|savings"], "why"),
    q("Who knows which technology functions a company needs, from storage to wireless?", "en", BI,
      ["ITO-Experten kennen die Arten von Technologiefunktionen",
       "Profesional ITO terampil mengenali jenis kemampuan teknologi",
       "ITO experts know the kinds of technology functions"],
      ["ITO expert|ITO professional|ITO specialist"], "who"),

    # ---- bpo-vs-ito, asked in German (original)
    q("Hat ein ITO-Anbieter etwas erreicht, wenn keine Einsparungen bei Technologiesystemen aufgedeckt werden?",
      "de", BI,
      ["hat ein ITO-Anbieter keinen Unterschied gemacht",
       "penyedia ITO tidak membuat perbedaan",
       "an ITO provider has made no difference"],
      ["nein|nicht|kein", "Unterschied"], "yesno"),
    q("Ab wann lohnt es sich, nach dem ITO-Partner einen BPO-Anbieter dazuzuholen?", "de", BI,
      ["Sobald Kosteneinsparungen realisiert sind, können die Bedingungen",
       "Setelah penghematan biaya direalisasikan, kondisinya mungkin sudah matang",
       "Once cost savings have been realized, the conditions may be ripe"],
      ["Kosteneinsparungen", "realisiert"], "when"),
    q("Wozu wenden sich Unternehmen überhaupt an ITO- und BPO-Anbieter?", "de", BI,
      ["um effizientere Arbeitsabläufe zu schaffen",
       "untuk menciptakan alur kerja yang lebih efisien",
       "to create more efficient workflows"],
      ["effizient", "Arbeitsabläufe"], "why"),
    q("Worin unterscheiden sich die Ziele eines ITO- und eines BPO-Anbieters?", "de", BI,
      ["während die Dienste eines BPO-Anbieters zu einer größeren betrieblichen Effizienz",
       "layanan penyedia BPO harus mengarah pada efisiensi operasional yang lebih besar",
       "the services of a BPO provider should lead to greater operational efficiency"],
      ["Kosteneinsparungen", "Effizienz"], "difference"),
    q("Was sollten Anbieter auf Basis des Wissens der industry experts leisten können?", "de", BI,
      ["in der Lage sein, Kosten und Bedingungen auszuhandeln",
       "dapat menegosiasikan biaya dan persyaratan atau merampingkan layanan",
       "be able to negotiate costs and terms or optimize services"],
      ["auszuhandeln|aushandeln", "optimieren"], "fact"),

    # ---- bpo-vs-ito, asked in Indonesian (original)
    q("Apa yang harus terwujud setelah penyedia BPO dipekerjakan agar layanannya dianggap berhasil?", "id", BI,
      ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
       "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
       "improvements in business processes that can lead to higher financial results"],
      ["perbaikan", "proses bisnis"], "fact"),
    q("Efisiensi dari penyedia BPO bisa dikaitkan dengan bidang apa saja?", "id", BI,
      ["kann an Personal, Finanzen oder wirklich jeden operativen Bereich",
       "dapat dikaitkan dengan sumber daya manusia, keuangan, atau area operasional",
       "can be tied to personnel, finances, or really any operational area"],
      ["sumber daya manusia", "keuangan"], "list"),
    q("Kami perusahaan logistik di Pontianak dan sedang menimbang penyedia ITO maupun BPO. Bolehkah kami memakai "
      "keduanya sekaligus?", "id", BI,
      ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen",
       "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO",
       "A company can hire both ITO and BPO providers"],
      ["dapat|bisa"], "yesno"),
    q("Siapa yang menjalankan tugas seperti layanan pelanggan dan akuntansi atas nama organisasi?", "id", BI,
      ["BPO-Anbieter führen im Auftrag einer Organisation bestimmte Aufgaben",
       "Penyedia BPO melakukan tugas tertentu atas nama organisasi",
       "BPO providers carry out specific tasks such as customer service"],
      ["penyedia BPO|BPO"], "who"),
    q("Menurut artikel, apakah ITO dan BPO dibuat untuk saling bersaing atau saling melengkpi?", "id", BI,
      ["so konzipiert sind, dass sie sich gegenseitig ergänzen",
       "layanan ITO dan BPO dirancang untuk saling melengkapi",
       "ITO and BPO services are designed to complement each other"],
      ["melengkapi"], "fact"),

    # ---- off-topic (unanswerable), 3 per language
    off("What is the chemical symbol for sodium?", "en"),
    off("Who wrote the novel Moby-Dick?", "en"),
    off("How many bones does an adult human skeleton have?", "en"),
    off("Wie backt man einen Käsekuchen ohne Boden?", "de"),
    off("Wer komponierte die Oper Die Zauberflöte?", "de"),
    off("Wie lang ist der Rhein insgesamt?", "de"),
    off("Bagaimana cara membuat sambal matah khas Bali?", "id"),
    off("Siapa penulis novel Laskar Pelangi?", "id"),
    off("Berapa tinggi Gunung Semeru?", "id"),

    # ---- near-domain (unanswerable), 2 per language
    near("How much does a headhunter typically charge to fill a high-level KPO position, according to the article?",
         "en", "headhunter"),
    near("Does the BPO and ITO comparison name Genpact as an example of a BPO provider?", "en", "Genpact"),
    near("Welche Regeln gelten in Italien für Verträge mit BPO-Anbietern?", "de", "Italien"),
    near("Welche Umfrage zitiert der Artikel zur Verbreitung von IT-Sourcing im Mittelstand?", "de", "Umfrage"),
    near("Apakah contoh tugas penyedia BPO dalam artikel mencakup pengiriman barang ke pelanggan?", "id",
         "pengiriman barang"),
    near("Berapa komisi yang biasa diminta penyedia BPO untuk penjualan keluar?", "id", "komisi"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
