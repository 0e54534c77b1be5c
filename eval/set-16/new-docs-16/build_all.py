#!/usr/bin/python3
"""Write new-docs-16/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 eval/set-16/new-docs-16/build_all.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

OSS = "open-source-support-options.en"
CHARITY = "charity-it-service-launch.en"
SDWAN = "managed-sd-wan-filialen.de"
MDM = "mdm-dienstleister-fallstudie.de"
RECOVERY = "jasa-pemulihan-data.id"
SATELLITE = "internet-satelit-kantor-cabang.id"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def near(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


ROWS = [
    # ---- open-source-support-options.en (long; X vs Y) ----
    q("Why can an outdated open-source platform cost a company the help of its business software maker?",
      "en", OSS, ["Some business software is also certified only on specific builds"],
      ["certif"], "why"),
    q("What do auditors increasingly ask companies about their open-source components?",
      "en", OSS, ["ask how a company receives and applies security fixes"],
      ["security fix|security patch|security update", "appl"], "fact"),
    q("Which builds does a vendor subscripton not cover?",
      "en", OSS, ["Community editions, self-compiled versions and components from other distributions are outside it"],
      ["community", "self-compiled|other distributions"], "list"),
    q("Independent provider severity 1 response?",
      "en", OSS, ["| First response to a severity 1 incident |", "Within 15 to 30 minutes"],
      ["15|fifteen", "30|thirty"], "fact"),
    q("Our finance director wants to terminate the vendor subscription on our database servers next year "
      "because the per-core fees have doubled. Our operations team worries that we would then be running the "
      "software without any right to do so. Would we lose the right to keep running it?",
      "en", OSS, ["The open-source licence does not depend on the subscription and stays valid"],
      ["no|not", "licence|license"], "yesno"),
    q("Severity 1 meaning?",
      "en", OSS, ["severity 1 means that a production system is down or unusable"],
      ["production", "down|unusable"], "definition"),
    q("Wie viele Leistungen umfasst laut der Aufzählung ein typischer Vertrag mit einem unabhängigen "
      "Support-Anbieter?",
      "de", OSS, ["A typical independent contract covers:"],
      ["9|neun"], "count"),
    q("Wir betreiben rund 200 Server mit unterschiedlichen Open-Source-Datenbanken und wollen den Support neu "
      "vergeben. Wie gehen wir bei der Auswahl eines Anbieters am besten vor?",
      "de", OSS, ["List every open-source component in production with its distribution and version",
                  "Open a test ticket on a real but harmless problem"],
      ["Version", "Ticket"], "how"),
    q("Berapa persen rata-rata penghematan biaya dukungan pada tahun pertama setelah perusahaan pindah ke "
      "penyedia independen?",
      "id", OSS, ["The survey average is 22 percent"],
      ["22|dua puluh dua"], "fact"),
    q("Apa perbedaan utama antara langganan dari vendor dan penyedia dukungan independen?",
      "id", OSS, ["an independent provider covers several distributions and older versions under one contract"],
      ["distribusi", "versi lama|versi yang lebih lama|versi lebih lama|versi lawas"], "difference"),

    # ---- charity-it-service-launch.en (short; press release) ----
    q("From which city was Harbourline Charity announced, and when?",
      "en", CHARITY, ["BRISTOL, 3 March 2025 – Harbourline IT"],
      ["Bristol", "3 March 2025|March 2025"], "fact"),
    q("Who at Harbourline IT explained why unpaid helpers can call the helpdesk as well?",
      "en", CHARITY, ["said Joanna Pike, managing director of Harbourline IT"],
      ["Joanna Pike|Pike"], "who"),
    q("How many staff and volunters can a charity have at most to sign up for the package?",
      "en", CHARITY, ["Charities with up to 40 staff and volunteers can now hand"],
      ["40|forty"], "count"),
    q("What does the per-user fee not pay for?",
      "en", CHARITY, ["Laptops and other hardware are not part of the fee"],
      ["laptop|hardware"], "fact"),
    q("Does a registered charity with six users have to pay for its first three months?",
      "en", CHARITY, ["charities with fewer than ten users get the first three months free"],
      ["no|not", "free"], "yesno"),
    q("How do we get a charity started on Harbourline Charity, and which team gets multi-factor "
      "authentication first?",
      "en", CHARITY, ["MFA is switched on for all accounts, starting with the finance team",
                      "Backups are set up and a first restore is tested"],
      ["restore|backup", "finance"], "how"),
    q("Was passiert beim Onboarding für Harbourline Charity im zweiten Schritt?",
      "de", CHARITY, ["MFA is switched on for all accounts"],
      ["MFA|Multi-Faktor|Mehr-Faktor|Zwei-Faktor", "Finanz"], "fact"),
    q("Harbourline Mindestlaufzeit?",
      "de", CHARITY, ["The minimum term is twelve months"],
      ["zwölf|12"], "when"),
    q("Apa yang ditambahkan ke paket Harbourline Charity sejak April 2025?",
      "id", CHARITY, ["the package now also covers shared tablets used at collection points"],
      ["tablet"], "fact"),
    q("Berapa banyak lembaga amal yang ikut uji coba layanan Harbourline, dan kapan uji coba itu dimulai?",
      "id", CHARITY, ["charities tested the service from October 2024"],
      ["12|dua belas", "Oktober 2024"], "count"),

    # ---- managed-sd-wan-filialen.de (tier table, § clauses, troubleshooting) ----
    q("In welchem Paket schickt der Anbieter bei Bedarf einen Techniker vor Ort?",
      "de", SDWAN, ["| Techniker vor Ort | – | – | ✓ |"],
      ["Premium"], "fact"),
    q("Zu welchen Zeiten wird das Filialnetz im Paket Basis überwacht?",
      "de", SDWAN, ["| Überwachung des Netzes | Business Hours |"],
      ["Business Hours|Geschäftszeiten"], "when"),
    q("Was bekommt eine Handelskette, wenn die zugesagte Verfügbarkiet des Overlays unterschritten wird, und wo "
      "ist das im Rahmenvertrag geregelt?",
      "de", SDWAN, ["erhält der Kunde für jede angefangene Stunde eine Gutschrift"],
      ["Gutschrift", "§ 3|Paragraf 3|Paragraph 3"], "fact"),
    q("Bei uns in der Filiale Kassel ist heute früh nach einem kurzen Stromausfall das Edge-Gerät nicht wieder "
      "hochgefahren, die Kassen sind offline und die Filialleiterin hat es schon zweimal aus- und eingesteckt, "
      "ohne dass sich etwas getan hat. Was sollen wir jetzt tun?",
      "de", SDWAN, ["das Gerät zehn Minuten vom Strom trennen und neu einschalten"],
      ["zehn|10", "Ersatzgerät"], "fact"),
    q("Was versteht man beim SD-WAN unter dem Underlay?",
      "de", SDWAN, ["die physischen Internet- und Mobilfunkleitungen einer Filiale"],
      ["Leitung"], "definition"),
    q("Auf welchem Weg gelangt der Cloud-Verkehr einer Niederlassung ins Internet?",
      "de", SDWAN, ["schickt Cloud-Verkehr direkt ins Internet"],
      ["direkt"], "fact"),
    q("What monthly availability does the SD-WAN framework contract promise, and do announced maintenance "
      "windows count towards it?",
      "en", SDWAN, ["eine Verfügbarkeit von 99,9 Prozent im Kalendermonat zu",
                    "Angekündigte Wartungsfenster, dienstags zwischen 22 und 2 Uhr, werden nicht mitgerechnet"],
      ["99.9|99,9|ninety-nine point nine", "not|no|excluded|don't"], "fact"),
    q("How should we roll out SD-WAN across a network of around 50 branches?",
      "en", SDWAN, ["Er richtet zwei Pilotfilialen ein",
                    "stellt die Filialen in Wellen von fünf bis zehn Standorten"],
      ["pilot", "wave"], "how"),
    q("Apa yang dilakukan penyedia pada langkah ketiga peluncuran SD-WAN di cabang-cabang?",
      "id", SDWAN, ["Er verschickt vorkonfigurierte Geräte, die sich per Zero-Touch-Provisioning selbst einrichten"],
      ["Zero-Touch|zero touch|dikonfigurasi|prakonfigurasi|konfigurasi"], "fact"),
    q("Jika tidak ada pihak yang memutus kontrak tiga bulan sebelum masa berakhir, kontrak SD-WAN diperpanjang "
      "berapa lama?",
      "id", SDWAN, ["verlängert sich der Vertrag jeweils um zwölf Monate"],
      ["12|dua belas"], "when"),

    # ---- mdm-dienstleister-fallstudie.de (case study) ----
    q("Wie lange braucht der Pflegedinst Lindenhof seit der Umstellung, um ein neues Tablet einzurichten?",
      "de", MDM, ["Einrichtung eines neuen Tablets | etwa 3 Stunden | 20 Minuten"],
      ["20 Minuten|zwanzig Minuten"], "when"),
    q("Wie beschreibt die Pflegedienstleiterin heute den Umgang mit abhandengekommenen Tablets?",
      "de", MDM, ["Heute sperren wir es, bevor die Pflegekraft wieder im Auto sitzt"],
      ["sperr"], "fact"),
    q("Wer muss neue Apps freigeben, bevor Mobilwerk sie auf die Tablets verteilt?",
      "de", MDM, ["vorher gibt die Pflegedienstleitung sie frei"],
      ["Pflegedienstleitung"], "who"),
    q("Welche Aufgaben hat der Pflegedienst nicht an Mobilwerk abgegeben?",
      "de", MDM, ["Die Pflegedokumentation und der Vertrag mit ihrem Hersteller bleiben Sache",
                  "ebenso der Kauf neuer Tablets"],
      ["Pflegedokumentation|Dokumentation", "Kauf|Beschaffung"], "list"),
    q("Wie viele Stunden pro Woche kosteten die Tablets den IT-Koordinator vor der Umstellung wirklich?",
      "de", MDM, ["waren es vor der Umstellung 18 Stunden pro Woche"],
      ["18|achtzehn"], "count"),
    q("Welche Fragen sollte ein Betrieb klären, bevor er seine mobilen Geräte einem MDM-Dienstleister übergibt?",
      "de", MDM, ["Welche Apps sind Pflicht, welche sind verboten?",
                  "Was geschieht mit den Gerätedaten, wenn der Vertrag endet?"],
      ["Apps", "Vertrag"], "list"),
    q("Who is the care service's contact person for the MDM provider today?",
      "en", MDM, ["Ansprechpartner im Pflegedienst ist Jonas Brandt, heute IT-Koordinator"],
      ["Jonas Brandt|Brandt"], "who"),
    q("What was tested in the second step of the tablet switch-over, and how long did that phase last?",
      "en", MDM, ["ob die Dokumentations-App im Kiosk-Modus zuverlässig startet",
                  "Vier Wochen lang arbeitete ein Pflegeteam mit 15 Pflegekräften"],
      ["kiosk", "four weeks|4 weeks"], "fact"),
    q("Apa yang dilakukan Pflegedienst Lindenhof pada langkah ketiga peralihan tablet ke penyedia MDM?",
      "id", MDM, ["Die übrigen Tablets wurden an zwei Samstagen neu aufgesetzt",
                  "Neue Geräte bestellt der Pflegedienst seitdem mit Zero-Touch-Enrollment"],
      ["Zero-Touch|zero touch", "Sabtu"], "fact"),
    q("Berapa jumlah tablet yang belum mendapat update terbaru setelah peralihan ke penyedia MDM?",
      "id", MDM, ["Tablets ohne aktuelles Update | 41 von 140 | 3 von 140"],
      ["3|tiga"], "count"),

    # ---- jasa-pemulihan-data.id (tier table, Pasal clauses, troubleshooting) ----
    q("Bunyi klik berulang dari hard disk biasanya menandakan kerusakan apa?",
      "id", RECOVERY, ["head rusak, biasanya terdengar bunyi klik berulang"],
      ["head"], "fact"),
    q("Kemarin sore laptop staf keuangan kami ketumpahan kopi dan langsung mati, padahal di dalamnya ada laporan "
      "bulanan yang belum sempat dicadangkan. Seorang rekan menyarankan agar laptop itu dikeringkan dulu dengan "
      "pengering rambut lalu dicoba dinyalakan lagi. Apa yang sebaiknya kami lakukan?",
      "id", RECOVERY, ["jangan dinyalakan dan jangan dikeringkan dengan pengering rambut"],
      ["jangan", "baterai"], "fact"),
    q("Dalam paket Reguler, data hasil pemulihn dikembalikan kepada pelanggan lewat apa?",
      "id", RECOVERY, ["| Media pengembalian data | download link |"],
      ["download link|tautan unduh"], "fact"),
    q("Kalau tak satu pun file prioritas berhasil diselamatkan, apakah pelanggan tetap harus membayar biaya "
      "pemulihan?",
      "id", RECOVERY, ["pelanggan tidak membayar biaya pemulihan"],
      ["tidak|bukan", "Pasal 2|tanpa biaya|tidak membayar"], "yesno"),
    q("Fungsi TRIM?",
      "id", RECOVERY, ["perintah yang membuat SSD mengosongkan blok berisi data"],
      ["mengosongkan|dikosongkan|kosong", "hapus"], "definition"),
    q("Bolehkah kami membuka sendiri hard disk yang rusak untuk melihat kerusakannya?",
      "id", RECOVERY, ["Jangan pernah membuka hard disk sendiri"],
      ["jangan|tidak", "debu"], "yesno"),
    q("Which data recovery package includes collecting the device from the customer's premises?",
      "en", RECOVERY, ["Penjemputan perangkat ke lokasi pelanggan | – | – | ✓"],
      ["Darurat|emergency"], "fact"),
    q("Can files deleted from a solid state drive always be recovered?",
      "en", RECOVERY, ["Banyak SSD menjalankan perintah TRIM"],
      ["no|not", "TRIM"], "yesno"),
    q("Wie lange dauert die Diagnose im Paket Reguler wirklich?",
      "de", RECOVERY, ["Yang benar adalah 48 jam"],
      ["48|achtundvierzig"], "when"),
    q("Was ist bei einer Datenrettung mit einem Image gemeint?",
      "de", RECOVERY, ["salinan lengkap sebuah drive, sektor demi sektor"],
      ["Kopie|Abbild", "Sektor"], "definition"),

    # ---- internet-satelit-kantor-cabang.id (FAQ page) ----
    q("Berapa lama biasanya pemasangan internet satelit di kantor cabang?",
      "id", SATELLITE, ["Biasanya dua sampai tiga minggu sejak kontrak ditandatangani"],
      ["dua sampai tiga minggu|2-3 minggu|dua hingga tiga minggu|2 sampai 3 minggu"], "when"),
    q("Apa saja yang harus disiapkan kantor cabang sebelum installer datang untuk memasang antena?",
      "id", SATELLITE, ["izin dari pemilik gedung untuk memasang antena", "stopkontak yang tersambung ke UPS"],
      ["izin", "langit|pandangan bebas", "UPS"], "list"),
    q("Siapa yang bertanggung jawab mengurus izin frekuensi satelit untuk kantor cabang?",
      "id", SATELLITE, ["Izin frekuensi dan hak labuh satelit menjadi tanggung jawab penyedia"],
      ["penyedia"], "who"),
    q("Ada berapa komponen biaya yang perlu dianggarkan untuk internet satelit kantor cabang?",
      "id", SATELLITE, ["Biaya bulanan: tergantung kuota dan kecepatan yang dipilih"],
      ["4|empat"], "count"),
    q("Kantor cabang kami di pedalaman Papua memakai VSAT untuk mengirim data penjualan setiap sore, dan beberapa "
      "kali bulan lalu koneksinya putus tepat saat hujan lebat turun sekitar pukul empat. Pimpinan cabang ingin "
      "tahu apakah hal itu wajar dan apa yang perlu dicatat staf setiap kali gangguan seperti itu terjadi?",
      "id", SATELLITE, ["Gangguan yang disebut rain fade ini biasanya hanya berlangsung",
                        "Kantor cabang sebaiknya mencatat jam dan lama gangguan"],
      ["rain fade|wajar|hujan", "jam", "lama"], "fact"),
    q("Apakah sekarang sudah ada kontrak LEO tanpa durasi minimum?",
      "id", SATELLITE, ["beberapa penyedia juga menawarkan kontrak LEO bulanan tanpa masa minimum"],
      ["bulanan", "Mei 2025|2025"], "yesno"),
    q("Can branch staff mount a low earth orbit antenna themselves?",
      "en", SATELLITE, ["| Antena bisa dipasang sendiri oleh staf | Tidak | Ya |"],
      ["yes"], "yesno"),
    q("How does a company get managed satellite internet running at a remote branch office?",
      "en", SATELLITE, ["Kedua pihak menandatangani kontrak dan memilih paket kuota",
                        "Installer memasang antena, mengarahkannya, dan menguji kecepatan"],
      ["contract", "install"], "how"),
    q("VSAT-Latenz?",
      "de", SATELLITE, ["Latensinya tinggi, sekitar 600 milidetik"],
      ["600|sechshundert"], "fact"),
    q("Wie lange laufen Verträge für VSAT-Anschlüsse mindestens?",
      "de", SATELLITE, ["Kontrak VSAT umumnya berlaku minimal 24 bulan"],
      ["24|vierundzwanzig"], "when"),

    # ---- near-domain (unanswerable), 4 per language ----
    near("How much does Harbourline Charity cost per seat each month?", "en", "per seat"),
    near("What share of small charities suffered a data breach in the past year?", "en", "breach"),
    near("What does Canada's privacy legislation require from an open-source support provider?", "en", "Canada"),
    near("Does the guide say whether Debian is covered by independent support contracts?", "en", "Debian"),
    near("Kümmert sich der SD-WAN-Anbieter auch um die Wartung der Alarmanlage in jeder Filiale?", "de",
         "Alarmanlage"),
    near("Wie hoch sind die Lizenzkosten für das Mobilwerk Cockpit pro Tablet und Monat?", "de", "Lizenzkosten"),
    near("Empfiehlt die Fallstudie Intune für die Verwaltung der Tablets im Pflegedienst?", "de", "Intune"),
    near("Wie hoch ist der durchschnittliche Paketverlust in Filialen vor dem Wechsel zu SD-WAN?", "de",
         "Paketverlust"),
    near("Apakah penyedia jasa pemulihan data juga menangani forensik digital untuk keperluan pengadilan?", "id",
         "forensik"),
    near("Aturan apa yang berlaku jika kantor cabang di Timor Leste ingin memakai internet satelit yang sama?", "id",
         "Timor Leste"),
    near("Apakah artikel tanya jawab ini menyebut Starlink sebagai penyedia terminal LEO?", "id", "Starlink"),
    near("Berapa harga satu antena parabola untuk VSAT?", "id", "parabola"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
