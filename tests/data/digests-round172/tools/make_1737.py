#!/usr/bin/env python3
"""1737: a Swedish research engineer's terminal (pasted): the group's Mayan EDMS archive read through its REST API
(v4) with curl and jq: the page's counts, an @tsv listing, one document in full, the descriptions that name arXiv. Every output is computed from the modelled archive: jq's 2-space layout, count = the rows, ids in
order, url = host + /api/v4/documents/<id>/, the file's url under it, the selection from the descriptions."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, ALPHAFOLD

F = by_num(1737)
PS = "ingrid@lab-ws:~/arkiv$ "
BASE = "https://arkiv.example.se"
H = 'curl -s -H "Authorization: Token $MAYAN_TOKEN" '
LIST = f'"{BASE}/api/v4/documents/?page_size=50&ordering=id"'
DT = {"id": 3, "label": "Artikel", "url": f"{BASE}/api/v4/document_types/3/"}
DT2 = {"id": 1, "label": "Administration", "url": f"{BASE}/api/v4/document_types/1/"}
# (id, created, label, description, type, filename, size)
DOCS = [
 (41, "2024-01-15T10:02:41.508311+01:00", T("2004.07780"), "Läsecirkel vecka 3 – https://arxiv.org/abs/2004.07780", DT, "geirhos_shortcut.pdf", 5873344),
 (42, "2024-01-15T10:09:13.114907+01:00", "Instruktion skanner plan 3", "Så skannar du direkt till arkivet (Brother ADS, profil \"Labb\")", DT2, "skanner_instruktion.pdf", 402113),
 (43, "2024-01-22T14:31:55.902114+01:00", T("2010.08515"), "ICLR 2021. https://arxiv.org/abs/2010.08515v2 – bevisidén i avsnitt 4 till seminariet", DT, "li_zhang_arora.pdf", 1120457),
 (44, "2024-01-29T08:47:20.330981+01:00", T("2103.14586"), "https://arxiv.org/pdf/2103.14586v1 – jämför med vår ViT-studie (Maja)", DT, "2103.14586v1.pdf", 8990213),
 (45, "2024-02-02T16:12:08.771530+01:00", "Reseräkning NeurIPS 2023 – Ingrid", "Kvitton bifogade, attesterad av Lars", DT2, "reserakning_neurips.pdf", 733904),
 (46, "2024-02-12T09:41:27.143062+01:00", T("2010.08895"), "Till Oskars projekt om värmeledning. https://arxiv.org/abs/2010.08895v3", DT, "fno.pdf", 3241876),
 (47, "2024-02-12T09:44:50.019873+01:00", T("2010.00554"), "ICLR 2021, arXiv:2010.00554 – utskrift med Hannas anteckningar", DT, "eigengame_anteckningar.pdf", 15220419),
 (48, "2024-02-19T11:20:03.566201+01:00", T("2106.05234"), "NeurIPS 2021 (Graphormer). Inskannad från biblioteket, s. 1–12", DT, "graphormer_skannad.pdf", 9932587),
 (49, "2024-02-26T13:05:37.402288+01:00", T("2111.04263"), "ICLR 2021 – FedDyn, jämför med FedProx i kapitel 4", DT, "feddyn.pdf", 1877310),
 (50, "2024-03-04T09:15:12.880145+01:00", ALPHAFOLD, "Nature 596 (2021). Särtryck från biblioteket, tillägg (Supplementary) saknas", DT, "jumper_nature_2021.pdf", 6402991),
 (51, "2024-03-04T15:58:44.217760+01:00", "Protokoll gruppmöte 2024-03-04", "Närvarande: Ingrid, Oskar, Maja, Hanna. Nästa möte 18/3", DT2, "protokoll_2024-03-04.pdf", 88412),
]
UUIDS = {}


def uuid_of(i):
    import hashlib
    h = hashlib.sha1(f"arkiv-{i}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def obj(d):
    i, created, label, desc, typ, fn, size = d
    fid = i + 37
    return {"datetime_created": created, "description": desc, "document_type": typ,
            "file_latest": {"comment": "", "encoding": "binary", "filename": fn, "id": fid, "mimetype": "application/pdf",
                            "size": size, "timestamp": created, "url": f"{BASE}/api/v4/documents/{i}/files/{fid}/"},
            "id": i, "label": label, "language": "swe" if typ is DT2 else "eng", "url": f"{BASE}/api/v4/documents/{i}/",
            "uuid": uuid_of(i)}


def jq(v):
    return json.dumps(v, indent=2, ensure_ascii=False).split("\n")


def build():
    objs = [obj(d) for d in DOCS]
    L = [PS + "export MAYAN_TOKEN=$(pass show labb/mayan-token)"]
    L += [PS + H + LIST + " | jq '{count, next, previous}'"] + jq({"count": len(objs), "next": None, "previous": None})
    L += [PS + H + LIST + " | jq -r '.results[] | [.id, .datetime_created[:10], .label] | @tsv'"]
    L += [f"{o['id']}\t{o['datetime_created'][:10]}\t{o['label']}" for o in objs]
    L += [PS + H + f'"{BASE}/api/v4/documents/46/" | jq'] + jq(objs[5])
    L += [PS + H + LIST + " | jq -r '.results[] | select(.description | test(\"arxiv\"; \"i\")) | \"\\(.id)\\t\\(.description)\"'"]
    L += [f"{o['id']}\t{o['description']}" for o in objs if "arxiv" in o["description"].lower()]
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
