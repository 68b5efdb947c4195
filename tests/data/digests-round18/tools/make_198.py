#!/usr/bin/env python3
"""Builds digests/198_xmind_mind_map_diffusion_reading_map.xmind: an XMind (2020 and later, "Zen" format) mind map
saved by XMind 24.01: a zip with content.json (the sheets, compact JSON as XMind writes it), the legacy content.xml
stub that older XMind versions show instead ("Warning 警告 Attention Warnung 경고" …), metadata.json,
manifest.json (the file entries) and Thumbnails/thumbnail.png. Two sheets: a logic-chart reading map of diffusion
models (root, four main branches, sub-topics with hyperlinks, labels, markers, plain + HTML notes, a topic title
broken over two lines, a folded branch, relationships between topics, a floating "detached" topic) and a session
plan.

Evidence: topic hyperlinks (`href`) to an arXiv abs page (DDPM), an arXiv pdf (SD3), a Hugging Face paper page
(textual inversion) and an OpenReview forum (DDIM) (link); "arXiv:1907.05600" and "arXiv 2211.09800v2" in notes
(arxiv-text); titles as topic titles (Sohl-Dickstein 2015; guided diffusion, wrapped over two lines and linked to its
GitHub repository; DreamBooth linked to its project page; ControlNet linked to its repository) and in a note
(unCLIP) (title-only). Non-papers: Lilian Weng's blog post, the diffusers docs, k-diffusion, a CVPR tutorial site,
a YouTube lecture, LAION-Aesthetics. NCSN, DDIM, unCLIP, DALL·E 2, SD3, InstructPix2Pix, ControlNet, CFG, LDM,
"guided diffusion" are nicknames. Zip member dates are fixed, so the file is byte-identical on rebuild."""
import hashlib, json, os, sys, zipfile
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor
from png import boxes

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "198_xmind_mind_map_diffusion_reading_map.xmind")
DATE = (2024, 4, 9, 21, 17, 44)


def xid(path):
    """XMind-like 26-character ids (lower-case base36), stable per topic path"""
    h = int(hashlib.sha1(("198/" + path).encode()).hexdigest(), 16)
    s = ""
    for _ in range(26):
        h, r = divmod(h, 36)
        s += "0123456789abcdefghijklmnopqrstuvwxyz"[r]
    return s


