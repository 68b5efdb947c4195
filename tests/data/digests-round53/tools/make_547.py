#!/usr/bin/env python3
"""547: a Gnumeric 1.12 workbook (.gnumeric: gzip-compressed XML, the program's default save) kept by a Brazilian
reading group on LLM scaling and training systems: a "Leituras" sheet (one row per reading: Nº, Título, Autores,
Onde, Link / id, Sessão, Apresenta, Status, Notas), a "Sessões" sheet (dates as serial numbers with a date format,
rooms, a formula row) and a "Config" sheet. Hyperlinks are Gnumeric style elements (<gnm:HyperLink> inside a
StyleRegion), as the program stores them. Papers: arXiv abs links in cells and hyperlinks (link), an OpenReview
forum link (link), "arXiv:ID" typed in a cell (arxiv-text), titles with venue notes or a JMLR page (title-only).
Not papers: the Megatron-LM and DeepSpeed repositories, a blog post, a YouTube talk, a book, the HF course."""
import gzip, io, os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_bytes
from make_expected import F547, keys

A = "https://arxiv.org/abs/"
# rows of the "Leituras" sheet: (Título, Autores, Onde, Link/id, Sessão, Apresenta, Status, Notas)
rows = [
 (T("2001.08361"), au("2001.08361", 3), "arXiv 2020", "", 1, "Lívia", "lido",
  "Lei de potência perda × N, D, C. Ver fig. 1 antes da sessão."),
 (T("2203.15556"), au("2203.15556", 3), "NeurIPS 2022", "(sem link — pegar no site da conferência)", 1, "Otávio",
  "lido", "\"Chinchilla\": ~20 tokens por parâmetro. Comparar com a tabela do Kaplan."),
 (T("2005.14165"), au("2005.14165", 3), "NeurIPS 2020", A + "2005.14165", 2, "Bia", "lido",
  "Só seções 1–3 e 6; o apêndice de contaminação fica opcional."),
 (T("2205.01068"), au("2205.01068", 3), "arXiv", "arXiv:2205.01068", 2, "Caetano", "lendo",
  "Ler o logbook junto (está no repositório metaseq)."),
 (T("1701.06538"), au("1701.06538", 3), "ICLR 2017", "https://openreview.net/forum?id=" + OR("1701.06538"), 3,
  "Renata", "lendo", "Gating com ruído + perda de balanceamento."),
 (T("2101.03961"), au("2101.03961", 3), "JMLR 23(120), 2022", "https://jmlr.org/papers/v23/21-0998.html", 3,
  "Lívia", "a ler", "Roteamento top-1; comparar capacidade com o MoE de 2017."),
 (T("1909.08053"), au("1909.08053", 3), "arXiv 2019", "(PDF na pasta do grupo)", 4, "Otávio", "a ler",
  "Paralelismo de tensor dentro da camada; ver também o repositório NVIDIA/Megatron-LM."),
 (T("1910.02054"), au("1910.02054", 3), "SC20", "(anais do SC20, acesso pela biblioteca)", 4, "Bia", "a ler",
  "Estágios 1–3 do ZeRO; ligar com o FSDP do PyTorch."),
 ("Extra: The Ultra-Scale Playbook (blog do Hugging Face)", "—", "blog", "https://huggingface.co/spaces/nanotron/ultrascale-playbook",
  4, "", "opcional", "Não é artigo; bom resumo visual."),
 ("Extra: palestra \"Scaling in practice\" (YouTube, 52 min)", "—", "vídeo", "https://www.youtube.com/watch?v=Zq8xExample",
  "", "", "opcional", ""),
]
HYPER = {("2001.08361", 0): A + "2001.08361"}   # the title cell of the Kaplan row links to arXiv (a Gnumeric hyperlink)
sess = [("1", 45336, "Sala B-214", "Leis de escala"), ("2", 45350, "Sala B-214", "Modelos grandes abertos"),
        ("3", 45364, "Online (Jitsi)", "Mistura de especialistas"), ("4", 45378, "Sala B-214", "Sistemas de treino")]


