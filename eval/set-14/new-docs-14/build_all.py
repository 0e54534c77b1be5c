#!/usr/bin/python3
"""Write new-docs-14/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-14/new-docs-14/build_all.py

Test data, not knowledge: do not copy these questions, answers or documents into corpus/.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

EDI = "managed-edi-services.en"
PMO = "pmo-as-a-service.en"
MAIL = "e-mail-archivierung-managed-service.de"
SCHOOL = "schul-it-support-dienstleister.de"
SIMRS = "alih-daya-simrs.id"
CCTV = "cctv-terkelola-vsaas.id"

ROWS = []


def q(question, lang, doc, gold, keys, kind):
    ROWS.append({"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                 "answerable": True, "kind": kind})


def u(question, lang, uncovered):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "near-domain", "uncovered": uncovered})


# --- managed-edi-services.en (long document; 6 en, 2 de, 2 id)
q("How do we get a new retail customer connected to our EDI set-up, from the start to go-live?", "en", EDI,
  ["Get the partner's implementation guide and the list", "Switch to production and check the first live"],
  ["implementation guide", "test", "production|live"], "how")
q("Of the three ways to run EDI, which one asks the least setup work from the supplier?", "en", EDI,
  ["Setup effort for the supplier | high | low | medium",
   "In-house EDI software | Web EDI portal | Fully managed EDI"],
  ["web EDI|portal"], "fact")
q("Why does a rejected advance ship notice get handled before a rejected invoice?", "en", EDI,
  ["providers treat rejected shipping notices with a higher priority", "the goods may already be on the road"],
  ["goods|truck", "road|way|transit"], "why")
q("Do providers always charge an onboarding fee, even for a retailer that is already on their network?", "en", EDI,
  ["connect partners that are already on their network without an onboarding fee"],
  ["no|not", "without|maps"], "yesno")
q("If our partner sends back a functional acknowledgment, has it accepted the order?", "en", EDI,
  ["it says nothing about whether the order is accepted"],
  ["no|not", "arrived|read|receipt|received"], "yesno")
q("When was the AS2 specification published, and by which body?", "en", EDI,
  ["AS2 is specified in RFC 4130, published by the"],
  ["2005", "Internet Engineering Task Force|IETF"], "when")
q("Was ist beim Anbinden eines neuen Handelspartners der dritte Schritt?", "de", EDI,
  ["Build the maps and run them against the"],
  ["Map", "Beispiel|Muster|Test|Probe"], "fact")
q("Wie viele Änderungen an den Maps sind bei den meisten Anbietern pro Jahr im Preis enthalten?", "de", EDI,
  ["include a fixed number of map changes per year"],
  ["10|zehn"], "fact")
q("Untuk model EDI yang dikelola penuh oleh penyedia, berapa lama biasanya proses menghubungkan satu mitra dagang baru?",
  "id", EDI,
  ["New partner onboarding | 4-8 weeks | 1-2 weeks | 2-4 weeks",
   "In-house EDI software | Web EDI portal | Fully managed EDI"],
  ["2|dua", "4|empat"], "fact")
q("Apa fungsi VAN dalam pertukaran dokumen EDI?", "id", EDI,
  ["A value-added network (VAN) works like a mailbox service"],
  ["kotak surat|kotak pos|mailbox|perantara|meneruskan|diteruskan", "biaya|tarif|bayar"], "definition")

# --- pmo-as-a-service.en (6 en, 2 de, 2 id)
q("What goes into the RAID log that an outside PMO keeps, and how often is it gone through?", "en", PMO,
  ["a shared register of risks, assumptions, issues and dependencies"],
  ["risk", "assumption|issue|dependenc", "week"], "list")
q("We have to start a large programme and need a project office within the next month. "
  "Which is the better fit, permanent PMO staff or PMO as a service?", "en", PMO,
  ["| Ready to start within a month | ✗ | ✓ |", "| Question | Permanent PMO staff | PMO as a service |"],
  ["as a service|external|provider|rent"], "fact")
q("Why should a company plan for an internal employee to take over from the start of a PMO contract?", "en", PMO,
  ["when the contract ends, the templates stay but the people go"],
  ["knowledge|know-how", "people|leave|go"], "why")
q("How long does hiring an experienced PMO lead usually take, compared with getting one from a provider?", "en", PMO,
  ["Recruiting an experienced PMO lead takes 3 to 6 months"],
  ["3|three", "6|six", "four|4|week"], "difference")
q("By which day of the month are project updates due in the PMO reporting cycle?", "en", PMO,
  ["project updates are due by the 25th"],
  ["25|twenty-fifth|twenty fifth"], "when")
q("Does the external PMO take responsibility for delivering the client's projects?", "en", PMO,
  ["the project managers stay responsible for delivery"],
  ["no|not", "project manager"], "yesno")
q("Wie läuft der Start mit einem externen PMO-Dienstleister in den ersten Wochen ab?", "de", PMO,
  ["Discovery: interviews with sponsors and project managers", "Steady state: weekly RAID reviews, monthly reports"],
  ["Interview|Gespräch|Befragung", "Bericht|Report"], "how")
q("Was geschieht im zweiten Schritt, wenn ein externes PMO seine Arbeit aufnimmt?", "de", PMO,
  ["Setup: agree on the reporting format, the RAID log"],
  ["RAID", "Bericht|Report|Format"], "fact")
q("Menurut pemimpin PMO yang diwawancarai, kapan sebaiknya klien menghentikan layanan PMO eksternal?", "id", PMO,
  ["When the reporting runs without us.", "that takes 12 to 18 months"],
  ["12|dua belas", "18|delapan belas"], "when")
q("Dalam paket PMO sebagai layanan, apa isi modul project assurance?", "id", PMO,
  ["an independent health check of a project at each stage gate"],
  ["independen", "tahap|gate|stage"], "definition")

# --- e-mail-archivierung-managed-service.de (6 de, 2 en, 2 id)
q("Wie lange muss eine E-Mail mit einer Rechnung im Anhang heute aufbewahrt werden?", "de", MAIL,
  ["gilt für Buchungsbelege seit dem 1. Januar 2025 eine Aufbewahrungsfrist von acht"],
  ["acht|8"], "when")
q("Wir überlegen, unser Mailarchiv als reinen Cloud-Dienst zu buchen. "
  "Wer sucht dann alte Nachrichten heraus, wenn wir sie für einen Rechtsstreit brauchen?", "de", MAIL,
  ["Recherche bei Anfragen | eigene IT | eigene IT | Dienstleister",
   "Eigenes Archivsystem | Archiv als Cloud-Dienst | Managed Service"],
  ["eigene IT|intern|selbst"], "fact")
q("Darf der Dienstleister archivierte Mails von sich aus durchsuchen und herausgeben?", "de", MAIL,
  ["aber nur nach schriftlicher Freigabe durch eine vorher benannte Person"],
  ["Anfrage|Freigabe", "schriftlich"], "yesno")
q("Wie gehen wir beim Vertragsende vor, damit das Archiv vollständig zu uns zurückkommt?", "de", MAIL,
  ["Export aller Nachrichten im EML-Format samt Prüfsummen."],
  ["EML|Export", "Löschprotokoll|Prüfsumme|Löschung"], "how")
q("Was passiert bei der Einführung im dritten Schritt?", "de", MAIL,
  ["Ab diesem Tag wird jede neue Nachricht automatisch archiviert."],
  ["archiviert", "zwei Wochen|täglich|vergleicht"], "fact")
q("Sollte ein Vertrag zur Auftragsverarbeitung schon zum Angebot des Archivdienstleisters gehören?", "de", MAIL,
  ["Ist ein Vertrag zur Auftragsverarbeitung Teil des Angebots?"],
  ["Auftragsverarbeitung"], "yesno")
q("If our mail server goes down, can the archive stand in for a proper backup?", "en", MAIL,
  ["Ein Archiv ersetzt keine Datensicherung."],
  ["no|not", "calendar|contact|folder|mailbox"], "yesno")
q("What does GoBD stand for, and what do these rules demand of tax-relevant records?", "en", MAIL,
  ["vollständig, unveränderbar und jederzeit lesbar aufbewahrt werden"],
  ["complete", "unalter|unchang|tamper|immutable|readable|legible"], "definition")
q("Berapa lama impor data lama untuk sekitar 200 kotak surat?", "id", MAIL,
  ["Bei 200 Postfächern dauert das je nach Datenmenge 2 bis 6 Wochen"],
  ["2|dua", "6|enam"], "when")
q("Mengapa penyedia mengaktifkan journaling di server email?", "id", MAIL,
  ["sodass jede Nachricht beim Versand und beim Empfang kopiert wird"],
  ["salin|kopi|copy|duplikat", "hapus"], "why")

# --- schul-it-support-dienstleister.de (6 de, 2 en, 2 id)
q("Innerhalb welcher Frist werden defekte Geräte in der Regel repariert oder ersetzt?", "de", SCHOOL,
  ["meist innerhalb von fünf Schultagen"],
  ["fünf|5"], "when")
q("Wie viele Endgeräte kann eine Vollzeitkraft im Schulsupport nach einem gängigen Richtwert betreuen?", "de", SCHOOL,
  ["eine Vollzeitstelle für etwa 400 bis 500 Endgeräte"],
  ["400|vierhundert", "500|fünfhundert"], "fact")
q("Warum finden Städte nur schwer eigene IT-Technikerinnen und -Techniker für ihre Schulen?", "de", SCHOOL,
  ["weil der öffentliche Dienst bei der Bezahlung von IT-Fachkräften"],
  ["Bezahlung|Vergütung|Lohn|bezahl", "Privatwirtschaft|Wirtschaft|privat"], "why")
q("Wir sind ein Landkreis mit neun Schulen und wollen den IT-Support ausschreiben. "
  "Wie gehen wir dabei am besten vor?", "de", SCHOOL,
  ["Den Bestand an Geräten, Netzen und Konten je Schule erfassen.", "Mit zwei oder drei Pilotschulen starten"],
  ["Bestand|Medienentwicklungsplan", "Leistungsbeschreibung|Reaktionszeit", "Pilot"], "how")
q("Darf eine einzelne Schule ohne ihren Schulträger einen IT-Dienstleister unter Vertrag nehmen?", "de", SCHOOL,
  ["Meist nicht, weil die Schule keine eigene Rechtspersönlichkeit hat"],
  ["nicht|nein|kein", "Schulträger|Rechtspersönlichkeit"], "yesno")
q("Was ist bei der Vergabe des Schul-IT-Supports der vierte Schritt?", "de", SCHOOL,
  ["Den Auftrag ausschreiben, oberhalb des EU-Schwellenwerts europaweit."],
  ["ausschreib|Ausschreibung", "europaweit"], "fact")
q("Once an outside firm handles school IT support, what is left for the teacher who used to fix the devices?",
  "en", SCHOOL,
  ["meldet aber nur noch Störungen und erklärt den Kolleginnen"],
  ["report|fault|problem|issue", "explain|colleague"], "fact")
q("During the school holidays, does the provider's hotline offer its normal service?", "en", SCHOOL,
  ["In den Ferien gilt nur ein eingeschränkter Service"],
  ["no|not", "reduced|limited|restricted|emergency"], "yesno")
q("Menurut kepala sekolah yang dikutip, berapa lama dulu tablet rusak bisa tertahan sebelum ada penyedia?",
  "id", SCHOOL,
  ["Früher lag ein defektes Tablet bis zu drei Wochen"],
  ["3|tiga"], "fact")
q("Untuk apa penyedia layanan memakai MDM di sekolah?", "id", SCHOOL,
  ["Einrichtung von Tablets und Laptops über ein Mobile-Device-Management (MDM)"],
  ["tablet|laptop", "siap|atur|konfigur|pasang|instal"], "fact")

# --- alih-daya-simrs.id (6 id, 2 en, 2 de)
q("Modul SIMRS mana yang menerima resep elektronik dari poliklinik?", "id", SIMRS,
  ["Farmasi: mengelola stok obat dan menerima resep elektronik"],
  ["farmasi"], "fact")
q("Apa saja yang dicatat oleh modul pendaftaran?", "id", SIMRS,
  ["Pendaftaran: mencatat identitas pasien, nomor rekam medis, dan jadwal kunjungan."],
  ["identitas", "nomor rekam medis", "jadwal"], "list")
q("Dari tiga model pengadaan SIMRS, mana yang paling cepat diimplementasikan?", "id", SIMRS,
  ["Waktu implementasi | 12-18 bulan | 4-6 bulan | 1-3 bulan",
   "Dikembangkan sendiri | Lisensi dengan dukungan vendor | SIMRS berbasis cloud (SaaS)"],
  ["cloud|SaaS"], "fact")
q("Apakah integrasi SATUSEHAT masih selalu dijual sebagai modul tambahan yang berbayar?", "id", SIMRS,
  ["sudah memasukkan integrasi SATUSEHAT ke dalam paket standar tanpa biaya tambahan"],
  ["tanpa biaya|gratis|standar", "sebagian besar|kebanyakan"], "yesno")
q("Kami rumah sakit dengan 150 tempat tidur dan ingin mengganti SIMRS lama. "
  "Bagaimana cara memilih vendor yang tepat?", "id", SIMRS,
  ["Petakan alur kerja setiap unit, dari pendaftaran sampai penagihan",
   "Jalankan uji coba di satu poliklinik selama dua minggu."],
  ["alur kerja", "demo", "uji coba|kunjungi"], "how")
q("Berapa lama RME wajib disimpan?", "id", SIMRS,
  ["Rekam medis wajib disimpan paling singkat 25 tahun"],
  ["25|dua puluh lima"], "when")
q("In the hospital's vendor selection steps, what is the fourth step?", "en", SIMRS,
  ["Jalankan uji coba di satu poliklinik selama dua minggu."],
  ["clinic|polyclinic|outpatient", "2|two"], "fact")
q("According to the figure caption, where do laboratory results go back to?", "en", SIMRS,
  ["hasil laboratorium kembali ke dokter di dalam sistem yang sama"],
  ["doctor|physician"], "fact")
q("Wer sollte die Ergebnisse des Probebetriebs in der Poliklinik bewerten?", "de", SIMRS,
  ["sebaiknya dinilai bersama perawat dan petugas pendaftaran"],
  ["Pflege|Krankenschwester|Pfleger", "Anmeld|Aufnahme|Registr|Empfang"], "fact")
q("Bis wann mussten Krankenhäuser in Indonesien auf elektronische Patientenakten umstellen?", "de", SIMRS,
  ["paling lambat 31 Desember 2023"],
  ["2023", "Dezember|31"], "when")

# --- cctv-terkelola-vsaas.id (short document; 6 id, 2 en, 2 de)
q("Apa bedanya VSaaS dengan sistem CCTV lama yang memakai NVR di setiap toko?", "id", CCTV,
  ["tidak ada perekam di lokasi yang bisa rusak atau dicabut"],
  ["cloud", "perekam|rusak|dicabut"], "difference")
q("Berapa lama rekaman disimpan pada paket Standar?", "id", CCTV,
  ["| Standar | 30 hari | 1080p terus-menerus |"],
  ["30|tiga puluh"], "fact")
q("Bagaimana cara memindahkan jaringan toko dari NVR lama ke layanan VSaaS?", "id", CCTV,
  ["Survei lokasi dan cek kecepatan unggah internet di setiap toko.", "Pindahkan toko lain secara bertahap"],
  ["survei", "percontohan|satu toko", "bertahap"], "how")
q("Apa yang terjadi pada rekaman kalau koneksi internet di toko terputus?", "id", CCTV,
  ["Kamera menyimpan rekaman di kartu memori selama beberapa jam"],
  ["kartu memori", "unggah"], "fact")
q("Perlukah kontrak VSaaS menyebut biaya penggantian kamera yang rusak?", "id", CCTV,
  ["biaya penggantian kamera rusak tertulis jelas"],
  ["biaya", "ganti|tertulis"], "yesno")
q("Apa isi langkah ketiga dalam peralihan dari NVR lama?", "id", CCTV,
  ["Pindahkan toko lain secara bertahap, lima sampai sepuluh toko"],
  ["bertahap", "5|lima", "10|sepuluh"], "fact")
q("We run twelve shops, each with its own video recorder in the back office. "
  "If we switch to a managed video service, do we still need a server in every shop?", "en", CCTV,
  ["toko tidak perlu server sendiri"],
  ["no|not", "cloud|provider"], "yesno")
q("Under which Indonesian law do camera recordings that show people count as personal data?", "en", CCTV,
  ["UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"],
  ["27|twenty-seven", "2022"], "fact")
q("Wie lange werden die Aufnahmen im Paket Lanjutan gespeichert, und in welcher Qualität?", "de", CCTV,
  ["| Lanjutan | 90 hari | 4K terus-menerus |"],
  ["90|neunzig", "4K"], "fact")
q("Lassen sich vorhandene Kameras beim Umstieg weiter nutzen?", "de", CCTV,
  ["Sering bisa, bila kamera mendukung standar ONVIF"],
  ["ONVIF"], "yesno")

# --- near-domain (4 per language); the uncovered term occurs in no document, new or shipped
u("Can the managed EDI provider also print the barcode labels for our pallets?", "en", "barcode")
u("Does the guide say whether a managed EDI provider can also send our invoices over the Peppol network?", "en",
  "Peppol")
u("What does the article advise a PMO to do about burnout among project managers?", "en", "burnout")
u("Does the PMO provider in the article build the portfolio reports in Primavera?", "en", "Primavera")
u("Muss der Archivdienstleister auch eingehende Faxe aufbewahren?", "de", "Fax")
u("Empfiehlt der Ratgeber MailStore als Software für das Mailarchiv?", "de", "MailStore")
u("Betreut der Dienstleister auch die Technik bei digitalen Abiturprüfungen?", "de", "Abitur")
u("Nennt der Artikel iServ als Lernplattform, die der Dienstleister betreuen soll?", "de", "iServ")
u("Apakah modul SIMRS dari vendor juga mengatur jadwal ambulans?", "id", "ambulans")
u("Apakah artikel menyarankan SIMRS Khanza sebagai pilihan bagi rumah sakit kecil?", "id", "Khanza")
u("Apakah kamera pada paket Dasar dilengkapi lampu inframerah untuk merekam pada malam hari?", "id", "inframerah")
u("Apakah penyedia VSaaS dalam artikel memakai kamera merek Hikvision?", "id", "Hikvision")


if __name__ == "__main__":
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to all.jsonl")
