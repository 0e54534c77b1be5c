#!/usr/bin/python3
"""Write shipped-14/all.jsonl from the questions below (standard library only).

Usage: /usr/bin/python3 eval/set-14/shipped-14/build_all.py

Gold: one verbatim substring per language version of the answering paragraph (or list with its
lead-in), originals first: it-sourcing.en -> en, de, id; bpo-vs-ito -> de, id (the publisher's two
originals), then en (the kb team's translation).

Test data, not knowledge: do not copy these questions or answers into corpus/.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ITS = "it-sourcing.en"
BPO = "bpo-vs-ito"

ROWS = []


def q(question, lang, doc, gold, keys, kind):
    ROWS.append({"question": question, "lang": lang, "doc": doc, "gold": gold, "answer_keys": keys,
                 "answerable": True, "kind": kind})


def off(question, lang):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "off-topic"})


def near(question, lang, uncovered):
    ROWS.append({"question": question, "lang": lang, "doc": "", "gold": [], "answer_keys": [],
                 "answerable": False, "kind": "near-domain", "uncovered": uncovered})


# --- it-sourcing.en: 8 en (original language), 8 de and 9 id (cross-language)
q("Why is it hard for a company boss to pick the best applications on their own?", "en", ITS,
  ["a company head would have to become familiar with hundreds",
   "müsste sich ein Firmenchef mit Hunderten, wenn nicht Tausenden",
   "seorang pimpinan perusahaan harus mengenal ratusan, bahkan ribuan, solusi teknologi"],
  ["hundreds|thousands"], "why")
q("We are a retail chain with a small IT team and want to set up an IT sourcing strategy. "
  "How do we build one that works?", "en", ITS,
  ["Effective management of systems to ensure a company continues",
   "Effektive Verwaltung der Systeme, um sicherzustellen, dass ein Unternehmen",
   "Pengelolaan sistem yang efektif untuk memastikan perusahaan terus bergerak"],
  ["manage|management", "cost|sav|money"], "how")
q("What is the second type of IT sourcing in the article's list, and what does it involve?", "en", ITS,
  ["These things can be entirely managed by an outside firm",
   "Diese Aufgaben können vollständig von einer externen Firma übernommen werden",
   "Semua hal ini dapat dikelola sepenuhnya oleh perusahaan luar"],
  ["server|firewall|website", "outside|external"], "fact")
q("Does insourcing, as the article uses the term, mean moving work back to the company's own permanent staff?",
  "en", ITS,
  ["Insourcing refers to bringing an external team on board",
   "Insourcing bedeutet, ein externes Team ins Unternehmen zu holen",
   "Insourcing berarti mendatangkan tim eksternal ke dalam organisasi"],
  ["no|not", "external"], "yesno")
q("What makes a task a fit for knowledge process outsourcing rather than ordinary business process outsourcing?",
  "en", ITS,
  ["duties that require a specific skillset to complete",
   "Aufgaben, die zu ihrer Erledigung besondere Fachkenntnisse erfordern",
   "Tugas-tugas tersebut membutuhkan keahlian khusus untuk menyelesaikannya"],
  ["skill|expert|specialist", "data entry|minor"], "difference")
q("In the past, what did a company have to add when it wanted several storefronts or one view of web and shop sales?",
  "en", ITS,
  ["adding in after-market solutions or coaxing multiple systems",
   "nachträglich Zusatzlösungen einzubinden oder mehrere Systeme mühsam",
   "menambahkan solusi tambahan dari pihak ketiga atau bersusah payah"],
  ["after-market|aftermarket|add-on", "work together|work well|integrat|coax"], "fact")
q("What is the point of handing only selected tasks to an outside party?", "en", ITS,
  ["IT department can focus on core functions",
   "damit sich die IT-Abteilung eines Unternehmens auf ihre Kernfunktionen",
   "sehingga departemen TI perusahaan dapat fokus pada fungsi inti"],
  ["core"], "why")
q("Once some work has been outsourced, what should a company keep measuring to see whether IT sourcing is paying off?",
  "en", ITS,
  ["tracking the data to see how an organization is benefiting",
   "die Daten zu verfolgen, um zu sehen, wie eine Organisation profitiert",
   "melacak data untuk melihat bagaimana organisasi memperoleh manfaat"],
  ["data", "benefit|area"], "fact")
q("Wir sind eine Kanzlei und brauchen gelegentlich Webdesign, aber keine Vollzeitkraft dafür. "
  "Welche Sourcing-Art passt laut Artikel?", "de", ITS,
  ["For example, web design, accounting, and legal services",
   "Beispielsweise könnten Webdesign, Buchhaltung und Rechtsdienstleistungen jeweils",
   "Misalnya, desain web, akuntansi, dan layanan hukum masing-masing"],
  ["Knowledge Process|KPO"], "fact")
q("Wie gehen wir vor, um eine IT-Sourcing-Strategie aufzubauen, die funktioniert?", "de", ITS,
  ["Saving money by ensuring the processes that are in place",
   "Geld sparen, indem sichergestellt wird, dass die bestehenden Prozesse",
   "Menghemat uang dengan memastikan bahwa proses yang ada bersifat"],
  ["Verwaltung|Management|verwalten", "kosten|sparen|Geld"], "how")
q("Was ist die vierte Art des IT-Sourcings in der Aufzählung, und worum geht es dabei?", "de", ITS,
  ["knowledge process outsourcing (KPO) involves having an external group manage",
   "Knowledge Process Outsourcing (KPO) eine externe Gruppe Geschäftsprozesse",
   "pengalihdayaan proses pengetahuan (KPO) melibatkan kelompok eksternal"],
  ["Knowledge Process|KPO", "Fachkenntnis|Fachwissen|Expert|qualifiz"], "fact")
q("Wird beim Multi-Sourcing ein einziges Team mit allen Teilen eines Projekts betraut?", "de", ITS,
  ["numerous experts are called in to handle different portions",
   "werden zahlreiche Experten hinzugezogen, die verschiedene Teile übernehmen",
   "banyak ahli dilibatkan untuk menangani bagian-bagian yang berbeda"],
  ["statt|zahlreiche|mehrere", "Expert|verschiedene Teile"], "yesno")
q("Konnte die wachsende Komplexität der Systeme früher noch von der eigenen Belegschaft bewältigt werden?", "de", ITS,
  ["it could still generally be managed by an in-house team",
   "ließ sie sich im Allgemeinen noch von einem internen Team bewältigen",
   "umumnya hal itu masih dapat ditangani oleh tim internal"],
  ["intern"], "yesno")
q("Welche beiden Hauptarten des BPO unterscheidet der Artikel?", "de", ITS,
  ["There are two main types of business process outsourcing",
   "Es gibt zwei Hauptarten des Business Process Outsourcing (BPO)",
   "Ada dua jenis utama pengalihdayaan proses bisnis (BPO)"],
  ["Front", "Back"], "list")
q("Was ist gemeint, wenn der Artikel IT-Sourcing einen Sammelbegriff nennt?", "de", ITS,
  ["has a catch-all definition, which may refer to one",
   "ist ein Sammelbegriff, der eine oder viele Arten",
   "memiliki definisi luas yang dapat mengacu pada satu"],
  ["eine oder viele|mehrere|verschiedene"], "definition")
q("Warum lagern manche Firmen ihre IT-Aufgaben nur zum Teil aus?", "de", ITS,
  ["so the internal IT team can focus on what matters",
   "damit sich das interne IT-Team auf das konzentrieren kann",
   "sehingga tim TI internal dapat fokus pada hal yang paling"],
  ["wichtig|konzentrier|Fokus"], "why")
q("Kami klinik kecil dan tidak ingin merekrut staf TI. "
  "Apakah server dan firewall kami bisa diurus sepenuhnya oleh perusahaan dari luar?", "id", ITS,
  ["in order to avoid hiring an IT staff",
   "um die Einstellung von IT-Personal zu vermeiden",
   "untuk menghindari perekrutan staf TI"],
  ["perusahaan luar|pihak luar|eksternal", "perekrutan|merekrut|staf"], "yesno")
q("Apa jenis ketiga dalam daftar jenis IT sourcing, dan kapan jenis itu dipakai?", "id", ITS,
  ["perhaps for privacy reasons, because delicate systems need to remain",
   "etwa aus Datenschutzgründen, weil empfindliche Systeme vor Ort bleiben müssen",
   "mungkin karena alasan privasi, karena sistem yang sensitif harus"],
  ["insourcing", "privasi|sensitif|kolaborasi"], "fact")
q("Menurut artikel, apakah strategi IT sourcing yang tepat sama untuk semua organisasi?", "id", ITS,
  ["The right strategy will vary by organization, but creating",
   "Die richtige Strategie ist von Organisation zu Organisation verschieden",
   "Strategi yang tepat akan berbeda-beda di setiap organisasi"],
  ["berbeda"], "yesno")
q("Sebutkan contoh pembagian tugas di antara para ahli dalam multi-sourcing.", "id", ITS,
  ["one person or team who handles security, another who",
   "eine Person oder ein Team für die Sicherheit zuständig",
   "satu orang atau tim yang menangani keamanan, pihak lain"],
  ["keamanan", "desain web|help desk|desktop"], "list")
q("Apa manfaat KPO ketika sebuah posisi sulit diisi?", "id", ITS,
  ["KPO eliminates these challenges and puts the right professional",
   "KPO beseitigt diese Herausforderungen und bringt schnell die richtige",
   "KPO menghilangkan tantangan-tantangan ini dan dengan cepat menempatkan"],
  ["cepat", "profesional|tepat"], "fact")
q("Apakah hanya organisasi besar yang mendapat manfaat dari IT sourcing?", "id", ITS,
  ["organizations of all sizes are benefiting from",
   "von der Organisationen jeder Größe profitieren",
   "memberikan manfaat bagi organisasi dari segala ukuran"],
  ["tidak|bukan", "segala ukuran|semua ukuran|setiap"], "yesno")
q("Bagaimana artikel merumuskan definisi IT sourcing dalam satu kalimat?", "id", ITS,
  ["Solving the issues outlined above with the assistance of an",
   "Lösung der oben beschriebenen Probleme mit Unterstützung eines externen",
   "menyelesaikan masalah-masalah yang diuraikan di atas dengan bantuan"],
  ["eksternal", "masalah"], "definition")
q("Apa saja contoh tugas back office dalam BPO?", "id", ITS,
  ["data entry, data management, quality checks, payroll, and accounting",
   "Dateneingabe, Datenverwaltung, Qualitätskontrollen, Lohnabrechnung und Buchhaltung",
   "entri data, manajemen data, pemeriksaan kualitas, penggajian, dan akuntansi"],
  ["entri data|manajemen data", "penggajian|akuntansi"], "list")
q("Apa tujuan pengelolaan sistem yang efektif dalam strategi IT sourcing?", "id", ITS,
  ["continues to move forward with minimal disruptions to service",
   "mit minimalen Serviceunterbrechungen weiter vorankommt",
   "terus bergerak maju dengan gangguan layanan yang minimal"],
  ["gangguan", "minimal|sedikit"], "fact")

# --- bpo-vs-ito: originals de and id, translation en; 5 questions per language (en cross-language)
q("We have just cut our IT costs with an ITO provider. Is now a good moment to bring in a BPO provider as well?",
  "en", BPO,
  ["Sobald Kosteneinsparungen realisiert sind, können die Bedingungen für",
   "Setelah penghematan biaya direalisasikan, kondisinya mungkin sudah matang bagi",
   "Once cost savings have been realized, the conditions may"],
  ["saving", "efficien"], "yesno")
q("Does an ITO provider have to stay on board for years to keep the savings coming?", "en", BPO,
  ["Ein ITO-Anbieter muss nicht langfristig engagiert bleiben",
   "Penyedia ITO tidak perlu tetap terlibat dalam jangka panjang",
   "An ITO provider does not have to remain engaged"],
  ["no|not", "take over|taken over|company|in-house"], "yesno")
q("Do the roles of BPO and ITO providers overlap at all?", "en", BPO,
  ["Jeder dieser Anbieter hat einzigartige Rollen, aber es gibt",
   "Masing-masing penyedia ini memiliki peran unik, tetapi ada",
   "Each of these providers has unique roles, but there"],
  ["overlap", "unique|distinct|own role"], "yesno")
q("Based on what their industry experts know, what should providers be able to do?", "en", BPO,
  ["Anbieter sollten in der Lage sein, Kosten und Bedingungen auszuhandeln",
   "Penyedia harus dapat menegosiasikan biaya dan persyaratan",
   "Providers should be able to negotiate costs and terms"],
  ["negotiat", "optimi|streamlin|terms"], "list")
q("What is the basic reason a business brings in ITO and BPO providers?", "en", BPO,
  ["um effizientere Arbeitsabläufe zu schaffen",
   "untuk menciptakan alur kerja yang lebih efisien",
   "to create more efficient workflows"],
  ["efficien", "workflow|process|work"], "why")
q("Worin unterscheidet sich das Fachwissen von ITO- und BPO-Anbietern?", "de", BPO,
  ["ITO-Experten kennen die Arten von Technologiefunktionen, die in",
   "Profesional ITO terampil mengenali jenis kemampuan teknologi yang dibutuhkan",
   "ITO experts know the kinds of technology functions that"],
  ["Technolog|Speicher|drahtlos", "Kundenservice|Buchhaltung|Personal"], "difference")
q("Wann ist es sinnvoll, zuerst einen ITO-Anbieter ins Haus zu holen?", "de", BPO,
  ["Die erste Einführung eines ITO-Anbieters kann zu den schnellsten",
   "Memperkenalkan penyedia ITO terlebih dahulu dapat menghasilkan penghematan finansial tercepat",
   "Bringing in an ITO provider first can lead to the"],
  ["schnell", "Einsparung|sparen"], "when")
q("Was soll ein BPO-Anbieter im Unternehmen bewirken?", "de", BPO,
  ["zu einer größeren betrieblichen Effizienz in fast allen Unternehmensbereichen",
   "harus mengarah pada efisiensi operasional yang lebih besar di",
   "should lead to greater operational efficiency in almost all"],
  ["Effizienz", "fast allen|alle|Bereich"], "fact")
q("Macht ein BPO-Anbieter einen ITO-Anbieter überflüssig?", "de", BPO,
  ["das eine macht das andere nicht überflüssig",
   "yang satu tidak menghilangkan kebutuhan akan yang lain",
   "one does not make the other redundant"],
  ["nein|nicht|kein", "Leistungsumfang|unterschiedlich|beide"], "yesno")
q("Wofür steht die Abkürzung BPO?", "de", BPO,
  ["Business Process Outsourcing (BPO) und Information Technology Outsourcing",
   "Pengalihdayaan proses bisnis (BPO) dan pengalihdayaan teknologi informasi",
   "Business Process Outsourcing (BPO) and Information Technology Outsourcing"],
  ["Business Process Outsourcing"], "definition")
q("Tugas apa saja yang dikerjakan penyedia BPO atas nama organisasi?", "id", BPO,
  ["bestimmte Aufgaben wie Kundenservice, Buchhaltung oder Personalmanagement durch",
   "seperti layanan pelanggan, akuntansi, atau manajemen personalia",
   "specific tasks such as customer service, accounting, or personnel management"],
  ["layanan pelanggan", "akuntansi|manajemen personalia"], "list")
q("Apakah organisasi harus mengadopsi layanan ITO dan BPO secara bersamaan?", "id", BPO,
  ["kann es für eine Organisation sinnvoll sein, einen vor",
   "mungkin masuk akal bagi organisasi untuk mengadopsi satu sebelum",
   "it can make sense for an organization to adopt one"],
  ["tidak|bukan", "satu sebelum|terlebih dahulu|lebih dulu"], "yesno")
q("Penghematan biaya dari penyedia ITO berkaitan dengan apa?", "id", BPO,
  ["Kosteneinsparungen in Verbindung mit Computernetzwerken und anderen Informationstechnologiesystemen",
   "penghematan biaya yang terkait dengan jaringan komputer dan sistem",
   "cost savings related to computer networks and other information"],
  ["jaringan komputer", "sistem teknologi informasi|sistem TI"], "fact")
q("Efisiensi dari penyedia BPO bisa terkait dengan bidang apa saja?", "id", BPO,
  ["kann an Personal, Finanzen oder wirklich jeden operativen Bereich",
   "dapat dikaitkan dengan sumber daya manusia, keuangan, atau area",
   "can be tied to personnel, finances, or really any"],
  ["sumber daya manusia|SDM", "keuangan"], "list")
q("Kapan layanan penyedia BPO dapat dianggap berhasil?", "id", BPO,
  ["müssen Verbesserungen in den Geschäftsprozessen realisiert werden, die zu",
   "perbaikan dalam proses bisnis yang dapat menyebabkan hasil keuangan",
   "improvements in business processes that can lead to higher"],
  ["perbaikan|proses bisnis", "keuangan|finansial"], "when")

# --- off-topic (3 per language)
off("How many moons does Mars have?", "en")
off("Who wrote the novel Pride and Prejudice?", "en")
off("At what temperature does mercury freeze?", "en")
off("Wie lange kocht man ein weiches Frühstücksei?", "de")
off("Wer hat die Mona Lisa gemalt?", "de")
off("Wie hoch ist der Kölner Dom?", "de")
off("Bagaimana cara memasak rendang daging sapi?", "id")
off("Siapa penemu lampu pijar?", "id")
off("Berapa tinggi Gunung Rinjani?", "id")

# --- near-domain (2 per language); the uncovered term occurs in no document, shipped or new
near("Does the article give a minimum headcount above which multi-sourcing pays off?", "en", "headcount")
near("Is Cognizant named in the article as a provider for multi-sourcing?", "en", "Cognizant")
near("Zählt der Artikel die Rezeption zu den Front-Office-Tätigkeiten im BPO?", "de", "Rezeption")
near("Empfiehlt der Text Cancom für das E-Outsourcing der Firewalls?", "de", "Cancom")
near("Apakah artikel menyebut layanan kebersihan kantor sebagai contoh BPO back office?", "id", "kebersihan")
near("Apakah artikel merekomendasikan Lintasarta sebagai mitra ITO?", "id", "Lintasarta")


if __name__ == "__main__":
    with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ROWS)} rows to all.jsonl")
