#!/usr/bin/env python3
"""1575: a Thai student's mind map from vym (View Your Mind), the map XML inside the .vym archive (vymmap root with
version / date / branchCount, a mapcenter, branches with heading, url attributes, vymnote CDATA, frames, the
Buddhist-era date written in notes). branchCount is computed from the modelled tree."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, AGZ

F = by_num(1575)
TREE = [
    ("RL แบบลำดับ", None, None, [
        (T("2106.02039"), "https://arxiv.org/abs/2106.02039", "Trajectory Transformer — เทียบกับ Decision Transformer", []),
        (AGZ, None, "Nature 2017 — ไม่มีบน arXiv, ยืมเล่มจากห้องสมุดคณะ", []),
        (T("2006.03656"), None, "arXiv:2006.03656 — ค้นหา hyperparameter + architecture พร้อมกัน", []),
    ]),
    ("การหาค่าเหมาะสม / ความทนทาน", None, None, [
        (T("2010.01412"), "https://arxiv.org/pdf/2010.01412.pdf", "SAM optimizer, ใช้กับ ViT ได้ดี", []),
        (T("2006.14536"), None, "activation ที่ลื่น (smooth) ช่วย adversarial training", []),
    ]),
    ("หน่วยความจำและลำดับยาว", None, None, [
        (T("2105.06548"), "https://openreview.net/forum?id=" + OR("2105.06548"), "Expire-Span", []),
        (T("2103.14636"), None, "survey transformer เร็ว/เบา — อ่านพร้อมพี่ต้น สัปดาห์หน้า", []),
        (T("2008.07669"), None, "HiPPO — พื้นฐานของ S4", []),
    ]),
    ("ไม่ใช่เปเปอร์", None, None, [
        ("Gymnasium docs", "https://gymnasium.farama.org/", "เอกสารไลบรารี", []),
        ("CleanRL", "https://github.com/vwxyzjn/cleanrl", "โค้ดตัวอย่าง PPO/DQN", []),
        ("คอร์ส Deep RL ของ Hugging Face", "https://huggingface.co/learn/deep-rl-course", "คอร์สออนไลน์", []),
    ]),
]


def count(nodes):
    return sum(1 + count(n[3]) for n in nodes)


def branch(n, d, ind):
    head, url, note, kids = n
    p = " " * ind
    a = f' url="{escape(url, {chr(34): "&quot;"})}"' if url else ""
    L = [p + f'<branch scrolled="no" frameType="NoFrame"{a}>', p + f' <heading><![CDATA[{head}]]></heading>']
    if note:
        L.append(p + f' <vymnote fonthint="var"><![CDATA[{note}]]></vymnote>')
    for k in kids:
        L += branch(k, d + 1, ind + 1)
    return L + [p + "</branch>"]


def build():
    L = ['<?xml version="1.0" encoding="utf-8"?><!DOCTYPE vymmap>',
         f'<vymmap version="2.8.8" author="ณัฐวุฒิ ศรีสุข" comment="แผนที่อ่านเปเปอร์ ภาคเรียน 1/2567" date="2024-06-30" branchCount="{count(TREE)}" backgroundColor="#ffffff" selectionColor="#ffff0080" linkStyle="StyleParabel" linkColorHint="HeadingColor" defaultFont="Noto Sans Thai,11,-1,5,50,0,0,0,0,0" mapZoomFactor="1" mapRotationAngle="0">',
         ' <select>mc:0,bo:0</select>',
         ' <mapcenter scrolled="no" frameType="RoundedRectangle" posX="0" posY="0">',
         '  <heading><![CDATA[อ่านเปเปอร์: RL + optimization]]></heading>',
         '  <vymnote fonthint="var"><![CDATA[อัปเดต 30 มิ.ย. 2567 — ส่งอาจารย์ภายในสิ้นเดือนกรกฎาคม]]></vymnote>']
    for n in TREE:
        L += branch(n, 1, 2)
    L += [' </mapcenter>', '</vymmap>']
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
