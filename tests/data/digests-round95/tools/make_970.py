#!/usr/bin/env python3
"""970: an article for an Arabic department bulletin, written in Markdown and converted with `pandoc -s -t icml` for
the layout team's InDesign / InCopy: pandoc's ICML template (XML declaration with standalone, the two `<?aid …?>`
processing instructions, Document DOMVersion 8.0, the root character / paragraph / table / cell style groups with the
styles the body uses, one Story `pandoc_story` with its StoryPreference), the body unindented — one
ParagraphStyleRange per block (Header1 / Header2 / Paragraph / BulletList / NumList / BlockQuote), CharacterStyleRanges
for plain, Italic, Bold and Link runs, `<Br />` between blocks, a Table with Column / Cell `col:row` elements — and
after the Story the HyperlinkURLDestination / Hyperlink pairs (`htss-n` sources, `uf-n` hyperlinks, the `:` of the
URL escaped as `%3a` in Self). Yang Song's blog post, the diffusers course and a recorded lecture are not papers."""
import os, sys
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(970)
K = dict(gan="1406.2661", ncsn="1907.05600", sde="2011.13456", ssvae="2010.02014", dalle2="2204.06125", sdxl="2307.01952",
         align="2102.05918", siglip="2303.15343")
links = []  # (n, url)


def run(text, style=None, url=None):
    """a CharacterStyleRange; style None = $ID/NormalCharacterStyle"""
    cs = "$ID/NormalCharacterStyle" if style is None else f"CharacterStyle/{style}"
    if url:
        links.append(url)
        n = len(links)
        return (f'  <CharacterStyleRange AppliedCharacterStyle="CharacterStyle/Link">\n'
                f'    <HyperlinkTextSource Self="htss-{n}" Name="" Hidden="false">\n'
                f'      <Content>{escape(text)}</Content>\n    </HyperlinkTextSource>\n  </CharacterStyleRange>')
    return f'  <CharacterStyleRange AppliedCharacterStyle="{cs}">\n    <Content>{escape(text)}</Content>\n  </CharacterStyleRange>'


def par(style, *runs):
    return f'<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/{style}">\n' + "\n".join(runs) + "\n</ParagraphStyleRange>"


def cell_par(style, text):
    return (f'        <ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/{style}">\n'
            f'          <CharacterStyleRange AppliedCharacterStyle="$ID/NormalCharacterStyle">\n'
            f'            <Content>{escape(text)}</Content>\n          </CharacterStyleRange>\n        </ParagraphStyleRange>')


def table(head, rows):
    nc = len(head)
    out = ['<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/TablePar">',
           '  <CharacterStyleRange AppliedCharacterStyle="$ID/NormalCharacterStyle">',
           f'    <Table AppliedTableStyle="TableStyle/Table" HeaderRowCount="1" BodyRowCount="{len(rows)}" ColumnCount="{nc}">']
    out += [f'      <Column Name="{i}" />' for i in range(nc)]
    for r, row in enumerate([head] + rows):
        for c, text in enumerate(row):
            out += [f'      <Cell Name="{c}:{r}" AppliedCellStyle="CellStyle/Cell">',
                    cell_par("TableHeader" if r == 0 else "TablePar", text), "      </Cell>"]
    out += ["    </Table>", "  </CharacterStyleRange>", "</ParagraphStyleRange>"]
    return "\n".join(out)


