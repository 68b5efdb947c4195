#!/usr/bin/env python3
"""1173: an elvish session (Elvish 0.20; Greek): Eleni's diffusion / vision-language reading notes in Athens. Default
prompt (`~/path> `, the right prompt not copied), cat of a two-space JSON list (raw Greek), from-json, count, an
indexed put, a map put (keys sorted, strings quoted only when not bareword-safe, null as $nil), a for loop over the
entries without a link, exit. Outputs are computed from the JSON shown."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1173, keys

A = "https://arxiv.org/abs/"
P = [
 {"title": T("2112.10752"), "url": A + "2112.10752", "ref": None, "by": "Ελένη", "note": "Stable Diffusion: διάχυση στον λανθάνοντα χώρο ενός autoencoder."},
 {"title": T("2106.05931"), "url": None, "ref": None, "by": "Νίκος", "note": "LSGM, score-based στον λανθάνοντα χώρο (NVIDIA)."},
 {"title": T("2211.09800"), "url": None, "ref": None, "by": "Μαρία", "note": "Επεξεργασία εικόνας με οδηγίες· δεδομένα από GPT-3 + Prompt-to-Prompt."},
 {"title": T("2303.11328"), "url": None, "ref": "arXiv:2303.11328", "by": "Γιώργος", "note": "Νέες όψεις από μία εικόνα, πάνω σε Stable Diffusion."},
 {"title": T("2403.03206"), "url": A + "2403.03206", "ref": None, "by": "Ελένη", "note": "SD3: rectified flow + MM-DiT."},
 {"title": T("2103.00020"), "url": "https://arxiv.org/pdf/2103.00020", "ref": None, "by": "Νίκος", "note": "CLIP· βάση για ό,τι ακολουθεί."},
 {"title": T("2204.14198"), "url": None, "ref": None, "by": "Μαρία", "note": "Perceiver resampler + gated cross-attention."},
 {"title": T("2106.13884"), "url": None, "ref": None, "by": "Γιώργος", "note": "Frozen: παγωμένο LM, εκπαιδεύεται μόνο ο κωδικοποιητής εικόνας."},
 {"title": "Hugging Face Diffusion Models Course", "url": "https://huggingface.co/learn/diffusion-course", "ref": None, "by": "Ελένη", "note": "Μάθημα, όχι άρθρο· για τις ασκήσεις."},
]
BARE = re.compile(r"[\w\-:%+,./@!]+")


def ev(v):
    if v is None: return "$nil"
    if isinstance(v, str): return v if BARE.fullmatch(v) else "'" + v.replace("'", "''") + "'"
    if isinstance(v, dict): return "[" + " ".join(f"&{k}={ev(v[k])}" for k in sorted(v)) + "]"
    return f"(num {v})"


W = "~/σημειώσεις/διάχυση"
out = [f"~> cd {W}", f"{W}> ls", "papers.json  todo.md", f"{W}> cat papers.json"]
out += json.dumps(P, ensure_ascii=False, indent=2).split("\n")
out += [f"{W}> var papers = (from-json < papers.json)", f"{W}> count $papers", f"▶ {ev(len(P))}",
        f"{W}> put $papers[3][title]", f"▶ {ev(P[3]['title'])}",
        f"{W}> put $papers[5]", f"▶ {ev(P[5])}",
        f"{W}> for p $papers {{", "    if (eq $p[url] $nil) { echo '- '$p[title] }", "  }"]
out += ["- " + p["title"] for p in P if p["url"] is None]
out += [f"{W}> exit"]
text = "\n".join(out) + "\n"
write_only(F1173, text, keys(F1173))
