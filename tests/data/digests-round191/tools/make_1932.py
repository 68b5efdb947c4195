#!/usr/bin/env python3
"""1932: a Thai lab's Roblox game ModuleScript (`ReplicatedStorage/ExhibitData.luau`, synced from Studio by Rojo,
tab-indented): `--!strict`, a type export, a table of museum exhibits (id, hall, title, blurb, url, colour, position)
and a "coming soon" list, a lookup function and `return`. Papers: an OpenReview forum link, arXiv `/abs/`,
`/pdf/…v3`, `http://` links in `url` fields, one id in a blurb (arxiv-text), three titles alone in the coming-soon
list — with non-papers (a repository, a dataset, a book, a talk). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1932)

EXH = [
    ("clip", "ห้องภาพและภาษา", "2103.00020", "โมเดลที่จับคู่ภาพกับคำบรรยาย 400 ล้านคู่", "https://arxiv.org/abs/2103.00020", (66, 135, 245), (0, 4, -20)),
    ("align", "ห้องภาพและภาษา", "2102.05918", "คล้าย CLIP แต่ใช้ข้อมูลสกปรกกว่ามาก (arXiv 2102.05918)", None, (66, 135, 245), (12, 4, -20)),
    ("byol", "ห้องเรียนรู้เอง", "2006.07733", "ไม่ต้องมีตัวอย่างเชิงลบก็เรียนรู้ได้", "https://arxiv.org/pdf/2006.07733v3", (240, 170, 40), (0, 4, 10)),
    ("bituning", "ห้องเรียนรู้เอง", "2011.06182", "ปรับจูนโมเดลที่ฝึกมาแล้วด้วย contrastive loss", f"https://openreview.net/forum?id={OR('2011.06182')}", (240, 170, 40), (12, 4, 10)),
    ("sam", "ห้องแบ่งส่วนภาพ", "2304.02643", "คลิกที่ไหนก็ได้ มันตัดวัตถุให้", "http://arxiv.org/abs/2304.02643", (90, 200, 120), (24, 4, -5)),
]


def build():
    L = ["--!strict",
         "-- ExhibitData: ข้อมูลป้ายนิทรรศการในเกม \"พิพิธภัณฑ์ภาพ-ภาษา\" (Open House 2024, อาคาร 4 ห้อง 4-402)",
         "-- ดูแลโดย ณัฐวุฒิ ศรีสุข (nattawut.s@vislang.example.ac.th) แก้ใน VS Code แล้ว rojo serve เท่านั้น",
         "-- ของที่ไม่ใช่เปเปอร์ (ป้ายข้างทางออก): repo https://github.com/openai/CLIP , ชุดข้อมูล LAION-400M,",
         "-- หนังสือ Dive into Deep Learning (d2l.ai) และคลิปบรรยาย https://video.vislang.example.ac.th/openhouse/talk1",
         "",
         "export type Exhibit = {",
         "\tid: string,",
         "\thall: string,",
         "\ttitle: string,",
         "\tblurb: string,",
         "\turl: string?,",
         "\tcolor: Color3,",
         "\tposition: Vector3,",
         "}",
         "",
         "local Exhibits: { Exhibit } = {"]
    for i, h, k, b, u, c, p in EXH:
        L += ["\t{",
              f"\t\tid = \"{i}\",",
              f"\t\thall = \"{h}\",",
              f"\t\ttitle = \"{T(k)}\",",
              f"\t\tblurb = \"{b}\",",
              f"\t\turl = {'nil' if u is None else chr(34) + u + chr(34)},",
              f"\t\tcolor = Color3.fromRGB({c[0]}, {c[1]}, {c[2]}),",
              f"\t\tposition = Vector3.new({p[0]}, {p[1]}, {p[2]}),",
              "\t},"]
    L += ["}",
          "",
          "-- ป้าย \"เร็ว ๆ นี้\" (ยังไม่มีลิงก์ ผู้เล่นเห็นแค่ชื่อ)",
          "local ComingSoon: { string } = {",
          f"\t\"{T('2010.04592')}\",",
          f"\t\"{T('2204.14198')}\",",
          f"\t\"{T('2106.13884')}\",",
          "}",
          "",
          "local byId: { [string]: Exhibit } = {}",
          "for _, e in Exhibits do",
          "\tbyId[e.id] = e",
          "end",
          "",
          "return {",
          "\tExhibits = Exhibits,",
          "\tComingSoon = ComingSoon,",
          "\tget = function(id: string): Exhibit?",
          "\t\treturn byId[id]",
          "\tend,",
          "}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
