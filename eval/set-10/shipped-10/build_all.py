#!/usr/bin/python3
"""Write shipped-10/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-10/shipped-10/build_all.py

Answerable rows: (question, lang, doc, [gold...], [answer keys...], kind). One gold substring per
language version of the document, copied verbatim from the one paragraph (or list with its lead-in)
that answers: for it-sourcing.en the English original first, then German and Indonesian; for
bpo-vs-ito the German and Indonesian originals first, then the English translation.
Unanswerable rows: (question, lang, kind, uncovered term or None).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ITS = "it-sourcing.en"
BVI = "bpo-vs-ito"

ANSWERABLE = [
    # ---- it-sourcing.en: en 9 (original language)
    ("Is IT sourcing mainly something for large enterprises?", "en", ITS,
     ["organizations of all sizes are benefiting from",
      "von der Organisationen jeder Größe profitieren",
      "memberikan manfaat bagi organisasi dari segala ukuran"],
     ["all sizes|any size|every size|of every size|all size"], "yesno"),
    ("Back when tech was simpler, how did a company get an inventory program onto several machines?", "en", ITS,
     ["along with licenses to operate it on multiple systems",
      "samt Lizenzen für den Betrieb auf mehreren Systemen kaufen",
      "dapat dibeli beserta lisensi untuk menjalankannya di beberapa sistem"],
     ["licen", "purchas|bought|buy"], "fact"),
    ("To pick the best applications himself, how many technology options would a company boss have to get to know?", "en", ITS,
     ["hundreds, if not thousands, of technological solutions",
      "mit Hunderten, wenn nicht Tausenden von technologischen Lösungen",
      "ratusan, bahkan ribuan, solusi teknologi"],
     ["hundreds", "thousands"], "fact"),
    ("How does front-office BPO differ from back-office BPO?", "en", ITS,
     ["Back office outsourcing does not impact the consumer directly",
      "Back-Office-Outsourcing wirkt sich nicht direkt auf den Kunden aus",
      "Pengalihdayaan back office tidak berdampak langsung pada konsumen"],
     ["consumer|customer", "front", "back"], "difference"),
    ("Why would a company let an outside firm run all of its servers, firewalls and websites?", "en", ITS,
     ["in order to avoid hiring an IT staff",
      "um die Einstellung von IT-Personal zu vermeiden",
      "untuk menghindari perekrutan staf TI"],
     ["hiring|hire|staff"], "why"),
    ("When certain work has to stay with our own people, why is staffing it such a headache?", "en", ITS,
     ["hiring a team for a short-term project",
      "ein Team für ein kurzfristiges Projekt einzustellen",
      "merekrut tim untuk proyek jangka pendek"],
     ["short-term|short term", "hiring|staffing|hire"], "why"),
    ("Where is the money-saving side of an IT sourcing strategy supposed to come from?", "en", ITS,
     ["ensuring the processes that are in place are cost-effective",
      "dass die bestehenden Prozesse kosteneffizient sind",
      "memastikan bahwa proses yang ada bersifat hemat biaya"],
     ["process", "cost-effective|cost effective|cost efficient|cost-efficient"], "fact"),
    ("What matters most in any IT sourcing strategy, according to the closing section?", "en", ITS,
     ["identifying key areas, ascertaining the benefits for each area",
      "die wichtigsten Bereiche zu identifizieren, den Nutzen für jeden Bereich zu ermitteln",
      "mengidentifikasi area-area utama, menentukan manfaat bagi setiap area"],
     ["areas", "benefit", "track|data"], "list"),
    ("Can we insource an external team just to see a one-off change through?", "en", ITS,
     ["technology needs or to oversee a change",
      "oder um eine Veränderung zu begleiten",
      "maupun untuk mengawasi suatu perubahan"],
     ["change|oversee"], "yesno"),

    # ---- it-sourcing.en asked in German: 8 (cross-language)
    ("Sieht der Nutzen von IT-Sourcing für jedes Unternehmen gleich aus?", "de", ITS,
     ["how it can benefit a given establishment will vary",
      "ist von Fall zu Fall unterschiedlich",
      "bagaimana manfaatnya bagi suatu usaha tertentu akan berbeda-beda"],
     ["unterschiedlich|verschieden|variiert|Fall zu Fall"], "yesno"),
    ("Für welche zusätzlichen Vorhaben brauchte man früher Zusatzlösungen oder mühsam verbundene Systeme?", "de", ITS,
     ["add in multiple storefronts, track online and brick-and-mortar sales together",
      "mehrere Filialen hinzufügen, Online- und stationäre Verkäufe gemeinsam verfolgen",
      "menambah beberapa gerai, melacak penjualan daring dan penjualan di toko fisik"],
     ["Filiale|Geschäft|Laden|Standort", "online", "Trend"], "list"),
    ("Meint IT-Sourcing genau eine bestimmte Art von Unterstützung?", "de", ITS,
     ["may refer to one or many types of assistance",
      "der eine oder viele Arten von Unterstützung bezeichnen kann",
      "dapat mengacu pada satu atau banyak jenis bantuan"],
     ["Sammelbegriff|viele|mehrere|verschiedene"], "yesno"),
    ("Zählt die Lohnabrechnung beim BPO zum Front Office?", "de", ITS,
     ["data entry, data management, quality checks, payroll, and accounting",
      "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
      "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
     ["Back"], "yesno"),
    ("In welchen Fällen sollte eine Aufgabe laut Artikel lieber im eigenen Haus erledigt werden?", "de", ITS,
     ["perhaps for privacy reasons, because delicate systems need to remain on site",
      "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
      "karena alasan privasi, karena sistem yang sensitif harus tetap"],
     ["Datenschutz|Privatsphäre", "vor Ort|empfindlich", "Zusammenarbeit|abteilungs"], "when"),
    ("Lassen sich hochqualifizierte Stellen wie Webdesign oder Rechtsberatung leicht mit eigenem Personal besetzen?", "de", ITS,
     ["staffing, especially with these high-level positions, is challenging",
      "die Personalbesetzung ist gerade bei solchen anspruchsvollen Positionen eine Herausforderung",
      "pengisian staf, terutama untuk posisi tingkat tinggi seperti ini"],
     ["Herausforderung|schwierig|schwer"], "yesno"),
    ("Wozu dient selektives Outsourcing aus Sicht der IT-Abteilung?", "de", ITS,
     ["can focus on core functions",
      "auf ihre Kernfunktionen konzentrieren kann",
      "dapat fokus pada fungsi inti"],
     ["Kern"], "why"),
    ("Worum dreht sich laut Artikel in unserer modernen Zeit eigentlich alles?", "de", ITS,
     ["The modern age is all about data",
      "In der heutigen Zeit dreht sich alles um Daten",
      "Era modern berpusat pada data"],
     ["Daten"], "fact"),

    # ---- it-sourcing.en asked in Indonesian: 8 (cross-language)
    ("Mengapa tim internal sering tidak sanggup lagi membuat semua program terintegrasi sendiri?", "id", ITS,
     ["It requires the assistance of various technology experts",
      "Dazu bedarf es der Unterstützung verschiedener Technologieexperten",
      "Hal ini memerlukan bantuan berbagai ahli teknologi"],
     ["ahli", "mahal|biaya"], "why"),
    ("Bagaimana artikel itu mendefinisikan IT sourcing secara singkat?", "id", ITS,
     ["with the assistance of an external information technology team or services",
      "mit Unterstützung eines externen IT-Teams oder externer IT-Dienste",
      "dengan bantuan tim atau layanan teknologi informasi eksternal"],
     ["eksternal|luar"], "definition"),
    ("Penjadwalan itu termasuk BPO front office atau back office?", "id", ITS,
     ["consumer-facing jobs, such as customer service, scheduling",
      "Tätigkeiten mit Kundenkontakt, etwa Kundenservice, Terminplanung",
      "seperti layanan pelanggan, penjadwalan, serta penjualan masuk dan keluar"],
     ["front"], "fact"),
    ("Kalau hanya sebagian pekerjaan TI yang diserahkan ke perusahaan luar, apa untungnya bagi tim TI internal?", "id", ITS,
     ["so the internal IT team can focus on what matters most",
      "damit sich das interne IT-Team auf das konzentrieren kann",
      "sehingga tim TI internal dapat fokus pada hal yang paling penting"],
     ["fokus", "penting"], "why"),
    ("Apa yang membedakan KPO dari BPO biasa?", "id", ITS,
     ["duties that require a specific skillset to complete",
      "Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
      "membutuhkan keahlian khusus untuk menyelesaikannya"],
     ["keahlian|keterampilan|kemampuan khusus", "entri data|tugas kecil|hal-hal kecil|hal kecil"], "difference"),
    ("Coba beri contoh bagaimana tugas TI bisa dibagi-bagi dalam multi-sourcing.", "id", ITS,
     ["another who focuses on web design, another who sets up desktops",
      "eine andere sich auf Webdesign konzentriert, eine weitere Arbeitsplatzrechner",
      "pihak lain yang berfokus pada desain web"],
     ["keamanan", "desain web|web", "help desk|desktop|aplikasi"], "list"),
    ("Apakah ada satu strategi IT sourcing yang cocok untuk semua organisasi?", "id", ITS,
     ["The right strategy will vary by organization",
      "Die richtige Strategie ist von Organisation zu Organisation verschieden",
      "Strategi yang tepat akan berbeda-beda di setiap organisasi"],
     ["berbeda|bervariasi|tergantung"], "yesno"),
    ("Seberapa sering teknologi baru bermunculan menurut artikel tersebut?", "id", ITS,
     ["with new technology emerging daily",
      "täglich kommt neue Technologie hinzu",
      "teknologi baru muncul setiap hari"],
     ["setiap hari|tiap hari|harian"], "fact"),

    # ---- bpo-vs-ito asked in English: 5 (cross-language; the originals are de and id)
    ("Do BPO and ITO providers have completely separate roles?", "en", BVI,
     ["Jeder dieser Anbieter hat einzigartige Rollen, aber es gibt auch einige Überschneidungen",
      "Masing-masing penyedia ini memiliki peran unik, tetapi ada beberapa yang tumpang tindih",
      "but there is also some overlap"],
     ["overlap"], "yesno"),
    ("Does an ITO provider's know-how cover wireless services too?", "en", BVI,
     ["von der Speicherung über den Support bis hin zu drahtlosen Diensten",
      "mulai dari penyimpanan hingga dukungan hingga layanan nirkabel",
      "from storage to support to wireless services"],
     ["wireless", "storage|support"], "yesno"),
    ("In a nutshell, what are companies after when they turn to ITO and BPO providers?", "en", BVI,
     ["um effizientere Arbeitsabläufe zu schaffen",
      "untuk menciptakan alur kerja yang lebih efisien",
      "to create more efficient workflows"],
     ["efficien", "workflow"], "fact"),
    ("What should ITO providers be able to do thanks to their experts' industry knowledge?", "en", BVI,
     ["Kosten und Bedingungen auszuhandeln oder Dienstleistungen basierend auf dem Wissen",
      "menegosiasikan biaya dan persyaratan atau merampingkan layanan",
      "negotiate costs and terms or optimize services"],
     ["negotiat", "optimi|streamlin"], "list"),
    ("After an ITO engagement, at what point is it a good time to bring in a BPO provider?", "en", BVI,
     ["Sobald Kosteneinsparungen realisiert sind, können die Bedingungen für einen BPO-Anbieter reif sein",
      "Setelah penghematan biaya direalisasikan, kondisinya mungkin sudah matang bagi penyedia BPO",
      "Once cost savings have been realized, the conditions may be ripe"],
     ["saving"], "when"),

    # ---- bpo-vs-ito asked in German: 5 (original language)
    ("Woran erkennt man, ob sich ein ITO-Anbieter überhaupt gelohnt hat?", "de", BVI,
     ["Sofern keine finanziellen Einsparungen in Bezug auf Technologiesysteme",
      "Kecuali penghematan finansial ditemukan terkait dengan sistem dan prosedur teknologi",
      "Unless financial savings relating to technology systems and procedures are uncovered"],
     ["Einsparung"], "fact"),
    ("Wird ein BPO-Anbieter überflüssig, wenn wir schon einen ITO-Anbieter haben?", "de", BVI,
     ["das eine macht das andere nicht überflüssig",
      "yang satu tidak menghilangkan kebutuhan akan yang lain",
      "one does not make the other redundant"],
     ["nicht|nein", "Leistungsumfang|unterschiedlich|verschieden"], "yesno"),
    ("Warum muss man einen ITO-Anbieter nicht dauerhaft unter Vertrag halten?", "de", BVI,
     ["diese Änderungen vom Unternehmen übernommen werden können",
      "perubahan tersebut dapat disesuaikan dengan bisnis",
      "these changes can be taken over by the company"],
     ["Einsparung", "übernehm|übernommen|selbst"], "why"),
    ("Sind ITO- und BPO-Dienste als Alternativen gedacht, zwischen denen man sich entscheiden muss?", "de", BVI,
     ["so konzipiert sind, dass sie sich gegenseitig ergänzen",
      "dirancang untuk saling melengkapi",
      "are designed to complement each other"],
     ["ergänz"], "yesno"),
    ("Bei welchen Systemen soll ein ITO-Anbieter für Kosteneinsparungen sorgen?", "de", BVI,
     ["Kosteneinsparungen in Verbindung mit Computernetzwerken und anderen Informationstechnologiesystemen",
      "penghematan biaya yang terkait dengan jaringan komputer dan sistem teknologi informasi",
      "cost savings related to computer networks and other information technology systems"],
     ["Netzwerk", "Informationstechnologie|IT-System|Technologie"], "fact"),

    # ---- bpo-vs-ito asked in Indonesian: 5 (original language)
    ("Secara umum, apa sebenarnya BPO dan ITO itu menurut artikel?", "id", BVI,
     ["cara-cara bisnis dapat menjangkau melampaui kemampuannya sendiri",
      "wie ein Unternehmen über seine eigenen Fähigkeiten hinausgehen",
      "a company can go beyond its own capabilities"],
     ["kemampuan", "penyedia"], "definition"),
    ("Kenapa memulai dengan penyedia ITO disebut sebagai awal yang baik?", "id", BVI,
     ["dapat menghasilkan penghematan finansial tercepat",
      "zu den schnellsten finanziellen Einsparungen führen",
      "can lead to the fastest financial savings"],
     ["penghematan", "cepat"], "why"),
    ("Apa beda hasil yang diharapkan dari penyedia ITO dengan hasil dari penyedia BPO?", "id", BVI,
     ["efisiensi operasional yang lebih besar di hampir semua bidang bisnis",
      "zu einer größeren betrieblichen Effizienz in fast allen Unternehmensbereichen",
      "greater operational efficiency in almost all areas of a business"],
     ["biaya|penghematan", "efisiensi"], "difference"),
    ("Apakah penyedia BPO sudah bisa disebut sukses kalau prosesnya lebih rapi, walaupun hasil keuangannya tidak naik?", "id", BVI,
     ["yang dapat menyebabkan hasil keuangan yang lebih besar",
      "die zu höheren finanziellen Ergebnissen in einem Unternehmen führen können",
      "that can lead to higher financial results in a company"],
     ["tidak", "keuangan"], "yesno"),
    ("Bisakah efisiensi yang dihasilkan penyedia BPO menyangkut bagian SDM juga?", "id", BVI,
     ["dapat dikaitkan dengan sumber daya manusia, keuangan",
      "kann an Personal, Finanzen oder wirklich jeden operativen Bereich",
      "can be tied to personnel, finances, or really any operational area"],
     ["ya|bisa|dapat", "sumber daya manusia|SDM"], "yesno"),
]

UNANSWERABLE = [
    # off-topic
    ("How long should I boil an egg if I want the yolk still runny?", "en", "off-topic", None),
    ("What is the capital city of New Zealand?", "en", "off-topic", None),
    ("How do I get rid of aphids on my rose bushes?", "en", "off-topic", None),
    ("Wie entkalke ich meinen Wasserkocher mit Zitronensäure?", "de", "off-topic", None),
    ("Wann sollte man Tomaten auf der Fensterbank vorziehen?", "de", "off-topic", None),
    ("Wer hat die Neunte Sinfonie komponiert?", "de", "off-topic", None),
    ("Bagaimana cara memasak rendang supaya dagingnya empuk?", "id", "off-topic", None),
    ("Berapa lama penyeberangan kapal feri dari Merak ke Bakauheni?", "id", "off-topic", None),
    ("Kapan biasanya musim durian dimulai di Jawa?", "id", "off-topic", None),
    # near-domain
    ("Would an e-outsourcing firm that runs our servers also look after our Microsoft 365 licences and mailboxes?", "en", "near-domain", "Microsoft 365"),
    ("If we bring in a KPO specialist for legal work, can we make them sign a non-compete clause?", "en", "near-domain", "non-compete"),
    ("Muss ein BPO-Anbieter, der unser Personalmanagement übernimmt, auch die interne Meldestelle nach dem Hinweisgeberschutzgesetz betreiben?", "de", "near-domain", "Hinweisgeberschutzgesetz"),
    ("Kann ein Back-Office-Dienstleister die jährliche Inventur in unseren Filialen übernehmen?", "de", "near-domain", "Inventur"),
    ("Apakah penyedia KPO bisa menyediakan penerjemah tersumpah untuk dokumen hukum kami?", "id", "near-domain", "penerjemah tersumpah"),
    ("Bisakah penyedia BPO front office menangani pesanan GoFood untuk gerai-gerai kami?", "id", "near-domain", "GoFood"),
]


def main():
    rows = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        rows.append({"question": q, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                     "answerable": True, "kind": kind})
    for q, lang, kind, term in UNANSWERABLE:
        r = {"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
             "answerable": False, "kind": kind}
        if term:
            r["uncovered"] = term
        rows.append(r)
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to all.jsonl")


if __name__ == "__main__":
    main()
