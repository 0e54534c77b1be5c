#!/usr/bin/python3
"""Write new-docs-18/all.jsonl from the question data below (standard library only).

Usage: /usr/bin/python3 eval/set-18/new-docs-18/build_all.py

Each answerable row: question, lang, doc, gold (substrings copied verbatim from the answering passage),
answer_keys (in the question's language; '|' separates alternatives), answerable, kind.
Near-domain rows: doc "", gold [], answer_keys [], kind "near-domain", and the uncovered term.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

W = "research-software-webinar.en"
M = "dns-provider-panel-minutes.en"
P = "richtlinie-fernzugriff-dienstleister.de"
L = "drittanbieter-support-fragen.de"
F = "forum-freelancer-atau-software-house.id"
J = "lowongan-manajer-transisi-layanan.id"


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
            "answerable": True, "kind": kind}


def nd(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


ROWS = [
    # ---- research-software-webinar.en (webinar export: slides, transcript, audience questions) ----
    q("Which alternatives to an outside provider did Hollin not go for?", "en", W,
      ["over hiring or ad hoc freelancers"],
      ["hiring|recruit|own staff|own team", "freelancer"], "list"),
    q("How big is Fernbrook Labs, and where is it based?", "en", W,
      ["a firm of about 35 engineers based in Sheffield"],
      ["35|thirty-five", "Sheffield"], "fact"),
    q("RSE title origin?", "en", W,
      ["was coined in the United Kingdom around 2012"],
      ["2012", "United Kingdom|UK|Britain|British"], "fact"),
    q("Who sits on the panel that ranks reqeusts for help?", "en", W,
      ["five professors from different faculties and me"],
      ["professor", "Tom|Adeyemi|head of research computing"], "who"),
    q("What safeguard did Hollin add after the flood-model mishap?", "en", W,
      ["Since then every job starts with a reference run"],
      ["reference run", "old code|match|reproduce"], "fact"),
    q("I look after research code at a small university in Aberdeen. How does a research group get help "
      "from the outside engineers under Hollin's model?", "en", W,
      ["group sends a one-page request", "triage board ranks requests monthly"],
      ["request", "triage|rank", "handover|review"], "how"),
    q("Wie viele Angebote gingen bei der Ausschreibung der Universität ein?", "de", W,
      ["which drew 5 bids in early 2023"],
      ["fünf|5"], "count"),
    q("Womit hat Hollin laut Tom Adeyemi die Professoren für das Modell gewonnen?", "de", W,
      ["The pairing rule won over our professors"],
      ["Pairing|Paar|Tandem|zusammen"], "fact"),
    q("Untuk research groups tanpa dana hibah, seberapa besar porsi hari kerja yang ditanggung anggaran pusat "
      "di tahun pertama?", "id", W,
      ["which paid for about a third of all days"],
      ["sepertiga|1/3|33"], "fact"),
    q("Setelah 18 bulan, berapa dari 60 alat penting yang sudah punya tes otomatis?", "id", W,
      ["Critical tools with automated tests | 22 of 60 | 47"],
      ["47|empat puluh tujuh"], "fact"),

    # ---- dns-provider-panel-minutes.en (meeting minutes with two bids) ----
    q("How fast will Harbourline react when something is on fire?", "en", M,
      ["urgent tickets answered within 30"],
      ["30|thirty|half an hour"], "fact"),
    q("How many weeks would NameVault need to move every domian across?", "en", M,
      ["move of all domains completed within 10 weeks"],
      ["10|ten"], "count"),
    q("Which bidder did the panel not take forward, and why?", "en", M,
      ["NameVault is not taken forward; its timetable does not fit"],
      ["NameVault", "timetable|10 weeks|ten weeks|contract|30 June|too long|too slow"], "why"),
    q("Who must review what happens to the zone data on termination of the new deal?", "en", M,
      ["3 | Check the contract terms on exit"],
      ["Lena Fischer|Lena|Fischer"], "who"),
    q("How many domains does Brightwater actually hold?", "en", M,
      ["The register holds 140 domains"],
      ["140|hundred and forty|hundred forty"], "count"),
    q("Registry lock meaning?", "en", M,
      ["stops a domain from being moved or changed without a manual check"],
      ["move|moved|transfer", "manual"], "definition"),
    q("Für wie viele Domains war beim Angebot von Harbourline der Registry Lock schon im base price enthalten?",
      "de", M,
      ["registry lock for 12 key domains included in the base price"],
      ["12|zwölf"], "count"),
    q("Bis wann muss laut Tabelle 1 die Aktion 4 erledigt sein?", "de", M,
      ["4 | Name the 12 domains for registry lock"],
      ["23. April|23 April|dreiundzwanzigsten April"], "when"),
    q("Berapa lama NameVault membalas tiket mendesak di luar jam kantor?", "id", M,
      ["within 2 hours at other times"],
      ["2 jam|dua jam"], "when"),
    q("Menurut notulen ini, apa kegunaan DNSSEC?", "id", M,
      ["signatures that let a browser check that DNS answers"],
      ["tanda tangan|signature", "browser|peramban"], "fact"),

    # ---- richtlinie-fernzugriff-dienstleister.de (press release with the policy text, § 1 to § 6) ----
    q("Ab wann gilt die neue Regelung, und welche Stellen sind neben dem Verband betroffen?", "de", P,
      ["Sie gilt ab dem 1. Juli 2025 für den Verband"],
      ["1. Juli|Juli 2025", "Mitgliedskommunen|Kommunen"], "when"),
    q("Warum verschärft die neue Richtlinie für externe IT-Dienstleister die Regeln beim Fernzugriff?", "de", P,
      ["manche Zugänge standen einfach dauerhaft offen"],
      ["offen", "anders|jede Kommune"], "why"),
    q("§ 3 verweist für die Freigabe auf einen anderen Paragrafen. Wer muss dort einen Zugriff der höchsten "
      "Stufe absegnen?", "de", P,
      ["Freigabe durch | Fachbereich | Fachbereich und IT-Betrieb"],
      ["ISB|Informationssicherheitsbeauftragte", "IT-Betrieb"], "who"),
    q("Welche Stufe sieht als Notfallzugang ein eigenes Konto vor, und wie heißt es?", "de", P,
      ["Notfallzugang | – | – | Break-Glass-Konto"],
      ["Stufe 3", "Break-Glass-Konto|Break-Glass"], "fact"),
    q("Ich betreue als externer Techniker die Fachverfahren einer Mitgliedskommune und war gerade über den "
      "Jump-Host in einer genehmigten Sitzung, als plötzlich meine Leitung zusammenbrach. Das Ticket ist noch "
      "offen, und ich möchte die Arbeit gleich zu Ende bringen. Darf ich mit demselben Ticket einfach wieder "
      "einsteigen, oder brauche ich etwas Neues?", "de", P,
      ["darf mit demselben Ticket einmal neu aufgebaut werden"],
      ["einmal|ein Mal", "neue Freigabe|Freigabe"], "yesno"),
    q("Wie läuft ein Fernzugriff ab, vom Ticket bis zur Anmeldung mit MFA?", "de", P,
      ["Der Dienstleister legt ein Ticket mit Zweck, System und geplanter Dauer an",
       "Die Freigabeverantwortliche prüft das Ticket und gibt den Zugriff frei"],
      ["Ticket", "frei|Freigabe", "MFA|Multi-Faktor"], "how"),
    q("Section 5 of the KIW policy sends suspected security incidents on to another section. How long are a "
      "provider's accesses blocked under that section if it breaks the rules?", "en", P,
      ["sperrt der KIW alle Zugänge des Dienstleisters sofort für mindestens 30 Tage"],
      ["30|thirty", "day"], "when"),
    q("Our support engineer wants to e-mail his login details to a teammate who covers for him. Is that "
      "allowed?", "en", P,
      ["Zugangsdaten dürfen nie per E-Mail verschickt werden"],
      ["no|not|never", "e-mail|email|colleague"], "yesno"),
    q("Untuk tingkat akses mana izin gabungan selama sebulan penuh diperbolehkan?", "id", P,
      ["Sammelfreigabe für einen Monat | ✓ | – | –"],
      ["Stufe 1|tingkat 1|level 1"], "fact"),
    q("Kami vendor software yang punya kontrak dukungan dengan sebuah kota anggota KIW, dan server perantara "
      "(Jump-Host) mereka tidak bisa dihubungi. Apa yang harus dilakukan teknisi kami?", "id", P,
      ["Der Dienstleister meldet das dem IT-Betrieb und wartet"],
      ["lapor|memberi tahu|beri tahu", "tunggu", "tidak boleh|dilarang|jalan lain"], "fact"),

    # ---- drittanbieter-support-fragen.de (listicle of five questions, FAQ page) ----
    q("Welche Leistungen des Herstellers bekommt man nach dem Wechsel nicht mehr?", "de", L,
      ["neue Releases und Upgrades", "der Zugang zur Wissensdatenbank und zum Kundenportal des Herstellers"],
      ["Release|Upgrade", "Wissensdatenbank|Kundenportal"], "list"),
    q("Binnen welcher Zeit muss ein Drittanbeiter bei einem Ausfall höchster Priorität antworten?", "de", L,
      ["Gemeint sind 15 Minuten"],
      ["15|fünfzehn"], "when"),
    q("Wir liebäugeln damit, irgendwann reumütig zu den Entwicklern unserer Buchhaltungslösung umzukehren. Was blüht "
      "uns dann finanziell?", "de", L,
      ["muss allerdings bei vielen Herstellern die Wartung für jedes ausgelassene Jahr nachzahlen"],
      ["nachzahl", "Aufschlag|10 bis 20"], "fact"),
    q("Worin unterscheiden sich laut der Grafik die Rollen von Hersteller und Drittanbieter?", "de", L,
      ["der Drittanbieter hält das vorhandene Release stabil"],
      ["Release", "stabil"], "difference"),
    q("Wir sind ein Großhändler für Sanitärbedarf am Bodensee mit rund 60 Leuten, die täglich mit unserem "
      "Warenwirtschaftssystem arbeiten, und unser Geschäftsführer meint, ein Wechsel weg vom Hersteller-Support "
      "sei nur etwas für Konzerne mit Tausenden Nutzern. Stimmt das in dieser Form wirklich?", "de", L,
      ["Schon ab etwa 50 Anwendern kann die Ersparnis"],
      ["nein|nicht|kein", "50|fünfzig"], "yesno"),
    q("Wie viele Punkte soll man laut dem Ratgeber vorab mit jedem Anbieter klären?", "de", L,
      ["Wie viele Kunden betreut er mit genau Ihrem Release?"],
      ["4|vier"], "count"),
    q("According to the fifth question of the guide, when does switching pay off?", "en", L,
      ["noch mindestens drei Jahre ohne größeres Upgrade betreiben wollen"],
      ["three years|3 years", "upgrade"], "fact"),
    q("According to the checklist, what should I ask a provider about the end of the contract?", "en", L,
      ["Was passiert mit Ihren Daten und Tickets"],
      ["data", "ticket"], "fact"),
    q("Pada pertanyaan ketiga dalam daftar, untuk apa WAF dipakai?", "id", L,
      ["blockiert Angriffe mit einer Web Application Firewall (WAF)"],
      ["serangan", "blokir|memblokir|menghadang|menahan"], "fact"),
    q("Bagaimana langkah beralih ke dukungan pihak ketiga menurut kesimpulan artikel ini?", "id", L,
      ["Drei Angebote einholen und Referenzen anrufen"],
      ["penawaran|tawaran", "referensi", "serah terima|delapan minggu|8 minggu"], "how"),

    # ---- forum-freelancer-atau-software-house.id (forum thread: freelancer or software house) ----
    q("Di mana kode program disimpan oleh freelancer yang dipakai yayasan madrasah Fajar?", "id", F,
      ["source code hanya tersimpan di laptop pribadinya"],
      ["laptop"], "fact"),
    q("Siapa yang selama ini mengurus komputer di pesantren tersebut?", "id", F,
      ["hanya satu guru yang biasa mengurus komputer di laboratorium"],
      ["guru"], "who"),
    q("Di tabel perbandingan Bu Nurul, apa isi baris tempat source code disimpan untuk software house?", "id", F,
      ["Tempat source code disimpan | laptop developer | repository atas nama klien"],
      ["repository"], "fact"),
    q("Keponakan bendahara kami membuatkan programnya cuma-cuma, dan kami mengira hasil karyanya begitu saja "
      "sah menjadi hak kami. Benarkah pendapat itu?", "id", F,
      ["Tanpa perjanjian tertulis, hak atas kode bisa diperdebatkan"],
      ["tidak|bukan", "perjanjian|tertulis"], "yesno"),
    q("Pada akhirnya tawaran mana yang dipilih pesantren, dan kapan pengerjaan MVP dimulai?", "id", F,
      ["Kami akhirnya memilih software house dengan tiga pasal"],
      ["software house", "1 April|satu April"], "fact"),
    q("Menurut thread ini, berapa lama serah terima ke guru laboratoruim sebaiknya berlangsung?", "id", F,
      ["minta serah terima selama 2 hari kepada guru laboratorium"],
      ["2 hari|dua hari"], "when"),
    q("Under the contract clauses suggested for the pondok pesantren, how many days before go-live are the "
      "admin guides due?", "en", F,
      ["paling lambat 14 hari sebelum go-live"],
      ["14|fourteen"], "count"),
    q("What does the second point of the moderator's summary say?", "en", F,
      ["Repository harus atas nama pesantren sejak hari pertama"],
      ["repository", "name|owned|belong", "first day|day one|from the start"], "fact"),
    q("Wie schnell muss laut Hendras Klauselvorschlag ein Fehler behoben werden, der die Abrechnung der "
      "Sumbangan Pembinaan Pendidikan lahmlegt?", "de", F,
      ["bug yang menghentikan penagihan SPP ditangani dalam 1 hari kerja"],
      ["1 Arbeitstag|einem Arbeitstag|ein Arbeitstag|einen Tag|1 Tag"], "when"),
    q("Warum ist ein Software House laut der akzeptierten Antwort teurer als ein Freelancer?", "de", F,
      ["sudah termasuk tester, project manager, dan pengganti"],
      ["Tester", "Projektmanager|Project Manager|Projektleiter", "Ersatz|einspring|vertret"], "why"),

    # ---- lowongan-manajer-transisi-layanan.id (job advert) ----
    q("Siapa atasan langsung manajer transisi yang dicari di lowongan ini?", "id", J,
      ["Melapor kepada: Direktur Layanan"],
      ["Direktur Layanan"], "who"),
    q("Hari wajib ngantor?", "id", J,
      ["Semarang, tiga hari seminggu di kantor"],
      ["tiga|3"], "fact"),
    q("Saya tertarik dengan pekerjaan ini tapi bingung harus mulai dari mana. Bagaimana cara saya mendaftar?",
      "id", J,
      ["Kirim CV dan surat lamaran dalam satu berkas PDF"],
      ["CV", "PDF|portal"], "how"),
    q("Kenapa periode perpindahan layanan dianggap begitu genting?", "id", J,
      ["Masa transisi adalah saat klien paling cemas"],
      ["cemas|khawatir"], "why"),
    q("Pengalaman memimpin transisi minimal?", "id", J,
      ["2 tahun memimpin proyek transisi atau onboarding"],
      ["2 tahun|dua tahun"], "fact"),
    q("Saya tinggal di Lombok dan baru sempat menyiapkan berkas lamaran pada akhir Mei karena masih harus "
      "menyelesaikan proyek migrasi di kantor lama saya. Apakah tanggal 31 Mei masih menjadi batas akhir "
      "pengiriman lamaran untuk posisi ini, atau sudah ada perubahan?", "id", J,
      ["Batas lamaran diperpanjang hingga 14 Juni 2025"],
      ["tidak|bukan", "14 Juni|empat belas Juni"], "yesno"),
    q("How many core tasks does the advert list for the role, KPI reporting included?", "en", J,
      ["Melaporkan Key Performance Indicator (KPI) transisi"],
      ["5|five"], "count"),
    q("Which qualification is welcome but not required for this job?", "en", J,
      ["sertifikasi manajemen proyek menjadi nilai tambah, tetapi bukan syarat"],
      ["project management", "certif"], "fact"),
    q("Was erwartet Bewerber im dritten Schritt des Auswahlverfahrens?", "de", J,
      ["menyusun rencana transisi untuk klien fiktif dalam 2 jam"],
      ["Fallstudie|Studie|Übergangsplan|Transitionsplan|Plan", "2 Stunden|zwei Stunden"], "fact"),
    q("Wie viele Urlaubstage im Jahr bietet die Firma?", "de", J,
      ["18 hari cuti per tahun"],
      ["18|achtzehn"], "count"),

    # ---- near-domain: no document answers these ----
    nd("How many pounds does Hollin pay Fernbrook for one engineer day?", "en", "pounds"),
    nd("Was the hydrology group's flood model written in Fortran?", "en", "Fortran"),
    nd("How much revenue do Brightwater's web shops bring in each year?", "en", "revenue"),
    nd("Does Harbourline also filter spam for Brightwater's staff e-mail?", "en", "spam"),
    nd("Wie hoch ist die Einrichtungsgebühr beim Wechsel zu einem Drittanbieter?", "de", "Einrichtungsgebühr"),
    nd("Wie viele Cyberangriffe gab es im vergangenen Jahr auf die Mitgliedskommunen des KIW?", "de",
       "Cyberangriff"),
    nd("Ist Drittanbieter-Support für Unternehmenssoftware auch in Spanien erlaubt?", "de", "Spanien"),
    nd("Übernimmt der KIW für seine Kommunen auch die Aktenarchivierung?", "de", "Aktenarchivierung"),
    nd("Berapa uang muka yang biasanya diminta software house sebelum mulai bekerja?", "id", "uang muka"),
    nd("Berapa rata-rata umur karyawan di PT Arunika?", "id", "umur"),
    nd("Bagaimana aturan kepemilikan kode aplikasi kalau vendornya berbadan hukum di Brunei?", "id", "Brunei"),
    nd("Apakah PT Arunika juga memasang kamera pengawas untuk kliennya?", "id", "kamera"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
