#!/usr/bin/env python3
"""1617: the «Fișa disciplinei» (course syllabus form) of an invented master's course at Babeș-Bolyai University
(Facultatea de Matematică și Informatică, Cluj-Napoca) copied from its PDF: the form's numbered sections 1–11 with the
table cells as the viewer gives them (one row a line), the hours table (computed: weekly hours × 14, individual study,
total = 25 × credits), the course and lab contents with teaching methods, the bibliography wrapped at the cell's width
(titles broken over lines), the evaluation table (weights computed to 100 %) and the signature block — Romanian."""
import datetime as dt, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, CTC
F = by_num(1617)
CODE, NAME = "MME8127", "Modele neuronale pentru secvențe"
CRED, C, S, WEEKS = 6, 2, 2, 14
indiv = [("Studiul după manual, suport de curs, bibliografie și notițe", 30),
         ("Documentare suplimentară în bibliotecă, pe platformele electronice de specialitate și pe teren", 20),
         ("Pregătire seminare/laboratoare, teme, referate, portofolii și eseuri", 28),
         ("Tutoriat", 6), ("Examinări", 10)]
tot_plan = (C + S) * WEEKS
tot_ind = sum(h for _, h in indiv)
assert tot_plan + tot_ind == 25 * CRED


def wrap(s, w=88, ind=""):
    return "\n".join(textwrap.wrap(s, w, break_long_words=False, break_on_hyphens=False, subsequent_indent=ind))


course = [
    "Recapitulare: rețele neuronale, funcții de cost, propagarea înapoi a erorii",
    "Rețele recurente (RNN); propagarea înapoi în timp; gradienți care explodează sau dispar",
    "Celule LSTM și GRU",
    "Etichetarea secvențelor nealiniate; funcția de cost CTC; aplicații în recunoașterea vorbirii",
    "Modele codificator–decodificator (seq2seq)",
    "Mecanismul de atenție aditivă; traducere automată neuronală",
    "Memorii externe adresabile: mașini Turing neuronale",
    "Arhitectura Transformer: auto-atenție, atenție multi-cap, codificări poziționale",
    "Preantrenarea modelelor de limbaj; modele de tip codificator (BERT)",
    "Tokenizare pe subcuvinte (BPE, WordPiece, Unigram); limba română",
    "Decodare: căutare greedy, beam search, eșantionare",
    "Evaluarea modelelor de secvențe (BLEU, chrF, WER)",
    "Eficiența modelelor de secvențe; cuantizare și distilare",
    "Recapitulare; prezentarea temelor de proiect",
]
lab = [
    ("Mediul de lucru: PyTorch, GPU-urile facultății, Jupyter", 1),
    ("RNN și LSTM pentru clasificarea textelor în limba română", 2),
    ("Recunoaștere de cifre rostite cu CTC", 2),
    ("Traducere automată seq2seq cu atenție (română–engleză)", 3),
    ("Un Transformer mic de la zero", 3),
    ("Ajustarea fină a unui model preantrenat pentru o sarcină de clasificare", 2),
    ("Prezentarea proiectelor", 1),
]
assert sum(w for _, w in lab) == WEEKS
bib = [
    "I. Goodfellow, Y. Bengio, A. Courville, Deep Learning, MIT Press, 2016.",
    f"D. E. Rumelhart, G. E. Hinton, R. J. Williams, {T(BACKPROP)}, Nature, 323, 1986, pp. 533–536.",
    f"S. Hochreiter, J. Schmidhuber, {T(LSTM)}, Neural Computation, 9(8), 1997, pp. 1735–1780.",
    f"A. Graves, S. Fernández, F. Gomez, J. Schmidhuber, {T(CTC)}, Proceedings of ICML, 2006.",
    f"I. Sutskever, O. Vinyals, Q. V. Le, {T('1409.3215')}, NeurIPS, 2014, https://arxiv.org/abs/1409.3215",
    f"D. Bahdanau, K. Cho, Y. Bengio, {T('1409.0473')}, ICLR, 2015, https://arxiv.org/pdf/1409.0473v7.pdf",
    f"A. Graves, G. Wayne, I. Danihelka, {T('1410.5401')}, preprint arXiv:1410.5401, 2014.",
    f"A. Vaswani et al., {T('1706.03762')}, NeurIPS, 2017, https://arxiv.org/abs/1706.03762",
    f"J. Devlin, M.-W. Chang, K. Lee, K. Toutanova, {T('1810.04805')}, NAACL-HLT, 2019, https://arxiv.org/abs/1810.04805",
    "A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning, Cambridge University Press, 2023 (disponibilă online: https://d2l.ai).",
]
bib2 = [
    "Documentația PyTorch, https://pytorch.org/docs/stable/",
    "Documentația bibliotecii Hugging Face Transformers, https://huggingface.co/docs/transformers",
    "Materialele de laborator (notebook-uri Jupyter) publicate pe echipa MS Teams a disciplinei.",
]
evals = [("10.4 Curs", "Cunoașterea conceptelor și a modelelor prezentate; capacitatea de a explica un articol științific",
          "Examen scris", 50),
         ("10.5 Seminar/laborator", "Corectitudinea și calitatea implementărilor de laborator", "Evaluarea temelor de laborator", 20),
         ("", "Proiect: reproducerea unui rezultat dintr-un articol din bibliografie", "Raport scris și prezentare orală", 30)]
