#!/usr/bin/python3
"""Holds the new-docs-3 questions as data and writes all.jsonl (run: /usr/bin/python3 build_all.py)."""
import json, os

T = "transition-knowledge-transfer.en"
Q = "test-outsourcing.en"
C = "colocation-rechenzentrum.de"
S = "managed-security-soc.de"
V = "outsourcing-vertrag.de"
A = "layanan-manajemen-aplikasi.id"
M = "cloud-terkelola-vs-hosting.id"

# (question, lang, doc, gold, answer_keys, kind)
ANS = [
 # --- transition-knowledge-transfer.en
 ("We are moving our service desk to a new vendor. Roughly how many months should we plan for the handover?", "en", T,
  ["usually moves in three to six months"], ["three to six|3 to 6|3-6|3–6"], "fact"),
 ("What stages does a properly run transition to a new provider pass through?", "en", T,
  ["Mobilisation and planning: both sides name their transition managers", "Parallel run: the new team works alongside the incumbent"],
  ["mobili|planning", "cutover|cut-over|stabili|hypercare"], "list"),
 ("How is reverse shadowing different from ordinary shadowing?", "en", T,
  ["In reverse shadowing the roles flip: the new team does the work"], ["watch|observ", "new team|incoming|provider"], "difference"),
 ("A bidder promises to take over our services much faster than everyone else. Why should that make us cautious?", "en", T,
  ["the time is usually saved on knowledge transfer"], ["knowledge transfer", "incident"], "why"),
 ("Is it a good idea to end the hypercare phase after a fixed number of days agreed in advance?", "en", T,
  ["Ending hypercare after a fixed number of days even though incident volumes"], ["incident|baseline|volume"], "yesno"),
 ("What does the term service credit holiday mean in an outsourcing contract?", "en", T,
  ["missed service levels are reported but do not yet trigger financial penalties"], ["penalt|financial|credit", "month"], "definition"),
 ("Wann sollte der Lenkungsausschuss die Umstellung auf den neuen Dienstleister verschieben?", "de", T,
  ["If the criteria are not met, the steering committee postpones the cutover"], ["Kriterien|criteria"], "when"),
 ("Wie viel Prozent der Tickets muss das neue Team beim Reverse Shadowing ohne Unterstützung schaffen, bevor übergeben wird?", "de", T,
  ["at least 90 per cent of tickets in reverse shadowing"], ["90", "zwei|2|two"], "fact"),
 ("Sebutkan tiga kesalahan yang sering terjadi selama masa transisi alih daya.", "id", T,
  ["Underestimating how much knowledge is undocumented, so that the transfer plan", "Losing key experts too early"],
  ["ahli|pakar|expert|dokumen|undocument|pengguna|user|hypercare|perubahan sistem|system change",
   "dokumen|undocument|pengguna|user|hypercare|insiden|incident|perubahan sistem|system change|komunikasi|communication"], "list"),
 ("Mengapa para ahli dari tim lama (SME) harus tetap tersedia sampai serah terima?", "id", T,
  ["who hold the tacit knowledge and must stay available until cutover"], ["pengetahuan|knowledge|tacit"], "why"),

 # --- test-outsourcing.en
 ("Which kinds of testing are commonly handed over to an external QA vendor?", "en", Q,
  ["Regression testing, where the same checks are repeated before each release", "Performance and load testing, which needs special tools"],
  ["regression", "automat|performance|load|mobile|device|locali|accessib"], "list"),
 ("Can we outsource user acceptance testing to the test provider too?", "en", Q,
  ["User acceptance testing (UAT) is the clear exception"], ["business"], "yesno"),
 ("What is the difference between a managed testing service and embedding external testers in our teams?", "en", Q,
  ["the provider takes responsibility for the whole test process", "individual testers join the client's teams"],
  ["process|responsib|outcome", "client|direction"], "difference"),
 ("What split between unit, integration and UI tests do test partners typically recommend?", "en", Q,
  ["a ratio of roughly 70, 20 and 10 per cent"], ["70", "20", "10"], "fact"),
 ("Why is it a warning sign if a vendor wants to automate mainly through the user interface?", "en", Q,
  ["such tests are slow to run and break with every change"], ["slow", "break|layout|change"], "why"),
 ("What does the metric defect leakage tell us?", "en", Q,
  ["the share of defects that are found only after release"], ["production|after release|after the release|post-release"], "definition"),
 ("In welche drei Rollen teilt sich das Advanced Level der ISTQB-Zertifizierung auf?", "de", Q,
  ["splits into Test Analyst, Technical Test Analyst and Test Manager"],
  ["Test Analyst|Testanalyst", "Technical Test Analyst|Technischer Testanalyst|technische", "Test Manager|Testmanager"], "list"),
 ("Warum ist es riskant, einem externen Testteam einfach eine Kopie der Produktivdaten zu geben?", "de", Q,
  ["production copies often contain personal data, so it must be masked"], ["personenbezogen|persönlich|personal"], "why"),
 ("Jenis pengujian apa yang sebaiknya dialihdayakan lebih dulu oleh perusahaan yang baru mencoba?", "id", Q,
  ["usually begin with regression testing of a stable application"], ["regresi|regression", "stabil"], "when"),
 ("Berapa tingkat kematangan yang ada dalam model TMMi?", "id", Q,
  ["which defines five maturity levels"], ["lima|5|five"], "fact"),

 # --- colocation-rechenzentrum.de
 ("Was genau mietet ein Unternehmen bei Colocation?", "de", C,
  ["mietet der Kunde Stellfläche in einem fremden Rechenzentrum"], ["Fläche|Platz|Rack", "eigene"], "definition"),
 ("Worin unterscheidet sich Colocation vom klassischen Hosting?", "de", C,
  ["Hosting, bei dem der Anbieter auch die Server stellt"], ["Server|Hardware", "Anbieter|Provider|Betreiber"], "difference"),
 ("Wie viele Höheneinheiten hat ein normales Serverrack?", "de", C,
  ["ein Standardrack hat 42 HE"], ["42"], "fact"),
 ("Welche Tier-Stufe sollte ein Rechenzentrum für geschäftskritische Anwendungen mindestens erreichen?", "de", C,
  ["Für geschäftskritische Systeme gilt Tier III"], ["Tier III|Tier 3|Verfügbarkeitsklasse 3"], "when"),
 ("Wie wird die Kennzahl PUE berechnet?", "de", C,
  ["das Verhältnis aus dem gesamten Energiebedarf des Rechenzentrums"], ["gesamt", "IT"], "definition"),
 ("Welche Leistungen bekommt man von einem Colocation-Anbieter rund um die eigenen Server? Nennen Sie drei.", "de", C,
  ["Redundante Stromversorgung mit unterbrechungsfreier Stromversorgung (USV)", "Physische Sicherheit mit Zutrittskontrolle, Videoüberwachung und Wachpersonal"],
  ["Strom|USV", "Kühl|Klima|Sicherheit|Zutritt|Stellfläche|Rack|Anbindung|Netz"], "list"),
 ("Why is Frankfurt the most important data-centre location in Germany?", "en", C,
  ["vor allem wegen des Internetknotens DE-CIX"], ["DE-CIX"], "why"),
 ("What are remote hands at a colocation provider?", "en", C,
  ["Mitarbeitende des Rechenzentrums tauschen auf Anweisung eine Festplatte"],
  ["staff|employee|technician|Mitarbeit|personnel", "disk|drive|Festplatte|cable|Kabel|restart|reboot|neu"], "definition"),
 ("Berapa daya listrik per rak yang dibutuhkan server dengan banyak GPU untuk aplikasi AI?", "id", C,
  ["benötigen dagegen 30 kW und mehr"], ["30 kW|30kW"], "fact"),
 ("Apakah colocation pilihan yang tepat kalau perusahaan terutama mencari kapasitas yang fleksibel?", "id", C,
  ["Wer vor allem flexible Kapazität sucht, ist in der Cloud"], ["cloud"], "yesno"),

 # --- managed-security-soc.de
 ("Wozu dient ein SIEM-System in einem Security Operations Center?", "de", S,
  ["das Protokolldaten aus Firewalls, Servern, Endgeräten und Cloud-Diensten zusammenführt"],
  ["Protokoll|Log", "Muster|verdächtig|korrel|zusammen|auswert"], "definition"),
 ("Welche Aufgaben haben die drei Analystenstufen in einem SOC?", "de", S,
  ["Level 1 sichtet eingehende Alarme (Triage)", "Level 3 übernimmt Threat Hunting"],
  ["Triage|sichtet|Alarm", "Threat Hunting|Forensik|forensisch"], "list"),
 ("Wie viele Vollzeitkräfte braucht man, um eine Stelle im SOC rund um die Uhr zu besetzen?", "de", S,
  ["rechnet man wegen Schichten, Urlaub und Krankheit mit fünf bis sechs Vollzeitkräften"], ["fünf|5", "sechs|6"], "fact"),
 ("Was unterscheidet einen klassischen MSSP von einem MDR-Anbieter?", "de", S,
  ["Ein MDR-Anbieter greift dagegen aktiv ein"], ["meldet|Meldung|Alarm", "aktiv|eingreif|isolier"], "difference"),
 ("Wie funktioniert ein hybrides SOC?", "de", S,
  ["Das interne Team arbeitet tagsüber, der Dienstleister übernimmt Nächte"], ["intern|tagsüber", "Nacht|Nächte|Wochenend"], "definition"),
 ("Warum produziert ein neuer SOC-Dienstleister in den ersten Monaten so viele Fehlalarme?", "de", S,
  ["kennt der Dienstleister die Besonderheiten der Umgebung zunächst nicht"], ["Umgebung|Besonderheit|kennt"], "why"),
 ("How many hours do we normally have to notify the data protection authority after a personal data breach?", "en", S,
  ["binnen 72 Stunden der Aufsichtsbehörde gemeldet werden"], ["72"], "fact"),
 ("Which performance indicators should we write into the contract with our SOC provider?", "en", S,
  ["Mean Time to Detect (MTTD): die durchschnittliche Zeit", "die Quote der Fehlalarme (False Positives)"],
  ["MTTD|detect", "MTTR|respond|false positive|Fehlalarm|15 minutes|15 Minuten|use case"], "list"),
 ("Berapa lama masa penyesuaian yang realistis setelah SOC dialihdayakan ke penyedia luar?", "id", S,
  ["Eine Einschwingphase von drei bis sechs Monaten ist realistisch"], ["tiga|3|drei", "enam|6|sechs"], "when"),
 ("Jika pemantauan keamanan sudah diserahkan ke SOC eksternal, apakah perusahaan masih memikul tanggung jawab atas keamanannya?", "id", S,
  ["Ein externes SOC nimmt dem Unternehmen nicht die Verantwortung"], ["tanggung jawab|Verantwortung|bertanggung"], "yesno"),

 # --- outsourcing-vertrag.de
 ("Was ist der Unterschied zwischen Dienstvertrag und Werkvertrag bei IT-Leistungen?", "de", V,
  ["Beim Dienstvertrag nach § 611 BGB schuldet der Anbieter eine Tätigkeit"], ["Tätigkeit", "Erfolg|Ergebnis"], "difference"),
 ("Auf welche Höhe wird die Haftung des Anbieters in solchen Verträgen meist gedeckelt?", "de", V,
  ["auf 100 bis 150 Prozent der jährlichen Vergütung"], ["100", "150"], "fact"),
 ("Welche Beispiele für einen wichtigen Kündigungsgrund sollte ein guter Vertrag aufführen? Nennen Sie drei.", "de", V,
  ["Insolvenz oder drohende Zahlungsunfähigkeit des Anbieters", "ein Kontrollwechsel (Change of Control), zum Beispiel die Übernahme"],
  ["Insolvenz|Zahlungsunfähig|Kontrollwechsel|Change of Control|Übernahme",
   "Service Level|Datenschutz|Vertraulichkeit|Kontrollwechsel|Change of Control|Insolvenz"], "list"),
 ("Was bedeutet Super-Cap in einem Outsourcing-Vertrag?", "de", V,
  ["eine gesonderte, höhere Obergrenze vereinbart"], ["Datenschutz|Vertraulichkeit", "höher|gesondert|separat"], "definition"),
 ("Ab wann darf der Kunde frühestens ein Benchmarking der Konditionen verlangen?", "de", V,
  ["meist frühestens 18 bis 24 Monate nach Vertragsbeginn"], ["18", "24"], "when"),
 ("Lässt sich das Recht zur fristlosen Kündigung aus wichtigem Grund im Vertrag ausschließen?", "de", V,
  ["kann vertraglich nicht ausgeschlossen werden"], ["nicht|nein|kein"], "yesno"),
 ("What does a step-in right let the customer do?", "en", V,
  ["die Leistung vorübergehend selbst zu erbringen oder einen Dritten damit zu beauftragen"],
  ["third|Dritte|another provider", "temporar|vorübergehend|itself|themselves|selbst|own"], "definition"),
 ("How long is an infrastructure outsourcing contract typically signed for?", "en", V,
  ["für drei bis fünf Jahre vereinbart"], ["three to five|3 to 5|3-5|3–5|drei bis fünf"], "fact"),
 ("Mengapa kontrak alih daya besar biasanya dibagi menjadi kontrak induk dan beberapa statement of work?", "id", V,
  ["So lassen sich später neue Leistungen ergänzen"], ["baru|neue|tambah"], "why"),
 ("Mengapa pelanggan harus memeriksa apakah kehilangan laba dan kehilangan data dikecualikan dari tanggung jawab penyedia?", "id", V,
  ["denn gerade diese Schäden sind bei einem IT-Ausfall oft die größten"], ["terbesar|paling besar|größten|besar"], "why"),

 # --- layanan-manajemen-aplikasi.id
 ("Apa bedanya layanan AMS dengan proyek pengembangan aplikasi?", "id", A,
  ["Berbeda dengan proyek pengembangan yang memiliki tanggal selesai"], ["berkelanjutan|terus|tidak ada tanggal|tanpa akhir"], "difference"),
 ("Sebutkan empat jenis pemeliharaan perangkat lunak yang dipakai untuk menyusun kontrak AMS.", "id", A,
  ["Korektif: memperbaiki kesalahan yang sudah ditemukan oleh pengguna"], ["korektif", "adaptif", "perfektif|preventif"], "list"),
 ("Di tingkat dukungan mana tim diizinkan mengubah kode program dan basis data?", "id", A,
  ["L3 adalah tim teknis yang boleh mengubah kode program"], ["L3"], "fact"),
 ("Mengapa pembayaran berdasarkan jumlah tiket kurang ideal untuk pelanggan?", "id", A,
  ["tidak mendorong penyedia untuk mengurangi jumlah gangguan"], ["mengurangi|menurunkan|turun|sedikit", "gangguan|insiden|tiket"], "why"),
 ("Berapa persen penurunan volume tiket per tahun yang sering dijadikan target dalam kontrak AMS?", "id", A,
  ["target penurunan volume tiket sebesar 10 sampai 15 persen"], ["10", "15"], "fact"),
 ("Kapan sesi serah terima pengetahuan dari tim proyek ke tim AMS sebaiknya direncanakan?", "id", A,
  ["sebaiknya dijadwalkan sejak awal, bukan pada minggu terakhir"], ["awal|sejak"], "when"),
 ("After a new application goes live, how long does the hypercare period usually last before the AMS team is on its own?", "en", A,
  ["masa hypercare selama empat sampai delapan minggu"], ["four to eight|4 to 8|4-8|4–8|empat sampai delapan"], "fact"),
 ("Which support levels typically stay with the internal service desk, and which go to the AMS provider?", "en", A,
  ["L1 tetap berada di service desk internal"], ["L1", "L2", "L3"], "fact"),
 ("Welche Kennzahlen sollte ein AMS-Anbieter monatlich berichten? Nennen Sie drei.", "de", A,
  ["waktu respons dan waktu penyelesaian per prioritas", "kepuasan pengguna berdasarkan survei singkat"],
  ["Reaktion|Antwort|Lösung|Bearbeitung|respons|penyelesaian|Backlog|first time right|wiederkehrend|berulang|Zufriedenheit|kepuasan",
   "Backlog|first time right|Zufriedenheit|kepuasan|wiederkehrend|berulang|offen"], "list"),
 ("Warum ist ein ergebnisbasiertes Vergütungsmodell bei AMS schwer umzusetzen?", "de", A,
  ["menuntut data dasar (baseline) yang andal"], ["Baseline|Basisdaten|Ausgangsdaten|Ausgangswert|data dasar"], "why"),

 # --- cloud-terkelola-vs-hosting.id
 ("Sebutkan tiga jenis hosting tradisional yang umum ditawarkan.", "id", M,
  ["Shared hosting: banyak situs web berbagi satu server", "Dedicated server: pelanggan menyewa satu server fisik utuh"],
  ["shared", "VPS|virtual private", "dedicated"], "list"),
 ("Apa perbedaan VPS dan dedicated server?", "id", M,
  ["satu server fisik dibagi menjadi beberapa mesin virtual"], ["virtual", "fisik|utuh"], "difference"),
 ("Apa yang dimaksud dengan managed cloud?", "id", M,
  ["operasional hariannya ditangani oleh penyedia layanan terkelola"], ["cloud publik|AWS|Azure|Google|Amazon", "penyedia|dikelola|terkelola"], "definition"),
 ("Tahun berapa AWS mulai mengoperasikan region di Jakarta?", "id", M,
  ["region Asia Pacific (Jakarta) pada Desember 2021"], ["2021"], "fact"),
 ("Apakah instansi pemerintah boleh menaruh data sistem elektroniknya di server luar negeri?", "id", M,
  ["PP 71 Tahun 2019 mewajibkan penyelenggara sistem elektronik lingkup publik"], ["71", "Indonesia|dalam negeri"], "yesno"),
 ("Mengapa memindahkan aplikasi apa adanya ke cloud jarang membuat biaya turun banyak?", "id", M,
  ["aplikasi tidak memanfaatkan elastisitas cloud"], ["elastis"], "why"),
 ("What are the six migration options of the 6R approach?", "en", M,
  ["Banyak penyedia memakai kerangka 6R untuk memilah portofolio aplikasi"], ["rehost", "refactor", "retire|retain|repurchase|replatform"], "list"),
 ("Why can it become expensive to leave a cloud platform later on?", "en", M,
  ["mengenakan biaya untuk transfer data keluar (egress)"], ["egress|data transfer|transferring data|outbound"], "why"),
 ("Wann ist klassisches Hosting noch die bessere Wahl als Managed Cloud?", "de", M,
  ["untuk beban kerja yang stabil dan mudah diprediksi"], ["stabil|vorhersehbar|gleichmäßig|konstant"], "when"),
 ("Welche Aufgaben übernimmt ein Managed-Cloud-Anbieter typischerweise?", "de", M,
  ["pemantauan 24 jam, penerapan patch sistem operasi, pencadangan dan pemulihan"],
  ["Überwach|Monitoring|pemantauan", "Patch|Backup|Sicherung|FinOps|Kosten|Wiederherstell"], "list"),
]