body = [
    par("Header1", run("من الشبكات التنافسية إلى نماذج الانتشار: قراءات الفصل الثاني لمجموعة القراءة")),
    par("Paragraph", run("د. ليلى حداد، مختبر الرؤية الحاسوبية", "Italic")),
    par("Paragraph", run("في هذا الفصل انتقلت مجموعة القراءة في المختبر من النماذج التوليدية التنافسية إلى النماذج القائمة على "
                         "الدرجة ونماذج الانتشار، ثم إلى نماذج تحويل النص إلى صورة. نجمع هنا الأوراق التي ناقشناها مع روابطها، "
                         "وملاحظات الطلاب كما دوّنها يوسف منصور في محاضر الجلسات.")),
    par("Header2", run("١. نقطة البداية: التدريب التنافسي")),
    par("Paragraph", run("بدأنا بالورقة الأصلية "), run(T(K["gan"]), url="https://arxiv.org/abs/1406.2661"),
        run(" لغودفيلو وزملائه (2014). ما زالت صياغة اللعبة بين المولِّد والمميِّز أوضح مدخل للطلاب الجدد، لكن النقاش انتهى "
            "إلى أن عدم استقرار التدريب هو ما دفع المجال نحو البدائل.")),
    par("Header2", run("٢. النماذج القائمة على الدرجة")),
    par("Paragraph", run("قدّمت مريم العلي ورقة "), run(T(K["ncsn"]), url="https://arxiv.org/abs/1907.05600"),
        run(" (Song وErmon، 2019)، ثم عرض يوسف الصياغة الموحَّدة بالمعادلات التفاضلية العشوائية في "),
        run(T(K["sde"]), url="https://openreview.net/forum?id=PxTIG12RRHS"),
        run("، وهي ورقة ICLR 2021؛ أحلناكم إلى صفحتها على OpenReview لأن نقاش المحكِّمين فيها مفيد.")),
    par("Paragraph", run("وخارج خط الانتشار قرأنا "), run(T(K["ssvae"]), url="https://openreview.net/pdf?id=zOGdf9K8aC"),
        run(" لأنها تربط المشفّرات الذاتية التباينية بالتعلّم الذاتي الإشراف؛ الرابط إلى ملف PDF على OpenReview.")),
    par("Header2", run("٣. من النص إلى الصورة")),
    par("Paragraph", run("ناقشنا "), run(T(K["dalle2"]), "Italic"),
        run(" (arXiv:2204.06125) بالتفصيل: مُسبِق (prior) يحوّل تمثيل النص إلى تمثيل صورة، ثم مفكّك انتشار. وتبعتها جلسة عملية:")),
    par("BulletList", run("الورقة: "), run(T(K["sdxl"]), "Bold"),
        run(" — جرّبنا النموذج على بطاقة A100 واحدة؛ النتائج في مجلد المختبر المشترك.")),
    par("BulletList", run("المقارنة مع الإصدارات السابقة من Stable Diffusion كانت على 200 وصف عربي مترجَم آليًا.")),
    par("Header2", run("٤. تمثيلات الصورة والنص")),
    par("Paragraph", run("بما أن كل نماذج التوليد الشرطي تعتمد على مشفّر نصي مدرَّب على أزواج صورة–نص، خصّصنا جلستين لهذا الموضوع:")),
    table(["الورقة", "السنة", "لماذا نقرؤها"], [
        [T(K["align"]), "2021", "بيانات ضخمة وغير منقّاة تكفي لتعلّم تمثيل مشترك قوي"],
        [T(K["siglip"]), "2023", "خسارة سيغمويد بدل softmax؛ أرخص عند أحجام دفعات كبيرة"],
    ]),
    par("Header2", run("مصادر مساعدة (ليست أوراقًا بحثية)")),
    par("NumList", run("تدوينة Yang Song عن النماذج القائمة على الدرجة: "),
        run("yang-song.net/blog/2021/score", url="https://yang-song.net/blog/2021/score/")),
    par("NumList", run("دورة Hugging Face عن مكتبة diffusers: "),
        run("huggingface.co/learn/diffusion-course", url="https://huggingface.co/learn/diffusion-course/unit0/1")),
    par("NumList", run("تسجيل محاضرة الجلسة الخامسة على قناة القسم: "),
        run("youtu.be/4kXq2Rw9HcE", url="https://youtu.be/4kXq2Rw9HcE")),
    par("BlockQuote", run("«فهمتُ نماذج الانتشار فعلًا فقط عندما رأيتها معادلةً تفاضلية تسير في الاتجاهين.» — من ملاحظات إحدى طالبات الماجستير")),
    par("Paragraph", run("الجلسة القادمة يوم الأحد 17 مارس 2024 الساعة 2 ظهرًا في القاعة 3-112. للاقتراحات راسلوا "),
        run("reading-group@cs.wahat-univ.example", url="mailto:reading-group@cs.wahat-univ.example"), run(".")),
]
out = []
for i, b in enumerate(body):
    out.append(b)
    if i < len(body) - 1: out.append("<Br />")