def cell(r, c, v, vt=None, fmt=None):
    a = f'Row="{r}" Col="{c}"'
    if vt: a += f' ValueType="{vt}"'
    if fmt: a += f" ValueFormat={quoteattr(fmt)}"
    return f"        <gnm:Cell {a}>{escape(str(v))}</gnm:Cell>"


STYLE = ('<gnm:Style HAlign="GNM_HALIGN_GENERAL" VAlign="GNM_VALIGN_BOTTOM" WrapText="{w}" ShrinkToFit="0" Rotation="0" '
         'Shade="0" Indent="0" Locked="1" Hidden="0" Fore="{fore}" Back="FFFF:FFFF:FFFF" PatternColor="0:0:0" Format="General">')


def region(c0, r0, c1, r1, bold=0, wrap=0, link=None, fore="0:0:0", under=0):
    L = [f'        <gnm:StyleRegion startCol="{c0}" startRow="{r0}" endCol="{c1}" endRow="{r1}">',
         "          " + STYLE.format(w=wrap, fore=fore)]
    if link: L.append(f'            <gnm:HyperLink type="GnmHLinkURL" target={quoteattr(link)}/>')
    L.append(f'            <gnm:Font Unit="10" Bold="{bold}" Italic="0" Underline="{under}" StrikeThrough="0" Script="0">Sans</gnm:Font>')
    L += ["          </gnm:Style>", "        </gnm:StyleRegion>"]
    return L


def sheet(name, maxcol, maxrow, cells, styles, cols, cursor):
    L = ['    <gnm:Sheet DisplayFormulas="0" HideZero="0" HideGrid="0" HideColHeader="0" HideRowHeader="0" DisplayOutlines="1" '
         'OutlineSymbolsBelow="1" OutlineSymbolsRight="1" Visibility="GNM_SHEET_VISIBILITY_VISIBLE" GridColor="0:0:0">',
         f"      <gnm:Name>{escape(name)}</gnm:Name>", f"      <gnm:MaxCol>{maxcol}</gnm:MaxCol>",
         f"      <gnm:MaxRow>{maxrow}</gnm:MaxRow>", "      <gnm:Zoom>1</gnm:Zoom>",
         "      <gnm:PrintInformation>", '        <gnm:Margins>', '          <gnm:top Points="120" PrefUnit="mm"/>',
         '          <gnm:bottom Points="120" PrefUnit="mm"/>', '          <gnm:left Points="72" PrefUnit="mm"/>',
         '          <gnm:right Points="72" PrefUnit="mm"/>', '          <gnm:header Points="72" PrefUnit="mm"/>',
         '          <gnm:footer Points="72" PrefUnit="mm"/>', "        </gnm:Margins>",
         '        <gnm:Scale type="percentage" percentage="100"/>', '        <gnm:vcenter value="0"/>',
         '        <gnm:hcenter value="0"/>', '        <gnm:grid value="0"/>', '        <gnm:even_if_only_styles value="0"/>',
         '        <gnm:monochrome value="0"/>', '        <gnm:draft value="0"/>', '        <gnm:titles value="0"/>',
         '        <gnm:do_not_print value="0"/>', '        <gnm:print_range value="GNM_PRINT_ACTIVE_SHEET"/>',
         '        <gnm:order>d_then_r</gnm:order>', '        <gnm:orientation>landscape</gnm:orientation>',
         '        <gnm:Header Left="" Middle="&amp;[TAB]" Right=""/>', '        <gnm:Footer Left="" Middle="Página &amp;[PAGE]" Right=""/>',
         '        <gnm:paper>iso_a4</gnm:paper>', '        <gnm:comments placement="GNM_PRINT_COMMENTS_IN_PLACE"/>',
         '        <gnm:errors PrintErrorsAs="GNM_PRINT_ERRORS_AS_DISPLAYED"/>', "      </gnm:PrintInformation>",
         "      <gnm:Styles>"]
    L += styles
    L += ["      </gnm:Styles>", '      <gnm:Cols DefaultSizePts="48">']
    L += [f'        <gnm:ColInfo No="{i}" Unit="{u}"/>' for i, u in cols]
    L += ["      </gnm:Cols>", '      <gnm:Rows DefaultSizePts="12.8">', '        <gnm:RowInfo No="0" Unit="15.75"/>', "      </gnm:Rows>",
          f'      <gnm:Selections CursorCol="{cursor[0]}" CursorRow="{cursor[1]}">',
          f'        <gnm:Selection startCol="{cursor[0]}" startRow="{cursor[1]}" endCol="{cursor[0]}" endRow="{cursor[1]}"/>',
          "      </gnm:Selections>", "      <gnm:Cells>"]
    L += [c for _, _, c in sorted(cells)]
    L += ["      </gnm:Cells>", '      <gnm:SheetLayout TopLeft="A1"/>', "      <gnm:Solver ModelType=\"0\" ProblemType=\"0\" MaxTime=\"0\" MaxIter=\"0\" NonNeg=\"1\" Discr=\"0\" AutoScale=\"0\" ProgramR=\"0\" SensitivityR=\"0\"/>",
          "    </gnm:Sheet>"]
    return L


