#!/usr/bin/env python3
"""622: an Excel "XML Spreadsheet 2003" file (File → Save As → XML Spreadsheet 2003, as Excel 2016 writes it): CRLF
line ends, <?mso-application progid="Excel.Sheet"?>, DocumentProperties / OfficeDocumentSettings / ExcelWorkbook,
Styles (Default, Hyperlink s62, header and date styles; x:CharSet="162" = Turkish), two Worksheets whose Table
carries ss:ExpandedColumnCount / ss:ExpandedRowCount, cells with ss:HRef hyperlinks, ss:Index skips, DateTime and
Number data, an R1C1 ss:Formula, a cell Comment with HTML-namespaced rich text, "&#10;" line breaks inside cells,
WorksheetOptions. A Turkish reading tracker for a large-language-model seminar."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, crlf, write_raw
from make_expected import F622, keys, GPT1


def esc(s):
    return escape(s, {'"': "&quot;"}).replace("\n", "&#10;")


def cell(v, style=None, href=None, typ=None, index=None, formula=None, comment=None):
    a = ""
    if index: a += f' ss:Index="{index}"'
    if style: a += f' ss:StyleID="{style}"'
    if formula: a += f' ss:Formula="{esc(formula)}"'
    if href: a += f' ss:HRef="{esc(href)}"'
    t = typ or ("Number" if isinstance(v, (int, float)) else "String")
    s = f'<Cell{a}><Data ss:Type="{t}">{esc(str(v))}</Data>'
    if comment:
        au_, txt = comment
        s += (f'<Comment ss:Author="{esc(au_)}"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B><Font '
              f'html:Face="Tahoma" x:CharSet="162" html:Size="9" html:Color="#000000">{esc(au_)}:</Font></B><Font '
              f'html:Face="Tahoma" x:CharSet="162" html:Size="9" html:Color="#000000">&#10;{esc(txt)}</Font></ss:Data></Comment>')
    return s + "</Cell>"


HEAD = ["No", "Makale başlığı", "Yazarlar", "Yıl", "Bağlantı", "Durum", "Sunum tarihi", "Sunan", "Notlar"]
papers = [
 (T("2005.14165"), au("2005.14165"), 2020, ("https://arxiv.org/abs/2005.14165", "https://arxiv.org/abs/2005.14165"), "Okundu", "2024-02-20", "Elif K.",
  "Az örnekle öğrenme (few-shot) kavramının çıkış noktası.\nEk A'daki veri temizleme kısmına bakın."),
 (T(GPT1), au(GPT1), 2018, None, "Okundu", "2024-02-20", "Elif K.",
  "OpenAI teknik raporu; arXiv'de yok, PDF grup klasöründe."),
 (T("2302.13971"), au("2302.13971"), 2023, None, "Okundu", "2024-02-27", "Burak T.",
  "arXiv 2302.13971 — bağlantı hücresi bozuldu, numarayı elle yazdım.\nEğitim verisi karışımı tablosu sınavda çıkabilir."),
 (T("2205.01068"), au("2205.01068"), 2022, ("https://arxiv.org/abs/2205.01068", "arXiv sayfası"), "Okundu", "2024-02-27", "Burak T.",
  "Eğitim günlüğü (logbook) ayrı bir belge, makale değil."),
 (T("2009.03300"), au("2009.03300"), 2021, None, "Okunuyor", "2024-03-05", "Zeynep A.",
  "57 konu, çoktan seçmeli. Türkçe çevirisini yapan bir grup var mı? Araştır."),
 (T("2306.05685"), au("2306.05685"), 2023, ("https://arxiv.org/pdf/2306.05685.pdf", "PDF"), "Okunuyor", "2024-03-05", "Zeynep A.",
  "Hakem olarak LLM: konum yanlılığı, uzunluk yanlılığı."),
 (T("2306.11644"), au("2306.11644"), 2023, None, "Sırada", "2024-03-12", "Mert Y.",
  "Veri kalitesi > model boyutu tartışması; küçük kod modeli."),
 (T("2303.18223"), au("2303.18223"), 2023, ("https://arxiv.org/abs/2303.18223", "https://arxiv.org/abs/2303.18223"), "Sırada", "2024-03-19", "Herkes",
  "Genel tekrar için; çok uzun (100+ sayfa), sadece 4. ve 5. bölümler."),
]
nonpapers = [
 ("EleutherAI lm-evaluation-harness (yazılım)", "EleutherAI", "", ("https://github.com/EleutherAI/lm-evaluation-harness", "GitHub"),
  "Kaynak", "Makale değil; MMLU deneylerini bununla çalıştıracağız."),
 ("Open LLM Leaderboard (liderlik tablosu)", "Hugging Face", "", ("https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard", "HF Space"),
  "Kaynak", "Liderlik tablosu, makale değil."),
 ("Stanford CS324 ders notları", "Stanford", "", ("https://stanford-cs324.github.io/winter2022/", "Ders sayfası"), "Kaynak",
  "Ders notları; giriş için iyi."),
]

rows = []
rows.append('<Row ss:AutoFitHeight="0" ss:Height="18.75">' + cell("YZ Semineri – Büyük Dil Modelleri Okuma Listesi (Bahar 2024)", "s70") + "</Row>")
rows.append('<Row ss:AutoFitHeight="0">' + cell("Son güncelleme: 04.03.2024 · Sorumlu: Dr. Öğr. Üyesi Selin Kaya", "s71") + "</Row>")
rows.append('<Row ss:Index="4" ss:AutoFitHeight="0" ss:Height="30">' + "".join(cell(h, "s63") for h in HEAD) + "</Row>")
for i, (t, a, y, link, st, date, who, note) in enumerate(papers, 1):
    c = [cell(i, "s64"), cell(t, "s65"), cell(a, "s65"), cell(y, "s64")]
    c.append(cell(link[1], "s62", href=link[0]) if link else cell("—", "s64"))
    com = ("Selin Kaya", "GPT serisinin ilk raporu; tarihsel bağlam için.") if t == T(GPT1) else None
    c += [cell(st, "s64"), cell(date + "T00:00:00.000", "s66", typ="DateTime"), cell(who, "s64"), cell(note, "s67", comment=com)]
    rows.append('<Row ss:AutoFitHeight="0" ss:Height="45">' + "".join(c) + "</Row>")
for j, (t, a, y, link, st, note) in enumerate(nonpapers, len(papers) + 1):
    rows.append('<Row ss:AutoFitHeight="0" ss:Height="30">' + "".join([cell(j, "s64"), cell(t, "s65"), cell(a, "s65"),
                cell(link[1], "s62", href=link[0], index=5), cell(st, "s64"), cell(note, "s67", index=9)]) + "</Row>")
n_last = 4 + len(papers) + len(nonpapers)
rows.append(f'<Row ss:Index="{n_last + 2}" ss:AutoFitHeight="0">' + cell("Okunan makale sayısı:", "s68", index=2)
            + cell(4, "s69", formula=f'=COUNTIF(R[-{n_last + 2 - 5}]C[3]:R[-{len(nonpapers) + 2}]C[3],"Okundu")') + "</Row>")
ROWS1 = n_last + 2

sched = [("Tarih", "Konu", "Sunan", "Salon"),
         ("2024-02-20", "Makale 1–2: GPT öncesi ve sonrası", "Elif K.", "B-204"),
         ("2024-02-27", "Makale 3–4: Açık modeller", "Burak T.", "B-204"),
         ("2024-03-05", "Makale 5–6: Değerlendirme", "Zeynep A.", "Çevrim içi (Zoom)"),
         ("2024-03-12", "Makale 7: Veri kalitesi", "Mert Y.", "B-204"),
         ("2024-03-19", "Makale 8 + genel tekrar", "Herkes", "Konferans salonu"),
         ("2024-03-26", "Ara sınav haftası – seminer yok", "", "")]
rows2 = []
for k, r in enumerate(sched):
    if k == 0:
        rows2.append("<Row>" + "".join(cell(x, "s63") for x in r) + "</Row>")
    else:
        cs = [cell(r[0] + "T00:00:00.000", "s66", typ="DateTime"), cell(r[1], "s65")]
        cs += [cell(x, "s64") for x in r[2:] if x]
        rows2.append("<Row>" + "".join(cs) + "</Row>")

FONT = 'ss:FontName="Calibri" x:CharSet="162" x:Family="Swiss" ss:Size="11"'
xml = f"""<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Author>Selin Kaya</Author>
  <LastAuthor>Zeynep Aydın</LastAuthor>
  <Created>2024-02-08T07:41:22Z</Created>
  <LastSaved>2024-03-04T18:02:10Z</LastSaved>
  <Company>Ege Kıyısı Üniversitesi (kurgusal)</Company>
  <Version>16.00</Version>
 </DocumentProperties>
 <OfficeDocumentSettings xmlns="urn:schemas-microsoft-com:office:office">
  <AllowPNG/>
 </OfficeDocumentSettings>
 <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel">
  <WindowHeight>11640</WindowHeight>
  <WindowWidth>23040</WindowWidth>
  <WindowTopX>32767</WindowTopX>
  <WindowTopY>32767</WindowTopY>
  <ProtectStructure>False</ProtectStructure>
  <ProtectWindows>False</ProtectWindows>
 </ExcelWorkbook>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal">
   <Alignment ss:Vertical="Bottom"/>
   <Borders/>
   <Font {FONT} ss:Color="#000000"/>
   <Interior/>
   <NumberFormat/>
   <Protection/>
  </Style>
  <Style ss:ID="s62" ss:Name="Köprü">
   <Font {FONT} ss:Color="#0563C1" ss:Underline="Single"/>
  </Style>
  <Style ss:ID="s63">
   <Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/>
   <Borders>
    <Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="2"/>
   </Borders>
   <Font {FONT} ss:Color="#FFFFFF" ss:Bold="1"/>
   <Interior ss:Color="#1F4E78" ss:Pattern="Solid"/>
  </Style>
  <Style ss:ID="s64">
   <Alignment ss:Horizontal="Center" ss:Vertical="Top"/>
  </Style>
  <Style ss:ID="s65">
   <Alignment ss:Vertical="Top" ss:WrapText="1"/>
  </Style>
  <Style ss:ID="s66">
   <Alignment ss:Horizontal="Center" ss:Vertical="Top"/>
   <NumberFormat ss:Format="Short Date"/>
  </Style>
  <Style ss:ID="s67">
   <Alignment ss:Vertical="Top" ss:WrapText="1"/>
   <Font {FONT} ss:Color="#595959" ss:Italic="1"/>
  </Style>
  <Style ss:ID="s68">
   <Alignment ss:Horizontal="Right" ss:Vertical="Bottom"/>
   <Font {FONT} ss:Color="#000000" ss:Bold="1"/>
  </Style>
  <Style ss:ID="s69">
   <Font {FONT} ss:Color="#000000" ss:Bold="1"/>
   <Interior ss:Color="#E2EFDA" ss:Pattern="Solid"/>
  </Style>
  <Style ss:ID="s70">
   <Font ss:FontName="Calibri Light" x:CharSet="162" x:Family="Swiss" ss:Size="15" ss:Color="#1F4E78" ss:Bold="1"/>
  </Style>
  <Style ss:ID="s71">
   <Font {FONT} ss:Color="#7F7F7F" ss:Italic="1"/>
  </Style>
 </Styles>
 <Worksheet ss:Name="Okuma listesi">
  <Names>
   <NamedRange ss:Name="_FilterDatabase" ss:RefersTo="='Okuma listesi'!R4C1:R{n_last}C9" ss:Hidden="1"/>
  </Names>
  <Table ss:ExpandedColumnCount="9" ss:ExpandedRowCount="{ROWS1}" x:FullColumns="1"
   x:FullRows="1" ss:DefaultRowHeight="15">
   <Column ss:AutoFitWidth="0" ss:Width="27.75"/>
   <Column ss:AutoFitWidth="0" ss:Width="285.75"/>
   <Column ss:AutoFitWidth="0" ss:Width="180"/>
   <Column ss:AutoFitWidth="0" ss:Width="36"/>
   <Column ss:AutoFitWidth="0" ss:Width="150.75"/>
   <Column ss:AutoFitWidth="0" ss:Width="60.75"/>
   <Column ss:AutoFitWidth="0" ss:Width="66"/>
   <Column ss:AutoFitWidth="0" ss:Width="63"/>
   <Column ss:AutoFitWidth="0" ss:Width="260.25"/>
