#!/usr/bin/env python3
"""995: the source of an ikiwiki page (`ομάδα-ανάγνωσης.mdwn` in a Greek department's wiki, as it sits in the wiki's
git repository): `[[!meta title=… author=… date=…]]`, `[[!tag …]]`, `[[!toc levels=2]]`, Markdown (Text::Markdown:
headings, lists, bold, inline links, `<…>` autolinks), ikiwiki wikilinks `[[text|page]]`, the `arxiv` shortcut
(`[[!arxiv ID desc="…"]]`, which the wiki renders as a link; the source holds only the id), a `[[!template id=note
text=\"\"\"…\"\"\"]]` with a triple-quoted parameter, and an `[[!inline pages=… archive=yes]]` of earlier terms.
A reading group's spring schedule: 3D, multimodal, memory, graphs and optimisation theory. The nerfstudio repository,
a recorded talk and the recordings note are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write_only, fill
from make_expected import by_num, keys

F = by_num(995)
K = dict(gs="2308.04079", flamingo="2204.14198", clip="2103.00020", expire="2105.06548", local="2103.13462",
         frozen="2106.13884", motion="2103.14338", cqa="2011.03459")

PAGE = """[[!meta title="Ομάδα ανάγνωσης — εαρινό εξάμηνο 2024"]]
[[!meta author="Νίκος Παπαδόπουλος"]]
[[!meta date="2024-02-26 18:40:12 +0200"]]
[[!tag ομάδα-ανάγνωσης πολυτροπικά 3d μνήμη]]
[[!toc levels=2]]

Συναντιόμαστε κάθε Πέμπτη στις 17:00 στην αίθουσα Σ2 του κτιρίου Πληροφορικής, ή διαδικτυακά μέσω
[[τηλεδιάσκεψης|εργαλεία/τηλεδιάσκεψη]]. Όποιος παρουσιάζει ανεβάζει τις διαφάνειες στο
[[αρχείο|ομάδα-ανάγνωσης/αρχείο]] μέχρι την Τετάρτη το βράδυ. Διαβάζουμε **πριν** τη συνάντηση — τουλάχιστον
την εισαγωγή και τα σχήματα.

## Πρόγραμμα

* **7 Μαρτίου** — Μαρία Κωνσταντίνου:
  [[[T:gs]]](https://arxiv.org/abs/2308.04079).
  Θα δείξει ζωντανά εκπαίδευση σε δικές μας φωτογραφίες με το nerfstudio (αποθετήριο κώδικα, όχι δημοσίευση):
  <https://github.com/nerfstudio-project/nerfstudio>. Για όποιον θέλει εισαγωγή, υπάρχει και η ομιλία των
  συγγραφέων στο SIGGRAPH (βίντεο): <https://www.youtube.com/watch?v=Tn4kM2cR8sQ>
* **14 Μαρτίου** — Γιώργος Αλεξίου: [[T:motion]] (CVPR 2021).
  Ο κώδικας δεν έχει δημοσιευθεί· ο Γιώργος θα παρουσιάσει κυρίως τη μέθοδο και τα αποτελέσματα.
* **21 Μαρτίου** — Ελένη Σταύρου: [[!arxiv 2103.13462 desc="[[T:local]]"]]
  Σημειώσεις του Tengyu Ma· θα δούμε μόνο τις ενότητες για το τοπίο της συνάρτησης απώλειας χωρίς κακά τοπικά ελάχιστα.
* **28 Μαρτίου** — Κώστας Δημητρίου: πολυτροπικά μοντέλα, τρία άρθρα σε μία συνάντηση (θα είναι μεγάλη):
  1. [[[T:clip]]](https://arxiv.org/abs/2103.00020)
  2. [[T:frozen]] — NeurIPS 2021, η ιδέα του «παγωμένου» γλωσσικού μοντέλου
  3. [[[T:flamingo]]](https://arxiv.org/pdf/2204.14198)
* **4 Απριλίου** — Νίκος Παπαδόπουλος:
  [[[T:expire]]](https://openreview.net/forum?id=ZVBtN6B_6i7) (ICML 2021).
  Μνήμη με ημερομηνία λήξης σε transformers· συνδέεται με τη συζήτηση για μακριά συμφραζόμενα του Δεκεμβρίου.

## Προτάσεις για μετά το Πάσχα

* [[T:cqa]] — για όσους δουλεύουν με γράφους γνώσης (πρόταση της Ελένης, ICLR 2021).
* Προτείνετε κι άλλα στη [[σελίδα συζήτησης|ομάδα-ανάγνωσης/Discussion]]· προτιμάμε άρθρα με διαθέσιμο κώδικα.

[[!template id=note text=\"\"\"
Οι συναντήσεις βιντεοσκοπούνται (OBS) και οι εγγραφές μπαίνουν στο [[αρχείο|ομάδα-ανάγνωσης/αρχείο]].
Οι εγγραφές **δεν** αντικαθιστούν την ανάγνωση του άρθρου.
\"\"\"]]

## Προηγούμενα εξάμηνα

[[!inline pages="ομάδα-ανάγνωσης/2023/* and !*/Discussion" archive="yes" quick="yes" show="0"]]
"""
text = fill(PAGE, K)
write_only(F, text, keys(F))
