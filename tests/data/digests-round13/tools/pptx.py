"""A PresentationML writer for make_151.py and make_156.py (stdlib only).

Writes the parts PowerPoint (Microsoft 365) writes for a plain deck: [Content_Types].xml (Default rels/xml, an
Override per part), _rels/.rels, docProps/core.xml and app.xml (slide titles in TitlesOfParts), ppt/presentation.xml
(+ rels) with sldMasterIdLst / notesMasterIdLst / sldIdLst (ids from 256) / sldSz 16:9 / notesSz, presProps,
viewProps, tableStyles, one slide master with two layouts ("Title Slide", "Title and Content"), theme1 (slides) and
theme2 (notes master), a notes master, and per slide ppt/slides/slideN.xml + rels (layout, notes slide, hyperlinks
TargetMode="External") and ppt/notesSlides/notesSlideN.xml + rels (notes master, slide).

A slide is a dict: layout ("title" | "content"), title, subtitle (title layout), body (content layout: list of
paragraphs), boxes (extra text boxes: list of (name, x, y, cx, cy, paragraphs)), notes (list of paragraphs).
A paragraph is a list of runs (or a plain string); a run is a string or a dict {t, url, b, i}; a paragraph may be a
tuple (level, runs)."""
from xml.sax.saxutils import escape
from ooxml import DECL, write_zip, rels, core, theme

NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
       '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
CLRMAP = ('<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
          'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>')
CT = "application/vnd.openxmlformats-officedocument.presentationml"


def t(text):
    return f"<a:t>{escape(text)}</a:t>"


class Rels:
    def __init__(self, fixed):
        self.items = list(fixed)

    def link(self, url):
        for it in self.items:
            if it[1] == "hyperlink" and it[2] == escape(url):
                return it[0]
        rid = f"rId{len(self.items) + 1}"
        self.items.append((rid, "hyperlink", escape(url), True))
        return rid


def runs_xml(runs, rl, lang="en-US"):
    out = []
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if isinstance(r, str):
            r = {"t": r}
        attrs = f' lang="{r.get("lang", lang)}"' + (' b="1"' if r.get("b") else "") + (' i="1"' if r.get("i") else "") + ' dirty="0"'
        if r.get("url"):
            out.append(f'<a:r><a:rPr{attrs}><a:hlinkClick r:id="{rl.link(r["url"])}"/></a:rPr>{t(r["t"])}</a:r>')
        else:
            out.append(f"<a:r><a:rPr{attrs}/>{t(r['t'])}</a:r>")
    return "".join(out)


def paras(ps, rl, last_lang="en-US"):
    out = []
    for p in ps:
        lvl = 0
        if isinstance(p, tuple):
            lvl, p = p
        ppr = f'<a:pPr lvl="{lvl}"/>' if lvl else ""
        out.append(f"<a:p>{ppr}{runs_xml(p, rl)}<a:endParaRPr lang=\"{last_lang}\" dirty=\"0\"/></a:p>")
    return "".join(out)


def ph_sp(sid, name, ph, body, rl, autofit=""):
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f'<p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody>' + (f'<a:bodyPr>{autofit}</a:bodyPr>' if autofit else '<a:bodyPr/>') + '<a:lstStyle/>'
            f"{paras(body, rl)}</p:txBody></p:sp>")


def box_sp(sid, name, x, y, cx, cy, body, rl):
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect">'
            '<a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/>'
            f"</a:bodyPr><a:lstStyle/>{paras(body, rl)}</p:txBody></p:sp>")


