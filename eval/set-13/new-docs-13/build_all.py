#!/usr/bin/python3
"""Write all.jsonl for new-docs-13 (questions on the six documents in docs/).

Usage: /usr/bin/python3 build_all.py        (then ../split.py new-docs-13)

Test data, not knowledge: do not copy these documents or their words into corpus/.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CERT = "managed-certificate-lifecycle.en"
BIM = "bim-modelling-outsourcing.en"
FORD = "forderungsmanagement-auslagern.de"
SIGN = "digital-signage-managed-service.de"
GAME = "alih-daya-aset-game.id"
ATM = "layanan-atm-terkelola.id"

ROWS = []


def q(question, lang, doc, gold, keys, kind):
    ROWS.append({"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                 "answerable": True, "kind": kind})


def u(question, lang, uncovered):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "near-domain", "uncovered": uncovered})


# --- managed-certificate-lifecycle.en (long document, table of contents) --------------------------
q("From which year on may a public TLS certificate be valid for no more than 100 days?", "en", CERT,
  ["| 15 March 2027 | 100 days | about 4 |"], ["2027"], "when")
q("When a provider runs its first discovery scan, how many more certificates than on our own list does it typically find?",
  "en", CERT, ["30 to 40 percent more certificates than the client's own list"], ["30|thirty", "40|forty"], "fact")
q("What is the third step in getting a managed certificate service started?", "en", CERT,
  ["Agree on the policy for permitted authorities, key lengths and lifetimes"], ["polic", "key length|lifetime|authorit"], "fact")
q("Why does the article want our CA accounts registered to us rather than to the provider?", "en", CERT,
  ["so that someone else can renew certificates the very next day"], ["renew", "next day|someone else"], "why")
q("If a team installs a certificate without going through the request process, is it protected by the provider's no-outage promise?",
  "en", CERT, ["only covers certificates that are in the inventory"], ["no|not", "inventory|registered"], "yesno")
q("What is OCSP used for?", "en", CERT,
  ["used to ask an authority whether a certificate has been revoked"], ["revoked|revocation"], "definition")
q("Was ist der vierte Schritt, wenn man einen verwalteten Zertifikatsdienst einführt?", "de", CERT,
  ["Automate renewal for the most critical systems first"], ["automati", "kritisch|wichtigst"], "fact")
q("Wer gibt beim Kunden ein neues öffentliches Zertifikat frei, bevor der Dienstleister es bestellt?", "de", CERT,
  ["Network team approves each new public certificate before the provider orders it"],
  ["Security|Sicherheit", "Network|Netzwerk"], "fact")
q("Berapa lama biasanya seluruh tahapan awal layanan sertifikat terkelola berlangsung?", "id", CERT,
  ["the whole sequence usually takes eight to twelve weeks"], ["8|eight|delapan", "12|twelve|dua belas"], "when")
q("Menurut kepala infrastruktur yang dikutip, berapa banyak sertifikat yang ditemukan oleh pemindaian?", "id", CERT,
  ["We had 1,900 certificates on our list and the scan found 2,600"], ["2.600|2,600|2600"], "fact")

# --- bim-modelling-outsourcing.en -----------------------------------------------------------------
q("Which kinds of BIM work do design firms typically hand to a provider?", "en", BIM,
  ["converting 2D drawings and sketches into 3D models",
   "clash detection between architectural, structural and building-services models"],
  ["3D|model", "clash|scan"], "list")
q("Why has scan-to-BIM grown faster than the other outsourced packages?", "en", BIM,
  ["refurbishment projects need an accurate model of a building"], ["refurbish|existing", "accurate|drawn by hand"], "why")
q("At which level of development does a model element also show how it connects to other systems?", "en", BIM,
  ["| 350 | as LOD 300, plus connections to other systems"], ["350"], "fact")
q("On which weekday does the client's coordinator look at the model version the provider has uploaded?", "en", BIM,
  ["the client's coordinator reviews it on Monday"], ["Monday"], "when")
q("How did the weekly number of clashes in the interviewed firm change between its first project and half a year later?",
  "en", BIM, ["In the first project there were about 400 per week", "after six months it was fewer than 50"],
  ["400|four hundred", "50|fifty"], "difference")
q("If the provider works in a newer version of our modelling software than we do, can we still open its files?", "en", BIM,
  ["files saved in a newer release cannot be opened"], ["no|not", "version|release"], "yesno")
q("Was versteht der Leitfaden unter dem Level of Development?", "de", BIM,
  ["describes how complete and trustworthy the elements of a model are"],
  ["vollständig|Vollständigkeit", "verlässlich|zuverlässig|vertrauenswürdig|belastbar"], "definition")
q("Womit sollte man laut den wichtigsten Punkten beginnen, bevor die ganze Modellierung vergeben wird?", "de", BIM,
  ["Start with a pilot of one floor or one building section"],
  ["Pilot", "Geschoss|Etage|Stockwerk|Gebäudeabschnitt|Abschnitt"], "fact")
q("Apa langkah ketiga dalam proyek BIM bersama penyedia menurut panduan ini?", "id", BIM,
  ["Both sides fix naming rules, templates and the exchange format"], ["penamaan|nama", "format|templat"], "fact")
q("Mengapa perusahaan konsultan teknik yang diwawancarai mulai mengalihdayakan pemodelan?", "id", BIM,
  ["Hiring enough modellers would have taken months"], ["rumah sakit|tiga proyek", "bulan|lama"], "why")

# --- forderungsmanagement-auslagern.de ------------------------------------------------------------
q("Was ist die dritte Stufe im üblichen Mahnablauf eines Dienstleisters?", "de", FORD,
  ["zweite Mahnung mit Hinweis auf Verzugszinsen"], ["zweite Mahnung", "Verzugszinsen|Zinsen"], "fact")
q("Worin unterscheidet sich Factoring von einem ausgelagerten Forderungsmanagement?", "de", FORD,
  ["Beim Factoring kauft ein Finanzdienstleister die Forderung und trägt das Ausfallrisiko",
   "bleibt die Forderung dagegen beim Unternehmen"], ["kauft|Kauf|verkauf", "Ausfallrisiko|Risiko", "bleibt"], "difference")
q("Kann unsere eigene Buchhaltung auch selbst Inkasso betreiben?", "de", FORD,
  ["| kann selbst Inkasso betreiben | Nein | Ja |"], ["nein|nicht|kein", "Dienstleister"], "yesno")
q("Warum braucht man mit dem Dienstleister einen Vertrag zur Auftragsverarbeitung?", "de", FORD,
  ["Weil der Dienstleister personenbezogene Daten verarbeitet"], ["personenbezogen"], "why")
q("Ab welchem Zeitpunkt läuft die dreijährige Verjährungsfrist?", "de", FORD,
  ["beginnt am Ende des Jahres, in dem die Forderung entstanden"], ["Ende des Jahres|Jahresende"], "when")
q("Auf welchen Wert sank die Forderungslaufzeit beim Maschinenbauer aus Süddeutschland?", "de", FORD,
  ["innerhalb eines Jahres von 58 auf 41 Tage"], ["41|einundvierzig"], "fact")
q("Where can we check that a German debt collection firm is properly registered?", "en", FORD,
  ["lässt sich online im Rechtsdienstleistungsregister prüfen"],
  ["Rechtsdienstleistungsregister|legal services register|register of legal services"], "fact")
q("According to the finance manager quoted, what share of customers now pays before the first dunning letter?", "en", FORD,
  ["zahlen zwei Drittel unserer Kunden schon vor der ersten Mahnung"], ["two thirds|two-thirds|2/3"], "fact")
q("Berapa persen kasus yang biasanya sudah diselesaikan penyedia yang baik sebelum diserahkan ke penagihan oleh agen?",
  "id", FORD, ["Gute Dienstleister klären rund 80 Prozent aller Fälle schon im Mahnverfahren"],
  ["80|delapan puluh|achtzig"], "fact")
q("Apa saja model pembayaran yang lazim untuk penyedia jasa penagihan piutang?", "id", FORD,
  ["Üblich sind eine Pauschale je Vorgang oder eine Erfolgsprovision"],
  ["per kasus|per perkara|tetap|Pauschale|borongan", "provisi|komisi|persentase|keberhasilan"], "list")

# --- digital-signage-managed-service.de -----------------------------------------------------------
q("Wie schnell tauscht der Anbieter ein defektes Display aus?", "de", SIGN,
  ["Austausch defekter Geräte innerhalb von zwei Werktagen"], ["zwei Werktag|2 Werktag"], "when")
q("Was passiert im zweiten Schritt des Rollouts?", "de", SIGN,
  ["läuft das System vier Wochen lang im Echtbetrieb"], ["Pilot|Filiale", "vier Wochen|4 Wochen"], "fact")
q("Welche Leuchtdichte braucht ein Bildschirm im Schaufenster?", "de", SIGN,
  ["| Schaufenster | ab 2.500 cd/m² |"], ["2.500|2500|2 500"], "fact")
q("Was unterscheidet Profi-Displays von Geräten aus dem Elektromarkt, wenn sie ständig laufen?", "de", SIGN,
  ["auf eine Lebensdauer von rund 50.000 Betriebsstunden ausgelegt", "meist nur für etwa acht Stunden am Tag vorgesehen"],
  ["50.000|50000|50 000|fünfzigtausend", "acht Stunden|8 Stunden"], "difference")
q("Welche technische Frage zu den Playern gehört vor der Ausschreibung auf die Checkliste?", "de", SIGN,
  ["Zuständigkeit für die Netzwerkanbindung der Player"], ["Netzwerk|Netz"], "fact")
q("Ist der Vertrag verletzt, wenn ein einzelner Bildschirm einen ganzen Tag dunkel bleibt?", "de", SIGN,
  ["der Vertrag ist dadurch nicht verletzt"], ["nein|nicht|kein", "alle Player|allen Playern|insgesamt|gesamt"], "yesno")
q("Which three areas does a complete digital signage package cover?", "en", SIGN,
  ["Ein vollständiges Paket deckt drei Bereiche ab"], ["hardware", "operation|running|monitor", "content"], "list")
q("Does the hardware-and-installation module usually include getting rid of the old screens?", "en", SIGN,
  ["umfasst bei den meisten Anbietern auch die fachgerechte Entsorgung der Altgeräte"],
  ["yes|most", "dispos|recycl|old device|old screen|old equipment"], "yesno")
q("Berapa lama kontrak layanan digital signage biasanya berlaku?", "id", SIGN,
  ["Die Verträge laufen in der Regel 36 oder 60 Monate"], ["36|tiga puluh enam", "60|enam puluh"], "when")
q("Apa langkah ketiga yang dilakukan ketika sebuah layar di toko mati?", "id", SIGN,
  ["Die Filiale prüft telefonisch angeleitet Kabel und Schalter"], ["kabel", "sakelar|saklar|tombol|Schalter"], "fact")

# --- alih-daya-aset-game.id -----------------------------------------------------------------------
q("Pekerjaan 3D apa saja yang bisa diserahkan kepada studio mitra?", "id", GAME,
  ["model karakter, properti, dan lingkungan", "tekstur dan rigging untuk karakter yang akan dianimasikan"],
  ["model", "tekstur|rigging"], "list")
q("Apa langkah keempat dalam alur kerja dengan studio mitra?", "id", GAME,
  ["Produksi berjalan per milestone dengan tinjauan setiap minggu"], ["milestone", "minggu"], "fact")
q("Berapa lama biasanya sebuah art test dikerjakan oleh mitra?", "id", GAME,
  ["Art test biasanya selesai dalam tiga sampai lima hari kerja"], ["tiga|3", "lima|5"], "when")
q("Bisakah tim art internal kami bertambah puluhan orang hanya dalam satu bulan?", "id", GAME,
  ["| Bisa menambah puluhan artis dalam sebulan | Tidak | Ya |"], ["tidak|bukan", "mitra"], "yesno")
q("Kapan mitra boleh menampilkan aset kami di portofolionya?", "id", GAME,
  ["baru boleh memajang aset di portofolio setelah game dirilis"], ["dirilis|rilis", "izin"], "when")
q("Apa yang dimaksud dengan rigging dalam kontrak art?", "id", GAME,
  ["pemasangan kerangka tulang digital pada model 3D agar dapat dianimasikan"], ["kerangka|tulang", "animasi|dianimasikan"],
  "definition")
q("Why does the art director quoted in the article value a small paid art test?", "en", GAME,
  ["menyelamatkan kami dari kontrak tiga bulan dengan studio yang gayanya"],
  ["three-month|three month|3-month|3 month", "style"], "why")
q("What has to be approved before the 3D modelling of a character can begin?", "en", GAME,
  ["Tampak depan, samping, dan belakang karakter harus disetujui"], ["front", "side|back"], "fact")
q("Welches indonesische Gesetz regelt das Urheberrecht an den Spiel-Assets, und aus welchem Jahr stammt es?", "de", GAME,
  ["Undang-Undang Nomor 28 Tahun 2014 tentang Hak Cipta"], ["28|achtundzwanzig", "2014"], "fact")
q("Muss die Übertragung des Urheberrechts an den Assets schriftlich festgehalten werden?", "de", GAME,
  ["Pengalihan hak cipta atas aset harus dibuat secara tertulis"], ["ja", "schriftlich|Schriftform"], "yesno")

# --- layanan-atm-terkelola.id (short document) ----------------------------------------------------
q("Berapa target ketersediaan mesin yang biasanya dicantumkan dalam kontrak ATM terkelola?", "id", ATM,
  ["Kontrak biasanya menargetkan ketersediaan mesin minimal 98 persen per bulan"],
  ["98|sembilan puluh delapan"], "fact")
q("Apa perbedaan pekerjaan FLM dan SLM?", "id", ATM,
  ["kertas struk habis, kartu tertelan, uang macet", "penggantian modul pembaca kartu atau dispenser"],
  ["struk|kartu tertelan|macet", "modul|penggantian"], "difference")
q("Apa langkah kedua dalam peralihan operasional ATM ke penyedia?", "id", ATM,
  ["Uji coba di satu wilayah selama dua bulan"], ["uji coba", "dua bulan|2 bulan"], "fact")
q("Perlukah kontrak ATM terkelola mengatur apakah bank boleh memeriksa penyedianya?", "id", ATM,
  ["Hak bank untuk mengaudit penyedia"], ["ya|perlu", "audit"], "yesno")
q("Siapa yang harus menanggung kalau jumlah uang di kaset tidak cocok setelah pengisian?", "id", ATM,
  ["menjadi tanggung jawab pihak yang mengisi kaset"], ["mengisi|pengisi"], "fact")
q("Siapa yang sebaiknya memegang kombinasi brankas mesin ATM?", "id", ATM,
  ["Kombinasi brankas mesin sebaiknya tetap dikendalikan bank"], ["bank"], "fact")
q("How quickly should a first-line maintenance job on an ATM be handled?", "en", ATM,
  ["2 sampai 4 jam"], ["2|two", "4 hours|four hours|4 h"], "when")
q("What does a managed ATM service package usually include?", "en", ATM,
  ["pemantauan status mesin selama 24 jam", "pengisian uang tunai bersama perusahaan pembawa uang"],
  ["monitor", "cash|refill|replenish"], "list")
q("Welche Frage zur Befüllung der Geldautomaten sollte vor Vertragsabschluss geregelt sein?", "de", ATM,
  ["Jadwal pengisian pada akhir pekan dan akhir bulan"], ["Wochenende", "Monatsende|Ende des Monats"], "fact")
q("Kümmern sich die Anbieter auch darum, neue Aufstellorte für Geldautomaten zu finden?", "de", ATM,
  ["banyak penyedia juga mencari lokasi baru dan bernegosiasi"], ["ja", "Eigentümer|Vermieter|verhandel"], "yesno")

# --- near-domain questions: none of the documents answers them --------------------------------------
u("Will the managed certificate provider migrate our keys to post-quantum algorithms, and by when?", "en", "post-quantum")
u("Does the guide recommend DigiCert as the public authority to pair with a managed certificate service?", "en", "DigiCert")
u("Can an outsourced BIM team also model the rebar inside our concrete slabs and walls?", "en", "rebar")
u("Which Navisworks settings does the guide suggest the provider use for its clash detection runs?", "en", "Navisworks")
u("Darf der Inkassodienstleister säumigen Kunden von sich aus eine Ratenzahlung anbieten?", "de", "Ratenzahlung")
u("Empfiehlt der Ratgeber Creditreform als Partner für das ausgelagerte Mahnwesen?", "de", "Creditreform")
u("Betreut der Signage-Dienstleister auch Touchscreens, an denen Kunden selbst im Sortiment suchen?", "de", "Touchscreen")
u("Setzt der Anbieter für die Schaufenster auf Samsung-Displays oder auf andere Hersteller?", "de", "Samsung")
u("Apakah studio mitra juga bisa membuat musik latar untuk setiap level game kami?", "id", "musik")
u("Apakah studio mitra wajib mengimpor aset langsung ke proyek Unreal Engine milik kami?", "id", "Unreal Engine")
u("Apakah penyedia ATM terkelola rutin memeriksa mesin dari alat skimming?", "id", "skimming")
u("Apakah artikel menyarankan bank memakai mesin Diebold Nixdorf untuk layanan ATM terkelola?", "id", "Diebold Nixdorf")


if __name__ == "__main__":
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to all.jsonl")
