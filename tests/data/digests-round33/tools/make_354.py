#!/usr/bin/env python3
"""354: an X (Twitter) thread in Spanish, unrolled by Thread Reader App and saved as text (the page copied with
its chrome: "Thread by @…", "N posts, n min read", Bookmark / Save as PDF / My Authors, the "• • •" separator,
"Missing some Tweet in this thread?", "Keep Current with …", "Try unrolling a thread yourself!", the related-threads
box). Not the dev set's copy of X itself: the unroller joins the posts into paragraphs, keeps the author's "n/N"
counters and shows links as display URLs without the scheme (arxiv.org/abs/…, openreview.net/forum?id=…). Each post
fits 280 characters with links counted as 23. Papers: display-URL arXiv and OpenReview links (link), "arXiv ID"
written in the text (arxiv-text), titles in the prose, in «» or in quotes (title-only). ChatGPT, phi-1 and Minerva as
model names, a podcast episode («Café con Gradientes»), a course and the author's other threads are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F354, keys

POSTS = [
    "🧵 Hilo: 13 papers para entender cómo llegamos de «un Transformer para traducir» a los LLM que usamos hoy. Orden cronológico, un post por paper, sin hype. Guárdalo para el finde 👇",
    f"Todo empieza en 2017 con {T('1706.03762')}. Encoder-decoder, sólo atención, pensado para traducción automática. Nadie imaginaba lo que venía.\narxiv.org/abs/1706.03762",
    f"2018: «{T('1810.04805')}». Pre-entrenar con máscaras y ajustar por tarea. Durante dos años, todo el NLP fue \"BERT + una capa encima\".",
    f"2019: T5, o sea \"{T('1910.10683')}\". Todas las tareas como texto→texto. El paper es largo pero las tablas de ablación valen oro.",
    f"2020, la idea que lo cambió todo: {T('2001.08361')}. La pérdida baja como ley de potencias con parámetros, datos y cómputo.\narxiv.org/abs/2001.08361",
    f"Y el mismo año GPT-3: {T('2005.14165')}. Aprendizaje en contexto: le das ejemplos en el prompt y ya está, sin tocar los pesos.",
    f"2022: Chinchilla, {T('2203.15556')} (arXiv 2203.15556). Conclusión: estábamos entrenando modelos demasiado grandes con muy pocos tokens. ~20 tokens por parámetro.",
    f"También 2022: \"{T('2203.02155')}\", el paper de InstructGPT. SFT + modelo de recompensa + PPO. Es, básicamente, la receta de ChatGPT.",
    f"Y el truco más barato de todos: {T('2201.11903')}. Pedirle al modelo que razone paso a paso.\nopenreview.net/forum?id=_VjQlMeSB_J",
    f"Para mates: {T('2206.14858')} (Minerva, arXiv 2206.14858). Entrenar más con papers y LaTeX ayuda más de lo que parece.",
    f"2023, llega lo abierto: {T('2302.13971')}\narxiv.org/abs/2302.13971\ny unos meses después {T('2307.09288')}, con licencia que permite uso comercial.",
    f"Dos bonus de 2023. Datos: \"{T('2306.11644')}\" (phi-1: datos de calidad de \"libro de texto\" > más datos). Seguridad: {T('2307.15043')}\narxiv.org/abs/2307.15043",
    "13/13 Fin. Si te quedas con tres: escala, datos y alineación. Lo comentamos el jueves en el episodio 42 del pódcast «Café con Gradientes». Y si quieres la versión larga, el curso gratuito está en el perfil. ¡RT si te sirvió! 🙏",
]
N = len(POSTS)


def weight(s):
    s = re.sub(r"(?:https?://)?(?:arxiv\.org|openreview\.net)/\S+", "x" * 23, s)
    return len(s)


posts = []
for i, p in enumerate(POSTS, 1):
    if not p.startswith(f"{i}/"): p = f"{i}/{N} " + p if i > 1 else p + f" {i}/{N}"
    if weight(p) > 280: raise SystemExit(f"post {i} too long: {weight(p)}")
    posts.append(p)

text = f"""Thread Reader App
Share this page!
×
Post
Share
Email

Enter URL or ask us a question

Laura Méndez 🇦🇷
@lauramendez_ia
{N} posts, 4 min read
Bookmark Save as PDF My Authors

""" + "\n\n".join(posts) + f"""

• • •

Missing some Tweet in this thread? You can try to force a refresh

Keep Current with Laura Méndez 🇦🇷

Laura Méndez 🇦🇷 Profile picture
Stay in touch and get notified when new unrolls are available from this author!

Read all threads
This Thread may be Removed Anytime!

PDF
Twitter may remove this content at anytime! Save it as PDF for later use!

Save this thread as PDF

Try unrolling a thread yourself!

how to unroll video
1) Follow @ThreadReaderApp to mention us!
2) From a Twitter thread mention us with a keyword "unroll"
@threadreaderapp unroll

Did Thread Reader help you today?
Support us! We are indie developers!

More from @lauramendez_ia

Laura Méndez 🇦🇷 Profile picture
Cómo preparar una entrevista de ML en 2024 (lo que a mí me preguntaron) 1/11
Laura Méndez 🇦🇷 Profile picture
Mi setup para entrenar en una sola GPU sin volverme loca 🧵
"""
write_only(F354, text, keys(F354))