NEAR = [
 ("How many testers does a typical offshore QA centre in Vietnam employ?", "en", "Vietnam"),
 ("Does the TUPE regulation apply when our service desk staff move to the new provider during the transition?", "en", "TUPE"),
 ("How many data centres does Equinix operate in the Frankfurt area?", "en", "Equinix"),
 ("Should the analysts of our outsourced SOC hold the OSCP certification?", "en", "OSCP"),
 ("Is it usual to pay the old team's experts a retention bonus so they stay until the cutover?", "en", "retention bonus"),
 ("Wie kann ein Colocation-Rechenzentrum seine Abwärme an ein Fernwärmenetz abgeben?", "de", "Abwärme"),
 ("Wie hoch darf eine Vertragsstrafe bei verfehlten Service Levels im Outsourcing-Vertrag sein?", "de", "Vertragsstrafe"),
 ("Was passiert mit den Arbeitsverträgen der Mitarbeitenden bei einem Betriebsübergang zum Outsourcing-Anbieter?", "de", "Betriebsübergang"),
 ("Wie oft sollte unser SOC-Dienstleister einen Penetrationstest unserer Systeme durchführen?", "de", "Penetrationstest"),
 ("Sollten wir den Quellcode bei einer Hinterlegungsstelle deponieren, falls der AMS-Anbieter insolvent wird?", "de", "Hinterlegung"),
 ("Berapa jumlah karyawan penyedia AMS terbesar di Yogyakarta?", "id", "Yogyakarta"),
 ("Apakah penyedia AMS boleh menagih biaya lembur untuk tiket yang dikerjakan pada akhir pekan?", "id", "lembur"),
 ("Apakah platform low-code dapat mengurangi kebutuhan akan layanan AMS?", "id", "low-code"),
 ("Bagaimana perlakuan pajak atas tagihan managed cloud yang dibayarkan ke penyedia di luar negeri?", "id", "pajak"),
]

def rows():
    for q, lang, doc, gold, keys, kind in ANS:
        yield {"question": q, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
               "answerable": True, "kind": kind}
    for q, lang, unc in NEAR:
        yield {"question": q, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
               "answerable": False, "kind": "near-domain", "uncovered": unc}

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(ANS) + len(NEAR), "rows")
