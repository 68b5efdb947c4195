#!/usr/bin/env python3
"""325: the guest editorial of a special issue of an (invented) Malawian computing journal on Open Journal Systems,
as its HTML galley (the file the production editor uploads and OJS serves as "HTML"; saved from the browser as
`.html`). What such a galley has: a doctype, `<html lang="ny">`, Highwire `citation_*` meta tags (title, authors,
journal, volume, issue, pages, DOI, date, one `citation_reference` per reference with its own `citation_title`),
the editorial's heading, guest editors, the DOI link, sections, in-text citations as `[<a href="#rN">N</a>]`
numbered in order of first use, the six articles of the issue named by their (invented) titles, and the numbered
reference list. Written in Chichewa. Papers: references with an OpenReview forum, arXiv abs / pdf or
huggingface.co/papers URL (link), with "arXiv:ID" or a bare id (arxiv-text), or with neither (title-only); the issue's
own articles, a hospital's data set and a national strategy are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only

KEYS = ["2106.04560", "2106.10270", "2104.00298", "2010.08895", "2010.03409", "2106.05234", "2103.14339", "2004.07780",
        "2007.01434", "2004.11362", "2103.13646", "2111.04263"]
DOI = "10.5555/mjac.v9i2.301"
E = html.escape


def auths(k, n=3):
    a = CAT[k]["authors"]
    return ", ".join(a[:n]) + (", et al." if len(a) > n else "")


# (key, year, venue, tail) in order of first citation
REFS = [
    ("2004.07780", 2020, "Nature Machine Intelligence 2, 665–673.", ""),
    ("2007.01434", 2021, "ICLR.", ""),
    ("2103.14339", 2021, "arXiv.", "https://huggingface.co/papers/2103.14339"),
    ("2103.13646", 2021, "WACV.", f"https://openreview.net/forum?id={OR('2103.13646')}"),
    ("2004.11362", 2020, "NeurIPS.", ""),
    ("2106.10270", 2022, "TMLR.", ""),
    ("2106.04560", 2022, "CVPR.", ""),
    ("2104.00298", 2021, "ICML.", "https://arxiv.org/pdf/2104.00298"),
    ("2010.08895", 2021, "ICLR.", "https://arxiv.org/abs/2010.08895"),
    ("2010.03409", 2021, "ICLR.", ""),
    ("2106.05234", 2021, "NeurIPS.", "arXiv:2106.05234"),
    ("2111.04263", 2021, "ICLR.", "2111.04263"),
]


def c(*ns):
    return "[" + ", ".join(f'<a href="#r{n}">{n}</a>' for n in ns) + "]"


paras = [
    ("Mawu oyamba", [
        "Magazini yapaderayi ili ndi nkhani zisanu ndi imodzi za momwe kuphunzira kwa makina (machine learning) "
        "kungathandizire sayansi ndi zaumoyo ku Malawi. Tinalandira nkhani 23, ndipo owunika 41 anawerenga nkhanizo. "
        "Tikuthokoza onse amene anatenga nawo mbali."]),
    ("Zaumoyo: deta yochepa ndi zizindikiro zosadalirika", [
        f"Vuto lalikulu m'zipatala zathu si kusowa kwa makompyuta koma kusowa kwa deta yolembedwa bwino. Makina "
        f"amaphunzira njira zachidule (shortcuts) zimene sizigwira ntchito ku chipatala china {c(1)}, ndipo njira "
        f"zambiri zophunzirira m'madera osiyanasiyana sizipambana njira yosavuta {c(2)}. Nkhani ya Banda ndi anzake, "
        "«Kuzindikira chifuwa chachikulu pa zithunzi za X-ray kuchokera ku zipatala zitatu za m'boma la Zomba», "
        "ikusonyeza zomwezi.",
        f"Pofuna kuchepetsa ntchito yolemba zizindikiro, nkhani ya Phiri ndi Mwale ikutsatira {E(T('2103.14339'))} "
        f"{c(3)}, ndipo nkhani ya Chirwa ikugwiritsa ntchito kuphunzira kodziyang'anira pa deta ya zizindikiro "
        f"zolakwika, monga mu {c(4)}. Tikupempha owerenga kuyerekeza zotsatira zawo ndi {c(5)}."]),
    ("Zithunzi: ma transformer kapena ma CNN?", [
        f"Nkhani ya Nyirenda, «Kuwerengera mbalame za m'nyanja ya Malawi pa zithunzi za ndege zopanda woyendetsa», "
        f"ikufanizira Vision Transformer yophunzitsidwa motsatira {c(6)} ndi CNN yaing'ono. Zotsatira zake zikugwirizana "
        f"ndi {c(7)}: ma transformer amafuna deta yambiri. Ndi deta yochepa, EfficientNetV2 {c(8)} inapambana."]),
    ("Sayansi: ma equation ndi ma graph", [
        f"Nkhani ziwiri zikukhudza sayansi ya chilengedwe. Nkhani ya Kalua ikugwiritsa ntchito {E(T('2010.08895'))} "
        f"{c(9)} kuneneratu kusefukira kwa mtsinje wa Shire, ndipo ikuyerekeza ndi njira ya ma graph {c(10)}. "
        f"Nkhani ya Mvula ikugwiritsa ntchito Graphormer {c(11)} pa mamolekyulu a mankhwala azitsamba.",
        f"Pomaliza, nkhani ya Gondwe ikufunsa momwe zipatala zingagwirire ntchito limodzi popanda kugawana deta, "
        f"pogwiritsa ntchito kuphunzira kwa federated {c(12)}. Izi zikugwirizana ndi ndondomeko ya dziko ya "
        "zaumoyo wa digito."]),
]
meta = [
    '<meta charset="utf-8">',
    '<title>Mawu oyamba: Kuphunzira kwa makina pa sayansi ndi zaumoyo ku Malawi</title>',
    '<meta name="citation_title" content="Mawu oyamba: Kuphunzira kwa makina pa sayansi ndi zaumoyo ku Malawi">',
    '<meta name="citation_author" content="Chisomo Banda">',
    '<meta name="citation_author" content="Tiwonge Msiska">',
    '<meta name="citation_journal_title" content="Malawi Journal of Applied Computing">',
    '<meta name="citation_volume" content="9">',
    '<meta name="citation_issue" content="2">',
    '<meta name="citation_firstpage" content="1">',
    '<meta name="citation_lastpage" content="5">',
    f'<meta name="citation_doi" content="{DOI}">',
    '<meta name="citation_publication_date" content="2024/03/20">',
    '<meta name="citation_language" content="ny">',
]
for k, y, v, tail in REFS:
    meta.append(f'<meta name="citation_reference" content="citation_title={E(T(k))}; '
                f'citation_author={E(CAT[k]["authors"][0])}; citation_publication_date={y};">')
body = ['<article class="editorial">',
        '<h1>Mawu oyamba: Kuphunzira kwa makina pa sayansi ndi zaumoyo ku Malawi</h1>',
        '<p class="authors">Chisomo Banda (Mkonzi wa alendo), Tiwonge Msiska (Mkonzi wa alendo)</p>',
        f'<p class="doi">DOI: <a href="https://doi.org/{DOI}">https://doi.org/{DOI}</a></p>']
for h, ps in paras:
    body.append(f"<h2>{h}</h2>")
    body += [f"<p>{p}</p>" for p in ps]
body.append("<h2>Zolozera</h2>")
body.append('<ol class="references">')
for i, (k, y, v, tail) in enumerate(REFS, 1):
    t = f' <a href="{tail}">{tail}</a>' if tail.startswith("http") else (f" {tail}" if tail else "")
    tt = E(T(k)) + ("" if T(k).endswith("?") else ".")
    body.append(f'<li id="r{i}">{E(auths(k))} ({y}). {tt} {v}{t}</li>')
body += ["</ol>", "</article>"]
doc = "<!DOCTYPE html>\n<html lang=\"ny\">\n<head>\n" + "\n".join(meta) + "\n</head>\n<body>\n" + "\n".join(body) + \
    "\n</body>\n</html>\n"
write_only("325_journal_guest_editorial_ojs_html_galley_chichewa_ml_for_science_and_health.html", doc, KEYS,
           forms=[html.unescape(doc)])
