#!/usr/bin/env python3
"""850: a SvelteKit page component (`src/routes/lesekreis/+page.svelte`, Svelte 4): `<script lang="ts">` with
imports (`$app/paths`, `$lib/…`), `export let data`, a typed array of objects in single-quoted TS strings, reactive
`$:` statements; `<svelte:head>`; markup with `{#each … as p (p.id)}` / `{:else}` / `{/each}`, `{#if}` / `{:else if}` /
`{/if}`, `{@html}`, `{expression}` interpolation, `on:input`, `bind:value`, `class:aktiv={…}`, `&#123;` for a literal
brace in text; a `<style>` block (component-scoped CSS with `:global()`); two-space indentation, LF. A German vision
group's reading-circle page on self-supervised and transfer learning; software, a dataset, a blog post and a lecture
are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, fill, write_only
from make_expected import by_num, keys

F = by_num(850)
ids = {"bit2": "2011.06182", "beit": "2106.08254", "bt": "2103.03230", "byol": "2006.07733", "cpc": "1807.03748",
       "big": "1912.11370", "hard": "2010.04592", "vit": "2106.10270"}


def js(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def entry(n, key, termin, thema, link=None, ref=None, notiz="", vortrag=None):
    f = [f"id: {n}", f"titel: {js(T(key))}", f"autoren: {js(au(key, 3))}", f"termin: '{termin}'", f"thema: '{thema}'"]
    f.append(f"link: {js(link) if link else 'null'}")
    if ref: f.append(f"referenz: {js(ref)}")
    f.append(f"notiz: {js(notiz)}")
    f.append(f"vortrag: {js(vortrag) if vortrag else 'null'}")
    return "    {\n" + "".join(f"      {x},\n" for x in f) + "    }"


E = [
 entry(1, "2106.08254", "2024-04-11", "maskiert", link="https://arxiv.org/abs/2106.08254",
       notiz="Maskierte Bildmodellierung mit visuellen Tokens aus einem dVAE. Grundlage für Sitzung 1.", vortrag="Lena Hartmann"),
 entry(2, "2006.07733", "2024-04-18", "kontrastfrei", link="https://arxiv.org/abs/2006.07733v3",
       notiz="Online- und Zielnetz, keine Negativbeispiele. Warum kollabiert das nicht? – Diskussion vorbereiten.", vortrag="Jonas Reuter"),
 entry(3, "2103.03230", "2024-04-25", "kontrastfrei", link="https://arxiv.org/pdf/2103.03230.pdf",
       notiz="Kreuzkorrelationsmatrix der Einbettungen → Einheitsmatrix. Vergleich mit dem vorigen Termin.", vortrag="Miriam Öztürk"),
 entry(4, "1807.03748", "2024-05-02", "kontrastiv", ref="arXiv:1807.03748",
       notiz="InfoNCE-Verlust; Audio, Bilder, Text. Nur Abschnitte 2 und 3 lesen.", vortrag="Paul Winkler"),
 entry(5, "2010.04592", "2024-05-02", "kontrastiv",
       notiz="Wie man schwierige Negativbeispiele gewichtet, ohne Labels. Ergänzung zum Termin am 2. Mai; Link folgt.", vortrag=None),
 entry(6, "2011.06182", "2024-05-16", "transfer", link="https://openreview.net/forum?id=3rRgu7OGgBI",
       notiz="Feinabstimmung vortrainierter Repräsentationen mit kontrastivem Kopf + Klassifikator. Reviews auf OpenReview lesenswert.", vortrag="Lena Hartmann"),
 entry(7, "1912.11370", "2024-05-23", "transfer",
       notiz="Großskaliges überwachtes Vortraining + einfache Transfer-Heuristik (BiT-HyperRule). PDF im Gruppenordner.", vortrag="Jonas Reuter"),
 entry(8, "2106.10270", "2024-06-06", "transfer",
       notiz="Augmentierung und Regularisierung vs. mehr Daten; Tabelle mit 50k Checkpoints. Als Abschluss der Reihe.", vortrag="Miriam Öztürk"),
]

SRC = """<script lang="ts">
  import { base } from '$app/paths';
  import { page } from '$app/stores';
  import Kopfzeile from '$lib/components/Kopfzeile.svelte';
  import Fusszeile from '$lib/components/Fusszeile.svelte';
  import { formatDatum } from '$lib/utils/datum';
  import type { PageData } from './$types';

  export let data: PageData;

  type Eintrag = {
    id: number;
    titel: string;
    autoren: string;
    termin: string;
    thema: 'maskiert' | 'kontrastiv' | 'kontrastfrei' | 'transfer';
    link: string | null;
    referenz?: string;
    notiz: string;
    vortrag: string | null;
  };

  // Leseliste Sommersemester 2024 – wird noch nicht aus dem CMS geladen (siehe Issue #41)
  const leseliste: Eintrag[] = [
@@ENTRIES@@
  ];

  const themen = [
    { schluessel: 'alle', name: 'Alle' },
    { schluessel: 'maskiert', name: 'Maskierte Modelle' },
    { schluessel: 'kontrastiv', name: 'Kontrastiv' },
    { schluessel: 'kontrastfrei', name: 'Ohne Negativbeispiele' },
    { schluessel: 'transfer', name: 'Transfer & Feinabstimmung' }
  ];

  let aktivesThema = 'alle';
  let suche = '';

  $: gefiltert = leseliste.filter(
    (e) =>
      (aktivesThema === 'alle' || e.thema === aktivesThema) &&
      (suche.trim() === '' || (e.titel + ' ' + e.autoren).toLowerCase().includes(suche.toLowerCase()))
  );
  $: naechster = leseliste.find((e) => e.termin >= data.heute) ?? null;
