#!/usr/bin/env python3
"""434: an Excalidraw scene file (.excalidraw, JSON: type, version 2, source, elements, appState, files) saved from
a Japanese reading group's whiteboard on vision transformers, VLMs and robustness: three frames, cards
(rectangles, each with a bound text element whose `text` is wrapped with line breaks and `originalText` is not),
sticky notes, arrows bound to cards, element `link`s. Papers: a card whose element link is an arxiv.org abs / pdf URL
(link) or an OpenReview forum URL (link), "arXiv:ID" / "arXiv ID" in a card's text (arxiv-text), the title alone
with its venue, in 『』, in lower case (title-only). Not papers: timm, the CLIP note ("今回は対象外"), the group's
schedule notes, a Zenn article, ImageNet-C (a dataset), the names ViT-B/16, Q-Former, MAE, SAM."""
import json, os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F434, keys

_seed = [20240411]
def rnd():
    _seed[0] = (_seed[0] * 1103515245 + 12345) % 2147483648
    return _seed[0]

UPD = 1712822400000
els = []
def base(typ, eid, x, y, w, h, **kw):
    e = {"id": eid, "type": typ, "x": x, "y": y, "width": w, "height": h, "angle": 0,
         "strokeColor": "#1e1e1e", "backgroundColor": "transparent", "fillStyle": "solid", "strokeWidth": 2,
         "strokeStyle": "solid", "roughness": 1, "opacity": 100, "groupIds": [], "frameId": None,
         "roundness": {"type": 3} if typ == "rectangle" else ({"type": 2} if typ == "arrow" else None),
         "seed": rnd() % 2000000000, "version": 5 + rnd() % 40, "versionNonce": rnd() % 2000000000,
         "isDeleted": False, "boundElements": [], "updated": UPD + rnd() % 3600000, "link": None, "locked": False}
    e.update(kw); els.append(e); return e

def wrap(s, width):
    out = []
    for para in s.split("\n"):
        out += textwrap.wrap(para, width, break_on_hyphens=False) if para.isascii() else [para]
    return "\n".join(out)

def card(eid, x, y, body, link=None, bg="#a5d8ff", frame=None, width=300):
    txt = wrap(body, 34)
    h = 20 + 25 * (txt.count("\n") + 1)
    r = base("rectangle", eid, x, y, width, h, backgroundColor=bg, link=link, frameId=frame)
    t = base("text", eid + "-t", x + 10, y + 10, width - 20, h - 20, text=txt, fontSize=16, fontFamily=1,
             textAlign="center", verticalAlign="middle", containerId=eid, originalText=body, lineHeight=1.25,
             autoResize=True, frameId=frame)
    t["roundness"] = None
    r["boundElements"].append({"type": "text", "id": t["id"]})
    return r

def note(eid, x, y, body, frame=None):
    t = base("text", eid, x, y, 260, 25 * (body.count("\n") + 1), text=body, fontSize=16, fontFamily=1,
             textAlign="left", verticalAlign="top", containerId=None, originalText=body, lineHeight=1.25,
             autoResize=True, frameId=frame, strokeColor="#e03131")
    return t

def frame(eid, x, y, w, h, name):
    return base("frame", eid, x, y, w, h, name=name, roundness=None, strokeWidth=2, backgroundColor="transparent")

def arrow(eid, a, b):
    x0, y0 = a["x"] + a["width"], a["y"] + a["height"] / 2
    x1, y1 = b["x"], b["y"] + b["height"] / 2
    ar = base("arrow", eid, x0, y0, abs(x1 - x0), abs(y1 - y0), points=[[0, 0], [x1 - x0, y1 - y0]],
              lastCommittedPoint=None, startBinding={"elementId": a["id"], "focus": 0, "gap": 4},
              endBinding={"elementId": b["id"], "focus": 0, "gap": 4}, startArrowhead=None, endArrowhead="arrow",
              elbowed=False)
    a["boundElements"].append({"type": "arrow", "id": eid}); b["boundElements"].append({"type": "arrow", "id": eid})

F1 = frame("fr-vit", 0, 0, 760, 620, "ViT 系（4/11）")
F2 = frame("fr-vlm", 820, 0, 760, 620, "VLM 系（4/18）")
F3 = frame("fr-rob", 0, 680, 1580, 420, "頑健性・汎化（4/25）")
vit = card("c-vit", 40, 60, f"ViT\n{T('2010.11929')}\n(ICLR 2021)", link="https://openreview.net/forum?id=YicbFdNTTy", frame="fr-vit")
mae = card("c-mae", 400, 60, f"{T('2111.06377')}\narXiv:2111.06377 / CVPR 2022", frame="fr-vit")
sam = card("c-sam", 400, 300, f"{T('2304.02643')}\nSAM（ICCV 2023）", link="https://arxiv.org/pdf/2304.02643", frame="fr-vit")
n1 = note("n-timm", 40, 380, "timm で ViT-B/16 を動かしてから読む\n（担当: 佐藤、4/11 までに）", frame="fr-vit")
fro = card("c-frozen", 860, 60, f"{T('2106.13884')}\n（NeurIPS 2021）", bg="#b2f2bb", frame="fr-vlm")
fla = card("c-flamingo", 1220, 60, f"『{T('2204.14198')}』\nNeurIPS 2022", bg="#b2f2bb", frame="fr-vlm")
bl2 = card("c-blip2", 1220, 320, f"BLIP-2\n{T('2301.12597')}", link="https://arxiv.org/abs/2301.12597", bg="#b2f2bb", frame="fr-vlm")
n2 = note("n-clip", 860, 420, "CLIP は今回は対象外（別回で）\nQ-Former の図は Zenn の解説記事がわかりやすい", frame="fr-vlm")
rob = card("c-robust", 40, 740, f"{T('2103.14586')}\n（ICCV 2021）ImageNet-C で ResNet と比較", bg="#ffec99", frame="fr-rob")
sho = card("c-shortcut", 420, 740, f"{T('2004.07780')}\nNature Machine Intelligence 2020", bg="#ffec99", frame="fr-rob")
sat = card("c-sat", 800, 740, f"{T('2006.14536')}\narXiv 2006.14536", bg="#ffec99", frame="fr-rob")
sm = card("c-samopt", 1180, 740, f"{T('2010.01412').lower()}\n(ICLR 2021) ← ViT の学習安定化で引用", bg="#ffec99", frame="fr-rob")
n3 = note("n-next", 40, 1000, "次回 5/9: 発表者募集中！\nSlack #reading-vision で挙手", frame="fr-rob")
arrow("a1", vit, mae); arrow("a2", fro, fla); arrow("a3", fla, bl2); arrow("a4", rob, sho); arrow("a5", sat, sm)
doc = {"type": "excalidraw", "version": 2, "source": "https://excalidraw.com",
       "elements": els,
       "appState": {"gridSize": 20, "gridStep": 5, "gridModeEnabled": False, "viewBackgroundColor": "#ffffff"},
       "files": {}}
text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
strings = "\n".join(e.get("originalText", "") for e in els)
write_only(F434, text, keys(F434), forms=[strings])
