#!/usr/bin/env python3
"""305: the manuscript of a humanities essay on large language models and Frisian, written in Word (Microsoft 365)
with Chicago-style endnotes and bibliography and saved as `.docx`, West Frisian with English paper titles.

A real OOXML package written with zipfile the way Word writes it (members dated 1980-01-01, [Content_Types].xml
first with an Override per part, _rels/.rels, docProps/core.xml and app.xml, word/document.xml on one line after
the declaration, its relationships, styles, settings with the footnote/endnote separator references, webSettings,
fontTable, footnotes.xml holding only the two separators Word always writes, endnotes.xml with the separators and
the notes, and endnotes.xml.rels for the URLs Word turned into hyperlinks). The notes follow Chicago's
notes-bibliography habit in a Frisian text: a full note at a source's first citation ("Given Surname e.o.,
“Title,” Container (Year), page, URL."), a shortened note later ("Surname e.o., “Short Title,” page."), "Ibid."
right after a note citing the same source; the bibliography ("Literatuer") alphabetical by surname. Word splits
runs inside titles (an rsid change, a proofing mark around a word its speller does not know)."""
import io, os, sys, zipfile
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_bytes
from alloc_keys import GPT1, GPT2, AF

KEYS = [GPT2, "2005.14165", "2009.03300", "2206.04615", AF, "2001.08361", "2203.15556", "2206.07682", "2207.05221",
        "2303.18223", "2204.02311", GPT1]
NAME = "305_word_docx_essay_manuscript_chicago_endnotes_west_frisian_large_language_models.docx"

