#!/usr/bin/env python3
"""1171: a tcsh session (Spanish): Lucía, in a Valencia NLP reading group, checks the pre-training list on the lab's
login node. `set prompt = "%n@%m:%~%# "` (`%#` prints `>` for a user; the prompt follows cd), `foreach? ` continuation prompts until `end`;
ls, cat of a `|`-separated list, grep -c, an awk filter, a foreach over the notes, wc -l and exit. Outputs are
computed from the files shown."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1171, keys, GPT2

rows = [  # fecha | ponente | título | enlace
 ("2024-02-08", "Lucía", T("1801.06146"), ""),
 ("2024-02-15", "Javier", GPT2, ""),
 ("2024-02-22", "Marta", T("1910.10683"), "https://arxiv.org/abs/1910.10683"),
 ("2024-02-29", "Pablo", T("1906.08237"), "arXiv:1906.08237"),
 ("2024-03-07", "Javier", T("1907.11692"), "https://arxiv.org/pdf/1907.11692"),
 ("2024-03-14", "Marta", T("1911.02116"), "arXiv:1911.02116"),
 ("2024-03-21", "Lucía", T("2012.08561"), ""),
 ("2024-04-04", "Pablo", T("2010.06040"), "https://openreview.net/forum?id=" + OR("2010.06040")),
]
lista = [f"{d}|{p}|{t}|{e}" for d, p, t, e in rows]
notas = {"notas/01-ulmfit.txt": ["ULMFiT: discriminative fine-tuning + slanted triangular LR.", "Ver también el curso de fast.ai (no es artículo)."],
         "notas/03-t5.txt": ["T5: todo como texto a texto; C4.", "Código: https://github.com/google-research/text-to-text-transfer-transformer"],
         "notas/06-xlmr.txt": ["XLM-R: CommonCrawl en 100 idiomas; el español mejora mucho frente a mBERT."]}
P = "lucia@nlp-login2:"
out = []


def cmd(cwd, c, res=()):
    out.append(f"{P}{cwd}> {c}")
    out.extend(res)


cmd("~", "cd grupo-lectura/preentrenamiento")
W = "~/grupo-lectura/preentrenamiento"
cmd(W, "ls", ["lista.txt  notas  presentaciones"])
cmd(W, "cat lista.txt", ["# fecha|ponente|título|enlace  (enlace vacío = solo el título)"] + lista)
cmd(W, "grep -c arxiv.org lista.txt", [str(sum("arxiv.org" in l for l in lista))])
cmd(W, "awk -F'|' '$4 == \"\" {print $3}' lista.txt", [t for d, p, t, e in rows if e == ""])
out.append(f"{P}{W}> foreach f (notas/*.txt)")
out.append("foreach? echo \"== $f\"")
out.append("foreach? head -1 $f")
out.append("foreach? end")
for f in sorted(notas):
    out.append(f"== {f}")
    out.append(notas[f][0])
total = sum(len(v) for v in notas.values())
cmd(W, "wc -l notas/*.txt", [f"{len(v):>2} {f}" for f, v in sorted(notas.items())] + [f"{total:>2} total"])
cmd(W, "echo \"próxima sesión: 2024-04-11, repaso general; traed dudas\" >> lista.txt")
cmd(W, "exit", ["logout", "Connection to nlp-login2.example.es closed."])
text = "\n".join(out) + "\n"
write_only(F1171, text, keys(F1171))
