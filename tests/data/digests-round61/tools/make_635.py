#!/usr/bin/env python3
"""635: a Djot document (djot.net; rendered with the djot CLI): heading attributes {#id}, _emphasis_ / *strong*,
inline [text](url) and reference links [text][ref] with [ref]: definitions, footnotes [^n], ::: fenced divs with a
class, ``` code blocks, a pipe table with a caption (^ …), a definition list (": term"), {=highlight=}, smart quotes,
"\\" hard line breaks and a raw ``` =html block. Italian notes on memory and state-space sequence models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F635, keys

text = f"""{{#inizio}}
# Memoria e modelli di sequenza: appunti per il gruppo di lettura

_Laboratorio di Apprendimento Automatico, Università di Valdora (fittizia) — versione del 15 marzo 2024_\\
Curatrice: Giulia Fontanesi (`g.fontanesi@unival.example`)

::: note
Questi appunti sono scritti in Djot e convertiti in HTML con `djot appunti.dj > appunti.html`.
Per proporre modifiche aprite una merge request sul GitLab del laboratorio.
:::

## Perché parlare di memoria {{#perche}}

Un Transformer standard vede solo una finestra di contesto fissa. Le soluzioni che leggiamo
quest'anno sono di tre tipi: _ricorrenza a livello di segmento_, _modelli a spazio di stati_ e
_memoria gestita esplicitamente_. Ogni incontro dura un'ora: 30 minuti di presentazione e
30 di discussione.[^orari]

## Ricorrenza a livello di segmento

*{T('1901.02860')}* ({au('1901.02860')}, ACL 2019), arXiv:1901.02860.
Lo stato nascosto del segmento precedente viene riusato come memoria, con codifiche di posizione
relative. È il punto di partenza di tutto il resto.

Una variante che decide _cosa dimenticare_: [{T('2105.06548')}](https://openreview.net/forum?id=ZVBtN6B_6i7)
({au('2105.06548')}, ICML 2021). Ogni stato ha una {{=scadenza appresa=}}, dopo la quale viene scartato.

## Modelli a spazio di stati

: HiPPO

  {T('2008.07669')} ({au('2008.07669')}, NeurIPS 2020). La base
  matematica: proiezioni su polinomi ortogonali per comprimere la storia in uno stato di dimensione fissa.

: Mamba

  {T('2312.00752')} ({au('2312.00752')}, 2023). Parametri dipendenti dall'input
  (selettività) e un algoritmo di scansione ottimizzato per GPU. Il PDF è nella cartella condivisa.

: RetNet

  [{T('2307.08621')}][retnet] ({au('2307.08621')}, 2023): tre forme di calcolo
  (parallela, ricorrente, a blocchi) per la stessa architettura.

## Memoria esplicita e agenti

[{T('2310.08560')}][memgpt] ({au('2310.08560')}) tratta il contesto come la memoria di un sistema
operativo, con paginazione verso un archivio esterno.

Per chi lavora sull'apprendimento continuo, un incontro a parte su
{T('2103.09762')} ({au('2103.09762')}, ICLR 2021): i gradienti dei nuovi compiti
vengono proiettati ortogonalmente ai sottospazi importanti per i compiti vecchi.[^continuo]

## Sequenze e apprendimento per rinforzo

{T('2106.02039')} ({au('2106.02039')}, NeurIPS 2021) — l'apprendimento per rinforzo
offline riformulato come modellazione di sequenze con un Transformer e beam search.

## Calendario

| Data       | Argomento                           | Presenta  |
|------------|-------------------------------------|-----------|
| 21/03/2024 | ricorrenza a segmenti               | Tommaso   |
| 28/03/2024 | spazio di stati (HiPPO, Mamba)      | Giulia    |
| 04/04/2024 | RetNet e memoria esplicita          | Chiara    |
| 11/04/2024 | continual learning e RL             | Davide    |
^ Tabella 1: calendario provvisorio (aula 3, ore 16)

## Verbali degli incontri precedenti {{#verbali}}

### 7 marzo 2024 — introduzione

Presenti: Giulia, Tommaso, Chiara, Davide, Federica (ospite dal gruppo di robotica).

1. Abbiamo deciso di leggere _un articolo per incontro_, più eventuali letture facoltative.
2. Ognuno prepara al massimo dieci slide; niente video lunghi durante la presentazione.
3. Le domande aperte vanno scritte in fondo a questo documento, nella sezione "Domande".

Discussione: Federica chiede se i modelli a spazio di stati siano utili per i segnali dei
sensori dei robot (frequenze alte, sequenze molto lunghe). Risposta provvisoria: sì, ma
serve un confronto onesto con le reti convoluzionali 1D, che sono più semplici da addestrare.

### 29 febbraio 2024 — organizzazione

- Aula 3 prenotata fino a giugno; in caso di sciopero ci colleghiamo su Teams.
- Budget per la pizza di fine ciclo: approvato dal responsabile del laboratorio.
- Server `gpu02` riservato il venerdì per gli esperimenti del gruppo di lettura.

## Domande

1. Quanto conta la lunghezza del contesto in addestramento rispetto a quella in inferenza?
2. Le memorie esplicite (archivi esterni) sono confrontabili con quelle implicite nello stato?
3. Esistono benchmark condivisi per la memoria a lungo termine nei dialoghi? (Chiara cerca.)
4. Che cosa succede alla perplessità quando si supera la lunghezza vista in addestramento?

## Materiale che _non_ è un articolo

- il repository `state-spaces/mamba` su GitHub (codice);
- il blog "The Annotated S4" (spiegazione con codice JAX);
- il corso CS25 di Stanford, registrazioni su YouTube;
- il dataset PG-19 per la modellazione di testi lunghi.

```python
# controllo rapido della memoria GPU prima di lanciare gli esperimenti
import torch
print(torch.cuda.mem_get_info())
```

``` =html
<p class="piede">Ultimo aggiornamento: 15/03/2024 — <a href="https://unival.example/ml-lab/">ML Lab</a></p>
```

[retnet]: https://arxiv.org/abs/2307.08621
[memgpt]: https://arxiv.org/pdf/2310.08560.pdf

[^orari]: Gli incontri sono il giovedì alle 16; il link Teams è nel calendario del laboratorio.

[^continuo]: Proposto da Davide; se il tempo non basta lo spostiamo a maggio.
"""
write_only(F635, text, keys(F635))
