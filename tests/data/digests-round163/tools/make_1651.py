#!/usr/bin/env python3
"""1651: a Dutch PhD student's Notenik note (one note file of a Notenik collection, as Notenik writes it): `Label:
value` fields separated by blank lines — Title, Tags, Link, Status (Notenik's default `n - Label` values), Type, Seq,
Date, Date Added, Timestamp —, then Body with the markdown text. The Seq, dates and the Timestamp come from the
model; the body is the note's own text."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALEX

F = by_num(1651)
BODY = f"""## Leesgroep representaties en training — blok 3

Overzicht van wat we in maart lezen, met mijn eigen aantekeningen. Bespreking op dinsdag om 15:00 in zaal 4.12
(Sanne zit voor, Daan neemt koffie mee).

### Contrastief leren

- [{T('2004.11362')}](https://arxiv.org/abs/2004.11362) — de label-bewuste variant van de contrastieve loss. Vergelijken
  met onze baseline op de histologie-data.
- [{T('2011.04419')}](https://arxiv.org/abs/2011.04419v2) — mixup als "augmentatie" voor domeinen zonder vaste
  augmentaties (tabellen, tijdreeksen). Relevant voor hoofdstuk 4.

### Optimalisatie en robuustheid

- [{T('2010.01412')}](https://arxiv.org/pdf/2010.01412.pdf): SAM. Daan heeft een PyTorch-implementatie, nog niet getest
  op onze GPU's.
- {T('2006.14536')} — vervangen van ReLU door gladde activaties tijdens adversarial training. Geen link bij de hand,
  staat in de gedeelde Zotero-map.
- {T('1710.03740')} (arXiv:1710.03740, ICLR 2018) — voor de cursus, niet voor het proefschrift. Zie ook de
  PyTorch-documentatie over `torch.cuda.amp`.

### Pre-training en transfer

- [{T('2006.06882')}](https://arxiv.org/abs/2006.06882)
- {T('2103.09762')} (ICLR 2021): orthogonale gradiëntprojecties tegen vergeten. Misschien iets voor het
  continual-learning-project van Femke.

### Klassiekers

- {ALEX} (Krizhevsky, Sutskever en Hinton, NIPS 2012). Voor de eerstejaars in de leesgroep; ik lees het elk jaar
  opnieuw en zie steeds iets anders.

### Nog te doen

- [ ] slides voor dinsdag (max. 10 dia's)
- [ ] vragen voor Sanne over de evaluatie op de validatieset
- [x] zaal gereserveerd
"""
FIELDS = [
    ("Title", "Leesgroep maart - training en representaties"),
    ("Tags", "leesgroep, promotie.hoofdstuk-4, representaties"),
    ("Link", "https://arxiv.org/abs/2004.11362"),
    ("Status", "4 - In Work"),
    ("Type", "note"),
    ("Seq", "3.2"),
    ("Date", "2024-03-12"),
    ("Date Added", "2024-03-04 09:41:27"),
    ("Timestamp", "20240304094127"),
]


def build():
    out = []
    for k, v in FIELDS:
        out += [f"{k}: {v}", ""]
    out += ["Body:", ""]
    return "\n".join(out) + "\n" + BODY


if __name__ == "__main__":
    write_only(F, build(), keys(F))
