#!/usr/bin/env python3
"""1947: a German open-day quiz as a TIC-80 cartridge in its text form (`paperquiz.lua`): the metadata header
(title, author, desc, site, license, version, script), a source list in comments, a QUIZ table whose `src` fields
link to arXiv (`/abs/`, `/pdf/…v3`), a comment with an `http://…v1` link, one id in a comment (arxiv-text), four
titles alone (one not on arXiv) in a BONUS table and a to-do comment, TIC() / OVR-free code, and the <TILES>,
<WAVES>, <SFX> and <PALETTE> sections — and non-papers (Sutton & Barto's book, a repository, the TIC-80 wiki, a
talk). LF, a final newline."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, DBN

F = by_num(1947)


def hexrow(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}:{i}".encode()).hexdigest(); i += 1
    return out[:n]


def build():
    L = [
        "-- title:   Paper-Quiz: Agenten, die lernen",
        "-- author:  Jonas Brandt, Lehrstuhl KI (j.brandt@ki-lehre.example.de)",
        "-- desc:    Quiz fuer den Tag der offenen Tuer 2024, Raum E.104",
        "-- site:    https://ki-lehre.example.de/tdot2024",
        "-- license: MIT License",
        "-- version: 0.3",
        "-- script:  lua",
        "",
        "-- Quellen fuer die Fragen (Stand 12.04.2024, Jonas):",
        "--  Runde 2 stuetzt sich auf " + T("2006.05990"),
        "--   http://arxiv.org/abs/2006.05990v1 (Tabelle 1, die Ablationen)",
        "--  Runde 3: \"" + T("2006.03656") + "\" (arXiv 2006.03656)",
        "--  KEINE Papers, nur Hintergrund: Sutton/Barto \"Reinforcement Learning:",
        "--  An Introduction\" (Buch), https://github.com/kzl/decision-transformer (Code),",
        "--  TIC-80-Wiki https://github.com/nesbox/TIC-80/wiki (API), Vortrag von Lea",
        "--  Hoffmann am 18.04. (https://video.ki-lehre.example.de/kolloq/2024-04-18)",
        "",
        "QUIZ={",
        " {q=\"RL als Sequenzmodell?\",",
        "  t=\"" + T("2106.01345") + "\",",
        "  src=\"https://arxiv.org/abs/2106.01345\",",
        "  ok=1,opt={\"Ja, mit Transformer\",\"Nein, nur Q-Learning\",\"Weiss nicht\"}},",
        " {q=\"Kann man Verlustfunktionen evolvieren?\",",
        "  t=\"" + T("2101.03958") + "\",",
        "  src=\"https://arxiv.org/pdf/2101.03958v3\",",
        "  ok=2,opt={\"Nie\",\"Ja, per Suche\",\"Nur in Atari\"}},",
        " {q=\"Was zaehlt bei PPO wirklich?\",",
        "  t=\"Ablationen, Ablationen, Ablationen\",",
        "  src=\"\",",
        "  ok=3,opt={\"Die Farbe\",\"Der Seed\",\"Initialisierung u.v.m.\"}},",
        "}",
        "",
        "-- Bonus-Bildschirm (ohne Links, die Leute fotografieren das eh ab)",
        "BONUS={",
        " \"" + T(DBN) + "\",",
        " \"" + T("2103.13462") + "\",",
        "}",
        "",
        "-- TODO v0.4: Frage zu \"" + T("2006.14536") + "\" und",
        "-- eine Grafik-Runde mit " + T("2308.04079"),
        "",
        "local s=0 -- Zustand: 0 Titel, 1 Frage, 2 Ergebnis, 3 Bonus",
        "local i=1",
        "local pick=1",
        "local pts=0",
        "local t=0",
        "",
        "function wrap(txt,x,y,c)",
        " local line=\"\"",
        " for w in string.gmatch(txt,\"%S+\") do",
        "  if #line+#w>38 then",
        "   print(line,x,y,c,false,1,true)",
        "   y=y+7",
        "   line=\"\"",
        "  end",
        "  line=line..w..\" \"",
        " end",
        " print(line,x,y,c,false,1,true)",
        " return y+7",
        "end",
        "",
        "function TIC()",
        " cls(0)",
        " t=t+1",
        " if s==0 then",
        "  spr(1,104,20,0,2)",
        "  print(\"PAPER-QUIZ\",84,60,12,false,2)",
        "  if t%60<40 then print(\"Z druecken\",92,90,13) end",
        "  if btnp(4) then s=1 end",
        " elseif s==1 then",
        "  local f=QUIZ[i]",
        "  local y=wrap(f.q,4,4,12)",
        "  for k=1,#f.opt do",
        "   print((k==pick and \">\" or \" \")..f.opt[k],8,y+4+k*9,k==pick and 11 or 13)",
        "  end",
        "  if btnp(0) and pick>1 then pick=pick-1 end",
        "  if btnp(1) and pick<#f.opt then pick=pick+1 end",
        "  if btnp(4) then",
        "   if pick==f.ok then pts=pts+1 sfx(0) else sfx(1) end",
        "   s=2",
        "  end",
        " elseif s==2 then",
        "  local f=QUIZ[i]",
        "  local y=wrap(f.t,4,4,11)",
        "  if f.src~=\"\" then wrap(f.src,4,y+4,13) end",
        "  if btnp(4) then",
        "   i=i+1",
        "   pick=1",
        "   if i>#QUIZ then s=3 else s=1 end",
        "  end",
        " else",
        "  print(\"Punkte: \"..pts..\"/\"..#QUIZ,4,4,12)",
        "  local y=20",
        "  for k=1,#BONUS do y=wrap(BONUS[k],4,y,13)+2 end",
        "  if btnp(5) then s=0 i=1 pts=0 end",
        " end",
        "end",
        "",
        "-- <TILES>",
    ]
    for n in (1, 2, 3, 17):
        L.append(f"-- {n:03d}:{hexrow('tile' + str(n), 64)}")
    L += ["-- </TILES>", "", "-- <WAVES>"]
    for n in (0, 1, 2):
        L.append(f"-- {n:03d}:{hexrow('wave' + str(n), 32)}")
    L += ["-- </WAVES>", "", "-- <SFX>"]
    for n in (0, 1):
        L.append(f"-- {n:03d}:{hexrow('sfx' + str(n), 128)}{n * 7 + 300:03d}000000000")
    L += ["-- </SFX>", "", "-- <PALETTE>",
          "-- 000:1a1c2c5d275db13e53ef7d57ffcd75a7f07038b76425717929366f3b5dc941a6f673eff7f4f4f494b0c2566c86333c57",
          "-- </PALETTE>", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