""" + "".join(f"   {r}\n" for r in rows) + f"""  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <PageSetup>
    <Layout x:Orientation="Landscape"/>
    <Header x:Margin="0.3"/>
    <Footer x:Margin="0.3"/>
    <PageMargins x:Bottom="0.75" x:Left="0.7" x:Right="0.7" x:Top="0.75"/>
   </PageSetup>
   <Print>
    <ValidPrinterInfo/>
    <PaperSizeIndex>9</PaperSizeIndex>
    <HorizontalResolution>600</HorizontalResolution>
    <VerticalResolution>600</VerticalResolution>
   </Print>
   <Selected/>
   <FreezePanes/>
   <FrozenNoSplit/>
   <SplitHorizontal>4</SplitHorizontal>
   <TopRowBottomPane>4</TopRowBottomPane>
   <ActivePane>2</ActivePane>
   <Panes>
    <Pane>
     <Number>3</Number>
    </Pane>
    <Pane>
     <Number>2</Number>
     <ActiveRow>8</ActiveRow>
     <ActiveCol>8</ActiveCol>
    </Pane>
   </Panes>
   <ProtectObjects>False</ProtectObjects>
   <ProtectScenarios>False</ProtectScenarios>
  </WorksheetOptions>
  <AutoFilter x:Range="R4C1:R{n_last}C9" xmlns="urn:schemas-microsoft-com:office:excel">
  </AutoFilter>
 </Worksheet>
 <Worksheet ss:Name="Sunum takvimi">
  <Table ss:ExpandedColumnCount="4" ss:ExpandedRowCount="{len(rows2)}" x:FullColumns="1"
   x:FullRows="1" ss:DefaultRowHeight="15">
   <Column ss:AutoFitWidth="0" ss:Width="66"/>
   <Column ss:AutoFitWidth="0" ss:Width="220.5"/>
   <Column ss:AutoFitWidth="0" ss:Width="63"/>
   <Column ss:AutoFitWidth="0" ss:Width="110.25"/>
""" + "".join(f"   {r}\n" for r in rows2) + """  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <PageSetup>
    <Header x:Margin="0.3"/>
    <Footer x:Margin="0.3"/>
    <PageMargins x:Bottom="0.75" x:Left="0.7" x:Right="0.7" x:Top="0.75"/>
   </PageSetup>
   <ProtectObjects>False</ProtectObjects>
   <ProtectScenarios>False</ProtectScenarios>
  </WorksheetOptions>
 </Worksheet>
</Workbook>
"""
import html
data = crlf(xml).encode("utf-8")
write_raw(F622, data, [xml, html.unescape(xml)], keys(F622))
