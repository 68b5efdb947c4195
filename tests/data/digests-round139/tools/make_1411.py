#!/usr/bin/env python3
"""1411: a terminal session (Norwegian bokmål): a Dataverse installation's Search API (`/api/search?q=*&subtree=…&type=
dataset`) and native API (`/api/datasets/:persistentId/`) read with curl and jq, for a Bergen-like machine-learning
group's datasets. jq's two-space layout (raw non-ASCII); the search answer's keys in Dataverse's order (status, data: q,
total_count, start, spelling_alternatives, items, count_in_response; each item name, type, url, global_id, description,
published_at, publisher, citationHtml, identifier_of_dataverse, name_of_dataverse, citation, storageIdentifier,
subjects, fileCount, versionId, versionState, majorVersion, minorVersion, createdAt, updatedAt, contacts,
publications, authors); the citation block's `publication` compound field (publicationCitation, publicationIDType,
publicationIDNumber, publicationURL, each {typeName, multiple, typeClass, value}) and `dsDescription`. The citations,
citationHtml and the item's `publications` are computed from the same modelled datasets as the native answer. Not
papers: the datasets themselves, the National Library's photo collection, Xeno-canto, COLMAP, the gsplat library, a
course; CLIP, ALIGN, SigLIP, LLaVA, 3DGS are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1411, keys

HOST = "https://dataverse.mllab.example.no"
PUB = "Maskinlæringsgruppen, Institutt for informatikk"
DVN = "Maskinlæringsgruppen – forskningsdata"


def pub(cit, idtype=None, idnum=None, url=None):
    return {"citation": cit, "idtype": idtype, "idnum": idnum, "url": url}


DS = [
 dict(doi="10.99901/MLG/3KQ7ZD", name="Bilde–tekst-par fra norske fotosamlinger (NoBiTe)",
      desc="Om lag 1,2 millioner bilder med norske bildetekster, hentet fra åpne fotosamlinger og filtrert for "
           "kvalitet. Brukt til å trene og evaluere CLIP-lignende modeller på norsk. Bildetekstene er også omskrevet "
           f"til instruksjonsdata i stil med «{T('2304.08485')}» (LLaVA); se README.md i datasettet.",
      authors=["Nordahl, Ingrid", "Haugen, Sindre", "Aas, Mari Kristine"], files=14, vid=4412, created="2024-02-02T08:01:12Z",
      published="2024-02-14T10:15:42Z", updated="2024-02-14T10:15:42Z", ver=(1, 0),
      pubs=[pub(f"Jia, C., Yang, Y., Xia, Y. et al. (2021). {T('2102.05918')}. ICML 2021.", "arXiv", "2102.05918",
                "https://arxiv.org/abs/2102.05918"),
            pub(f"Zhai, X., Mustafa, B., Kolesnikov, A., Beyer, L. (2023). {T('2303.15343')}. ICCV 2023.", "arXiv", "2303.15343"),
            pub(f"Alayrac, J.-B. et al. (2022). {T('2204.14198')}. NeurIPS 35.", None, None,
                "https://proceedings.neurips.cc/paper_files/paper/2022/hash/960a172bc7fbf0177ccccbb411a7d800-Abstract-Conference.html")]),
 dict(doi="10.99901/MLG/XW2P9B", name="3D-skanninger av fire stavkirker (fotogrammetri og Gaussian Splatting)",
      desc="Rå bilder (DSLR og drone), kameraposisjoner fra COLMAP og ferdig trente splat-modeller for fire stavkirker. "
           "Treningskoden bygger på gsplat-biblioteket. Laget i emnet INF-3D (høsten 2023).",
      authors=["Haugen, Sindre", "Lie, Oda"], files=212, vid=4530, created="2024-03-01T12:44:09Z",
      published="2024-03-05T09:30:00Z", updated="2024-04-18T07:12:55Z", ver=(1, 1),
      pubs=[pub(f"Kerbl, B., Kopanas, G., Leimkühler, T., Drettakis, G. (2023). {T('2308.04079')}. ACM TOG 42(4).",
                "arXiv", "2308.04079", "https://arxiv.org/abs/2308.04079")]),
 dict(doi="10.99901/MLG/NB8R4T", name="Lydopptak av norske fuglearter for lydsyntese",
      desc="3 400 korte opptak (48 kHz) av 61 norske fuglearter, supplert med utvalgte opptak fra Xeno-canto. "
           "Brukt til å teste diffusjonsbasert lydsyntese.",
      authors=["Aas, Mari Kristine"], files=61, vid=4688, created="2024-04-03T14:20:31Z",
      published="2024-04-09T11:02:17Z", updated="2024-04-09T11:02:17Z", ver=(1, 0),
      pubs=[pub(f"Kong, Z., Ping, W., Huang, J., Zhao, K., Catanzaro, B. (2021). {T('2009.09761')}. ICLR 2021.", None, None,
                "https://diffwave-demo.github.io/")]),
 dict(doi="10.99901/MLG/5HJ2LM", name="Bevegelsesfangst av folkedans (springar og halling)",
      desc="Optisk bevegelsesfangst (120 Hz) av 14 dansere, med video fra tre vinkler. Tenkt for bevegelsesoverføring "
           "og generative modeller for bevegelse.",
      authors=["Lie, Oda", "Nordahl, Ingrid"], files=96, vid=4702, created="2024-04-20T09:00:48Z",
      published="2024-04-26T13:45:10Z", updated="2024-04-26T13:45:10Z", ver=(1, 0),
      pubs=[pub(f"Huang, Z., Han, X., Xu, J., Zhang, T. (2021). {T('2103.14338')}. CVPR 2021.", None, None),
            pub(f"Gatopoulos, I., Tomczak, J. M. (2021). {T('2010.02014')}. ICLR 2021 (avvist), OpenReview.", None, None,
                f"https://openreview.net/forum?id={OR('2010.02014')}")]),
]


def cit(d):
    year = d["published"][:4]
    return f"{'; '.join(d['authors'])}, {year}, \"{d['name']}\", https://doi.org/{d['doi']}, DataverseNO, V{d['ver'][0]}"


def item(d):
    c = cit(d)
    url = f"https://doi.org/{d['doi']}"
    return {"name": d["name"], "type": "dataset", "url": url, "global_id": "doi:" + d["doi"], "description": d["desc"],
            "published_at": d["published"], "publisher": PUB,
            "citationHtml": c.replace(url, f'<a href="{url}" target="_blank">{url}</a>'),
            "identifier_of_dataverse": "mllab", "name_of_dataverse": DVN, "citation": c,
            "storageIdentifier": "s3://" + d["doi"], "subjects": ["Computer and Information Science"],
            "fileCount": d["files"], "versionId": d["vid"], "versionState": "RELEASED", "majorVersion": d["ver"][0],
            "minorVersion": d["ver"][1], "createdAt": d["created"], "updatedAt": d["updated"],
            "contacts": [{"name": d["authors"][0], "affiliation": "Universitetet i Bergen (eksempel)"}],
            "publications": [{k: v for k, v in (("citation", p["citation"]), ("url", p["url"])) if v} for p in d["pubs"]],
            "authors": d["authors"]}


def prim(name, value, cls="primitive", multiple=False):
    return {"typeName": name, "multiple": multiple, "typeClass": cls, "value": value}


order = sorted(DS, key=lambda d: d["published"], reverse=True)
search = {"status": "OK", "data": {"q": "*", "total_count": len(DS), "start": 0, "spelling_alternatives": {},
          "items": [item(d) for d in order], "count_in_response": len(DS)}}
d0 = DS[0]
pubfield = prim("publication", [
    {k: v for k, v in (("publicationCitation", prim("publicationCitation", p["citation"])),
                       ("publicationIDType", prim("publicationIDType", p["idtype"], "controlledVocabulary") if p["idtype"] else None),
                       ("publicationIDNumber", prim("publicationIDNumber", p["idnum"]) if p["idnum"] else None),
                       ("publicationURL", prim("publicationURL", p["url"]) if p["url"] else None)) if v}
    for p in d0["pubs"]], "compound", True)
descfield = prim("dsDescription", [{"dsDescriptionValue": prim("dsDescriptionValue", d0["desc"])}], "compound", True)
J = lambda v: json.dumps(v, indent=2, ensure_ascii=False)
P = "ingrid@mlg-laptop:~$ "
S = [P + f'curl -s "{HOST}/api/search?q=*&subtree=mllab&type=dataset&sort=date&order=desc" | jq .', J(search)]
S.append(P + f'curl -s "{HOST}/api/datasets/:persistentId/?persistentId=doi:{d0["doi"]}" | jq '
         "'.data.latestVersion.metadataBlocks.citation.fields[] | select(.typeName == \"publication\" or .typeName == \"dsDescription\")'")
S += [J(descfield), J(pubfield), P]
write_only(F1411, "\n".join(S) + "\n", keys(F1411))