# sheet 1: Leituras
head = ["Nº", "Título", "Autores", "Onde", "Link / id", "Sessão", "Apresenta", "Status", "Notas"]
cells = [(0, c, cell(0, c, h, 60)) for c, h in enumerate(head)]
styles = region(0, 0, 8, 0, bold=1)
for i, (t, a, onde, link, s, who, st, note) in enumerate(rows, 1):
    vals = [(0, i, 40), (1, t, 60), (2, a, 60), (3, onde, 60), (4, link, 60), (5, s, 40), (6, who, 60), (7, st, 60), (8, note, 60)]
    for c, v, vt in vals:
        if v == "" or v is None: continue
        cells.append((i, c, cell(i, c, v, vt)))
    if link.startswith("http"):
        styles += region(4, i, 4, i, link=link, fore="0:0:FFFF", under=1)
for (k, c), url in HYPER.items():
    r = 1 + next(j for j, row in enumerate(rows) if row[0] == T(k))
    styles += region(c + 1, r, c + 1, r, link=url, fore="0:0:FFFF", under=1)
n = len(rows)
cells.append((n + 2, 1, cell(n + 2, 1, "Lidos:", 60)))
cells.append((n + 2, 2, f'        <gnm:Cell Row="{n + 2}" Col="2">=COUNTIF(H2:H{n + 1},"lido")</gnm:Cell>'))
cells.append((n + 3, 1, cell(n + 3, 1, "Total de artigos (sem extras):", 60)))
cells.append((n + 3, 2, f'        <gnm:Cell Row="{n + 3}" Col="2">=COUNTA(B2:B{n + 1})-COUNTIF(B2:B{n + 1},"Extra:*")</gnm:Cell>'))
styles += region(0, 1, 8, n, wrap=1)
S1 = sheet("Leituras", 8, n + 3, cells, styles, [(0, "30"), (1, "352.5"), (2, "170.25"), (3, "96"), (4, "240"), (5, "42"), (6, "66"), (7, "52.5"), (8, "330")], (7, 4))

# sheet 2: Sessões
c2 = [(0, c, cell(0, c, h, 60)) for c, h in enumerate(["Sessão", "Data", "Local", "Tema", "Nº de leituras"])]
for i, (s, d, loc, tema) in enumerate(sess, 1):
    c2 += [(i, 0, cell(i, 0, s, 40)), (i, 1, cell(i, 1, d, 40, "dd/mm/yyyy")), (i, 2, cell(i, 2, loc, 60)), (i, 3, cell(i, 3, tema, 60)),
           (i, 4, f'        <gnm:Cell Row="{i}" Col="4">=COUNTIF(Leituras!F$2:F${n + 1},A{i + 1})</gnm:Cell>')]