def slide_xml(s, rl):
    sps = [ph_sp(2, "Title 1", '<p:ph type="ctrTitle"/>' if s["layout"] == "title" else '<p:ph type="title"/>',
                 [s["title"]], rl)]
    if s["layout"] == "title":
        sps.append(ph_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', s.get("subtitle", []), rl))
    elif s.get("body") is not None:
        sps.append(ph_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', s["body"], rl,
                         '<a:normAutofit fontScale="92500" lnSpcReduction="10000"/>' if len(s["body"]) > 6 else ""))
    for k, (name, x, y, cx, cy, body) in enumerate(s.get("boxes", []), 4):
        sps.append(box_sp(k, f"{name} {k - 1}", x, y, cx, cy, body, rl))
    return (DECL + f"<p:sld {NS}><p:cSld><p:spTree>{GRP}{''.join(sps)}</p:spTree></p:cSld>"
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")


def notes_xml(n, s, rl):
    return (DECL + f"<p:notes {NS}><p:cSld><p:spTree>{GRP}"
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
            'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            + ph_sp(3, "Notes Placeholder 2", '<p:ph type="body" idx="1"/>', s.get("notes", []), rl) +
            '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="5"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>'
            '<a:bodyPr/><a:lstStyle/><a:p><a:fld id="{3D8F2A61-7C4B-4E19-A0B5-9E6C1D2F8A47}" type="slidenum">'
            f'<a:rPr lang="en-US"/><a:t>{n}</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
            "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>")


def master_xml():
    return (DECL + f"<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
            f"<p:spTree>{GRP}"
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            '<p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="365125"/>'
            '<a:ext cx="10515600" cy="1325563"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0" anchor="ctr">'
            '<a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t>'
            '</a:r><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
            '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Text Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            '<p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="1825625"/>'
            '<a:ext cx="10515600" cy="4351338"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
            '<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0">'
            '<a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/>'
            '<a:t>Click to edit Master text styles</a:t></a:r></a:p><a:p><a:pPr lvl="1"/><a:r><a:rPr lang="en-US"/>'
            '<a:t>Second level</a:t></a:r><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
            f"</p:spTree></p:cSld>{CLRMAP}<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/>"
            '<p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr '
            'algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/>'
            '</a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill>'
            '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
            '</a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr marL="228600" indent="-228600" algn="l" '
            'defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc>'
            '<a:spcBef><a:spcPts val="1000"/></a:spcBef><a:buFont typeface="Arial" panose="020B0604020202020204" '
            'pitchFamily="34" charset="0"/><a:buChar char="&#8226;"/><a:defRPr sz="2800" kern="1200"><a:solidFill>'
            '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
            '</a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr></p:otherStyle>'
            "</p:txStyles></p:sldMaster>")


def layout_xml(kind):
    if kind == "title":
        name, typ = "Title Slide", ' type="title"'
        sps = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
               '<p:ph type="ctrTitle"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="1524000" y="1122363"/>'
               '<a:ext cx="9144000" cy="2387600"/></a:xfrm></p:spPr><p:txBody><a:bodyPr anchor="b"/><a:lstStyle>'
               '<a:lvl1pPr algn="ctr"><a:defRPr sz="6000"/></a:lvl1pPr></a:lstStyle><a:p><a:r><a:rPr lang="en-US"/>'
               '<a:t>Click to edit Master title style</a:t></a:r><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
               '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Subtitle 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
               '<p:ph type="subTitle" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="1524000" y="3602038"/>'
               '<a:ext cx="9144000" cy="1655762"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle><a:lvl1pPr marL="0" '
               'indent="0" algn="ctr"><a:buNone/><a:defRPr sz="2400"/></a:lvl1pPr></a:lstStyle><a:p><a:r><a:rPr lang="en-US"/>'
               '<a:t>Click to edit Master subtitle style</a:t></a:r><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>')
    else:
        name, typ = "Title and Content", ' type="obj"'
        sps = ('<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
               '<p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r>'
               '<a:rPr lang="en-US"/><a:t>Click to edit Master title style</a:t></a:r><a:endParaRPr lang="en-US"/></a:p>'
               '</p:txBody></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Content Placeholder 2"/><p:cNvSpPr>'
               '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>'
               '<a:bodyPr/><a:lstStyle/><a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/><a:t>Click to edit Master text styles'
               '</a:t></a:r><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>')
    return (DECL + f'<p:sldLayout {NS}{typ} preserve="1"><p:cSld name="{name}"><p:spTree>{GRP}{sps}</p:spTree></p:cSld>'
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>")


def notes_master_xml():
    return (DECL + f"<p:notesMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
            f"<p:spTree>{GRP}"
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
            'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
            '<a:off x="685800" y="1143000"/><a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:noFill/></p:spPr></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr>'
            '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr>'
            '<a:xfrm><a:off x="685800" y="4400550"/><a:ext cx="5486400" cy="3600450"/></a:xfrm><a:prstGeom prst="rect">'
            '<a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr lvl="0"/><a:r><a:rPr lang="en-US"/>'
            '<a:t>Click to edit Master text styles</a:t></a:r></a:p></p:txBody></p:sp>'
            f"</p:spTree></p:cSld>{CLRMAP}<p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\" defTabSz=\"914400\" rtl=\"0\" "
            'eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/>'
            '</a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr>'
            "</a:lvl1pPr></p:notesStyle></p:notesMaster>")


def plain(ps):
    out = []
    for p in ps:
        if isinstance(p, tuple):
            p = p[1]
        if isinstance(p, str):
            p = [p]
        out.append("".join(r if isinstance(r, str) else r["t"] for r in p))
    return out


def build(path, slides, title, creator, modified_by, created, modified, company):
    n = len(slides)
    parts = []
    ov = [("/ppt/presentation.xml", f"{CT}.presentation.main+xml"),
          ("/ppt/slideMasters/slideMaster1.xml", f"{CT}.slideMaster+xml")]
    ov += [(f"/ppt/slides/slide{i}.xml", f"{CT}.slide+xml") for i in range(1, n + 1)]
    ov += [("/ppt/notesMasters/notesMaster1.xml", f"{CT}.notesMaster+xml")]
    ov += [(f"/ppt/notesSlides/notesSlide{i}.xml", f"{CT}.notesSlide+xml") for i in range(1, n + 1)]
    ov += [("/ppt/presProps.xml", f"{CT}.presProps+xml"), ("/ppt/viewProps.xml", f"{CT}.viewProps+xml"),
           ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
           ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
           ("/ppt/tableStyles.xml", f"{CT}.tableStyles+xml"),
           ("/ppt/slideLayouts/slideLayout1.xml", f"{CT}.slideLayout+xml"),
           ("/ppt/slideLayouts/slideLayout2.xml", f"{CT}.slideLayout+xml"),
           ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
           ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    parts.append(("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in ov) + "</Types>"))
    parts.append(("_rels/.rels", rels([("rId3", "extended-properties", "docProps/app.xml"),
                                       ("rId2", "metadata/core-properties", "docProps/core.xml"),
                                       ("rId1", "officeDocument", "ppt/presentation.xml")]).replace(
        "officeDocument/2006/relationships/metadata/core-properties", "package/2006/relationships/metadata/core-properties")))
    titles = [plain([s["title"]])[0] for s in slides]
    parts.append(("docProps/app.xml", DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><TotalTime>187</TotalTime>'
                  f'<Words>{sum(len(" ".join(plain(s.get("body", []) + [s["title"]])).split()) for s in slides)}</Words>'
                  f'<Application>Microsoft Office PowerPoint</Application><PresentationFormat>Widescreen</PresentationFormat>'
                  f'<Paragraphs>{sum(len(s.get("body", [])) + 1 for s in slides)}</Paragraphs><Slides>{n}</Slides>'
                  f'<Notes>{sum(1 for s in slides if s.get("notes"))}</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>'
                  '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Theme'
                  '</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr>'
                  f'</vt:variant><vt:variant><vt:i4>{n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>'
                  f'<vt:vector size="{n + 1}" baseType="lpstr"><vt:lpstr>Office Theme</vt:lpstr>'
                  + "".join(f"<vt:lpstr>{escape(x)}</vt:lpstr>" for x in titles) +
                  f'</vt:vector></TitlesOfParts><Company>{escape(company)}</Company><LinksUpToDate>false</LinksUpToDate>'
                  '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'))
    parts.append(("docProps/core.xml", core(escape(title), creator, modified_by, created, modified)))
    prels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml")]
    prels += [(f"rId{i + 1}", "slide", f"slides/slide{i}.xml") for i in range(1, n + 1)]
    k = n + 2
    prels += [(f"rId{k}", "notesMaster", "notesMasters/notesMaster1.xml"), (f"rId{k + 1}", "presProps", "presProps.xml"),
              (f"rId{k + 2}", "viewProps", "viewProps.xml"), (f"rId{k + 3}", "theme", "theme/theme1.xml"),
              (f"rId{k + 4}", "tableStyles", "tableStyles.xml")]
    parts.append(("ppt/presentation.xml", DECL + f'<p:presentation {NS} saveSubsetFonts="1"><p:sldMasterIdLst>'
                  '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst>'
                  f'<p:notesMasterId r:id="rId{k}"/></p:notesMasterIdLst><p:sldIdLst>'
                  + "".join(f'<p:sldId id="{255 + i}" r:id="rId{i + 1}"/>' for i in range(1, n + 1)) +
                  '</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>'
                  '<p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr></p:defaultTextStyle></p:presentation>'))
    parts.append(("ppt/_rels/presentation.xml.rels", rels(prels)))
    for i, s in enumerate(slides, 1):
        rl = Rels([("rId1", "slideLayout", f"../slideLayouts/slideLayout{1 if s['layout'] == 'title' else 2}.xml"),
                   ("rId2", "notesSlide", f"../notesSlides/notesSlide{i}.xml")])
        parts.append((f"ppt/slides/slide{i}.xml", slide_xml(s, rl)))
        parts.append((f"ppt/slides/_rels/slide{i}.xml.rels", rels(rl.items)))
    for i, s in enumerate(slides, 1):
        rl = Rels([("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"), ("rId2", "slide", f"../slides/slide{i}.xml")])
        parts.append((f"ppt/notesSlides/notesSlide{i}.xml", notes_xml(i, s, rl)))
        parts.append((f"ppt/notesSlides/_rels/notesSlide{i}.xml.rels", rels(rl.items)))
    parts.append(("ppt/slideMasters/slideMaster1.xml", master_xml()))
    parts.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rels([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
                        ("rId2", "slideLayout", "../slideLayouts/slideLayout2.xml"), ("rId3", "theme", "../theme/theme1.xml")])))
    for j, kind in ((1, "title"), (2, "content")):
        parts.append((f"ppt/slideLayouts/slideLayout{j}.xml", layout_xml(kind)))
        parts.append((f"ppt/slideLayouts/_rels/slideLayout{j}.xml.rels",
                      rels([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])))
    parts.append(("ppt/notesMasters/notesMaster1.xml", notes_master_xml()))
    parts.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", rels([("rId1", "theme", "../theme/theme2.xml")])))
    parts.append(("ppt/theme/theme1.xml", theme("Office Theme")))
    parts.append(("ppt/theme/theme2.xml", theme("Office Theme")))
    parts.append(("ppt/presProps.xml", DECL + f"<p:presentationPr {NS}/>"))
    parts.append(("ppt/viewProps.xml", DECL + f'<p:viewPr {NS}><p:normalViewPr horzBarState="maximized"><p:restoredLeft '
                  'sz="15987" autoAdjust="0"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>'))
    parts.append(("ppt/tableStyles.xml", DECL + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                  'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'))
    write_zip(path, parts)
