#!/usr/bin/env python3
"""836 (negative): an hledger 1.32 journal (`lab-budget-2024.journal`): `;` comment lines and a `comment` /
`end comment` block, `decimal-mark ,` with `commodity 1.000,00 EUR` / `commodity USD 1.000,00`, `account`
directives with `; type:` tags, `P` market-price directives, transactions `YYYY-MM-DD [*|!] [(code)] payee | note`
with indented postings (two or more spaces before the amount), one elided amount per transaction at most, `@@`
total costs, tags `project:…`, `; date:` posting dates, periodic `~ monthly` budget rules. A Dutch lab's compute,
conference and dataset-licence budget; it names software, venues, a dataset and a course, and no paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(836)
text = '''; Begroting en uitgaven — Onderzoeksgroep Taal & Leren, Hogeschool Zeewolde (fictief)
; Beheer: Femke de Wit <f.dewit@example.nl>; controle elk kwartaal door Joost Verhaar.
; Bestand: lab-budget-2024.journal — bewerken met hledger-ui of een teksteditor, NIET met Excel.
; Rapport: hledger -f lab-budget-2024.journal bal -M --budget expenses

decimal-mark ,
commodity 1.000,00 EUR
commodity USD 1.000,00

account assets:bank:projectrekening        ; type: A
account assets:vooruitbetaald              ; type: A
account liabilities:creditcard:groep       ; type: L
account equity:openingsbalans              ; type: E
account income:subsidie:nwo-xs             ; type: R
account income:subsidie:faculteit          ; type: R
account expenses:rekenkracht:cloud-gpu     ; type: X
account expenses:rekenkracht:cluster       ; type: X
account expenses:conferenties:registratie  ; type: X
account expenses:conferenties:reis         ; type: X
account expenses:conferenties:verblijf     ; type: X
account expenses:data:licenties            ; type: X
account expenses:software:abonnementen     ; type: X
account expenses:opleiding                 ; type: X
account expenses:overig                    ; type: X

P 2024-01-02 USD 0,91 EUR
P 2024-02-01 USD 0,92 EUR
P 2024-03-01 USD 0,92 EUR

comment
Afspraken (vergadering 9 januari):
- GPU-uren in de cloud alleen voor experimenten die niet op het faculteitscluster passen.
- Conferentiereizen: eerst registratie boeken, reis pas na acceptatie van de bijdrage.
- Licenties voor datasets altijd op naam van de groep, niet persoonlijk.
end comment

~ monthly from 2024-01  Budget per maand
    expenses:rekenkracht:cloud-gpu         1.500,00 EUR
    expenses:rekenkracht:cluster             400,00 EUR
    expenses:software:abonnementen           120,00 EUR
    assets:bank:projectrekening

2024-01-01 * Openingsbalans
    assets:bank:projectrekening           38.250,00 EUR
    equity:openingsbalans

2024-01-05 * (NWO-XS-24) NWO | eerste tranche subsidie "Robuuste taalmodellen voor het Nederlands"
    assets:bank:projectrekening           25.000,00 EUR
    income:subsidie:nwo-xs               -25.000,00 EUR

2024-01-08 * (FAC-0108) Faculteit Techniek | bijdrage rekeninfrastructuur
    assets:bank:projectrekening            6.000,00 EUR
    income:subsidie:faculteit

2024-01-15 * Cloudleverancier | GPU-uren januari  ; project:taalmodel-nl
    expenses:rekenkracht:cloud-gpu         USD 1.380,00 @@ 1.255,80 EUR
    liabilities:creditcard:groep          -1.255,80 EUR

2024-01-22 * (INV-7731) Rekencentrum Zeewolde | clustergebruik Q1, 12.000 kernuren
    expenses:rekenkracht:cluster           1.200,00 EUR
    assets:bank:projectrekening

2024-01-29 * Weights & Biases | teamabonnement januari  ; project:algemeen
    expenses:software:abonnementen           USD 150,00 @@ 136,50 EUR
    liabilities:creditcard:groep

2024-02-02 ! (ACL-REG) Association for Computational Linguistics | registratie ACL 2024, twee personen
    ; nog niet afgeschreven, bevestiging per e-mail ontvangen
    expenses:conferenties:registratie      USD 1.650,00 @@ 1.518,00 EUR
    liabilities:creditcard:groep

2024-02-05 * Linguistic Data Consortium | licentie corpus voor spraakherkenning  ; project:spraak
    ; gebruik alleen binnen de groep, niet herverdelen
    expenses:data:licenties                2.400,00 EUR
    assets:bank:projectrekening

2024-02-12 * Cloudleverancier | GPU-uren februari  ; project:taalmodel-nl
    expenses:rekenkracht:cloud-gpu         USD 1.910,50 @@ 1.757,66 EUR
    liabilities:creditcard:groep

2024-02-14 * Creditcardafrekening januari
    liabilities:creditcard:groep           1.392,30 EUR
    assets:bank:projectrekening

2024-02-19 * Hugging Face | Pro-abonnementen (3x)  ; project:algemeen
    expenses:software:abonnementen         USD 27,00 @@ 24,84 EUR
    liabilities:creditcard:groep

2024-02-26 * Zomerschool Machinaal Leren | deelname promovendus Sanne Kuipers  ; project:opleiding
    expenses:opleiding                       650,00 EUR
    assets:bank:projectrekening

2024-02-28 * NS Internationaal | trein Utrecht–Brussel, workshop over evaluatie  ; project:taalmodel-nl
    expenses:conferenties:reis               187,40 EUR  ; date:2024-03-11
    liabilities:creditcard:groep

2024-03-01 * Hotel Centraal Brussel | 2 nachten, workshop  ; project:taalmodel-nl
    expenses:conferenties:verblijf           298,00 EUR
    liabilities:creditcard:groep

2024-03-04 * Cloudleverancier | GPU-uren maart (voorschot)  ; project:taalmodel-nl
    ; reservering voor de grote trainingsrun, zie planning op de wiki
    assets:vooruitbetaald                  USD 2.000,00 @@ 1.840,00 EUR
    assets:bank:projectrekening

2024-03-05 * Boekhandel Zeewolde | studieboeken voor het leesgroepje (2x)
    expenses:overig                          119,90 EUR
    liabilities:creditcard:groep

2024-03-05 * (DECL-0305) Declaratie Mehmet Yilmaz | reis- en verblijfskosten workshop, terugbetaald
    ; bonnetjes gescand in de gedeelde map Financiën/2024/Q1
    expenses:conferenties:reis                42,60 EUR  ; openbaar vervoer Brussel
    expenses:conferenties:verblijf            36,00 EUR  ; toeristenbelasting
    expenses:overig                           18,75 EUR  ; lunch posterpresentatie
    assets:bank:projectrekening              -97,35 EUR

2024-03-06 ! Evenementenbureau Rotterdam | aanbetaling zaal voor het najaarssymposium van de groep
    ; onder voorbehoud: hangt af van de tweede tranche subsidie
    assets:vooruitbetaald                    750,00 EUR
    assets:bank:projectrekening

2024-03-07 * Cloudleverancier | creditnota, ongebruikte reservering februari
    expenses:rekenkracht:cloud-gpu         USD -210,00 @@ -193,20 EUR
    liabilities:creditcard:groep

2024-03-08 * Creditcardafrekening februari
    ; ACL-registratie staat nog open (zie 2 februari), die komt in maart
    liabilities:creditcard:groep           1.782,50 EUR
    assets:bank:projectrekening

; Vragen voor het kwartaaloverleg:
; - cloud-gpu loopt in maart voor op de begroting; verschuiven naar het cluster?
; - licentie spraakcorpus verlengen in 2025 of overstappen op een open dataset (Common Voice)?
; - abonnementen opzeggen die niemand gebruikt (één W&B-zetel staat leeg sinds januari)
'''
write(F, text, negative=True)