assert sum(e[3] for e in evals) == 100
filled, approved = dt.date(2025, 2, 14), dt.date(2025, 2, 21)
out = [
    "FIȘA DISCIPLINEI",
    "1. Date despre program",
    "1.1 Instituția de învățământ superior Universitatea Babeș-Bolyai Cluj-Napoca",
    "1.2 Facultatea Facultatea de Matematică și Informatică",
    "1.3 Departamentul Departamentul de Informatică",
    "1.4 Domeniul de studii Informatică",
    "1.5 Ciclul de studii Master",
    "1.6 Programul de studii / Calificarea Inteligență artificială și învățare automată",
    "1.7 Forma de învățământ Cu frecvență",
    "2. Date despre disciplină",
    f"2.1 Denumirea disciplinei {NAME} Codul disciplinei {CODE}",
    "2.2 Titularul activităților de curs Conf. univ. dr. Radu Mureșan",
    "2.3 Titularul activităților de seminar / laborator Lect. univ. dr. Ioana Crișan",
    "2.4 Anul de studiu 1 2.5 Semestrul 2 2.6. Tipul de evaluare E 2.7 Regimul disciplinei Conținut DS",
    "Obligativitate DO",
    "3. Timpul total estimat (ore pe semestru al activităților didactice)",
    f"3.1 Număr de ore pe săptămână {C + S} din care: 3.2 curs {C} 3.3 seminar/laborator {S}",
    f"3.4 Total ore din planul de învățământ {tot_plan} din care: 3.5 curs {C * WEEKS} 3.6 seminar/laborator {S * WEEKS}",
    "Distribuția fondului de timp ore",
] + [f"{t} {h}" for t, h in indiv] + [
    "Alte activități: ..................",
    f"3.7 Total ore studiu individual {tot_ind}",
    f"3.8 Total ore pe semestru {tot_plan + tot_ind}",
    f"3.9 Numărul de credite {CRED}",
    "4. Precondiții (acolo unde este cazul)",
    "4.1 de curriculum Învățare automată; Programare în Python",
    "4.2 de competențe Algebră liniară, calcul diferențial, probabilități",
    "5. Condiții (acolo unde este cazul)",
    "5.1 de desfășurare a cursului Sală cu videoproiector; prezentările sunt disponibile în format electronic",
    "5.2 de desfășurare a seminarului / laboratorului Laborator cu stații de lucru; acces la serverele GPU ale facultății",
    "6.1 Competențele specifice acumulate",
    "Competențe profesionale",
    wrap("• Cunoașterea și înțelegerea modelelor neuronale pentru date secvențiale (text, vorbire, serii de timp)"),
    wrap("• Capacitatea de a proiecta, antrena și evalua modele de secvențe pentru probleme concrete"),
    "Competențe transversale",
    wrap("• Aplicarea regulilor de muncă organizată și eficientă, a unor atitudini responsabile față de domeniul didactic-științific"),
    wrap("• Citirea critică a literaturii de specialitate în limba engleză"),
    "6.2 Rezultatele învățării",
    "Cunoștințe Studentul cunoaște arhitecturile recurente, mecanismele de atenție și modelele Transformer.",
    "Aptitudini Studentul poate implementa și ajusta modele de secvențe folosind biblioteci actuale.",
    "Responsabilitate și autonomie Studentul poate reproduce independent rezultatele unui articol științific.",
    "7. Obiectivele disciplinei (reieșind din grila competențelor acumulate)",
    "7.1 Obiectivul general al disciplinei",
    wrap("Însușirea principalelor modele neuronale pentru date secvențiale, de la rețelele recurente la arhitecturile bazate pe atenție."),
    "7.2 Obiectivele specifice",
    wrap("• Înțelegerea antrenării rețelelor recurente și a limitărilor acestora"),
    wrap("• Utilizarea mecanismelor de atenție și a modelelor preantrenate"),
    wrap("• Aplicarea modelelor pe date în limba română"),
    "8. Conținuturi",
    "8.1 Curs Metode de predare Observații",
]
for i, c in enumerate(course, 1):
    out.append(wrap(f"{i}. {c} Expunerea, explicația, exemplificarea" + (" 2 ore" if True else "")))
