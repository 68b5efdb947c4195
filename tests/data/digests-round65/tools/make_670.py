#!/usr/bin/env python3
"""670: an Apache Solr 9.4 /select response with wt=json&indent=true as the JSON response writer prints it: two-space
levels, no space after ':', closers glued to the last value ("…}}"), "response" opened on one line
({"numFound":…,"start":0,"maxScore":…,"numFoundExact":true,"docs":[), each doc on a new line, multi-valued fields with
the first value inline and the rest on new lines, then "]" + newline + "  }", a "highlighting" section (<em> snippets)
keyed by doc id; raw UTF-8. A Spanish lab's paper / resource index on multimodal and 3D vision."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F670, keys


def val(v, lvl):
    pad = "\n" + "  " * (lvl + 1)
    if isinstance(v, dict):
        return "{" + ",".join(pad + json.dumps(k, ensure_ascii=False) + ":" + val(x, lvl + 1) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ("," + pad).join(val(x, lvl + 1) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def solr(header, docs, numfound, maxscore, hl):
    out = "{\n  \"responseHeader\":" + val(header, 1) + ",\n  \"response\":{\"numFound\":" + str(numfound) + \
          ",\"start\":0,\"maxScore\":" + json.dumps(maxscore) + ",\"numFoundExact\":true,\"docs\":["
    out += ",".join("\n      " + val(d, 3) for d in docs) + "]\n  },\n  \"highlighting\":" + val(hl, 1) + "}\n"
    return out


V0 = 1796433120117456896
docs, hl = [], {}


TERMS = re.compile(r"(?<!\w)(multimodal|visual|visión|vision|3D)(?!\w)", re.I)


def highlight(d):
    out = {}
    for f in ("titulo", "notas"):
        t = d.get(f)
        m = t and TERMS.search(t)
        if not m: continue
        a = 0 if m.start() < 60 else t.rfind(" ", 0, m.start() - 30) + 1
        frag = t[a:a + 100]
        if a + 100 < len(t): frag = frag[:frag.rfind(" ")]
        out[f] = [TERMS.sub(lambda x: "<em>" + x.group(0) + "</em>", frag)]
    return out


def paper(i, key, fecha, notas, etiquetas, url=None, ident=None, score=1.0):
    d = {"id": i, "tipo": "articulo", "titulo": T(key), "autores": authors(key)[:4]}
    if url: d["url"] = url
    if ident: d["identificador"] = ident
    d.update({"fecha_alta": fecha, "etiquetas": etiquetas, "notas": notas, "_version_": V0 + len(docs) * 4093, "score": score})
    docs.append(d)
    hl[i] = highlight(d)


def recurso(i, nombre, clase, url, fecha, notas, etiquetas, score):
    docs.append({"id": i, "tipo": "recurso", "clase": clase, "nombre": nombre, "url": url, "fecha_alta": fecha,
                 "etiquetas": etiquetas, "notas": notas, "_version_": V0 + len(docs) * 4093, "score": score})
    hl[i] = highlight(docs[-1])


paper("art-0117", "2304.02643", "2024-04-22T09:14:00Z",
      "Lo presenta Lucía el 30/04. Ver la sección del motor de datos (SA-1B) y el codificador de prompts; probarlo con nuestras imágenes de microscopía (prompts de texto: ¿multimodal de verdad?).",
      ["segmentación", "modelos fundacionales"], url="https://arxiv.org/abs/2304.02643", score=3.2184508)
paper("art-0118", "2102.05918", "2024-04-22T09:20:31Z",
      "ALIGN: pares imagen-texto ruidosos a gran escala, sin filtrar. Comparar con el preentrenamiento contrastivo clásico.",
      ["visión-lenguaje", "contrastivo"], url="https://arxiv.org/pdf/2102.05918v2", score=3.0417705)
paper("art-0121", "2303.15343", "2024-04-25T16:02:48Z",
      "Pérdida sigmoide por pares en lugar del softmax; interesa para lotes pequeños (tenemos 4 GPU).",
      ["visión-lenguaje", "contrastivo"], ident="arXiv 2303.15343", score=2.9925013)
paper("art-0124", "2304.08485", "2024-04-29T11:37:09Z",
      "Ajuste por instrucciones visuales con datos generados por GPT-4. Pendiente: buscar el enlace y la versión de NeurIPS.",
      ["visión-lenguaje", "LLM"], score=2.8811343)
paper("art-0125", "2204.14198", "2024-04-29T11:41:55Z",
      "Capas de atención cruzada con compuertas sobre un LLM congelado; pocos ejemplos en contexto. Sin enlace todavía.",
      ["visión-lenguaje", "few-shot"], score=2.6509912)
paper("art-0130", "2308.04079", "2024-05-03T08:55:17Z",
      "Representación con gaussianas 3D y rasterizado diferenciable en tiempo real. Para el proyecto de reconstrucción del patio de la facultad.",
      ["3D", "render"], url="https://arxiv.org/abs/2308.04079", score=2.4123337)
paper("art-0131", "2103.14338", "2024-05-03T09:02:40Z",
      "Transferencia de movimiento humano con pocas imágenes; geometría y textura personalizadas. Lo propuso Andrés para la línea de avatares.",
      ["3D", "humanos", "generación"], score=2.1030986)
paper("art-0133", "2006.05929", "2024-05-06T15:20:00Z",
      "Condensar el conjunto de entrenamiento igualando gradientes; ¿sirve para reducir nuestro corpus de imágenes médicas? (sin enlace; PDF en el NAS)",
      ["datos", "eficiencia"], score=1.2277041)
recurso("rec-0040", "COCO (Common Objects in Context) – conjunto de datos", "dataset", "https://cocodataset.org/",
        "2024-04-22T09:30:00Z", "Conjunto de datos, no es un artículo. Usamos las anotaciones 2017 para las pruebas de segmentación.",
        ["datos", "segmentación"], 1.9402285)
recurso("rec-0041", "open_clip (repositorio)", "software", "https://github.com/mlfoundations/open_clip",
        "2024-04-25T16:10:12Z", "Software: implementación abierta del entrenamiento contrastivo imagen-texto; tiene pesos SigLIP.",
        ["visión-lenguaje", "código"], 1.8817613)
recurso("rec-0042", "gsplat (biblioteca CUDA)", "software", "https://github.com/nerfstudio-project/gsplat",
        "2024-05-03T09:10:00Z", "Biblioteca para el rasterizado de gaussianas; la usaremos en vez del código original.",
        ["3D", "código"], 1.5120024)
recurso("rec-0043", "Curso: Visión por Computador Multimodal (máster, módulo 3)", "curso", "https://campus.altamira.example.es/cursos/vcm-3",
        "2024-05-06T10:00:00Z", "Material del curso de máster; no es un artículo.", ["docencia"], 1.3301109)
recurso("rec-0044", "Leaderboard de segmentación semántica en ADE20K (Papers with Code)", "leaderboard",
        "https://paperswithcode.com/sota/semantic-segmentation-on-ade20k", "2024-05-06T10:05:41Z",
        "Solo para consultar cifras.", ["segmentación"], 1.0114452)
header = {"zkConnected": True, "status": 0, "QTime": 7, "params": {
    "q": "coleccion:lectura_2024", "hl": "true", "indent": "true", "fl": "*,score", "hl.q": "multimodal OR visual OR visión OR vision OR 3D",
    "hl.fl": "titulo,notas", "fq": "grupo:vision_multimodal", "sort": "score desc", "rows": "20", "wt": "json", "_": "1715090432117"}}
docs.sort(key=lambda d: -d["score"])
hl = {d["id"]: hl[d["id"]] for d in docs}
raw = solr(header, docs, len(docs), docs[0]["score"], hl)
write_only(F670, raw, keys(F670), forms=[re.sub(r"</?em>", "", raw)])