# sources: key -> (full note without page, short note stem, bibliography entry, bib sort key, url or None)
S = {
    "GPT1": (f"Alec Radford e.o., “{T(GPT1)}” (technysk rapport, OpenAI, 2018)", None,
             f"Radford, Alec, Karthik Narasimhan, Tim Salimans, en Ilya Sutskever. “{T(GPT1)}.” Technysk rapport, "
             "OpenAI, 2018.", "Radford 2018", None),
    "GPT2": (f"Alec Radford e.o., “{T(GPT2)}” (technysk rapport, OpenAI, 2019)", "Radford e.o., “Unsupervised Multitask Learners,”",
             f"Radford, Alec, Jeffrey Wu, Rewon Child, David Luan, Dario Amodei, en Ilya Sutskever. “{T(GPT2)}.” "
             "Technysk rapport, OpenAI, 2019.", "Radford 2019", None),
    "GPT3": (f"Tom B. Brown e.o., “{T('2005.14165')},” yn Advances in Neural Information Processing Systems 33 (2020)",
             "Brown e.o., “Language Models,”",
             f"Brown, Tom B., Benjamin Mann, Nick Ryder, e.o. “{T('2005.14165')}.” Yn Advances in Neural Information "
             "Processing Systems 33, 1877–1901. 2020.", "Brown", "https://arxiv.org/abs/2005.14165"),
    "KAPLAN": (f"Jared Kaplan e.o., “{T('2001.08361')}” (preprint, 2020)", "Kaplan e.o., “Scaling Laws,”",
               f"Kaplan, Jared, Sam McCandlish, Tom Henighan, e.o. “{T('2001.08361')}.” Preprint, 2020.", "Kaplan", None),
    "CHIN": (f"Jordan Hoffmann e.o., “{T('2203.15556')},” yn Advances in Neural Information Processing Systems 35 (2022)",
             "Hoffmann e.o., “Compute-Optimal,”",
             f"Hoffmann, Jordan, Sebastian Borgeaud, Arthur Mensch, e.o. “{T('2203.15556')}.” Yn Advances in Neural "
             "Information Processing Systems 35. 2022.", "Hoffmann", "https://arxiv.org/abs/2203.15556"),
    "WEI": (f"Jason Wei e.o., “{T('2206.07682')},” Transactions on Machine Learning Research (2022), arXiv:2206.07682",
            "Wei e.o., “Emergent Abilities,”",
            f"Wei, Jason, Yi Tay, Rishi Bommasani, e.o. “{T('2206.07682')}.” Transactions on Machine Learning Research, "
            "2022. arXiv:2206.07682.", "Wei", None),
    "MMLU": (f"Dan Hendrycks e.o., “{T('2009.03300')},” yn International Conference on Learning Representations (2021), "
             "arXiv:2009.03300", "Hendrycks e.o., “Massive Multitask,”",
             f"Hendrycks, Dan, Collin Burns, Steven Basart, e.o. “{T('2009.03300')}.” Yn International Conference on "
             "Learning Representations. 2021. arXiv:2009.03300.", "Hendrycks", None),
    "BIG": (f"Aarohi Srivastava e.o., “{T('2206.04615')},” Transactions on Machine Learning Research (2023)",
            "Srivastava e.o., “Beyond the Imitation Game,”",
            f"Srivastava, Aarohi, Abhinav Rastogi, Abhishek Rao, e.o. “{T('2206.04615')}.” Transactions on Machine "
            "Learning Research, 2023.", "Srivastava", "https://arxiv.org/pdf/2206.04615.pdf"),
    "PALM": (f"Aakanksha Chowdhery e.o., “{T('2204.02311')},” Journal of Machine Learning Research 24, nr. 240 (2023)",
             "Chowdhery e.o., “PaLM,”",
             f"Chowdhery, Aakanksha, Sharan Narang, Jacob Devlin, e.o. “{T('2204.02311')}.” Journal of Machine Learning "
             "Research 24, nr. 240 (2023).", "Chowdhery", None),
    "KADAV": (f"Saurav Kadavath e.o., “{T('2207.05221')}” (preprint, 2022)", "Kadavath e.o., “Know What They Know,”",
              f"Kadavath, Saurav, Tom Conerly, Amanda Askell, e.o. “{T('2207.05221')}.” Preprint, 2022.", "Kadavath", None),
    "SURVEY": (f"Wayne Xin Zhao e.o., “{T('2303.18223')}” (preprint, 2023)", "Zhao e.o., “Survey,”",
               f"Zhao, Wayne Xin, Kun Zhou, Junyi Li, e.o. “{T('2303.18223')}.” Preprint, 2023.", "Zhao",
               "https://arxiv.org/abs/2303.18223"),
    "AF": (f"John Jumper e.o., “{T(AF)},” Nature 596 (2021): 583–89", "Jumper e.o., “AlphaFold,”",
           f"Jumper, John, Richard Evans, Alexander Pritzel, e.o. “{T(AF)}.” Nature 596 (2021): 583–89.", "Jumper", None),
    "CRAW": ("Kate Crawford, Atlas of AI (New Haven: Yale University Press, 2021)", "Crawford, Atlas of AI,",
             "Crawford, Kate. Atlas of AI. New Haven: Yale University Press, 2021.", "Crawford", None),
    "HW": ("Fryske Akademy, Frysk Hânwurdboek (online edysje, rieplachte 8 febrewaris 2024)", "Fryske Akademy, Hânwurdboek,",
           "Fryske Akademy. Frysk Hânwurdboek. Online edysje. Rieplachte 8 febrewaris 2024. https://taalweb.frl/",
           "Fryske Akademy", "https://taalweb.frl/"),
}
ITAL = {"GPT3": "Advances in Neural Information Processing Systems 33", "CHIN": "Advances in Neural Information Processing Systems 35",
        "WEI": "Transactions on Machine Learning Research", "MMLU": "International Conference on Learning Representations",
        "BIG": "Transactions on Machine Learning Research", "PALM": "Journal of Machine Learning Research",
        "AF": "Nature", "CRAW": "Atlas of AI", "HW": "Frysk Hânwurdboek"}

