-- title:   Paper-Quiz: Agenten, die lernen
-- author:  Jonas Brandt, Lehrstuhl KI (j.brandt@ki-lehre.example.de)
-- desc:    Quiz fuer den Tag der offenen Tuer 2024, Raum E.104
-- site:    https://ki-lehre.example.de/tdot2024
-- license: MIT License
-- version: 0.3
-- script:  lua

-- Quellen fuer die Fragen (Stand 12.04.2024, Jonas):
--  Runde 2 stuetzt sich auf What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study
--   http://arxiv.org/abs/2006.05990v1 (Tabelle 1, die Ablationen)
--  Runde 3: "AutoHAS: Efficient Hyperparameter and Architecture Search" (arXiv 2006.03656)
--  KEINE Papers, nur Hintergrund: Sutton/Barto "Reinforcement Learning:
--  An Introduction" (Buch), https://github.com/kzl/decision-transformer (Code),
--  TIC-80-Wiki https://github.com/nesbox/TIC-80/wiki (API), Vortrag von Lea
--  Hoffmann am 18.04. (https://video.ki-lehre.example.de/kolloq/2024-04-18)

QUIZ={
 {q="RL als Sequenzmodell?",
  t="Decision Transformer: Reinforcement Learning via Sequence Modeling",
  src="https://arxiv.org/abs/2106.01345",
  ok=1,opt={"Ja, mit Transformer","Nein, nur Q-Learning","Weiss nicht"}},
 {q="Kann man Verlustfunktionen evolvieren?",
  t="Evolving Reinforcement Learning Algorithms",
  src="https://arxiv.org/pdf/2101.03958v3",
  ok=2,opt={"Nie","Ja, per Suche","Nur in Atari"}},
 {q="Was zaehlt bei PPO wirklich?",
  t="Ablationen, Ablationen, Ablationen",
  src="",
  ok=3,opt={"Die Farbe","Der Seed","Initialisierung u.v.m."}},
}

-- Bonus-Bildschirm (ohne Links, die Leute fotografieren das eh ab)
BONUS={
 "A Fast Learning Algorithm for Deep Belief Nets",
 "Why Do Local Methods Solve Nonconvex Problems?",
}

-- TODO v0.4: Frage zu "Smooth Adversarial Training" und
-- eine Grafik-Runde mit 3D Gaussian Splatting for Real-Time Radiance Field Rendering

local s=0 -- Zustand: 0 Titel, 1 Frage, 2 Ergebnis, 3 Bonus
local i=1
local pick=1
local pts=0
local t=0

function wrap(txt,x,y,c)
 local line=""
 for w in string.gmatch(txt,"%S+") do
  if #line+#w>38 then
   print(line,x,y,c,false,1,true)
   y=y+7
   line=""
  end
  line=line..w.." "
 end
 print(line,x,y,c,false,1,true)
 return y+7
end

function TIC()
 cls(0)
 t=t+1
 if s==0 then
  spr(1,104,20,0,2)
  print("PAPER-QUIZ",84,60,12,false,2)
  if t%60<40 then print("Z druecken",92,90,13) end
  if btnp(4) then s=1 end
 elseif s==1 then
  local f=QUIZ[i]
  local y=wrap(f.q,4,4,12)
  for k=1,#f.opt do
   print((k==pick and ">" or " ")..f.opt[k],8,y+4+k*9,k==pick and 11 or 13)
  end
  if btnp(0) and pick>1 then pick=pick-1 end
  if btnp(1) and pick<#f.opt then pick=pick+1 end
  if btnp(4) then
   if pick==f.ok then pts=pts+1 sfx(0) else sfx(1) end
   s=2
  end
 elseif s==2 then
  local f=QUIZ[i]
  local y=wrap(f.t,4,4,11)
  if f.src~="" then wrap(f.src,4,y+4,13) end
  if btnp(4) then
   i=i+1
   pick=1
   if i>#QUIZ then s=3 else s=1 end
  end
 else
  print("Punkte: "..pts.."/"..#QUIZ,4,4,12)
  local y=20
  for k=1,#BONUS do y=wrap(BONUS[k],4,y,13)+2 end
  if btnp(5) then s=0 i=1 pts=0 end
 end
end

-- <TILES>
-- 001:0da7b4ddbf995dabf485bebe157af10af4ffe2c965543265d47eb256001bae4f
-- 002:21ba74636362ffcb32a7982b5bb346ebc2d0feb772dc1e9ff700b9be4ccd261b
-- 003:8f8da71f93146084859de6179cc279fa34a43f648925986312b05496bd375789
-- 017:f4ebcda55bbc869b85d02a44b7a3435c9e6d6b49ffb4eab3b21a9f009f0eaed5
-- </TILES>

-- <WAVES>
-- 000:7cea305ed4c5c56fd8bfe60a75d9e3e6
-- 001:dbcd4dd32625a9cfc654366364a58779
-- 002:63c8a0b31803baf2b59a854e4f476c80
-- </WAVES>

-- <SFX>
-- 000:2fcf9b7d888f8136bdc70abe2ea27efd4382ecf46900f34b168d6173c95ddb8cb4450a09f760a77015a0a59a4151386c5a448a867f1dc22ce210d707c0d7241c300000000000
-- 001:0529ac96fb762cda29b40e9e8b0785eda35b3feb916312b203c3a252b6cdc4e7d4da43a47a83c691938104d26f65c410dd325b19a5b80dafa7189db659e9843c307000000000
-- </SFX>

-- <PALETTE>
-- 000:1a1c2c5d275db13e53ef7d57ffcd75a7f07038b76425717929366f3b5dc941a6f673eff7f4f4f494b0c2566c86333c57
-- </PALETTE>