CHAR = [("Italic", 'FontStyle="Italic"'), ("Bold", 'FontStyle="Bold"'), ("Link", 'Underline="true"')]
PARS = [("Header1", 'LeftIndent="0" PointSize="36"'), ("Header2", 'LeftIndent="0" PointSize="30"'), ("Paragraph", ""),
        ("BulletList", 'BulletsAndNumberingListType="BulletList" LeftIndent="10" FirstLineIndent="-10"'),
        ("NumList", 'BulletsAndNumberingListType="NumberedList" LeftIndent="10" FirstLineIndent="-10"'),
        ("BlockQuote", 'LeftIndent="10" RightIndent="10"'), ("TableHeader", 'FontStyle="Bold"'), ("TablePar", "")]


def cstyle(n, a):
    return (f'      <CharacterStyle Self="CharacterStyle/{n}" Name="{n}" {a}>\n        <Properties>\n'
            f'          <BasedOn type="object">$ID/NormalCharacterStyle</BasedOn>\n        </Properties>\n      </CharacterStyle>')


def pstyle(n, a):
    return (f'      <ParagraphStyle Self="ParagraphStyle/{n}" Name="{n}"{" " + a if a else ""}>\n        <Properties>\n'
            f'          <BasedOn type="object">$ID/NormalParagraphStyle</BasedOn>\n        </Properties>\n      </ParagraphStyle>')


hl = []
for n, url in enumerate(links, 1):
    selfname = "HyperlinkURLDestination/" + url.replace(":", "%3a")
    hl.append(f'  <HyperlinkURLDestination Self={quoteattr(selfname)} Name="link" DestinationURL={quoteattr(url)} DestinationUniqueKey="{n}" />')
    hl.append(f'  <Hyperlink Self="uf-{n}" Name={quoteattr(url)} Source="htss-{n}" Visible="true" DestinationUniqueKey="{n}">\n'
              f'    <Properties>\n      <BorderColor type="enumeration">Black</BorderColor>\n'
              f'      <Destination type="object">{escape(selfname)}</Destination>\n    </Properties>\n  </Hyperlink>')
doc = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?aid style="50" type="snippet" readerVersion="6.0" featureSet="513" product="8.0(370)" ?>
<?aid SnippetType="InCopyInterchange"?>
<Document DOMVersion="8.0" Self="pandoc_doc">
    <RootCharacterStyleGroup Self="pandoc_character_styles">
      <CharacterStyle Self="$ID/NormalCharacterStyle" Name="Default" />
{chr(10).join(cstyle(n, a) for n, a in CHAR)}
    </RootCharacterStyleGroup>
    <RootParagraphStyleGroup Self="pandoc_paragraph_styles">
      <ParagraphStyle Self="$ID/NormalParagraphStyle" Name="$ID/NormalParagraphStyle"
          SpaceBefore="6" SpaceAfter="6"> <!-- paragraph spacing -->
        <Properties>
          <TabList type="list">
            <ListItem type="record">
              <Alignment type="enumeration">LeftAlign</Alignment>
              <AlignmentCharacter type="string">.</AlignmentCharacter>
              <Leader type="string"></Leader>
              <Position type="unit">10</Position> <!-- first tab stop -->
            </ListItem>
          </TabList>
        </Properties>
      </ParagraphStyle>
{chr(10).join(pstyle(n, a) for n, a in PARS)}
    </RootParagraphStyleGroup>
    <RootTableStyleGroup Self="pandoc_table_styles">
      <TableStyle Self="TableStyle/Table" Name="Table" />
    </RootTableStyleGroup>
    <RootCellStyleGroup Self="pandoc_cell_styles">
      <CellStyle Self="CellStyle/Cell" AppliedParagraphStyle="ParagraphStyle/$ID/[No paragraph style]" Name="Cell" />
    </RootCellStyleGroup>
  <Story Self="pandoc_story"
      TrackChanges="false"
      StoryTitle="من الشبكات التنافسية إلى نماذج الانتشار"
      AppliedTOCStyle="n"
      AppliedNamedGrid="n" >
    <StoryPreference OpticalMarginAlignment="true" OpticalMarginSize="12" />

<!-- body needs to be non-indented, otherwise code blocks are indented too far -->
{chr(10).join(out)}

  </Story>
{chr(10).join(hl)}
</Document>
'''
write_only(F, doc, keys(F))
