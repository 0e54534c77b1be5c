#!/usr/bin/python3
"""Write new-docs-8/all.jsonl from the questions held here as data.

Usage: /usr/bin/python3 eval/set-8/new-docs-8/build_all.py

Each answerable row: question, lang, doc, gold (1-2 verbatim substrings of the answering
paragraph / list with lead-in / table), answer_keys (1-3 keys, '|' separates alternatives),
answerable, kind. Unanswerable rows: doc "", gold [], answer_keys [], kind "near-domain",
uncovered (the key term that no document mentions).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def q(question, lang, doc, gold, keys, kind):
    return {"question": question, "lang": lang, "doc": doc, "gold": gold,
            "answer_keys": keys, "answerable": True, "kind": kind}


def nd(question, lang, uncovered):
    return {"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
            "answerable": False, "kind": "near-domain", "uncovered": uncovered}


SIAM = "siam-service-integration.en"
PILOT = "pilot-before-outsourcing.en"
BACK = "backsourcing-rueckverlagerung.de"
DAAS = "device-as-a-service.de"
RPO = "rpo-rekrutmen-talenta-ti.id"
MOB = "alih-daya-aplikasi-mobile.id"

ROWS = [
    # --- siam-service-integration.en (en 6, de 2, id 2)
    q("What exactly is the job of the service integrator when a company works with many IT suppliers?",
      "en", SIAM, ["takes end-to-end responsibility for coordinating all providers"],
      ["coordinat", "end-to-end|end to end|joined-up|one service|single"], "definition"),
    q("Under what circumstances is it worth setting up SIAM?",
      "en", SIAM, ["SIAM usually pays off when these conditions come together"],
      ["three|four|3|4", "boundar|cross|between providers", "swap|replace|switch|change"], "when"),
    q("Which integrator option brings in proven methods and tooling from outside the company?",
      "en", SIAM, ["a specialist third party | brings tested methods and tools"],
      ["external|specialist|third party|third-party"], "fact"),
    q("Which layer keeps hold of enterprise architecture and has the last word on risk?",
      "en", SIAM, ["It also keeps enterprise architecture and the final say on risk"],
      ["customer"], "fact"),
    q("Which processes have to run across every supplier in a SIAM setup?",
      "en", SIAM, ["incident management for problems that span more than one tower"],
      ["incident", "problem|change|release", "service level|knowledge|reporting"], "list"),
    q("How do the strategic and the tactical board differ in how often they meet?",
      "en", SIAM, ["A strategic board meets every quarter with senior managers",
                   "A tactical board meets monthly to review performance"],
      ["quarter", "month"], "difference"),
    q("Wie viel Zeit muss man für die komplette Einführung von SIAM ungefähr einplanen?",
      "de", SIAM, ["A full introduction usually takes between 12 and 24 months"],
      ["12", "24", "Monat|month"], "when"),
    q("Warum gilt es als heikel, einen der liefernden Dienstleister zugleich zum Integrator zu machen?",
      "de", SIAM, ["since the integrator then has to judge itself"],
      ["selbst|itself|Interessenkonflikt|conflict of interest|eigene"], "why"),
    q("Apakah perjanjian kolaborasi antarpenyedia menggantikan kontrak masing-masing penyedia?",
      "id", SIAM, ["It does not replace the contracts, but it turns cooperation"],
      ["tidak|bukan", "berdampingan|di samping|selain|melengkapi|tambahan|alongside|kewajiban|duty"], "yesno"),
    q("Dalam SIAM, atas dasar apa integrator layanan menilai kinerja para penyedia?",
      "id", SIAM, ["it judges performance by the outcome for users"],
      ["pengguna|user", "hasil|dampak|outcome"], "fact"),

    # --- pilot-before-outsourcing.en (en 6, de 2, id 2)
    q("What do people mean by a pilot when they are about to outsource part of their IT?",
      "en", PILOT, ["a small, time-boxed piece of real work handed to the preferred provider"],
      ["small|limited|time-boxed", "before|ahead|prior"], "definition"),
    q("Is it worth running a pilot when we outsource something standard like public cloud hosting?",
      "en", PILOT, ["where many references exist and switching is cheap"],
      ["not|no", "reference|switch"], "yesno"),
    q("Roughly what share of the eventual workload should the pilot cover?",
      "en", PILOT, ["representing about 5 to 10 percent of the future volume"],
      ["5", "10"], "fact"),
    q("Why should a pilot not be cut shorter than about eight weeks?",
      "en", PILOT, ["Shorter pilots end before the provider's team has settled in"],
      ["settle|not yet|too early|too soon|before"], "why"),
    q("If the pilot goes badly, by when does the provider have to give back documents and access?",
      "en", PILOT, ["within an agreed period, typically ten working days"],
      ["ten|10", "working day|business day"], "when"),
    q("What measures do companies typically use to decide whether a pilot went well?",
      "en", PILOT, ["share of tickets solved within the agreed service level"],
      ["ticket", "documentation|key user|feedback|mistake|questionnaire"], "list"),
    q("Kann ein Anbieter den großen Auftrag trotz Pilotprojekt noch verlieren?",
      "de", PILOT, ["A pilot is a test, not a promise."],
      ["ja", "Test|Versprechen|Zusage|Garantie|ander"], "yesno"),
    q("Wer fällt am Ende des Pilotprojekts die Entscheidung über Go oder No-Go?",
      "de", PILOT, ["The pilot sponsor, usually the head of the IT area concerned"],
      ["Sponsor", "Leiter|Leitung|head|Chef"], "fact"),
    q("Mengapa sebaiknya pelanggan membayar pilot alih-alih menerima pilot gratis?",
      "id", PILOT, ["A paid pilot gives the customer the right to set the rules"],
      ["aturan|rule", "kualitas|mutu|terbaik|quality|best|hilang|disappear"], "why"),
    q("Berapa lama fase ketika penyedia menjalankan pekerjaan sendirian selama pilot?",
      "id", PILOT, ["Steady operation (four to six weeks): the provider runs the work alone"],
      ["empat|4", "enam|6", "minggu|week"], "when"),

    # --- backsourcing-rueckverlagerung.de (de 6, en 2, id 2)
    q("Was unterscheidet das Zurückholen ausgelagerter Aufgaben von einem reinen Wechsel zu einem anderen Anbieter?",
      "de", BACK, ["Beim Wechsel bleibt die Leistung ausgelagert, nur der Vertragspartner ändert sich."],
      ["ausgelagert|extern", "selbst|eigen|intern"], "difference"),
    q("Aus welchen Gründen holen Firmen ausgelagerte IT typischerweise zurück?",
      "de", BACK, ["die Qualität der Leistung ist dauerhaft unter den Erwartungen geblieben"],
      ["Einsparung|Kosten|teuer", "Qualität", "Wissen|Kern|Fusion|Strategie|Geschäftsführung"], "list"),
    q("Wie lange laufen das alte und das neue Team beim Übergang gewöhnlich parallel?",
      "de", BACK, ["Parallelbetrieb von meist drei bis sechs Monaten"],
      ["drei|3", "sechs|6", "Monat"], "when"),
    q("Wieso verkürzt man den doppelten Betrieb kaum, obwohl er viel kostet?",
      "de", BACK, ["die einzige Phase, in der Fehler noch ohne Folgen"],
      ["Fehler", "Folgen|Anwender|Nutzer|Auswirkung"], "why"),
    q("Welche gesetzliche Vorschrift kann greifen, wenn Beschäftigte des Dienstleisters mit ihren Aufgaben zu uns wechseln?",
      "de", BACK, ["kann § 613a BGB greifen"],
      ["613a"], "fact"),
    q("Spart ein Unternehmen mit Backsourcing zwangsläufig Geld?",
      "de", BACK, ["Nicht automatisch. Die laufenden Kosten können sinken"],
      ["nicht|nein", "Marge|Projektkosten|Parallelbetrieb|einmalig|Personalsuche|zwei bis drei"], "yesno"),
    q("What does selective backsourcing mean?",
      "en", BACK, ["Beim selektiven Backsourcing werden nur einzelne Teile zurückgeholt"],
      ["only|some|certain|individual|specific|part", "routine|stay|remain|architect|provider"], "definition"),
    q("How long does it usually take to hire experienced IT specialists when bringing work back in-house?",
      "en", BACK, ["dauert erfahrungsgemäß sechs bis neun Monate"],
      ["six|6", "nine|9"], "when"),
    q("Siapa yang sebaiknya memimpin proyek backsourcing?",
      "id", BACK, ["Bewährt hat sich ein Tandem: eine Projektleitung aus der IT"],
      ["TI|IT", "pengadaan|pembelian|kontrak|Einkauf|Vertragsmanagement"], "fact"),
    q("Kapan proyek backsourcing bisa dianggap benar-benar selesai?",
      "id", BACK, ["erst nach etwa sechs Monaten stabilen Betriebs"],
      ["enam|6", "stabil"], "when"),

    # --- device-as-a-service.de (de 6, en 2, id 2)
    q("Was versteht man eigentlich unter Device as a Service?",
      "de", DAAS, ["erhält dafür nicht nur die Hardware, sondern auch die Leistungen"],
      ["Gebühr|monatlich|pro Gerät|pro Nutzer", "Lebenszyklus|Leistungen|Service|Dienstleistung"], "definition"),
    q("Wer ist Eigentümer der Geräte bei DaaS und wer beim Leasing?",
      "de", DAAS, ["| Eigentum | Unternehmen | Leasinggeber | Anbieter |"],
      ["Anbieter", "Leasinggeber|Leasinggesellschaft"], "difference"),
    q("Welche Vertragsdauer ist bei Diensthandys im DaaS-Modell üblich?",
      "de", DAAS, ["Die meisten Verträge laufen 36 Monate, bei Smartphones oft 24"],
      ["24"], "when"),
    q("Was sollte man mit dem DaaS-Anbieter klären, bevor man unterschreibt?",
      "de", DAAS, ["Vor der Unterschrift sollten diese Punkte geklärt sein"],
      ["Flexib|zusätzlich", "Schäden|Abnutzung|Datenlöschung|Löschung",
       "Vertragsende|Restwert|Service-Level|Versand"], "list"),
    q("Ist DaaS auf lange Sicht immer günstiger, als die Geräte zu kaufen?",
      "de", DAAS, ["meist teurer als ein Kauf, wenn das Unternehmen Geräte sehr lange nutzt"],
      ["nein|nicht", "teurer"], "yesno"),
    q("Warum kann ein Wechsel des DaaS-Anbieters nach Vertragsende mühsam werden?",
      "de", DAAS, ["Ist das Firmen-Image auf die Werkzeuge eines Anbieters zugeschnitten"],
      ["Image", "Werkzeug|zugeschnitten|Abhängig|Tools"], "why"),
    q("Under device as a service, who takes care of disposing of the old devices?",
      "en", DAAS, ["| Entsorgung | selbst organisieren | Leasinggeber | Anbieter mit Löschnachweis |"],
      ["provider|vendor|Anbieter|supplier",
       "proof|certificate|record|evidence|Löschnachweis|deletion|erasure|wip"], "fact"),
    q("When is device as a service a poor fit for a company?",
      "en", DAAS, ["Folgende Punkte sprechen eher dagegen"],
      ["five years|5 years|long", "special|fluctuat|headcount|leave|storage|drive|disk|data carrier"], "list"),
    q("Biasanya berapa perangkat minimal yang diminta penyedia DaaS dalam satu kontrak?",
      "id", DAAS, ["typischerweise ab 50 Geräten"],
      ["50"], "fact"),
    q("Mengapa DaaS bisa membantu mengurangi risiko keamanan dari perangkat lama?",
      "id", DAAS, ["keine veralteten Geräte mit fehlenden Sicherheitsupdates im Umlauf bleiben"],
      ["pembaruan|update|patch", "ganti|tukar|rutin|berkala|usang|lama|tua"], "why"),

    # --- rpo-rekrutmen-talenta-ti.id (id 6, en 2, de 2)
    q("Apa perbedaan antara memakai RPO dan memakai jasa headhunter?",
      "id", RPO, ["headhunter dibayar per posisi yang berhasil diisi"],
      ["posisi", "seluruh proses|banyak posisi|senior"], "difference"),
    q("Kalau kandidat direkrut lewat RPO, siapa pemberi kerjanya secara resmi?",
      "id", RPO, ["menjadi karyawan perusahaan klien sendiri"],
      ["klien"], "fact"),
    q("Jenis RPO mana yang paling pas untuk membuka kantor cabang baru?",
      "id", RPO, ["pembukaan kantor baru atau pembentukan tim aplikasi baru"],
      ["proyek"], "fact"),
    q("Berapa hari target yang lazim untuk mengisi satu lowongan TI lewat RPO?",
      "id", RPO, ["umumnya ditargetkan 30 sampai 45 hari"],
      ["30", "45"], "when"),
    q("Mengapa kecepatan pengisian lowongan tidak boleh menjadi satu-satunya tolok ukur penyedia?",
      "id", RPO, ["mendorong penyedia mengisi posisi dengan cepat tetapi dengan kandidat yang kurang cocok"],
      ["cepat", "cocok|sesuai|kualitas"], "why"),
    q("Apakah perusahaan yang hanya merekrut belasan orang setahun cocok memakai RPO?",
      "id", RPO, ["Umumnya kurang cocok jika kebutuhan rekrutmen di bawah sekitar 20 orang"],
      ["kurang cocok|tidak cocok|tidak", "20"], "yesno"),
    q("What steps does an end-to-end recruitment outsourcing partner go through?",
      "en", RPO, ["penyedia RPO menjalankan enam tahap berikut"],
      ["need|requirement|profile|kebutuhan", "screen|interview|penyaringan|wawancara|sourcing|search",
       "offer|onboard|orientation|penawaran|orientasi"], "list"),
    q("Does the recruitment partner get to keep the candidate data after the contract ends?",
      "en", RPO, ["Data kandidat yang dikumpulkan selama kontrak adalah milik klien"],
      ["no|not", "client|customer|klien"], "yesno"),
    q("Wer entscheidet bei RPO am Ende, welche Bewerberin oder welcher Bewerber eingestellt wird?",
      "de", RPO, ["keputusan akhir tetap di tangan manajer perekrut"],
      ["Hiring|Manager|manajer|Führungskraft|Vorgesetzt|Fachbereich"], "fact"),
    q("Über welchen Zeitraum läuft ein umfassender RPO-Vertrag gewöhnlich?",
      "de", RPO, ["Kontrak RPO menyeluruh biasanya berjalan dua sampai tiga tahun"],
      ["zwei|2", "drei|3", "Jahr"], "when"),

    # --- alih-daya-aplikasi-mobile.id (id 6, en 2, de 2)
    q("Pihak seperti apa saja yang bisa kita gandeng untuk membangun aplikasi ponsel?",
      "id", MOB, ["software house yang khusus membuat aplikasi"],
      ["software house", "agensi|freelancer|lepas|tim tambahan"], "list"),
    q("Berapa basis kode yang perlu dipelihara bila aplikasi dibuat native, dibandingkan dengan lintas platform?",
      "id", MOB, ["dua, satu untuk iOS dan satu untuk Android"],
      ["dua|2", "satu|1"], "difference"),
    q("Berapa lama kira-kira sampai aplikasi bisnis yang sederhana bisa diluncurkan?",
      "id", MOB, ["Aplikasi bisnis sederhana bisa dirilis dalam tiga sampai empat bulan"],
      ["tiga|3", "empat|4", "bulan"], "when"),
    q("Saat tahap desain, prototipe diuji coba dengan berapa calon pengguna?",
      "id", MOB, ["uji coba dengan lima sampai delapan calon pengguna"],
      ["lima|5", "delapan|8"], "fact"),
    q("Kenapa akun developer di App Store dan Google Play jangan sampai dipegang vendor?",
      "id", MOB, ["pemindahannya ke akun klien memakan waktu dan bergantung pada kerja sama vendor"],
      ["pindah|pemindahan|memindahkan", "vendor"], "why"),
    q("Apa yang dimaksud dengan minimum viable product pada proyek aplikasi?",
      "id", MOB, ["Versi pertama sebaiknya hanya memuat fitur inti"],
      ["fitur inti|inti", "versi pertama|pertama"], "definition"),
    q("How much development time can a cross-platform framework typically save?",
      "en", MOB, ["menghemat 30 sampai 40 persen waktu pengembangan"],
      ["30", "40"], "fact"),
    q("For how long after launch does the vendor usually fix defects at no extra charge?",
      "en", MOB, ["masa dukungan pasca-rilis, biasanya tiga bulan"],
      ["three|3", "month|bulan"], "when"),
    q("Darf der App-Dienstleister zum Testen echte Kundendaten verwenden?",
      "de", MOB, ["memakai data uji buatan, bukan data pelanggan asli"],
      ["nein|nicht|kein", "künstlich|synthetisch|erfunden|fiktiv|Testdaten|buatan"], "yesno"),
    q("Warum muss eine veröffentlichte App Jahr für Jahr weiter gepflegt werden?",
      "de", MOB, ["merilis versi sistem operasi baru setiap tahun"],
      ["Betriebssystem|sistem operasi|iOS|Android|Version"], "why"),

    # --- near-domain (unanswerable): 4 per language
    nd("During an outsourcing pilot, who should cover the provider team's travel expenses?", "en", "travel"),
    nd("Will the recruitment outsourcing partner also arrange relocation for IT hires moving from another city?",
       "en", "relocation"),
    nd("Can a service integrator in a SIAM model get certified against ISO/IEC 20000?", "en", "ISO/IEC 20000"),
    nd("Can the outsourced mobile app team also publish our app on Huawei AppGallery?", "en", "Huawei AppGallery"),
    nd("Wer kommt bei Device as a Service für den Schaden auf, wenn ein Notebook durch Diebstahl verloren geht?",
       "de", "Diebstahl"),
    nd("Müssen bei einer Aktiengesellschaft die Aktionäre einem Backsourcing der IT zustimmen?", "de", "Aktionäre"),
    nd("Kann eine Schule über Device as a Service auch Chromebooks für ihre Klassen beziehen?", "de", "Chromebook"),
    nd("Muss eine Bank die BaFin informieren, bevor sie ausgelagerte IT wieder selbst betreibt?", "de", "BaFin"),
    nd("Apakah penyedia RPO juga mengurus visa kerja untuk developer asing yang kami rekrut?", "id", "visa kerja"),
    nd("Bisakah vendor aplikasi mobile sekaligus membuat versi aplikasi untuk jam tangan pintar?",
       "id", "jam tangan pintar"),
    nd("Apakah aplikasi mobile yang dibuat vendor wajib mendukung pembayaran QRIS?", "id", "QRIS"),
    nd("Apakah penyedia RPO harus terdaftar atau mengantongi izin dari Kemnaker?", "id", "Kemnaker"),
]


def main():
    path = os.path.join(HERE, "all.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to {path}")


if __name__ == "__main__":
    main()
