#!/usr/bin/env python3
"""2274: an OpenArena start-up script (`~/.openarena/baseoa/autoexec.cfg`, Quake III console commands: `seta` cvars,
`bind KEY "command; command"`, `set` strings cycled with `vstr`, `echo`, `//` comments) of an invented Ukrainian RL
student who plays the lab's Friday LAN game and uses chat keys to remind everyone of the agents reading club (the
chat cannot show Cyrillic, so the `say` lines are English): an OpenReview forum link and arXiv links (`/abs/`,
`/pdf/…v2`, `http://`) in comments under the titles, `(2106.02039)` beside a title, titles alone (one of them, Silver
et al.'s Nature paper, not on arXiv); non-papers (OpenArena's site, a book, the club's repository and a talk
recording; the short names in the `say` strings stand beside the full titles). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, AGZ

F = by_num(2274)
TXT = fill(r'''// autoexec.cfg -- Оксана Мельник-Ковальчук <oksana.melnyk@agent-lab.example.com.ua>, нік ^5ksenia
// OpenArena 0.8.8, лежить у ~/.openarena/baseoa/; гра виконує його після q3config.cfg.
// Документація по консолі: https://openarena.ws (розділ про cvars) і старий Q3 manual.
// П'ятниця, 18:00 -- LAN у лабораторії, сервер 10.20.0.15:27960 (адмін -- Тарас).

// ---- гравець і графіка ----
seta name "^5ksenia"
seta cg_fov "100"
seta cg_drawFPS "1"
seta com_maxfps "125"
seta r_mode "-1"
seta r_customwidth "1920"
seta r_customheight "1080"
seta r_picmip "0"
seta s_volume "0.4"
seta sensitivity "3.2"
seta cg_autoswitch "0"
seta cg_drawCrosshair "4"
seta cg_crosshairSize "24"
seta cl_allowDownload "1"

// ---- рух і зброя ----
bind w "+forward"
bind s "+back"
bind a "+moveleft"
bind d "+moveright"
bind SPACE "+moveup"
bind CTRL "+movedown"
bind MOUSE1 "+attack"
bind MOUSE2 "+zoom"
bind MWHEELUP "weapnext"
bind MWHEELDOWN "weapprev"
bind q "weapon 8"
bind e "weapon 5"
bind f "weapon 7"
bind TAB "+scores"
bind t "messagemode"
bind y "messagemode2"
bind F1 "vote yes"
bind F2 "vote no"
bind F11 "screenshotJPEG"

// ---- клуб читання "Агенти і RL" (четвер, 16:00, ауд. 305) ----
// F5 пише в чат назву статті наступної зустрічі; F6 по колу нагадує решту списку.
// Чат OpenArena не показує кирилицю, тому в say -- тільки англійська.
//
// 1) [[T:2210.03629]]
//    https://openreview.net/forum?id=WE_vluYUL-X
bind F5 "say ^3Reading club Thu 16:00: ReAct: Synergizing Reasoning and Acting in Language Models"
// 2) [[T:2106.01345]]
//    https://arxiv.org/abs/2106.01345
//    разом з [[T:2106.02039]] (2106.02039) -- Тарас робить порівняння
// 3) [[T:2204.01691]]
//    https://arxiv.org/pdf/2204.01691v2
// 4) [[T:2304.03442]]
//    http://arxiv.org/abs/2304.03442
set rc1 "say ^3Next: Decision Transformer (Chen et al.); set rcnext vstr rc2"
set rc2 "say ^3Then: SayCan - Do As I Can, Not As I Say; set rcnext vstr rc3"
set rc3 "say ^3Then: Generative Agents (the Smallville one); set rcnext vstr rc4"
set rc4 "say ^3Repo: github.com/agent-lab/chytalnyi-klub; set rcnext vstr rc1"
set rcnext "vstr rc1"
bind F6 "vstr rcnext"
//
// Весна (ще без біндів):
//   [[T:agz]]
//   [[T:2310.08560]]
//   [[T:2307.15818]]
// Книжка для новеньких: Miguel Morales, "Grokking Deep Reinforcement Learning" (Manning).
// Запис першої зустрічі: https://video.agent-lab.example.com.ua/klub/2024-11

echo "^2autoexec.cfg: ok"
''', {"agz": AGZ})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
