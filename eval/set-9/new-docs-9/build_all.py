#!/usr/bin/python3
"""Write new-docs-9/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-9/new-docs-9/build_all.py

Each answerable row: (question, lang, doc, gold, answer_keys, kind). Gold strings are copied
verbatim from one paragraph, one list with its lead-in, or one table of docs/<doc>.md.
Near-domain rows: (question, lang, uncovered).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

A = "data-analytics-outsourcing.en"
B = "software-localisation-outsourcing.en"
C = "patch-management-managed-service.de"
D = "kreditorenbuchhaltung-auslagern.de"
E = "alih-daya-moderasi-konten.id"
F = "alih-daya-digitalisasi-arsip.id"

ANSWERABLE = [
    # --- A: outsourcing data analytics (en) ---
    ("Which pieces of our analytics work could we hand over to an outside partner?", "en", A,
     ["data engineering: building and running the pipelines",
      "data quality management: rules that catch duplicates"],
     ["engineering|pipeline", "report|dashboard", "forecast|advanced|quality"], "list"),
    ("For how many years is a managed analytics service usually signed?", "en", A,
     ["Managed analytics service | 2-3 years"],
     ["2-3|2–3|2 to 3|two to three|two or three", "year"], "when"),
    ("At what point should a report we keep ordering as one-off projects move into a managed service?", "en", A,
     ["requested more than four times a year"],
     ["four|4"], "when"),
    ("Why bother agreeing on a metric dictionary with the analytics provider before the first report?", "en", A,
     ["one written definition for every figure",
      "will never match, and every meeting turns into a debate"],
     ["defin", "match|agree|same|consistent|argu|debate"], "why"),
    ("Is it fine if the vendor keeps the analytics code it writes in its own repository?", "en", A,
     ["store its code in the repository of the client"],
     ["no|not", "client|our|your|company"], "yesno"),
    ("In which situations are we better off keeping analytics inside the company?", "en", A,
     ["the analysis itself is the competitive edge"],
     ["competitive|edge|advantage", "sensitive|hours|context"], "when"),
    ("Bis zu welchem Arbeitstag sollte ein Analytics-Dienstleister die monatlichen Management-Reports liefern?", "de", A,
     ["delivered by the third working day of the month"],
     ["dritt|3"], "fact"),
    ("Welche Schritte durchläuft die erste Zusammenarbeit mit einem neuen Analytics-Partner?", "de", A,
     ["Data audit (two to three weeks)",
      "Scale-out: further use cases are added"],
     ["Audit", "Anwendungsfall|Use Case|Use-Case", "Scale|Skalier|Ausweit|Ausbau|Ausroll|weitere"], "list"),
    ("Mengapa perusahaan tetap butuh seorang analytics product owner internal walaupun analitiknya dialihdayakan?", "id", A,
     ["should understand every model the partner builds"],
     ["model", "mempertanyakan|menantang|menguji|mitra lain|beralih|pindah|mengganti"], "why"),
    ("Pada model kerja sama analitik yang mana pekerjaan diarahkan oleh dewan gabungan klien dan mitra?", "id", A,
     ["a joint board of client and partner"],
     ["centre of excellence|center of excellence|pusat keunggulan"], "fact"),

    # --- B: outsourcing software localisation (en) ---
    ("How is localising an app different from simply translating it?", "en", B,
     ["adapts everything a user in the target market sees"],
     ["format|date|number|image|screenshot|adapt"], "difference"),
    ("Can we run our marketing pages through machine translation with post-editing?", "en", B,
     ["For the user interface, marketing pages and anything with legal weight"],
     ["no|not", "human"], "yesno"),
    ("Why insist that the translation memory belongs to us and not to the localisation vendor?", "en", B,
     ["otherwise changing vendors means starting again from zero"],
     ["vendor|provider|supplier", "zero|scratch|again|valuable|value|lose"], "why"),
    ("How many new words can a professional translator get through in a working day?", "en", B,
     ["roughly 2,000 to 2,500 new words per working day"],
     ["2,000|2000|2 000", "2,500|2500|2 500"], "fact"),
    ("Can we just send our texts to the vendor without changing anything in the code first?", "en", B,
     ["the developers must do the groundwork called internationalisation"],
     ["no|not", "internationali|i18n"], "yesno"),
    ("How quickly do vendors usually turn new strings around when we ship every sprint?", "en", B,
     ["returning new strings within 48 hours"],
     ["48"], "when"),
    ("Mit wie vielen Zielsprachen sollten wir bei der Lokalisierung unserer Software anfangen?", "de", B,
     ["Start with three to five languages"],
     ["drei|3", "fünf|5"], "fact"),
    ("Um wie viel Prozent ist deutscher Text ungefähr länger als der englische Ausgangstext?", "de", B,
     ["typically runs about 30 % longer than the English source"],
     ["30"], "fact"),
    ("Sebutkan jenis-jenis mitra yang bisa mengerjakan lokalisasi perangkat lunak.", "id", B,
     ["language service providers (LSPs): agencies that manage translators",
      "freelance translators: cheaper and often very good"],
     ["LSP|language service provider|penyedia jasa bahasa|agensi", "freelance|lepas", "in-country|peninjau|reviewer"], "list"),
    ("Berapa hari kerja per rilis yang perlu dialokasikan untuk pengujian linguistik?", "id", B,
     ["Plan three to five working days per release"],
     ["3|tiga", "5|lima"], "fact"),

    # --- C: Patch-Management als Managed Service (de) ---
    ("Innerhalb welcher Frist muss ein Update gegen eine Lücke, die schon von Angreifern genutzt wird, installiert sein?", "de", C,
     ["Notfall | Lücke wird bereits aktiv ausgenutzt | 72 Stunden"],
     ["72"], "fact"),
    ("Worin unterscheidet sich Patch-Management vom Schwachstellenmanagement?", "de", C,
     ["Schwachstellenmanagement findet Lücken: Scanner prüfen Systeme regelmäßig",
      "Patch-Management schließt Lücken, indem es Updates bewertet"],
     ["find|aufspür|erkenn|scann|melde", "schließ|install|beheb"], "difference"),
    ("Warum muss jemand aus dem Fachbereich unterschreiben, wenn ein System vom Patchen ausgenommen wird?", "de", C,
     ["Mit ihr übernimmt der Fachbereich bewusst das Risiko"],
     ["Risiko"], "why"),
    ("Zu welchen Zeiten liegen die üblichen Wartungsfenster für das Einspielen von Patches?", "de", C,
     ["von Dienstag auf Mittwoch und von Donnerstag auf Freitag"],
     ["Dienstag", "Donnerstag", "22"], "when"),
    ("Darf der Dienstleister Patches auf unseren Servern einfach ohne Zustimmung einspielen?", "de", C,
     ["nur nach Freigabe durch das Change Advisory Board"],
     ["nein|nicht|nur", "Change Advisory Board|CAB|Freigabe"], "yesno"),
    ("Welche Kennzahlen sollte uns der Patch-Dienstleister jeden Monat berichten?", "de", C,
     ["die Patch-Compliance-Quote je Klasse",
      "die Zahl und das Alter der offenen Ausnahmen"],
     ["Compliance|Quote", "Ausnahme", "Zeit|fehlgeschlagen|zurückgenommen"], "list"),
    ("How large is the test group that receives a new update before everyone else?", "en", C,
     ["Testgruppe von etwa 5 % der Geräte"],
     ["5 %|5%|five percent|five per cent|5 percent|5 per cent"], "fact"),
    ("What is the longest a system may be exempted from patching?", "en", C,
     ["höchstens für 90 Tage"],
     ["90"], "when"),
    ("Kapan Microsoft biasanya merilis pembaruan keamanan bulanannya?", "id", C,
     ["am zweiten Dienstag des Monats"],
     ["Selasa|Tuesday", "kedua|second|ke-2"], "when"),
    ("Untuk celah keamanan dengan skor CVSS 7 ke atas, berapa lama batas waktu sampai patch harus terpasang?", "id", C,
     ["Hoch | Sicherheitslücke mit CVSS-Wert ab 7,0 | 14 Tage"],
     ["14"], "fact"),

    # --- D: Kreditorenbuchhaltung auslagern (de) ---
    ("Welche drei Belege gleicht der Dienstleister beim Dreiweg-Abgleich gegeneinander ab?", "de", D,
     ["vergleicht Bestellung, Wareneingang und Rechnung miteinander"],
     ["Bestellung", "Wareneingang", "Rechnung"], "list"),
    ("Gibt der Dienstleister unsere Zahlungsläufe auch selbst frei?", "de", D,
     ["die Freigabe bleibt aber im Unternehmen"],
     ["nein|nicht", "Unternehmen|eigene|Finanzabteilung|Vier-Augen"], "yesno"),
    ("Ab welcher Rechnungsmenge rechnet es sich, die Kreditorenbuchhaltung abzugeben?", "de", D,
     ["etwa 500 Eingangsrechnungen pro Monat"],
     ["500"], "when"),
    ("Warum ruft der Dienstleister beim Lieferanten an, bevor er eine neue Kontoverbindung übernimmt?", "de", D,
     ["der wirksamste Schutz gegen Betrugsversuche"],
     ["Betrug|betrüg|gefälscht"], "why"),
    ("Wie lange laufen unser Team und der Dienstleister während der Umstellung parallel?", "de", D,
     ["Für einen vollständigen Monatsabschluss arbeiten das eigene Team"],
     ["Monatsabschluss|Monat"], "when"),
    ("Was versteht man bei der Rechnungsverarbeitung unter Dunkelverarbeitung?", "de", D,
     ["ohne jeden manuellen Eingriff erfasst, geprüft und gebucht"],
     ["ohne", "manuell|Eingriff|automatisch"], "definition"),
    ("How much faster does an invoice typically get processed once accounts payable is outsourced?", "en", D,
     ["von acht bis zwölf Tagen auf drei bis fünf Tage"],
     ["3|three", "5|five", "day"], "fact"),
    ("What usually happens to our own accounts payable clerks after we outsource the work?", "en", D,
     ["etwa ins Lieferantenmanagement oder ins Controlling"],
     ["supplier|vendor", "controlling"], "list"),
    ("Berapa persen potongan Skonto yang lazim bila tagihan dibayar dalam sepuluh hari?", "id", D,
     ["üblich sind 2 % bei Zahlung innerhalb von zehn Tagen"],
     ["2 %|2%|dua persen"], "fact"),
    ("Sebutkan tiga bagian proses utang usaha yang diambil alih oleh penyedia.", "id", D,
     ["Rechnungseingang und Erfassung, Prüfung und Freigabe sowie Zahlung"],
     ["penerimaan|masuk|Rechnungseingang", "pemeriksaan|persetujuan|Prüfung|Freigabe", "pembayaran|Zahlung"], "list"),

    # --- E: alih daya moderasi konten (id) ---
    ("Akurasi minimal berapa persen yang wajar diminta dari vendor moderasi?", "id", E,
     ["Target akurasi keputusan yang lazim adalah minimal 95 %"],
     ["95"], "fact"),
    ("Laporan tentang ujaran kebencian harus ditangani dalam waktu berapa lama?", "id", E,
     ["P2 | ujaran kebencian, penipuan | 1 jam"],
     ["1 jam|satu jam"], "fact"),
    ("Bolehkah vendor mengganti aturan moderasi menurut penilaiannya sendiri?", "id", E,
     ["tidak boleh mengubah aturan sendiri"],
     ["tidak", "klien"], "yesno"),
    ("Kenapa keputusan moderasi tidak bisa sepenuhnya diserahkan kepada mesin?", "id", E,
     ["Mesin sering gagal membaca konteks"],
     ["konteks"], "why"),
    ("Langkah apa saja yang bisa melindungi kondisi psikologis para moderator?", "id", E,
     ["rotasi antara antrean konten berat dan antrean ringan",
      "akses ke konselor profesional yang dibiayai vendor"],
     ["rotasi", "istirahat|jeda|buram|hitam-putih|konselor"], "list"),
    ("Apa perbedaan model tim khusus dan tim bersama dalam layanan moderasi?", "id", E,
     ["hanya bekerja untuk satu klien",
      "melayani beberapa klien sekaligus dari satu antrean"],
     ["satu klien", "beberapa klien"], "difference"),
    ("Roughly what share of uploads do the automatic filters decide on their own?", "en", E,
     ["sudah memutuskan 80 sampai 90 % unggahan"],
     ["80", "90"], "fact"),
    ("How long does the calibration phase, with every decision checked twice, last?", "en", E,
     ["Kalibrasi: selama empat minggu"],
     ["four|4"], "when"),
    ("Welche Inhalte gehören in die höchste Prioritätsstufe P1?", "de", E,
     ["P1 | ancaman kekerasan, eksploitasi anak | 15 menit"],
     ["Gewalt|Drohung", "Kind"], "list"),
    ("Wie groß ist die Stichprobe bei den wöchentlichen Audits im Regelbetrieb?", "de", E,
     ["audit mingguan atas sampel 3 sampai 5 % keputusan"],
     ["3", "5"], "fact"),

    # --- F: alih daya digitalisasi arsip dan entri data (id) ---
    ("Apa saja tahapan proyek digitalisasi arsip dari awal sampai akhir?", "id", F,
     ["Inventarisasi: vendor mencatat jumlah boks",
      "Pemindaian: dokumen dipindai dengan resolusi minimal 300 dpi"],
     ["inventaris", "pindai|scan", "indeks|kontrol kualitas|pemusnahan|pengembalian"], "list"),
    ("Seberapa akurat hasil metode entri ganda?", "id", F,
     ["sistem membandingkan hasilnya | 99,9 %"],
     ["99,9|99.9"], "fact"),
    ("Biasanya berapa bagian dari waktu proyek yang habis untuk mempersiapkan dokumen sebelum dipindai?", "id", F,
     ["sering memakan 30 sampai 40 % waktu proyek"],
     ["30", "40"], "fact"),
    ("Apakah semua dokumen asli boleh langsung dihancurkan setelah selesai dipindai?", "id", F,
     ["sebaiknya tetap disimpan aslinya"],
     ["tidak", "akta|sertifikat|asli"], "yesno"),
    ("Dalam kondisi apa pemindaian sebaiknya dikerjakan di kantor kami sendiri?", "id", F,
     ["Untuk dokumen yang sangat rahasia"],
     ["rahasia|sensitif"], "when"),
    ("Apa yang dimaksud dengan berita acara serah terima pada proyek digitalisasi?", "id", F,
     ["dicatat dalam berita acara serah terima yang ditandatangani kedua pihak"],
     ["catat|rekam", "boks|dokumen"], "definition"),
    ("What minimum scan resolution should the vendor use for our archive documents?", "en", F,
     ["resolusi minimal 300 dpi"],
     ["300"], "fact"),
    ("About how long would it take to digitise 500 standard archive boxes?", "en", F,
     ["biasanya selesai dalam tiga sampai empat bulan"],
     ["3|three", "4|four", "month"], "when"),
    ("Welche Genauigkeit erreicht OCR, wenn ein Operator die unsicheren Felder nachprüft?", "de", F,
     ["operator memeriksa kolom yang diragukan | 99,5 %"],
     ["99,5|99.5"], "fact"),
    ("Welche Sicherheitsvorkehrungen sollte der Dienstleister in seinem Scanraum mindestens haben?", "de", F,
     ["kamera CCTV yang merekam seluruh area kerja",
      "larangan membawa ponsel dan alat penyimpan data"],
     ["CCTV|Kamera|Video", "Handy|Mobiltelefon|Smartphone|Telefon"], "list"),
]

NEAR_DOMAIN = [
    ("Can the analytics partner build our management dashboards in Tableau?", "en", "Tableau"),
    ("What salary would an in-house data analyst cost us compared with an outsourced one?", "en", "salary"),
    ("Does the localisation vendor also record voice-over for our tutorial videos in each language?", "en", "voice-over"),
    ("Can a localisation partner handle Arabic, where the whole layout has to be mirrored?", "en", "Arabic"),
    ("Spielt der Patch-Dienstleister Updates auch auf Rechnern mit macOS ein?", "de", "macOS"),
    ("Verlangt der Patch-Dienstleister einen Nachtzuschlag für Arbeiten im nächtlichen Wartungsfenster?", "de", "Nachtzuschlag"),
    ("Kann ein Dienstleister für die Kreditorenbuchhaltung Rechnungen im Format XRechnung verarbeiten?", "de", "XRechnung"),
    ("Wer betreut die Betriebsprüfung, wenn unsere Kreditorenbuchhaltung ausgelagert ist?", "de", "Betriebsprüfung"),
    ("Apakah vendor moderasi juga bisa memoderasi komentar di akun TikTok resmi perusahaan kami?", "id", "TikTok"),
    ("Mampukah moderator vendor mengenali video deepfake yang diunggah pengguna?", "id", "deepfake"),
    ("Bisakah dokumen hasil pemindaian langsung dibubuhi tanda tangan elektronik agar sah secara hukum?", "id", "tanda tangan elektronik"),
    ("Apakah vendor digitalisasi arsip wajib terdaftar atau diakui oleh ANRI?", "id", "ANRI"),
]


def main():
    rows = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        rows.append({"question": q, "lang": lang, "doc": doc, "gold": gold,
                     "answer_keys": keys, "answerable": True, "kind": kind})
    for q, lang, term in NEAR_DOMAIN:
        rows.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                     "answerable": False, "kind": "near-domain", "uncovered": term})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to all.jsonl")


if __name__ == "__main__":
    main()