def html_note(text):
    out = []
    for para in text.split("\n"):
        out.append("<div>" + para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</div>" if para else "<div><br></div>")
    return "".join(out)


def topic(path, title, href=None, note=None, labels=None, markers=None, children=None, folded=False):
    t = {"id": xid(path), "class": "topic", "title": title}
    if href: t["href"] = href
    if note: t["notes"] = {"plain": {"content": note}, "realHTML": {"content": html_note(note)}}
    if labels: t["labels"] = labels
    if markers: t["markers"] = [{"markerId": m} for m in markers]
    if folded: t["branch"] = "folded"
    if children: t["children"] = {"attached": children}
    return t


def style(path, props):
    return {"id": xid("style/" + path), "properties": props}


THEME = {
    "id": xid("theme"),
    "map": style("map", {"svg:fill": "#ffffff", "multi-line-colors": "#F9423A #F6A04D #F3D321 #00BC7B #486AFF #4D49BE", "color-list": "#000229 #1F2766 #52CC83 #4D86DB #99142B #FFB9C1", "line-tapered": "none"}),
    "centralTopic": style("centralTopic", {"fo:font-family": "NeverMind", "fo:font-size": "30pt", "fo:font-weight": "500", "fo:font-style": "normal", "fo:color": "inherited", "fo:text-transform": "manual", "fo:text-decoration": "none", "fo:text-align": "center", "svg:fill": "#000229", "fill-pattern": "solid", "line-width": "3", "line-color": "#000229", "line-pattern": "solid", "border-line-color": "inherited", "border-line-width": "0", "border-line-pattern": "inherited", "shape-class": "org.xmind.topicShape.roundedRect", "line-class": "org.xmind.branchConnection.roundedElbow", "arrow-end-class": "org.xmind.arrowShape.none", "alignment-by-level": "inactived"}),
    "mainTopic": style("mainTopic", {"fo:font-family": "NeverMind", "fo:font-size": "18pt", "fo:font-weight": "500", "fo:font-style": "normal", "fo:color": "inherited", "svg:fill": "inherited", "fill-pattern": "solid", "line-width": "2", "line-color": "inherited", "border-line-width": "0", "shape-class": "org.xmind.topicShape.roundedRect", "line-class": "org.xmind.branchConnection.roundedElbow"}),
    "subTopic": style("subTopic", {"fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400", "fo:font-style": "normal", "fo:color": "inherited", "fo:text-align": "left", "svg:fill": "none", "fill-pattern": "none", "line-width": "2", "line-color": "inherited", "border-line-width": "0", "shape-class": "org.xmind.topicShape.roundedRect", "line-class": "org.xmind.branchConnection.roundedElbow"}),
    "floatingTopic": style("floatingTopic", {"fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "500", "svg:fill": "#EEEBEE", "fill-pattern": "solid", "border-line-width": "0", "shape-class": "org.xmind.topicShape.roundedRect"}),
    "summaryTopic": style("summaryTopic", {"fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400", "svg:fill": "#000229", "fill-pattern": "solid", "border-line-width": "0"}),
    "calloutTopic": style("calloutTopic", {"fo:font-family": "NeverMind", "fo:font-size": "14pt", "fo:font-weight": "400", "fo:color": "#FFFFFF", "svg:fill": "#000229"}),
    "relationship": style("relationship", {"fo:font-family": "NeverMind", "fo:font-size": "13pt", "fo:font-weight": "400", "line-width": "2", "line-pattern": "dash", "line-color": "#000229", "arrow-begin-class": "org.xmind.arrowShape.none", "arrow-end-class": "org.xmind.arrowShape.triangle"}),
    "boundary": style("boundary", {"fo:font-family": "NeverMind", "fo:font-size": "13pt", "fo:font-weight": "400", "fo:color": "#FFFFFF", "svg:fill": "#000229", "fill-pattern": "solid", "line-width": "2", "line-color": "#000229", "line-pattern": "dash", "shape-class": "org.xmind.boundaryShape.roundedRect"}),
    "summary": style("summary", {"line-width": "2", "line-color": "#000229", "line-pattern": "solid", "shape-class": "org.xmind.summaryShape.square"}),
    "skeletonThemeId": "db4a5df4db39a8cd1310ea55ea",
    "colorThemeId": "Rainbow-#000229-MULTI_LINE_COLORS",
}

P = "map"
foundations = topic(P + "/f", "Foundations", markers=["priority-1"], children=[
    topic(P + "/f/sd15", "Deep Unsupervised Learning using Nonequilibrium Thermodynamics", labels=["ICML 2015", "start here"],
          note="The 2015 paper. Forward process slowly destroys structure, the model learns the reverse.\n"
               "Everyone skips it; please read Sec. 2 before week 1, the notation in the later papers comes from here."),
    topic(P + "/f/ncsn", "Score matching (NCSN)", labels=["NeurIPS 2019"],
          note="Generative Modeling by Estimating Gradients of the Data Distribution (Song & Ermon), arXiv:1907.05600.\n"
               "Annealed Langevin dynamics over a ladder of noise levels; the SDE view later unifies this with DDPM."),
    topic(P + "/f/ddpm", "Denoising Diffusion Probabilistic Models", href="https://arxiv.org/abs/2006.11239", labels=["NeurIPS 2020"],
          markers=["task-done"], note="ε-prediction + the simple loss. Sec. 3.2–3.4 and Table 2 are the bits we use.\nAna presents (slides in the drive)."),
    topic(P + "/f/ddim", "Denoising Diffusion Implicit Models", href="https://openreview.net/forum?id=St1giarCHLP", labels=["ICLR 2021", "sampler"],
          markers=["task-done"], note="Same training as DDPM, non-Markovian deterministic sampler, 10–50 steps.\nRead the OpenReview discussion too, the reviewers ask the right questions."),
    topic(P + "/f/adm", "Diffusion Models Beat GANs\non Image Synthesis", href="https://github.com/openai/guided-diffusion", labels=["NeurIPS 2021", "guidance"],
          markers=["task-half"], note="\"guided diffusion\": architecture ablations + classifier guidance.\nThe repo is the reference implementation for the ADM U-Net."),
])
t2i = topic(P + "/t2i", "Text-to-image", markers=["priority-2"], children=[
    topic(P + "/t2i/unclip", "unCLIP / DALL·E 2", href="https://openai.com/dall-e-2", labels=["2022"],
          note="Paper: Hierarchical Text-Conditional Image Generation with CLIP Latents (Ramesh et al.).\n"
               "Prior (CLIP text emb. → CLIP image emb.) + diffusion decoder. No code; link is the product page."),
    topic(P + "/t2i/ldm", "LDM / Stable Diffusion", note="Covered last term (Ravi's slides) — skip, but keep it on the map for the arrows."),
    topic(P + "/t2i/sd3", "Scaling Rectified Flow Transformers for High-Resolution Image Synthesis", href="https://arxiv.org/pdf/2403.03206",
          labels=["SD3", "ICML 2024"], note="MM-DiT + rectified flow with logit-normal timestep sampling.\nOnly Sec. 2 and 5.1 for the session."),
    topic(P + "/t2i/cfg", "CFG (classifier-free guidance)", note="Ho & Salimans. We read it in the guidance session, not here."),
])
edit = topic(P + "/edit", "Personalisation & editing", markers=["priority-3"], folded=True, children=[
    topic(P + "/edit/ti", "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion",
          href="https://huggingface.co/papers/2208.01618", labels=["ICLR 2023"]),
    topic(P + "/edit/db", "DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation",
          href="https://dreambooth.github.io/", labels=["CVPR 2023"], note="Project page only (the paper PDF is linked from there). Prior-preservation loss!"),
    topic(P + "/edit/ip2p", "InstructPix2Pix", labels=["CVPR 2023"],
          note="InstructPix2Pix: Learning to Follow Image Editing Instructions — arXiv 2211.09800v2.\n"
               "Training pairs from GPT-3 edited captions + Prompt-to-Prompt; two guidance scales (image, text)."),
    topic(P + "/edit/cn", "ControlNet", labels=["ICCV 2023"], children=[
        topic(P + "/edit/cn/paper", "Adding Conditional Control to Text-to-Image Diffusion Models", href="https://github.com/lllyasviel/ControlNet",
              note="Zero-initialised convolutions around a locked copy of the encoder."),
    ]),
])
tools = topic(P + "/tools", "Tools, code, talks", children=[
    topic(P + "/tools/weng", "Lilian Weng — What are Diffusion Models? (blog)", href="https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"),
    topic(P + "/tools/diffusers", "diffusers docs", href="https://huggingface.co/docs/diffusers/index"),
    topic(P + "/tools/kdiff", "k-diffusion (samplers)", href="https://github.com/crowsonkb/k-diffusion"),
    topic(P + "/tools/tut", "CVPR 2023 tutorial on diffusion models (slides + recording)", href="https://cvpr2023-tutorial-diffusion-models.github.io/"),
    topic(P + "/tools/yt", "Lecture: score-based models, 1h20 (YouTube)", href="https://www.youtube.com/watch?v=wMmqCMwuM2Q"),
    topic(P + "/tools/laion", "LAION-Aesthetics v2 6.5+ (for the fine-tuning lab)", href="https://laion.ai/blog/laion-aesthetics/"),
])
root = topic(P, "Diffusion models for images\nreading map · spring 2024", children=[foundations, t2i, edit, tools])
root["structureClass"] = "org.xmind.ui.logic.right"
floating = topic(P + "/float", "Open question: why does DDIM inversion break for\nhigh guidance scales? (Lukas, 2 Apr)")
floating["position"] = {"x": 412, "y": 388}
root["children"]["detached"] = [floating]

sheet1 = {
    "id": xid("sheet1"), "class": "sheet", "title": "Reading map", "rootTopic": root, "theme": THEME,
    "relationships": [
        {"id": xid("rel1"), "class": "relationship", "end1Id": xid(P + "/f/ddim"), "end2Id": xid(P + "/f/ddpm"), "title": "same training, new sampler",
         "controlPoints": {"0": {"x": 60, "y": -40}, "1": {"x": 60, "y": 40}}},
        {"id": xid("rel2"), "class": "relationship", "end1Id": xid(P + "/edit/cn/paper"), "end2Id": xid(P + "/t2i/ldm"), "title": "locked SD encoder copy",
         "controlPoints": {"0": {"x": -120, "y": 30}, "1": {"x": -80, "y": -60}}},
        {"id": xid("rel3"), "class": "relationship", "end1Id": xid(P + "/f/adm"), "end2Id": xid(P + "/t2i/cfg"), "title": "classifier → classifier-free",
         "controlPoints": {"0": {"x": 90, "y": 20}, "1": {"x": 90, "y": -20}}},
    ],
    "topicPositioning": "fixed", "topicOverlapping": "overlap", "coreVersion": "2.100.0",
    "extensions": [{"provider": "org.xmind.ui.skeleton.structure.style", "content": {"centralTopic": "org.xmind.ui.logic.right"}}],
}

Q = "plan"
plan_root = topic(Q, "Sessions (Thu 16:00, room B-214)", children=[
    topic(Q + "/w1", "Week 1 — foundations (Ana)", markers=["task-done"], labels=["11 Apr"], note="DDPM + the 2015 paper. 45 min + questions."),
    topic(Q + "/w2", "Week 2 — samplers & guidance (Ravi)", markers=["task-half"], labels=["18 Apr"], note="DDIM, classifier guidance, CFG. Bring the k-diffusion notebook."),
    topic(Q + "/w3", "Week 3 — editing (Lukas)", markers=["task-start"], labels=["25 Apr"], note="InstructPix2Pix + ControlNet; demo on the lab GPU box (queue ticket #4471)."),
    topic(Q + "/w4", "Week 4 — SD3 & flow matching (open)", markers=["priority-1"], labels=["2 May"], note="Volunteer needed. If nobody: watch the tutorial recording together."),
    topic(Q + "/admin", "Admin", children=[
        topic(Q + "/admin/room", "Room booking ref. 1713.04029 (valid until June)"),
        topic(Q + "/admin/gpu", "GPU hours: 120 left on the shared allocation"),
        topic(Q + "/admin/drive", "Slides folder", href="https://drive.google.com/drive/folders/1cX9eF0d2Zt7kQmV4rLpYw8sNhB3uJaGo"),
    ]),
])
plan_root["structureClass"] = "org.xmind.ui.brace.right"
sheet2 = {"id": xid("sheet2"), "class": "sheet", "title": "Session plan", "rootTopic": plan_root, "theme": THEME,
          "topicPositioning": "fixed", "coreVersion": "2.100.0",
          "extensions": [{"provider": "org.xmind.ui.skeleton.structure.style", "content": {"centralTopic": "org.xmind.ui.brace.right"}}]}

content = json.dumps([sheet1, sheet2], ensure_ascii=False, separators=(",", ":"))
check_no_distractor(content, OUT)

CONTENT_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><xmap-content xmlns="urn:xmind:xmap:xmlns:content:2.0" '
               'xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:svg="http://www.w3.org/2000/svg" xmlns:xhtml="http://www.w3.org/1999/xhtml" '
               'xmlns:xlink="http://www.w3.org/1999/xlink" modified-by="bruce" timestamp="1503058545540" version="2.0"><sheet id="7abtd0ssc7n4pi1nu6i7b6lsdh" '
               'modified-by="bruce" theme="0kdeemiijde6nuk97e4t0vpp54" timestamp="1503058545540"><topic id="1vr0lcte2og4t2sopiogvdmifc" modified-by="bruce" '
               'structure-class="org.xmind.ui.logic.right" timestamp="1503058545417"><title>Warning\n警告\nAttention\nWarnung\n경고</title><children>'
               '<topics type="attached"><topic id="71h1aip2t1o8vvm0a41nausaar" modified-by="bruce" timestamp="1503058545423"><title svg:width="500">'
               'This file can not be opened normally, please do not modify and save, otherwise the contents will be permanently lost！</title>'
               '<children><topics type="attached"><topic id="428akmkh9a0tog6c91qj995qdl" modified-by="bruce" timestamp="1503058545427">'
               '<title>You can try using XMind 8 Update 3 or later version to open</title></topic></topics></children></topic>'
               '<topic id="2kb87f8m38b3hnfhp450c7q35e" modified-by="bruce" timestamp="1503058545434"><title svg:width="500">'
               '该文件无法正常打开，请勿修改并保存，否则文件内容将会永久性丢失！</title><children><topics type="attached"><topic id="3m9hoo4a09n53ofl6fohdun99f" '
               'modified-by="bruce" timestamp="1503058545438"><title>你可以尝试使用 XMind 8 Update 3 或更新版本打开</title></topic></topics></children></topic>'
               '<topic id="7r3r4617n7k59gsk2bgafv2tr" modified-by="bruce" timestamp="1503058545444"><title svg:width="500">'
               'Datei kann nicht richtig geöffnet werden. Bitte ändern Sie diese Datei nicht und speichern Sie sie, sonst wird die Datei endgültig gelöscht werden.</title>'
               '<children><topics type="attached"><topic id="6vmssl3rqb34tpdgbsnbgptd2r" modified-by="bruce" timestamp="1503058545449"><title>'
               'Bitte versuchen Sie, diese Datei mit XMind 8 Update 3 oder später zu öffnen.</title></topic></topics></children></topic>'
               '<topic id="1ddkinbh7rpiv0qjldhrvfs3ag" modified-by="bruce" timestamp="1503058545457"><title svg:width="500">'
               'Impossible d\'ouvrir normalement ce fichier, veuillez ne pas le modifier et le sauvegarder, sinon le contenu sera définitivement perdu.</title>'
               '<children><topics type="attached"><topic id="52tvmfqvme8i12kmtfhv19k2qb" modified-by="bruce" timestamp="1503058545462"><title>'
               'Vous pouvez essayer d\'ouvrir avec XMind 8 Update 3 ou avec une version plus récente.</title></topic></topics></children></topic>'
               '<topic id="3cqoobh2obf6r7sh6qjuhhkmvj" modified-by="bruce" timestamp="1503058545470"><title svg:width="500">'
               '파일을 정상적으로 열 수 없으며, 수정 및 저장하지 마십시오. 그렇지 않으면 파일의 내용이 영구적으로 손실됩니다!</title><children><topics type="attached">'
               '<topic id="6ho0vgqd6l2v5kbbmmlf8r3aol" modified-by="bruce" timestamp="1503058545476"><title>XMind 8 Update 3 또는 이후 버전을 사용하여</title>'
               '</topic></topics></children></topic></topics></children></topic><title>Sheet 1</title></sheet></xmap-content>')

metadata = json.dumps({"dataStructureVersion": "2", "creator": {"name": "Vana", "version": "24.01.14362"}, "layoutEngineVersion": "3",
                       "activeSheetId": xid("sheet1")}, separators=(",", ":"))
manifest = json.dumps({"file-entries": {"content.json": {}, "metadata.json": {}, "Thumbnails/thumbnail.png": {}}}, separators=(",", ":"))
thumb = boxes(192, 108, (255, 255, 255), [(70, 46, 122, 62, (0, 2, 41)), (132, 12, 178, 22, (249, 66, 58)), (132, 34, 178, 44, (246, 160, 77)),
                                          (132, 60, 178, 70, (0, 188, 123)), (132, 84, 178, 94, (72, 106, 255)), (122, 53, 132, 55, (0, 2, 41))])

members = [("content.json", content.encode()), ("content.xml", CONTENT_XML.encode()), ("metadata.json", metadata.encode()),
           ("manifest.json", manifest.encode()), ("Thumbnails/thumbnail.png", thumb)]
with zipfile.ZipFile(OUT, "w") as z:
    for name, data in members:
        zi = zipfile.ZipInfo(name, DATE)
        zi.compress_type = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
        zi.create_system = 0
        z.writestr(zi, data)
print(OUT, os.path.getsize(OUT))
