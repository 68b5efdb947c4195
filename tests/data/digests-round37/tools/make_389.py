#!/usr/bin/env python3
"""389: a terminal session recorded with util-linux `script` (a typescript): the "Script started on ... [TERM=...
TTY=... COLUMNS=... LINES=...]" line, then the raw pty output with CRLF line ends, bash's prompt with colour escapes,
the window-title OSC and bracketed-paste switches (ESC[?2004h / ESC[?2004l), `ls -1` (a directory in blue), a loop
printing each PDF's pdfinfo Title after a tab, one full `pdfinfo`, `pdftotext -l 1 ... | head`, ripgrep with
coloured file name, line numbers and matches (the match highlighting falls inside the URLs), `cat todo.txt`,
`du`, and "Script done on ... [COMMAND_EXIT_CODE=...]". Papers: PDF files named by arXiv id ("2002.05709.pdf",
arxiv-text), arxiv.org and openreview.net URLs in notes.md (link, whole only once the escapes are removed), titles
from pdfinfo, from pdftotext's first lines and in a to-do list (title-only). Not papers: "iBOT", "DivideMix", "C2D",
"MAE" (names only), the archive directory, pdfTeX, the people's names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import F389, keys

E = "\x1b"
USER, HOST = "mara", "kestrel"
HOME = "~/papers/ssl-vision"
COLS, LINES = 190, 47


def prompt(cwd):
    return f"{E}[?2004h{E}]0;{USER}@{HOST}: {cwd}\x07{E}[01;32m{USER}@{HOST}{E}[00m:{E}[01;34m{cwd}{E}[00m$ "


def run(cwd, cmd, out_lines):
    s = prompt(cwd) + cmd + "\r\n" + f"{E}[?2004l\r"
    return s + "".join(l + "\r\n" for l in out_lines)


def hl(s, words=("arxiv", "openreview")):
    """ripgrep's match highlighting (bold red) around each case-insensitive match"""
    low = s.lower(); out, i = [], 0
    while i < len(s):
        hit = next((w for w in words if low.startswith(w, i)), None)
        if hit:
            out.append(f"{E}[0m{E}[1m{E}[31m{s[i:i + len(hit)]}{E}[0m"); i += len(hit)
        else:
            out.append(s[i]); i += 1
    return "".join(out)


PDFS = [  # file name, pdfinfo Title
 ("2002.05709.pdf", T("2002.05709")),
 ("2103.03230.pdf", ""),
 ("beit.pdf", ""),
 ("c2d_noisy_labels.pdf", T("2103.13646")),
 ("dino_caron2021.pdf", T("2104.14294")),
 ("dinov2.pdf", T("2304.07193")),
 ("mae_he2021.pdf", T("2111.06377")),
 ("rethinking_pretraining_self_training.pdf", T("2006.06882")),
]
LS = sorted([f for f, _ in PDFS] + ["archive", "notes.md", "todo.txt"])
NOTES = [  # (line number, text) lines of notes.md that match arxiv|openreview
 (3, f"## MAE — {T('2111.06377')} — https://arxiv.org/abs/2111.06377"),
 (11, f"- {T('2006.06882')} (Zoph et al.) https://arxiv.org/abs/2006.06882 — self-training helps even where ImageNet pre-training hurts"),
 (17, f"- C2D https://openreview.net/forum?id={OR('2103.13646')} — SimCLR weights to warm up DivideMix, big gain at 90% noise"),
 (22, f"- {T('2011.06182')}: https://openreview.net/forum?id={OR('2011.06182')} (contrastive + classifier head, for the fine-tuning chapter)"),
 (31, "- arxiv listing for cs.CV is too long to skim daily, use the lab digest instead"),
]
TODO = [
 f"- [ ] read {T('2011.04419')} (Verma et al.) — mixup as the only augmentation, for the tabular/text part",
 "- [ ] re-read BEiT section 2 (the visual tokenizer) before Thursday",
 f"- [x] {T('2103.03230')} — done, summary in notes.md",
 "- [ ] ask Jonas: DINO or iBOT features for the linear probe?",
 "- [ ] move the ImageNet-1k probe results into the thesis draft",
]

body = ""
body += run("~", f"cd {HOME}", [])
body += run(HOME, "ls -1", [f"{E}[0m{E}[01;34m{f}{E}[0m" if f == "archive" else f for f in LS])
body += run(HOME, """for f in *.pdf; do printf '%s\\t%s\\n' "$f" "$(pdfinfo "$f" 2>/dev/null | sed -n 's/^Title: *//p')"; done""",
            [f"{f}\t{t}" for f, t in PDFS])
body += run(HOME, "pdfinfo beit.pdf", [
    "Title:           ", "Subject:         ", "Keywords:        ", "Author:          ",
    "Creator:         LaTeX with hyperref", "Producer:        pdfTeX-1.40.21",
    "CreationDate:    Tue Jun 15 02:13:40 2021 CEST", "ModDate:         Tue Jun 15 02:13:40 2021 CEST",
    "Custom Metadata: yes", "Metadata Stream: no", "Tagged:          no", "UserProperties:  no", "Suspects:        no",
    "Form:            none", "JavaScript:      no", "Pages:           18", "Encrypted:       no",
    "Page size:       612 x 792 pts (letter)", "Page rot:        0", "File size:       6413958 bytes",
    "Optimized:       no", "PDF version:     1.5"])
body += run(HOME, "pdftotext -l 1 beit.pdf - | head -n 4", [T("2106.08254"), "", "Hangbo Bao, Li Dong, Songhao Piao, Furu Wei", ""])
body += run(HOME, "rg -n -i 'arxiv|openreview' notes.md", [f"{E}[0m{E}[35mnotes.md{E}[0m"] +
            [f"{E}[0m{E}[32m{n}{E}[0m:{hl(t)}" for n, t in NOTES])
body += run(HOME, "cat todo.txt", TODO)
body += run(HOME, "du -sh *.pdf | sort -h | tail -n 3", ["6.2M\tbeit.pdf", "11M\tdinov2.pdf", "14M\tdino_caron2021.pdf"])
body += prompt(HOME) + "exit\r\n" + f"{E}[?2004l\r" + "exit\r\n"

head = f'Script started on 2024-05-14 09:12:03+02:00 [TERM="xterm-256color" TTY="/dev/pts/3" COLUMNS="{COLS}" LINES="{LINES}"]\n'
foot = '\nScript done on 2024-05-14 09:31:47+02:00 [COMMAND_EXIT_CODE="0"]\n'
raw = head + body + foot
import re
plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07", "", raw).replace("\r", "")
write_raw(F389, raw.encode("utf-8"), [raw, plain], keys(F389))
