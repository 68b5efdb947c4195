#!/usr/bin/env python3
"""333: a reader's letter to the editor of a weekly newspaper (the Tok Pisin weekly Wantok is real; the letter, its
writer and the addresses are invented, `example` domains), as sent from Thunderbird and kept in the Sent folder
(`.eml`): CRLF, one text/plain part, UTF-8, 8bit, format=flowed (soft line breaks end with a space, lines wrapped at
72, a paragraph's last line without the space). What such a letter has: "Dia Edita,", the paragraphs, the sign-off
"Yu yet," with name and town, and the writer's own word count under the paper's limit ("Namba bilong ol word: n
(lo bilong pepa: 600)"). Papers: the writer names them in the paragraphs — in “…” quotes, with an arXiv abs URL
(link), "arXiv:ID" (arxiv-text) or the title alone (title-only); the newspaper's earlier story and the protein
database the letter mentions are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, check_only
from alloc_keys import ALPHAGOZERO, ALPHAFOLD

KEYS = [ALPHAGOZERO, "2006.05990", "2101.03958", "2106.02039", "2106.01345", "2204.01691", "2205.06175",
        "2307.15818", "2010.00554", ALPHAFOLD]
Q = lambda k: f"“{T(k)}”"
PARAS = [
    "Plis givim liklik spes long pepa bilong yu long dispela leta.",
    "Long las wik Wantok i raitim stori long ol masin i gat “artificial intelligence” (AI) na ol robot bai i kisim "
    "wok bilong ol manmeri long Papua Niugini. Mi wok olsem tisa bilong saiens long Lae, na mi laik tokaut long "
    "sampela samting ol saientis i painim pinis, long wanem stori i no stretpela olgeta.",
    f"Pastaim, long 2017 ol saientis i raitim pepa {Q(ALPHAGOZERO)}. Masin i lainim pilai Go em yet, i no gat man i "
    "skulim em. Tasol dispela i no min olsem masin i ken mekim olgeta wok. Pilai i gat ol lo i stret; laip bilong "
    "yumi i no olsem.",
    f"Ol saientis yet i save olsem dispela kain skul bilong masin (“reinforcement learning”) i no isi. Pepa {Q('2006.05990')} "
    "i soim olsem ol liklik senis tasol i ken bagarapim wok bilong masin. Narapela pepa, "
    f"{Q('2101.03958')}, i traim long mekim masin i painim nupela rot bilong lainim em yet, na em i hatwok tru.",
    "Nau ol i traim long skulim masin wantaim ol stori bilong pasin bilong ol man, olsem long "
    f"{Q('2106.01345')} (https://arxiv.org/abs/2106.01345) na long {Q('2106.02039')}. Ol dispela masin i lainim long "
    "ol samting ol man i bin mekim pinis. Olsem na sapos yumi no givim gutpela save, masin tu bai i no gat gutpela "
    "save.",
    "Ol robot i save harim tok na mekim wok, em i tru. Pepa "
    f"{Q('2204.01691')} (arXiv:2204.01691) i soim robot i harim tok na kisim kap long kabot. Tasol robot i save mekim "
    f"ol liklik wok tasol insait long haus, i no long gaden o long bus. Pepa {Q('2307.15818')} "
    f"(https://arxiv.org/abs/2307.15818) na pepa {Q('2205.06175')} i soim masin i ken mekim planti kain wok, tasol ol "
    "i gat bikpela mani tru long wokim.",
    "Mi laik tok tu olsem AI i ken helpim yumi. Pepa "
    f"{Q(ALPHAFOLD)} i helpim ol dokta na saientis long save long ol protein, na ol i putim save long intanet "
    "na olgeta man i ken lukim. Na sampela pepa i no bilong robot, em bilong matematik, olsem "
    f"{Q('2010.00554')} (arXiv:2010.00554).",
    "Olsem na mi tok: AI i no wanpela masalai. Em i wanpela tul. Gavman i mas givim mani long ol skul na long "
    "yunivesiti bilong PNG, bai ol yangpela i ken lainim dispela save na usim long gutpela rot.",
    "Tenkyu.",
]


def flow(p, w=72):
    """format=flowed: wrap at w, soft breaks keep a trailing space, the last line has none"""
    words, lines, cur = p.split(" "), [], ""
    for x in words:
        if cur and len(cur) + 1 + len(x) > w:
            lines.append(cur + " "); cur = x
        else:
            cur = f"{cur} {x}" if cur else x
    return lines + [cur]


nwords = sum(len(p.split()) for p in PARAS)
assert nwords <= 600
body = ["Dia Edita,", ""]
for p in PARAS:
    body += flow(p) + [""]
body += ["Yu yet,", "", "Joseph Kuman", "Tisa bilong saiens, Lae, Morobe Provins", "",
         f"Namba bilong ol word: {nwords} (lo bilong pepa: 600)", ""]
hdr = ["Message-ID: <6a1d0c3e-5b27-4f0e-9d51-2f7be3c0a914@lae-mail.example>",
       "Date: Mon, 18 Mar 2024 20:41:09 +1000",
       "MIME-Version: 1.0",
       "User-Agent: Mozilla Thunderbird",
       "Content-Language: en-US",
       "To: leta@wantok-niuspepa.example",
       "From: Joseph Kuman <joseph.kuman@lae-mail.example>",
       "Subject: Leta i go long Edita: AI na ol robot - yumi mas save gut",
       "Content-Type: text/plain; charset=UTF-8; format=flowed",
       "Content-Transfer-Encoding: 8bit"]
text = "\r\n".join(hdr) + "\r\n\r\n" + "\r\n".join(body) + "\r\n"
write_only("333_letter_to_the_editor_eml_tok_pisin_ai_and_robots.eml", text, KEYS)