</script>

<svelte:head>
  <title>Lesekreis Selbstüberwachtes Lernen · AG Maschinelles Sehen · Hochschule Ostweiler</title>
  <meta
    name="description"
    content="Leseliste und Termine des Lesekreises zu selbstüberwachtem Lernen und Transfer in der AG Maschinelles Sehen."
  />
  <link rel="canonical" href="https://ag-sehen.example.de{$page.url.pathname}" />
</svelte:head>

<Kopfzeile aktiv="lehre" />

<main class="lesekreis">
  <nav class="brotkrumen" aria-label="Brotkrumen">
    <a href="{base}/">Start</a> › <a href="{base}/lehre">Lehre</a> › <span>Lesekreis</span>
  </nav>

  <h1>Lesekreis: Selbstüberwachtes Lernen &amp; Transfer</h1>
  <p class="einleitung">
    Donnerstags, 14:15–15:45 Uhr, Raum B 2.17 (und per Videokonferenz). Jede Sitzung stellt eine Person ein Paper vor;
    alle anderen lesen vorher mindestens Abstract, Einleitung und Experimente. Fragen bitte bis Mittwochabend ins
    Etherpad. Die Notation im Wiki folgt der Form &#123;Modell, Daten, Ziel&#125;.
  </p>

  {#if naechster}
    <aside class="naechster-termin">
      <strong>Nächster Termin ({formatDatum(naechster.termin)}):</strong>
      {naechster.titel}
      {#if naechster.vortrag}– Vortrag: {naechster.vortrag}{:else}– Vortrag noch offen{/if}
    </aside>
  {:else if data.heute > '2024-06-30'}
    <aside class="naechster-termin">Die Reihe ist abgeschlossen. Danke an alle Vortragenden!</aside>
  {/if}

  <div class="filter">
    {#each themen as t (t.schluessel)}
      <button class:aktiv={aktivesThema === t.schluessel} on:click={() => (aktivesThema = t.schluessel)}>
        {t.name}
      </button>
    {/each}
    <label>
      Suche
      <input type="search" placeholder="Titel oder Autor…" bind:value={suche} on:input={() => (aktivesThema = 'alle')} />
    </label>
  </div>

  <ol class="leseliste">
    {#each gefiltert as p (p.id)}
      <li class="eintrag thema-{p.thema}">
        <span class="termin">{formatDatum(p.termin)}</span>
        {#if p.link}
          <a class="titel" href={p.link} rel="noopener" target="_blank">{p.titel}</a>
        {:else}
          <span class="titel">{p.titel}</span>
        {/if}
        <span class="autoren">{p.autoren}</span>
        {#if p.referenz}<span class="referenz">({p.referenz})</span>{/if}
        <p class="notiz">{p.notiz}</p>
        {#if p.vortrag}<span class="vortrag">Vortrag: {p.vortrag}</span>{/if}
      </li>
    {:else}
      <li class="leer">Keine Einträge für diese Auswahl.</li>
    {/each}
  </ol>

  <section class="material">
    <h2>Weiteres Material (keine Paper)</h2>
    <ul>
      <li>
        <a href="https://github.com/huggingface/pytorch-image-models">timm</a> – Bibliothek mit vortrainierten
        Bildmodellen; wir nutzen sie für alle Linear-Probing-Experimente.
      </li>
      <li>ImageNet-1k (Datensatz) liegt auf dem Cluster unter <code>/data/imagenet</code>; Zugang über Frau Hartmann.</li>
      <li>
        <a href="https://blog.ag-sehen.example.de/ssl-ueberblick">Blogbeitrag der Gruppe: Ein Jahr selbstüberwachtes Lernen</a>
        (Überblick, Stand Januar 2024).
      </li>
      <li>Vorlesungsaufzeichnung „Repräsentationslernen“, Kapitel 6 (Moodle-Kurs der Hochschule).</li>
    </ul>
  </section>

  {@html data.hinweisHtml ?? ''}
</main>

<Fusszeile />

<style>
  .lesekreis {
    max-width: 56rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 3rem;
  }
  .brotkrumen {
    font-size: 0.85rem;
    color: var(--grau-600);
  }
  .naechster-termin {
    border-left: 4px solid var(--akzent);
    background: var(--grau-50);
    padding: 0.75rem 1rem;
    margin: 1rem 0;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .filter button.aktiv {
    background: var(--akzent);
    color: white;
  }
  .leseliste .eintrag {
    margin: 1rem 0;
  }
  .titel {
    font-weight: 600;
  }
  .autoren,
  .referenz {
    display: block;
    color: var(--grau-600);
    font-size: 0.9rem;
  }
  :global(.hinweis) {
    font-style: italic;
  }
</style>
"""
text = SRC.replace("@@ENTRIES@@", ",\n".join(E))
write_only(F, text, keys(F))