# the body: paragraphs as lists of text pieces and note markers (source, page or None)
N = lambda src, page=None: ("note", src, page)
BODY = [
    ("Title", ["Grutte taalmodellen en it Frysk: in ferkenning út de humaniora"]),
    ("Subtitle", ["Sjoukje de Vries · Fryske Akademy, Ljouwert · manuskript foar It Beaken, ferzje 3 (12 febrewaris 2024)"]),
    ("Heading1", ["1. Ynlieding"]),
    (None, ["Sûnt de lansearring fan ChatGPT ein 2022 is de fraach wat grutte taalmodellen foar in minderheidstaal as it "
            "Frysk betsjutte, net mear in fraach foar spesjalisten allinnich. Learkrêften, oersetters en amtners brûke de "
            "modellen al, faak sûnder te witten hoe't se makke binne of wat se oer it Frysk ‘witte’. Yn dit essay besykje "
            "ik de technyske literatuer te lêzen mei de eagen fan in humanioraûndersiker: wat wurdt der beweard, op grûn "
            "fan hokker bewiis, en wat betsjut dat foar in taal mei likernôch 450.000 sprekkers?"]),
    ("Heading1", ["2. In koarte skiednis"]),
    (None, ["De skiednis is koart. Yn 2018 lieten ûndersikers by OpenAI sjen dat in model dat earst op grutte "
            "hoemannichten tekst traind waard, letter mei in bytsje ekstra training in soad taken oan koe.", N("GPT1"),
            " In jier letter skreaunen deselde auteurs dat sa'n model guon taken sels sûnder ekstra training útfiere "
            "koe, gewoan troch it goede begjin fan in tekst te jaan.", N("GPT2", "3"),
            " Mei GPT-3 waard dat ‘learen út in pear foarbylden’ it sintrale idee.", N("GPT3", "5"),
            " Opfallend is dat it Frysk yn gjin fan dizze publikaasjes neamd wurdt; de trainingsdata binne foar it "
            "grutste part Ingelsk.", N("GPT3", "14")]),
    ("Heading1", ["3. Skaalwetten en de macht fan data"]),
    (None, ["Wêrom groeie de modellen sa hurd? It antwurd fan de yndustry stiet yn in lyts tal stúdzjes oer saneamde "
            "‘skaalwetten’. Kaplan en syn kollega's beskreaunen hoe't de prestaasjes fan in model foarsisber better "
            "wurde mei mear parameters, mear data en mear rekkenkrêft;", N("KAPLAN", "4"),
            " in lettere stúdzje fan DeepMind stelde dat de measte modellen te grut wiene foar de hoemannichte tekst "
            "dêr't se op traind wiene.", N("CHIN"),
            " Foar lytse talen is dat lêste in wichtige konklúzje: as data de knyppunt is, dan is it Frysk, mei in pear "
            "hûndert miljoen wurden digitale tekst, by definysje yn it neidiel.", N("KAPLAN", "12")]),
    (None, ["Tagelyk wurdt faak sein dat grutte modellen ‘ûnferwachte’ feardichheden krije as se grut genôch "
            "wurde.", N("WEI"),
            " Dy bewearing is foar taalkundigen ynteressant, mar se is basearre op testen dy't sels in skiednis en in "
            "ideology hawwe. De bekendste binne MMLU, in grutte samling meartalige-karfragen út skoalfakken,", N("MMLU"),
            " en BIG-bench, in gearwurkingsprojekt mei mear as twahûndert taken.", N("BIG", "9"),
            " Yn BIG-bench sit in lyts tal taken oer lytse talen, mar it Frysk komt der net yn foar.", N("BIG", "27")]),
    ("Heading1", ["4. It Frysk yn de masine"]),
    (None, ["PaLM, it model fan Google út 2022, waard presintearre as in model dat ek yn oare talen as it Ingelsk "
            "goed wurket.", N("PALM"),
            " Us eigen lytse test (2023) mei fyftich Fryske sinnen liet lykwols sjen dat it model Frysk en Nederlânsk "
            "geregeld trochinoar hellet, en dat it dêr sels net fan op 'e hichte is. Dat is net frjemd: modellen "
            "witte faak net hoe goed se eins binne.", N("KADAV"),
            " Wa't in oersjoch fan it hiele fjild wol, kin it brede oersjochartikel fan Zhao en oaren lêze.", N("SURVEY"),
            " Dat artikel neamt mear as tûzen publikaasjes, mar it wurd ‘minderheidstaal’ komt der net yn foar.",
            N("SURVEY", "41")]),
    (None, ["Dêr stiet tsjinoer dat deselde technology op oare terreinen grutte wittenskiplike winst brocht hat; it "
            "foarbyld dat altyd neamd wurdt, is de foarsizzing fan proteïnestruktueren.", N("AF"),
            " De fraach is oft wy foar it Frysk in likense trochbraak ferwachtsje moatte, of oft it krekt oarsom is: "
            "dat in taal dy't net yn de data sit, stadichoan út it digitale libben ferdwynt.", N("CRAW", "45"),
            " Dat soe gjin technysk, mar in polityk en kultureel probleem wêze.", N("GPT2", "7")]),
    ("Heading1", ["5. Konklúzje"]),
    (None, ["Myn konklúzje is foarsichtich. De technyske literatuer is iepen oer wat de modellen net kinne, mar praat "
            "hast nea oer lytse talen. Foar it Frysk is it wichtichste wurk dus net it bouwen fan in eigen model, mar "
            "it sammeljen en iepenbier meitsjen fan goede teksten: it wurdboek,", N("HW"),
            " de tekstkorpora fan de Akademy en de ûndertitels fan Omrop Fryslân. Sûnder dy boustiennen sil gjin "
            "model, hoe grut ek, goed Frysk skriuwe.", N("KAPLAN", "14")]),
]

