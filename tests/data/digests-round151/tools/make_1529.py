#!/usr/bin/env python3
"""1529: a Brazilian radiology-AI group keeps its journal club as FHIR R5 Citation resources on a HAPI FHIR server; this
is the saved body of `GET /fhir/Citation?_sort=-date&_count=20&_pretty=true`: a searchset Bundle in HAPI's pretty
layout (two-space indent, `"key": value`, arrays of objects opened as `[ {` and joined by `}, {`, primitive arrays on one
line; no final newline). Each Citation: id, meta, a generated XHTML narrative, status, date, title, citedArtifact
(identifier, title with a title-type coding, webLocation with an artifact-url-classifier coding, publicationForm,
contributorship.summary in Vancouver style, classification for non-article items) and Annotation notes in Portuguese."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of, write_only, sn_init
from make_expected import keys, by_num

F = by_num(1529)
BASE = "https://fhir.radiologia-ia.example.br/fhir"
ALEX = "ImageNet Classification with Deep Convolutional Neural Networks"


def T(k):
    return CAT[key_of(k)]["title"]


def vanc(k, n=6):
    a = CAT[key_of(k)]["authors"]
    s = ", ".join(sn_init(x) for x in a[:n])
    return s + (", et al." if len(a) > n else "")


def hapi(v, ind=0):
    pad = " " * ind
    if isinstance(v, dict):
        return "{\n" + ",\n".join(f'{pad}  {json.dumps(k, ensure_ascii=False)}: {hapi(x, ind + 2)}' for k, x in v.items()) + "\n" + pad + "}"
    if isinstance(v, list):
        if v and isinstance(v[0], dict):
            return "[ " + ", ".join(hapi(x, ind) for x in v) + " ]"
        return "[ " + ", ".join(hapi(x, ind) for x in v) + " ]"
    return json.dumps(v, ensure_ascii=False)


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display: c["display"] = display
    return {"coding": [c]}


def src(i):
    return "#" + hashlib.sha1(f"src{i}".encode()).hexdigest()[:16]


# (id, date, lastUpdated, version, entry title, key or None, art title, arxiv identifier, url, url classifier,
#  publishedIn, articleDate, classification, contributors, notes[(author, time, text)])
ITEMS = [
    ("leitura-2024-23a", "2024-06-03", "2024-06-03T10:12:44.918-03:00", "1", "Clube de leitura — semana 23 (principal)",
     "2103.14339", None, None, "https://arxiv.org/abs/2103.14339", "abstract", None, "2021-03-26", None, None,
     [("Dra. Marina Tavares", "2024-06-03T10:12:00-03:00", "Seleção de exames para rotulagem — relevante para o nosso projeto de tórax (lote HC-2023). Apresenta: Rafael.")]),
    ("leitura-2024-23b", "2024-06-03", "2024-06-03T10:15:02.207-03:00", "2", "Clube de leitura — semana 23 (apoio)",
     "2006.05929", None, None, None, None, "ICLR 2021", "2021", None, None,
     [("Rafael Nogueira", "2024-06-03T10:14:30-03:00", "Condensação de dados; ainda sem link salvo, procurar a versão da conferência.")]),
    ("leitura-2024-22a", "2024-05-27", "2024-05-28T09:41:12.330-03:00", "3", "Clube de leitura — semana 22",
     "1905.11946", None, None, "https://arxiv.org/pdf/1905.11946.pdf", "full-text", "ICML 2019", "2019-05-28", None, None,
     [("Dra. Marina Tavares", "2024-05-27T16:02:00-03:00", "Backbone usado no baseline de mamografia (B0 e B3). Ver tabela de escalonamento composto.")]),
    ("leitura-2024-22b", "2024-05-27", "2024-05-27T16:20:51.004-03:00", "1", "Clube de leitura — semana 22 (apoio)",
     "1502.01852", None, "1502.01852", None, None, "ICCV 2015", "2015-02-06", None, None,
     [("João Pedro Lima", "2024-05-27T16:20:00-03:00", "PReLU e a inicialização \"He\"; só cadastrei o identificador, o link fica para depois.")]),
    ("leitura-2024-21a", "2024-05-20", "2024-05-20T11:05:37.612-03:00", "2", "Clube de leitura — semana 21",
     "1512.03385", None, None, "https://arxiv.org/abs/1512.03385", "abstract", "CVPR 2016", "2015-12-10", None, None,
     [("Rafael Nogueira", "2024-05-20T11:04:00-03:00", "ResNet, clássico; discutir por que a ResNet-50 ainda é o padrão nos nossos laudos automáticos.")]),
    ("leitura-2024-21b", "2024-05-20", "2024-05-20T11:09:18.450-03:00", "1", "Clube de leitura — semana 21 (apoio)",
     "1912.11370", None, None, None, None, "ECCV 2020", "2020", None, None,
     [("Dra. Marina Tavares", "2024-05-20T11:08:00-03:00", "BiT: transferência a partir de modelos grandes; comparar com o pré-treino em RadImageNet.")]),
    ("curso-sbr-2024", "2024-05-15", "2024-05-15T08:30:00.000-03:00", "1", "Curso: Deep Learning para Radiologistas (módulo 3)",
     None, "Deep Learning para Radiologistas — módulo 3: redes convolucionais (aula gravada)", None,
     "https://ead.radiologia-ia.example.br/cursos/dl-radiologistas/modulo-3", "webpage", None, "2024", "webpage", "Tavares M, Nogueira R",
     [("Dra. Marina Tavares", "2024-05-15T08:30:00-03:00", "Material do curso, não é artigo. Slides e vídeo no AVA.")]),
    ("leitura-2024-19a", "2024-05-06", "2024-05-06T14:47:09.881-03:00", "1", "Clube de leitura — semana 19 (histórico)",
     ALEX, None, None, None, None, "NIPS 2012", "2012", None, None,
     [("João Pedro Lima", "2024-05-06T14:46:00-03:00", "AlexNet — artigo da NIPS 2012, não está no arXiv; PDF nos anais.")]),
    ("leitura-2024-19b", "2024-05-06", "2024-05-06T14:52:40.116-03:00", "1", "Clube de leitura — semana 19 (extra)",
     "2103.14338", None, None, None, None, "CVPR 2021", "2021", None, None,
     [("Rafael Nogueira", "2024-05-06T14:52:00-03:00", "Fora do tema (movimento humano), mas o João pediu para o grupo de vídeo; sem link.")]),
    ("monai-core", "2024-04-29", "2024-04-29T17:03:26.775-03:00", "4", "Software: MONAI Core 1.3",
     None, "MONAI: Medical Open Network for AI (software, versão 1.3.0)", None, "https://github.com/Project-MONAI/MONAI",
     "code-repository", None, "2023-10-12", "software", "Project MONAI Consortium",
     [("João Pedro Lima", "2024-04-29T17:03:00-03:00", "Biblioteca que usamos no pipeline; citar no relatório, mas não é leitura do clube.")]),
]


def narrative(title, art):
    return ('<div xmlns="http://www.w3.org/1999/xhtml"><p><b>' + title.replace("&", "&amp;") + "</b></p><p>"
            + art.replace("&", "&amp;").replace("<", "&lt;") + "</p></div>")


def citation(it, i):
    (rid, date, upd, ver, etitle, key, art, ident, url, ucls, pub, adate, cls, contrib, notes) = it
    atitle = T(key) if key else art
    ca = {}
    if ident:
        ca["identifier"] = [{"system": "https://arxiv.org", "value": ident}]
    ca["title"] = [{"type": [coding("http://hl7.org/fhir/title-type", "primary")], "text": atitle}]
    if url:
        ca["webLocation"] = [{"classifier": [coding("http://hl7.org/fhir/artifact-url-classifier", ucls)], "url": url}]
    pf = {}
    if pub: pf["publishedIn"] = {"title": pub}
    pf["articleDate"] = adate
    ca["publicationForm"] = [pf]
    if cls:
        ca["classification"] = [{"type": coding("http://hl7.org/fhir/cited-artifact-classification-type", "knowledge-artifact-type"),
                                 "classifier": [coding("http://hl7.org/fhir/citation-artifact-classifier", cls)]}]
    ca["contributorship"] = {"summary": [{"value": contrib or vanc(key)}]}
    r = {"resourceType": "Citation", "id": rid,
         "meta": {"versionId": ver, "lastUpdated": upd, "source": src(i)},
         "text": {"status": "generated", "div": narrative(etitle, atitle)},
         "status": "active", "date": date, "title": etitle, "citedArtifact": ca,
         "note": [{"authorString": a, "time": t, "text": x} for a, t, x in notes]}
    return r


def bundle():
    return {"resourceType": "Bundle", "id": "5b0e7d1c-93a2-4c6f-b8e4-2f71a9d30c58",
            "meta": {"lastUpdated": "2024-06-03T14:22:05.118-03:00"}, "type": "searchset", "total": len(ITEMS),
            "link": [{"relation": "self", "url": BASE + "/Citation?_count=20&_pretty=true&_sort=-date"}],
            "entry": [{"fullUrl": f"{BASE}/Citation/{it[0]}", "resource": citation(it, i), "search": {"mode": "match"}}
                      for i, it in enumerate(ITEMS)]}


if __name__ == "__main__":
    b = bundle()
    text = hapi(b)
    write_only(F, text, keys(F))
