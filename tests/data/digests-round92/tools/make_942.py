#!/usr/bin/env python3
"""942: the CSV a Typeform form's owner downloads from Results → Responses ("Download all responses", CSV): an
Italian reading group's form for paper proposals (spring cycle on parameter-efficient fine-tuning and transfer). The
columns: `#` (the 32-character response token), one per question as the form writes it (short text, e-mail, long text
with line breaks, the dates of a multiple-selection question as one column each holding the choice's label or
nothing, an opinion scale 1–5, a yes/no as 1 / 0), then `Start Date (UTC)`, `Submit Date (UTC)`, `Network ID` and
`Tags`; newest submission first, `YYYY-MM-DD HH:MM:SS`, minimal quoting, LF, UTF-8 without BOM. The proposals name
the papers by title as the form asks (a duplicate proposal, a nickname, a doubled space, a typed line break); one
OpenReview URL, three arXiv URLs, one arXiv id as text, three titles only. The PEFT documentation and a Sebastian
Raschka blog post are not papers."""
import csv, hashlib, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys

F = by_num(942)
K = dict(bituning="2011.06182", prefix="2101.00190", qlora="2305.14314", dora="2402.09353", prompt="2104.08691",
         adapters="1902.00751", bit="1912.11370", rethink="2006.06882")
DATES = ["12 marzo", "19 marzo", "26 marzo", "9 aprile"]
HEAD = ["#", "Come ti chiami?", "La tua email (per il promemoria)",
        "Quale paper proponi? Titolo completo per favore, niente sigle 🙏",
        "Link al paper (arXiv, OpenReview, PDF…)", "Perché dovremmo leggerlo? Due righe bastano"] + DATES + \
       ["Quanto è tecnico, da 1 a 5?", "Te la senti di presentarlo tu?",
        "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]


def token(name, submit):
    """a 32-character lowercase response token, pseudo-random but fixed (sha256 of the name and time)"""
    h = int(hashlib.sha256((name + submit).encode()).hexdigest(), 16)
    abc = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(32):
        h, d = divmod(h, 36)
        out += abc[d]
    return out


def r(name, mail, title, link, why, dates, tech, present, start, submit, net, tags=""):
    return [token(name, submit), name, mail, title, link, why] + [d if d in dates else "" for d in DATES] + \
           [str(tech), "1" if present else "0", start, submit, net, tags]


rows = [
    r("Andrea Ricci", "andrea.ricci@studenti.example.it",
      "Non è un paper: la documentazione di Hugging Face PEFT (sezione LoRA e IA3)",
      "https://huggingface.co/docs/peft/index",
      "Prima di leggere i paper servirebbe una sessione pratica con la libreria, magari con un notebook.",
      ["26 marzo", "9 aprile"], 2, True, "2024-03-08 21:40:12", "2024-03-08 21:43:55", "7c1e9a04bd", "non-paper"),
    r("Francesco Galli", "f.galli@studenti.example.it",
      T(K["rethink"]), "(cercatelo su Scholar, il PDF del lab non si apre)",
      "Zoph et al., Google. Mostra che il pre-training su ImageNet non sempre aiuta, mentre il self-training sì: "
      "un bel contrappunto a tutta la parte sul transfer.",
      ["9 aprile"], 3, False, "2024-03-08 10:02:47", "2024-03-08 10:09:31", "e2f4a6b8c0"),
    r("Chiara Esposito", "chiara.esposito@studenti.example.it",
      T(K["bit"]), "",
      "Per avere anche un po' di visione: BiT è il riferimento classico per il transfer con modelli grandi, "
      "e spiega bene il \"BiT-HyperRule\".",
      ["19 marzo", "26 marzo"], 2, True, "2024-03-07 18:55:03", "2024-03-07 19:01:44", "3d5f7b9a1c"),
    r("Davide Greco", "davide.greco@studenti.example.it",
      T(K["bituning"]), "https://openreview.net/forum?id=" + OR(K["bituning"]),
      "Fine-tuning con due teste (contrastiva + classificazione) invece di una sola. Su OpenReview ci sono le "
      "recensioni, utili per la discussione.",
      ["26 marzo"], 4, True, "2024-03-06 22:17:29", "2024-03-06 22:25:08", "9a8b7c6d5e"),
    r("Marco Bianchi", "marco.bianchi@studenti.example.it",
      T(K["prompt"]).replace("for Parameter", "for  Parameter"), "arXiv:2104.08691",
      "(l'ho già mandato ieri, scusate il doppione)",
      ["12 marzo"], 3, True, "2024-03-06 08:31:50", "2024-03-06 08:33:12", "4b6d8f0a2c", "duplicato"),
    r("Elena Romano", "elena.romano@studenti.example.it",
      T(K["dora"]), "https://arxiv.org/abs/2402.09353",
      "È uscito a febbraio: scompone i pesi in modulo e direzione e applica LoRA solo alla direzione. Sarebbe bello "
      "confrontarlo con LoRA classico sui nostri dati.\nC'è anche un post sul blog di Sebastian Raschka che lo "
      "spiega bene (non è un paper, ma aiuta).",
      ["9 aprile"], 4, False, "2024-03-05 23:48:21", "2024-03-05 23:58:02", "0c2e4a6b8d"),
    r("Marco Bianchi", "marco.bianchi@studenti.example.it",
      T(K["prompt"]), "arXiv:2104.08691",
      "Lester et al.: con modelli abbastanza grandi il prompt tuning raggiunge il fine-tuning completo. "
      "Secondo me è il punto di partenza giusto.",
      ["12 marzo", "19 marzo"], 3, True, "2024-03-05 12:10:33", "2024-03-05 12:16:47", "4b6d8f0a2c"),
    r("Luca Moretti", "luca.moretti@studenti.example.it",
      "Gli adapter di Houlsby: \"" + T(K["adapters"]) + "\" (ICML 2019)", "non ricordo il link",
      "È il paper da cui parte tutto il filone PEFT, andrebbe letto per primo.",
      ["12 marzo"], 2, False, "2024-03-04 19:22:10", "2024-03-04 19:25:39", "6f8a0c2e4b"),
    r("Sara Conti", "sara.conti@studenti.example.it",
      "QLoRA\n" + T(K["qlora"]), "https://arxiv.org/pdf/2305.14314.pdf",
      "Con NF4 e paged optimizers si fa fine-tuning di un 7B sulla 3090 del laboratorio. Lo sto già usando "
      "per la tesi, posso raccontare cosa funziona e cosa no.",
      ["19 marzo"], 5, True, "2024-03-04 16:40:58", "2024-03-04 16:49:26", "1a3c5e7b9d"),
    r("Giulia Ferri", "giulia.ferri@studenti.example.it",
      T(K["prefix"]), "https://arxiv.org/abs/2101.00190",
      "Li & Liang: si allena solo un prefisso continuo, il modello resta congelato. Secondo me va letto prima del "
      "prompt tuning.",
      ["12 marzo", "19 marzo", "26 marzo"], 3, True, "2024-03-04 09:05:14", "2024-03-04 09:12:02", "8e0b2d4f6a"),
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEAD)
for row in rows:
    w.writerow(row)
write_only(F, buf.getvalue(), keys(F))
