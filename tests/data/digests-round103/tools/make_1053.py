#!/usr/bin/env python3
"""1053: the raw trace of a GitLab CI job (`GET /api/v4/projects/:id/jobs/:job_id/trace`, or the "Complete Raw" button)
that builds an Iranian NLP lab's Persian reading-list site on GitLab Pages: gitlab-runner 16.9's lines with their ANSI
codes (`ESC[0K` at line starts, `ESC[36;1m` section headers, `ESC[32;1m` for echoed `$ ` commands and git steps,
`ESC[0;m` resets), the collapsible-section markers `section_start:<unix time>:<name>\\r ESC[0K` /
`section_end:…\\r ESC[0K` (an end and the next start on one line), and between them the job script's own output: pip's
root warning, the site builder listing each entry of papers.yaml in Persian (a URL, an arXiv id printed as text, or a
"no identifier" warning), the link checker's status per URL, the artifact upload, `Job succeeded`. The Annotated
Transformer post, the xformers repository and a YouTube talk are not papers; "Longformer", "Linformer", "Performer",
"LRA", "Funnel" are nicknames."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1053)
K = dict(longformer="2004.05150", linformer="2006.04768", rfa="2103.02143", lra="2011.04006", performer="2009.14794",
         sparse="1904.10509", expire="2105.06548", funnel="2006.03236")
E = "\x1b"
OK_, HDR, CMD, RST = E + "[0K", E + "[36;1m", E + "[32;1m", E + "[0;m"
YEL, RED = E + "[0;33m", E + "[0;31m"
t0 = 1709793061
clock = [t0]
out = []


def line(s=""):
    out.append(s + "\n")


def sec_start(name, title, gap=0, end=None):
    clock[0] += gap
    pre = f"section_end:{clock[0]}:{end}\r{OK_}" if end else ""
    out.append(f"{pre}section_start:{clock[0]}:{name}\r{OK_}{OK_}{HDR}{title}{RST}{RST}\n")


def cmd(c):
    line(f"{CMD}$ {c}{RST}")


sha = hashlib.sha256(b"python:3.11-slim-2024-03").hexdigest()
dig = hashlib.sha256(b"python:3.11-slim-digest").hexdigest()
line(f"{OK_}Running with gitlab-runner 16.9.1 (782c6ecb){RST}")
line(f"{OK_}  on lab-runner-02 t2_Kq9xR, system ID: s_4a7c1e9b2d30{RST}")
sec_start("prepare_executor", 'Preparing the "docker" executor')
line(f"{OK_}Using Docker executor with image python:3.11-slim ...{RST}")
line(f"{OK_}Pulling docker image python:3.11-slim ...{RST}")
line(f"{OK_}Using docker image sha256:{sha} for python:3.11-slim with digest python@sha256:{dig} ...{RST}")
sec_start("prepare_script", "Preparing environment", 6, end="prepare_executor")
line("Running on runner-t2kq9xr-project-118-concurrent-0 via ci-01...")
sec_start("get_sources", "Getting source from Git repository", 1, end="prepare_script")
line(f"{CMD}Fetching changes with git depth set to 20...{RST}")
line("Initialized empty Git repository in /builds/nlp-lab/reading-list/.git/")
line(f"{CMD}Created fresh repository.{RST}")
line(f"{CMD}Checking out 9c41e7d2 as detached HEAD (ref is main)...{RST}")
line()
line(f"{CMD}Skipping Git submodules setup{RST}")
sec_start("step_script", 'Executing "step_script" stage of the job script', 2, end="get_sources")
line(f"{OK_}Using docker image sha256:{sha} for python:3.11-slim with digest python@sha256:{dig} ...{RST}")
cmd("pip install --quiet -r requirements.txt")
line("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the "
     "system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv")
line()
line("[notice] A new release of pip is available: 23.2.1 -> 24.0")
line("[notice] To update, run: pip install --upgrade pip")
cmd("python scripts/build_site.py --data papers.yaml --out public")
ENTRIES = [
    ("paper", T(K["sparse"]), None), ("paper", T(K["longformer"]), "https://arxiv.org/abs/2004.05150"),
    ("paper", T(K["linformer"]), "https://arxiv.org/abs/2006.04768"),
    ("paper", T(K["performer"]), "arXiv:2009.14794"),
    ("paper", T(K["rfa"]), "https://openreview.net/forum?id=QtTKTdVrFBB"),
    ("paper", T(K["funnel"]), None), ("paper", T(K["lra"]), "arXiv:2011.04006"), ("paper", T(K["expire"]), None),
    ("extra", "The Annotated Transformer (وبلاگ، Harvard NLP)", "https://nlp.seas.harvard.edu/annotated-transformer/"),
    ("extra", "xformers (کتابخانه)", "https://github.com/facebookresearch/xformers"),
    ("extra", "سخنرانی «توجه کارآمد» در یوتیوب", "https://www.youtube.com/watch?v=Fq4u8Ed2kcY"),
]
papers = [e for e in ENTRIES if e[0] == "paper"]
line("[build] خواندن papers.yaml ... بخش «توجه کارآمد و دنباله‌های بلند» (جلسه‌های اسفند ۱۴۰۲)")
line(f"[build] {len(papers)} مقاله و {len(ENTRIES) - len(papers)} منبع غیرمقاله پیدا شد")
warn = 0
for kind, title, ref in ENTRIES:
    tag = "+" if kind == "paper" else "~"
    if ref is None:
        warn += 1
        line(f"{YEL}[build] هشدار: مقاله بدون پیوند یا شناسه — فقط عنوان نمایش داده می‌شود: {title}{RST}")
        line(f"[build] {tag} {title}")
    else:
        line(f"[build] {tag} {title}  <{ref}>")
line(f"[build] نوشته شد: public/index.html، public/papers.json، public/feed.xml ({warn} هشدار)")
cmd("python scripts/check_links.py papers.yaml")
urls = [r for k, t, r in ENTRIES if r and r.startswith("http")]
statuses = {"https://www.youtube.com/watch?v=Fq4u8Ed2kcY": "429", "https://nlp.seas.harvard.edu/annotated-transformer/": "301->200"}
bad = 0
for u in urls:
    st = statuses.get(u, "200")
    if st.startswith("4"):
        bad += 1
        line(f"{YEL}[links] {st}  {u}  (بعداً دوباره بررسی شود){RST}")
    else:
        line(f"[links] {st}  {u}")
line(f"[links] {len(urls)} پیوند بررسی شد؛ {bad} هشدار، 0 خطا")
sec_start("upload_artifacts_on_success", "Uploading artifacts for successful job", 38, end="step_script")
line(f"{CMD}Uploading artifacts...{RST}")
line(f"public/: found 7 matching artifact files and directories{RST} ")
line(f"{CMD}Uploading artifacts as \"archive\" to coordinator... 201 Created{RST}  id{RST}=184226 responseStatus{RST}=201 Created token{RST}=glcbt-64")
sec_start("cleanup_file_variables", "Cleaning up project directory and file based variables", 2, end="upload_artifacts_on_success")
clock[0] += 1
out.append(f"section_end:{clock[0]}:cleanup_file_variables\r{OK_}{CMD}Job succeeded{RST}\n")
text = "".join(out)
write_only(F, text, keys(F))
