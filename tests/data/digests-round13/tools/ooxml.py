"""Shared bits for the OOXML builders (make_150.py, make_151.py, make_156.py): the zip writer and an Office theme.

Members are written the way Office writes them: [Content_Types].xml first, every member dated 1980-01-01 00:00:00,
deflated, XML declaration with standalone="yes" and CRLF after it, the rest of the part on one line."""
import zipfile

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFF_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def write_zip(path, parts):
    """parts: list of (name, xml text); [Content_Types].xml must come first"""
    assert parts[0][0] == "[Content_Types].xml"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def rels(items):
    """items: (Id, type suffix, target[, external])"""
    out = [f'<Relationships xmlns="{PKG_REL}">']
    for it in items:
        rid, typ, target = it[:3]
        tm = ' TargetMode="External"' if len(it) > 3 and it[3] else ""
        out.append(f'<Relationship Id="{rid}" Type="{OFF_REL}/{typ}" Target="{target}"{tm}/>')
    out.append("</Relationships>")
    return DECL + "".join(out)


def core(title, creator, modified_by, created, modified):
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>"
            f"<cp:lastModifiedBy>{modified_by}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def theme(name="Office Theme"):
    clr = ('<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
           '<a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2>'
           '<a:accent1><a:srgbClr val="156082"/></a:accent1><a:accent2><a:srgbClr val="E97132"/></a:accent2>'
           '<a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
           '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6>'
           '<a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink>')
    font = ('<a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
            '<a:minorFont><a:latin typeface="Aptos" panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>')
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    fills = solid * 3
    lns = "".join(f'<a:ln w="{w}" cap="flat" cmpd="sng" algn="ctr">{solid}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
                  for w in (12700, 19050, 25400))
    eff = "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    fmt = (f'<a:fmtScheme name="Office"><a:fillStyleLst>{fills}</a:fillStyleLst><a:lnStyleLst>{lns}</a:lnStyleLst>'
           f'<a:effectStyleLst>{eff}</a:effectStyleLst><a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme>')
    return (DECL + f'<a:theme xmlns:a="{A_NS}" name="{name}"><a:themeElements><a:clrScheme name="Office">{clr}</a:clrScheme>'
            f'<a:fontScheme name="Office">{font}</a:fontScheme>{fmt}</a:themeElements><a:objectDefaults/>'
            '<a:extraClrSchemeLst/></a:theme>')
