#!/usr/bin/python3
"""Write new-docs-21/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-21/new-docs-21/build_all.py

Each answerable row: question, lang, doc, gold (1-2 verbatim substrings of 4-12 words from one passage of the
document), answer_keys (1-3 keys; '|' separates alternatives; keys in the question's language, with the document's
form as an alternative for cross-language rows), answerable true, kind. Near-domain rows: doc "", gold [],
answer_keys [], answerable false, kind "near-domain", uncovered (the term no document mentions).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

OUT = "outcome-based-pricing-or-time-and-materials.en"
ONB = "onboarding-new-it-provider-first-90-days.en"
ESK = "eskalationswege-steuerungsgremien-it-dienstleister.de"
UNT = "analyse-unterauftragnehmer-ketten-it.de"
MIT = "mitos-keliru-alih-daya-ti.id"
HLP = "panduan-helpdesk-ti-perguruan-tinggi.id"

ROWS = []


def q(question, lang, doc, gold, keys, kind):
    ROWS.append({"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                 "answerable": True, "kind": kind})


def near(question, lang, uncovered):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "near-domain", "uncovered": uncovered})


# ---- outcome-based-pricing-or-time-and-materials.en (comparison, long) ----
q("With T&M rather than a fixed price, which side pays for it when the work runs over?", "en", OUT,
  ["Who carries the risk of overruns | the client | the provider"],
  ["client", "provider|vendor"], "difference")
q("Why might paying an IT firm purely for the hours its people log lead to a budget blow-out?", "en", OUT,
  ["the provider earns more the longer the work takes"],
  ["earns more|longer", "speed|rewards"], "why")
q("What makes a good yardstick if we want to tie part of the vendor's pay to business results?", "en", OUT,
  ["the provider can influence it through its own work", "it can be calculated from data that both sides trust"],
  ["influence", "trust|check", "on paper|core business|cares about"], "list")
q("How many business results did Kestrel link the variable part of its support bill to, and which were they?",
  "en", OUT,
  ["tied the remaining 25 % to two results"],
  ["two|2", "checkout", "orders|dispatch"], "count")
q("Who at Kestrel pushed through the switch away from paying for hours?", "en", OUT,
  ["chief information officer (CIO), Priya Nandakumar, renegotiated the contract"],
  ["Nandakumar", "chief information officer|CIO"], "who")
q("Should we pay on results for a brand-new service that nobody has run before?", "en", OUT,
  ["a poor fit for new services whose normal level nobody knows"],
  ["no|not", "poor fit|normal level"], "yesno")
q("Wie gehen wir vor, wenn wir einen bestehenden Vertrag Schritt für Schritt auf erfolgsabhängige Bezahlung "
  "umstellen wollen?", "de", OUT,
  ["Measure the starting level for at least six months",
   "agree a hybrid model in which a small part of the charge"],
  ["Ausgangswert|Startwert|sechs Monate|starting level|six months", "10 %|zehn Prozent|around 10",
   "hybrid|Mischmodell"], "how")
q("Womit muss man bei einem Festpreisangebot rechnen, weil der Anbieter das Risiko übernimmt?", "de", OUT,
  ["the provider builds a risk margin into the quote"],
  ["Risikoaufschlag|Aufschlag|Puffer|risk margin", "Angebot|Preis|quote"], "fact")
q("Sebutkan tiga cara membayar penyedia layanan TI yang dibahas di artikel tentang harga berbasis hasil.", "id", OUT,
  ["the client pays for the days that the provider's staff work", "Fixed price: the client pays an agreed amount"],
  ["time and materials|T&M|waktu dan material", "fixed price|harga tetap", "outcome|berbasis hasil"], "list")
q("Mengapa pembayaran dalam kontrak berbasis hasil biasanya dihitung per kuartal, bukan per bulan?", "id", OUT,
  ["Payment is normally settled quarterly, because monthly figures swing too much"],
  ["naik turun|berfluktuasi|berubah|swing", "adil|fair"], "why")

# ---- onboarding-new-it-provider-first-90-days.en (how-to) ----
q("How do we avoid punishing a new supplier for missed targets while it is still finding its feet?", "en", ONB,
  ["without applying service credits yet"],
  ["service credits", "eight to twelve|weeks eight|realistic"], "how")
q("What needs to be sorted out before the provider's engineers turn up?", "en", ONB,
  ["a named vendor manager who owns the relationship", "user accounts and access rights, approved by IT security"],
  ["vendor manager", "access|accounts", "documentation|key users"], "list")
q("Who steers the handover on the supplier's side until the three-month mark?", "en", ONB,
  ["a transition manager is responsible until day 90"],
  ["transition manager"], "who")
q("Should we wait for the first monthy service report before judging how onboarding is going?", "en", ONB,
  ["Waiting for the first monthly service report is too slow"],
  ["no|not", "too slow|week three|early signals"], "yesno")
q("How many early warning signs of a shaky start does the guide suggest watching from week three?", "en", ONB,
  ["the share of tickets the provider solves without handing them back"],
  ["four|4"], "count")
q("It's week seven and our new provider still passes lots of tickets back to our own IT staff. What does that tell "
  "us, and what should we do about it?", "en", ONB,
  ["the knowledge sessions have not worked and should be repeated"],
  ["knowledge sessions", "repeat"], "fact")
q("Wissensübergabe: Zeitaufwand interner Experten?", "de", ONB,
  ["half a day a week per expert during the first six weeks"],
  ["halben Tag|half a day", "Woche|week"], "fact")
q("Warum sollten Gutschriften bei verfehlten Service Levels in den ersten Wochen mit dem neuen Dienstleister noch "
  "nicht greifen?", "de", ONB,
  ["targets measured before the provider knows the environment mostly produce arguments"],
  ["Umgebung|kennt|environment|knows", "Streit|Diskussion|arguments"], "why")
q("Apa saja kesalahan yang biasanya membuat masa awal kerja sama dengan penyedia TI baru tersendat?", "id", ONB,
  ["access requests that take two or three weeks"],
  ["akses|access", "service credit|kredit layanan", "pemilik|owner"], "list")
q("Kapan rapat pembukaan dengan penyedia TI baru sebaiknya digelar?", "id", ONB,
  ["Hold a kick-off meeting in the first week"],
  ["minggu pertama|first week"], "when")

# ---- eskalationswege-steuerungsgremien-it-dienstleister.de (explainer) ----
q("Wie oft sitzen IT-Leitung und die Chefs des Providers gemeinsam am Tisch?", "de", ESK,
  ["Lenkungsausschuss | IT-Leitung des Kunden, Geschäftsleitung des Dienstleisters | vierteljährlich"],
  ["vierteljährlich|Quartal"], "when")
q("Was ist der Unterschied zwischen dem Weiterreichen einer Störung an Spezialisten und dem Einschalten der "
  "Führungsebene?", "de", ESK,
  ["Die funktionale Eskalation reicht ein technisches Problem an Fachleute weiter",
   "Die hierarchische Eskalation bringt eine Frage vor Führungskräfte"],
  ["funktional", "hierarch"], "difference")
q("Wie gehen wir vor, wenn sich ein Streit mit dem Dienstleister im Tagesgeschäft nicht beilegen lässt?", "de", ESK,
  ["übernehmen Vendor Manager und Service Delivery Manager",
   "entscheidet der Lenkungsausschuss, notfalls in einer Sondersitzung"],
  ["Vendor Manager|Service Delivery Manager", "Lenkungsausschuss", "zehn|10"], "how")
q("Unser IT-Dienstleister droht, den Support einzustellen, solange eine strittige Rechnung offen ist. Darf er das?",
  "de", ESK,
  ["erbringt seine Leistungen während eines Streits weiter und stellt sie nicht ein"],
  ["nein|nicht|kein", "weiter|Vertrag"], "yesno")
q("Welche Auslöser rechtfertigen es, einen Konflikt mit dem Provider vor die Chefetage zu bringen?", "de", ESK,
  ["dieselbe Service-Level-Verletzung in drei aufeinanderfolgenden Monaten",
   "ein Sicherheitsvorfall mit Auswirkungen auf Kundendaten"],
  ["drei|Service-Level", "Rechnung", "Sicherheitsvorfall|Sicherheit"], "list")
q("Wer nimmt am monatlichen Servcie-Review teil?", "de", ESK,
  ["Service-Review | Vendor Manager des Kunden, Service Delivery Manager des Dienstleisters"],
  ["Vendor Manager", "Service Delivery Manager"], "who")
q("Why shouldn't the quarterly steering meeting with our IT provider just be a round of status updates?", "en", ESK,
  ["Er sollte nicht zur reinen Berichtsrunde werden"],
  ["decision|Entscheidung", "in advance|beforehand|ahead|vorab"], "why")
q("What should the governance annex of an outsourcing contract pin down about escalations?", "en", ESK,
  ["die Stufen der Eskalation mit Fristen für jede Stufe"],
  ["deadline|time limit|Fristen", "minutes|Protokoll", "mediation|conciliation|Schlichtung"], "list")
q("Tenggat penyelesaian sengketa tingkat tim?", "id", ESK,
  ["versuchen, es innerhalb von fünf Arbeitstagen zu klären"],
  ["lima hari kerja|5 hari|fünf Arbeitstagen"], "when")
q("Apakah eskalasi ke manajemen berarti kerja sama dengan penyedia TI sudah gagal?", "id", ESK,
  ["Eine Eskalation ist kein Vorwurf und kein Zeichen"],
  ["tidak|bukan", "jalan yang tertib|keputusan|geordneter Weg|Entscheidung"], "yesno")

# ---- analyse-unterauftragnehmer-ketten-it.de (news analysis, short) ----
q("Wie viele Verträge hat das Beratungshaus untersucht und wie oft war dabei mindestens ein weiterer Zulieferer "
  "beteiligt?", "de", UNT,
  ["hat 140 Outsourcing-Verträge mittelständischer Kunden ausgewertet",
   "In sieben von zehn Fällen setzt der Dienstleister"],
  ["140", "sieben von zehn|7 von 10|70 %|70 Prozent"], "count")
q("Welche Gefahren drohen uns, wenn der IT-Dienstleister Teile der Arbeit an andere Firmen weitergibt?", "de", UNT,
  ["Daten liegen bei Firmen, die der Kunde nie geprüft hat",
   "die Verantwortung verschwimmt, weil sich im Störfall jeder"],
  ["geprüft|Daten", "Ausfall|fällt|still", "Verantwortung"], "list")
q("Wer hat erzählt, dass seine Firma erst bei einer Störung am Wochenende von einem unbekannten Zulieferer erfahren "
  "hat?", "de", UNT,
  ["sagte Jonas Brettschneider, Leiter des IT-Einkaufs eines Logistikunternehmens"],
  ["Brettschneider", "Einkauf|Logistik"], "who")
q("Wir schreiben gerade unseren Service-Desk-Betrieb neu aus. Wie können wir verhindern, dass der Anbieter ohne "
  "unser Wissen weitere Firmen einbindet?", "de", UNT,
  ["Einen Zustimmungsvorbehalt vereinbaren, sodass neue Unterauftragnehmer nur mit Einverständnis"],
  ["Zustimmung|Einverständnis", "Liste"], "how")
q("Weshalb holen sich Outsourcing-Anbieter selbst externe Hilfe ins Boot?", "de", UNT,
  ["Spezialisten für ältere Systeme sind knapp",
   "Nacht- und Wochenenddienste rechnen sich für kleine Anbieter nicht"],
  ["Spezialisten|Fachkräfte|Fachleute", "Nacht|Wochenend", "Kosten"], "why")
q("Wissen die meisten Auftraggeber, welche Partner ihr IT-Dienstleister einsetzt?", "de", UNT,
  ["Nur ein Drittel dieser Kunden konnte eine vollständige Liste"],
  ["Drittel"], "yesno")
q("Fourth party meaning in outsourcing?", "en", UNT,
  ["einer Firma, mit der der Kunde keinen Vertrag hat"],
  ["no contract|not have a contract|keinen Vertrag", "systems|data|Systeme|Daten"], "definition")
q("Which safeguards do consultants recommend so that a provider can't quietly hand our work to unknown "
  "subcontractors?", "en", UNT,
  ["Eine vollständige Liste aller Unterauftragnehmer mit ihren Aufgaben verlangen",
   "Das eigene Prüfrecht so fassen, dass es auch"],
  ["list|Liste", "consent|approval|Zustimmung|Einverständnis", "audit|Prüfrecht"], "list")
q("Apa maksud flow-down dalam kontrak dengan penyedia TI?", "id", UNT,
  ["Die eigenen Vertragspflichten, etwa zu Datenschutz und Service Levels"],
  ["kewajiban|Vertragspflichten", "subkontraktor|Unterauftragnehmer"], "definition")
q("Mengapa pelanggan perlu tahu semua perusahaan lain yang ikut mengerjakan layanan penyedia TI-nya?", "id", UNT,
  ["fällt ein Unterauftragnehmer aus, steht auch der Service"],
  ["data|Daten", "gangguan|berhenti|Ausfall|fällt|still", "tanggung jawab|Verantwortung"], "why")

# ---- mitos-keliru-alih-daya-ti.id (FAQ) ----
q("Apakah menyerahkan urusan TI ke pihak luar pasti menekan pengeluaran?", "id", MIT,
  ["Penghematan biasanya datang dari skala, keahlian, dan proses kerja penyedia"],
  ["tidak", "skala|keahlian"], "yesno")
q("Pengeluaran apa saja yang kerap luput dihitung ketika perusahaan menyerahkan TI ke vendor?", "id", MIT,
  ["biaya masa transisi, ketika tim lama dan penyedia baru", "biaya keluar (exit) ketika kontrak berakhir"],
  ["transisi", "mengawasi|tim internal", "exit|keluar"], "list")
q("Siapa yang perlu tetap ada di internal supaya kami masih bisa menilai kerja vendor?", "id", MIT,
  ["mempertahankan seorang vendor manager dan setidaknya satu orang"],
  ["vendor manager", "arsitektur"], "who")
q("Paket managed service untuk UKM biasanya dirancang untuk berapa banyak pengguna?", "id", MIT,
  ["menawarkan paket untuk kantor dengan 20 sampai 50 pengguna"],
  ["20 sampai 50|20 hingga 50|20-50|20–50|dua puluh sampai lima puluh"], "count")
q("Direksi kami berencana mengalihdayakan TI tahun depan. Mengapa rencana untuk staf TI harus diumumkan sejak awal?",
  "id", MIT,
  ["Kabar burung tentang pemutusan hubungan kerja menyebar cepat"],
  ["kabar burung|rumor|ketidakpastian", "terbaik|pergi"], "why")
q("Bagaimana langkah yang tepat untuk mulai mengalihdayakan TI, dan berapa penyedia yang perlu dimintai penwaran?",
  "id", MIT,
  ["Minta penawaran dari minimal tiga penyedia", "Hitung biaya TI saat ini secara lengkap"],
  ["tiga|3", "biaya|hitung"], "how")
q("Does handing our IT to an outside firm also shift the legal duty for customer data onto them?", "en", MIT,
  ["tanggung jawab hukum atas data pelanggan tidak ikut pindah"],
  ["no|not", "controller|pengendali"], "yesno")
q("Through what means does a company keep control of an outsourced IT service once it stops directing the "
  "technicians' daily work?", "en", MIT,
  ["mengendalikan hasil melalui kontrak, service level agreement (SLA), laporan bulanan"],
  ["contract|kontrak", "SLA|service level", "report|laporan|audit"], "list")
q("Lohnt sich IT-Outsourcing eigentlich nur für Großunternehmen?", "de", MIT,
  ["Usaha kecil dan menengah (UKM) justru sering paling diuntungkan"],
  ["nein|nicht|kein", "kleine|mittlere|KMU|UKM|usaha kecil"], "yesno")
q("Welcher Irrglaube beim Outsourcing kommt Unternehmen laut dem Artikel am teuersten zu stehen?", "de", MIT,
  ['Anggapan "serahkan lalu lupakan" membuat banyak kontrak gagal'],
  ["vergessen|lupakan|abgeben", "Verantwortung|tanggung jawab|gescheitert|gagal"], "fact")

# ---- panduan-helpdesk-ti-perguruan-tinggi.id (guide) ----
q("Mengapa helpdesk kampus kewalahan kalau hanya memakai tim sendiri di awal semester?", "id", HLP,
  ["jumlah tiket bisa mencapai empat kali lipat minggu biasa"],
  ["empat kali|4 kali", "registrasi|KRS"], "why")
q("Selain reset kata sandi, pekerjaan apa lagi yang umumnya diambil alih vendor helpdesk?", "id", HLP,
  ["bantuan koneksi Wi-Fi kampus dan jaringan asrama",
   "perangkat di ruang kelas, seperti proyektor dan pengeras suara"],
  ["Wi-Fi|wifi|jaringan", "LMS|learning management", "proyektor|ruang kelas|laboratorium"], "list")
q("Apa beda peran vendor helpdesk dan pihak kampus, misalnya untuk sistem informasi akademik?", "id", HLP,
  ["Penyedia menjalankan layanan lini pertama; pemilik sistem dan pemilik data"],
  ["lini pertama", "pemilik|SIAKAD"], "difference")
q("Kampus kami ingin menyerahkan helpdesk ke pihak luar mulai tahun ajaran depan. Bagaimana cara menyiapkan "
  "pemilihan penyedianya?", "id", HLP,
  ["Kumpulkan data tiket dua belas bulan terakhir", "Undang penyedia melalui tender sesuai aturan pengadaan kampus"],
  ["data tiket|dua belas bulan", "KAK|kerangka acuan", "tender"], "how")
q("Waktu terbaik memulai kontrak helpdesk?", "id", HLP,
  ["Kontrak dimulai paling lambat dua bulan sebelum semester baru"],
  ["dua bulan|2 bulan", "semester|registrasi"], "when")
q("Bahasa apa yang perlu disiapkan helpdesk untuk mahasiswa asing?", "id", HLP,
  ["Mahasiswa internasional membutuhkan layanan dalam bahasa Inggris"],
  ["Inggris"], "fact")
q("Should a university helpdesk also open on Sundays during the registration rush?", "en", HLP,
  ["layanan sebaiknya juga dibuka pada hari Minggu"],
  ["Sunday|Minggu", "registration|registrasi"], "yesno")
q("How many minutes should a provider take to deal with a learning management system outage during an exam?",
  "en", HLP,
  ["gangguan LMS saat ujian berlangsung ditangani dalam 30 menit"],
  ["30|thirty|tiga puluh"], "count")
q("Was vergessen Hochschulen beim Auslagern ihres IT-Helpdesks häufig?", "de", HLP,
  ["agen penyedia hanya boleh melihat data yang diperlukan"],
  ["Daten|data|UU PDP", "Englisch|Inggris", "Wissensdatenbank|basis pengetahuan|exportier|diekspor"], "list")
q("Wie viele Etappen hat die Übergangszeit zu Vertragsbeginn?", "de", HLP,
  ["agen penyedia bekerja berdampingan dengan staf helpdesk kampus"],
  ["vier|4|empat"], "count")

# ---- near-domain: none of the documents answers these ----
near("What does outsourcing a university IT helpdesk typically cost in Kenyan shillings?", "en", "shillings")
near("Is Smartsheet the tool the onboarding guide recommends for tracking the 90-day plan?", "en", "Smartsheet")
near("What proportion of IT outsourcing contracts are already paid on results?", "en", "proportion")
near("Are public bodies allowed to pay IT providers on results under Norwegian procurement law?", "en", "Norwegian")
near("Mit welchen Schlichtungskosten müssen wir bei einem Streit mit dem IT-Dienstleister rechnen?", "de",
     "Schlichtungskosten")
near("Welche Eskalationsquote gilt bei IT-Outsourcing-Verträgen als normal?", "de", "Eskalationsquote")
near("Welche Regeln gelten in Kolumbien, wenn ein IT-Dienstleister Arbeiten an Unterauftragnehmer weitergibt?", "de",
     "Kolumbien")
near("Übernimmt der neue Dienstleister beim Onboarding auch die Migration unserer E-Mail-Postfächer?", "de",
     "Postfächer")
near("Berapa tarif penyedia helpdesk kampus per mahasiswa setiap semester?", "id", "per mahasiswa")
near("Berapa banyak perguruan tinggi di Jawa Barat yang sudah mengalihdayakan helpdesk TI?", "id", "Jawa Barat")
near("Apakah panduan ini menyarankan kampus memakai Moodle sebagai LMS?", "id", "Moodle")
near("Apa aturan hukum di Mesir untuk perusahaan yang mengalihdayakan TI ke penyedia luar?", "id", "Mesir")

if __name__ == "__main__":
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to all.jsonl")
