#!/usr/bin/env python3
"""322: a book review in an (invented) open-access journal run on Open Journal Systems 3.3 ("Revista Rumantscha da
Scienza"), its article page copied from the browser as text. What such a copy has: OJS's skip links, the journal name,
the menu, the breadcrumb "Home / Archives / Vol. n No. m (year) / section", the review's title, the reviewer and her
affiliation, the DOI, keywords, the review's HTML full text shown inline (the reviewed book's bibliographic line with
publisher, year, pages and ISBN-13, then the review), the galley link "PDF", the side blocks "Published", "Issue",
"Section", "License", "How to Cite" (APA, with volume(issue), pages and the DOI), the footer. Written in Romansh
(Rumantsch Grischun). Papers: an arXiv abs / pdf or huggingface.co/papers URL in parentheses (link), "arXiv:ID" or
a bare id (arxiv-text), titles in « » or in sentences with authors and year (title-only; five are not on arXiv). The
reviewed book, its publisher, a second textbook and a course are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from alloc_keys import BACKPROP, GLOROT, LENET, ALEXNET, DBN

KEYS = ["1406.2661", "1503.03585", "1907.05600", "2105.05233", "2009.09761", "1711.05101", "2010.01412", BACKPROP,
        GLOROT, LENET, ALEXNET, DBN]
DOI = "10.5555/rrs.v14i1.211"
ISBN = "978-3-03-114712-8"

page = f"""Skip to main content
Skip to main navigation menu
Skip to site footer
Revista Rumantscha da Scienza
Current
Archives
Announcements
About
Search
Register
Login
Home / Archives / Vol. 14 No. 1 (2024) / Recensiuns
Recensiun: Gion Casutt, «Emprender profund. Da las raits neuralas als models generativs»
Ladina Caduff
Institut per datas e scienza computaziunala, Scola auta tecnica Cuira (exempel)
DOI: https://doi.org/{DOI}
Keywords: emprender profund, models generativs, cudesch d'instrucziun
Gion Casutt: Emprender profund. Da las raits neuralas als models generativs. Cuira: Ediziuns Scalarams, 2023. 412 paginas. ISBN {ISBN}.
Quai è il emprim cudesch d'instrucziun davart l'emprender profund per rumantsch, ed el emplenescha ina largia evidenta: fin ussa stuevan ils students da las scolas autas en Grischun emprender la materia per tudestg u englais. Casutt, che instruescha daspi diesch onns, ha scrit in text cler che suonda l'istorgia dal champ.
La part I (chapitels 1–5) cumenza cun las funtaunas classicas. Casutt explitgescha la propagaziun enavos sco en l'artitgel da Rumelhart, Hinton e Williams, {T(BACKPROP)} (Nature, 1986), ed el preschenta las raits da convoluziun cun agid da {T(LENET)} (LeCun ed auters, 1998). Il chapitel 4 sur l'inizialisaziun suonda {T(GLOROT)} (Glorot e Bengio, 2010) – in bun exempel per la moda da Casutt da declerar in artitgel pass per pass. Pli curt è il chapitel davart il pretrenament cun «{T(DBN)}» (2006), che vegn oz pli savens cità che legì. Il chapitel 5 tracta l'onn 2012 e l'artitgel {T(ALEXNET)}.
La part II (chapitels 6–9) tracta l'optimaziun. Jau hai gì plaschair da chattar ina explicaziun bain fatga da {T('1711.05101')} (arXiv:1711.05101), che mussa pertge che AdamW n'è betg il medem sco Adam cun regularisaziun L2. Il paragraf davart {T('2010.01412')} è percunter memia curt; ina figura da la cuntrada da la funcziun da perdita avess gidà.
La part III (chapitels 10–14) è la pli nova e la pli ambiziusa. Ella cumenza cun {T('1406.2661')} (https://arxiv.org/abs/1406.2661) e cuntinuescha cun ils models da diffusiun. Casutt ha raschun da cumenzar cun l'artitgel fundamental {T('1503.03585')} (https://arxiv.org/pdf/1503.03585) e betg pir cun DDPM, ed el explitgescha bain la colliaziun cun «{T('1907.05600')}» da Song ed Ermon. Ch'ils models da diffusiun battan ils GAN, mussa el tenor {T('2105.05233')} (2105.05233). Il chapitel 14 tracta l'audio cun {T('2009.09761')} (https://huggingface.co/papers/2009.09761), in tema ch'ins chatta darar en cudeschs d'instrucziun.
Mancanzas: las equaziuns èn bain numeradas, ma il cudesch n'ha nagin index dals simbols, e la bibliografia na dat betg adina l'onn da publicaziun. Ils exercizis n'han naginas soluziuns. Tgi che vul ina survista pli matematica, duess leger ensemen cun quest cudesch il manual da Bishop e Bishop, Deep Learning: Foundations and Concepts (2024), u suandar il curs CS231n.
Tut en tut: in cudesch bun e necessari. Jau al recumond a studentas e students dal bachelor ed a scolastas e scolasts dal gimnasi che vulan instruir la materia en lur lingua.
PDF
Published
2024-03-15
Issue
Vol. 14 No. 1 (2024)
Section
Recensiuns
License
Copyright (c) 2024 Ladina Caduff
This work is licensed under a Creative Commons Attribution 4.0 International License.
How to Cite
Caduff, L. (2024). Recensiun: Gion Casutt, «Emprender profund. Da las raits neuralas als models generativs». Revista Rumantscha da Scienza, 14(1), 211–214. https://doi.org/{DOI}
More Citation Formats
Make a Submission
Information
For Readers
For Authors
For Librarians
Platform & workflow by OJS / PKP
"""
write_only("322_journal_book_review_ojs_page_copied_text_romansh_deep_learning_textbook.txt", page, KEYS)
