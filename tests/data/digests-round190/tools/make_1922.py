#!/usr/bin/env python3
"""1922: a group-chat transcript saved from Spark (Ignite Realtime's XMPP client) in Brazilian Portuguese: the head
(room, date), lines «[hh:mm] nick: text», join / leave notices «*** nick entrou na sala / saiu da sala», the save line.
The room, the server, the nicks and the times are invented; the PEFT library, Unsloth, a blog post and a YouTube talk
appear as what they are. Computed: the times (not decreasing, asserted), who speaks is in the room (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1922)
L = [
 ("14:02", "*", "bruna.lima entrou na sala"),
 ("14:02", "*", "rafael.teixeira entrou na sala"),
 ("14:03", "bruna.lima", "boa tarde pessoal! bora fechar a lista do grupo de estudos de PEFT"),
 ("14:03", "*", "joao.pedro entrou na sala"),
 ("14:04", "rafael.teixeira", f"começa pelo clássico: {T('2106.09685')} https://arxiv.org/abs/2106.09685"),
 ("14:05", "joao.pedro", f"e depois {T('2305.14314')} (https://arxiv.org/pdf/2305.14314v1), dá pra rodar na RTX do lab"),
 ("14:06", "bruna.lima", f"antes do LoRA eu colocaria os adapters originais, {T('1902.00751')}, é de 2019 mas explica tudo"),
 ("14:07", "rafael.teixeira", f"concordo. e o {T('2101.00190')}, arXiv:2101.00190, pra comparar com prompts contínuos"),
 ("14:08", "joao.pedro", f"nessa linha tem o P-tuning: {T('2103.10385')} — o link tá no drive"),
 ("14:10", "bruna.lima", f"alguém viu o {T('2106.10199')}? http://arxiv.org/abs/2106.10199 só ajusta os bias kkkk"),
 ("14:11", "rafael.teixeira", f"vi sim! e o do (IA)^3: {T('2205.05638')} https://arxiv.org/abs/2205.05638v2"),
 ("14:13", "joao.pedro", f"pra fechar, algo de modelo pequeno pro celular: {T('2004.11886')}"),
 ("14:14", "bruna.lima", "e a parte prática? biblioteca PEFT da Hugging Face + Unsloth, eu monto o notebook"),
 ("14:15", "rafael.teixeira", "tem um post no blog da Sebastian Raschka sobre LoRA na prática, mando depois. não é artigo, só pra apoio"),
 ("14:16", "*", "joao.pedro saiu da sala"),
 ("14:17", "bruna.lima", "fechado então, 8 artigos, uma sessão por semana a partir de 09/03"),
 ("14:18", "*", "rafael.teixeira saiu da sala"),
]
room, who = set(), []
prev = ""
for t, n, m in L:
    assert t >= prev; prev = t
    if n == "*":
        nick, verb = m.split(" ", 1)
        (room.add if verb.startswith("entrou") else room.discard)(nick)
    else:
        assert n in room, n
out = ["Transcrição da conversa: estudos-peft@conference.lab-ml.example.com.br", "Data: 02/03/2026", ""]
out += [f"[{t}] *** {m}" if n == "*" else f"[{t}] {n}: {m}" for t, n, m in L]
out += ["", "Transcrição salva pelo Spark 3.0.2 em 02/03/2026 14:19"]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