out.append("Bibliografie")
for i, b in enumerate(bib, 1):
    out.append(wrap(f"{i}. {b}", 88))
out.append("8.2 Seminar / laborator Metode de predare Observații")
for i, (t, w) in enumerate(lab, 1):
    out.append(wrap(f"{i}. {t} Lucru individual la calculator, discuții {w * 2} ore" + (f" (săptămânile {sum(x for _, x in lab[:i - 1]) + 1}–{sum(x for _, x in lab[:i])})" if w > 1 else f" (săptămâna {sum(x for _, x in lab[:i])})")))
out.append("Bibliografie")
for i, b in enumerate(bib2, 1):
    out.append(wrap(f"{i}. {b}", 88))
out += [
    "9. Coroborarea conținuturilor disciplinei cu așteptările reprezentanților comunității epistemice, asociațiilor",
    "profesionale și angajatori reprezentativi din domeniul aferent programului",
    wrap("• Conținutul disciplinei este în concordanță cu programele de master similare din universități din țară și din străinătate."),
    wrap("• Modelele de secvențe sunt folosite de companiile IT din Cluj-Napoca în produse de procesare a limbajului natural și a vorbirii."),
    "10. Evaluare",
    "Tip activitate 10.1 Criterii de evaluare 10.2 Metode de evaluare 10.3 Pondere din nota finală",
]
for a, b, c, w in evals:
    out.append(wrap(" ".join(x for x in (a, b, c, f"{w}%") if x)))
out += [
    "10.6 Standard minim de performanță",
    wrap("• Nota finală se calculează ca medie ponderată; pentru promovare, nota la examenul scris și nota finală trebuie să fie cel puțin 5."),
    wrap("• Prezența la laborator este obligatorie în proporție de 75%, conform regulamentului facultății."),
    "11. Etichete ODD (Obiective de Dezvoltare Durabilă / Sustainable Development Goals)",
    "Nu se aplică.",
    "Data completării: Semnătura titularului de curs: Semnătura titularului de seminar:",
    f"{filled:%d.%m.%Y} Conf. univ. dr. Radu Mureșan Lect. univ. dr. Ioana Crișan",
    "Data avizării în departament: Semnătura directorului de departament:",
    f"{approved:%d.%m.%Y} Prof. univ. dr. Gabriela Suciu",
    "",
]
text = "\n".join(out)
write_only(F, text, keys(F))
