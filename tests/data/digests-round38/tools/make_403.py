#!/usr/bin/env python3
"""403: a Bluesky thread in Brazilian Portuguese, selected in bsky.app's thread view (interface in pt-BR) and pasted
as text: "Publicação" bar, the author's display name and handle, "Seguir", the root post with its full time stamp
"12 de março de 2024 às 09:41", "Todos podem responder", the counts line, then each post of the thread with name /
handle / "12 de mar." / text / link card (title, description, domain) / reply, repost and like counts; posts numbered
"(n/12)", at most 300 characters; links shown as Bluesky shows them: host + path when the path is at most 15
characters, otherwise host + the first 13 characters of the path + "..."; two replies by other accounts and a quote
post. Papers: display links short enough to keep the whole id, "arxiv.org/abs/2201.11903" (link); "arXiv 2306.11644"
typed (arxiv-text); titles in «», in “ ”, in lower case, after "Título:", and as link cards' titles under cut links
("arxiv.org/abs/2206.076...", "openreview.net/forum?id=VTF...", "ai.meta.com/research/pub...") whose ids are
incomplete (title-only). GSM8K, MATH (datasets), phi-1.5 and "o paper do GPT-4" (nicknames), Karpathy's course,
Simon Willison's blog and the author's newsletter are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F403, keys

NAME, HANDLE = "Renata Albuquerque", "@renata-albuquerque.bsky.social"


def short(url):
    """Bluesky's display form of a link (social-app toShortUrl)"""
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    path = "/" + path if path else ""
    return host + (path[:13] + "..." if len(path) > 15 else path)


POSTS = [  # (text, card (title, description, domain) or None, replies, reposts, likes)
 ("🧵 (1/12) Fio pro grupo de leitura do mestrado: 11 artigos sobre raciocínio e avaliação de LLMs, na ordem em "
  "que a gente vai discutir até junho. Não é ranking, é o caminho que me ajudou a entender o assunto. 👇", None, 12, 27, 154),
 (f"(2/12) Começando pelo clássico de 2022: «{T('2201.11903')}». Mostrar o passo a passo nos exemplos do prompt "
  f"já muda tudo em aritmética. {short('https://arxiv.org/abs/2201.11903')}",
  (T("2201.11903"), "We explore how generating a chain of thought -- a series of intermediate reasoning steps -- significantly improves...", "arxiv.org"), 3, 11, 62),
 (f"(3/12) Logo depois, a discussão sobre habilidades que “aparecem” com escala. O link corta, mas o card mostra o "
  f"título certinho: {short('https://arxiv.org/abs/2206.07682v2')}",
  (T("2206.07682"), "Scaling up language models has been shown to predictably improve performance and sample efficiency on a...", "arxiv.org"), 5, 9, 58),
 (f"(4/12) E tem a resposta famosa (aquela da “miragem”), mas essa fica pra outra sessão. Pra medir, o benchmark "
  f"de sempre: “{T('2009.03300')}” (Hendrycks et al., ICLR 2021). 57 matérias, de direito a medicina.", None, 2, 6, 41),
 (f"(5/12) Matemática de verdade: {T('2206.14858').lower()}, o paper do Minerva. "
  f"{short('https://arxiv.org/abs/2206.14858')} Leiam a análise de erros, é a melhor parte.", None, 1, 7, 39),
 (f"(6/12) O modelo por trás do Minerva: {T('2204.02311')}. A versão da JMLR é a que vale citar: "
  f"{short('https://jmlr.org/papers/v24/22-1144.html')}",
  (T("2204.02311"), "Journal of Machine Learning Research, volume 24, 2023.", "jmlr.org"), 0, 4, 33),
 (f"(7/12) Modelo sabe quando não sabe? {T('2207.05221')} (Kadavath et al., 2022), da Anthropic. Calibração em "
  "múltipla escolha e o tal P(IK). Sem link aqui porque o PDF do arXiv tá pesado, procurem pelo título.", None, 4, 10, 71),
 (f"(8/12) Modelos abertos: {short('https://ai.meta.com/research/publications/llama-2-open-foundation-and-fine-tuned-chat-models/')}",
  (f"{T('2307.09288')} | Research - AI at Meta", "In this work, we develop and release Llama 2, a collection of pretrained and fine-tuned large language models...", "ai.meta.com"), 2, 5, 44),
 (f"(9/12) Dados pequenos e bons: {T('2306.11644')} (arXiv 2306.11644). O phi-1 com 1,3 bi de parâmetros "
  "indo bem em código. O phi-1.5 é outro relatório, não confundam.", None, 6, 8, 77),
 (f"(10/12) Segurança: {T('2307.15043')} {short('https://arxiv.org/abs/2307.15043')} — o ataque de sufixo "
  "adversarial que transfere pra modelos fechados. Discussão obrigatória.", None, 3, 12, 80),
 (f"(11/12) Agentes. Título: \"{T('2303.11366')}\". E pra avaliar agente em código de verdade: "
  f"{short('https://openreview.net/forum?id=' + OR('2310.06770'))}",
  (T("2310.06770"), "Language models have outpaced our ability to evaluate them effectively, but for their future development it...", "openreview.net"), 2, 6, 52),
 ("(12/12) Fim! Quem está começando: o curso “Neural Networks: Zero to Hero” do Karpathy e o blog do Simon Willison "
  "ajudam muito. Resumo de cada sessão sai na minha newsletter às sextas. 🙏", None, 9, 14, 96),
]
REPLIES = [
 ("Tiago Moura", "@tiagomoura.bsky.social", "12 de mar.",
  "Senti falta de GSM8K e do MATH na parte de avaliação. E o paper do GPT-4, vão ler?", 1, 0, 8),
 ("Camila Ferraz", "@camilaferraz.bsky.social", "13 de mar.",
  "Salvando! Dá pra abrir pra ouvintes? Sou da estatística e queria acompanhar a sessão do Minerva.", 1, 0, 5),
]
QUOTE = ("Lucas Sant'Anna", "@lucassantanna.bsky.social", "13 de mar.",
         "Ótima lista, vou usar na disciplina de PLN do semestre que vem.", 0, 1, 11)

for t, *_ in POSTS:
    assert len(t) <= 300, (len(t), t[:40])
out = ["Publicação", "", NAME, HANDLE, "Seguir", POSTS[0][0], "12 de março de 2024 às 09:41", "Todos podem responder",
       f"{POSTS[0][3]} repostagens 3 citações {POSTS[0][4]} curtidas", str(POSTS[0][2]), str(POSTS[0][3]), str(POSTS[0][4]), ""]
for t, card, r, rp, lk in POSTS[1:]:
    out += [NAME, HANDLE, "12 de mar.", t]
    if card: out += list(card)
    out += [str(r), str(rp), str(lk), ""]
for n, h, d, t, r, rp, lk in REPLIES:
    out += [n, h, d, t, str(r), str(rp), str(lk), ""]
n, h, d, t, r, rp, lk = QUOTE
out += ["Citações", "", n, h, d, t, NAME, HANDLE, "12 de mar.", POSTS[0][0][:80] + "...", str(r), str(rp), str(lk), ""]
text = "\n".join(out)
write_only(F403, text, keys(F403))
