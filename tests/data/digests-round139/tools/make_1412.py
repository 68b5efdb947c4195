#!/usr/bin/env python3
"""1412: the data file of a small Rust reading-list TUI (invented, `anagnostis`), written by `ron::ser::to_string_pretty`
with the default PrettyConfig (Greek): structs as `( field: value, )` without names, four-space indents, a trailing
comma after every element, `Some(…)` / `None`, unit variants (`ToRead`, `Reading`, `Done`, `Paper`, `Repo`, …) and
newtype variants (`Arxiv("…")`, `OpenReview("…")`, `Local("…")`, `Web`), a BTreeMap of shelves (keys in code-point
order) as `{ "key": value, }`, strings with Rust's escapes only for `"`, `\\` and control characters (Greek raw), and no
final newline (the program writes the string as it is). Entries: eight papers and four things that are not papers
(the diffusers repository, the Hugging Face diffusion course, a blog post, a YouTube lecture). Nicknames: LDM, SD,
SDXL, ControlNet, DDPM, DreamBooth, Textual Inversion, score SDE."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F1412, keys


class V:  # enum variant: unit (arg None) or newtype
    def __init__(self, name, arg=None): self.name, self.arg = name, arg


class S(dict):  # a struct (field order kept)
    pass


NONE = V("None")
Some = lambda x: V("Some", x)


def esc(s):
    out = []
    for ch in s:
        if ch in '"\\': out.append("\\" + ch)
        elif ch == "\n": out.append("\\n")
        elif ch == "\t": out.append("\\t")
        elif ch == "\r": out.append("\\r")
        elif ord(ch) < 32 or ord(ch) == 127: out.append("\\u{%x}" % ord(ch))
        else: out.append(ch)
    return '"' + "".join(out) + '"'


def ron(v, d=0):
    ind, ind1 = "    " * d, "    " * (d + 1)
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, str): return esc(v)
    if isinstance(v, V): return v.name if v.arg is None else f"{v.name}({ron(v.arg, d)})"
    if isinstance(v, S): return "(\n" + "".join(f"{ind1}{k}: {ron(x, d + 1)},\n" for k, x in v.items()) + ind + ")"
    if isinstance(v, dict):
        if not v: return "{}"
        return "{\n" + "".join(f"{ind1}{esc(k)}: {ron(v[k], d + 1)},\n" for k in sorted(v)) + ind + "}"
    if isinstance(v, list):
        if not v: return "[]"
        return "[\n" + "".join(f"{ind1}{ron(x, d + 1)},\n" for x in v) + ind + "]"
    raise TypeError(v)


def paper(i, key, source, url, status, shelf, tags, rating, notes, added, n_auth=None, title=None):
    return S(id=i, kind=V("Paper"), title=title or T(key), authors=CAT[key]["authors"][:n_auth], year=int(CAT[key]["published"][:4]),
             source=source, url=url, status=V(status), shelf=shelf, tags=tags, rating=rating, notes=notes, added=added)


def other(i, kind, title, authors, year, url, status, shelf, tags, notes, added):
    return S(id=i, kind=V(kind), title=title, authors=authors, year=year, source=V("Web"), url=Some(url), status=V(status),
             shelf=shelf, tags=tags, rating=NONE, notes=notes, added=added)


A = lambda k: V("Arxiv", k)
ITEMS = [
 paper(1, "2112.10752", A("2112.10752"), Some("https://arxiv.org/abs/2112.10752"), "Done", "διάχυση", ["latent", "βασικό"],
       Some(5), "Η βάση του Stable Diffusion. Διάβασα ενότητες 3–4 δύο φορές· ο autoencoder με KL είναι το κλειδί.", "2024-02-11"),
 paper(2, "2006.11239", V("Local", "~/Έγγραφα/papers/ho2020_ddpm_neurips.pdf"), NONE, "Done", "διάχυση", ["βασικό"],
       Some(5), "DDPM: το κλασικό. Το PDF είναι η έκδοση NeurIPS από τα proceedings, όχι το preprint.", "2024-02-11"),
 paper(3, "2011.13456", V("OpenReview", OR("2011.13456")), Some(f"https://openreview.net/forum?id={OR('2011.13456')}"),
       "Reading", "διάχυση", ["sde", "θεωρία"], NONE,
       "Score SDE — ICLR 2021 (outstanding paper). Ενότητα 4: reverse-time SDE και probability flow ODE.", "2024-02-20"),
 paper(4, "2303.01469", V("Web"), Some("https://proceedings.mlr.press/v202/song23a.html"), "ToRead", "διάχυση",
       ["γρήγορη δειγματοληψία"], NONE, "Δειγματοληψία σε ένα βήμα. Έκδοση ICML 2023 (PMLR).", "2024-03-04"),
 paper(5, "2307.01952", A("2307.01952"), NONE, "ToRead", "διάχυση", ["latent", "sdxl"], NONE,
       "Να δω το refiner και το micro-conditioning στο μέγεθος εικόνας.\nΟ Νίκος λέει ότι αρκεί η ενότητα 2.", "2024-03-04"),
 paper(6, "2302.05543", A("2302.05543"), Some("https://arxiv.org/pdf/2302.05543v3"), "Reading", "έλεγχος", ["controlnet"],
       Some(4), "Zero convolutions· παράδειγμα με canny στο notebook του μαθήματος.", "2024-03-15"),
 paper(7, "2208.12242", A("2208.12242"), Some("https://arxiv.org/abs/2208.12242"), "ToRead", "εξατομίκευση",
       ["dreambooth", "fine-tuning"], NONE, "Για την εργασία με τις φωτογραφίες του σκύλου \"Μπόμπου\".", "2024-04-02"),
 paper(8, "2208.01618", V("Web"), Some("https://textual-inversion.github.io/"), "ToRead", "εξατομίκευση", ["embeddings"],
       NONE, "Textual Inversion: ένα νέο «λεκτικό» token ανά έννοια. Σύγκριση με το DreamBooth.", "2024-04-02"),
 other(9, "Repo", "huggingface/diffusers", ["Hugging Face"], 2022, "https://github.com/huggingface/diffusers", "Reading",
       "εργαλεία", ["κώδικας"], "Οι pipelines για SD, SDXL και ControlNet· χρησιμοποιώ την έκδοση 0.27.", "2024-02-12"),
 other(10, "Course", "Hugging Face Diffusion Models Course", ["Hugging Face"], 2022,
       "https://huggingface.co/learn/diffusion-course/unit0/1", "Done", "εργαλεία", ["μάθημα"],
       "Unit 1–2 ολοκληρώθηκαν.", "2024-02-12"),
 other(11, "Blog", "What are Diffusion Models?", ["Lilian Weng"], 2021,
       "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "Done", "διάχυση", ["επισκόπηση"],
       "Η καλύτερη εισαγωγή στα μαθηματικά, πριν από το DDPM.", "2024-02-10"),
 other(12, "Video", "Διάλεξη 9: Μοντέλα διάχυσης (ΕΜΠ, Βαθιά Μάθηση 2023)", ["Κ. Αλεξίου"], 2023,
       "https://www.youtube.com/watch?v=Qm7vR2xLp0A", "ToRead", "διάχυση", [], "", "2024-05-12"),
]
DATA = S(version=3, owner="Ελένη Παπαδοπούλου", updated="2024-05-12T21:04:33+03:00",
         shelves={"διάχυση": "Μοντέλα διάχυσης (διπλωματική)", "έλεγχος": "Έλεγχος και συνθήκες",
                  "εξατομίκευση": "Εξατομίκευση μοντέλων", "εργαλεία": "Κώδικας, μαθήματα"},
         papers=ITEMS)
write_only(F1412, ron(DATA), keys(F1412))
