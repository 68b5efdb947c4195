#!/usr/bin/env python3
"""Builds digests/214_word_2003_xml_ukrainian_classic_dl_syllabus.xml: a Ukrainian course syllabus ("Силабус
спецкурсу «Класика глибокого навчання»") saved from Word as "Word 2003 XML Document" (WordprocessingML 2003): the
XML declaration and the <?mso-application progid="Word.Document"?> processing instruction on their own CRLF-ended
lines, then the whole w:wordDocument on one line, xml:space="preserve"; w:ignoreSubtree, o:DocumentProperties,
w:fonts, w:lists (listDef + list/ilfo), w:styles, w:docPr, and w:body with one wx:sect whose headings open nested
wx:sub-section elements (Word's auxiliary hints), paragraphs with wsp:rsid attributes, runs split where Word splits
them (w:proofErr spellStart/spellEnd around unknown words, rsid changes, italics), bullet paragraphs with w:listPr and
wx:t/wx:font hints, a w:tbl reading schedule (tblGrid, tcW, a gridSpan'd note row, vmerge), w:hlink hyperlinks with
the Hyperlink character style, an inline w:footnote, and w:sectPr (A4, margins).

Evidence: w:hlink to the arXiv abs page of ResNet and of dataset condensation, to SAM's arXiv pdf (link);
"arXiv:1502.01852" after He et al.'s title and "arXiv 2007.01434" after "In Search of Lost Domain Generalization"
(arxiv-text); backprop (1986), LeNet, AlexNet, Glorot & Bengio, LSTM (not on arXiv), AdamW under its first title
("Fixing Weight Decay Regularization in Adam"), shortcut learning and the CNN-vs-FC sample-efficiency paper (split
into runs by spell-check marks) (title-only). Non-papers: the Goodfellow–Bengio–Courville book in Ukrainian
translation, Dive into Deep Learning, CS231n, a Moodle course, a Google Classroom code, a YouTube playlist. ResNet,
LeNet-5, AlexNet, LSTM, Adam, AdamW, SAM, ReLU, PReLU, Xavier/He initialisation are nicknames. The lecturer,
department, room 4-217, registration number 1417.22815 and dates are invented."""
import os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "214_word_2003_xml_ukrainian_classic_dl_syllabus.xml")

RS = ["00C41A2E", "00D83F51", "0051B7A9", "00F2146C"]


def t(s):
    return f"<w:t>{escape(s)}</w:t>"


def r(s, i=False, b=False, style=None, rs=0):
    pr = ""
    if style or i or b:
        pr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if b else "") + ("<w:i/>" if i else "") + "</w:rPr>"
    return f'<w:r wsp:rsidR="{RS[rs]}">{pr}{t(s)}</w:r>'


def spell(word, rs=0):
    return '<w:proofErr w:type="spellStart"/>' + r(word, rs=rs) + '<w:proofErr w:type="spellEnd"/>'


def link(url, text, rs=0):
    return f'<w:hlink w:dest="{escape(url)}">' + r(text, style="Hyperlink", rs=rs) + "</w:hlink>"


def p(*runs, style=None, lst=False, jc=None, rs=0):
    ppr = ""
    if style or lst or jc:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if lst:
            ppr += '<w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="·"/><wx:font wx:val="Symbol"/></w:listPr>'
        if jc: ppr += f'<w:jc w:val="{jc}"/>'
        ppr += "</w:pPr>"
    return f'<w:p wsp:rsidR="{RS[rs]}" wsp:rsidRDefault="{RS[0]}">{ppr}' + "".join(runs) + "</w:p>"


def footnote(text):
    return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnote><w:p wsp:rsidR="00D83F51" wsp:rsidRDefault="00C41A2E">'
            '<w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote></w:r>')


W = [1020, 2400, 4300, 1920]


