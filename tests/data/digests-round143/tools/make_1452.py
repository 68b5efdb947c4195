#!/usr/bin/env python3
"""1452: a university library's VuFind REST API queried with curl (Czech subject headings and notes): a subject
search for „strojové učení“ sorted by year (`prettyPrint=1`, `field[]=…`, hence curl's `-g`), then one record fetched
by id. The answers are PHP's json_encode with JSON_PRETTY_PRINT as remembered: four-space indents, `\\/` for every
slash and `\\uXXXX` (lowercase hex) for every non-ASCII character, so the Czech subjects and notes and every URL read
as escapes; empty role lists as `[]`. The index mixes harvested preprint records (urls to arXiv), article records
without links, a textbook, a course and a dataset record. Every count and the record answer are computed from the
modelled records. Not papers: the textbook, the course, CIFAR-10-C. Nicknames: SAM, SupCon, GPM — labelled where their
titles are written in full."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F1452, keys

HOST = "https://katalog.knihovna.example.cz"


def names(k, n=None):
    a = CAT[k]["authors"]
    return [x.split()[-1] + ", " + " ".join(x.split()[:-1]) for x in a[:n]]


def rec(id_, title, authors, fmt, year, subjects, urls=None, summary=None, lang="English"):
    r = {"id": id_, "title": title,
         "authors": {"primary": {authors[0]: []} if authors else [], "secondary": {a: [] for a in authors[1:]} or [],
                     "corporate": []},
         "formats": [fmt], "languages": [lang], "publicationDates": [str(year)], "subjects": [[s] for s in subjects]}
    if summary: r["summary"] = [summary]
    if urls: r["urls"] = [{"url": u, "desc": d} for u, d in urls]
    return r


S_ML, S_NN, S_CV, S_ROB, S_MED = "Strojové učení", "Neuronové sítě (počítačová věda)", "Počítačové vidění", "Robustnost (počítačová věda)", "Lékařské zobrazování"
RECS = [
 rec("kurz.000217", "Strojové učení v praxi: e-learningový kurz (letní semestr 2023/24)", ["Novotná, Tereza", "Dvořák, Jan"], "Electronic", 2024, [S_ML, "E-learning"], urls=[(f"{HOST}/kurzy/su-praxe", "Vstup do kurzu (po přihlášení)")], lang="Czech"),
 rec("kn.0098812", "Hluboké učení: teorie, algoritmy a cvičení v Pythonu", ["Procházka, Martin"], "Book", 2022, [S_ML, S_NN, "Učebnice vysokých škol"], summary="Učebnice pro magisterské studium; kap. 7 kontrastivní učení, kap. 9 robustnost.", lang="Czech"),
 rec("pr.0004127", T("2103.09762"), names("2103.09762"), "Article", 2021, [S_ML, "Kontinuální učení"], urls=[("https://arxiv.org/abs/2103.09762", "Plný text (arXiv)")]),
 rec("cl.0771904", T("2103.14339"), names("2103.14339", 3), "Article", 2021, [S_ML, S_MED, "Posilované učení"], summary="Záznam bez plného textu; požadavek na meziknihovní výpůjčku podán 3. 5. 2024."),
 rec("pr.0003381", T("2010.04592"), names("2010.04592"), "Article", 2020, [S_ML, "Kontrastivní učení"], urls=[("https://arxiv.org/abs/2010.04592v2", "Plný text (arXiv)")]),
 rec("pr.0003390", T("2010.01412"), names("2010.01412"), "Article", 2020, [S_ML, S_ROB, "Optimalizace"], urls=[("https://arxiv.org/pdf/2010.01412", "PDF (arXiv)")]),
 rec("cl.0768832", T("2006.14536"), names("2006.14536", 3), "Article", 2020, [S_ML, S_ROB, "Adversariální útoky"]),
 rec("pr.0003102", T("2006.06882"), names("2006.06882", 3), "Article", 2020, [S_ML, S_CV], summary="Preprint arXiv:2006.06882. Odkaz na plný text dočasně nedostupný (chyba harvestu 12. 4. 2024)."),
 rec("cl.0765120", T("2006.05929"), names("2006.05929"), "Article", 2020, [S_ML, "Kondenzace dat"]),
 rec("pr.0002958", T("2004.11362"), names("2004.11362", 4), "Article", 2020, [S_ML, "Kontrastivní učení", S_CV], urls=[("https://arxiv.org/abs/2004.11362", "Plný text (arXiv)")]),
]
DATASET = rec("ds.0000412", "CIFAR-10-C: poškozené varianty testovací sady CIFAR-10 (zrcadlo)", [], "Dataset", 2019, [S_ROB, S_CV], urls=[(f"{HOST}/data/cifar10c", "Stažení (jen v síti univerzity)")], lang="English")
FIELDS = ["id", "title", "authors", "formats", "languages", "publicationDates", "subjects", "summary", "urls"]


def php(v):
    return json.dumps(v, indent=4, ensure_ascii=True).replace("/", "\\/")


P = "tereza@lab-pc:~$ "
q = "&".join(f"field[]={f}" for f in FIELDS)
out = P + f'curl -sg "{HOST}/api/v1/search?lookfor=strojov%C3%A9+u%C4%8Den%C3%AD&type=Subject&sort=year&limit=10&prettyPrint=1&{q}"\n'
out += php({"resultCount": 143, "records": RECS, "status": "OK"}) + "\n"
out += P + f'curl -sg "{HOST}/api/v1/record?id=ds.0000412&prettyPrint=1&field[]=id&field[]=title&field[]=urls"\n'
out += php({"resultCount": 1, "records": [{k: DATASET[k] for k in ("id", "title", "urls")}], "status": "OK"}) + "\n"
out += P + "\n"
write_only(F1452, out, keys(F1452), forms=[json.dumps([RECS, DATASET], ensure_ascii=False)])