c2 += [(6, 0, cell(6, 0, "Horário: quintas, 16h–17h30. Lanche por conta do PPG.", 60))]
S2 = sheet("Sessões", 4, 6, c2, region(0, 0, 4, 0, bold=1), [(0, "48"), (1, "72"), (2, "102"), (3, "210"), (4, "84")], (1, 2))

# sheet 3: Config
c3 = [(0, 0, cell(0, 0, "Status válidos", 60)), (1, 0, cell(1, 0, "a ler", 60)), (2, 0, cell(2, 0, "lendo", 60)),
      (3, 0, cell(3, 0, "lido", 60)), (4, 0, cell(4, 0, "opcional", 60)),
      (0, 2, cell(0, 2, "Material de apoio (não são artigos)", 60)),
      (1, 2, cell(1, 2, "Curso de NLP do Hugging Face — capítulo sobre treino distribuído", 60)),
      (2, 2, cell(2, 2, "Livro: Dive into Deep Learning, cap. 12 (computação)", 60)),
      (3, 2, cell(3, 2, "Repositório microsoft/DeepSpeed (tutoriais ZeRO)", 60)),
      (4, 2, cell(4, 2, "https://github.com/NVIDIA/Megatron-LM", 60))]
st3 = region(0, 0, 2, 0, bold=1) + region(2, 4, 2, 4, link="https://github.com/NVIDIA/Megatron-LM", fore="0:0:FFFF", under=1)
S3 = sheet("Config", 2, 4, c3, st3, [(0, "84"), (2, "380")], (0, 0))

names = ["Leituras", "Sessões", "Config"]
attrs = [("WorkbookView::show_horizontal_scrollbar", "TRUE"), ("WorkbookView::show_vertical_scrollbar", "TRUE"),
         ("WorkbookView::show_notebook_tabs", "TRUE"), ("WorkbookView::do_auto_completion", "TRUE"),
         ("WorkbookView::is_protected", "FALSE")]
X = ['<?xml version="1.0" encoding="UTF-8"?>',
     '<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gnumeric.org/v9.xsd">',
     '  <gnm:Version Epoch="1" Major="12" Minor="55" Full="1.12.55"/>', "  <gnm:Attributes>"]
for k, v in attrs:
    X += ["    <gnm:Attribute>", f"      <gnm:name>{k}</gnm:name>", f"      <gnm:value>{v}</gnm:value>", "    </gnm:Attribute>"]
X += ["  </gnm:Attributes>",
      '  <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:ooo="http://openoffice.org/2004/office" office:version="1.2">',
      "    <office:meta>", "      <dc:creator>Lívia Nogueira Prado</dc:creator>",
      "      <meta:creation-date>2024-01-22T14:03:51Z</meta:creation-date>",
      "      <dc:date>2024-03-06T19:47:12Z</dc:date>",
      "      <dc:title>Grupo de leitura — escala de LLMs (2024/1)</dc:title>",
      "      <meta:user-defined meta:name=\"Laboratório\">LabIA-Serra (exemplo)</meta:user-defined>",
      "    </office:meta>", "  </office:document-meta>",
      '  <gnm:Calculation ManualRecalc="0" EnableIteration="1" MaxIterations="100" IterationTolerance="0.001" FloatRadix="2" FloatDigits="53"/>',
      "  <gnm:SheetNameIndex>"]
X += [f'    <gnm:SheetName gnm:Cols="256" gnm:Rows="65536">{escape(s)}</gnm:SheetName>' for s in names]
X += ["  </gnm:SheetNameIndex>", '  <gnm:Geometry Width="1366" Height="640"/>', "  <gnm:Sheets>"] + S1 + S2 + S3
X += ["  </gnm:Sheets>", '  <gnm:UIData SelectedTab="0"/>', "</gnm:Workbook>", ""]
xml = "\n".join(X)
buf = io.BytesIO()
with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=1709754432, compresslevel=9) as g:
    g.write(xml.encode("utf-8"))
write_bytes(F547, buf.getvalue(), [xml], keys(F547))
