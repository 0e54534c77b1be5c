#!/usr/bin/python3
"""Write new-docs-17/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 eval/set-17/new-docs-17/build_all.py

Each answerable row: question, lang, doc, gold (verbatim snippets of the one answering passage), answer_keys
(all required; '|' separates alternatives), answerable, kind. Near-domain rows: doc "", gold [], answer_keys [],
kind "near-domain", uncovered (the key term no document mentions).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

P = "legacy-rewrite-podcast.en"
J = "vendor-manager-job-advert.en"
B = "baustellen-it-managed-service.de"
F = "barrierefreiheit-pruefung-fallstudie.de"
D = "devops-internal-atau-terkelola.id"
K = "forum-vendor-aplikasi-koperasi.id"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def near(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


ROWS = [
    # ---- legacy-rewrite-podcast.en (long document; podcast transcript)
    q("Why was dispatch the last part of Northgate's old sytem to be replaced?", "en", P,
      ["because that was the part the depots could least afford to lose"],
      ["afford|lose"], "why"),
    q("When did the new system go live in every depot, and when were the old servers shut down?", "en", P,
      ["The new system went live everywhere in March 2025",
       "the two old servers were switched off in April"],
      ["March", "April"], "when"),
    q("Wer aus Northgates eigener Mannschaft blieb während der Neuentwicklung als Kennerin der Abläufe im Projekt, "
      "und wie oft pro Woche?", "de", P,
      ["our dispatch lead Helen Okafor on the project three days a week"],
      ["Helen Okafor", "3|drei|three"], "who"),
    q("Did Northgate's brief ask bidders to explain how the work could later be moved to a different supplier?",
      "en", P,
      ["take the work back in-house or hand it to another firm"],
      ["another firm|back in-house"], "yesno"),
    q("According to the logging report, how much of the old Dispatch code was never used?", "en", P,
      ["The logging report puts the figure at 35 percent"],
      ["35|thirty-five"], "fact"),
    q("Strangler pattern origin?", "en", P,
      ["Named after the strangler fig, a plant that grows around"],
      ["fig"], "fact"),
    q("Why was the short paid discovery worth it, according to the episode's takeaways?", "en", P,
      ["A short paid discovery gave both sides a budget they could defend"],
      ["budget|defend|estimate"], "why"),
    q("Apakah pengembang lama yang hendak berhenti bekerja ikut membantu tim luar, dan berapa lama?", "id", P,
      ["as a consultant two days a week", "for the first three months"],
      ["dua hari|2 hari|two days", "tiga bulan|3 bulan|three months"], "yesno"),
    q("Berapa langkah yang disarankan Ravi kalau kita mau mengganti legacy system dengan bantuan vendor?", "id", P,
      ["Log for a few months what the old system is really"],
      ["5|lima"], "count"),
    q("Wir sind eine Spedition in Thüringen und lassen gerade unser zwanzig Jahre altes Auftragssystem von einer "
      "externen Softwarefirma ablösen. Die Geschäftsführung möchte wissen, in welcher Reihenfolge man bei so einem "
      "Vorhaben am besten vorgeht. Wie sollten wir laut Ravi Menon vorgehen, und was kommt ganz am Schluss?", "de", P,
      ["Replace one module at a time", "Run old and new side by side in a few sites"],
      ["Modul|module", "parallel|nebeneinander|side by side|alt und neu"], "how"),

    # ---- vendor-manager-job-advert.en (short document; job advert)
    q("Which three suppliers will the vendor manager meet for quartely service reviews?", "en", J,
      ["the provider of the service desk", "the provider of application support"],
      ["service desk", "network", "application support"], "list"),
    q("Who would the new vendor manager answer to?", "en", J,
      ["Reports to: Head of IT Sourcing"],
      ["Head of IT Sourcing"], "who"),
    q("Is 14 March still the last day to apply for the vendor manager job?", "en", J,
      ["Applications now close on 28 March 2025"],
      ["no|not", "28|twenty-eighth"], "yesno"),
    q("How many days of annual leave does the vendor manager post come with?", "en", J,
      ["25 days of annual leave plus bank holidays"],
      ["25|twenty-five"], "count"),
    q("Must applicants already hold a procurement qualification before they apply?", "en", J,
      ["A procurement qualification is welcome but not required"],
      ["no|not", "support"], "yesno"),
    q("What must the vendor manager do when a supplier misses its service level agreement targets?", "en", J,
      ["chase credits where targets were missed"],
      ["credits"], "fact"),
    q("Was passiert im zweiten Schritt des Bewerbungsverfahrens für die Vendor-Manager-Stelle?", "de", J,
      ["Shortlisted candidates have a 30-minute video call"],
      ["30|dreißig", "Video"], "fact"),
    q("Bürotage pro Woche?", "de", J,
      ["Location: Ipswich, three days a week in the office"],
      ["3|drei"], "fact"),
    q("Pengalaman apa saja yang diminta dari pelamar posisi Vendor Manager?", "id", J,
      ["at least three years of experience managing IT suppliers",
       "reads a contract schedule carefully and can say no politely"],
      ["3|tiga|three", "kontrak|contract"], "list"),
    q("Bagaimana cara melamar lowongan Vendor Manager di Kestrel Water?", "id", J,
      ["Send your CV and a one-page cover letter", "a 30-minute video call with the Head of IT Sourcing"],
      ["CV", "video"], "how"),

    # ---- baustellen-it-managed-service.de (press release; table-centred page)
    q("In welcher Stadt und wann hat Westfeld Systems sein Baustellenpaket vorgestellt?", "de", B,
      ["DORTMUND, 4. März 2025 – Der IT-Dienstleister Westfeld Systems startet"],
      ["Dortmund", "März 2025|4. März"], "when"),
    q("Warum hat Westfeld Systems das Paket entwickelt, wenn man der Geschäftsführerin glaubt?", "de", B,
      ["dauert es drei Wochen, bis der Container richtig im Netz ist"],
      ["drei Wochen|3 Wochen"], "why"),
    q("Which BauNetz Mobil package comes with an A0 plotter for printing building plans?", "en", B,
      ["A0-Plotter für Baupläne | – | – | ✓"],
      ["Campus"], "fact"),
    q("Bei welchem Paket baut die Bauleitung die Technik nach Anleitung selbst auf?", "de", B,
      ["Selbstaufbau nach Anleitung | ✓ | – | –"],
      ["Solo"], "fact"),
    q("Was steht in Tabelle 1 in der Zeile Internetanbindung beim Paket Team?", "de", B,
      ["Internetanbindung | ein LTE-Router | zwei Mobilfunknetze mit Failover"],
      ["Failover", "zwei|2"], "fact"),
    q("Wir haben seit letzter Woche einen Baucontainer von Westfeld auf unserer Baustelle stehen. Heute früh war "
      "plötzlich kein Gerät mehr online, obwohl der Container Strom hat, und die Lampe am Router leuchtet rot. Was "
      "sollen wir tun, bevor wir beim Helpdesk anrufen?", "de", B,
      ["trennen Sie ihn fünf Minuten vom Strom"],
      ["fünf Minuten|5 Minuten"], "fact"),
    q("Kami kontraktor jalan tol di Balikpapan dan memakai kontainer BauNetz Mobil. Subkontraktor ingin ikut memakai "
      "internetnya; apa yang sebaiknya kami berikan kepada mereka?", "id", B,
      ["Geben Sie ihnen das Gäste-WLAN, niemals das Passwort"],
      ["Gäste|tamu|guest", "Passwort|sandi|password"], "fact"),
    q("Was ist mit einem Plan-Server auf der Baustelle gemeint?", "de", B,
      ["ein kleiner Speicher vor Ort, auf dem die aktuellen Pläne"],
      ["Pläne", "ohne Internet"], "definition"),
    q("Bagaimana prosedur penyerahan data BauNetz Mobil setelah proyek konstruksi selesai?", "id", B,
      ["löscht den Plan-Server und übergibt dem Kunden die Pläne als Archiv"],
      ["arsip|Archiv", "hapus|löscht|gelöscht"], "how"),
    q("What happens when one of the two mobile networks used by the container router drops out?", "en", B,
      ["fällt eines aus, übernimmt das andere ohne Unterbrechung"],
      ["other|andere"], "fact"),

    # ---- barrierefreiheit-pruefung-fallstudie.de (customer case study)
    q("Wie viele Bilder ohne Alternativtext hatte das Kundenportal nach der Barrierefreiheitsprüfnug noch?", "de", F,
      ["Bilder ohne Alternativtext | rund 220 | 14"],
      ["14|vierzehn"], "count"),
    q("Berapa jumlah formulir di portal pelanggan yang masih hanya bisa dipakai dengan mouse setelah perbaikan?",
      "id", F,
      ["Formulare nur mit der Maus bedienbar | 7 von 12"],
      ["0|nol|tidak ada|tak ada"], "count"),
    q("Was hat sich laut der Kundenservice-Chefin für blinde Kunden beim Tarifwechsel verändert?", "de", F,
      ["heute schließen sie ihn allein online ab"],
      ["online"], "fact"),
    q("Welche Aufgabe haben die Stadtwerke nicht an das Prüflabor vergeben?", "de", F,
      ["Nicht vergeben wurde die Behebung der Mängel"],
      ["Behebung|beheben", "Webteam"], "fact"),
    q("Wir betreiben für eine Klinik im Allgäu ein Patientenportal, über das Termine gebucht und Befunde abgerufen "
      "werden, und unser Budget für Barrierefreiheit ist knapp. Die IT-Leitung schlägt vor, die Seiten einmal mit "
      "einem kostenlosen automatischen Scanner zu prüfen und es dabei zu belassen. Genügt das?", "de", F,
      ["ob ein Formular mit Screenreader verständlich ist, zeigt erst der manuelle Test"],
      ["nein|nicht", "manuell"], "yesno"),
    q("Can an overlay plugin make a website accessible within a single day?", "en", F,
      ["Solche Einblendungen ändern den Quellcode nicht"],
      ["no|not", "source code|Quellcode"], "yesno"),
    q("Wie viele Fragen sollten Auftraggeber laut der Checkliste vor einer Prüfung klären?", "de", F,
      ["Ist ein Re-Test im Angebot enthalten?"],
      ["4|vier"], "count"),
    q("Wie viele Seitenvorlagen hat das Prüflabor im Audit tatsächlich geprüft?", "de", F,
      ["Richtig sind 48; 60 war die Zahl der Seiten"],
      ["48|achtundvierzig"], "count"),
    q("What happened in the third phase of the Elmshagen accessibility project?", "en", F,
      ["Das Prüflabor prüfte alle behobenen Punkte erneut und lieferte den Entwurf"],
      ["again|re-test|retest|erneut", "statement|Erklärung"], "fact"),
    q("Mulai kapan BFSG berlaku untuk portal pelanggan Stadtwerke Elmshagen?", "id", F,
      ["ab dem 28. Juni 2025 unter das Barrierefreiheitsstärkungsgesetz (BFSG) fällt"],
      ["Juni 2025|June 2025"], "when"),

    # ---- devops-internal-atau-terkelola.id (FAQ page, X vs Y)
    q("Berapa engineer yang dibutuhkan agar jadwal jaga malam tidak membebani tim internal?", "id", D,
      ["Minimal empat sampai lima engineer, supaya setiap orang hanya berjaga"],
      ["empat|4", "lima|5"], "fact"),
    q("Layanan apa saja yang biasanya termasuk dalam paket DevOps terkelolah?", "id", D,
      ["pemantauan 24 jam dan on-call untuk insiden produksi",
       "pencadangan harian dan uji pemulihan setiap kuartal"],
      ["pemantauan", "patch", "pencadangan"], "list"),
    q("Apa yang dimaksud dengan masa shadowing?", "id", D,
      ["masa ketika dua tim berjaga bersama agar pengetahuan berpindah"],
      ["bersama", "pengetahuan"], "definition"),
    q("Arti runbook?", "id", D,
      ["panduan langkah demi langkah untuk menangani gangguan pada satu layanan"],
      ["panduan|langkah"], "definition"),
    q("Siapa yang memeriksa dan menyetujui runbook yang disusun penyedia?", "id", D,
      ["engineer perusahaan memeriksa dan menandatanganinya"],
      ["engineer perusahaan|engineer"], "who"),
    q("Apakah layanan terkelola selalu lebih hemat, dan bagaimana biayanya biasanya dihitung?", "id", D,
      ["Biaya biasanya dihitung per lingkungan atau per jumlah server"],
      ["tidak", "lingkungan|server"], "yesno"),
    q("Wie läuft der Wechsel ab, wenn wir unsere on-call duty an einen externen DevOps-Dienstleister abgeben?",
      "de", D,
      ["Penyedia menulis runbook untuk setiap layanan penting",
       "Selama dua minggu engineer internal dan penyedia berjaga bersama (shadowing)"],
      ["Runbook", "Shadowing|gemeinsam|bersama"], "how"),
    q("Innerhalb welcher Zeit muss ein externer DevOps-Anbieter bei einem Totalausfall der Produktion "
      "typischerweise reagieren?", "de", D,
      ["kontrak pada umumnya menjanjikan respons dalam 15 menit"],
      ["15|fünfzehn"], "when"),
    q("What should a startup never hand over to its managed DevOps provider?", "en", D,
      ["Jangan pernah menyerahkan akun root cloud kepada penyedia"],
      ["root"], "fact"),
    q("How does an in-house DevOps team differ from a managed provider when product priorities suddenly change?",
      "en", D,
      ["bisa mengubah prioritas dalam hitungan jam tanpa perlu mengubah kontrak"],
      ["hours|jam", "contract|kontrak"], "difference"),

    # ---- forum-vendor-aplikasi-koperasi.id (forum thread)
    q("Berapa banyak nasabah yang dimiliki koperasi si pembuka utas?", "id", K,
      ["sekitar 2.400 anggota di tiga kecamatan"],
      ["2.400|2400|dua ribu empat ratus"], "count"),
    q("Setelah kontrak aplikasi koperasi berakhir, berapa lama vendor masih boleh menyimpan data anggota?", "id", K,
      ["menghapus data dari servernya dalam 30 hari"],
      ["30 hari|tiga puluh hari"], "when"),
    q("How long may it take the vendor to deliver a full data export once the koperasi simpan pinjam asks for one, "
      "under the contract quoted in the accepted answer?", "en", K,
      ["paling lambat 14 hari kerja setelah permintaan"],
      ["14|fourteen|empat belas"], "when"),
    q("Was bietet Vendor A laut der Vergleichstabelle nicht, was Vendor B bietet?", "de", K,
      ["Aturan SHU bisa diatur sendiri | Tidak | Ya", "Kode sumber diserahkan ke koperasi | Tidak | Ya"],
      ["SHU", "Quellcode|kode sumber|Code"], "list"),
    q("Di tabel perbandingan, apa isi baris Notifikasi ke anggota untuk Vendor A?", "id", K,
      ["Notifikasi ke anggota | push notification dan SMS"],
      ["push notification"], "fact"),
    q("Vendor seperti apa yang akhirnya dipilih oleh koperasi pembuka utas, dan kapan aplikasinya mulai dipakai?",
      "id", K,
      ["Kami memilih vendor aplikasi siap pakai dengan tambahan pasal ekspor", "mulai dipakai 1 Juli 2025"],
      ["siap pakai", "satu Juli|1 Juli|Juli 2025"], "fact"),
    q("Poin ketiga ringkasan moderator?", "id", K,
      ["pastikan kontrak mengatur kepemilikan data, ekspor, dan pengakhiran"],
      ["kontrak", "data"], "fact"),
    q("What does the second point of the moderator's summary say about custom-built apps?", "en", K,
      ["Aplikasi khusus masuk akal jika aturan SHU sangat berbeda"],
      ["SHU", "code|kode"], "fact"),
    q("Welchen Nachteil einer fertigen Abo-Software nennt ein Forumsmitglied, das sie schon seit 2022 nutzt?",
      "de", K,
      ["kalau aturan pembagian Sisa Hasil Usaha (SHU) di koperasi", "harus menunggu vendor mengubahnya"],
      ["SHU|Sisa Hasil Usaha", "vendor|Anbieter|warten"], "fact"),
    q("Apa saja yang sebaiknya dicek pengurus sebelum tanda tangan kontrak, misalnya soal laporan untuk Rapat "
      "Anggota Tahunan?", "id", K,
      ["Apakah ada masa uji coba dengan data anggota sungguhan?",
       "Apakah laporan RAT bisa dicetak langsung dari aplikasi?"],
      ["uji coba", "saldo awal"], "list"),

    # ---- near-domain (unanswerable), 4 per language
    near("What hourly rate did Tagus Code charge Northgate for the capped time and material work?", "en",
         "hourly rate"),
    near("How high was staff turnover in Kestrel Water's IT department last year?", "en", "staff turnover"),
    near("Does Tagus Code also provide hosting for Northgate's new dispatch system?", "en", "hosting"),
    near("Is Northgate's new dispatch system written in Kotlin?", "en", "Kotlin"),
    near("Wie hoch ist der monatliche Mietpreis für das Paket Campus von BauNetz Mobil?", "de", "Mietpreis"),
    near("Welchen Marktanteil hat Westfeld Systems bei Baustellen-IT in Nordrhein-Westfalen?", "de", "Marktanteil"),
    near("Welche Vorschriften gelten in den Niederlanden für barrierefreie Kundenportale von Energieversorgern?", "de",
         "Niederlande"),
    near("Bietet das Prüflabor Klarsicht auch Videos in Gebärdensprache an?", "de", "Gebärdensprache"),
    near("Berapa biaya langganan bulanan aplikasi Vendor A untuk koperasi dengan 2.400 anggota?", "id",
         "biaya langganan"),
    near("Berapa persentase startup di Indonesia yang sudah memakai layanan DevOps terkelola?", "id", "persentase"),
    near("Apakah penyedia DevOps terkelola juga melakukan pengujian beban sebelum kampanye promosi besar?", "id",
         "pengujian beban"),
    near("Aturan apa yang berlaku di Australia jika data anggota koperasi disimpan di server di sana?", "id",
         "Australia"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
