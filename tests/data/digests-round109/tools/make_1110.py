#!/usr/bin/env python3
"""1110: a Figma REST API answer for a FigJam file (`GET /v1/files/:key`, compact JSON, UTF-8 raw; Japanese), a
reading group's board: three sections of stickies (one paper each, with links or ids where the writer had them),
a title text, shapes and connectors. Section bounds are computed to hold their stickies."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1110, keys

YELLOW = {"r": 1, "g": 0.8509804010391235, "b": 0.4000000059604645, "a": 1}
GREEN = {"r": 0.6901960968971252, "g": 0.9137254953384399, "b": 0.6509804129600525, "a": 1}
PINK = {"r": 1, "g": 0.7686274647712708, "b": 0.7686274647712708, "a": 1}
BLUE = {"r": 0.7411764860153198, "g": 0.8588235378265381, "b": 1, "a": 1}
nid = [40]


def new_id():
    nid[0] += 1
    return f"12:{nid[0]}"


def sticky(text, x, y, color, author=True):
    return {"id": new_id(), "name": text.split("\n")[0], "type": "STICKY", "scrollBehavior": "SCROLLS",
            "blendMode": "PASS_THROUGH", "absoluteBoundingBox": {"x": x, "y": y, "width": 240, "height": 240},
            "fills": [{"blendMode": "NORMAL", "type": "SOLID", "color": color}], "characters": text,
            "authorVisible": author}


def section(name, x, y, kids):
    xs = [k["absoluteBoundingBox"] for k in kids]
    x1 = max(b["x"] + b["width"] for b in xs) + 40
    y1 = max(b["y"] + b["height"] for b in xs) + 40
    return {"id": new_id(), "name": name, "type": "SECTION", "scrollBehavior": "SCROLLS", "sectionContentsHidden": False,
            "children": kids, "absoluteBoundingBox": {"x": x, "y": y, "width": x1 - x, "height": y1 - y},
            "fills": [{"blendMode": "NORMAL", "type": "SOLID", "color": {"r": 1, "g": 1, "b": 1, "a": 1}}]}


def connector(a, b, label=""):
    n = {"id": new_id(), "name": "Connector line", "type": "CONNECTOR", "scrollBehavior": "SCROLLS",
         "connectorStart": {"endpointNodeId": a["id"], "magnet": "AUTO"},
         "connectorEnd": {"endpointNodeId": b["id"], "magnet": "AUTO"},
         "connectorStartStrokeCap": "NONE", "connectorEndStrokeCap": "ARROW_LINES", "connectorLineType": "ELBOWED"}
    if label: n["characters"] = label
    return n


s_ddpm = sticky(f"{T('2006.11239')}\nhttps://arxiv.org/abs/2006.11239\n基礎。ノイズ予測の損失の導出を板書でやる（佐々木）", 0, 160, YELLOW)
s_ldm = sticky(f"{T('2112.10752')}\narXiv:2112.10752\nVAE潜在空間＋cross-attention。Stable Diffusion の元（中島）", 280, 160, YELLOW)
s_lsgm = sticky(f"{T('2106.05931')}\nNeurIPS 2021 / NVIDIA\nLDMとの比較用。読む人募集🙋", 560, 160, YELLOW)
s_sd3 = sticky(f"{T('2403.03206')}\nSD3の論文、出たばかり（3/5）\nrectified flow＋MM-DiT", 840, 160, YELLOW)
sec1 = section("第1部：基礎と潜在拡散", -40, 100, [s_ddpm, s_ldm, s_lsgm, s_sd3])
s_db = sticky(f"{T('2208.12242')}\nhttps://arxiv.org/abs/2208.12242\n担当：藤井。class-specific prior preservation loss", 0, 620, GREEN)
s_ip2p = sticky(f"{T('2211.09800')}\nhttps://arxiv.org/pdf/2211.09800.pdf\nGPT-3＋Prompt-to-Promptで学習データ生成（担当：小川）", 280, 620, GREEN)
s_fsm = sticky(f"{T('2103.14338')}\n(arXiv:2103.14338)\n人物動画系。拡散じゃないけど比較で（担当未定）", 560, 620, GREEN)
sec2 = section("第2部：編集・パーソナライズ", -40, 560, [s_db, s_ip2p, s_fsm])
s_dw = sticky(f"{T('2009.09761')}\n音声班から推薦。WaveNet系との比較", 0, 1080, PINK)
s_blog = sticky("Lil'Log「What are Diffusion Models?」\nhttps://lilianweng.github.io/posts/2021-07-11-diffusion-models/\n論文じゃないけど予習に最適", 280, 1080, BLUE)
s_hf = sticky("diffusers のドキュメント（Schedulerの比較）\nhttps://huggingface.co/docs/diffusers/index", 560, 1080, BLUE, False)
sec3 = section("その他・予習資料", -40, 1020, [s_dw, s_blog, s_hf])
title = {"id": new_id(), "name": "拡散モデル輪読会 2024年春", "type": "TEXT", "scrollBehavior": "SCROLLS",
         "blendMode": "PASS_THROUGH", "absoluteBoundingBox": {"x": -40, "y": 0, "width": 520, "height": 58},
         "characters": "拡散モデル輪読会 2024年春",
         "style": {"fontFamily": "Noto Sans JP", "fontPostScriptName": "NotoSansJP-Bold", "fontWeight": 700,
                   "fontSize": 40, "textAlignHorizontal": "LEFT", "textAlignVertical": "TOP", "letterSpacing": 0,
                   "lineHeightPx": 58, "lineHeightPercent": 100, "lineHeightUnit": "INTRINSIC_%"}}
note = {"id": new_id(), "name": "毎週木曜 16:30〜 / 3号館 502", "type": "SHAPE_WITH_TEXT", "scrollBehavior": "SCROLLS",
        "blendMode": "PASS_THROUGH", "absoluteBoundingBox": {"x": 560, "y": 0, "width": 360, "height": 60},
        "fills": [{"blendMode": "NORMAL", "type": "SOLID", "color": BLUE}], "shapeType": "ROUNDED_RECTANGLE",
        "characters": "毎週木曜 16:30〜 / 3号館 502"}
c1 = connector(s_ddpm, s_ldm, "前提")
c2 = connector(s_ldm, s_sd3)
c3 = connector(s_ldm, s_db, "Stable Diffusionで実験")
c4 = connector(s_ldm, s_ip2p)
canvas = {"id": "0:1", "name": "Page 1", "type": "CANVAS", "scrollBehavior": "SCROLLS",
          "children": [title, note, sec1, sec2, sec3, c1, c2, c3, c4],
          "backgroundColor": {"r": 0.9607843160629272, "g": 0.9607843160629272, "b": 0.9607843160629272, "a": 1},
          "prototypeStartNodeID": None, "flowStartingPoints": [], "prototypeDevice": {"type": "NONE", "rotation": "NONE"}}
doc = {"document": {"id": "0:0", "name": "Document", "type": "DOCUMENT", "scrollBehavior": "SCROLLS", "children": [canvas]},
       "components": {}, "componentSets": {}, "schemaVersion": 0, "styles": {}, "name": "拡散モデル輪読会（2024春）",
       "lastModified": "2024-03-06T08:41:17Z",
       "thumbnailUrl": "https://s3-alpha.figma.com/thumbnails/3f9e1c2a-7b4d-4e8a-9c51-d2a6b0e47f13",
       "version": "5206418833", "role": "editor", "editorType": "figjam", "linkAccess": "org"}
write_only(F1110, json.dumps(doc, ensure_ascii=False, separators=(",", ":")), keys(F1110))
