#!/usr/bin/python3
"""Write new-docs-19/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 build_all.py   (from anywhere; writes all.jsonl next to this script)

Each answerable row: question, lang, doc, gold (1-2 verbatim substrings of 4-12 words from one passage of the
document), answer_keys (1-3 keys; '|' separates alternatives; case-insensitive substrings), answerable, kind.
Near-domain rows: doc "", gold [], answer_keys [], kind "near-domain" and the uncovered term.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

A = "selective-vs-total-outsourcing.en"
B = "vendor-lock-in-outsourcing.en"
C = "retained-organisation-it.de"
D = "change-requests-it-vertrag.de"
E = "tanya-jawab-kpo.id"
F = "analisis-layanan-ti-terkelola.id"

# (question, lang, doc, gold, answer_keys, kind)
ANSWERABLE = [
    # ---- A: selective vs total outsourcing (en, long comparison article) ----
    ("What reason do academics give for piecemeal arrangements hitting their savings goals more often than "
     "all-in ones?", "en", A,
     ["still runs much of its IT itself", "can write precise contracts"],
     ["runs much of its IT|still runs|knows what", "precise contracts"], "why"),
    ("How long do outsourcing contracts typically run in a total deal compared with a selective one?", "en", A,
     ["Typical contract term | 7 to 10 years | 2 to 5"],
     ["7 to 10|seven to ten", "2 to 5|two to five"], "difference"),
    ("Which four characteristics make an IT service a good early candidate for an outside provider when a "
     "company goes selective?", "en", A,
     ["they give the company no edge over its competitors", "many providers offer them, so there is real competition"],
     ["described precisely|measured", "no edge|competitors", "many providers|competition"], "list"),
    ("What does SIAM stand for, and what job does it take over?", "en", A,
     ["service integration and management (SIAM)", "hand this coordinating role to yet another specialist"],
     ["service integration and management", "coordinat|integrator|work together"], "definition"),
    ("We have already rated each of our IT services for importance and for how standard it is. How should we "
     "continue before we ask providers for offers?", "en", A,
     ["Record what each service costs today and how well it performs"],
     ["costs today|cost", "performs|how well"], "how"),
    ("How many people were left in Corvane Frieght's in-house infrastructure team after the service desk and "
     "network monitoring went to outside providers?", "en", A,
     ["the internal infrastructure team had shrunk from fourteen to nine people"],
     ["nine|9"], "count"),
    ("Welche Aufgaben behalten die meisten Unternehmen beim selektiven Outsourcing lieber selbst?", "de", A,
     ["IT strategy, enterprise architecture, security policy, the management of providers"],
     ["Strategie|strategy", "Architektur|architecture", "Sicherheit|security|Anbieter|providers"], "list"),
    ("Warum kann ein Kunde nach einigen Jahren Komplett-Outsourcing kaum noch beurteilen, ob ein Angebot für "
     "einen neuen Dienst fair ist?", "de", A,
     ["Because the provider now holds the know-how"],
     ["Know-how|Wissen"], "why"),
    ("Menurut tabel perbandingan, apa risiko utama dari outsourcing selektif?", "id", A,
     ["Main risk | Dependence on a single provider | Gaps between providers"],
     ["celah|kekosongan|gaps|antara penyedia|between providers"], "fact"),
    ("Berapa persen tiket Corvane Freight yang terselesaikan pada kontak pertama setelah delapan belas bulan?",
     "id", A,
     ["had risen from 58 % to 71 %"],
     ["71|tujuh puluh satu"], "fact"),
    # ---- B: vendor lock-in (en, guide) ----
    ("In plain words, what situation does the term vendor lock-in describe for a client and its supplier?", "en", B,
     ["the cost, risk or time of switching provider is so high"],
     ["switching|switch", "cost, risk or time|so high"], "definition"),
    ("Is lock-in usually the result of one bad decision?", "en", B,
     ["It is rarely caused by a single decision"],
     ["no|not", "builds up|over years|small conveniences"], "yesno"),
    ("CMDB and monitoring data location?", "en", B,
     ["live in the provider's own platform and leave with it"],
     ["provider's own platform|provider's platform|platform", "leave with it|leave"], "fact"),
    ("How can a company that is already stuck with one provider test whether a switch would work?", "en", B,
     ["Move one small, well-defined service to a second provider"],
     ["second provider", "small|one"], "how"),
    ("How many protective clauses does the guide recommend putting into the contract?", "en", B,
     ["A contract that keeps your options open typically contains these clauses"],
     ["5|five"], "count"),
    ("Why bother pulling a full copy of our records out of the supplier's systems every twelve months when we "
     "have no plans to leave?", "en", B,
     ["the cheapest of these habits and one of the most revealing", "will not do better in the middle of a dispute"],
     ["cheapest|revealing", "dispute|nothing is at stake"], "why"),
    ("Innerhalb welcher Frist soll der Anbieter laut den empfohlenen Vertragsklauseln die Daten des Kunden "
     "herausgeben?", "de", B,
     ["within ten working days of a request"],
     ["zehn Arbeitstage|10 Arbeitstage|ten working days"], "when"),
    ("Welches Warnsignal betrifft die Aufzeichnungen früherer Störungen?", "de", B,
     ["The only copy of your incident history"],
     ["einzige Kopie|only copy", "Ticket|ticketing"], "fact"),
    ("Mengapa klausul termination assistance sebaiknya disepakati sejak awal kontrak?", "id", B,
     ["cost little to agree at the start", "very hard to obtain once a relationship has turned sour"],
     ["murah|biayanya kecil|cost little", "sulit|hard to obtain|turned sour"], "why"),
    ("Sebutkan kebiasaan sehari-hari yang membuat peralihan ke penyedia lain tetap realistis.", "id", B,
     ["Keep a small in-house team that understands the architecture",
      "Hold the administrator accounts and the master copy"],
     ["tim internal|in-house team", "akun administrator|administrator accounts|kata sandi|passwords",
      "ekspor data|data export|alat yang umum|widely used tools"], "list"),
    # ---- C: Retained Organisation (de, explainer) ----
    ("Was versteht man unter einer Retained Organisation?", "de", C,
     ["der Teil der IT, der nach einem Outsourcing beim Auftraggeber verbleibt"],
     ["Teil der IT|Teil", "verbleibt|Auftraggeber"], "definition"),
    ("Wer prüft in der Retained Organisation die Rechnungen des Dienstleisters?", "de", C,
     ["Vertragsmanager | pflegt den Vertrag, prüft Rechnungen und bewertet Change Requests"],
     ["Vertragsmanager"], "who"),
    ("Warum fällt die Retained Organisation in vielen Wirtschaftlichkeitsrechnungen zu klein aus?", "de", C,
     ["erscheint die Retained Organisation nur als Kostenposten"],
     ["Kostenposten|Kosten", "Einsparungen|schmälert"], "why"),
    ("Faustregel Kosten Retained Organisation?", "de", C,
     ["etwa 8 bis 12 % des jährlichen Outsourcing-Volumens"],
     ["8 bis 12|acht bis zwölf"], "fact"),
    ("Welche Faktoren bestimmen, wie groß die steuernde Einheit nach einem Outsourcing sein muss?", "de", C,
     ["von der Zahl der Dienstleister", "vom Anteil der IT, der ausgelagert wurde"],
     ["Zahl der Dienstleister|Dienstleister", "Anteil", "Regulierung|Tempo"], "list"),
    ("Wir wollen den Betrieb unserer IT im nächsten Jahr an einen Partner vergeben, die Ausschreibung steht kurz "
     "bevor. Wie sollten wir beim Aufbau der Steuerung im Haus beginnen?", "de", C,
     ["Rollen und Verantwortlichkeiten festlegen, bevor die Ausschreibung beginnt"],
     ["Rollen", "Verantwortlichkeiten"], "how"),
    ("Should a company leave the steering of its outsourcing providers to the purchasing department alone?", "en", C,
     ["Die Steuerung wird allein dem Einkauf übertragen", "dem das technische Wissen fehlt"],
     ["no|not|nicht|kein", "technical|technische"], "yesno"),
    ("Who sets the technical standards and checks the solutions that providers propose?", "en", C,
     ["Enterprise-Architekt | legt technische Standards fest"],
     ["enterprise architect|Enterprise-Architekt"], "who"),
    ("Kapan ukuran dan susunan Retained Organisation sebaiknya ditinjau ulang?", "id", C,
     ["Nach zwölf Monaten prüfen, ob Größe und Zuschnitt"],
     ["12 bulan|dua belas bulan|zwölf Monaten"], "when"),
    ("Berapa banyak kesalahan umum saat membangun Retained Organisation yang disebutkan artikel itu?", "id", C,
     ["Beim Aufbau der Retained Organisation wiederholen sich einige Fehler"],
     ["4|empat|vier"], "count"),
    # ---- D: change requests (de, legal overview) ----
    ("Was meint man mit Scope Creep bei Outsourcing-Verträgen?", "de", D,
     ["dass der Leistungsumfang schleichend wächst"],
     ["schleichend", "Leistungsumfang|Umfang"], "definition"),
    ("Ist jede Mehrarbeit, die durch ein paar zusätzliche Tickets im Monat entsteht, gleich ein Fall für einen "
     "Change Request?", "de", D,
     ["Keine Änderung sind dagegen Schwankungen innerhalb des vereinbarten Mengengerüsts"],
     ["nein|nicht|kein", "Mengengerüst|Band|Schwankungen"], "yesno"),
    ("Bis wann muss der Dienstleitser nach einem Änderungsantrag seine Auswirkungsanalyse vorlegen?", "de", D,
     ["legt binnen zehn Arbeitstagen eine Auswirkungsanalyse"],
     ["zehn Arbeitstage|10 Arbeitstage"], "when"),
    ("Welche drei Modelle nennt der Überblick für die Bezahlung von Änderungen?", "de", D,
     ["meist zum Festpreis an", "wird nach Aufwand abgerechnet"],
     ["Festpreis", "Aufwand|Time & Material", "Mengenstaffel|monatliche Vergütung"], "list"),
    ("Unser Anbieter hat per Mail eine Mehrleistung avisiert, wir haben nicht reagiert, und nun verlangt er Geld "
     "dafür. Müssen wir zahlen?", "de", D,
     ["Schweigen auf ein Angebot gilt grundsätzlich nicht als Zustimmung"],
     ["nein|nicht|kein", "Schweigen|Zustimmung"], "yesno"),
    ("Wer verhandelt bei einem Konflikt über einen Change Request zuletzt, bevor ein Gutachter oder eine "
     "Schlichtungsstelle eingeschaltet wird?", "de", D,
     ["zuletzt die Geschäftsführungen beider Seiten"],
     ["Geschäftsführung"], "who"),
    ("What question is a CR procedure meant to settle up front?", "en", D,
     ["Gehört die Leistung schon zum vereinbarten Umfang", "oder muss sie zusätzlich bezahlt werden"],
     ["scope|Umfang", "extra|paid|zusätzlich|bezahlt"], "fact"),
    ("How does the change request process continue once the provider has delivered its impact analysis?", "en", D,
     ["Der Kunde entscheidet innerhalb der vereinbarten Frist über Annahme"],
     ["decides|entscheidet", "accept|reject|Annahme|Ablehnung"], "how"),
    ("Bila kontrak tidak mengaturnya, bolehkah penyedia menolak perubahan yang diminta pelanggan?", "id", D,
     ["Der Dienstleister kann eine gewünschte Änderung also grundsätzlich ablehnen"],
     ["boleh|menolak|ablehnen", "sepihak|einseitig|tidak ada hak"], "yesno"),
    ("Mengapa ratecard sebaiknya sudah dinegosiasikan saat kontrak ditandatangani?", "id", D,
     ["solange noch Wettbewerb zwischen den Bietern besteht"],
     ["persaingan|Wettbewerb"], "why"),
    # ---- E: KPO FAQ (id) ----
    ("Apa perbedaan cara mengukur keberhasilan BPO dan KPO?", "id", E,
     ["diukur dengan kecepatan serta biaya per transaksi", "mutunya diukur dari ketepatan analisis"],
     ["kecepatan|biaya per transaksi", "ketepatan analisis|ketepatan"], "difference"),
    ("Berapa lama masa transissi yang wajar sebelum layanan KPO stabil?", "id", E,
     ["Masa transisi tiga sampai enam bulan adalah hal yang wajar"],
     ["tiga sampai enam bulan|3 sampai 6 bulan|3-6 bulan"], "when"),
    ("Sebutkan jenis pekerjaan yang biasa diserahkan kepada penyedia KPO.", "id", E,
     ["riset pasar dan analisis pesaing", "penelusuran dan penyusunan dokumen paten"],
     ["riset pasar", "paten|analisis keuangan|analisis data", "penulisan teknis|desain teknik"], "list"),
    ("Bagaimana cara menilai kemampuan orang-orang yang nanti menggarap pekerjaan di calon rekanan KPO?", "id", E,
     ["Periksa kualifikasi tim yang benar-benar akan mengerjakan"],
     ["kualifikasi", "bukan hanya profil|benar-benar akan mengerjakan"], "how"),
    ("Rumus penentuan tarif jualan kami adalah rahasia dapur yang membuat kami unggul. Bolehkah rumus itu digarap "
     "orang luar?", "id", E,
     ["menjadi keunggulan utama perusahaan"],
     ["tidak|bukan", "keunggulan|kurang cocok"], "yesno"),
    ("Apa fungsi NDA dalam kerja sama dengan penyedia KPO?", "id", E,
     ["perjanjian kerahasiaan atau non-disclosure agreement (NDA)"],
     ["kerahasiaan", "tenaga ahli|penyedia"], "fact"),
    ("KPO term popular since?", "en", E,
     ["Istilah ini mulai populer pada awal 2000-an"],
     ["2000"], "when"),
    ("Who do KPO providers typically hire to do the work?", "en", E,
     ["mempekerjakan analis, peneliti, insinyur, atau akuntan berpengalaman"],
     ["analyst|analis", "researcher|peneliti|engineer|insinyur|accountant|akuntan"], "who"),
    ("Welche Maßnahmen empfiehlt der Beitrag, um vertrauliche Daten bei KPO zu schützen?", "de", E,
     ["perjanjian kerahasiaan atau non-disclosure agreement (NDA)",
      "akses yang dibatasi hanya pada data yang diperlukan"],
     ["NDA|Geheimhaltungsvereinbarung|non-disclosure", "Zugriff|akses", "Audit"], "list"),
    ("Wie viele Referenzkunden sollte man bei der Auswahl eines KPO-Anbieters kontaktieren?", "de", E,
     ["hubungi dua klien referensi"],
     ["zwei|2|dua"], "count"),
    # ---- F: managed IT services for small offices (id, short news analysis) ----
    ("Berapa persen kantor kecil dalam kajian itu yang sudah memakai MSP, dan berapa angkanya dua tahun "
     "sebelumnya?", "id", F,
     ["34 % di antaranya sudah memakai managed service provider (MSP)", "naik dari 21 % dua tahun sebelumnya"],
     ["34|tiga puluh empat", "21|dua puluh satu"], "fact"),
    ("Apa beda cara kerja model break-fix dengan MSP?", "id", F,
     ["penyedia baru bekerja setelah masalah terjadi", "memantau perangkat setiap hari lewat pemantauan jarak jauh"],
     ["setelah masalah terjadi|setelah masalah", "memantau|pemantauan"], "difference"),
    ("Sebutkan tiga alasan pemilik kantor kecil beralih ke layanan terkelola.", "id", F,
     ["pengeluaran TI menjadi lebih mudah diperkirakan", "masalah sering tercegah sebelum mengganggu pekerjaan"],
     ["mudah diperkirakan|diperkirakan", "tercegah|dicegah", "pembaruan keamanan"], "list"),
    ("Kantor kami hanya punya lima komputer. Apakah kami pasti lebih hemat bila beralih ke MSP?", "id", F,
     ["bisa jadi tetap lebih hemat dengan teknisi panggilan"],
     ["tidak|bukan", "teknisi panggilan"], "yesno"),
    ("Bagaimana cara memastikan data kantor tidak tertahan di penyedia bila kontrak MSP berakhir?", "id", F,
     ["Pastikan data dan kata sandi dapat diambil kembali"],
     ["diambil kembali", "kata sandi"], "how"),
    ("Siapa Yohana Sitompul dan di mana usahanya berada?", "id", F,
     ["pemilik sebuah biro arsitektur di Depok"],
     ["biro arsitektur|arsitektur", "Depok"], "who"),
    ("For how long does a managed service contract usually bind a small office?", "en", F,
     ["Kontrak MSP biasanya mengikat minimal 12 bulan"],
     ["12 months|twelve months|12 bulan"], "when"),
    ("Which kinds of businesses were quickest to switch to managed IT services, and which still rely mostly on "
     "call-out technicians?", "en", F,
     ["kantor jasa seperti biro hukum dan klinik paling cepat beralih",
      "sedangkan toko ritel masih banyak mengandalkan teknisi panggilan"],
     ["law firms|legal|biro hukum|clinics|klinik", "retail|ritel"], "fact"),
    ("Was ist im Standardpaket eines MSP für kleine Büros meist enthalten?", "de", F,
     ["help desk jarak jauh, pembaruan perangkat lunak, pencadangan data"],
     ["Help Desk", "Updates|pembaruan perangkat lunak|Software", "Datensicherung|Backup|pencadangan|Antivirus"],
     "list"),
    ("Warum kann ein MSP-Vertrag mit der Zeit teurer werden als gedacht?", "de", F,
     ["biayanya ikut naik setiap kali jumlah perangkat bertambah", "penggantian perangkat keras yang rusak"],
     ["Geräte|perangkat", "Hardware|perangkat keras|terpisah"], "why"),
]

# (question, lang, uncovered term)
NEAR_DOMAIN = [
    ("How many dollars does a KPO provider typically charge per expert day?", "en", "dollars"),
    ("Can tickets be exported from Freshservice, according to the lock-in guide?", "en", "Freshservice"),
    ("What failure rate do studies report for total outsourcing deals?", "en", "failure rate"),
    ("Does Brazilian law require a client to keep an in-house team that steers its outsourcing providers?", "en",
     "Brazil"),
    ("Mit wie vielen Euro pro Personentag muss man bei einer Ratecard für Change Requests rechnen?", "de", "Euro"),
    ("Kümmert sich ein Managed Service Provider auch um die Entsorgung ausgedienter Rechner?", "de", "Entsorgung"),
    ("Welche durchschnittliche Ersparnis erzielen Unternehmen mit selektivem Outsourcing?", "de", "Ersparnis"),
    ("Welche Vorschriften gelten in Dänemark für Change Requests in IT-Verträgen der öffentlichen Hand?", "de",
     "Dänemark"),
    ("Berapa rupiah biaya bulanan MSP untuk satu komputer kantor?", "id", "rupiah"),
    ("Apakah artikel tentang layanan TI terkelola menyebut NinjaOne sebagai alat pemantauan?", "id", "NinjaOne"),
    ("Berapa banyak kantor kecil di Sumatra yang sudah memakai MSP?", "id", "Sumatra"),
    ("Apakah penyedia KPO juga mengerjakan pengelolaan media sosial perusahaan?", "id", "media sosial"),
]


def rows():
    out = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        out.append({"question": q, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                    "answerable": True, "kind": kind})
    for q, lang, term in NEAR_DOMAIN:
        out.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                    "answerable": False, "kind": "near-domain", "uncovered": term})
    return out


if __name__ == "__main__":
    rs = rows()
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rs)} rows to all.jsonl")