# ---- notes: number in order, full / short / Ibid.
notes, seen, prev = [], set(), None
for _, pieces in BODY:
    for x in pieces:
        if isinstance(x, tuple):
            _, src, page = x
            full, short, _, _, url = S[src]
            if src == prev:
                txt = "Ibid." if page is None else f"Ibid., {page}."
            elif src in seen:
                txt = f"{short} {page}." if page else short.rstrip(",") + "."
            else:
                txt = full + (f", {page}" if page else "") + (f", {url}" if url else "") + "."
            seen.add(src); prev = src
            notes.append((src, txt, url if src not in [n[0] for n in notes] else None))

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
W_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"')
R0, R1, R2 = "00A31F6C", "0052D8E4", "00E7B019"
SPS, SPE = '<w:proofErr w:type="spellStart"/>', '<w:proofErr w:type="spellEnd"/>'
UNKNOWN = {"Kadavath", "Chowdhery", "Srivastava", "Hendrycks", "Radford", "PaLM", "BIG-bench", "MMLU", "DeepMind"}


def t(s):
    sp = ' xml:space="preserve"' if s != s.strip() or "  " in s else ""
    return f"<w:t{sp}>{escape(s)}</w:t>"


def run(s, rsid=R0, i=False, style=None):
    props = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:i/><w:iCs/>" if i else "")
    return f'<w:r w:rsidRPr="{rsid}">' + (f"<w:rPr>{props}</w:rPr>" if props else "") + t(s) + "</w:r>"


def runs(s, rsid=R0, i=False, style=None):
    """Word's runs for a text: a proofing mark around words its speller does not know (the run split there)"""
    out, buf = [], ""
    for w in s.split(" "):
        core = w.strip("“”,.;:()")
        if core in UNKNOWN:
            pre, post = w.split(core, 1)
            out.append(run(buf + pre, rsid, i, style)) if buf + pre else None
            out += [SPS, run(core, rsid, i, style), SPE]
            buf = post + " "
        else:
            buf += w + " "
    buf = buf[:-1]
    if buf: out.append(run(buf, rsid, i, style))
    return "".join(out)


def split_title(s, rsid):
    """a title typed over two editing sessions: the run splits after its third word"""
    w = s.split(" ")
    return runs(" ".join(w[:3]) + " ", rsid) + runs(" ".join(w[3:]), R2) if len(w) > 4 else runs(s, rsid)


def para(inner, style=None, rsid=R0):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{R0}" w:rsidP="{rsid}">{ppr}{inner}</w:p>'


