#!/usr/bin/env python3
"""514: a GNU recutils database (.rec, as recsel / recinf / recfix read it) in which an Italian vision group keeps its
reading list: record descriptors (%rec, %key, %type, %mandatory, %allowed, %sort, %doc), records of "Field: value"
lines, multi-line values continued with "+ " lines, # comments in Italian, a second record set for resources.
Decoded form: the field values with continuation lines joined (recsel's view). Papers: arXiv abs URLs in Url
(link), "arXiv:" ids in Arxiv (arxiv-text), records with a venue, a CVF / NeurIPS page or nothing (title-only).
Not papers: timm, the detectron2 repository, a course, a talk, a dataset, the group's sessions."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F514, keys, ALEXNET


def wrap(title, at):
    """a long value continued on a '+ ' line after the word `at`"""
    i = title.index(at) + len(at)
    return title[:i] + "\n+ " + title[i + 1:]


text = f'''# -*- mode: rec -*-
#
# letture-visione.rec — gruppo di lettura "Visione artificiale", Dipartimento di Informatica, Università di Valmarina
# Curatrice: Chiara Benvenuti <chiara.benvenuti@example.it>
#
# Uso:
#   recsel -t Articolo -e "Stato = 'da leggere'" -p Titolo,Relatore letture-visione.rec
#   recsel -t Articolo -S Sessione -p Sessione,Titolo letture-visione.rec
#   recfix --check letture-visione.rec      (da lanciare prima di ogni commit)
#
# I titoli lunghi vanno a capo con le righe "+ " (recsel li ricompone).

%rec: Articolo
%doc: Un articolo da discutere in una sessione del gruppo.
%key: Id
%mandatory: Titolo Sessione Stato
%type: Anno int
%type: Sessione int
%type: Stato enum letto da-leggere rimandato
%allowed: Id Titolo Anno Sede Url Arxiv Sessione Relatore Stato Note
%sort: Sessione

Id: krizhevsky2012
Titolo: {ALEXNET}
Anno: 2012
Sede: NIPS 2012 (Advances in Neural Information Processing Systems 25)
Sessione: 1
Relatore: Chiara Benvenuti
Stato: letto
Note: Il classico da cui partiamo: ReLU, dropout, due GPU. Leggere la sezione 3
+ e guardare la figura 2 (la divisione del modello su due schede).

Id: tan2019
Titolo: {wrap(T("1905.11946"), "for")}
Anno: 2019
Sede: ICML 2019
Url: https://arxiv.org/abs/1905.11946
Sessione: 1
Relatore: Matteo Lanzillotta
Stato: letto
Note: Il coefficiente composto per profondità, larghezza e risoluzione.

Id: pham2021
Titolo: {T("2101.01761")}
Anno: 2021
Sede: AAAI 2021
Url: https://arxiv.org/abs/2101.01761
Sessione: 2
Relatore: Giulia Ferrandino
Stato: letto
Note: Ricerca dei pattern di dropout con un controller RL; confrontare con
+ il dropout strutturato che usiamo nel progetto.

Id: steiner2021
Titolo: {wrap(T("2106.10270"), "Regularization")}
Anno: 2021
Sede: TMLR 2022
Arxiv: arXiv:2106.10270
Sessione: 2
Relatore: Matteo Lanzillotta
Stato: letto
Note: Le ricette AugReg; i pesi sono in timm (non è un articolo, ma ci serve).

Id: zhai2021
Titolo: {T("2106.04560")}
Anno: 2022
Sede: CVPR 2022
Sessione: 3
Relatore: Chiara Benvenuti
Stato: da-leggere
Note: Leggi di scala per ViT; tabella 1 e figura 2.

Id: zhu2021
Titolo: {wrap(T("2010.04159"), "Transformers")}
Anno: 2021
Sede: ICLR 2021 (orale)
Sessione: 3
Relatore: Davide Orsenigo
Stato: da-leggere
Note: Attenzione deformabile multi-scala; il codice che useremo è quello di
+ detectron2 (repository, non articolo).

Id: jiang2021
Titolo: {T("2103.14167")}
Anno: 2021
Sede: ICCV 2021
Arxiv: arXiv:2103.14167
Sessione: 4
Relatore: Giulia Ferrandino
Stato: da-leggere
Note: Corrispondenze dense tra immagini con un transformer interrogato per punti.

Id: qiu2021
Titolo: {wrap(T("2103.14146"), "Changes")}
Anno: 2021
Sede: ICCV 2021
Url: https://openaccess.thecvf.com/ICCV2021
Sessione: 4
Relatore: Davide Orsenigo
Stato: rimandato
Note: Rimandato a maggio: serve prima il dataset (CLEVR-Multi-Change), da scaricare.

%rec: Sessione
%doc: Le sessioni del gruppo (aula, data, chi porta i dolci).
%key: Numero
%type: Numero int
%type: Data date
%mandatory: Data Aula

Numero: 1
Data: 2024-03-07
Aula: Laboratorio 2, edificio C
Dolci: Chiara

Numero: 2
Data: 2024-03-21
Aula: Laboratorio 2, edificio C
Dolci: Matteo
Nota: Registrazione su Teams per chi è in trasferta.

Numero: 3
Data: 2024-04-11
Aula: Aula Seminari, primo piano
Dolci: Giulia

Numero: 4
Data: 2024-05-02
Aula: Aula Seminari, primo piano
Nota: Ultima sessione prima della scadenza ECCV; chi ha una sottomissione
+ può saltare senza avvisare.

%rec: Risorsa
%doc: Materiale che non è un articolo (codice, corsi, seminari, dati).
%key: Nome
%type: Tipo enum codice corso seminario dati
%mandatory: Tipo

Nome: timm
Tipo: codice
Url: https://github.com/huggingface/pytorch-image-models

Nome: detectron2
Tipo: codice
Url: https://github.com/facebookresearch/detectron2

Nome: CS231n
Tipo: corso
Url: https://cs231n.stanford.edu/

Nome: Seminario Orsenigo
Tipo: seminario
Nota: "Trasformatori per la rilevazione di oggetti: cosa resta delle ancore?", giovedì 16 maggio, aula Magna B, ore 14:30

Nome: CLEVR-Multi-Change
Tipo: dati
Nota: Chiedere a Davide il link interno; pesa circa 40 GB.
'''
write_only(F514, text, keys(F514), forms=[text.replace("\n+ ", "\n")])
