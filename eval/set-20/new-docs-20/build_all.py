#!/usr/bin/python3
"""Write all.jsonl for new-docs-20 (the questions are held here as data).

Usage: /usr/bin/python3 build_all.py   (writes all.jsonl next to this script)

Rows: (question, lang, doc, gold, answer_keys, kind) for answerable questions, and
(question, lang, uncovered) for near-domain questions (doc "", gold [], answer_keys []).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CAP = "captive-centre-or-third-party.en"
BIZ = "it-outsourcing-business-case.en"
INC = "incident-problem-management-dienstleister.de"
INS = "analyse-insolvenz-it-dienstleister.de"
KLA = "klausul-penting-kontrak-alih-daya.id"
FAQ = "tanya-jawab-bpo-keuangan-sdm.id"

ANSWERABLE = [
    # ---- captive-centre-or-third-party.en (comparison, long): en 6, de 2, id 2
    ("Why do staff costs at an overseas subsidiary climb more quickly than at headquarters?", "en", CAP,
     ["tends to rise faster than at home, because many employers compete"],
     ["compete", "engineers"], "why"),
    ("How long before a company-owned delivery site abroad can handle its complete workload?", "en", CAP,
     ["Often 12 to 18 months to full operation"],
     ["12 to 18|12-18|12–18|twelve to eighteen"], "when"),
    ("How many extra programmers did Halvard Instrumetns have to find in 2021?", "en", CAP,
     ["Its engineering department needed 90 additional software developers"],
     ["90|ninety"], "count"),
    ("Overheads of an offshore subsidiary?", "en", CAP,
     ["the local management layer, HR and finance for the entity, facilities"],
     ["management", "HR|finance", "facilities|security|audits"], "list"),
    ("Is it easy to downsize a firm-owned unit abroad if orders dry up?", "en", CAP,
     ["The biggest danger is rigidity.", "cannot easily shrink the centre when demand drops"],
     ["no|not", "rigidity|slow|expensive"], "yesno"),
    ("Our board wants a team abroad soon, but nobody has worked out what either option would really set us back. "
     "How should we go about the numbers?", "en", CAP,
     ["Calculate the full cost of both models over at least five years"],
     ["five years|5 years", "full cost|exit|set-up"], "how"),
    ("Wofür steht die Abkürzung BOT bei Offshore-Teams, und was kann der Kunde am Ende tun?", "de", CAP,
     ["This arrangement is known as build-operate-transfer (BOT).",
      "the right to take the team over as its own subsidiary"],
     ["build-operate-transfer", "übernehmen|Übernahme|take the team over", "Tochtergesellschaft|subsidiary"],
     "definition"),
    ("Ab welcher Belegschaftsgröße rechnet sich ein eigenes Offshore-Zentrum, und wie lange dauert es, bis sich die "
     "Aufbaukosten amortisiert haben?", "de", CAP,
     ["rarely pays off with fewer than about 150 to 200 full-time employees",
      "it takes three to five years before the savings have repaid"],
     ["150 bis 200|150 to 200", "drei bis fünf Jahre|three to five years"], "fact"),
    ("Dibanding pusat milik sendiri, apa risiko terbesar bila pekerjaan diserahkan ke penyedia pihak ketiga?", "id",
     CAP,
     ["Fixed costs that no longer fit the need", "Dependence on one provider's performance"],
     ["biaya tetap|fixed costs", "ketergantungan|bergantung|dependence"], "difference"),
    ("Siapa di Halvard Instruments yang kemudian menilai bahwa pendekatan campuran itu berhasil?", "id", CAP,
     ["The chief financial officer (CFO) later said that the mixed approach worked"],
     ["CFO|chief financial officer|direktur keuangan"], "who"),

    # ---- it-outsourcing-business-case.en (how-to): en 6, de 2, id 2
    ("Which costs belong in a TCO view of a service we run ourselves?", "en", BIZ,
     ["staff costs, including employer contributions, overtime, contractors and recruitment",
      "hardware, applications, software licences and maintenance contracts with vendors"],
     ["staff|overtime", "hardware|licences", "outages|premises|management"], "list"),
    ("Why do external quotes tend to seem like a bargain compared with doing the job ourselves?", "en", BIZ,
     ["retained management team alone at 5 to 10 %", "almost any offer looks cheaper than the in-house service"],
     ["retained|management team", "5 to 10|5-10|5–10|five to ten"], "why"),
    ("How should we check whether our outsourcing savings estimate holds up before it reaches the board?", "en", BIZ,
     ["Run a sensitivity analysis on the assumptions that matter most."],
     ["sensitivity"], "how"),
    ("At what point do we revisit the cost spreadsheet we used to justify the outsourcing deal?", "en", BIZ,
     ["twelve months after the handover, then once a year"],
     ["twelve months|12 months", "once a year|annually|every year"], "when"),
    ("Is it realistic to book the full savings straight after go-live?", "en", BIZ,
     ["assuming savings from the first month, although most deals save little"],
     ["no|not", "first year|little"], "yesno"),
    ("How many extra expenses beyond the vendor's quote should we add to the comparison?", "en", BIZ,
     ["transition and knowledge transfer, usually charged once and often underestimated"],
     ["seven|7"], "count"),
    ("Woran scheitern Wirtschaftlichkeitsrechnungen für IT-Auslagerungen am häufigsten?", "de", BIZ,
     ["comparing a provider's price with an incomplete in-house cost",
      "writing the business case after the decision has already been taken"],
     ["unvollständig|incomplete", "ersten Monat|first month", "Entscheidung|decision"], "list"),
    ("Über wie viele Jahre sollte das Kostenmodell mindestens reichen?", "de", BIZ,
     ["Build a cost model for at least five years"],
     ["fünf|5|five"], "count"),
    ("Mengapa kita perlu mengubah asumsi satu per satu sebelum mengajukan usulan ke direksi?", "id", BIZ,
     ["If a small change in a single assumption wipes out the savings",
      "the case is fragile and the board should know it"],
     ["rapuh|fragile", "penghematan|savings"], "why"),
    ("Apakah manfaat di luar penghematan biaya perlu dicantumkan, dan bagaimana membuatnya bisa dicek?", "id", BIZ,
     ["Describe each of them with a measurable indicator where possible"],
     ["indikator|indicator", "terukur|measurable"], "yesno"),

    # ---- incident-problem-management-dienstleister.de (explainer): de 6, en 2, id 2
    ("Was unterscheidet beim Dienstleister das Beheben eines Ausfalls von der Arbeit an dessen eigentlichem Auslöser?", "de", INC,
     ["Das Incident-Management löscht den Brand", "das Problem-Management sucht nach der Brandursache"],
     ["Brand|löscht|wiederher", "Ursache"], "difference"),
    ("Unser Warenwirtschafts- und Buchungssystem steht im ganzen Unternehmen still. Bis wann muss der Dienstleister "
     "es nach der üblichen Staffel wieder zum Laufen bringen?", "de", INC,
     ["1 – sehr hoch | ERP-System an allen Standorten ausgefallen", "15 Minuten | 4 Stunden"],
     ["4 Stunden|vier Stunden"], "when"),
    ("Wie läuft bei einem großen Ausfall die Kommunikation zwischen Dienstleister und uns ab?", "de", INC,
     ["benennt eine Person, die allein mit dem Kunden kommuniziert", "etwa alle 30 Minuten, einen Zwischenstand"],
     ["eine Person|einzige Person|Ansprechpartner", "30 Minuten|dreißig Minuten|halbe Stunde"], "how"),
    ("Wie viele Anlässe gibt es, bei denen der Dienstleister ein Porblem-Ticket eröffnen muss?", "de", INC,
     ["wenn derselbe Fehler dreimal innerhalb von 30 Tagen auftritt"],
     ["drei|3"], "count"),
    ("Ist ein Ticket schon erledigt, sobald der Dienstleister innerhalb der vereinbarten Frist reagiert hat?", "de",
     INC,
     ["Die Reaktionszeit sagt lediglich, wann jemand mit der Arbeit beginnt"],
     ["nein|nicht|kein", "Lösungszeit|beginnt|behoben"], "yesno"),
    ("Warum kommt die Ursachenforschung im Alltag vieler Dienstleister zu kurz?", "de", INC,
     ["Das Problem-Management wird oft vernachlässigt, weil seine Wirkung nicht sofort sichtbar ist"],
     ["sichtbar|Wirkung"], "why"),
    ("Who coordinates the repair work during a major outage and keeps the client updated?", "en", INC,
     ["ernennt der Dienstleister zusätzlich einen Major-Incident-Manager"],
     ["Major-Incident-Manager|major incident manager"], "who"),
    ("Beyond response times, what should the outsourcing agreement pin down so that outages are handled properly?",
     "en", INC,
     ["die Pflicht zu Abschlussberichten nach Major Incidents", "die Definition der Prioritäten mit Beispielen"],
     ["priorit", "Abschlussbericht|closing report|final report|incident report", "Service-Review|review|Kennzahlen|metrics"],
     "list"),
    ("Apa itu RCA dan apa hasil akhirnya?", "id", INC,
     ["häufig Root Cause Analysis (RCA) genannt",
      "endet entweder mit einer dauerhaften Lösung oder mit einem dokumentierten Workaround"],
     ["Root Cause Analysis|analisis akar masalah", "workaround|solusi permanen|dauerhaften Lösung"], "definition"),
    ("Tenggat laporan akhir gangguan besar?", "id", INC,
     ["Innerhalb von fünf Arbeitstagen legt der Dienstleister einen Abschlussbericht"],
     ["lima hari kerja|5 hari kerja|fünf Arbeitstagen"], "when"),

    # ---- analyse-insolvenz-it-dienstleister.de (news analysis, short): de 6, en 2, id 2
    ("Wie viele Pleiten von IT-Firmen hat die Verbandsstudie gemeldet, und wie sah die Zahl zwölf Monate früher "
     "aus?", "de", INS,
     ["wurden 64 Verfahren gezählt, nach 41 im gleichen Zeitraum"],
     ["64|vierundsechzig", "41|einundvierzig"], "count"),
    ("Welche Frühwarnzeichen deuten darauf hin, dass ein IT-Dienstleister finanziell wackelt?", "de", INS,
     ["Der Jahresabschluss erscheint verspätet oder gar nicht im Unternehmensregister.",
      "Erfahrene Ansprechpartner verlassen den Anbieter kurz nacheinander."],
     ["Jahresabschluss", "Ansprechpartner", "Vorauszahlung|Zahlungsfristen"], "list"),
    ("Unser IT-Dienstleister für die Server hat Insolvenz beantragt. Fällt unsere Vereinbarung damit von selbst weg?", "de",
     INS,
     ["endet der Vertrag nicht automatisch",
      "entscheidet der Insolvenzverwalter, ob laufende Verträge weiter erfüllt werden"],
     ["nein|nicht|kein", "Insolvenzverwalter"], "yesno"),
    ("Wer mahnt in der Analyse, sich rechtzeitig um die eigenen Daten zu kümmern, und welche Funktion hat sie?",
     "de", INS,
     ["sagte Miriam Vogt, IT-Leiterin eines Maschinenbauers aus Bielefeld"],
     ["Miriam Vogt|Vogt", "IT-Leiterin"], "who"),
    ("Wie können wir verhindern, dass eigens für uns geschriebene Programme mit dem Anbieter verloren gehen?", "de",
     INS,
     ["eine Escrow-Vereinbarung für den Quellcode bei einer neutralen Stelle"],
     ["Escrow", "Quellcode"], "how"),
    ("Warum geraten ausgerechnet die Kleinen unter den IT-Firmen derzeit in Zahlungsnot?", "de", INS,
     ["haben in den vergangenen Jahren Festpreisverträge abgeschlossen",
      "während ihre eigenen Kosten für Personal und Lizenzen stiegen"],
     ["Festpreis", "Kosten|Personal|Lizenzen"], "why"),
    ("Which four precautions does the analysis recommend so that a provider's bankruptcy doesn't leave us stranded?",
     "en", INS,
     ["den letzten Jahresabschluss und eine Bonitätsprüfung einholen",
      "Einen zweiten Anbieter kennen, der den Betrieb kurzfristig übernehmen könnte"],
     ["annual accounts|Jahresabschluss|credit check|Bonitätsprüfung",
      "open format|offenen Format|data export|Datenexporte|Escrow",
      "second provider|zweiten Anbieter"], "list"),
    ("Can we always walk away from the contract the moment our provider files for insolvency?", "en", INS,
     ["sind nach der Rechtsprechung nicht immer wirksam",
      "Klauseln, die dem Kunden allein wegen des Insolvenzantrags ein Kündigungsrecht geben"],
     ["no|not", "effective|valid|wirksam|administrator|Insolvenzverwalter"], "yesno"),
    ("Menurut analisis itu, selain mutu layanan, hal apa lagi yang perlu rutin diperiksa pelanggan dari penyedia TI "
     "mereka?", "id", INS,
     ["die finanzielle Stabilität ihrer Dienstleister deshalb genauso regelmäßig prüfen",
      "und die Sicherheit ihrer Daten"],
     ["stabilitas keuangan|kondisi keuangan|finanzielle Stabilität", "keamanan data|Sicherheit"], "list"),
    ("Ada berapa tanda bahaya keuangan penyedia yang disebut para ahli dalam analisis tersebut?", "id", INS,
     ["Erfahrene Ansprechpartner verlassen den Anbieter kurz nacheinander."],
     ["tiga|3|drei"], "count"),

    # ---- klausul-penting-kontrak-alih-daya.id (guide): id 6, en 2, de 2
    ("Sebutkan syarat yang harus dipenuhi agar kontrak alih daya dengan vendor diakui sah oleh KUHPerdata.", "id",
     KLA,
     ["kesepakatan para pihak, kecakapan untuk membuat perikatan, suatu hal tertentu"],
     ["kesepakatan|sepakat", "kecakapan|cakap", "sebab yang halal|halal"], "list"),
    ("Mengapa kompensasi berupa diskon tagihan sebaiknya bukan jalan keluar tunggal bila vendor gagal memenuhi "
     "target?", "id", KLA,
     ["sehingga pelanggaran berat tetap bisa menjadi alasan pengakhiran kontrak"],
     ["pengakhiran|mengakhiri|memutus", "pelanggaran berat|pelanggaran"], "why"),
    ("Kami berselisih dengan penyedia soal tagihan tambahan. Bagaimana langkah menyelesaikannya secara bertahap?",
     "id", KLA,
     ["Musyawarah antara manajer kontrak kedua pihak dalam waktu 14 hari kerja",
      "Mediasi dengan mediator yang disepakati bersama"],
     ["musyawarah", "mediasi", "pengadilan"], "how"),
    ("Apakah kami wajib mendapat vonis hakim dulu sebelum bisa berhenti bekerja sama dengan vendor yang "
     "kinerjanya buruk?", "id", KLA,
     ["para pihak mengesampingkan Pasal 1266 KUHPerdata",
      "sehingga pengakhiran tidak perlu menunggu putusan pengadilan"],
     ["tidak|bukan", "1266|mengesampingkan"], "yesno"),
    ("Dalam berapa hari peyedia wajib memulangkan semua data kami begitu hubungan kerja usai?", "id", KLA,
     ["paling lambat 30 hari setelah kontrak berakhir"],
     ["30 hari|tiga puluh hari"], "when"),
    ("Batas kenaikan harga kontrak tahunan?", "id", KLA,
     ["mengaitkan penyesuaian tahunan dengan angka inflasi resmi", "menetapkan batas atas, misalnya 5 % per tahun"],
     ["inflasi", "5 %|5%|lima persen"], "fact"),
    ("Does a contract with an Indonesian company have to be drawn up in Indonesian?", "en", KLA,
     ["mewajibkan perjanjian yang melibatkan pihak Indonesia dibuat dalam bahasa Indonesia"],
     ["yes|must|required|wajib", "24 of 2009|2009"], "yesno"),
    ("What has to happen before a provider starts on extra work that was requested mid-contract?", "en", KLA,
     ["diajukan secara tertulis, penyedia menyampaikan dampak pada biaya dan jadwal",
      "kedua pihak menandatangani persetujuan sebelum pekerjaan dimulai"],
     ["writing|written|tertulis", "cost|schedule|biaya|jadwal", "sign|menandatangani"], "list"),
    ("Welche drei Punkte sollte die Preisklausel eines Outsourcing-Vertrags klären?", "de", KLA,
     ["dasar perhitungan tagihan, kapan harga boleh disesuaikan, dan berapa batas kenaikannya"],
     ["Abrechnung|Berechnung|perhitungan tagihan", "Anpassung|angepasst|disesuaikan", "Obergrenze|Grenze|batas"],
     "list"),
    ("Endet die Pflicht zur Verschwiegenheit gleichzeitig mit dem Vertrag?", "de", KLA,
     ["Klausul kerahasiaan sebaiknya tetap berlaku beberapa tahun setelah kontrak berakhir"],
     ["nein|nicht|kein", "mehrere Jahre|einige Jahre|beberapa tahun"], "yesno"),

    # ---- tanya-jawab-bpo-keuangan-sdm.id (FAQ): id 6, en 2, de 2
    ("Sebutkan urusan keuangan dan SDM yang tidak boleh ikut dilepas ke mitra BPO.", "id", FAQ,
     ["Penyusunan anggaran, kebijakan remunerasi, pengangkatan dan pemberhentian karyawan",
      "serta hubungan dengan serikat pekerja bukan pekerjaan untuk penyedia"],
     ["anggaran", "remunerasi", "serikat pekerja|pengangkatan|pemberhentian"], "list"),
    ("Kami ingin mulai dengan penggajian saja. Kira-kira berapa bulan sampai penyedia benar-benar mengambil alih?",
     "id", FAQ,
     ["masa transisi biasanya tiga sampai empat bulan"],
     ["tiga sampai empat bulan|3 sampai 4 bulan|3-4 bulan|3–4 bulan|tiga hingga empat"], "when"),
    ("Apakah kewajiban hukum atas informasi gaji pegawai ikut pindah ke pihak BPO?", "id", FAQ,
     ["Perusahaan tetap bertanggung jawab sebagai pengendali data"],
     ["tidak|bukan", "pengendali data|tetap bertanggung jawab"], "yesno"),
    ("Bagaimana cara memulai bila perusahaan belum pernah menyerahkan urusan keuangan ke pihak luar?", "id", FAQ,
     ["Pilih satu proses yang paling rutin, biasanya penggajian atau utang usaha",
      "Mulai dengan kontrak satu tahun yang dapat diperpanjang"],
     ["satu proses|paling rutin", "satu tahun"], "how"),
    ("KPI apa saja yang lazim dipakai untuk menilai penyedia BPO?", "id", FAQ,
     ["tutup buku bulanan selesai paling lambat hari kerja kelima",
      "faktur pemasok diproses dalam tiga hari kerja sejak diterima"],
     ["penggajian|slip", "tutup buku", "faktur|pertanyaan karyawan"], "list"),
    ("Apa yang membuat firma berukuran sedang kesulitan mengurus pembukuan dan kepegawaian sendiri dengan staf internal?", "id", FAQ,
     ["sudah terlalu banyak untuk ditangani satu atau dua orang staf administrasi",
      "belum cukup besar untuk membangun bagian keuangan"],
     ["terlalu banyak", "belum cukup besar|lengkap"], "why"),
    ("Even after handing finance work to a provider, who does a company still need on its own staff?", "en", FAQ,
     ["setidaknya satu orang yang memahami angka-angkanya", "mampu memeriksa hasil kerja penyedia"],
     ["one person|satu orang", "check|memeriksa"], "who"),
    ("What sets a finance BPO provider apart from an accounting firm hired for the year-end report?", "en", FAQ,
     ["Penyedia BPO mengambil alih proses yang berjalan terus-menerus",
      "diukur dengan target layanan setiap bulan"],
     ["ongoing|continuous|terus-menerus", "service targets|monthly|target layanan|setiap bulan"], "difference"),
    ("Womit prüfen viele Firmen, ob die Lohnabrechnung des neuen Dienstleisters stimmt, bevor er allein rechnet?",
     "de", FAQ,
     ["banyak perusahaan menjalankan dua periode secara paralel",
      "lalu hasilnya dibandingkan sebelum penyedia bekerja sendiri"],
     ["parallel|paralel", "zwei|dua"], "fact"),
    ("Wofür steht die Abkürzung SDM in dem Beitrag über BPO für Finanzen und Personal?", "de", FAQ,
     ["bagian keuangan dan sumber daya manusia (SDM) yang lengkap"],
     ["sumber daya manusia"], "definition"),
]

NEAR_DOMAIN = [
    ("What does a developer at a captive centre typically earn per month in rupees?", "en", "rupees"),
    ("Does the incident guide recommend TOPdesk as the ticketing tool for the provider's service desk?", "en",
     "TOPdesk"),
    ("What is the median number of employees in a global capability centre?", "en", "median"),
    ("Which rules apply in Ireland when a company sets up its own delivery centre there?", "en", "Ireland"),
    ("Wie hoch ist der übliche Ticketpreis, den ein Dienstleister für eine Störung der Priorität 3 berechnet?", "de",
     "Ticketpreis"),
    ("Wie hoch ist die Insolvenzquote unter IT-Dienstleistern in Deutschland insgesamt?", "de", "Insolvenzquote"),
    ("Übernimmt ein BPO-Anbieter für die Buchhaltung auch die Steuerberatung?", "de", "Steuerberatung"),
    ("Welche Insolvenzregeln gelten in Schweden, wenn dort ein IT-Dienstleister pleitegeht?", "de", "Schweden"),
    ("Berapa tarif per karyawan yang biasanya ditagih penyedia BPO untuk layanan penggajian?", "id",
     "tarif per karyawan"),
    ("Apakah penyedia BPO keuangan umumnya memakai Odoo untuk pembukuan klien?", "id", "Odoo"),
    ("Berapa banyak perusahaan menengah di Jawa Timur yang sudah mengalihdayakan penggajian?", "id", "Jawa Timur"),
    ("Apakah kontrak dengan vendor dari Tiongkok boleh tunduk pada hukum Tiongkok?", "id", "Tiongkok"),
]


def main():
    rows = []
    for q, lang, doc, gold, keys, kind in ANSWERABLE:
        rows.append({"question": q, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                     "answerable": True, "kind": kind})
    for q, lang, unc in NEAR_DOMAIN:
        rows.append({"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [], "answerable": False,
                     "kind": "near-domain", "uncovered": unc})
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to all.jsonl")


if __name__ == "__main__":
    main()
