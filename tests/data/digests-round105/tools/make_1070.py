#!/usr/bin/env python3
"""1070: an Italian ML blog's two-part article on the history of diffusion models, as the headless CMS Prismic's
REST API v2 answered the site's build (`GET https://quaderni-ml.cdn.prismic.io/api/v2/documents/search?ref=…&q=[[at(
document.type,"articolo")]]&lang=it-it&orderings=[my.articolo.data_pubblicazione desc]`), saved with curl: compact
JSON, UTF-8 raw, no final newline. The search envelope (page, results_per_page, results_size, total_results_size,
total_pages, next_page, prev_page, results, version, license); documents with Prismic's keys (id, uid, url, type, href,
tags, first/last_publication_date with +0000, slugs derived from the title, linked_documents, lang,
alternate_languages, data); Rich Text fields as blocks (`heading1`, `heading2`, `paragraph`, `list-item`,
`preformatted`) whose `spans` (strong, em, hyperlink with a Web link) are offsets into the block's text, a content
relationship to the author, an image field, and a `letture` slice (reading list) whose items carry a Key Text title,
a Link field (`{"link_type":"Any"}` when empty) and a Rich Text note. Lilian Weng's blog post and the diffusers
documentation are not papers; "DDPM", "DDIM", "NCSN", "LSGM", "GAN", "ADM", "DALL·E 2", "GLIDE", "Stable Diffusion"
are nicknames."""
import hashlib, json, os, re, sys, unicodedata, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1070)
K = dict(beat="2105.05233", neq="1503.03585", cfg="2207.12598", ddim="2010.02502", lsgm="2106.05931",
         gan="1406.2661", ncsn="1907.05600", dalle2="2204.06125")
REPO = "quaderni-ml"
REF = "ZebB2BEAACQAhX3n"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def pid(seed):
    h = hashlib.sha256(("prismic-" + seed).encode()).digest()
    return "Ze" + "".join(B64[b % 64] for b in h[:14])


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def block(kind, *segs):
    """segs: plain strings, or (text, mark) with mark 'strong' / 'em' / a URL (hyperlink)"""
    text, spans = "", []
    for s in segs:
        if isinstance(s, str):
            text += s; continue
        t, m = s
        a = u16(text); text += t; b = u16(text)
        if m in ("strong", "em"):
            spans.append({"start": a, "end": b, "type": m})
        else:
            spans.append({"start": a, "end": b, "type": "hyperlink", "data": {"link_type": "Web", "url": m, "target": "_blank"}})
    return {"type": kind, "text": text, "spans": spans}


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


AUTHOR = {"id": pid("autore-giulia"), "type": "autore", "tags": [], "lang": "it-it", "slug": "giulia-ferraris",
          "first_publication_date": "2023-10-02T09:14:21+0000", "last_publication_date": "2024-01-18T16:02:47+0000",
          "uid": "giulia-ferraris", "link_type": "Document", "isBroken": False}


def web(url):
    return {"link_type": "Web", "url": url, "target": "_blank"}


def lettura(title, link, *note):
    return {"titolo_paper": title, "collegamento": link, "nota": [block("paragraph", *note)]}


def slice_letture(seed, items):
    return {"slice_type": "letture", "slice_label": None, "items": items,
            "primary": {"intestazione": [block("heading2", "Letture consigliate")]},
            "id": "letture$" + str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest(), version=4))}


def image(seed, alt, w, h):
    hx = hashlib.sha1(seed.encode()).hexdigest()
    return {"dimensions": {"width": w, "height": h}, "alt": alt, "copyright": None,
            "url": f"https://images.prismic.io/{REPO}/{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}_{seed}.png?auto=format,compress",
            "id": pid("img-" + seed), "edit": {"x": 0, "y": 0, "zoom": 1, "background": "transparent"}}


def doc(seed, title, old_slugs, tags, first, last, date, summary, corpo, letture):
    i = pid(seed)
    uid = slugify(title)
    return {"id": i, "uid": uid, "url": f"/blog/{uid}", "type": "articolo",
            "href": f"https://{REPO}.cdn.prismic.io/api/v2/documents/search?ref={REF}&q=%5B%5B%3Ad+%3D+at%28document.id%2C+%22{i}%22%29+%5D%5D",
            "tags": tags, "first_publication_date": first, "last_publication_date": last,
            "slugs": [slugify(title)] + old_slugs, "linked_documents": [], "lang": "it-it", "alternate_languages": [],
            "data": {"titolo": [block("heading1", title)], "sommario": summary, "data_pubblicazione": date,
                     "autore": AUTHOR, "copertina": image(seed, "Schema del processo di diffusione in avanti e all'indietro", 1600, 900),
                     "corpo": corpo, "body": [slice_letture(seed, letture)]}}


