#!/usr/bin/env python3
"""1312: a git-annex session (Ukrainian): a Kyiv-like lab's diffusion reading group keeps its PDFs in a git-annex
repository (`chytanka`, remotes: the web special remote and the lab NAS); Olena added two URLs, then printed the
metadata and the locations of everything under `papers/` and pasted the terminal into the group's chat. git-annex's
output as remembered: `addurl <url> (to <file>) ok` and `(recording state in git...)`; `metadata <file> ` blocks with
the fields sorted, each with its `<field>-lastchanged` and the overall `lastchanged` (`YYYY-MM-DD@HH-MM-SS`), `ok`;
`whereis <file> (N copies) ` with one `  \\t<uuid> -- <description>` line per copy (`[here]`, `[nas]`), then the web
remote's URLs as `  web: <url>`, `ok`. Metadata values (titles in English, tags and notes in Ukrainian) are raw
UTF-8; one file carries an `arxiv=` field instead of a URL. The annotated-diffusion blog post and a lecture's slides are
not papers; DDPM, LDM, SDXL, DreamBooth, DiffWave, InstructPix2Pix are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1312, keys

WEB = "00000000-0000-0000-0000-000000000001"
HERE = ("5d2b7e4c-9a13-4f0e-b8c6-2e71a04f93d5", "olena@dyfuziia:~/chytanka [here]")
NAS = ("a8f0c3e1-6b27-4d95-8e4a-c1d7f25b0e68", "nas-laboratoriia:/volume1/chytanka [nas]")
# file, title, tags, extra fields, web url, on NAS, time of the last metadata change
FILES = [
 ("papers/annotated-diffusion.html", "The Annotated Diffusion Model (блог Hugging Face)", ["блог", "не-стаття"], {}, "https://huggingface.co/blog/annotated-diffusion", False, "2024-05-10@18-03-41"),
 ("papers/ddpm.pdf", T("2006.11239"), ["дифузія", "прочитано"], {}, "https://arxiv.org/pdf/2006.11239", True, "2024-05-14@09-12-33"),
 ("papers/diffwave.pdf", T("2009.09761"), ["аудіо", "непрочитане"], {"dzherelo": "флешка Андрія, посилання немає"}, None, True, "2024-05-13@17-40-08"),
 ("papers/dreambooth.pdf", T("2208.12242"), ["персоналізація", "непрочитане"], {}, None, True, "2024-05-13@17-41-55"),
 ("papers/instructpix2pix.pdf", T("2211.09800"), ["редагування", "непрочитане"], {"arxiv": "2211.09800"}, None, False, "2024-05-13@17-44-20"),
 ("papers/ldm.pdf", T("2112.10752"), ["дифузія", "прочитано"], {}, "https://arxiv.org/pdf/2112.10752v2", True, "2024-05-14@09-13-02"),
 ("papers/score-sde.pdf", T("2011.13456"), ["sde", "непрочитане"], {"prymitka": "версія ICLR 2021"}, f"https://openreview.net/pdf?id={OR('2011.13456')}", False, "2024-05-14@09-15-47"),
 ("papers/sdxl.pdf", T("2307.01952"), ["дифузія", "непрочитане"], {}, "https://arxiv.org/pdf/2307.01952", False, "2024-05-14@09-16-20"),
 ("papers/ss-vae.pdf", T("2010.02014"), ["vae", "непрочитане"], {"dzherelo": "надіслав Тарас, ще без посилання"}, None, True, "2024-05-13@17-46-31"),
 ("slides/lektsiia-5-dyfuziini-modeli.pdf", "Лекція 5: дифузійні моделі (слайди курсу)", ["слайди", "не-стаття"], {}, None, True, "2024-05-10@18-05-12"),
]
P = "olena@dyfuziia:~/chytanka$ "
out = []
for f in FILES:
    if f[0] in ("papers/score-sde.pdf", "papers/sdxl.pdf"):
        out += [P + f"git annex addurl --file={f[0]} {f[4]}", f"addurl {f[4]} (to {f[0]}) ok", "(recording state in git...)"]
out.append(P + "git annex metadata papers slides")
for path, title, tags, extra, url, nas, t in FILES:
    fields = {"title": [title], "tag": sorted(tags)}
    fields.update({k: [v] for k, v in extra.items()})
    lines = {"lastchanged": [t]}
    for k, vs in fields.items():
        lines[k] = vs
        lines[k + "-lastchanged"] = [t]
    out.append(f"metadata {path} ")
    for k in sorted(lines):
        out += [f"  {k}={v}" for v in lines[k]]
    out.append("ok")
out.append(P + "git annex whereis papers slides")
for path, title, tags, extra, url, nas, t in FILES:
    locs = ([(WEB, "web")] if url else []) + [HERE] + ([NAS] if nas else [])
    n = len(locs)
    out.append(f"whereis {path} ({n} cop{'y' if n == 1 else 'ies'}) ")
    out += [f"  \t{u} -- {d}" for u, d in locs]
    if url:
        out += ["", f"  web: {url}"]
    out.append("ok")
out.append(P)
text = "\n".join(out) + "\n"
write_only(F1312, text, keys(F1312))
