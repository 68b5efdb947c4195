#!/usr/bin/env python3
"""1127: a Couchbase `cbq` shell session (Couchbase Server 7.2, SQL++ / N1QL), Spanish: a Madrid NLP lab keeps its
reading group's papers in the bucket `lecturas`. Every answer is printed as cbq prints it (four-space JSON with
requestID, signature, results, status, metrics); resultCount, resultSize (bytes of the printed results), mutationCount
and the ORDER BY are computed here."""
import hashlib, json, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1127, keys, GLOVE, GPT1


def rid(seed):
    return str(uuid.UUID(bytes=hashlib.sha256(seed.encode()).digest()[:16], version=4))


def answer(seed, results, signature, ms, mutations=None):
    size = len(json.dumps(results, indent=4, ensure_ascii=False).encode("utf-8"))
    metrics = {"elapsedTime": f"{ms[0]}ms", "executionTime": f"{ms[1]}ms", "resultCount": len(results), "resultSize": size}
    if mutations is not None: metrics["mutationCount"] = mutations
    metrics["serviceLoad"] = 2
    d = {"requestID": rid(seed), "signature": signature, "results": results, "status": "success", "metrics": metrics}
    return json.dumps(d, indent=4, ensure_ascii=False)


rows = [
    {"sesion": "2024-02-06", "ponente": "Lucía Ferrer", "titulo": T("1810.04805"), "enlace": "https://arxiv.org/abs/1810.04805",
     "nota": "Clásico; repasamos MLM + NSP y por qué RoBERTa quitó NSP."},
    {"sesion": "2024-02-13", "ponente": "Andrés Ibáñez", "titulo": GLOVE, "enlace": None,
     "nota": "EMNLP 2014, sin arXiv. Comparar con word2vec en la pizarra."},
    {"sesion": "2024-02-20", "ponente": "Marta Quiroga", "titulo": GPT1, "enlace": None,
     "nota": "Informe técnico de OpenAI (2018), el PDF está en la carpeta compartida."},
    {"sesion": "2024-02-27", "ponente": "Iker Goñi", "titulo": T("1906.08237"), "enlace": "https://arxiv.org/pdf/1906.08237.pdf",
     "nota": "Permutation LM; la parte de two-stream attention se explica fatal, traer diagramas."},
    {"sesion": "2024-03-05", "ponente": "Lucía Ferrer", "titulo": T("2003.10555"), "enlace": "arXiv:2003.10555",
     "nota": "Detector de tokens reemplazados. Mucho más barato que BERT para el mismo GLUE."},
    {"sesion": "2024-03-12", "ponente": "Nuria Sanz", "titulo": T("2006.03654"), "enlace": "https://arxiv.org/abs/2006.03654",
     "nota": "Atención desacoplada contenido/posición. Código: github.com/microsoft/DeBERTa"},
    {"sesion": "2024-03-19", "ponente": "Andrés Ibáñez", "titulo": T("1911.02116"), "enlace": "arXiv:1911.02116",
     "nota": "XLM-R: relevante para el corpus catalán/euskera del proyecto."},
    {"sesion": "2024-03-26", "ponente": "Marta Quiroga", "titulo": T("2010.00904"), "enlace": None,
     "nota": "GENRE (" + au("2010.00904", 2) + "): generar el nombre de la entidad en vez de clasificar."},
]
assert [r["sesion"] for r in rows] == sorted(r["sesion"] for r in rows)
N_DOCS = len(rows) + 3   # three non-paper resources in the bucket

listing = [{"sesion": r["sesion"], "ponente": r["ponente"], "titulo": r["titulo"], "enlace": r["enlace"]} for r in rows]
curso = {"lecturas": {"tipo": "recurso", "titulo": "Curso de NLP de Hugging Face (capítulos 1–4)",
                      "url": "https://huggingface.co/learn/nlp-course", "nota": "Para quien llegue nuevo al grupo."},
         "id": "recurso::hf-course"}
electra = rows[4]

out = []
out.append("$ /opt/couchbase/bin/cbq -e http://localhost:8091 -u lucia.ferrer\n")
out.append("Enter Password: \n")
out.append(" Connected to : http://localhost:8091/. Type Ctrl-D or \\QUIT to exit.\n\n")
out.append(" Path to history file for the shell : /home/lucia/.cbq_history \n")
out.append("cbq> SELECT COUNT(*) AS n FROM lecturas;\n")
out.append(answer("q1", [{"n": N_DOCS}], {"n": "number"}, ("4.812", "4.731")) + "\n")
out.append("cbq> SELECT l.sesion, l.ponente, l.titulo, l.enlace FROM lecturas l WHERE l.tipo = \"articulo\" ORDER BY l.sesion;\n")
out.append(answer("q2", listing, {"enlace": "json", "ponente": "json", "sesion": "json", "titulo": "json"}, ("18.305", "18.214")) + "\n")
out.append("cbq> -- ¿cuáles no tienen enlace todavía? (Marta: «el de OpenAI no está en arXiv»)\n")
out.append("cbq> SELECT l.titulo, l.nota FROM lecturas l WHERE l.tipo = \"articulo\" AND l.enlace IS NULL ORDER BY l.sesion;\n")
out.append(answer("q3", [{"titulo": r["titulo"], "nota": r["nota"]} for r in rows if r["enlace"] is None],
                  {"nota": "json", "titulo": "json"}, ("9.077", "8.990")) + "\n")
out.append("cbq> SELECT META().id, * FROM lecturas USE KEYS \"recurso::hf-course\";\n")
out.append(answer("q4", [curso], {"*": "*", "id": "json"}, ("1.942", "1.873")) + "\n")
out.append("cbq> UPDATE lecturas SET leido = true, nota = \"Leído. Replicar la tabla 1 con nuestro corpus.\" "
           "WHERE META().id = \"articulo::electra\" RETURNING lecturas.titulo, lecturas.enlace;\n")
out.append(answer("q5", [{"enlace": electra["enlace"], "titulo": electra["titulo"]}], {"enlace": "json", "titulo": "json"},
                  ("12.660", "12.581"), mutations=1) + "\n")
out.append("cbq> SELECT l.ponente, COUNT(*) AS charlas FROM lecturas l WHERE l.tipo = \"articulo\" GROUP BY l.ponente ORDER BY l.ponente;\n")
cnt = {}
for r in rows: cnt[r["ponente"]] = cnt.get(r["ponente"], 0) + 1
out.append(answer("q6", [{"charlas": cnt[p], "ponente": p} for p in sorted(cnt)], {"charlas": "number", "ponente": "json"},
                  ("7.390", "7.302")) + "\n")
out.append("cbq> \\QUIT;\n")
write_only(F1127, "".join(out), keys(F1127))
