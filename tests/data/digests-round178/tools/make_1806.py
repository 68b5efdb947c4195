#!/usr/bin/env python3
"""1806 (negative): a blog post with comments on Satori (satori.lv, the Latvian culture portal with its blogs), copied
from the browser, Latvian: the site head and menu, «Blogi » <blog>», title, blogger, «dd.mm.yyyy. HH:MM», the post,
the share line, «Komentāri (N)», comments (name / date / optional «Atbilde: X» / text / «Atbildēt»), the footer. About
building a garden sauna: no paper, no catalogue title, nothing arXiv-shaped. The blog «Lauku dzīve», its blogger, the
house and the commenters are invented; the State Forest Service appears as what it is. Computed: the comment count,
the order (asserted) and the reply targets, the footer year."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1806)
D = dt.datetime
lv = lambda d: f"{d:%d.%m.%Y}. {d:%H:%M}"
POST = D(2025, 2, 16, 11, 20)
OWNER = "Ilze Bērziņa"
COMMENTS = [
    ("Jānis K.", D(2025, 2, 16, 13, 5), None, "Labs raksts! Mēs pirtij ņēmām melnalksni, nevis egli – nesmird pēc sveķiem."),
    ("Ilze Bērziņa", D(2025, 2, 16, 14, 40), "Jānis K.", "Paldies! Melnalksni apsvērām, bet kaimiņam bija lieki egles baļķi."),
    ("Dace", D(2025, 2, 17, 8, 12), None, "Cik ilgi krāsns uzkarst līdz 80 grādiem? Mūsējai vajag gandrīz divas stundas."),
    ("Pēteris Ozols", D(2025, 2, 17, 19, 48), "Dace", "Ar akmeņu krāsni apmēram pusotra stunda, ja malka sausa. Slapjā malka – nekas nesanāks."),
    ("Ilze Bērziņa", D(2025, 2, 18, 9, 3), "Dace", "Mums ap stundu un četrdesmit minūtēm. Nākamajā ierakstā būs par lāvām."),
]
seen, prev = {OWNER}, POST
for n, d, r, _ in COMMENTS:
    assert d > prev and (r is None or r in seen); prev = d; seen.add(n)
L = ["Satori", "Raksti | Blogi | Foto | Par mums | Ienākt", "", "Blogi » Lauku dzīve", "",
     "Pirts dārzā: ko mēs iemācījāmies pirmajā ziemā", OWNER, lv(POST), "",
     "Pagājušajā pavasarī nolēmām uzcelt nelielu pirti dārza galā, trīs metrus no dīķa. Baļķus nopirkām no kaimiņa, "
     "pamatus lējām paši, bet krāsni mūrēja meistars no Cēsīm.",
     "",
     "Pirmā ziema parādīja vairākas kļūdas. Ventilācijas lūka bija par mazu, un grīda pie durvīm sala. Tagad esam "
     "ielikuši siltinājumu zem grīdas un otru lūku pie griestiem. Par malku: sausa bērza malka dod vienmērīgāko siltumu.",
     "",
     "Atļauju būvei mums nevajadzēja, jo platība ir mazāka par 25 m², bet par koku ciršanu gan jautājām Valsts meža "
     "dienestam.",
     "", "Dalīties: Facebook | X | E-pasts", "",
     f"Komentāri ({len(COMMENTS)})", "Lai komentētu, ienāc vai reģistrējies.", ""]
for n, d, r, t in COMMENTS:
    L += [n, lv(d)] + ([f"Atbilde: {r}"] if r else []) + [t, "Atbildēt", ""]
L += ["Citi šī bloga ieraksti", "Kā mēs ziemojām bez centrālapkures", "Dārza dīķis pēc trim gadiem", "",
      f"© {max(d for _, d, _, _ in COMMENTS).year} Satori"]
write(F, "\n".join(L) + "\n", negative=True)
