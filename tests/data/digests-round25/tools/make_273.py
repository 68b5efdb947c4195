#!/usr/bin/env python3
"""273: a "response to reviewers" letter for a journal revision, written in a plain-text editor for the submission
system's text box and kept as .txt, Serbian (Latin script). Manuscript number, a letter to the editor, REVIEWER
sections with numbered "Komentar r.n" / "Odgovor r.n" pairs, line references to the revised manuscript
("redovi a–b"), and the list of references added in the revision, numbered on from the manuscript's reference list."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

txt = f"""ODGOVOR RECENZENTIMA
Rukopis: JAML-D-24-00117.R1
Naslov: „Robusno samonadgledano učenje za klasifikaciju rendgenskih snimaka pluća sa šumnim oznakama“
Autori: Milica Jovanović, Nemanja Petrović, Jelena Stojanović (Fakultet tehničkih nauka, Novi Sad)

Poštovani uredniče, poštovani recenzenti,

Zahvaljujemo se na pažljivom čitanju rukopisa i korisnim komentarima. U nastavku odgovaramo na svaki komentar
pojedinačno. Izmene u revidiranom rukopisu označene su plavom bojom; brojevi redova odnose se na revidiranu verziju
(fajl „JAML_R1_marked.pdf“). Nove reference navedene su na kraju ovog dokumenta, numerisane od [41].

------------------------------------------------------------
RECENZENT 1
------------------------------------------------------------

Komentar 1.1: Autori ne diskutuju mogućnost da model uči prečice (npr. oznake bolnice na snimku) umesto patologije.

Odgovor 1.1: Slažemo se. Dodali smo novi pododeljak 5.3 (redovi 412–437) u kome diskutujemo ovaj problem u svetlu rada
„{T("2004.07780")}“ [41] i prikazujemo Grad-CAM mape za 20 nasumično izabranih snimaka (Slika 7).

Komentar 1.2: Poređenje sa metodama za generalizaciju na nove domene je nepotpuno.

Odgovor 1.2: Dodali smo eksperiment u kome treniramo na snimcima iz dve bolnice, a testiramo na trećoj, po protokolu
iz rada {T("2007.01434")} [42] (https://arxiv.org/abs/2007.01434). Rezultati su u Tabeli 4 (redovi 301–318).
Napominjemo da smo koristili i zvaničnu implementaciju DomainBed sa GitHub-a.

Komentar 1.3: Zašto nije korišćen nadgledani kontrastivni gubitak?

Odgovor 1.3: Jeste, kao dodatni baseline: {T("2004.11362")} (arXiv:2004.11362), red 256. On daje 1,8 p.p. lošije
rezultate od naše metode kada je 40% oznaka šumno, što je u skladu sa očekivanjima.

------------------------------------------------------------
RECENZENT 2
------------------------------------------------------------

Komentar 2.1: Izbor negativnih primera u kontrastivnom učenju nije obrazložen.

Odgovor 2.1: Hvala na komentaru. U redovima 198–214 sada objašnjavamo izbor i citiramo
{T("2010.04592")} [43] kao i {T("2011.04419")} [44]
(https://arxiv.org/pdf/2011.04419v2), čiji mixup-pristup nismo koristili jer rendgenski snimci nisu prirodne slike.

Komentar 2.2: Metoda liči na Barlow Twins. U čemu je razlika?

Odgovor 2.2: Rad {T("2103.03230")} (arXiv 2103.03230) smo sada eksplicitno uporedili u Tabeli 3. Razlika je u
tome što mi dodajemo član za šumne oznake; objašnjenje je u redovima 221–240.

Komentar 2.3: Najbliži prethodni rad je verovatno C2D. Da li ste ga uporedili?

Odgovor 2.3: Da. C2D (Zheltonozhskii et al.), tj. „{T("2103.13646")}“,
https://openreview.net/forum?id=uB5x7Y2qsFR, sada je u Tabeli 2. Naša metoda je bolja za 2,3 p.p. pri 60% šuma,
a slabija za 0,4 p.p. pri 20% šuma (redovi 330–336).

Komentar 2.4: Teorijska motivacija je slaba.

Odgovor 2.4: Dodali smo kratko obrazloženje iz informacione teorije zasnovano na radu
{T("2006.05576")} [45] (redovi 142–160). Potpuni dokaz je van okvira ovog rada.

------------------------------------------------------------
RECENZENT 3
------------------------------------------------------------

Komentar 3.1: Da li je samonadgledano predtreniranje uopšte potrebno, ili je dovoljan self-training?

Odgovor 3.1: Ovo je dobro pitanje. Dodali smo diskusiju rada {T("2006.06882")} (https://arxiv.org/abs/2006.06882)
u redovima 445–459, kao i eksperiment sa pseudo-oznakama (Tabela 6).

Komentar 3.2: Fino podešavanje je rađeno samo linearnom sondom.

Odgovor 3.2: Dodali smo i potpuno fino podešavanje i metod iz rada {T("2011.06182")} [46] (Tabela 5, redovi 360–371).

Komentar 3.3: Robusnost na adversarijalne perturbacije nije ispitana. Takođe, da li ViT backbone menja zaključke?

Odgovor 3.3: Dodali smo eksperimente sa PGD napadima (ε = 1/255) uz trening iz rada
„{T("2006.14536")}“ [47], i kratku analizu ViT-S/16 u duhu rada {T("2103.14586")} [48] (redovi 470–488).
Detaljna analiza transformera je planirana za naredni rad. Skup podataka CheXpert i kurs CS231n pomenuti u
prvoj verziji ostali su nepromenjeni.

------------------------------------------------------------
NOVE REFERENCE (dodate u revidiranu verziju)
------------------------------------------------------------
[41] R. Geirhos et al., „{T("2004.07780")}“, Nature Machine Intelligence, 2020.
[42] I. Gulrajani, D. Lopez-Paz, „{T("2007.01434")}“, ICLR 2021.
[43] J. Robinson et al., „{T("2010.04592")}“, ICLR 2021.
[44] V. Verma et al., „{T("2011.04419")}“, ICML 2021.
[45] Y.-H. H. Tsai et al., „{T("2006.05576")}“, ICLR 2021.
[46] J. Zhong et al., „{T("2011.06182")}“, 2020.
[47] C. Xie et al., „{T("2006.14536")}“, 2020.
[48] S. Bhojanapalli et al., „{T("2103.14586")}“, ICCV 2021.

S poštovanjem,
Milica Jovanović, u ime svih autora
"""
write("273_response_to_reviewers_letter_txt_serbian_noisy_label_ssl_revision.txt", txt)
