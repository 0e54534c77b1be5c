#!/usr/bin/python3
"""Write new-docs-10/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-10/new-docs-10/build_all.py

Each answerable row: (question, lang, doc, [gold...], [answer keys...], kind).
Gold strings are copied verbatim from the one paragraph, list (with its lead-in), table,
blockquote callout or sub-section of docs/<doc>.md that answers the question.
Unanswerable rows: (question, lang, uncovered term).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

LPO = "legal-process-outsourcing.en"
MED = "medical-transcription-outsourcing.en"
PAY = "lohnabrechnung-auslagern.de"
PROC = "beschaffung-auslagern-procurement.de"
WEB = "jasa-pemeliharaan-website.id"
FPL = "logistik-pihak-keempat-4pl.id"

ANSWERABLE = [
    # ---- legal-process-outsourcing.en (en 6, de 2, id 2)
    ("What exactly do people mean by legal process outsourcing?", "en", LPO,
     ["handing repeatable legal work to an external provider"],
     ["repeatable|routine|recurring", "external|outside"], "definition"),
    ("Which litigation support tasks could we give to an LPO provider?", "en", LPO,
     ["first-level document review for relevance", "privilege review and preparation of privilege logs"],
     ["review", "privilege|e-discovery|disclosure"], "list"),
    ("Is second-level document review something we can outsource as well, or does it have to stay in-house?", "en", LPO,
     ["provider's reviewers are qualified lawyers", "a named in-house lawyer takes the final decision"],
     ["qualified lawyer", "in-house lawyer|final decision"], "yesno"),
    ("How long does a managed-service LPO contract usually run?", "en", LPO,
     ["Managed service | 3 years | fixed monthly fee per volume band"],
     ["3 years|three years|three-year|3-year"], "fact"),
    ("We're running a one-off LPO project right now. When would it make sense to move to a managed service?", "en", LPO,
     ["once they have twelve months of volume data"],
     ["twelve months|12 months|a year", "volume"], "when"),
    ("Why does an LPO vendor check for conflicts before it takes on a new matter for us?", "en", LPO,
     ["reading documents from both sides of the same dispute"],
     ["both sides|each side|opposing|other side"], "why"),
    ("Mit wie vielen Dokumenten sollte man einen LPO-Anbieter zuerst testen, bevor er das volle Volumen bekommt?", "de", LPO,
     ["Run a pilot of 200 to 300 documents"],
     ["200", "300"], "fact"),
    ("Welche juristischen Aufgaben sollten wir auf keinen Fall an einen LPO-Dienstleister abgeben?", "de", LPO,
     ["Strategy in a dispute, negotiation of unusual clauses, advice to the board"],
     ["Strategie|Strategy", "Verhandlung|verhandeln|negotiation", "Vorstand|Geschäftsführung|Board|Gericht|Behörde"], "list"),
    ("Berapa persen penghematan yang biasanya dilaporkan bagian hukum setelah memakai LPO beberapa tahun?", "id", LPO,
     ["savings of 30 to 60 percent on the outsourced tasks"],
     ["30", "60"], "fact"),
    ("Setelah kontrak LPO selesai, kapan semua dokumen kami harus sudah dikembalikan atau dihapus?", "id", LPO,
     ["all documents should be returned or deleted within 30 days"],
     ["30"], "when"),

    # ---- medical-transcription-outsourcing.en (en 6, de 2, id 2; the short document)
    ("Roughly how much can we save per report by outsourcing transcription instead of typing in-house?", "en", MED,
     ["cuts the cost per report by 20 to 40 percent"],
     ["20", "40"], "fact"),
    ("If a doctor flags a dictation as stat, how quickly should the finished report be back?", "en", MED,
     ["urgent ones, marked as stat by the clinician, within two hours"],
     ["two hours|2 hours"], "when"),
    ("Once the vendor meets its accuracy target, can its reports go into the patient record without the doctor signing them?", "en", MED,
     ["never final until the dictating clinician has read and signed it"],
     ["no|not", "sign"], "yesno"),
    ("What's the difference between full transcription and speech recognition with editing?", "en", MED,
     ["a transcriptionist listens to the recording and types the whole report",
      "software produces a draft and a medical language editor corrects it"],
     ["type|typing|types", "draft", "edit"], "difference"),
    ("What are the onboarding steps when we switch to a new transcription provider?", "en", MED,
     ["Sign a data processing agreement", "Switch over one department at a time"],
     ["data processing agreement|agreement", "template|preferred terms|abbreviation", "parallel|department"], "list"),
    ("Which mistakes count as major errors when the transcription accuracy is checked?", "en", MED,
     ["every wrong drug name, wrong dose or wrong side of the body"],
     ["drug", "dose", "side"], "list"),
    ("Warum werden Transkriptionsleistungen heute meist nach bearbeiteten Zeilen abgerechnet und nicht nach reinem Abtippen?", "de", MED,
     ["Editing a draft is roughly twice as fast as typing from scratch"],
     ["doppelt|zweimal|twice|halb"], "why"),
    ("Wann löscht ein Transkriptionsdienstleister die Audiodateien und fertigen Berichte?", "de", MED,
     ["deleted from the provider's systems 30 days after delivery"],
     ["30"], "when"),
    ("Berapa lama uji paralel dengan juru ketik internal saat mulai memakai vendor transkripsi medis?", "id", MED,
     ["Run two weeks in parallel with the in-house typists"],
     ["dua minggu|2 minggu|two weeks"], "when"),
    ("Jenis dokumen apa saja yang biasanya ditranskripsikan oleh penyedia transkripsi medis?", "id", MED,
     ["discharge summaries, clinic letters and operation notes"],
     ["pulang|discharge|resume", "surat|letter", "operasi|operation"], "list"),

    # ---- lohnabrechnung-auslagern.de (de 6, en 2, id 2)
    ("Welche Aufgaben erledigt ein Payroll-Dienstleister normalerweise für uns?", "de", PAY,
     ["Entgeltabrechnung einschließlich der Entgeltbescheinigungen für alle Beschäftigten",
      "die Meldungen an die Sozialversicherung und die Beitragsnachweise"],
     ["Entgeltabrechnung|Abrechnung", "Sozialversicherung|Meldung", "Lohnsteuer|Stammdaten|Buchungsjournal"], "list"),
    ("Überweist der Payroll-Dienstleister die Löhne selbst von seinem eigenen Konto?", "de", PAY,
     ["überwiesen wird aber vom Konto des Arbeitgebers"],
     ["nein|nicht", "Arbeitgeber"], "yesno"),
    ("Für welche Betriebsgröße ist das Full-Service-Modell bei der Lohnabrechnung gedacht?", "de", PAY,
     ["Personalabteilung | 50 bis 2.000 Beschäftigte"],
     ["50", "2.000|2000"], "fact"),
    ("Bis zu welchem Tag im Monat müssen wir Änderungen an den Abrechnungsdienstleister melden?", "de", PAY,
     ["Üblich ist der 15. des Monats"],
     ["15"], "fact"),
    ("Warum ist es gerade für kleine Firmen mit wenigen Mitarbeitenden sinnvoll, die Abrechnung abzugeben?", "de", PAY,
     ["kann kaum eine eigene Fachkraft für die Abrechnung beschäftigen"],
     ["Fachkraft", "ausfällt|Ausfall|still"], "why"),
    ("Zu welchem Termin wechselt man am besten zum neuen Abrechnungsdienstleister, und weshalb?", "de", PAY,
     ["Umgestellt wird am besten zum 1. Januar"],
     ["1. Januar|Jahreswechsel|Jahresbeginn|Jahresanfang", "Jahreswerte"], "when"),
    ("If we outsource payroll and a health insurer later demands unpaid contributions, who do they turn to?", "en", PAY,
     ["wendet sie sich an das Unternehmen, nicht an den Dienstleister"],
     ["employer|company|Arbeitgeber|Unternehmen"], "fact"),
    ("How quickly does the payroll provider have to fix its own mistake when an employee was underpaid?", "en", PAY,
     ["muss der Korrekturlauf innerhalb von zwei Arbeitstagen erfolgen"],
     ["two working days|2 working days|two business days|2 business days|zwei Arbeitstage"], "when"),
    ("Sampai kapan catatan penggajian karyawan wajib disimpan, walaupun kontrak dengan penyedia payroll sudah berakhir?", "id", PAY,
     ["bis zum Ende des sechsten Kalenderjahres nach der letzten Eintragung"],
     ["enam|keenam|6"], "when"),
    ("Apakah karyawan bisa langsung menelepon penyedia payroll kalau punya pertanyaan soal slip gajinya?", "id", PAY,
     ["eine eigene Hotline, die Beschäftigte direkt anrufen können"],
     ["HR|personalia|sumber daya manusia|SDM|Personalabteilung", "biaya|Aufpreis|bayar"], "yesno"),

    # ---- beschaffung-auslagern-procurement.de (de 6, en 2, id 2)
    ("Was versteht man im Einkauf unter Tail Spend?", "de", PROC,
     ["die vielen kleinen Bestellungen bei selten genutzten Lieferanten"],
     ["klein", "selten"], "definition"),
    ("Warum gibt man das Material für die Produktion meistens nicht an einen Einkaufsdienstleister ab?", "de", PROC,
     ["weil Engpässe dort sofort die Fertigung treffen"],
     ["Engpass|Engpäss", "Fertigung|Produktion"], "why"),
    ("Was übernimmt der Dienstleister im operativen Einkauf ganz konkret?", "de", PROC,
     ["Bestellabwicklung auf Basis interner Bedarfsanforderungen", "Pflege der elektronischen Kataloge"],
     ["Bestell", "Katalog", "Lieferung|Mahnung|Lieferant"], "list"),
    ("Wie lange braucht die Ausgabenanalyse am Anfang eines Procurement-Outsourcing-Projekts?", "de", PROC,
     ["Das dauert etwa vier bis sechs Wochen"],
     ["vier bis sechs|4 bis 6|4-6|4–6"], "when"),
    ("Kauft der Einkaufsdienstleister die Ware selbst ein und verkauft sie an uns weiter?", "de", PROC,
     ["handelt der Dienstleister im Namen und auf Rechnung des Kunden"],
     ["nein|nicht", "im Namen|direkt"], "yesno"),
    ("Welche Maverick-Buying-Quote gilt als gut, und was steckt meist hinter einem deutlich höheren Wert?", "de", PROC,
     ["Eine Quote von unter zehn Prozent solcher Bestellungen"],
     ["zehn|10", "Katalog|Freigabe"], "fact"),
    ("Under a success-based fee, what share of the proven savings does the procurement provider usually get?", "en", PROC,
     ["20 bis 30 Prozent der nachgewiesenen Einsparungen"],
     ["20", "30"], "fact"),
    ("Which purchasing categories should we hand over first when we start outsourcing procurement?", "en", PROC,
     ["mit zwei oder drei Warengruppen, in denen viele kleine Bestellungen"],
     ["office|Büromaterial", "small|many|kleine|IT accessor|IT-Zubehör"], "list"),
    ("Berapa target persentase pesanan lewat katalog yang harus muncul di laporan bulanan penyedia pengadaan?", "id", PROC,
     ["Katalogquote: der Anteil der Bestellungen, die über Kataloge laufen"],
     ["70"], "fact"),
    ("Kenapa kontrak dengan penyedia pengadaan perlu mewajibkan keterbukaan soal komisi dari pemasok?", "id", PROC,
     ["Ebenso wichtig ist die Neutralität bei der Lieferantenauswahl"],
     ["netral|Neutral|objektif|independen"], "why"),

    # ---- jasa-pemeliharaan-website.id (id 6, en 2, de 2)
    ("Pekerjaan keamanan apa saja yang dikerjakan penyedia jasa pemeliharaan website?", "id", WEB,
     ["pembaruan inti CMS, tema, dan plugin", "pemindaian malware setiap hari"],
     ["pembaruan|update", "malware", "SSL|sertifikat"], "list"),
    ("Kalau kami ingin desain ulang situs, apakah itu sudah termasuk paket pemeliharaan bulanan?", "id", WEB,
     ["tidak termasuk dalam paket dan ditagih sebagai proyek terpisah"],
     ["tidak", "terpisah"], "yesno"),
    ("Seberapa cepat waktu respons penyedia untuk paket Bisnis?", "id", WEB,
     ["| Bisnis | harian | 8 jam kerja |"],
     ["8 jam|delapan jam"], "fact"),
    ("Sisa jam perubahan konten yang belum dipakai bulan ini bisa dibawa ke bulan depan atau tidak?", "id", WEB,
     ["hangus di akhir bulan dan tidak dapat dipindahkan"],
     ["hangus|tidak bisa|tidak dapat"], "yesno"),
    ("Mengapa domain dan akun hosting kami sebaiknya tidak didaftarkan atas nama agensi yang merawat situs?", "id", WEB,
     ["Jika kerja sama berakhir, Anda tetap memegang kunci situs sendiri"],
     ["berakhir|selesai|putus|berhenti"], "why"),
    ("Biasanya berapa lama kontrak minimal untuk jasa pemeliharaan website?", "id", WEB,
     ["Umumnya enam bulan, dengan perpanjangan otomatis per tiga bulan"],
     ["enam bulan|6 bulan"], "when"),
    ("Can a plugin update actually break our website, and how do good maintenance providers guard against that?", "en", WEB,
     ["menguji setiap pembaruan di situs staging terlebih dahulu"],
     ["yes|can", "staging"], "yesno"),
    ("How long does the initial audit by a website maintenance provider usually take?", "en", WEB,
     ["biasanya memakan waktu tiga sampai lima hari kerja"],
     ["three to five|3 to 5|3-5|3–5|three-to-five"], "when"),
    ("Wie oft sichert der Wartungsdienstleister unsere Website, wenn wir nur das Basispaket buchen?", "de", WEB,
     ["| Dasar | mingguan | 2 hari kerja |"],
     ["wöchentlich|einmal pro Woche|einmal die Woche|weekly|mingguan"], "fact"),
    ("Wann lohnt es sich, die Website-Pflege auszulagern, statt sie intern zu erledigen?", "de", WEB,
     ["ketika situs memakai banyak plugin, menerima transaksi atau data pelanggan"],
     ["Plugin", "Transaktion|Kundendaten|transaksi|Zahlung"], "when"),

    # ---- logistik-pihak-keempat-4pl.id (id 6, en 2, de 2)
    ("Apa bedanya penyedia 3PL dengan 4PL?", "id", FPL,
     ["satu penyedia mengerjakan beberapa fungsi sekaligus, seperti pergudangan",
      "satu mitra merancang, mengatur, dan memantau seluruh jaringan"],
     ["gudang|pergudangan", "jaringan|mengatur|merancang"], "difference"),
    ("Kontrak kerja sama 4PL biasanya berjangka berapa lama?", "id", FPL,
     ["Kontrak 4PL biasanya berjangka tiga sampai lima tahun"],
     ["tiga sampai lima|3 sampai 5|3-5|3–5|tiga hingga lima|3 hingga 5"], "when"),
    ("Kapan menara kendali mengirim peringatan otomatis soal sebuah pengiriman?", "id", FPL,
     ["terlambat lebih dari dua jam dari jadwal"],
     ["dua jam|2 jam"], "when"),
    ("Untuk pemetaan jaringan, data pengiriman berapa lama yang perlu kami siapkan?", "id", FPL,
     ["data pengiriman minimal dua belas bulan terakhir"],
     ["dua belas bulan|12 bulan|setahun|satu tahun"], "fact"),
    ("Apa saja risiko yang perlu kami waspadai kalau memakai model 4PL?", "id", FPL,
     ["Ketergantungan: setelah beberapa tahun", "Konflik kepentingan: 4PL yang juga memiliki armada"],
     ["ketergantungan|bergantung", "biaya|data|konflik"], "list"),
    ("Mengapa 4PL yang tidak punya aset sendiri sering dianggap lebih baik?", "id", FPL,
     ["dapat memilih perusahaan angkutan terbaik untuk setiap rute"],
     ["terbaik|netral", "rute|angkutan"], "why"),
    ("Which figures are typically used to measure how well a 4PL provider is performing?", "en", FPL,
     ["ketepatan waktu pengiriman dengan target umum 95 persen"],
     ["95", "on-time|on time|punctual|ketepatan waktu", "damage|kerusakan"], "list"),
    ("During a 4PL rollout, when does the next region get switched over?", "en", FPL,
     ["wilayah berikutnya baru dimulai setelah ketepatan waktu pengiriman stabil"],
     ["stable|stabil|stabilis|stabiliz"], "when"),
    ("Wie werden die Einsparungen bei einem 4PL-Vertrag häufig zwischen Kunde und Dienstleister aufgeteilt?", "de", FPL,
     ["Banyak kontrak membagi hasil penghematan antara klien dan 4PL"],
     ["Hälfte|halb|50|separuh"], "fact"),
    ("Für welche Unternehmen ist ein 4PL-Modell überhaupt sinnvoll?", "de", FPL,
     ["bekerja dengan lebih dari tiga penyedia 3PL"],
     ["drei|mehr als 3", "Insel|schwank|fluktu|Volumen"], "when"),
]

UNANSWERABLE = [
    ("Can our LPO provider also arrange for a notary to certify the NDAs it drafts for us?", "en", "notary"),
    ("Will the LPO vendor's IP team file and monitor our trademark registrations?", "en", "trademark"),
    ("Does an outsourced transcription service also handle radiology reports from our imaging department?", "en", "radiology"),
    ("Can the transcription vendor push finished reports straight into our patient record system over an HL7 interface?", "en", "HL7"),
    ("Wie rechnet der Payroll-Dienstleister die private Nutzung von Dienstwagen ab?", "de", "Dienstwagen"),
    ("Übernimmt das Lohnbüro auch die Bearbeitung, wenn bei einem Mitarbeiter eine Pfändung eingeht?", "de", "Pfändung"),
    ("Prüft ein Einkaufsdienstleister unsere Lieferanten auch auf die Pflichten aus dem Lieferkettengesetz?", "de", "Lieferkettengesetz"),
    ("Kann der Procurement-Dienstleister für größere Bedarfe auch eine Reverse Auction für uns durchführen?", "de", "Reverse Auction"),
    ("Apakah penyedia jasa pemeliharaan website juga mengirim laporan jumlah pengunjung dari Google Analytics tiap bulan?", "id", "Google Analytics"),
    ("Apakah paket Prioritas sudah termasuk pengaturan Cloudflare untuk mempercepat situs kami?", "id", "Cloudflare"),
    ("Apakah penyedia 4PL juga bisa mengurus bea cukai untuk barang impor kami?", "id", "bea cukai"),
    ("Bisakah mitra 4PL mengelola pengiriman rantai dingin untuk produk beku kami?", "id", "rantai dingin"),
]


def main():
    rows = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        rows.append({"question": q, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                     "answerable": True, "kind": kind})
    for q, lang, term in UNANSWERABLE:
        rows.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                     "answerable": False, "kind": "near-domain", "uncovered": term})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to all.jsonl")


if __name__ == "__main__":
    main()