def note_inner(src, txt, rel):
    """a note's runs: titles (inside “…”) split where Word split them, the container in italics, the URL a hyperlink"""
    url = S[src][4]
    parts = []
    head, tail = (txt.split(", " + url, 1) if url and rel else (txt, None))
    it = ITAL.get(src)
    segs = head.split(it, 1) if it and it in head else [head]
    for k, seg in enumerate(segs):
        if "“" in seg:
            a, rest = seg.split("“", 1)
            b, c = rest.split("”", 1)
            parts.append(runs(a + "“")); parts.append(split_title(b, R1)); parts.append(runs("”" + c))
        else:
            parts.append(runs(seg))
        if k == 0 and len(segs) > 1:
            parts.append(run(it, i=True))
    if tail is not None:
        parts.append(runs(", "))
        parts.append(f'<w:hyperlink r:id="{rel}" w:history="1">{run(url, style="Hyperlink")}</w:hyperlink>')
        parts.append(runs(tail))
    return "".join(p for p in parts if p)


doc, k = [], 0
for style, pieces in BODY:
    inner = []
    for x in pieces:
        if isinstance(x, tuple):
            k += 1
            inner.append(f'<w:r w:rsidRPr="{R0}"><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                         f'<w:endnoteReference w:id="{k}"/></w:r>')
        else:
            inner.append(runs(x, R1 if style is None and len(doc) % 3 == 1 else R0))
    doc.append(para("".join(inner), style))
doc.append(para(runs("Literatuer"), "Heading1"))
bib = sorted({src: S[src] for src, _, _ in notes}.items(), key=lambda kv: kv[1][3].lower())
for src, (_, _, entry, _, url) in bib:
    if url and url in entry:  # a URL typed in the entry: Word's autoformat made it a hyperlink
        doc.append(para(runs(entry.replace(" " + url, "") + " ") + run(url, style="Hyperlink"), "Bibliography"))
    else:
        doc.append(para(runs(entry), "Bibliography"))
SECT = ('<w:sectPr w:rsidR="00A31F6C" w:rsidSect="00A31F6C"><w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
        'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
DOCUMENT = DECL + f"<w:document {W_NS}><w:body>" + "".join(doc) + SECT + "</w:body></w:document>"

SEP = ('<w:{t} w:type="separator" w:id="-1"><w:p w:rsidR="00A31F6C" w:rsidRDefault="00A31F6C"><w:pPr><w:spacing '
       'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{t}>'
       '<w:{t} w:type="continuationSeparator" w:id="0"><w:p w:rsidR="00A31F6C" w:rsidRDefault="00A31F6C"><w:pPr>'
       '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
       '</w:{t}>')
en_rels, ens = [], []
for i, (src, txt, url) in enumerate(notes, 1):
    rel = None
    if url:
        rel = f"rId{len(en_rels) + 1}"; en_rels.append((rel, url))
    ens.append(f'<w:endnote w:id="{i}"><w:p w:rsidR="{R1}" w:rsidRDefault="{R0}" w:rsidP="{R1}"><w:pPr><w:pStyle '
               'w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/>'
               '</w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>' + note_inner(src, txt, rel) + "</w:p></w:endnote>")
ENDNOTES = DECL + f"<w:endnotes {W_NS}>" + SEP.format(t="endnote") + "".join(ens) + "</w:endnotes>"
FOOTNOTES = DECL + f"<w:footnotes {W_NS}>" + SEP.format(t="footnote") + "</w:footnotes>"
REL = lambda rid, typ, target, ext=False: (f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/'
                                          f'officeDocument/2006/relationships/{typ}" Target="{escape(target)}"'
                                          + (' TargetMode="External"' if ext else "") + "/>")
RELS_HEAD = DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
EN_RELS = RELS_HEAD + "".join(REL(r_, "hyperlink", u, True) for r_, u in en_rels) + "</Relationships>"
DOC_RELS = (RELS_HEAD + REL("rId3", "settings", "settings.xml") + REL("rId7", "fontTable", "fontTable.xml")
            + REL("rId2", "styles", "styles.xml") + REL("rId6", "endnotes", "endnotes.xml")
            + REL("rId5", "footnotes", "footnotes.xml") + REL("rId4", "webSettings", "webSettings.xml")
            + "</Relationships>")
ROOT_RELS = (RELS_HEAD + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
             'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
             'Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def style(sid, name, kind="paragraph", extra=""):
    return f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{extra}</w:style>'


STYLES = (DECL + f"<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" "
          'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
          '<w:lang w:val="fy-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + style("Normal", "Normal", extra="<w:qFormat/>")
          + style("Title", "Title", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>')
          + style("Subtitle", "Subtitle", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>')
          + style("Heading1", "heading 1", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
                  '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>')
          + style("Bibliography", "Bibliography", extra='<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" '
                  'w:hanging="720"/></w:pPr>')
          + style("EndnoteText", "endnote text", extra='<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" '
                  'w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>')
          + style("EndnoteReference", "endnote reference", "character", '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>')
          + style("Hyperlink", "Hyperlink", "character", '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>')
          + "</w:styles>")
SETTINGS = (DECL + f"<w:settings {W_NS}>" '<w:zoom w:percent="120"/><w:proofState w:spelling="clean" '
            'w:grammar="clean"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote '
            'w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/></w:compat><w:rsids>' + "".join(f'<w:rsid w:val="{x}"/>' for x in (R0, R1, R2))
            + '</w:rsids><w:themeFontLang w:val="fy-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
            "</w:settings>")
WEB = DECL + '<w:webSettings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>'
FONTS = (DECL + '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Calibri">'
         '<w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch '
         'w:val="variable"/></w:font><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
         '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>')
CORE = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Sjoukje de Vries</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>Sjoukje de Vries</cp:lastModifiedBy><cp:revision>23</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-20T13:02:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-12T15:47:00Z</dcterms:modified></cp:coreProperties>')
APP = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
       '<TotalTime>412</TotalTime><Pages>4</Pages><Words>1187</Words><Characters>6772</Characters>'
       '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>56</Lines>'
       '<Paragraphs>15</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Fryske Akademy</Company>'
       '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>7944</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
       '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>')
OV = lambda part, typ: f'<Override PartName="{part}" ContentType="application/vnd.openxmlformats-officedocument.{typ}"/>'
CT = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      + OV("/word/document.xml", "wordprocessingml.document.main+xml")
      + OV("/word/styles.xml", "wordprocessingml.styles+xml") + OV("/word/settings.xml", "wordprocessingml.settings+xml")
      + OV("/word/webSettings.xml", "wordprocessingml.webSettings+xml")
      + OV("/word/footnotes.xml", "wordprocessingml.footnotes+xml") + OV("/word/endnotes.xml", "wordprocessingml.endnotes+xml")
      + OV("/word/fontTable.xml", "wordprocessingml.fontTable+xml")
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + OV("/docProps/app.xml", "extended-properties+xml") + "</Types>")

members = [("[Content_Types].xml", CT), ("_rels/.rels", ROOT_RELS), ("word/document.xml", DOCUMENT),
           ("word/_rels/document.xml.rels", DOC_RELS), ("word/footnotes.xml", FOOTNOTES), ("word/endnotes.xml", ENDNOTES),
           ("word/_rels/endnotes.xml.rels", EN_RELS), ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
           ("word/webSettings.xml", WEB), ("word/fontTable.xml", FONTS), ("docProps/core.xml", CORE),
           ("docProps/app.xml", APP)]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in members:
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data.encode("utf-8"))

# the text the builder checks: body paragraphs, notes, bibliography (as a reader of the document sees them)
import re
plain = lambda x: re.sub(r"<[^>]+>", "", x.replace("<w:tab/>", "\t")).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
forms = [plain(p_) for p_ in re.findall(r"<w:p [^>]*>.*?</w:p>", DOCUMENT)] + [txt for _, txt, _ in notes] \
        + [e[2] for e in S.values()]
write_bytes(NAME, buf.getvalue(), forms, KEYS)
if __name__ == "__main__" and "-v" in sys.argv:
    for i, (src, txt, url) in enumerate(notes, 1):
        print(i, txt)
