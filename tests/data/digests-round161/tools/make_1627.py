#!/usr/bin/env python3
"""1627: a Spanish NLP group's reading-club post fetched with the Postlight Parser CLI (formerly Mercury Parser):
`postlight-parser URL --format=markdown > club.json`, then jq over the saved result (every field but the content, the
content as raw text, and the sorted arxiv.org links of the content). The content is turndown markdown ("*   " list
items, [text](url) links); word_count, the excerpt (first 200 characters of the text, &hellip;) and the sorted link
list are computed from the modelled post."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1627)
PS = "lucia@xps13:~/club-lectura$ "
URL = "https://blog.grupo-pln.example.es/2024/02/26/club-de-lectura-escalado-de-modelos/"
a = lambda k, u: f"[{T(k)}]({u})"
CONTENT = [
    "El club de lectura del grupo volvió en febrero con un bloque dedicado al escalado de los modelos de lenguaje: "
    "cuánto rinde cada orden de magnitud de cómputo, qué cambia cuando los modelos se publican con pesos abiertos y "
    "qué papel juegan los datos. Como siempre, resumimos lo que discutimos y dejamos la lista para quien no pudo venir.",
    "## Leyes de escalado",
    "Empezamos por " + a("2001.08361", "https://arxiv.org/pdf/2001.08361.pdf") + ". Andrés preparó las gráficas de "
    "pérdida frente a parámetros y frente a tokens; la discusión se fue enseguida a la pregunta de siempre: ¿cuántos "
    "datos hacen falta para un modelo de tamaño dado?",
    "La respuesta la leímos en " + a("2203.15556", "https://arxiv.org/abs/2203.15556") + " (el artículo de "
    "_Chinchilla_). Conclusión práctica para nuestro clúster: con el presupuesto que tenemos, mejor un modelo más "
    "pequeño entrenado con más tokens.",
    "## Modelos grandes, abiertos y dispersos",
    "*   Language Models are Unsupervised Multitask Learners (informe técnico de OpenAI, 2019). Lo releímos como punto "
    "de partida histórico: el salto de escala y el _zero-shot_.",
    "*   " + a("2204.02311", "https://arxiv.org/abs/2204.02311v5") + ": 540B parámetros y el sistema Pathways. Marta "
    "insistió en la sección de memorización.",
    "*   " + a("2307.09288", "https://arxiv.org/abs/2307.09288") + ". Probamos el modelo de 7B desde la "
    "[ficha del modelo en Hugging Face](https://huggingface.co/meta-llama/Llama-2-7b-chat-hf); la parte de RLHF da "
    "para otra sesión.",
    "*   Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity "
    "(arXiv:2101.03961). Mezcla de expertos con un solo experto por token; nos quedamos con ganas de ver el código.",
    "## Datos",
    "Textbooks Are All You Need propone entrenar con datos de «calidad de libro de texto». Hubo debate: ¿cuánto del "
    "resultado se debe a los datos sintéticos y cuánto a la evaluación elegida?",
    "## Para la próxima sesión",
    "Para quien se incorpore ahora al grupo, recomendamos A Survey of Large Language Models (Zhao et al., versión de "
    "2023), capítulos 2 y 4. También el repositorio [nanoGPT](https://github.com/karpathy/nanoGPT) para entrenar un "
    "modelo pequeño en una tarde, y las clases grabadas del curso de Stanford CS324.",
    "Nos vemos el jueves 14 de marzo a las 16:00 en el seminario 2.07. Trae café.",
]
TEXT = "\n\n".join(CONTENT)


def plain(md):
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", md)
    s = re.sub(r"^(#+|\*) +", "", s, flags=re.M)
    return s.replace("_", "")


def result():
    p = plain(TEXT)
    ex = " ".join(p.split())[:200].rstrip() + "&hellip;"
    return {"title": "Club de lectura: escalado de modelos de lenguaje (febrero)", "author": "Lucía Fernández",
            "date_published": "2024-02-26T09:30:00.000Z", "dek": None,
            "lead_image_url": "https://blog.grupo-pln.example.es/wp-content/uploads/2024/02/club-escalado.png",
            "content": TEXT, "next_page_url": None, "url": URL, "domain": "blog.grupo-pln.example.es",
            "excerpt": ex, "word_count": len(p.split()), "direction": "ltr", "total_pages": 1, "rendered_pages": 1}


def build():
    r = result()
    meta = {k: v for k, v in r.items() if k != "content"}
    L = [PS + f"postlight-parser {URL} --format=markdown > club.json", PS + "jq 'del(.content)' club.json"]
    L += json.dumps(meta, indent=2, ensure_ascii=False).split("\n")
    L += [PS + "jq -r .content club.json"] + TEXT.split("\n")
    links = sorted(set(re.findall(r"https://arxiv\.org/[^)]*", TEXT)))
    L += [PS + "jq -r .content club.json | grep -o 'https://arxiv.org/[^)]*' | sort -u"] + links
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
