#!/usr/bin/env python3
"""2243: a post of a Ghost blog (Casper theme) kept by a lecturer of the Universidade Federal do Pará (ICEN, Belém), with
Ghost's native member comments, copied as text from the browser (as remembered: the site title and the Casper
navigation, «Sign in» and «Subscribe», the primary tag, the title, the custom excerpt, the author, «d mmm yyyy — n min
read» (Ghost's reading time: words / 275, rounded up), headings and paragraphs, the in-post «Sign up for more like this.
/ Enter your email / Subscribe» box, the comments app: «Member discussion», «n comments», each comment as name,
«[expertise · ]time ago», text, the like count and «Reply», then «Read more» with three posts and the footer «Site ©
yyyy» / «Powered by Ghost»). Portuguese (Brazil) with English titles and chrome.
Computed: the reading time from the body's words (asserted in the checker too), the comment count."""
import math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, ALPHAFOLD
F = by_num(2243)
SITE = "Caderno de Aprendizado de Máquina"
AUTHOR = "Luana Brito"
BODY = [
 "Neste semestre o grupo de estudos de aprendizado de máquina do ICEN leu oito artigos, um por semana, às quartas, na sala",
 "de seminários do Laboratório de Computação Aplicada. Reúno aqui o que lemos, com links para quem quiser acompanhar, e",
 "algumas notas das discussões. A lista não segue uma trilha única: cada pessoa trouxe o que precisava para a própria pesquisa.",
 "",
 "Atenção e memória",
 "",
 f"Começamos com {T('2103.02143')} (Peng et al., ICLR 2021), que troca o softmax por mapas de atributos aleatórios e deixa",
 f"a atenção linear no comprimento da sequência: https://openreview.net/forum?id={OR('2103.02143')}. Na semana seguinte lemos",
 f"{T('2002.09402')}, o artigo do Feedback Transformer; a versão revisada está no OpenReview:",
 f"https://openreview.net/forum?id={OR('2002.09402')}",
 "",
 "Linguagem",
 "",
 f"Para a turma de PLN, o clássico {T('1907.11692')} (https://arxiv.org/abs/1907.11692) serviu de base para entendermos",
 "por que o BERTimbau funciona tão bem em português. Depois discutimos decodificação com",
 f"{T('1904.09751')} (Holtzman et al., arXiv:1904.09751) — foi aí que o nucleus sampling finalmente fez sentido para",
 f"todo mundo. O Rafael apresentou {T('2010.00904')}, o GENRE, que gera o nome da entidade letra por letra, e a Camila",
 f"trouxe {T('2206.14858')}, o Minerva, para a discussão sobre matemática e modelos de linguagem.",
 "",
 "IA para a ciência",
 "",
 f"Fechamos com dois artigos de ciência: {T('2010.03409')} https://arxiv.org/pdf/2010.03409v4.pdf, que queremos testar",
 f"em simulações de escoamento no estuário do Guamá, e {ALPHAFOLD} (Jumper et al., Nature, 2021), lido com o pessoal da",
 "Biologia.",
 "",
 "Não são artigos, mas ajudaram",
 "",
 "• o livro «Aprendizado de Máquina: uma abordagem estatística», de Rafael Izbicki e Tiago Mendonça dos Santos (gratuito);",
 "• o repositório github.com/google-deepmind/alphafold (software);",
 "• o corpus Carolina, para os testes em português (dados);",
 "• o post «The Illustrated Transformer», de Jay Alammar (blog);",
 "• a palestra da semana de computação da UFPA sobre modelos de linguagem na Amazônia (gravação no YouTube).",
 "",
 "No próximo semestre a ideia é ler menos e reproduzir mais. Sugestões nos comentários!",
]


def paragraphs(lines):
    """a browser copy keeps one line per paragraph: the source lines of a paragraph are joined (bullets stay apart)"""
    out, cur = [], []
    for l in lines + [""]:
        if l == "" or l.startswith("•"):
            if cur: out.append(" ".join(cur)); cur = []
            out.append(l)
        else:
            cur.append(l)
    return out[:-1]


BODY = paragraphs(BODY)
words = sum(len(l.split()) for l in BODY)
minutes = math.ceil(words / 275)
COMMENTS = [
 ("Rafael Monteiro", "Mestrando, PPGCC · 2 days ago",
  ["Ótimo resumo! O GENRE funcionou bem com as entidades da Wikipédia em português, mas precisei de um vocabulário maior."], 3),
 (AUTHOR, "Autora · 1 day ago", ["Obrigada, Rafael! Vamos retomar isso no primeiro encontro do semestre."], 1),
 ("Camila Sousa", "5 hrs ago", ["Alguém tem os dados de malha do Guamá? Posso ajudar a montar o experimento com as graph networks."], 0),
]
out = [SITE, "Início", "Leituras", "Sobre", "Sign in", "Subscribe", "",
       "Leituras",
       "O que lemos no semestre: atenção, linguagem e ciência",
       "Oito artigos que discutimos no grupo de estudos do ICEN/UFPA, com links e notas.",
       AUTHOR, f"18 abr 2026 — {minutes} min read", ""] + BODY + [
       "", "Sign up for more like this.", "Enter your email", "Subscribe", "",
       "Member discussion", f"{len(COMMENTS)} comments", ""]
for who, meta, text, likes in COMMENTS:
    out += [who, meta] + text + [str(likes), "Reply", ""]
out += ["Read more", "",
        "Como organizamos um grupo de estudos com seis pessoas e uma GPU", "2 mar 2026 — 4 min read", "",
        "Python no Pará: notas da oficina de introdução", "9 fev 2026 — 3 min read", "",
        "Dados abertos da Amazônia para aprendizado de máquina", "15 dez 2025 — 6 min read", "",
        f"{SITE} © 2026", "Powered by Ghost"]
write_only(F, "\n".join(out) + "\n", keys(F))
