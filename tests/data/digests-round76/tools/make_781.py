#!/usr/bin/env python3
"""781: a DSpace 7 OAI-PMH `ListRecords` response (metadataPrefix=oai_dc, one collection set) as XOAI writes it: the XML
declaration `<?xml version="1.0" encoding="UTF-8" ?>` and the `static/style.xsl` stylesheet instruction, then the
whole document on one line (no indentation, no final newline); per record a header (oai identifier, datestamp, com_ /
col_ setSpecs) and an `oai_dc:dc` block with repeated dc:creator "Surname, Given", dc:subject, dc:description
(Spanish abstracts and notes), dc:date, dc:type (info:eu-repo vocabulary), dc:identifier (handle URL, `arXiv:` id),
dc:relation (arXiv URL), dc:language, dc:rights, dc:publisher, dc:source; the last page of a list (an empty
resumptionToken with completeListSize and cursor). A Spanish-language university's NLP group collection: pre-trained
language encoders."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import by_num, keys, GLOVE, GPT1

F = by_num(781)
H = "https://repositorio.example.edu.ar"
DC = ('<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ '
      'http://www.openarchives.org/OAI/2.0/oai_dc.xsd">')


def inv(n):
    p = n.split()
    return p[-1] + ", " + " ".join(p[:-1])


def rec(item, stamp, fields, creators=()):
    out = [f"<record><header><identifier>oai:repositorio.example.edu.ar:20.500.12219/{item}</identifier>"
           f"<datestamp>{stamp}</datestamp><setSpec>com_20.500.12219_4499</setSpec><setSpec>col_20.500.12219_4500</setSpec></header>"
           f"<metadata>{DC}"]
    if "title" in fields: out.append(f"<dc:title>{escape(fields['title'])}</dc:title>")
    out += [f"<dc:creator>{escape(c)}</dc:creator>" for c in creators]
    for k in ("subject", "description", "date", "type", "identifier", "relation", "language", "rights", "publisher", "source"):
        v = fields.get(k)
        for x in ([v] if isinstance(v, str) else v or []):
            out.append(f"<dc:{k}>{escape(x)}</dc:{k}>")
    out.append("</oai_dc:dc></metadata></record>")
    return "".join(out)


def paper(item, stamp, k, date, typ, subj, desc, ident=(), rel=(), source=None, publisher=None):
    f = {"title": T(k), "subject": subj, "description": desc, "date": date, "type": typ,
         "identifier": [f"{H}/handle/20.500.12219/{item}", *ident], "relation": list(rel), "language": "eng",
         "rights": ["info:eu-repo/semantics/openAccess", "http://creativecommons.org/licenses/by/4.0/"]}
    if source: f["source"] = source
    if publisher: f["publisher"] = publisher
    return rec(item, stamp, f, [inv(a) for a in authors(k)])


ART, CONF, PRE, REP = ("info:eu-repo/semantics/article", "info:eu-repo/semantics/conferenceObject",
                       "info:eu-repo/semantics/preprint", "info:eu-repo/semantics/report")
ARX = lambda k: f"https://arxiv.org/abs/{k}"
R = [
 paper(4602, "2024-03-04T19:11:52Z", "2010.00904", "2020-10-02", [CONF, "info:eu-repo/semantics/acceptedVersion"],
       ["Recuperación de entidades", "Generación autorregresiva", "Enlazado de entidades"],
       ["Copia de la versión aceptada (ICLR 2021). Recupera entidades generando su nombre token a token con búsqueda restringida.",
        "Incorporado por el grupo de PLN para el seminario de marzo de 2024."], rel=[ARX("2010.00904")]),
 paper(4598, "2024-03-01T12:40:07Z", "2006.03654", "2020-06-05", [CONF, "info:eu-repo/semantics/acceptedVersion"],
       ["Modelos de lenguaje preentrenados", "Atención desacoplada"],
       ["Resumen (traducción del grupo): separa el contenido y la posición en dos vectores y usa un decodificador de máscara mejorado.",
        "Versión registrada: ICLR 2021."], rel=[ARX("2006.03654")]),
 paper(4597, "2024-02-29T16:02:31Z", "2003.10555", "2020", [CONF, "info:eu-repo/semantics/publishedVersion"],
       ["Modelos de lenguaje preentrenados", "Detección de tokens reemplazados"],
       ["Sin enlace externo: el PDF se deposita como archivo del ítem (bitstream) por acuerdo con la licencia de la conferencia.",
        "Un generador pequeño reemplaza tokens y el discriminador detecta cuáles fueron reemplazados."],
       source="International Conference on Learning Representations (ICLR 2020)"),
 rec(4596, "2024-02-28T10:15:40Z", {"title": "Corpus anotado de reseñas rioplatenses para análisis de sentimiento (versión 2.1)",
     "subject": ["Conjunto de datos", "Análisis de sentimiento", "Español rioplatense"],
     "description": ["Conjunto de datos (no es un artículo): 48 312 reseñas anotadas por tres personas, en formato JSONL.",
                     "Licencia CC BY-NC 4.0; ver el archivo LEEME.txt."],
     "date": "2024-02-28", "type": "info:eu-repo/semantics/other", "identifier": f"{H}/handle/20.500.12219/4596",
     "language": "spa", "rights": "info:eu-repo/semantics/openAccess", "publisher": "Facultad de Ingeniería, Universidad Ejemplo"},
     ["Benítez, Lucía", "Ocampo, Martín"]),
 paper(4590, "2024-02-20T14:51:18Z", "1906.08237", "2019-06-19", [CONF, "info:eu-repo/semantics/acceptedVersion"],
       ["Modelos de lenguaje preentrenados", "Modelado por permutaciones"],
       ["Preentrenamiento autorregresivo sobre permutaciones del orden de factorización; integra ideas de Transformer-XL.",
        "NeurIPS 2019."], rel=[ARX("1906.08237")]),
 paper(4589, "2024-02-20T14:49:03Z", "1810.04805", "2018-10-11", [CONF, "info:eu-repo/semantics/publishedVersion"],
       ["Modelos de lenguaje preentrenados", "Modelado de lenguaje enmascarado"],
       ["Publicado en NAACL-HLT 2019. Identificador arXiv registrado como identificador alternativo; el PDF está en el ítem."],
       ident=["arXiv:1810.04805"], source="Proceedings of NAACL-HLT 2019, pp. 4171-4186"),
 rec(4588, "2024-02-19T09:30:12Z", {"title": "Codificadores preentrenados para el español rioplatense: adaptación de dominio con recursos limitados",
     "subject": ["Tesis de maestría", "Adaptación de dominio", "Procesamiento del lenguaje natural"],
     "description": ["Tesis de Maestría en Ciencia de Datos. Directora: Dra. Valeria Quiroga.",
                     "Resumen: se comparan estrategias de preentrenamiento continuo sobre corpus periodísticos y de redes sociales."],
     "date": "2023-12-14", "type": ["info:eu-repo/semantics/masterThesis", "info:eu-repo/semantics/acceptedVersion"],
     "identifier": f"{H}/handle/20.500.12219/4588", "language": "spa",
     "rights": ["info:eu-repo/semantics/openAccess", "http://creativecommons.org/licenses/by-nc-sa/4.0/"],
     "publisher": "Facultad de Ingeniería, Universidad Ejemplo"}, ["Ferreyra, Tomás"]),
 paper(4581, "2024-02-12T15:03:44Z", GLOVE, "2014-10", [CONF, "info:eu-repo/semantics/publishedVersion"],
       ["Representaciones de palabras", "Vectores de palabras", "Coocurrencias"],
       ["Modelo log-bilineal ponderado sobre la matriz global de coocurrencias.",
        "Ítem sin enlace: la versión publicada está en la ACL Anthology; se adjunta el PDF."],
       source="Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP), pp. 1532-1543",
       publisher="Association for Computational Linguistics"),
 paper(4580, "2024-02-12T14:58:21Z", GPT1, "2018-06", [REP, "info:eu-repo/semantics/publishedVersion"],
       ["Modelos generativos", "Preentrenamiento generativo", "Ajuste fino"],
       ["Informe técnico de OpenAI (no fue publicado en arXiv ni en una conferencia). Se deposita una copia del PDF.",
        "Preentrenamiento generativo de un Transformer decodificador seguido de ajuste fino discriminativo por tarea."],
       publisher="OpenAI"),
 rec(4579, "2024-02-09T11:22:05Z", {"title": "rioplatense-tokenizer: scripts de normalización y tokenización (v0.4.0)",
     "subject": ["Software", "Tokenización"],
     "description": ["Software (no es un artículo). Código fuente en GitLab institucional; esta es la copia archivada de la versión 0.4.0.",
                     "Requiere Python 3.10 y la biblioteca tokenizers de Hugging Face."],
     "date": "2024-02-09", "type": "info:eu-repo/semantics/other",
     "identifier": [f"{H}/handle/20.500.12219/4579", "https://gitlab.example.edu.ar/pln/rioplatense-tokenizer"],
     "language": "spa", "rights": "info:eu-repo/semantics/openAccess"}, ["Ocampo, Martín"]),
 paper(4575, "2024-02-05T17:44:36Z", "1911.02116", "2019-11-05", [CONF, "info:eu-repo/semantics/acceptedVersion"],
       ["Modelos multilingües", "Transferencia interlingüe", "Preentrenamiento"],
       ["Modelo de lenguaje enmascarado entrenado sobre datos de CommonCrawl en cien idiomas; ACL 2020.",
        "Lectura base para el proyecto de transferencia al guaraní."], rel=[ARX("1911.02116")]),
]
total, cursor = 111, 100
assert len(R) == total - cursor
text = ('<?xml version="1.0" encoding="UTF-8" ?><?xml-stylesheet type="text/xsl" href="static/style.xsl"?>'
        '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">'
        '<responseDate>2024-03-05T13:22:09Z</responseDate>'
        f'<request verb="ListRecords" resumptionToken="MToxMDB8Mjp8Mzp8NDpjb2xfMjAuNTAwLjEyMjE5XzQ1MDB8NTpvYWlfZGM=">{H}/server/oai/request</request>'
        "<ListRecords>" + "".join(R) + f'<resumptionToken completeListSize="{total}" cursor="{cursor}"/></ListRecords></OAI-PMH>')
write_only(F, text, keys(F))