p2 = doc("parte-2", "Breve storia dei modelli di diffusione — parte 2: più veloci e guidati",
         ["breve-storia-dei-modelli-di-diffusione-parte-2"], ["diffusione", "storia", "generativi"],
         "2024-03-04T08:12:55+0000", "2024-03-05T17:40:02+0000", "2024-03-04",
         "Dal campionamento in mille passi a quello in cinquanta, e da come la guida del classificatore ha reso i modelli di diffusione controllabili.",
         [block("paragraph", "Nella ", ("prima parte", "https://quaderni-ml.example.it/blog/breve-storia-dei-modelli-di-diffusione-parte-1-le-origini"),
                " abbiamo visto come si arriva al DDPM. Il problema pratico restava uno: ", ("mille passi di denoising", "strong"),
                " per ogni immagine."),
          block("heading2", "Campionare più in fretta"),
          block("paragraph", "Il primo passo avanti è ", (T(K["ddim"]), "https://openreview.net/forum?id=St1giarCHLP"),
                " (Song, Meng, Ermon, ICLR 2021): lo stesso modello addestrato come un DDPM, ma un processo ",
                ("non markoviano", "em"), " che permette di saltare passi. Con 50 passi la qualità è quasi la stessa."),
          block("heading2", "Battere le GAN"),
          block("paragraph", "Poi arriva ", (T(K["beat"]), "https://arxiv.org/abs/2105.05233"),
                ": architettura migliorata (ADM) e ", ("classifier guidance", "em"),
                ", cioè il gradiente di un classificatore addestrato su immagini rumorose che spinge il campionamento verso la classe voluta."),
          block("paragraph", "Il classificatore però è un peso: va addestrato a parte. ",
                (T(K["cfg"]), "https://arxiv.org/pdf/2207.12598.pdf"),
                " (Ho e Salimans) lo elimina: si addestra lo stesso modello con e senza condizionamento e si estrapola tra le due previsioni."),
          block("preformatted", "eps = eps_uncond + w * (eps_cond - eps_uncond)   # w ≈ 3–7"),
          block("heading2", "Diffondere nello spazio latente"),
          block("paragraph", "Lavorare sui pixel costa. Una strada è addestrare la diffusione nello spazio latente di un VAE: ",
                (T(K["lsgm"]), "strong"), " (Vahdat, Kreis, Kautz — arXiv:2106.05931) lo fa con un modello a punteggio addestrato insieme al VAE. Stable Diffusion seguirà un'idea simile con un autoencoder fisso."),
          block("heading2", "Dal testo all'immagine"),
          block("paragraph", "Chiudiamo con DALL·E 2, cioè ", (T(K["dalle2"]), "em"),
                " (Ramesh et al., 2022): un prior che genera embedding CLIP dal testo e un decoder a diffusione che li trasforma in immagini."),
          block("list-item", "Per il codice: la documentazione di ", ("diffusers", "https://huggingface.co/docs/diffusers/index"), " (documentazione, non un articolo)."),
          block("list-item", "Per una panoramica matematica: ", ("What are Diffusion Models?", "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"), " di Lilian Weng (blog)."),
          ],
         [lettura(T(K["ddim"]), web("https://openreview.net/forum?id=St1giarCHLP"), "Sezione 4: il processo generalizzato."),
          lettura(T(K["beat"]), web("https://arxiv.org/abs/2105.05233"), "Leggere soprattutto la sezione sulla guida."),
          lettura(T(K["cfg"]), web("https://arxiv.org/pdf/2207.12598.pdf"), "Breve, 10 pagine."),
          lettura(T(K["dalle2"]), {"link_type": "Any"}, "Link da aggiungere.")])

p1 = doc("parte-1", "Breve storia dei modelli di diffusione — parte 1: le origini", [],
         ["diffusione", "storia", "generativi"], "2024-02-19T07:58:10+0000", "2024-03-04T08:15:31+0000", "2024-02-19",
         "Termodinamica, punteggi e rumore: da dove vengono i modelli che oggi disegnano al posto nostro.",
         [block("paragraph", "Prima dei modelli di diffusione, la generazione di immagini era dominata dalle GAN, introdotte in ",
                (T(K["gan"]), "em"), " (Goodfellow et al., 2014). Addestramento instabile, ", ("mode collapse", "em"),
                ", ma campioni nitidi."),
          block("heading2", "L'idea termodinamica"),
          block("paragraph", "Tutto parte da ", (T(K["neq"]), "https://arxiv.org/abs/1503.03585"),
                " (Sohl-Dickstein et al., ICML 2015): distruggere lentamente la struttura dei dati aggiungendo rumore, e imparare il processo inverso. L'articolo passa quasi inosservato per cinque anni."),
          block("heading2", "I modelli basati sul punteggio"),
          block("paragraph", "In parallelo, Song ed Ermon pubblicano ", (T(K["ncsn"]), "strong"),
                " (NeurIPS 2019): stimare il gradiente della log-densità (lo ", ("score", "em"),
                ") a più livelli di rumore e campionare con la dinamica di Langevin. È l'NCSN."),
          block("paragraph", "Nel 2020 il DDPM di Ho, Jain e Abbeel mette insieme le due linee: una perdita semplice di previsione del rumore e campioni finalmente competitivi con le GAN. Ne parliamo nella seconda parte."),
          ],
         [lettura(T(K["neq"]), web("https://arxiv.org/abs/1503.03585"), "L'articolo fondativo; la sezione 2 basta."),
          lettura(T(K["ncsn"]), {"link_type": "Any"}, "Da leggere con il blog di Yang Song accanto."),
          lettura(T(K["gan"]), {"link_type": "Any"}, "Per contesto storico.")])

data = {"page": 1, "results_per_page": 20, "results_size": 2, "total_results_size": 2, "total_pages": 1,
        "next_page": None, "prev_page": None, "results": [p2, p1], "version": "b7e1c04", "license": "All Rights Reserved"}
text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
