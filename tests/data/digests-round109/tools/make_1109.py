#!/usr/bin/env python3
"""1109: a TeamCity build log as the server's "Download full build log" writes it (Czech), the weekly build of a
lab newsletter from a YAML list of papers. Lines `[HH:MM:SS]X: ` + tabs for the block depth + ` ` + `[parent block] `
text; X is ` ` (normal), `i` (verbose), `W` (warning), `E` (error); a block's first line carries (a step is named `[Step k/N]` in its lines) its duration when it
is a second or more (`(7s)`, `(1m:04s)`), computed here from the last line inside it; blocks opened by the script's
`##teamcity[blockOpened name='…']` service messages nest under their step (the messages themselves are not shown)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1109, keys

START = 7 * 3600 + 0 * 60 + 2
WORK = "/opt/buildagent/work/6d3f0b1c2a4e5f67"
# (seconds from start, marker, depth, text); a text ending in "{" opens a block (the brace is dropped), "}" closes
E = []


def at(t, text, mark=" "):
    E.append((t, mark, text))


at(0, "TeamCity server version is 2023.11.4 (build 147586)", "i")
at(0, "The build is removed from the queue to be prepared for the start")
at(0, "Collecting changes in 1 VCS root{")
at(0, "VCS Root details{")
at(0, '"zpravodaj" {instance id=41, parent internal id=12, parent id=Zpravodaj_Git, description: "https://git.ml.example.cz/ctenarsky-klub/zpravodaj.git#refs/heads/main"}')
at(0, "}")
at(1, "Detecting changes in VCS root 'zpravodaj' (used in 'Týdenní sestavení')", "i")
at(1, "Will collect changes for 'zpravodaj' starting from revision 3f1c2a96d07be5e1a8c4f0d29b67e3a15c8d4f20", "i")
at(1, "Compute revision for 'zpravodaj'{")
at(1, "Upper limit revision: 8e41d0c7a2f95b36e01d48c2f7a95b1e6d30c4a8")
at(2, "Computed revision: 8e41d0c7a2f95b36e01d48c2f7a95b1e6d30c4a8")
at(2, "}")
at(2, "}")
at(2, 'Starting the build on the agent "agent-lin-03"')
at(2, "Updating tools for build")
at(2, f"Clearing temporary directory: /opt/buildagent/temp/buildTmp")
at(2, "Publishing internal artifacts")
at(2, "Using vcs information from agent file: 6d3f0b1c2a4e5f67.xml")
at(2, f"Checkout directory: {WORK}")
at(2, "Updating sources: auto checkout (on agent)|Updating sources{")
at(2, "Will use agent side checkout")
at(3, "Updating vcs repository 'zpravodaj' (used in 'Týdenní sestavení')", "i")
at(4, 'Update checkout directory (' + WORK + ')')
at(4, "Repository sources transferred")
at(4, "}")
at(4, "Step 1/3: Závislosti (Command Line)|Step 1/3{")
at(4, "Starting: /opt/buildagent/temp/agentTmp/custom_script8230116771826253641")
at(4, f"in directory: {WORK}")
at(9, "Requirement already satisfied: pip in ./.venv/lib/python3.11/site-packages (24.0)")
at(11, "Successfully installed Jinja2-3.1.3 MarkupSafe-2.1.5 PyYAML-6.0.1 requests-2.31.0")
at(11, "Process exited with code 0")
at(11, "}")
at(11, "Step 2/3: Sestavit zpravodaj (Command Line)|Step 2/3{")
at(11, "Starting: /opt/buildagent/temp/agentTmp/custom_script5519206408172733902")
at(11, f"in directory: {WORK}")
at(12, "zpravodaj 0.9.2 — sestavení čísla 2024/10 (týden 4.–8. 3.)")
at(12, "Načítám data/2024-10.yaml: 8 položek, téma „Efektivní attention a dlouhé sekvence“")
at(12, "Kontrola odkazů{")
at(13, f"[1/8] {T('1904.10509')} → https://arxiv.org/abs/1904.10509 … 200 OK")
at(14, f"[2/8] {T('2004.05150')} → https://arxiv.org/abs/2004.05150 … 200 OK")
at(15, f"[3/8] {T('2009.14794')} → https://openreview.net/forum?id={OR('2009.14794')} … 200 OK")
at(15, f"[4/8] {T('2006.04768')}: odkaz „arXiv:2006.04768“ není URL, ponechávám jako text", "W")
at(15, f"[5/8] {T('2011.04006')}: bez odkazu (url: null)", "W")
at(15, f"[6/8] {T('2103.02143')}: bez odkazu (url: null)", "W")
at(16, f"[7/8] {T('2005.00743')} → https://www.youtube.com/watch?v=q7QP_lfqnQM … 200 OK (video, ne článek)")
at(16, f"[8/8] {T('2006.03236')}: bez odkazu (url: null)", "W")
at(16, "}")
at(16, "Šablona: templates/cislo.html.j2, styl: static/zpravodaj.css")
at(17, "Vykresleno: public/2024/10/index.html (23 kB), public/2024/10/cislo.txt (5 kB)")
at(17, "Zapsal jsem také public/feed.xml (posledních 10 čísel)")
at(18, "Upozornění: 4 položky bez URL. Doplňte je v data/2024-10.yaml, jinak budou v e-mailu jen jako název.")
at(18, "Process exited with code 0")
at(18, "}")
at(18, "Step 3/3: Publikovat (Command Line)|Step 3/3{")
at(18, "Starting: /opt/buildagent/temp/agentTmp/custom_script2960144705187342176")
at(18, f"in directory: {WORK}")
at(19, "rsync -az --delete public/ zpravodaj@www.ml.example.cz:/srv/www/zpravodaj/")
at(22, "sent 41,206 bytes  received 1,118 bytes  16,929.60 bytes/sec")
at(22, "total size is 1,904,337  speedup is 45.00")
at(22, "Odesílám e-mail na ctenarsky-klub@ml.example.cz … OK (34 příjemců)")
at(23, "Process exited with code 0")
at(23, "}")
at(23, "Publishing artifacts{")
at(23, "Collecting files to publish: [public/** => zpravodaj-2024-10.zip]")
at(24, "Creating archive zpravodaj-2024-10.zip")
at(24, "Publishing 1 file using [ArtifactsCachePublisher]", "i")
at(24, "Publishing 1 file using [WebPublisher]", "i")
at(25, "}")
at(25, "Build finished")


def hms(t):
    t += START
    return f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"


def dur(d):
    return "" if d < 1 else (f" ({d}s)" if d < 60 else f" ({d // 60}m:{d % 60:02d}s)")


lines, stack = [], []  # stack of (block name, index in lines, start time)
for t, mark, text in E:
    if text == "}":
        name, idx, t0 = stack.pop()
        lines[idx][3] += dur(lines[-1][0] - t0)
        continue
    opens = text.endswith("{")
    name = text[:-1] if opens else text
    name, _, short = name.partition("|")
    depth = len(stack)
    prefix = ("\t" * depth + " " + f"[{stack[-1][0]}] ") if depth else " "
    lines.append([t, mark, prefix, name])
    if opens:
        stack.append((short or name, len(lines) - 1, t))
assert not stack
text = "".join(f"[{hms(t)}]{m}:{p}{s}\n" for t, m, p, s in lines)
write_only(F1109, text, keys(F1109))
