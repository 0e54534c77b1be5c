#!/usr/bin/python3
"""Write shipped-16/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 eval/set-16/shipped-16/build_all.py

Gold order: for it-sourcing.en the English original first, then German, then Indonesian; for bpo-vs-ito the
German and Indonesian originals first, then the English translation.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITS = "it-sourcing.en"
BVI = "bpo-vs-ito"


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
    # ---- it-sourcing, English (original) ----
    q("Is it always easy nowadays to get every program to integrate properly?", "en", ITS,
      ["ensuring each one continues to perform well is not always easy",
       "ist nicht immer einfach",
       "memastikan masing-masing tetap berkinerja baik tidak selalu mudah"],
      ["no|not", "expert"], "yesno"),
    q("Back office examples?", "en", ITS,
      ["may relate to things like data entry, data management, quality checks",
       "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
       "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
      ["data entry", "payroll|accounting"], "list"),
    q("How many main types of business process outsourcing does the article distinguish?", "en", ITS,
      ["There are two main types of business process outsourcing",
       "Es gibt zwei Hauptarten des Business Process Outsourcing",
       "Ada dua jenis utama pengalihdayaan proses bisnis"],
      ["two|2"], "count"),
    q("Which kind of tasks does knowledge process outsourcing not take on?", "en", ITS,
      ["minor things like data entry",
       "nicht um kleinere Aufgaben wie die Dateneingabe",
       "bukanlah hal-hal kecil seperti entri data"],
      ["data entry", "minor"], "fact"),
    q("How fast does knowledge process outsourcing put the right specialist into a role?", "en", ITS,
      ["puts the right professional in the position quickly",
       "bringt schnell die richtige Fachkraft auf die Stelle",
       "dengan cepat menempatkan profesional yang tepat pada posisinya"],
      ["quickly|fast|rapid"], "fact"),
    q("I run IT for a chain of twelve garden centres, and the owners want me to write down an IT sourcing "
      "strategy before we sign anything with an outside firm. They are worried about tills going down during the "
      "spring rush and about paying for services we never use. How should I shape the strategy?", "en", ITS,
      ["Effective management of systems to ensure a company continues to move forward",
       "Effektive Verwaltung der Systeme, um sicherzustellen",
       "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak maju"],
      ["disruption|interruption|downtime", "cost-effective|saving|save money"], "how"),
    q("What does the second type of IT sourcing in the article's list cover?", "en", ITS,
      ["managing company servers, setting up firewalls, running the organization",
       "Verwaltung der Unternehmensserver, das Einrichten von Firewalls",
       "mengelola server perusahaan, memasang firewall, menjalankan situs web organisasi"],
      ["server", "firewall"], "fact"),
    q("Who benefits from some degree of IT sourcing, according to the article's closing section?", "en", ITS,
      ["Some degree of IT sourcing is beneficial to every organization",
       "Ein gewisses Maß an IT-Sourcing ist für jede Organisation von Vorteil",
       "IT sourcing dalam tingkat tertentu bermanfaat bagi setiap organisasi"],
      ["every|all"], "who"),

    # ---- it-sourcing, German (translation) ----
    q("Braucht jede Firma für Webdesign oder Rechtsdienstleistungen eine eigene Vollzeitkraft?", "de", ITS,
      ["have a need for a full-time employee and staffing",
       "doch nicht jede Organisation hat Bedarf an einer Vollzeitkraft",
       "tidak setiap organisasi membutuhkan karyawan penuh waktu"],
      ["nein|nicht|kein", "KPO|Knowledge Process"], "yesno"),
    q("Was bedeutet die dritte Art des IT-Sourcing, die der Artikel aufzählt?", "de", ITS,
      ["Insourcing refers to bringing an external team on board",
       "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
       "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
      ["Insourcing", "extern"], "fact"),
    q("Multi-Sourcing Beispiele?", "de", ITS,
      ["who handles security, another who focuses on web design",
       "eine Person oder ein Team für die Sicherheit zuständig ist",
       "satu orang atau tim yang menangani keamanan"],
      ["Sicherheit", "Webdesign|Helpdesk"], "list"),
    q("Welche Form des Outsourcings wirkt sich nicht unmittelbar auf die Kundschaft aus?", "de", ITS,
      ["Back office outsourcing does not impact the consumer directly",
       "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
       "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
      ["Back-Office|Back Office"], "fact"),
    q("Wie können wir als mittelständischer Betrieb eine IT-Sourcing-Strategie aufbauen, die wirklich trägt?",
      "de", ITS,
      ["Saving money by ensuring the processes that are in place",
       "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse kosteneffizient sind",
       "Menghemat uang dengan memastikan bahwa proses yang ada bersifat hemat biaya"],
      ["Verwaltung|System", "sparen|kosteneffizient"], "how"),
    q("Unsere IT-Abteilung soll sich auf ihre Kernaufgaben konzentrieren, ein paar klar umrissene Aufgaben "
      "würden wir aber gern abgeben. Wie heißt diese Form des IT-Sourcing?", "de", ITS,
      ["selective outsourcing involves choosing only specific tasks to outsource",
       "beim selektiven Outsourcing nur bestimmte Aufgaben zur Auslagerung ausgewählt",
       "pengalihdayaan selektif berarti hanya memilih tugas-tugas tertentu"],
      ["selektiv"], "fact"),
    q("Was war früher nötig, um mehrere Filialen sowie Online- und Ladenverkäufe zusammen im Blick zu behalten?",
      "de", ITS,
      ["adding in after-market solutions or coaxing multiple systems to work",
       "nachträglich Zusatzlösungen einzubinden oder mehrere Systeme mühsam",
       "menambahkan solusi tambahan dari pihak ketiga atau bersusah payah"],
      ["Zusatzlösung", "Systeme"], "fact"),
    q("Ist IT-Sourcing ein eng umrissener Begriff, und welche Arten zählt der Artikel dazu?", "de", ITS,
      ["has a catch-all definition, which may refer to one or many types",
       "ist ein Sammelbegriff, der eine oder viele Arten",
       "memiliki definisi luas yang dapat mengacu pada satu atau banyak"],
      ["Sammelbegriff|eine oder viele|mehrere", "Multi-Sourcing|Insourcing|Business Process"], "list"),

    # ---- it-sourcing, Indonesian (translation) ----
    q("Ada berapa jenis IT sourcing yang diuraikan dalam artikel ini?", "id", ITS,
      ["may refer to one or many types of assistance",
       "eine oder viele Arten von Unterstützung bezeichnen kann",
       "dapat mengacu pada satu atau banyak jenis bantuan"],
      ["6|enam"], "count"),
    q("Apa ciri jenis keempat IT sourcing menurut daftar dalam artikel?", "id", ITS,
      ["duties that require a specific skillset to complete",
       "Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
       "Tugas-tugas tersebut membutuhkan keahlian khusus untuk menyelesaikannya"],
      ["keahlian khusus|keahlian", "KPO|pengetahuan"], "fact"),
    q("Kami sudah mengalihdayakan help desk dan keamanan kepada dua vendor berbeda. Menurut artikel, apa yang "
      "paling penting dalam strategi IT sourcing kami berikutnya?", "id", ITS,
      ["identifying key areas, ascertaining the benefits for each area",
       "die wichtigsten Bereiche zu identifizieren, den Nutzen für jeden Bereich",
       "mengidentifikasi area-area utama, menentukan manfaat bagi setiap area"],
      ["area", "manfaat", "data"], "list"),
    q("Mengapa bantuan berbagai ahli teknolgi sering menjadi kendala bagi perusahaan?", "id", ITS,
      ["which may be cost-prohibitive and often cannot be done",
       "was unerschwinglich teuer sein kann und von einem internen Team",
       "yang biayanya bisa sangat mahal dan sering kali sama sekali"],
      ["mahal"], "why"),
    q("Contoh tugas front office?", "id", ITS,
      ["consumer-facing jobs, such as customer service, scheduling, and inbound",
       "Tätigkeiten mit Kundenkontakt, etwa Kundenservice, Terminplanung",
       "berhadapan langsung dengan konsumen, seperti layanan pelanggan, penjadwalan"],
      ["layanan pelanggan", "penjadwalan|penjualan"], "list"),
    q("Apa itu multi-sourcing, dan siapa saja yang bisa dilibatkan di dalamnya?", "id", ITS,
      ["numerous experts are called in to handle different portions",
       "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
       "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
      ["ahli", "keamanan|desain web|help desk"], "who"),
    q("Seberapa banyak solusi teknologi yang harus dikenal seorang pimpinan perusahaan agar tahu mana yang "
      "terbaik?", "id", ITS,
      ["would have to become familiar with hundreds, if not thousands",
       "mit Hunderten, wenn nicht Tausenden von technologischen Lösungen",
       "harus mengenal ratusan, bahkan ribuan, solusi teknologi"],
      ["ratusan", "ribuan"], "fact"),
    q("Menurut artikel, apa definisi IT sourcing?", "id", ITS,
      ["Solving the issues outlined above with the assistance of an external",
       "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen",
       "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan tim"],
      ["eksternal", "masalah"], "definition"),

    # ---- bpo-vs-ito, English (translation) ----
    q("How does the expertise of ITO firms differ from the work BPO providers do?", "en", BVI,
      ["ITO-Experten kennen die Arten von Technologiefunktionen",
       "Profesional ITO terampil mengenali jenis kemampuan teknologi",
       "ITO experts know the kinds of technology functions"],
      ["storage|support|wireless", "customer service|accounting|personnel"], "difference"),
    q("Which areas can the effciency gained through a BPO provider be tied to?", "en", BVI,
      ["kann an Personal, Finanzen oder wirklich jeden operativen Bereich",
       "dapat dikaitkan dengan sumber daya manusia, keuangan, atau area operasional",
       "can be tied to personnel, finances, or really any operational area"],
      ["personnel", "financ"], "list"),
    q("Does a company have to choose between hiring an ITO provider and a BPO provider?", "en", BVI,
      ["Ein Unternehmen kann sowohl ITO- als auch BPO-Anbieter einstellen",
       "Sebuah bisnis dapat beralih untuk menyewa penyedia ITO dan BPO",
       "A company can hire both ITO and BPO providers"],
      ["both"], "yesno"),
    q("When are the conditions right for bringing in a BPO provider after an ITO engagement?", "en", BVI,
      ["Sobald Kosteneinsparungen realisiert sind, können die Bedingungen",
       "Setelah penghematan biaya direalisasikan, kondisinya mungkin sudah matang",
       "Once cost savings have been realized, the conditions may be ripe"],
      ["cost savings|savings", "realiz|realis"], "when"),
    q("Can an ITO provider's work count as effective if it uncovers no savings on technology systems and "
      "procedures?", "en", BVI,
      ["hat ein ITO-Anbieter keinen Unterschied gemacht",
       "penyedia ITO tidak membuat perbedaan",
       "an ITO provider has made no difference"],
      ["no|not", "difference"], "yesno"),
    q("Why do companies turn to ITO and BPO providers at all, and what should an ITO provider save money on?",
      "en", BVI,
      ["um effizientere Arbeitsabläufe zu schaffen",
       "untuk menciptakan alur kerja yang lebih efisien",
       "to create more efficient workflows"],
      ["efficient|workflow", "network"], "why"),

    # ---- bpo-vs-ito, German (original) ----
    q("Wer kann die Änderungen übernehmen, nachdem ein ITO-Anbieter mögliche Einsparungen gefunden hat?", "de",
      BVI,
      ["diese Änderungen vom Unternehmen übernommen werden können",
       "perubahan tersebut dapat disesuaikan dengan bisnis",
       "these changes can be taken over by the company"],
      ["Unternehmen"], "who"),
    q("Macht ein beauftragter ITO-Anbieter einen BPO-Anbieter überflüssig?", "de", BVI,
      ["das eine macht das andere nicht überflüssig",
       "yang satu tidak menghilangkan kebutuhan akan yang lain",
       "one does not make the other redundant"],
      ["nein|nicht|kein", "Leistungsumfang|unterschiedlich"], "yesno"),
    q("Was ermöglichen ITO- und BPO-Dienstleister einem Unternehmen grundsätzlich?", "de", BVI,
      ["über seine eigenen Fähigkeiten hinausgehen und einen anderen Anbieter",
       "menjangkau melampaui kemampuannya sendiri dan memperkenalkan penyedia lain",
       "go beyond its own capabilities and bring in another provider"],
      ["Fähigkeiten"], "fact"),
    q("Was muss ein BPO-Anbeiter erreichen, damit sein Einsatz als Erfolg gilt?", "de", BVI,
      ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden",
       "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
       "improvements in business processes that can lead to higher financial results"],
      ["Geschäftsprozess", "finanziell"], "fact"),
    q("ITO und BPO gleichzeitig einführen?", "de", BVI,
      ["kann es für eine Organisation sinnvoll sein, einen vor dem anderen",
       "mungkin masuk akal bagi organisasi untuk mengadopsi satu sebelum yang lain",
       "for an organization to adopt one before the other"],
      ["vor dem anderen|nacheinander|zuerst"], "yesno"),

    # ---- bpo-vs-ito, Indonesian (original) ----
    q("Penyedia ITO seharusnya menghasilkan penghematn di bidang apa, dan apa yang seharusnya dihasilkan penyedia "
      "BPO?", "id", BVI,
      ["Ein ITO-Anbieter sollte Kosteneinsparungen in Verbindung mit Computernetzwerken",
       "Penyedia ITO harus menciptakan penghematan biaya yang terkait dengan jaringan",
       "An ITO provider should create cost savings related to computer networks"],
      ["jaringan|penghematan biaya", "efisiensi operasional"], "difference"),
    q("Apakah cakupan layanan penyedia ITO dan penyedia BPO itu sama?", "id", BVI,
      ["Der Leistungsumfang der beiden Anbieter ist unterschiedlich",
       "Cakupan layanan yang ditawarkan oleh kedua penyedia ini berbeda",
       "The scope of services of the two providers differs"],
      ["tidak|bukan", "berbeda"], "yesno"),
    q("Pengetahuan siapa yang menjadi dasar bagi penyedia saat menawar harga dan syarat layanan?", "id", BVI,
      ["basierend auf dem Wissen dieser Branchenexperten zu optimieren",
       "berdasarkan pengetahuan yang dimiliki oleh para profesional industri ini",
       "based on the knowledge of these industry experts"],
      ["profesional|ahli"], "who"),
    q("Tumpang tindih ITO-BPO?", "id", BVI,
      ["Jeder dieser Anbieter hat einzigartige Rollen, aber es gibt",
       "Masing-masing penyedia ini memiliki peran unik, tetapi ada beberapa",
       "Each of these providers has unique roles, but there is"],
      ["tumpang tindih|beberapa", "unik"], "yesno"),
    q("Layanan teknologi apa saja yang dikenali para profesional ITO, dari yang paling dasar sampai nirkabel?",
      "id", BVI,
      ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
       "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
       "from storage to support to wireless services"],
      ["penyimpanan", "dukungan"], "list"),

    # ---- off-topic, 3 per language ----
    off("What is the boiling point of water at sea level in degrees Fahrenheit?", "en"),
    off("Who painted the ceiling of the Sistine Chapel?", "en"),
    off("How many players does a rugby union team field at once?", "en"),
    off("Wie backt man einen Apfelstrudel mit selbstgemachtem Teig?", "de"),
    off("Wer schrieb den Roman Die Blechtrommel?", "de"),
    off("Wie hoch ist die Zugspitze?", "de"),
    off("Bagaimana cara memasak rendang daging sapi yang empuk?", "id"),
    off("Siapa penemu bola lampu pijar?", "id"),
    off("Berapa tinggi Gunung Rinjani?", "id"),

    # ---- near-domain, 2 per language ----
    near("What share of front-office outsourcing is handled by call centres?", "en", "call centre"),
    near("Does the ITO and BPO comparison name Capgemini as an example of an ITO provider?", "en", "Capgemini"),
    near("Was kostet selektives Outsourcing für einen kleinen Betrieb als Monatspauschale?", "de",
         "Monatspauschale"),
    near("Welche Vorschriften gelten in Frankreich für ITO-Verträge?", "de", "Frankreich"),
    near("Apakah contoh tugas back office di artikel ini mencakup layanan katering untuk karyawan?", "id",
         "katering"),
    near("Berapa persen perusahaan di Asia Tenggara yang sudah memakai multi-sourcing?", "id", "Asia Tenggara"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
