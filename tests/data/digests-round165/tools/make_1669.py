#!/usr/bin/env python3
"""1669: a Spanish reading club's hashtag timeline read with toot (the Mastodon command-line client), pasted from a
terminal: `toot timeline --tag … --count 5` and `toot thread <id>`. Each status is printed as toot prints it: a rule
of 80 `─`, the display name and the account with the time right-aligned to 80 columns, a blank line, the text
wrapped at 80 columns, a blank line and the `ID …` footer (`↲ In reply to …` for replies). Links show only their
visible part (Mastodon hides the scheme and cuts the shown text at 30 characters with `…`). Status ids are Mastodon
snowflakes computed from the times (milliseconds << 16 plus a sequence)."""
import datetime as dt, os, sys, textwrap, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GPT2

F = by_num(1669)
PS = "marisol@portatil:~$ "
W = 80


def sid(ts, who):
    ms = int(dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
    return (ms << 16) + int(hashlib.sha1(who.encode()).hexdigest()[:4], 16)


def link(url):
    shown = url.split("://", 1)[1]
    return shown if len(shown) <= 30 else shown[:30] + "…"


P = [  # (time, display name, account, text, reply-to index or None)
    ("2024-03-04 09:15:07", "Íñigo Larrañaga", "@inigo@mastodon.example.es",
     f"Propuesta para la sesión del jueves del #ClubDeLecturaIA: «{T('2201.11903')}» "
     f"{link('https://arxiv.org/abs/2201.11903v6')} — y como contrapunto, «{T('2206.07682')}» (arXiv:2206.07682). "
     "¿Alguien se anima a presentar la parte de escalado?", None),
    ("2024-03-04 11:02:44", "Camila Rojas", "@camirojas@scholar.example.social",
     f"Yo me encargo de la parte de seguridad: «{T('2307.15043')}» {link('https://arxiv.org/abs/2307.15043')}. "
     "Da un poco de miedo lo bien que transfieren los sufijos a modelos cerrados. #ClubDeLecturaIA", None),
    ("2024-03-04 18:40:19", "Marisol Vega", "@marisol@scholar.example.social",
     f"Para quien llegue nuevo al club: «{T('2303.18223')}» {link('https://arxiv.org/abs/2303.18223')} "
     "es un buen mapa general, aunque son más de 100 páginas. Leed solo las secciones 4 y 5. "
     "Yo repasaría también el informe de GPT-2, «" + GPT2 + "», que sigue siendo corto y claro. #ClubDeLecturaIA", None),
    ("2024-03-05 08:31:56", "Pau Ferrer", "@pau@mastodon.example.es",
     f"Si hablamos de modelos abiertos, «{T('2307.09288')}» {link('https://arxiv.org/pdf/2307.09288')} tiene "
     "toda la parte de RLHF bien documentada. Y para probar en local está llama.cpp: "
     f"{link('https://github.com/ggerganov/llama.cpp')} #ClubDeLecturaIA", None),
    ("2024-03-05 10:12:03", "Camila Rojas", "@camirojas@scholar.example.social",
     "Otra cosa: el Open LLM Leaderboard "
     f"{link('https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard')} no mide nada de esto, "
     "ojo con sacar conclusiones de ahí. #ClubDeLecturaIA", None),
]
R = [  # replies to P[0] for the thread
    ("2024-03-04 09:47:30", "Marisol Vega", "@marisol@scholar.example.social",
     "@inigo Me apunto. Sobre calibración añadiría «" + T("2207.05221") + "», que encaja con la "
     "discusión de si el modelo «sabe» cuándo razona bien.", 0),
    ("2024-03-04 10:05:12", "Íñigo Larrañaga", "@inigo@mastodon.example.es",
     "@marisol Hecho. Y para la semana siguiente, algo de razonamiento fuera de los LLM: «" + T("2011.03459") +
     "», razonamiento sobre grafos de conocimiento con preguntas complejas.", 0),
    ("2024-03-04 10:21:48", "Pau Ferrer", "@pau@mastodon.example.es",
     "@inigo @marisol Yo no llego el jueves, dejo mis notas en el pad del club. El vídeo de Karpathy "
     "«Let's build GPT» también ayuda para los que vengan de fuera del área.", 0),
]


def keep_titles(text):
    """the quoted titles in these statuses happen to sit on one line each: wrap them as one word"""
    import re
    return re.sub(r"«[^»]+»", lambda m: m.group(0).replace(" ", "\u2060"), text)


def status(p, me, parent=None):
    t = p[0][:16]
    head = f"{p[1]} {p[2]}"
    L = ["─" * W, head + " " * (W - len(head) - len(t)) + t, ""]
    L += [l.replace("\u2060", " ") for l in textwrap.wrap(keep_titles(p[3]), W, break_long_words=False, break_on_hyphens=False)]
    foot = f"ID {me}"
    if parent: foot += f"  ↲ In reply to {parent}"
    L += ["", foot]
    return L


def build():
    ids = [sid(p[0], p[2]) for p in P]
    L = [PS + "toot timeline --tag ClubDeLecturaIA --count 5"]
    for p, i in sorted(zip(P, ids), key=lambda x: x[1], reverse=True):
        L += status(p, i)
    L += ["─" * W, PS + f"toot thread {ids[0]}"]
    L += status(P[0], ids[0])
    for r in R:
        L += status(r, sid(r[0], r[2]), ids[r[4]])
    L += ["─" * W, PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