def cell(content_paras, w, span=None, vmerge=None, shade=False):
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span else "") + \
         ({"restart": '<w:vmerge w:val="restart"/>', "cont": "<w:vmerge/>"}[vmerge] if vmerge else "") + \
         ('<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if shade else "")
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>" + "".join(content_paras) + "</w:tc>"


def row(cells, header=False):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return "<w:tr>" + trpr + "".join(cells) + "</w:tr>"


def simple_row(cols, header=False, vm=None):
    cs = []
    for k, c in enumerate(cols):
        paras = c if isinstance(c, list) else [p(r(c, b=header))]
        cs.append(cell(paras, W[k], shade=header, vmerge=(vm or {}).get(k)))
    return row(cs, header)


rows = [
    simple_row(["Тиж.", "Тема", "Обов’язкове читання", "Додатково"], header=True),
    simple_row(["1", "Зворотне поширення помилки",
                [p(r("Learning representations by back-propagating errors", i=True), r(" (Nature, 1986)"), footnote(
                    "Оригінальна стаття: Nature, т. 323, с. 533–536. Скан є в бібліотеці курсу на Moodle."))],
                "Розділ 6 книги «Глибоке навчання» (укр. переклад)"]),
    simple_row(["2", "Згорткові мережі",
                [p(r("Gradient-Based Learning Applied to Document Recognition", i=True), r(" — LeNet-5, читати розділи I–III")),
                 p(r("ImageNet Classification with Deep Convolutional Neural Networks", i=True, rs=1), r(" (AlexNet)", rs=1))],
                "CS231n, лекції 5–6"], vm={3: "restart"}),
    simple_row(["3", "Ініціалізація й активації",
                [p(r("Understanding the difficulty of training deep feedforward neural networks", i=True), r(" (Xavier)")),
                 p(r("Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification", i=True, rs=2),
                   r(", arXiv:1502.01852 — PReLU та ініціалізація He", rs=2))],
                [p()]], vm={3: "cont"}),
    simple_row(["4", "Залишкові зв’язки",
                [p(link("https://arxiv.org/abs/1512.03385", "Deep Residual Learning for Image Recognition"))],
                "Dive into Deep Learning, розд. 8.6"]),
    simple_row(["5", "Рекурентні мережі",
                [p(r("Long Short-Term Memory", i=True), r(" (Neural Computation, 1997) — лише розділи 1–4"))],
                "Блог Кристофера Ола про LSTM"]),
    simple_row(["6", "Оптимізація",
                [p(r("Fixing Weight Decay Regularization in Adam", i=True), r(" — це перша назва статті про AdamW; "
                                                                                 "у бібліотеці курсу вона під цією назвою")),
                 p('<w:proofErr w:type="spellStart"/>', r("Sharpness-Aware", rs=3), '<w:proofErr w:type="spellEnd"/>',
                   link("https://arxiv.org/pdf/2010.01412", " Minimization for Efficiently Improving Generalization", rs=3))],
                "Оглядова лекція про Adam (YouTube)"]),
    simple_row(["7", "Узагальнення та зсув розподілу",
                [p(r("Shortcut Learning in Deep Neural Networks", i=True)),
                 p(r("Why Are Convolutional Nets More ", i=True), '<w:proofErr w:type="spellStart"/>', r("Sample-Efficient", i=True, rs=1),
                   '<w:proofErr w:type="spellEnd"/>', r(" than ", i=True, rs=1), '<w:proofErr w:type="spellStart"/>',
                   r("Fully-Connected", i=True, rs=1), '<w:proofErr w:type="spellEnd"/>', r(" Nets?", i=True, rs=1)),
                 p(r("In Search of Lost Domain Generalization", i=True, rs=2), r(" (arXiv 2007.01434) — бенчмарк DomainBed", rs=2))],
                "—"]),
    simple_row(["8", "Стиснення даних",
                [p(link("https://arxiv.org/abs/2006.05929", "Dataset Condensation with Gradient Matching"), r(" — синтетичні навчальні набори"))],
                "—"]),
    row([cell([p(r("Примітка: статті без посилань є в бібліотеці курсу (Moodle → «Матеріали» → «Читання»).", i=True))], sum(W), span=4)]),
]
TABLE = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
         + "".join(f'<w:gridCol w:w="{x}"/>' for x in W) + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")


def section(heading, level, *content):
    return f"<wx:sub-section>{p(r(heading), style=f'Heading{level}')}" + "".join(content) + "</wx:sub-section>"


BODY = (
    p(r("Київський національний університет імені Тараса Шевченка"), style="Subtitle", jc="center")
    + section("Силабус спецкурсу «Класика глибокого навчання»", 1,
              p(r("Весняний семестр 2024 р. Кафедра інтелектуальних програмних систем. Реєстраційний номер програми 1417.22815.")),
              section("Загальна інформація", 2,
                      p(r("Викладачка: "), r("канд. техн. наук Олена Мельник", b=True), r(" (olena.melnyk@example.edu.ua)."), lst=True),
                      p(r("Лекції: вівторок, 10:00–11:20, ауд. 4-217; практичні — четвер, 13:00–14:20, комп’ютерний клас 3-105."), lst=True),
                      p(r("Курс на "), link("https://moodle.example.edu.ua/course/view.php?id=4412", "Moodle"),
                        r("; код Google Classroom: "), r("k7vq2mx", b=True), r("."), lst=True, rs=1),
                      p(r("Консультації: за попереднім записом, щосереди після 15:00."), lst=True)),
              section("Мета курсу", 2,
                      p(r("Студенти читають оригінальні статті, з яких виросло сучасне глибоке навчання, і відтворюють ключові "
                          "експерименти в зменшеному масштабі (MNIST, CIFAR-10). Ми свідомо не беремо трансформери — для них є "
                          "окремий курс навесні 2025 р."))),
              section("Розклад читань", 2, TABLE,
                      p(r("Статті читаються до заняття; на занятті — 10-хвилинна доповідь одного студента і обговорення.", rs=2))),
              section("Підручники та інші матеріали (не статті)", 2,
                      p(r("Гудфеллоу Я., Бенджіо Й., Курвіль А. «Глибоке навчання» (укр. переклад, 2023)."), lst=True),
                      p(link("https://d2l.ai/", "Dive into Deep Learning"), r(" — відкритий підручник з кодом."), lst=True),
                      p(link("https://cs231n.stanford.edu/", "CS231n: Deep Learning for Computer Vision"), r(" (курс Стенфорда)."), lst=True),
                      p(link("https://www.youtube.com/playlist?list=PLk8_v2Nq0tZ1xkS5y3lLqXnGhj8EYb0Qr", "Плейліст лекцій курсу на YouTube"),
                        r(" (записи 2023 р.)."), lst=True, rs=3)),
              section("Оцінювання", 2,
                      p(r("Доповідь — 20 балів; три практичні завдання — по 15 балів; підсумковий проєкт — 35 балів.")),
                      p(r("Дедлайн проєкту: 31 травня 2024 р. Запізнення — мінус 5 балів за кожну добу.", rs=1))))
)

SECT = ('<w:sectPr wsp:rsidR="00C41A2E"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" '
        'w:left="1701" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:line-pitch="360"/></w:sectPr>')

STYLES = (
    '<w:styles><w:versionOfBuiltInStylenames w:val="7"/><w:latentStyles w:defLockedState="off" w:latentStyleCount="376"/>'
    '<w:style w:type="paragraph" w:default="on" w:styleId="Normal"><w:name w:val="Normal"/><w:rsid w:val="00C41A2E"/>'
    '<w:pPr><w:spacing w:after="160" w:line="259" w:line-rule="auto"/></w:pPr><w:rPr><wx:font wx:val="Calibri"/>'
    '<w:sz w:val="22"/><w:sz-cs w:val="22"/><w:lang w:val="UK" w:fareast="EN-US" w:bidi="AR-SA"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><wx:uiName wx:val="Heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:rsid w:val="00C41A2E"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:h-ansi="Calibri Light"/><wx:font wx:val="Calibri Light"/>'
    '<w:color w:val="2F5496"/><w:sz w:val="32"/><w:sz-cs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><wx:uiName wx:val="Heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:link w:val="Heading2Char"/><w:rsid w:val="00C41A2E"/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="40" w:after="0"/>'
    '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:h-ansi="Calibri Light"/><wx:font wx:val="Calibri Light"/>'
    '<w:color w:val="2F5496"/><w:sz w:val="26"/><w:sz-cs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:rsid w:val="00C41A2E"/><w:rPr><w:color w:val="5A5A5A"/><w:spacing w:val="15"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><wx:uiName wx:val="Footnote Text"/><w:basedOn w:val="Normal"/>'
    '<w:rsid w:val="00D83F51"/><w:pPr><w:spacing w:after="0" w:line="240" w:line-rule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="on" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
    '<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/><w:link w:val="Heading1"/><w:rsid w:val="00C41A2E"/>'
    '<w:rPr><w:color w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Heading2Char"><w:name w:val="Heading 2 Char"/><w:link w:val="Heading2"/><w:rsid w:val="00C41A2E"/>'
    '<w:rPr><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rsid w:val="00C41A2E"/><w:rPr><w:color w:val="0563C1"/>'
    '<w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><wx:uiName wx:val="Footnote Reference"/>'
    '<w:rsid w:val="00D83F51"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="on" w:styleId="TableNormal"><w:name w:val="Normal Table"/><wx:uiName wx:val="Table Normal"/>'
    '<w:rPr><wx:font wx:val="Calibri"/><w:lang w:val="UK" w:fareast="EN-US" w:bidi="AR-SA"/></w:rPr><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    '</w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:rsid w:val="00C41A2E"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
    '<w:left w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
    '<w:style w:type="list" w:default="on" w:styleId="NoList"><w:name w:val="No List"/></w:style></w:styles>')

LISTS = ('<w:lists><w:listDef w:listDefId="0"><w:lsid w:val="1C6B3A52"/><w:plt w:val="HybridMultilevel"/><w:tmpl w:val="8E9C0A1E"/>'
         '<w:lvl w:ilvl="0" w:tplc="04220001"><w:start w:val="1"/><w:nfc w:val="23"/><w:lvlText w:val="·"/><w:lvlJc w:val="left"/>'
         '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:h-ansi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
         '</w:listDef><w:list w:ilfo="1"><w:ilst w:val="0"/></w:list></w:lists>')

PROPS = ('<o:DocumentProperties><o:Title>Силабус: Класика глибокого навчання</o:Title><o:Author>Олена Мельник</o:Author>'
         '<o:LastAuthor>Олена Мельник</o:LastAuthor><o:Revision>7</o:Revision><o:TotalTime>214</o:TotalTime>'
         '<o:Created>2024-01-29T08:12:00Z</o:Created><o:LastSaved>2024-02-05T16:47:00Z</o:LastSaved><o:Pages>2</o:Pages>'
         '<o:Words>486</o:Words><o:Characters>3309</o:Characters><o:Company>КНУ</o:Company><o:Lines>27</o:Lines>'
         '<o:Paragraphs>7</o:Paragraphs><o:CharactersWithSpaces>3788</o:CharactersWithSpaces><o:Version>16</o:Version></o:DocumentProperties>')

FONTS = ('<w:fonts><w:defaultFonts w:ascii="Calibri" w:fareast="Calibri" w:h-ansi="Calibri" w:cs="Times New Roman"/>'
         '<w:font w:name="Times New Roman"><w:panose-1 w:val="02020603050405020304"/><w:charset w:val="CC"/><w:family w:val="Roman"/>'
         '<w:pitch w:val="variable"/><w:sig w:usb-0="E0002EFF" w:usb-1="C000785B" w:usb-2="00000009" w:usb-3="00000000" w:csb-0="000001FF" w:csb-1="00000000"/></w:font>'
         '<w:font w:name="Symbol"><w:panose-1 w:val="05050102010706020507"/><w:charset w:val="02"/><w:family w:val="Roman"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb-0="00000000" w:usb-1="10000000" w:usb-2="00000000" w:usb-3="00000000" w:csb-0="80000000" w:csb-1="00000000"/></w:font>'
         '<w:font w:name="Calibri"><w:panose-1 w:val="020F0502020204030204"/><w:charset w:val="CC"/><w:family w:val="Swiss"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb-0="E4002EFF" w:usb-1="C200247B" w:usb-2="00000009" w:usb-3="00000000" w:csb-0="000001FF" w:csb-1="00000000"/></w:font>'
         '<w:font w:name="Calibri Light"><w:panose-1 w:val="020F0302020204030204"/><w:charset w:val="CC"/><w:family w:val="Swiss"/><w:pitch w:val="variable"/>'
         '<w:sig w:usb-0="E4002EFF" w:usb-1="C200247B" w:usb-2="00000009" w:usb-3="00000000" w:csb-0="000001FF" w:csb-1="00000000"/></w:font></w:fonts>')

DOCPR = ('<w:docPr><w:view w:val="print"/><w:zoom w:percent="110"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
         '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="DontCompress"/>'
         '<w:validateAgainstSchema/><w:saveInvalidXML w:val="off"/><w:ignoreMixedContent w:val="off"/><w:alwaysShowPlaceholderText w:val="off"/>'
         '<w:footnotePr><w:footnote w:type="separator"><w:p wsp:rsidR="00C41A2E" wsp:rsidRDefault="00C41A2E"><w:r><w:separator/></w:r></w:p></w:footnote>'
         '<w:footnote w:type="continuation-separator"><w:p wsp:rsidR="00C41A2E" wsp:rsidRDefault="00C41A2E"><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotePr>'
         '<w:compat><w:breakWrappedTables/><w:snapToGridInCell/><w:wrapTextWithPunct/><w:useAsianBreakRules/><w:dontGrowAutofit/></w:compat>'
         '<wsp:rsids><wsp:rsidRoot wsp:val="00C41A2E"/>' + "".join(f'<wsp:rsid wsp:val="{x}"/>' for x in sorted(RS)) + '</wsp:rsids></w:docPr>')

ROOT_OPEN = ('<w:wordDocument xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
             'xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
             'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
             'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
             'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wsp="http://schemas.microsoft.com/office/word/2003/wordml/sp2" '
             'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">')

doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<?mso-application progid="Word.Document"?>\r\n' + ROOT_OPEN
       + '<w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>' + PROPS + FONTS + LISTS + STYLES
       + '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
       + DOCPR + "<w:body><wx:sect>" + BODY + SECT + "</wx:sect></w:body></w:wordDocument>")
check_no_distractor(doc, "214")
open(OUT, "w", encoding="utf-8", newline="").write(doc)
print(OUT, len(doc))
