#!/usr/bin/env python3
"""1935: a Portuguese lab's RPG Maker MZ `data/CommonEvents.json` for an open-day game (one event a line after a
leading `null`, no spaces, no final newline — as the editor saves it): five common events with Show Text (101 / 401),
Show Scrolling Text (105 / 405), Show Choices (102 / 402 / 404 with the branches' closing 0s), comments (108 / 408),
scripts (355 / 655, NW.js `Shell.openExternal`), switches (121). Papers: arXiv `/abs/`, `/pdf/`, `http://`,
`/abs/…v2` links in scripts and comments, one id in a message (arxiv-text), three titles alone in scrolling text —
with non-papers (a repository, a dataset, a book, a talk)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1935)


def c(code, ind, *params):
    return {"code": code, "indent": ind, "parameters": list(params)}


def show(ind, name, face, idx, *lines):
    return [c(101, ind, face, idx, 0, 2, name)] + [c(401, ind, l) for l in lines]


def script(ind, *lines):
    return [c(355, ind, lines[0])] + [c(655, ind, l) for l in lines[1:]]


def comment(ind, *lines):
    return [c(108, ind, lines[0])] + [c(408, ind, l) for l in lines[1:]]


def ext(url):
    return f"require('nw.gui').Shell.openExternal('{url}');"


def build():
    ev1 = (comment(0, "Bibliotecária do piso 2 — Marta Sousa (m.sousa@memoria-lab.example.pt)",
                   "Abre links no browser só na versão desktop (NW.js).")
           + show(0, "Bibliotecária", "People1", 3, "Bem-vindo ao Dia Aberto do laboratório!", "Queres um artigo sobre memória?")
           + [c(102, 0, ["Esquecer menos", "Esquecer melhor", "Não, obrigado"], 2, 0, 2, 0),
              c(402, 0, 0, "Esquecer menos")]
           + show(1, "Bibliotecária", "People1", 3, f"\\C[2]{T('2103.09762')}\\C[0]", "Abro-te o PDF.")
           + script(1, ext("https://arxiv.org/abs/2103.09762"))
           + [c(0, 1), c(402, 0, 1, "Esquecer melhor")]
           + show(1, "Bibliotecária", "People1", 3, f"\\C[2]{T('2105.06548')}\\C[0]", "Expire-Span: cada memória tem prazo.")
           + script(1, "// versão v2, a da conferência", ext("https://arxiv.org/abs/2105.06548v2"))
           + [c(0, 1), c(402, 0, 2, "Não, obrigado")]
           + show(1, "Bibliotecária", "People1", 3, "Volta quando quiseres!")
           + [c(0, 1), c(404, 0), c(121, 0, 5, 5, 0), c(0, 0)])
    ev2 = (show(0, "Investigador", "People3", 1, "Com 50 imagens por classe treinamos quase tão bem como com todas.",
                f"\\C[3]{T('2006.05929')}\\C[0]")
           + comment(0, "link no quadro do corredor: https://arxiv.org/pdf/2006.05929")
           + script(0, ext("https://arxiv.org/pdf/2006.05929"))
           + [c(0, 0)])
    ev3 = (show(0, "Estagiário", "Actor2", 5, "O código do jogo usa a biblioteca da Hugging Face:",
                f"\\C[4]{T('1910.03771')}\\C[0]")
           + script(0, ext("http://arxiv.org/abs/1910.03771"))
           + show(0, "Estagiário", "Actor2", 5, "E o nosso artigo de grafos de conhecimento:",
                  f"{T('2011.03459')} (arXiv 2011.03459)")
           + [c(0, 0)])
    ev4 = ([c(105, 0, 2, False)]
           + [c(405, 0, l) for l in ["Próxima sessão do clube de leitura — quinta, sala 1.23", "",
                                     T("2103.14339"), T("2010.02014"), T("2103.14338"), "",
                                     "(os links chegam por email na véspera)"]]
           + [c(0, 0)])
    ev5 = (comment(0, "Quiosque de recursos (não são artigos)")
           + show(0, "", "", 0, "Repositório: github.com/GMvandeVen/continual-learning", "Dados: CORe50. Livro: Bishop, Pattern Recognition and Machine Learning.")
           + show(0, "", "", 0, "Palestra gravada: video.memoria-lab.example.pt/dia-aberto-2023")
           + [c(0, 0)])
    evs = [("Bibliotecária", ev1, 0, 1), ("Investigador", ev2, 0, 1), ("Estagiário", ev3, 0, 1),
           ("Placard próxima sessão", ev4, 0, 1), ("Quiosque", ev5, 0, 1)]
    out = ["["]
    items = ["null"] + [json.dumps({"id": n, "list": lst, "name": name, "switchId": sw, "trigger": trig},
                                   ensure_ascii=False, separators=(",", ":"))
                        for n, (name, lst, trig, sw) in enumerate(evs, 1)]
    out.append(",\n".join(items))
    out.append("]")
    return "\n".join(out)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
