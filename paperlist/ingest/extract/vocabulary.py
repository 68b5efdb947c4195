"""The words digests use to say what a line is: labels, kinds of things that are not papers, page chrome.

Every rule here is about a *kind* of line (a field label, a comment header, a sponsor line), in the languages
digests are written in (English, Chinese, Japanese). Nothing names a paper, a site or a file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache

from paperlist.cjk import CJK_LETTERS


class Label(StrEnum):
    """What the value after a `Label:` says about the entry it is in."""

    TITLE = "title"  # the paper's title
    LINK = "link"  # where the paper is (arXiv, PDF, URL ...)
    CODE = "code"  # its code
    AUTHORS = "authors"
    AFFILIATIONS = "affiliations"
    VENUE = "venue"
    SUMMARY = "summary"  # the digest's own words about it
    META = "meta"  # anything else: priority, topics, stars, dates, status ... never a paper
    NOT_PAPER = "not-paper"  # the entry is a book, a blog post, a repository ... not a paper


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split("|") if word.strip())


# Labels, lower-cased, by what they announce. Several spellings of one label (`Paper title`, `论文标题`).
_LABELS: dict[Label, tuple[str, ...]] = {
    Label.TITLE: _words(
        "title|paper title|paper|paper name|full title|英文标题|论文标题|论文题目|论文名称|论文名|文章标题|原文标题|"
        "标题|题目|論文|論文名|論文タイトル|タイトル|題目|題名|论文|논문|논문명|논문 제목|제목|"
        # (Vietnamese, Indonesian, Portuguese, Spanish, French, German, Russian)
        "bài báo|tên bài báo|makalah|judul|artigo|título|artículo|titre|titel|статья|название|"
        # (an article, in Swedish, German, Dutch, Danish and Norwegian, Polish, Czech; a paper in Vietnamese)
        "artikel|artikkel|artykuł|článek|bài|"
        # (a title, an article in Turkish, Italian, Polish, Greek, Ukrainian, Arabic, Hindi, Thai)
        "makale adı|makale başlığı|titolo|articolo|tytuł|τίτλος|άρθρο|назва|стаття|عنوان|العنوان|शीर्षक|ชื่อเรื่อง|"
        # (a title, a paper in Bengali, Tamil, Telugu, Marathi, Urdu, Persian, Hebrew, Georgian, Armenian, Amharic,
        # Czech and Slovak, Hungarian, Romanian, Finnish, Malay)
        "শিরোনাম|গবেষণাপত্র|தலைப்பு|శీర్షిక|शीर्षक|عنوان مقاله|مقاله|כותרת|מאמר|სათაური|სტატია|վերնագիր|ርዕስ|"
        "název|názov|cím|titlu|otsikko|tajuk"
    ),
    Label.LINK: _words(
        "arxiv|arxiv link|link|links|url|pdf|paper link|paper url|openreview|doi|abs|论文链接|论文地址|文章链接|"
        "原文链接|链接|地址|网址|リンク|論文リンク|arxiv链接|project|project page|homepage|website|"
        "プロジェクトページ|项目主页|项目地址|主页|링크|논문 링크|주소|"
        # (where it was found, in German, Spanish, Italian and Portuguese, Russian, Chinese, Japanese, Korean)
        "quelle|fuente|fonte|источник|来源|出处|出典|출처|"
        # (and in Swedish, Danish and Norwegian, Finnish, Dutch, Polish, Czech, Turkish, Vietnamese, Indonesian)
        "källa|kilde|lähde|bron|źródło|zdroj|kaynak|nguồn|sumber|"
        # (the word for a link in French, Spanish, Portuguese, Italian, Czech and Slovak, Swedish, Norwegian and
        # Danish, Dutch, Polish, Turkish, Vietnamese, Indonesian, Russian, Ukrainian, Arabic, Hebrew, Hindi, Thai)
        "lien|enlace|liga|ligação|link do artigo|collegamento|odkaz|länk|lenke|koppeling|odnośnik|bağlantı|"
        "liên kết|tautan|ссылка|посилання|رابط|קישור|लिंक|ลิงก์"
    ),
    Label.CODE: _words(
        "code|github|repo|repository|source|代码|代码链接|代码地址|开源代码|源码|コード|実装|코드|mã nguồn|kode|"
        "código|код|"
        # (and in Traditional Chinese, Thai, Hindi, Bengali, Persian, Arabic, Hebrew, Greek, Polish, Czech,
        # Hungarian, Finnish, Romanian)
        "程式碼|原始碼|โค้ด|কোড|کد|الكود|الشيفرة|קוד|κώδικας|kod|kód|koodi|cod"
    ),
    Label.AUTHORS: _words(
        "author|authors|by|作者|作者们|著者|저자|written by|tác giả|penulis|autores|autor|auteurs|autoren|авторы|"
        "autori|auteur|forfattere|författare|auteurs|yazarlar|автори|المؤلفون|מחברים|लेखक|ผู้แต่ง"
    ),
    Label.AFFILIATIONS: _words("affiliation|affiliations|institution|institutions|机构|单位|作者单位|所属"),
    Label.VENUE: _words(
        "venue|conference|journal|published in|published|publication|会议|期刊|发表|収録|採録|学会|hội nghị|"
        "konferensi|conferência|conferencia|conférence|konferenz"
    ),
    Label.SUMMARY: _words(
        "abstract|summary|tl;dr|tldr|notes|note|why|takeaway|takeaways|key idea|idea|comment|my take|description|"
        "摘要|简介|概要|概述|一句话总结|总结|推荐|推荐理由|点评|要約|概要|ポイント|一言で|メモ|感想|요약|한 줄 요약|"
        "초록|"
        # (a note, a remark, a summary in German, French, Spanish, Italian and Portuguese, Dutch, Polish, Swedish,
        # Turkish, Vietnamese, Indonesian, Russian and Ukrainian, Greek, Arabic, Hindi, Thai, Korean)
        "notiz|notizen|anmerkung|anmerkungen|bemerkung|kommentar|zusammenfassung|remarque|commentaire|"
        "nota|notas|comentario|comentário|resumen|resumo|riassunto|commento|opmerking|notitie|samenvatting|"
        "notatka|uwagi|uwaga|streszczenie|anteckning|sammanfattning|açıklama|özet|ghi chú|tóm tắt|catatan|"
        "ringkasan|примечание|заметка|комментарий|аннотация|резюме|примітка|нотатка|σημείωση|σχόλιο|περίληψη|"
        "ملاحظة|ملخص|टिप्पणी|सारांश|หมายเหตุ|สรุป|메모|비고|notlar|not"
    ),
    Label.META: _words(
        "priority|topics|topic|tags|tag|document tags|stars|star|status|date|dates|added|updated|created|modified|read|"
        "categories|category|subjects|subject|license|comments|keywords|labels|milestone|assignees|assignee|"
        "owner|version|rating|score|difficulty|level|week|day|time|when|where|location|room|presenter|speaker|"
        "slides|video|recording|duration|length|pages|size|type|kind|field|area|track|session|sheet owner|"
        "filter|sort by|search|showing|from|to|cc|subject|reply-to|sent|folder|journal-ref|report-no|msc-class|"
        "acm-class|categories|reviewers|reviewer|maintainer|maintainers|organiser|organizer|organisers|organizers|"
        "curator|contact|host|hosts|helpers|deadline|scheduled|closed|effort|estimate|progress|"
        "分类|类别|标签|关键词|备注|日期|时间|状态|阅读|难度|优先级|发布时间|更新|カテゴリ|タグ|日付|難易度|"
        "ステータス|키워드|태그|날짜|분야|"
        # (a record's number and date in German, Spanish, Portuguese, French: PowerShell's `Nr : 1`, `Termin :`)
        "nr|no|nº|número|nummer|numéro|termin|datum|fecha|data"
    ),
    Label.NOT_PAPER: _words(
        "book|books|textbook|blog|blog post|blogpost|post|repo link|library|libraries|tool|tools|software|"
        "软件|ソフトウェア|소프트웨어|logiciel|programvara|phần mềm|программа|програма|"
        "video|videos|talk|talks|lightning talk|lightning talks|keynote|keynotes|panel|panel discussion|poster session|"
        "podcast|course|courses|lecture|lectures|tutorial|tutorials|dataset|datasets|"
        "benchmark site|news|docs|documentation|website link|thread|newsletter|slides link|demo|app|product|"
        "lecture notes|slides|thesis|leaderboard|leaderboards|"
        # (a course's own name in its descriptor: `Module Code and Title: ITE411 Name`, `Programme(s): BE in …`)
        "course title|course name|course code and title|module title|module name|module code and title|"
        "unit title|unit code and title|subject title|programme|programmes|programme(s)|program(s)|"
        "书|书籍|教材|博客|视频|课程|教程|数据集|仓库|工具|新闻|ブログ|動画|書籍|本|講義|チュートリアル|"
        "블로그|유튜브|영상|강의|책|"
        # (in German, French, Spanish, Italian and Portuguese: a course, a talk, a book, a video, a blog post)
        "kurs|vortrag|buch|blogbeitrag|vorlesung|cours|livre|vidéo|billet|curso|charla|libro|"
        "vídeo|corso|lezione|palestra|livro|"
        # (and in Catalan: a book, a talk, a course)
        "llibre|xerrada|curs|"
        # (a textbook, a course's book, in German, Polish, Russian, Ukrainian, Czech, Hungarian, Turkish, the Nordic
        # languages, Spanish, Portuguese, Italian, Chinese, Japanese, Korean; not `manuel`, a name too)
        "lehrbuch|podręcznik|учебник|підручник|učebnice|tankönyv|ders kitabı|lærebog|lärobok|lærebok|"
        "libro de texto|libro de apoyo|livro de apoio|livro-texto|manuale|教科书|参考书|教科書|参考書|교재|교과서|"
        # (and in Dutch, Polish, Turkish, Indonesian, Vietnamese: a course, a book; a blog post in the Nordic
        # languages)
        "cursus|boek|książka|kitap|kursus|buku|khóa học|khoá học|sách|blogg|blogginlägg|blogginnlegg|blogindlæg|"
        # (a lecture, its recording, a video, a book, a course in Polish, Russian, Ukrainian, Czech and Slovak,
        # Hungarian, Portuguese, Romanian, Turkish, Greek, Arabic, Hindi, Vietnamese, Indonesian)
        "wykład|nagranie|wideo|лекция|запись|видео|книга|лекція|відео|книжка|přednáška|prednáška|kniha|kurz|"
        "előadás|könyv|videó|kurzus|aula|prelegere|carte|ders|διάλεξη|βιβλίο|βίντεο|محاضرة|كتاب|فيديو|"
        "व्याख्यान|पुस्तक|वीडियो|bài giảng|kuliah|"
        # (and a book, a course, a video, a lecture in Bengali, Hebrew, Persian, Thai, Georgian)
        "বই|কোর্স|ভিডিও|বক্তৃতা|ספר|קורס|הרצאה|סרטון|کتاب|دوره|ویدیو|หนังสือ|คอร์ส|วิดีโอ|წიგნი|კურსი"
    ),
}
_LABEL_OF: dict[str, Label] = {}
for _label, _spellings in _LABELS.items():
    for _spelling in _spellings:
        _LABEL_OF.setdefault(_spelling, _label)
# Letters a keyboard without them writes plainly (`baslik` for `başlık`): those Unicode does not decompose.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def ascii_folded(word: str) -> str:
    """`word` without its diacritics (`başlık` → `baslik`, `título` → `titulo`), as a label typed on a keyboard
    without them, or as a database's column name, is written."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_LABEL_OF_FOLDED: dict[str, Label] = {}
for _spelling, _label in _LABEL_OF.items():
    if not _spelling.isascii() and (_folded := ascii_folded(_spelling)).isascii():
        _LABEL_OF_FOLDED.setdefault(_folded, _label)

# `Label: value`, `**Label**: value`, `**Label:** value`, `- Label：value`, Logseq's and Dataview's `label:: value`;
# `Label - value` is not one (titles).
FIELD = re.compile(
    r"^[ \t]*(?:[-*+•·][ \t]+|[▪▫◆◇■□●○►▶➤➜→\u2600-\u27BF\U0001F300-\U0001FAFF]\ufe0f?[ \t]*)?"
    r"(?:\[[ xX✓✔]\][ \t]+)?"  # (a task list's checkbox: `- [ ] 论文名：Title`)
    r"(?:\*\*|__)?(?P<label>[A-Za-zÀ-ɏḀ-ỿЀ-ӿ"  # (Latin with diacritics, `Tác giả`; Cyrillic, `Авторы`)
    + CJK_LETTERS
    + r"][A-Za-z0-9À-ɏḀ-ỿЀ-ӿ;&'’/\- "
    + CJK_LETTERS
    + r"]{0,24}?)(?:\*\*|__)?[ \t]*(?:::|[:：])(?:\*\*|__)?[ \t]*(?P<value>.*)$"
)
_BRACKETED_LABEL = re.compile(
    r"^[ \t]*(?:[-*+•·][ \t]+)?【(?P<label>[^【】\n]{1,12})】[ \t]*[:：]?[ \t]*(?P<value>.*)$"
)
_PAPER_WORDS = ("paper", "论文", "論文", "文章", "原文")
# (its number, or a code a sheet gives it: `Paper 3`, `Artikel A01`)
_LABEL_NUMBER = re.compile(r"[ \t]*(?:[a-z]{0,2}[0-9]{1,3}|[一二三四五六七八九十]+)$")


def label_of(name: str) -> Label | None:
    """What a field label announces (`Title`, `论文链接`, `Priority` ...), or None for a word that is no label.

    `论文 1`, `Paper 3`, `Day 2`, `Week 4` (a label with its number) are the label without the number.
    """
    key = " ".join(name.casefold().replace("*", "").replace("_", " ").split())
    found = _LABEL_OF.get(key)
    if found is None and key.isascii():
        found = _LABEL_OF_FOLDED.get(key)  # (`baslik`, `titulo`: a label without its diacritics)
    if found is None:
        # `论文地址`, `論文URL`, `Paper PDF`: a label word after `paper`.
        for prefix in _PAPER_WORDS:
            if key.startswith(prefix) and len(key) > len(prefix):
                found = _LABEL_OF.get(key[len(prefix) :].strip())
                if found is not None:
                    break
    if found is None and key and key[-1].isdigit():
        stem = _LABEL_NUMBER.sub("", key)
        found = _LABEL_OF.get(stem)
        if found is None and stem in ("day", "week", "session", "lecture", "part", "step", "month", "第"):
            found = Label.META
    return found


# A line that is an arXiv id named without a colon, a field all the same: `- arXiv 2106.05234 (NeurIPS 2021)`.
_BARE_ARXIV_FIELD = re.compile(
    r"(?P<lead>[ \t]*(?:[-*+•·][ \t]+)?)arxiv[ \t]+(?=[0-9]{4}\.[0-9]{4,5}\b)", re.IGNORECASE
)


def read_field(line: str) -> tuple[Label, str, str] | None:
    """(what the label announces, the label as written, the value) for a `Label: value` line of a known label."""
    head = line[:48]
    if "【" in head:
        # `【链接】https://...`, `- 【论文】Title`: a label in brackets
        bracketed = _BRACKETED_LABEL.match(line)
        if bracketed is not None:
            line = f"{bracketed.group('label')}：{bracketed.group('value')}"
            head = line[:48]
    if ":" not in head and "：" not in head:
        bare = _BARE_ARXIV_FIELD.match(line)
        if bare is None:
            return None  # a label is short: its colon comes early
        line = f"{bare.group('lead')}arXiv: {line[bare.end() :]}"  # (`- arXiv 2106.05234 (NeurIPS 2021)`)
    match = FIELD.match(line)
    if match is None:
        return None
    label = label_of(match.group("label"))
    if label is None:
        return None
    value = match.group("value").strip().strip("*_").strip()
    if label is Label.TITLE and value.startswith(("http://", "https://", "www.")) and " " not in value:
        label = Label.LINK  # `Paper: https://arxiv.org/abs/...`, `論文: https://...`: where the paper is
    written = match.group("label").strip()
    if (
        label is Label.NOT_PAPER
        and written.casefold() == "lecture"
        and line[match.end("label") : match.end("label") + 2] in (" :", "\u00a0:", "\u202f:")
    ):
        # (`Lecture : Title (Authors, ICLR 2021)`: French, its space before the colon; a reading, no talk)
        label = Label.TITLE
    if label is Label.META and written.casefold() in KIND_LABELS:
        kind = value.strip("\"'` []").casefold()
        if _LABEL_OF.get(kind) is Label.NOT_PAPER or _LABEL_OF.get(kind) is Label.CODE:
            label = Label.NOT_PAPER  # `kind: blog`, `type: repo`, `类型：课程`: the entry says what it is
    return label, written, value


# Labels whose value says what kind of thing the entry is.
# Labels of an item's tags: a tag that names a kind of thing (`[[blog]]`, `#podcast`) says what the item is.
TAG_LABELS = frozenset(["tags", "tag", "document tags", "labels", "标签", "タグ", "태그"])
KIND_LABELS = frozenset(
    [
        "type",
        "kind",
        "item type",
        "category",
        "format",
        "typ",
        "tipo",
        "genre",
        "类型",
        "类别",
        "分类",
        "種類",
        "종류",
    ]
)


# --- kinds of lines that are never a paper -----------------------------------------------------------------

_DATE_WORDS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+[0-9]{1,2}(?:,[ \t]*[0-9]{4})?"
    r"|[0-9]{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[ \t]+[0-9]{4})?"
    r"|[0-9]{4}[-./年][0-9]{1,2}[-./月][0-9]{1,2}日?|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}"
    r"|(?:today|yesterday)(?:[ \t]+at[ \t]+[0-9:]+(?:[ \t]*[AP]M)?)?|[0-9]+[ \t]*(?:minutes?|hours?|days?|weeks?)[ \t]+ago"
)
DATE = re.compile(_DATE_WORDS, re.IGNORECASE)
# (a digit that any date but `today` or `yesterday` holds)
_DATE_DIGIT = re.compile(r"[0-9]")


def date_in(text: str) -> re.Match[str] | None:
    """`DATE.search(text)`. Every date DATE reads holds an ASCII digit, or is `today` or `yesterday` (`day` in
    any case: no other letter folds to `d`, `a` or `y`); a text with neither, as most are, is not searched (the
    search tries its many alternatives, case-blind, at every position)."""
    if _DATE_DIGIT.search(text) is None and "day" not in text.lower():
        return None
    return DATE.search(text)


# Comment and post headers of threads: GitHub issues and discussions, forums, X/Twitter, Slack, Discord, mail.
_NAME = r"[\w.\-]{1,30}(?: [\w.\-]{1,30}){0,3}"  # a display name: a few words (never a run of spaces)
# The time that opens a message of a chat app's tab-separated text export, and its tab (`20:35<TAB>`, `午後8:35<TAB>`).
# (and WeeChat's and other IRC clients' logs, the day before the time: `2024-03-11 20:05:22<TAB>sota<TAB>…`)
# (and HexChat's, the month's name and the day before the time, a space after it: `Mar 04 20:55:03 <kaan><TAB>…`)
TAB_CHAT_TIME = (
    r"(?:(?:[0-9]{4}-[0-9]{2}-[0-9]{2}[ T])?(?:午[前後][ \t]*)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]*[AP]M)?\t"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t][ 0-3][0-9][ \t][0-2][0-9]:[0-5][0-9]:[0-5][0-9][ \t]"
    r"(?=[^\t\n]{1,60}\t))"
)
# ... and a character of the sender's name after it: no title's marks (a timetable's `13:25<TAB>「Title」<TAB>@speaker`
# has the same shape, its second cell a talk's title)
TAB_CHAT_NAME = r"[^\t\n「『《“\"]"
# A chat app's text export's sender in brackets, then the time in brackets (JANDI's, KakaoTalk's `[김도윤] [오전 10:12]`).
SENDER_THEN_TIME = (
    r"\[[^\[\]\n]{1,40}\][ \t]*\[(?:오전|오후|午前|午後|上午|下午|AM|PM)?[ \t]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?:[ \t]*[AP]M)?\]"
)
_THREAD_HEADERS = (
    # `nadia-k commented on Feb 6, 2024`, `**tvo** commented 3 days ago`, `bot added the stale label on ...`
    r"^[*_]{0,2}@?[\w.\-]{1,39}[*_]{0,2}(?:[ \t]+(?:bot|\(bot\)|\[bot\]))?[ \t]+(?:commented|replied|wrote|"
    r"opened|closed|reopened|merged|added|removed|requested|approved|reviewed|mentioned|referenced|pushed|"
    r"committed|edited|assigned|unassigned|labeled|unlabeled|changed|marked|linked|starred|forked|posted|"
    r"answered|asked|created|started|joined|shared|uploaded|pinned)\b.*(?:\b(?:on|at)\b[ \t]*(?:"
    + _DATE_WORDS
    + r")|\bago\b|"
    + _DATE_WORDS
    + r")",
    # `Pixel Papers @pixelpapers · Mar 18, 2024`, `@user · 2h`
    r"^[^@\n]{0,60}+@[A-Za-z0-9_]{1,30}[ \t]*[·•|\-–—][ \t]*(?:" + _DATE_WORDS + r"|[0-9]+[smhd])\b",
    r"^(?:Replying to|In reply to|Quote (?:Tweet|Post)|Retweeted|Reposted|Show (?:this|more) (?:thread|replies)|"
    r"Translate (?:post|Tweet))\b",
    # Slack / Discord: `alice — Today at 10:32 AM`, `[10:32] alice:`, `bob  10:32 AM`
    r"^"
    + _NAME
    + r"[ \t]+[—–\-][ \t]+(?:Today|Yesterday|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4})[ \t]+at[ \t]+[0-9]",
    r"^\[[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]*[AP]M)?\][ \t]*+" + _NAME + r":",
    # (a chat app's text export, the sender in brackets, then the time: JANDI's and KakaoTalk's `[김도윤] [오전 10:12]`)
    r"^" + SENDER_THEN_TIME,
    r"^" + _NAME + r"[ \t]+[0-9]{1,2}:[0-9]{2}[ \t]*(?:AM|PM)?$",
    # a chat app's text export, a message a line (LINE: `20:35<TAB>小林 さくら<TAB>message`)
    r"^" + TAB_CHAT_TIME + TAB_CHAT_NAME + r"{1,60}\t",
    r"^(?:Open|Closed|Merged|Draft)[ \t]*[·•|][ \t]*\S+[ \t]+(?:opened|wants to merge)\b",
    # a shell's prompt before the command typed at it (`maya@ws3:~/papers$ `, `(venv) [kim@node7 runs]$ `, `PS C:\>
    # `): what the command printed follows it, never what came before it
    r"^(?:\([\w.\-]{1,40}\)[ \t])?(?:\[?[\w.\-]{1,32}@[\w.\-]{1,64}[: ][^\s$#%>\]]{0,200}\]?[$#%]"
    r"|PS[ \t][A-Za-z]:\\[^>\n]{0,200}>)[ \t]",
    # an interactive session's prompt (IPython's `In [7]: `, Python's `>>> `, `julia> `, `sqlite> `, `mysql> `,
    # `MariaDB [db]> `, psql's `lesekreis=> `, cqlsh's `anna@cqlsh:ks> `, ClickHouse's `host :) `, irb's), the same
    r"^(?:In[ \t]\[[0-9]{1,5}\]:|>>>|(?:julia|sqlite|mysql|scala|ghci|duckdb)>|MariaDB[ \t]\[[^\]\n]{0,64}\]>"
    r"|[\w.\-]{1,40}=[>#]|[\w.\-]{1,32}@cqlsh(?::[\w.\-]{1,48})?>|[\w.\-]{1,64}[ \t]:\)|irb\([\w.]{1,20}\):[0-9:]{1,12}>)"
    r"[ \t]",
)
THREAD_HEADER = re.compile("|".join(f"(?:{pattern})" for pattern in _THREAD_HEADERS), re.IGNORECASE)
# The same, to find them in a whole text at once (headers start their line: no indentation to skip, which would
# make the patterns that start with a run of any characters backtrack over it).
THREAD_HEADER_LINES = re.compile(
    "|".join(f"(?:{pattern})" for pattern in _THREAD_HEADERS), re.IGNORECASE | re.MULTILINE
)

# The labels of a journal page's links under each of its references, copied with them (PLOS's, PubMed Central's).
_REFERENCE_LINK_LABELS = r"(?:view article|google scholar|pubmed(?:/ncbi)?|crossref|pmc free article)"
REFERENCE_LINK_LABEL = re.compile(r"[ \t]*" + _REFERENCE_LINK_LABELS + r"[ \t]*$", re.IGNORECASE)
# Mastheads, footers and ads of newsletters and pages: they run a whole line or start it.
CHROME = re.compile(
    r"^[*_ \t]*+(?:view (?:this email )?in (?:your )?browser|forward(?:ed)? to a friend|unsubscribe|"
    r"manage (?:your )?(?:preferences|subscription)|update (?:your )?preferences|you are receiving this|"
    r"you received this|subscribe (?:now|here|for free)|sign up|log ?in|sign in|share this|follow us|"
    r"sponsored|sponsor(?:ed by)?\b|advertisement|promoted|jobs?\b[ \t]*[—–:\-]|hiring\b|we(?:'| a)re hiring|"
    r"comments are closed|leave a (?:comment|reply)|questions?[ \t]*(?:→|->|:)|privacy policy|terms of "
    r"(?:service|use)|cookie|all rights reserved|copyright|©|powered by|built with|last (?:build|updated|"
    r"edited|changed)|posted (?:by|in|on)|filed under|"
    r"read more(?![ \t]*[:：][ \t]*[\[A-Z0-9\"“*_])|continue reading|next page|previous page|"
    r"page [0-9]+ of|showing [0-9]+|results? [0-9]+|« previous|next »|back to top|skip to content|"
    r"点击上方|扫码|长按|关注我们|阅读原文|转载|投稿|往期|赞同|收藏|分享|点赞|在看|编辑于|发表于|IP 属地|"
    r"いいね|ストック|シェア|コメント[0-9 ]|フォロー|" + _REFERENCE_LINK_LABELS + r"[ \t]*$)",
    re.IGNORECASE,
)

CHROME_LINES = re.compile(CHROME.pattern, re.IGNORECASE | re.MULTILINE)

# Section headings whose items are not papers. A heading that says so (`Not papers`) counts too.
# (the words of scripts that space their words come first, after one `\b` before them all; the words of the scripts
# that do not follow, as written: no word of one set opens on a letter that a word of the other opens on, so at any
# place the same word matches. The engine tries the pattern at every position, and a `\b` before each word, tried
# there one after another, was several times as slow)
NON_PAPER_SECTION = re.compile(
    r"\b(?:not (?:a )?papers?\b|non-papers?\b|news\b|jobs?\b|hiring\b|careers?\b|sponsors?\b|"
    r"events?\b|announcements?\b|tools?\b|librar(?:y|ies)\b|code\b|software\b|frameworks?\b|"
    r"repos(?:itories)?\b|projects?\b|blogs?\b|blog posts?\b|posts?\b|tutorials?\b|videos?\b|"
    r"talks?\b|podcasts?\b|courses?\b|lectures?\b|books?\b|textbooks?\b|datasets?\b|"
    r"licen[cs]e\b|contents\b|table of contents\b|toc\b|acknowledge?ments?\b|contributing\b|"
    r"logistics\b|comments?\b|replies\b|footnotes?\b|tags\b|keywords\b|attachments?\b|"
    r"leaderboards?\b|"
    # (the same kinds in the other languages digests are written in: German, French, Spanish, Portuguese, Italian,
    # Dutch, Polish, Russian, Turkish, Vietnamese, Malay and Indonesian)
    r"(?:werkzeuge|kurse|bücher|datensätze|nachrichten|outils|logiciels|livres|vidéos|actualités|"
    r"jeux de données|herramientas|cursos|libros|noticias|ferramentas|livros|notícias|strumenti|corsi|libri|"
    r"notizie|cursussen|boeken|hulpmiddelen|narzędzia|kursy|książki|zbiory danych|инструменты|курсы|книги|"
    r"видео|новости|датасеты|наборы данных|araçlar|kurslar|kitaplar|veri setleri|công cụ|khóa học|sách|"
    r"perisian|perangkat lunak|kursus|buku|berita|set data|papan pendahulu|"
    # (and Danish, Norwegian, Swedish, Finnish: books, tools, data sets)
    r"bøger|bøker|böcker|kirjat|værktøjer|verktøy|verktyg|työkalut|datasæt|datasett|"
    # (and Filipino: books, courses, tools)
    r"mga[ \t]+aklat|aklat|kurso|mga[ \t]+kasangkapan)\b|"
    # (and Armenian: books, tools, courses, and `not articles`)
    r"գրքեր|գործիքներ|դասընթացներ|ոչ[ \t]+հոդվածներ|"
    # (and in Greek and Ukrainian)
    r"(?:μαθήματα|βιβλία|εργαλεία|βίντεο|курси|книжки|інструменти|відео|channels?)\b|"
    # (and `not articles` in the Latin and Cyrillic languages: `Ressources (hors articles)`, `no son artículos`)
    r"hors[ \t]+(?:articles?|papiers?|publications?)\b|not[ \t]+articles?\b|non-articles?\b|"
    r"no[ \t]+son[ \t]+art[ií]culos\b|não[ \t]+são[ \t]+artigos\b|non[ \t]+sono[ \t]+articoli\b|"
    r"keine[ \t]+(?:paper|artikel)\b|nicht-?(?:paper|artikel)\b|geen[ \t]+(?:papers?|artikel(?:en)?)\b|"
    r"nie[ \t]+artykuły\b)|"
    # (Korean)
    r"도구|강의|도서|영상|뉴스|데이터셋|강좌|채널|"
    # (Hindi, Arabic, Persian, Hebrew, Thai: courses, books, videos, channels, tools)
    r"कोर्स|पाठ्यक्रम|किताबें|पुस्तकें|वीडियो|चैनल|टूल्स|उपकरण|डेटासेट|समाचार|"
    r"دورات|كتب|أدوات|فيديوهات|قنوات|دوره‌ها|کتاب‌ها|ابزارها|ویدیوها|"
    r"קורסים|ספרים|כלים|סרטונים|ערוצים|คอร์ส|หนังสือ|เครื่องมือ|วิดีโอ|ช่อง|"
    r"課程|書籍|影片|頻道|講座|チャンネル|频道|"
    r"新闻|资讯|快讯|动态|招聘|活动|广告|赞助|工具|开源项目|代码|博客|教程|视频|播客|课程|书籍|目录|往期|评论|"
    r"ニュース|ツール|ライブラリ|書籍|動画|目次|お知らせ|コメント|"
    # (`参考（論文以外）`, `非论文`, `논문 외`: other than papers)
    r"论文以外|論文以外|非论文|非論文|論文ではない|논문[ \t]*외|"
    # (Russian `не статьи`, with no `\b` before it: `наборы`, `новости` above open on its letter, but no word of
    # theirs on its next one)
    r"не[ \t]+стат(?:ьи|ті)",
    re.IGNORECASE,
)
# ... unless the heading also says papers are in it (`Papers & code`, `论文与代码`).
# (as above, the spaced scripts' words after one `\b`, its look backs after it: both only look at the place)
PAPER_SECTION = re.compile(
    r"\b(?:(?<!not )(?<!keine )(?<!geen )(?<!nicht-)papers?\b|preprints?\b|research\b|readings?\b|publications?\b|"
    r"arxiv\b|"
    # (and reading as other languages say it: `Séminaire de lecture`, `groupe de lecture`, `Leseliste`, `lecturas`)
    r"de[ \t]+lecture\b|lectures[ \t]+(?:recommandées|conseillées)\b|lese(?:liste|kreis|stoff)\b|lecturas\b|"
    # (`Lesestoff`, `Pflichtlektüre`, `Letture per aprile`, `Leituras`, `Leesvoer`, `Lektyr`: what there is to read)
    r"(?:pflicht)?lektüre\b|letture\b|leituras\b|leesvoer\b|lektyr\b|"
    r"(?<!no son )artículos\b|(?<!não são )artigos\b|"
    # (papers, plural, in Italian, Dutch, Polish, Czech, Hungarian, Turkish, Icelandic, Lithuanian, Latvian, Estonian,
    # Finnish, Norwegian and Danish, Swedish, Russian, Ukrainian, Greek: `Tvær greinar:`, `Dwa artykuły:`)
    r"articoli\b|artikelen\b|artyku(?:ły|łów)\b|člán(?:ky|ků)\b|cikkek\b|makaleler\b|greinar\b|"
    r"(?<!ne )straipsni(?:ai|ų)\b|raksti\b|artiklid\b|artikkelit\b|artikler\b|artiklar\b|стат(?:ьи|ей|ті)\b|"
    r"άρθρα\b)|"
    r"(?<!非)论文(?!以外)|(?<!非)論文(?!以外|ではない)|文献|논문(?![ \t]*외)",
    re.IGNORECASE,
)
# Words that say what follows is to be read, in the languages digests are written in (`To read before Friday:`, `Do
# przeczytania:`, `Đọc thêm trước buổi seminar:`, `Zu lesen:`, `À lire :`, `読むもの：`): a list's lead calling its
# items readings.
TO_READ = re.compile(
    r"(?:\b(?:to read|reading|zu lesen|à lire|a lire|para leer|para ler|da leggere|te lezen|do przeczytania|"
    r"przeczytać|đọc thêm|cần đọc|nên đọc|untuk dibaca|bacaan|okunacak|att läsa|luettavaa|k přečtení|"
    r"к прочтению|прочитать|почитать|прочитати)\b|読む|読み物|要阅读|必读|必讀|阅读|閱讀|읽을|읽기)",
    re.IGNORECASE,
)
# After a non-paper word in a heading, what shows it names the section's kind (`Tools & libraries`, `Videos worth
# watching`, `工具推荐`) rather than a research topic (`Video Diffusion`, `Tool Learning`, `代码生成`).
_KIND_FOLLOWS = re.compile(
    r"(?:and|or|of|for|from|to|in|on|at|by|with|we|you|i|this|that|these|the|a|an|worth|used|mentioned|list|"
    r"roundup|corner|picks|recommendations?|"
    r"und|oder|et|ou|y|o|e|en|of|i|oraz|и|или|ve|và|dan|atau)\b|与|和|及|推荐|分享|合集|汇总|列表|资源|精选|整理|一览"
    r"|资料|材料|内容|相关|部分|資料|読み物|자료",  # (`非论文资料`: materials that are not papers)
    re.IGNORECASE,
)


# A list's lead that says its items are books (`Bøger på hylden (PDF i /srv/boeger):`, `Books:`, `Bücher`).
BOOKS_LEAD = re.compile(
    r"^[ \t#*>-]*(?:(?:books|textbooks|bücher|livres|libros|livros|libri|boeken|bøger|bøker|böcker|książki|knihy|книги|"
    r"kitaplar|könyvek|kirjat|书籍|書籍|책|mga[ \t]+aklat|գրքեր|βιβλία)\b"
    # (Thai spaces no words: `หนังสือที่แนะนำ:`, books recommended)
    r"|หนังสือ)",
    re.IGNORECASE,
)


def says_not_papers(
    heading: str, non_paper: re.Pattern[str] = NON_PAPER_SECTION, paper: re.Pattern[str] = PAPER_SECTION
) -> bool:
    """Whether a heading says its items are not papers (`Tools`, `News & jobs`, `视频教程`): a non-paper word used
    as the section's kind, not as the topic of the papers under it (`Video Diffusion`, `Text-to-Video`)."""
    if paper.search(heading):
        return False
    for match in non_paper.finditer(heading):
        if heading[match.start() - 1 : match.start()] == "-" or heading[match.end() : match.end() + 1] == "-":
            continue  # `Text-to-Video`, `Tool-augmented agents`: a topic
        rest = heading[match.end() :].strip()
        if rest[:1].isdigit():
            continue  # `Lecture 9`, `Video 2`: one numbered session, whose readings may be papers
        if not rest or not rest[0].isalpha() or _KIND_FOLLOWS.match(rest) or non_paper.match(rest):
            return True
    return False


# A video chapter's time before its title (`08:45 Title`, `1:02:10 - Title`).
# A date opening a log's entry: `2024-02-26 Mon — Title`, `2024/3/1: Title`, `01.03.2024 | Title`.
DATESTAMP = re.compile(
    r"(?:(?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9]|[0-3]?[0-9][./][01]?[0-9][./](?:19|20)[0-9]{2})"
    r"(?:[ \t]+\(?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?\)?|[ \t]*[(（][月火水木金土日一二三四五六][)）])?"
    # (then a separator, or who presents it in parentheses: `2024-04-16（鈴木）Title`, `2024-03-05 (Ana) Title`)
    r"(?:[ \t]*[(（][^()（）\n0-9]{1,24}[)）][ \t]*|[ \t]*[-–—|·:][ \t]*|[ \t]+)(?=\S)"
)
# The months' names in the digests' languages (English, Dutch, German, French, Spanish, Portuguese, Italian, Swedish,
# Polish in the genitive, Turkish, Indonesian), in full or cut short.
MONTH_NAMES = (
    r"(?:jan(?:uary|uari|uar)?|feb(?:ruary|ruari|ruar)?|mar(?:ch|s|et)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|"
    r"aug(?:ust|ustus|usti)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"maart|mei|juni|juli|oktober|okt|december|dez(?:ember)?|märz|mai|"
    r"janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"maj|augusti|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|"
    r"grudnia|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|maret|agustus|desember)"
)
# A day and its month's name opening a schedule's line, then the column's gap (two spaces or more, a tab) or a dash:
# `14 maart   Title`, `March 7 — Title`, `7. Mai: Title`.
DAY_MONTH_LEAD = re.compile(
    rf"(?:[0-3]?[0-9]\.?[ \t]+{MONTH_NAMES}\.?|{MONTH_NAMES}\.?[ \t]+[0-3]?[0-9](?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+(?:19|20)[0-9]{2})?(?:[ \t]{2,}|\t|[ \t]*[-–—|:][ \t]*)(?=[^\s\-–—|:])",
    re.IGNORECASE,
)
TIMESTAMP = re.compile(r"(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}[ \t]*(?:[-–—|·:][ \t]*)?(?=\S)")

# A volume of proceedings (`Proceedings of the 2020 Conference on ...`, `Findings of the ACL: EMNLP 2020`): the book
# the papers are in, never one of them.
VOLUME = re.compile(r"(?:Proceedings|Findings) of\b")

# Sections that hold a reference list: every entry in them is a citation.
REFERENCE_SECTION = re.compile(
    r"^[ \t]*\\begin\{thebibliography\}|"
    r"^[ \t#*_]*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?[ \t]+|[IVX]{1,4}\.[ \t]+)?"
    # (`Primary sources`, `Selected references`, `Further reading`'s neighbours)
    # (and a syllabus's `Recommended literature`, `Рекомендована література`, `Основная литература`)
    r"(?:(?:primary|secondary|selected|further|additional|key|main|recommended|required|suggested|core|"
    r"рекомендован\w{0,3}|рекомендуем\w{0,3}|основн\w{0,3}|допоміжн\w{0,3}|дополнительн\w{0,3}|додатков\w{0,3}|"
    r"обязательн\w{0,3})[ \t]+)?(?:references|reference list|bibliography|"
    # (the words Latin-script languages build on the same stems: `Literatuer`, `Bibliografy`, `Referenties` …)
    r"referen\w{0,6}|bibliogra\w{0,6}|literat\w{0,8}|"
    r"works cited|literature cited|cited works|cited literature|citations|literature|sources|"
    # (Science's `References and Notes`, in the languages too: `संदर्भ आणि टिपा`, `संदर्भ और टिप्पणियाँ`)
    r"references and notes|notes and references|संदर्भ आणि टिपा|संदर्भ और टिप्पणियाँ|"
    # (MLA's `Works Cited` in Spanish, Portuguese, French, Italian, German)
    r"obras citadas|obras consultadas|trabalhos citados|ouvrages cités|opere citate|zitierte werke|"
    r"参考文献|参考资料|引用文献|参考論文|引用|참고문헌|referencias|bibliografía|bibliografia|références|"
    r"bibliographie|literatur|literaturverzeichnis|quellen|referências|riferimenti|литература|"
    # (the lists of a Russian, Ukrainian or Belarusian thesis: `Список использованной литературы`, `Список
    # використаної літератури`, `Спіс выкарыстаных крыніц`, `Библиографический список`)
    r"список(?:[ \t]+(?:использованн\w{0,3}|цитированн\w{0,3}|використан\w{0,3}|процитован\w{0,3}))?[ \t]+"
    r"(?:литературы|источников|літератури|джерел)|спіс(?:[ \t]+выкарыстан\w{0,3})?[ \t]+(?:літаратуры|крыніц)|"
    r"библиографический список|бібліографічний список|источники|tài liệu tham khảo|"
    # (a Macedonian, Serbian or Bulgarian thesis's: `Користена литература`, `Коришћена литература`, `Използвана
    # литература`, `Библиографија`, `Извори`)
    r"(?:користена|користени|коришћена|коришћени|използвана|използвани)[ \t]+(?:литература|извори|източници)|"
    r"библиографија|библиография|извори|източници|референце|референци|"
    # (and in the other languages digests are written in: Swahili, Turkish, Finnish, Hungarian, Polish, Czech,
    # Dutch, Swedish, Danish and Norwegian, Romanian, Catalan, Indonesian and Malay, Greek, Ukrainian, Arabic,
    # Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Thai, Japanese)
    r"marejeo|marejeleo|kaynakça|kaynaklar|lähteet|viitteet|kirjallisuus|irodalom|hivatkozások|források|"
    r"źródła|przypisy|zdroje|použitá literatura|seznam použité literatury|seznam literatury|zoznam použitej literatúry|"
    r"spis literatury|literatuur|referenties|bronnen|referenser|källor|litteratur|"
    r"referencer|kilder|bibliografie|referințe|referinţe|referències|daftar pustaka|referensi|rujukan|"
    r"βιβλιογραφία|αναφορές|література|джерела|المراجع|مراجع|منابع|حوالہ جات|מקורות|ביבליוגרפיה|संदर्भ|"
    r"सन्दर्भ|संदर्भ ग्रंथ सूची|ग्रंथ सूची|संदर्भ सूची|তথ্যসূত্র|மேற்கோள்கள்|เอกสารอ้างอิง|บรรณานุกรม|参考資料)"
    # (and the adjective Romance languages add: `Referências bibliográficas`, `Références bibliographiques`)
    r"(?:[ \t]+bibliogr\w{0,10})?[ \t:：*_#¶]*"
    # (`#`, `¶`: an anchor; a page's number after a wide gap: a printed thesis's running head, `Literatur      43`)
    r"(?:[ \t]{3,}[0-9]{1,4})?$",
    re.IGNORECASE,
)

# Where a link points, by kind: a paper page, a repository, or a page that is not a paper.
PAPER_HOST = re.compile(
    r"(?:aclanthology\.org|aclweb\.org/anthology|openaccess\.thecvf\.com|thecvf\.com|proceedings\.neurips\.cc|"
    r"papers\.nips\.cc|neurips\.cc/paper|proceedings\.mlr\.press|jmlr\.org/papers|dl\.acm\.org/doi|"
    r"ieeexplore\.ieee\.org|link\.springer\.com|springer\.com/(?:article|chapter)|sciencedirect\.com/science|"
    r"semanticscholar\.org/paper|paperswithcode\.com/paper|ojs\.aaai\.org|aaai\.org/ojs|ijcai\.org/proceedings|"
    r"openreview\.net|biorxiv\.org|medrxiv\.org|ssrn\.com|nature\.com/articles|science\.org/doi|pnas\.org/doi|"
    r"doi\.org/|researchgate\.net/publication|jstor\.org/stable|pubmed|ncbi\.nlm\.nih\.gov/pmc|"
    r"isca-speech\.org/archive|iclr\.cc/virtual|icml\.cc/virtual|cvf\.com|proceedings\.mlsys\.org|"
    # (a lab's page of one of its publications: `microsoft.com/en-us/research/publication/…`, `research.google/pubs/…`)
    r"/research/publications?/[\w\-]|research\.google/pubs/[\w\-])",
    re.IGNORECASE,
)
# Pages on the hosts of papers that are not a paper's: journals' news and comment pages (Nature's `d41586-`
# articles, Science's news), and a venue's own pages (an OpenReview group, venue or profile; the Anthology's
# events, volumes and people), where calls for papers, programmes and submission instructions point.
JOURNAL_NEWS = re.compile(
    r"nature\.com/articles/d41586-|10\.1038/d41586-|science\.org/content/article/|"
    r"openreview\.net/(?:group|venue|profile|submissions|invitation)\b|aclanthology\.org/(?:events|venues|people)/",
    re.I,
)


def is_paper_page(url: str) -> bool:
    """Whether `url` is a paper's page at a venue, a publisher or a DOI (not a news page or a venue's own)."""
    return (
        PAPER_HOST.search(url) is not None and JOURNAL_NEWS.search(url) is None and not _SITE_ROOT.match(url)
    )


# A data set's name: names only (an acronym, a name with a digit or an inner capital), then the kind of data it
# is at the end (`MNIST database`, `XYZ-10 and XYZ-100 datasets`): no paper's title, which says what it does.
_DATA_KIND = frozenset(["dataset", "datasets", "database", "databases", "corpus", "corpora", "benchmark"])
_JOINING = frozenset(["and", "&", "the", "of", ",", "/"])


def names_a_dataset(title: str) -> bool:
    """Whether a title is a data set's name: names, then the kind of data (`ABC-10 and ABC-100 datasets`)."""
    words = title.rstrip(" .").split()
    if len(words) < 2 or words[-1].casefold() not in _DATA_KIND:
        return False
    names = [word.strip(",()") for word in words[:-1] if word.casefold() not in _JOINING]
    return bool(names) and all(
        any(char.isdigit() for char in name) or sum(char.isupper() for char in name) >= 2 for name in names
    )


def is_site_home(url: str) -> bool:
    """Whether `url` is a site's home page, no path after its host (`https://example.org/`): a bookmark of it is the
    site's, a book's, a course's or a tool's, not one paper's page."""
    return _SITE_ROOT.match(url) is not None


def is_venue_site(url: str) -> bool:
    """Whether `url` is the home of a venue's or a publisher's site of papers (`https://proceedings.neurips.cc/`,
    `https://proceedings.mlr.press/`): where a paper appeared, linked in place of the paper's own page."""
    return PAPER_HOST.search(url) is not None and _SITE_ROOT.match(url) is not None


# A paper's project page, where its authors show it (`https://textual-inversion.github.io/`): a GitHub Pages
# site's home (not a page under it: a blog's post, `jalammar.github.io/illustrated-retrieval-transformer/`).
_PROJECT_PAGE = re.compile(r"https?://[\w\-]+\.github\.io/?(?:#.*)?$", re.I)


_HOST = re.compile(r"https?://(?P<host>[^/?#\s]+)", re.I)


def is_project_page(url: str, title: str = "") -> bool:
    """Whether `url` is a paper's project page (a page not of a paper site, named by the paper it shows): a
    GitHub Pages site's root, or a site whose host is named by the title's name before its colon
    (`https://voyager.minedojo.org/` for `Voyager: An Open-Ended Embodied Agent …`)."""
    if _PROJECT_PAGE.match(url) is not None:
        return True
    name = (
        "".join(char for char in title.partition(":")[0].casefold() if char.isalnum()) if ":" in title else ""
    )
    host = _HOST.match(url)
    return (
        len(name) >= 4
        and host is not None
        and name in host.group("host").casefold().split(".")[:-1]
        and host.group("host").casefold() not in PAPER_SITE_HOSTS
    )


# The names paper sites give themselves at the end of their pages' titles, and their hosts (not Papers with Code's
# or ResearchGate's: their pages are leaderboards and people as often) (`Title - Google Scholar`,
# `Title | Nature Machine Intelligence`, `Title _ Semantic Scholar.url`: Windows writes `_` for `|` in a file name).
_PAPER_SITE_NAMES = {
    "google scholar": "scholar.google.com",
    "google académico": "scholar.google.com",
    "google acadêmico": "scholar.google.com",
    "google scholar search": "scholar.google.com",
    "semantic scholar": "www.semanticscholar.org",
    "openreview": "openreview.net",
    "arxiv": "arxiv.org",
    "arxiv vanity": "arxiv-vanity.com",
    "alphaxiv": "alphaxiv.org",
    "acl anthology": "aclanthology.org",
    "ieee xplore": "ieeexplore.ieee.org",
    "acm digital library": "dl.acm.org",
    "springerlink": "link.springer.com",
    "sciencedirect": "www.sciencedirect.com",
    "pmlr": "proceedings.mlr.press",
    "jmlr": "jmlr.org",
}
PAPER_SITE_HOSTS = frozenset(
    [*_PAPER_SITE_NAMES.values(), "www.nature.com", "www.science.org", "openaccess.thecvf.com"]
)
_PAPER_SITE_SUFFIX = re.compile(
    r"[ \t]+[-–—|_·][ \t]+(?P<site>[A-Za-zé0-9 ]{4,40}?)[ \t]*$",
)
_SITE_SEPARATORS = (" - ", " | ", " _ ", " – ", " — ", " · ")
_CVF_SITE = re.compile(
    r"(?:CVPR|ICCV|ECCV|WACV)[ \t]+(?:19|20)[0-9]{2}[ \t]+Open[ \t]+Access(?:[ \t]+Repository)?"
)
_JOURNAL_SITE = re.compile(r"(?:Nature|Science|PNAS)(?:[ \t]+[A-Z][a-z]+){0,3}")


def paper_page_title(title: str) -> tuple[str, str] | None:
    """(the title, the site's host) of a paper's page titled by a paper site, its name after the paper's title
    (`Shortcut Learning in Deep Neural Networks | Nature Machine Intelligence`), or None."""
    if not any(separator in title for separator in _SITE_SEPARATORS):
        return None  # (cheap first: every head is asked)
    suffix = _PAPER_SITE_SUFFIX.search(title)
    if suffix is None:
        return None
    site = suffix.group("site").strip()
    host = _PAPER_SITE_NAMES.get(site.casefold())
    if host is None and _JOURNAL_SITE.fullmatch(site):
        host = "www.nature.com" if site.startswith("Nature") else "www.science.org"
    if host is None and _CVF_SITE.fullmatch(site):
        host = "openaccess.thecvf.com"  # (`Title - CVPR 2021 Open Access Repository`)
    before = title[: suffix.start()].strip()
    # (three words at least: `My library - Google Scholar` is the site's own page)
    return (before, host) if host is not None and len(before.split()) >= 3 else None


def is_paper_site(host: str) -> bool:
    """Whether `host` publishes papers (a story's `(openreview.net)`): its pages are papers' pages."""
    return PAPER_HOST.search(f"https://{host}/") is not None


# A link that hides where it goes: a newsletter's click tracker (`link.mail.beehiiv.com/ss/c/...`,
# `click.convertkit-mail.com/...`, `.../track/click?...`) or a short link (`bit.ly`, `lnkd.in`, `t.co`).
OPAQUE_LINK = re.compile(
    r"^(?:https?://)?(?:(?:link|links|click|clicks|email|track|trk|go|r)\.[^/\s]+|[^/\s]*(?:list-manage\.com|"
    r"sendgrid\.net|mailchi\.mp|convertkit-mail\.com|mlsend\.com|ct\.sendgrid\.net)|bit\.ly|lnkd\.in|t\.co|"
    r"buff\.ly|ow\.ly|tinyurl\.com|goo\.gl|is\.gd|tiny\.cc|rebrand\.ly|shorturl\.at|dlvr\.it)/"
    r"|/(?:track/click|ss/c|redirect|redir|click)(?:[/?]|$)",
    re.IGNORECASE,
)


# A site's own address (`https://www.thecvf.com/`, `aclanthology.org`): the publisher, not a paper on it.
_SITE_ROOT = re.compile(r"^(?:https?://)?[^/\s?#]+/?(?:[?#]\S*)?$")


CODE_HOST = re.compile(
    r"(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org|codeberg\.org|git\.sr\.ht|huggingface\.co/(?!papers)"
    # (a lab's own forge, by its host's first name: `https://git.example.edu/…`, `gitlab.`, `gitea.`, `forgejo.`)
    r"|//(?:git|gitlab|gitea|forgejo)\.[\w.\-]+/)",
    re.I,
)
# A URL that plainly points at a web page that is not a paper (a post, docs, a product, a video).
NOT_PAPER_URL = re.compile(
    r"(?:\.github\.io/|blog|medium\.com|substack\.com|/posts?/|/docs?/|docs\.|readthedocs|wikipedia\.org|books\.google\.|"
    r"youtube\.com|youtu\.be|twitter\.com|x\.com/|linkedin\.com|reddit\.com|news\.|/news/|techcrunch|"
    r"theverge|nytimes|washingtonpost|wsj\.com|bloomberg|speakerdeck|slideshare|notion\.so|"
    r"huggingface\.co/(?!papers)|github\.com|gitlab\.com|gitee\.com|colab\.research\.google\.com|"
    r"kaggle\.com|pytorch\.org|tensorflow\.org|python\.langchain\.com)",
    re.IGNORECASE,
)

# A book's edition after its title (`(Hwu, Kirk, El Hajj; 4th ed.)`), a document's version in its title (`Policy
# (v3.2)`): no paper's.
EDITION = re.compile(
    r"\b(?:[0-9]+(?:\.?(?:st|nd|rd|th|ª|º|°|e|ème|a|de|ste)|\.)|second|third|fourth|fifth)[ \t]*"
    # (its full stop may have been taken as the sentence's end: `…, 2nd ed`; Spanish and Portuguese `3.ª ed.`)
    r"(?:ed(?:\.|$)|edition\b|edizione\b|edici[oó]n\b|edi[cç][aã]o\b|[ée]d(?:\.|$)|[ée]dition\b|Aufl(?:\.|$)|Auflage\b"
    # (in the Nordic languages, Polish, Czech, Hungarian, Turkish, Finnish, Dutch, Russian: `3. udg.`, `2. uppl.`,
    # `3. baskı`, `2e druk`, `2de editie`)
    r"|udg(?:\.|ave\b)|utg(?:\.|ave\b)|uppl(?:\.|agan?\b)|wyd(?:\.|anie\b)|vyd(?:\.|ání\b)|kiad(?:\.|ás\b)"
    r"|baskı\b|painos\b|druk\b|editie\b|изд(?:\.|ание\b))"
    # (or an edition in parentheses in another language, its ordinal before: `(दूसरा संस्करण)`, `(第2版)`, `(2-е
    # издание)`, `(2. wydanie)`)
    # (or counted in Chinese and Japanese, `『Title』第2版`)
    r"|第[0-9０-９一二三四五六七八九十]+版"
    r"|[(（](?:[^()（）\n]{0,24}?[ \t]?)?(?:संस्करण|版|издание|изд\.|видання|wydanie|vydání|baskı|upplaga|udgave|utgave"
    r"|painos|kiadás"
    # (Bengali, Korean, Arabic, Persian, Greek, Hebrew, Indonesian, Vietnamese, Thai)
    r"|সংস্করণ|판|الطبعة|ویرایش|έκδοση|מהדורה|edisi|ấn bản|ฉบับ)[)）]",
    re.IGNORECASE,
)
VERSIONED = re.compile(r"\((?:v|version[ \t]?)[0-9]+(?:\.[0-9]+)+\)$", re.IGNORECASE)


def mostly_other_script(text: str) -> bool:
    """Whether most of a text's letters are of another script than Latin (`PyTorch 공식 문서의 분산 학습 튜토리얼`): no
    paper's English title."""
    if text.isascii():
        return False
    return sum(1 for char in text if char.isalpha()) > 2 * sum(
        1 for char in text if char.isalpha() and char < "\u0250"
    )


# The title a site gives a page that is no paper's: a code host's repository (`GitHub - owner/repo: …`), a
# documentation site's page (`… — Dive into Deep Learning 1.0.3 documentation`), a leaderboard's.
SITE_PAGE_TITLE = re.compile(
    r"^(?:GitHub|GitLab|Gitee|Codeberg)[ \t]+-[ \t]+[\w.\-]+/[\w.\-]+|[ \t][0-9]+(?:\.[0-9]+)+[ \t]+documentation$"
    # (a documentation site's page, `… — PyTorch 2.1 documentation`, in the languages its translations are in too)
    r"|[ \t][—–\-][ \t][^—–\n]{1,60}[ \t](?:documentation|docs|belgeleri|dokümantasyonu|Dokumentation"
    r"|documentación|documentação|документация|документація|ドキュメント|文档|문서)$"
    # (a leaderboard's page: `Open LLM Leaderboard`, `MTEB Leaderboard`, `Papers with Code - ImageNet Benchmark …`)
    r"|^(?:[\w.\-]+[ \t]+){0,4}Leaderboard$|^Papers[ \t]+with[ \t]+Code[ \t]+-[ \t]",
    re.IGNORECASE,
)


# Publishers: a reference whose only venue is one of these is a book.
# (each name opens on a word's start: one `\b` before them all, not one before each, as the engine tries the
# pattern at every position)
PUBLISHER = re.compile(
    r"\b(?:(?:[A-Z][A-Za-z]+ )*(?:University )?Press\b|Prentice[ -]Hall\b|Wiley\b|O'Reilly\b|"
    r"Addison[ -]Wesley\b|Morgan Kaufmann\b|Pearson\b|McGraw[ -]Hill\b|CRC\b|Manning Publications\b|"
    r"Springer(?:[ -]Verlag| Nature)?\.?(?:$|[ \t]*\()|Elsevier\b|Routledge\b|Chapman (?:&|and) Hall\b|Packt\b|"
    r"No Starch\b|Now Publishers\b|W\. ?H\. Freeman\b|Macmillan\b|Penguin\b|W\. ?W\. Norton\b|"
    r"Basic Books\b|Random House\b|Harper(?:Collins)?\b|Knopf\b|Bloomsbury\b|Palgrave\b|"
    r"Taylor (?:&|and) Francis\b|Dover\b|Morgan (?:&|and) Claypool\b|Cambridge University\b|[0-9](?:st|nd|rd|th) (?:ed\.|edition)\b|edition\b"
    # (a publishing house in the languages of the lists: Turkish, German, French, Polish, Russian, Czech, Hungarian …)
    r"|Yayın(?:evi|ları|cılık)\b|Verlag\b|Éditions\b|Wydawnictw\w*|Издательств\w*|Видавництв\w*"
    r"|Nakladatelství\b|Kiadó\b)|出版社",
)


# The same kinds in the scripts of the digests' other languages, as their writers borrow or say the words (a video,
# a blog, a podcast, a course, a lecture, a project): `"Title" ਵੀਡੀਓ`, `“Title” ಬ್ಲಾಗ್`, `«Title» видео`, `"Title" 博客`.
_OTHER_KIND_NATIVE = (
    "видео|відео|βίντεο|فيديو|ویدیو|ویدئو|וידאו|वीडियो|व्हिडिओ|भिडियो|ਵੀਡੀਓ|વિડિયો|વીડિયો|ভিডিও|வீடியோ|காணொளி|"
    "వీడియో|ವೀಡಿಯೊ|ವಿಡಿಯೋ|വീഡിയോ|වීඩියෝ|วิดีโอ|ვიდეო|ቪዲዮ|տեսանյութ|ビデオ|動画|视频|影片|비디오|영상|"
    "блог|μπλογκ|ιστολόγιο|ιστολόγια|ιστολογίου|مدونة|وبلاگ|پست وبلاگ|בלוג|ब्लॉग|ਬਲੌਗ|બ્લોગ|ব্লগ|வலைப்பதிவு|బ్లాగ్|ಬ್ಲಾಗ್|ബ്ലോഗ്|บล็อก|ბლოგ|ブログ|博客|블로그|"
    # (a series of videos or lectures: `3Blue1Brown की Title सीरीज़`, `Title シリーズ`)
    "सीरीज़|सीरीज|シリーズ|시리즈|"
    "подкаст|پادکست|पॉडकास्ट|ポッドキャスト|播客|팟캐스트|курс|कोर्स|课程|강의|강좌|лекци|व्याख्यान|講義|讲座|คอร์ส|หลักสูตร|"
    # (a leaderboard: `ลีดเดอร์บอร์ด`, `리더보드`, `リーダーボード`, `排行榜`, `лидерборд`)
    "ลีดเดอร์บอร์ด|리더보드|リーダーボード|排行榜|榜单|лидерборд|"
    # (a project: `«Title» долбоорунун алкагында`, Kyrgyz; `проекта`, `项目`)
    "проект|долбоор|жоба|پروژه|परियोजना|प्रोजेक्ट|项目|プロジェクト|프로젝트|"
    # (a book: `Title (বই)`, `«Title» — книга`, `"Title" 책`)
    "книга|книжка|βιβλίο|كتاب|کتاب|ספר|पुस्तक|किताब|বই|หนังสือ|წიგნი|书|書籍|책|도서|"
    # (and in Armenian: a book, a course)
    "գիրք|գրքեր|դասընթաց"
)
# A chapter of a book, cited by its number (`ch. 19`, `chapter 3`), in another language too (`Title, অধ্যায় ৩`,
# `Title, глава 3`, `Title, Kapitel 2`, `kabanata 11`).
CHAPTER = (
    r"(?:ch(?:ap)?\.|chapters?|"
    r"kapitel|chapitre|capítulo|capitolo|rozdział|kapitola|bölüm|chương|глава|розділ|κεφάλαιο|فصل|פרק|"
    r"peatükk|ptk\.?|luku|fejezet|skyrius|nodaļa|hoofdstuk|kap\.|bab|kabanata|գլուխ|"
    # (and abbreviated: Spanish, Portuguese and Italian `cap.`, Polish `rozdz.`, Dutch `hfst.`, Hungarian `fej.`,
    # Russian `гл.`, Greek `κεφ.`)
    r"cap\.|rozdz\.|hfst\.|fej\.|гл\.|κεφ\.|"
    r"अध्याय|অধ্যায়|บทที่)[ \t]*\d"
)
# A dash, who wrote it, then a chapter of it to read (`Title – Zhang, Lipton & Li; chapter 11`): a book's.
_AUTHORS_THEN_CHAPTER = re.compile(
    rf"^[*_”\"»/]*[ \t]*[—–\-][ \t]*[A-Z][^;\n]{{1,100}}?[;,][ \t]*{CHAPTER}", re.IGNORECASE
)
# Kinds of things other than papers, in English words (`blog post`, `docs`, `leaderboard`).
_KIND_WORDS = (
    # (a blog in the inflections of the languages that borrow the word: `blogg`, `blogu`, `bloggen`, and its
    # compounds for a post: `Blogbeitrag`, `blogginnlegg`)
    r"guides?|blog\w{0,9}(?:[ \t]posts?)?|posts?|books?|textbooks?|courses?|tutorials?|videos?|talks?|docs|"
    r"documentation|handbooks?|newsletters?|podcasts?|slides|repo(?:sitory|sitories)?|library|cheat ?sheets?|"
    r"leaderboards?|series"
)
# A book, a course, a video in the digests' languages in Latin letters (`— buku, bukan paper`, `(libro)`, `(kirja)`).
_KIND_WORDS_ABROAD = (
    r"buku|libro|livro|livre|llibre|buch|boek|bok|kitap|kitabı|sách|książka|kniha|kirja|könyv|lehrbuch|"
    r"raamat|knyga|grāmata|knjiga|aklat|"
    r"curso|cours|kurs|kurso|corso|vídeo|vidéo|"
    # (a repository and a course's notes: `(repositório do laboratório)`, `(notas de aula)`, `(apuntes de clase)`)
    r"repositório|repositorio|repozytorium|depozitář|dépôt|notas[ \t]+de[ \t]+aula|apuntes(?:[ \t]+de[ \t]+clase)?|"
    r"appunti|notatki[ \t]+z[ \t]+wykładu|"
    # (a dataset or a database: `Name — base de datos de …`, `(Datensatz)`)
    r"datasets?|databases?|base[ \t]+de[ \t]+datos|banco[ \t]+de[ \t]+dados|base[ \t]+de[ \t]+données|datenbank|datensatz|"
    r"conjunto[ \t]+de[ \t]+datos"
)
# A parenthesis that ends on a kind of thing other than a paper, whose it is before (`(OpenAI docs)`, `(online
# Buch)`).
# (not `Lecture Notes in Computer Science`, a venue, after a name: only at the parenthesis's end)
_KIND_LAST_IN_PARENS = re.compile(
    rf"[ \t*_”\"»]*\([^()\n]{{1,40}}[ \t](?:{_KIND_WORDS}|lecture notes|{_KIND_WORDS_ABROAD})\)",
    re.IGNORECASE,
)
# Words right after a quoted or emphasised name that say what else it is (`"Title" guide`, `"Title" — blog post`),
# or a chapter of it cited (`*Title* (2024), ch. 19`: a book's).
OTHER_KIND_AFTER = re.compile(
    r"^[?!]?[*_”\"»)]*[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?(?:[—–,:][ \t]*|-[ \t]+)?"
    # (or a record's note on it, a program's keyword argument or field: `title="Title", note='پست وبلاگ، …'`)
    r"(?:(?:note|notes|type|kind|comment)[ \t]*[=:][ \t]*['\"]?)?(?:(?:a|an|the|his|her|their)[ \t]+)?"
    rf"(?:(?:{_KIND_WORDS}|"
    # (a book, a course, a video in the digests' languages in Latin letters: `— buku, bukan paper`, `(libro)`)
    rf"{_KIND_WORDS_ABROAD}|carte|manuel|bog|"
    # (talks and lectures in more languages: `Meetup – Vorträge`, `– föreläsningar`)
    r"előadás(?:ok|a|ai)?|vortr(?:a|ä)ge?|charlas?|xerrad(?:a|es)|palestras?|ponencias?|lezion[ei]|wykład(?:y|ów)?|"
    r"přednášk[ay]|"
    r"prednášk[ay]|luennot|luento|föreläsning(?:ar)?|forelesning(?:er)?|forelæsning(?:er)?|lezing(?:en)?|"
    r"software|logiciel|programa|programma|yazılım|phần mềm|perangkat lunak|программа)\b"
    rf"|{CHAPTER}"
    # (or its number first, as Turkish, Hungarian, Estonian, Latvian, Lithuanian write it: `Title, 11. bölüm`)
    r"|\d{1,3}\.?[ \t]*(?:bölüm|fejezet|peatükk|nodaļa|skyrius)\b"
    # (where it was given, a video site, after a short preposition: `"Title" на YouTube`, `« Title » sur YouTube`)
    # (its maker's name between: `Title by Name on YouTube`, `Title của Name trên YouTube`)
    r"|(?:[^\W\d_]{1,4}[ \t]+[A-Z][\w'’\-]+[ \t]+)?(?:[^\W\d_]{1,4}[ \t]+)?(?:YouTube|Youtube|Bilibili|Vimeo|Niconico)\b"
    f"|(?:{_OTHER_KIND_NATIVE}))",
    re.IGNORECASE,
)


# A parenthesis right after a name that calls it a talk (`"Title" (industry talk, no paper)`, `(talk title as sent)`).
TALK_IN_PARENS = re.compile(
    r"^[*_”\"»]*[ \t]*\([^()\n]{0,40}?\b(?:talk|keynote|lightning talk)s?\b", re.IGNORECASE
)


# The writer saying a thing is not a paper, in the digests' languages.
_NOT_A_PAPER_SAID = re.compile(
    r"不是论文|不是論文|并非论文|並非論文|非论文|非論文|論文ではない|論文じゃない|논문이[ \t]*아니|논문[ \t]*아님|"
    r"\bnot[ \t]+(?:a[ \t]+)?paper\b|\bno[ \t]+paper\b|\bkein[ \t]+(?:paper|artikel)\b|\bpas[ \t]+un[ \t]+article\b|"
    # (or no publication at all: `keine Publikation`, `not a publication`, `pas une publication`)
    r"\bkeine[ \t]+(?:publikation|veröffentlichung)\b|\bnot[ \t]+a[ \t]+publication\b|\bpas[ \t]+une[ \t]+publication\b|"
    r"\bno[ \t]+es[ \t]+un[ \t]+(?:artículo|paper)\b|\bnão[ \t]+é[ \t]+(?:um[ \t]+)?artigo\b|не[ \t]+стат(?:ья|тя)|"
    r"לא[ \t]+מאמר|ليس[ \t]+ورقة|ليست[ \t]+ورقة|مقاله[ \t]+نیست|ไม่ใช่เปเปอร์|ไม่ใช่บทความ|पेपर[ \t]+नहीं|"
    # (Estonian, Finnish, Hungarian, Lithuanian, Swedish, Dutch, Romanian, Indonesian, Turkish, Polish, Czech)
    r"\bmitte[ \t]+artikkel\b|\bei[ \t]+artikkeli\b|\bnem[ \t]+cikk\b|\bne[ \t]+straipsnis\b|"
    r"\b(?:inte|ej|icke)[ \t]+(?:en[ \t]+)?artikel\b|\bikke[ \t]+(?:en[ \t]+)?artikk?el\b|\bgeen[ \t]+(?:paper|artikel)\b|\bnu[ \t]+(?:e|este)[ \t]+(?:un[ \t]+)?articol\b|"
    r"\bbukan[ \t]+(?:paper|artikel|makalah)\b|\bmakale[ \t]+değil\b|\bnie[ \t]+(?:jest[ \t]+)?artykuł|\bnení[ \t]+článek\b",
    re.IGNORECASE,
)


def says_not_a_paper(text: str) -> bool:
    """Whether the writer's words say a thing is no paper (`Vorlesungsvideos, keine Publikation`, `tutorial, not a
    paper`), within their first 80 characters."""
    return _NOT_A_PAPER_SAID.search(text, 0, 80) is not None


_OPENING_PAREN = re.compile(r"^[」』》”\"»*_]*[ \t]*[(（][ \t]*")
# ... or a spaced dash, the writer's note on it opening (`«Title» — a meetup talk, not a paper.`).
_DASH_OPENING = re.compile(r"^[」』》”\"»*_]*[ \t]+(?:[—–]|--?)[ \t]+")


# An editor named right after a name, as a collection's is: `, ed. T. Roughgarden`, `(eds.)`, `, hg. von`, `, επιμ.`,
# `, a cura di`, `, под ред.`.
_EDITED_BY = re.compile(
    r"^[*_”\"»]*[ \t]*[,(]?[ \t]*(?:eds?\.|editors?\b|edited[ \t]+by|ed\.[ \t]+by|hrsg\.|hg\.|éds?\.|επιμ\.|"
    r"a[ \t]+cura[ \t]+di|под[ \t]+ред\.|ред\.|red\.)",
    re.IGNORECASE,
)


# Who wrote a name, right after it (`by Kevin Murphy`, `by Simon J. D. Prince (MIT Press)`).
_BY_WRITER = re.compile(
    r"[*_”\"»)]*[ \t]*,?[ \t]*by[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}(?:[ \t]*\([^()\n]{1,40}\))?"
)


def says_other_kind_after(after: str) -> bool:
    """Whether the words after a name say it is a book, a post, a guide or a talk: a kind word (`"Title" guide`,
    `— blog post`), a publisher in parentheses (`(O'Reilly, 2022)`), an edition (`(4th ed.)`) or a talk's
    parenthesis (`(industry talk, no paper)`)."""
    if OTHER_KIND_AFTER.match(after) or EDITION.search(after[:80]) or TALK_IN_PARENS.match(after):
        return True
    if _AUTHORS_THEN_CHAPTER.match(after):
        return True  # (`Title – Authors; chapter 11 (attention)`: a chapter of it to read, a book's)
    if _EDITED_BY.match(after):
        return True  # (`Beyond the Worst-Case Analysis of Algorithms, επιμ. T. Roughgarden`: a book its editor made)
    if (by := _BY_WRITER.match(after)) is not None and OTHER_KIND_AFTER.match(after[by.end() :]):
        return True  # (`«Title» by Kevin Murphy — the book, not a paper`: who wrote it, then its kind)
    inside = _OPENING_PAREN.sub("", after, count=1)
    if inside != after and OTHER_KIND_AFTER.match(inside):
        return True  # (`「Title」（ブログ記事）`, `"Title" (blog post)`: its kind in parentheses)
    if _KIND_LAST_IN_PARENS.match(after):
        return True  # (`Title (OpenAI docs)`, `Title (Stanford course)`: whose it is, then its kind)
    if inside != after and " by " in inside[:60]:
        kind = inside[: inside.index(" by ")]
        if _KIND_LAST_IN_PARENS.match(f"({kind})"):
            return True  # (`«Title» (online book by Thuerey et al.)`: its kind, then who wrote it)
    if (dashed := _DASH_OPENING.match(after)) is not None:
        # (`«Title» — a meetup talk by a friend, not a paper.`: the writer says so after a dash, in the sentence)
        stop = after.find(". ", dashed.end())
        if _NOT_A_PAPER_SAID.search(after, dashed.end(), stop if stop >= 0 else len(after)) is not None:
            return True
    if inside != after and re.split(r"[)）]", inside, maxsplit=1)[0].strip().casefold() in NOT_PAPER_TYPES:
        return True  # (`Title (Dokumentation)`, `Title (kurs)`: its kind alone in parentheses, in the list's language)
    if inside != after and _NOT_A_PAPER_SAID.search(inside, 0, min(len(inside), 60)):
        # (`Title（某某 教程，不是論文）`, `Title (tutorial, not a paper)`: the writer says so in parentheses)
        closing = min((at for at in (inside.find(")"), inside.find("）")) if at >= 0), default=len(inside))
        return _NOT_A_PAPER_SAID.search(inside, 0, closing) is not None
    return after.lstrip(' *_”"»').startswith("(") and PUBLISHER.search(after.split(")", 1)[0]) is not None


# A name's own closing parenthesis, at its end (`Title (a note)`).
_OWN_PARENTHESIS = re.compile(r"[ \t]\((?P<inside>[^()\n]{1,60})\)$")


def kind_in_own_parenthesis(title: str) -> bool:
    """Whether a name's own closing parenthesis says, in one of its parts, that it is another kind of thing
    (`Self-Supervised Learning (Aufzeichnung, YouTube)`: a recorded lecture, `(notes, blog post)`, `(no paper; the
    docs)`)."""
    own = _OWN_PARENTHESIS.search(title) if title.endswith(")") else None
    return own is not None and any(
        says_other_kind_after(f"({part.strip()})")
        for part in re.split(r"[,;]", own.group("inside"))
        if part.strip()
    )


def says_its_kind_in_parens(after: str) -> bool:
    """Whether the parenthesis right after a name opens on another kind of thing than a paper, or says it is none
    (`Title (a textbook, no paper)`, `(kirja, …)`): not a parenthesis that only names its repository or maker
    besides (`(FAIR; the authors' own repo)`)."""
    inside = _OPENING_PAREN.sub("", after, count=1)
    if inside == after:
        return False
    closing = min((at for at in (inside.find(")"), inside.find("）")) if at >= 0), default=len(inside))
    return (
        OTHER_KIND_AFTER.match(inside) is not None or _NOT_A_PAPER_SAID.search(inside, 0, closing) is not None
    )


# A book's imprint as ABNT, APA 6 and Chicago write it, its city, a colon, its publisher and year (`San Rafael: Morgan
# & Claypool, 2017.`, `Cambridge, MA: Harvard University Press, 1998`, `Rio de Janeiro: LTC, 2019`), or with a space
# before its colon as GOST and French usage write it (`New York : Springer, 2006`).
_PLACE_PUBLISHER = re.compile(
    r"[ \t]*[A-Z][\w'’\-]+(?:[ \t](?:[a-z]{2,3}[ \t])?[A-Z][\w'’\-]+){0,2}(?:,[ \t][A-Z]{2})?[ \t]?:[ \t]+"
    r"[A-Z][^:;.]{0,60}?,[ \t]+(?:19|20)[0-9]{2}\b"
)


# A work's whole length in pages when short, as ISO 690 and its kin give it (`12 p.`, `24 pp.`, `9 S.`, `30 с.`):
# a report or a paper, no book.
_FEW_PAGES = re.compile(r"(?<![0-9–\-])\b[1-5]?[0-9][ \t]?(?:p|pp|S|с|s|str)\.(?=[ \t]|$)")


def is_book_venue(venue: str) -> bool:
    """Whether a reference's only venue is a publisher (`MIT Press`, `Springer (Information Science and
    Statistics)`, `2nd edition`): a book, unless proceedings or a journal are named too, or an edited volume
    or a chapter of it (`in T. Roughgarden (ed.), Beyond the Worst-Case Analysis of Algorithms. Cambridge
    University Press, 2021, ch. 21`: a chapter, as a paper is), in the list's language too (`W: T. Roughgarden
    (red.), …, rozdz. 21`)."""
    return (
        (PUBLISHER.search(venue) is not None or _PLACE_PUBLISHER.match(venue) is not None)
        and not in_a_volume(venue)
        # (nor a report of a few pages from its place and publisher: `San Diego: Some Lab, 2018. 12 p.`)
        and not _FEW_PAGES.search(venue)
    )


def in_a_volume(venue: str) -> bool:
    """Whether what follows a reference's title says it is in a volume (see `_IN_A_VOLUME`)."""
    return _IN_A_VOLUME.search(venue.lstrip(" \t?!.,;")) is not None


# What says a reference is in a volume (a chapter of an edited book, proceedings, a journal), in the languages
# reference lists are written in: `In:` (Polish `W:`, Spanish `En:`, Portuguese `Em:`, French `Dans :`, Russian
# `В:`), its editors (`(eds.)`, `(Hrsg.)`, `(red.)`, `(dir.)`, `(ред.)`), its chapter (`ch. 21`, `rozdz. 21`,
# `cap. 3`, `Kap. 4`, `гл. 2`) or its pages.
_IN_A_VOLUME = re.compile(
    r"\bIn\b|^(?:W|En|Em|Dans|В)[ \t]?:|Proc|Journal|Conference|report"
    r"|\((?:eds?|Hrsg|red|réd|dir|coord|ред)\.\)|\bed(?:ited)?\.? by\b"
    r"|\b(?:ch(?:apter)?|rozdz|cap|Kap|гл)\.?[ \t]*[0-9]|\bpp\.[ \t]*[0-9]"
)


# Venue words and a year: `ICLR 2023`, `CVPR 2016`, `NeurIPS'22`, `ACL 2022`, `arXiv 2020`.
# (the meetings and journals that publish papers; `VENUE_NAMES` adds the preprint servers)
PUBLISHING_VENUES = (
    r"(?:ICLR|ICML|NeurIPS|NIPS|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|EACL|COLING|AAAI|IJCAI|KDD|WWW|SIGIR|"
    r"SIGGRAPH|UIST|CHI|TACL|TPAMI|JMLR|TMLR|COLM|CoRL|RSS|ICRA|IROS|MICCAI|Interspeech|ICASSP|UAI|AISTATS|"
    # (and Nature's and Science's journals by their names: `Nature Machine Intelligence`, `Science Robotics`)
    r"COLT|WACV|BMVC|ISCA|MLSys|OSDI|SOSP|NSDI|(?:Nature|Science)(?:[ \t]+[A-Z][a-z]+){0,3})"
)
VENUE_NAMES = PUBLISHING_VENUES[:-1] + "|arXiv|CoRR)"
# A journal by its name (its words, or a name a journal's abbreviation has: `J.`, `Trans.`, `Phys.`), its volume
# and pages if given, then its year: `Nature 596, 2021`, `J. Comput. Phys. 2019`, `Neural Computation 9(8), 1997`.
_JOURNAL_BY_NAME = (
    r"(?=[^\n]*\b(?:Nature|Science|Journal|J\.|Trans(?:actions|\.)|Proc(?:eedings|\.)|Letters|Lett\.|Review|Rev\.|"
    r"Computation|Comput\.|Phys(?:ics|\.)|Magazine|Mag\.|Annals|Ann\.|Acta|Commun(?:ications|\.)|Intell\.|Mach\.))"
    r"[A-Z][\w.&\-]*(?:[ \t]+(?:of|on|and|in|for|&|[A-Z][\w.&\-]*)){0,8}"
)
JOURNAL_YEAR = re.compile(
    _JOURNAL_BY_NAME
    + r"(?:,?[ \t]*(?:vol\.[ \t]*)?[0-9]{1,4}(?:[ \t]?\([0-9]{1,3}\))?(?:[:,][ \t]*(?:pp?\.[ \t]*)?[0-9]+(?:[-–][0-9]+)?)?)?"
    r",?[ \t]*\(?(?:19|20)[0-9]{2}\)?"
)
# A journal by its name (as above), then its volume and issue, with no year: `Neural Computation 18(7), 1527–1554`.
JOURNAL_VOLUME = re.compile(
    _JOURNAL_BY_NAME + r",?[ \t]*(?:vol\.[ \t]*)?[0-9]{1,4}[ \t]?\([0-9]{1,3}\)(?![\w(])"
)
VENUE_YEAR = re.compile(
    rf"\b{VENUE_NAMES}"
    r"(?:[ \t]+(?:Workshops?|Findings|Oral|Spotlight|Poster|Demo|Datasets and Benchmarks))?"  # (`CVPR Workshops 2022`)
    r"[ \t]*['’]?[ \t]*(?:19|20)?[0-9]{2}\b",
)


# A venue's own name, as a citation's container or a list's column gives it: a conference or a workshop by its name
# and year (`ACL 2021 System Demonstrations`, `NeurIPS 2020`), or its proceedings, a journal, a conference series.
_VENUE_TITLE = re.compile(
    rf"(?:{VENUE_NAMES})[ \t]*['’]?[ \t]*(?:19|20)?[0-9]{{2}}(?:[ \t]+[A-Z][a-z]+){{0,3}}"
    r"(?:[ \t]+(?:version|camera-ready|proceedings|edition))?"  # (`NeurIPS 2022 version`: which of the paper's)
    # (or its year's dates and calls: `EMNLP 2024 camera-ready: July 9`, `ICLR 2025 Workshop proposals: …`)
    rf"|(?:{VENUE_NAMES})[ \t]*(?:19|20)[0-9]{{2}}\b[^:\n]{{0,40}}:.*"
    r"|(?:Part[ \t]+of[ \t]+)?(?:Proceedings[ \t]+of|Advances[ \t]+in[ \t]+Neural[ \t]+Information[ \t]+Processing[ \t]+Systems|Findings[ \t]+of"
    r"|(?:(?:IEEE|ACM)[ \t]+)?Transactions[ \t]+on|Journal[ \t]+of[ \t]+(?:Machine|Artificial|Computational|the))\b.*"
    r"|(?:The[ \t]+)?(?:[0-9]+(?:st|nd|rd|th)[ \t]+)?(?:Annual[ \t]+)?(?:(?:International|European|North[ \t]+American"
    r"|Asian|Joint)[ \t]+)+(?:Conference|Workshop|Symposium)[ \t]+on\b.*"
)


def names_a_venue(title: str) -> bool:
    """Whether a title is a venue's name (`_VENUE_TITLE`), not a paper's."""
    return _VENUE_TITLE.fullmatch(title.strip()) is not None


# A comma, then who wrote the paper before it: `Title, Gilmer et al., ICML 2017`, `Title, Kingma and Ba, 2015`,
# `Title, Song, Meng & Ermon, ICLR 2021`.
COMMA_AUTHORS = re.compile(
    r",[ \t]+(?=[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?[ \t]+et[ \t]+al\b"
    r"|[A-Z][\w'’\-]+(?:,[ \t]+[A-Z][\w'’\-]+){0,8},?[ \t]+(?:and|&)[ \t]+[A-Z][\w'’\-]+,?[ \t]+"
    r"(?:[A-Za-z]+[ \t]*)?(?:19|20)[0-9]{2}\b)"
)
YEAR = re.compile(r"\b(?:19[5-9][0-9]|20[0-4][0-9])[a-z]?\b")


# A reading plan's label of the part a reading plays, before its title (`Core: Title`, `Optional: Title`,
# `Background reading: Title`, `Pflichtlektüre: Title`): the title follows it.
READING_ROLE = re.compile(
    r"(?:core|required|optional|background|bonus|extra|must[- ]read|main|supplementary|further|primary|secondary|"
    r"deep[- ]dive|stretch|pflicht|pflichtlektüre|zusatz|obligatoire|facultatif|complémentaire|obligatoria|"
    r"obligatorio|opcional|complementaria|obbligatoria|facoltativa|必读|选读|必読)(?:[ \t]+readings?)?[ \t]*[:：][ \t]*"
    r"(?=[\"“‘'*_\[A-Z0-9])",
    re.IGNORECASE,
)
# A numbered part of a course or a reading group before the title it reads (`Sitzung 3: Title`, `Week 2 — Title`,
# `Séance 4 : Title`, `第3回：Title`): the title follows it.
_PART_LEAD_PATTERN = (
    r"(?:(?:session|sitzung|sesi[oó]n|sess[aã]o|s[ée]ance|seduta|sessione|sesja|spotkanie|week|woche|semana|semaine|"
    r"settimana|tydzie[nń]|lecture|vorlesung|clase|aula|cours|lezione|wyk[lł]ad|day|tag|d[ií]a|jour|giorno|"
    r"dzie[nń]|part|teil|parte|partie|module|modul|m[oó]dulo|unit|einheit|unidad|unit[àa]|meeting|treffen|termin|"
    r"reuni[oó]n|r[ée]union|paper|reading|lektüre|lectura|leitura|"
    # (a topic, a chapter or a lesson: `temat 7`, `Thema 3`, `tema 2`, `téma 4`, `Kapitel 5`, `lesson 6`)
    r"topic|thema|tema|temat|téma|sujet|argomento|chapter|kapitel|cap[ií]tulo|capitolo|rozdzia[lł]|lesson|"
    r"lektion|lecci[oó]n|li[cç][aã]o|"
    # (a student's presentation of the reading: `Referat 3: Title`, `Exposé 2 : Title`, `Prezentacja 4: Title`)
    r"referat|referát|referaat|vortrag|pr[äa]sentation|presentation|expos[ée]|exposi[cç][aã]o|relazione|ponencia|"
    r"prezentacja|prezentace)[ \t]*#?[0-9]{1,3}"
    r"|第[ \t]*[0-9０-９一二三四五六七八九十]+[ \t]*[回周週讲講课課章节節]"
    # (a week, a session or a lecture counted after its number: `2회차`, `5강`, `4週目`, `2回目`)
    r"|[0-9]{1,2}[ \t]?(?:주차|회차|강|週目|回目))"
    # (and a word on it in parentheses, its date or who presents it: `temat 7 (benchmark): Title`, `Week 3
    # (5/23) Title`, the parenthesis closing the lead without a separator)
    r"(?:[ \t]*[(（][^()（）\n]{1,24}[)）][ \t]*(?:[:：—–]|-(?=[ \t]))?"
    r"|[ \t]*(?:[:：—–]|-(?=[ \t])))[ \t]*"
)
NUMBERED_PART = re.compile(_PART_LEAD_PATTERN + r"(?-i:(?=[\"“‘'«*_\[A-Z0-9]))", re.IGNORECASE)
# ... before anything at all (`Séance 6 : robustesse et raccourcis`): where a session's own name may follow.
PART_LEAD = re.compile(_PART_LEAD_PATTERN, re.IGNORECASE)
# A line that speaks of papers in the plural (`Two vision papers worth your weekend`, `More papers next week`) is
# about the papers of the list it heads or closes, never one of them: no paper title says "papers".
ABOUT_PAPERS = re.compile(r"(?<![\w-])papers(?![\w-])", re.IGNORECASE)
# ... and a count of papers in Chinese, Japanese and Korean (`读过的 8 篇论文`, `論文10本`, `논문 5편`).
_PAPERS_COUNTED = re.compile(
    r"[0-9０-９一二三四五六七八九十几多两]+[ \t]*篇(?:论文|論文|文章|paper)"
    r"|論文[ \t]*[0-9０-９]+[ \t]*本|[0-9０-９]+[ \t]*本の論文|논문[ \t]*[0-9]+[ \t]*편",
    re.IGNORECASE,
)


def speaks_of_papers(line: str) -> bool:
    """Whether a line speaks of papers in the plural, or counts them (`ABOUT_PAPERS`, `_PAPERS_COUNTED`)."""
    if ABOUT_PAPERS.search(line) is not None:
        return True
    return ("篇" in line or "本" in line or "편" in line) and _PAPERS_COUNTED.search(line) is not None


# The word a sentence calls one paper by, in the languages digests are written in (`… is het enige paper op de
# lijst`, `… ist der Aufsatz`, `… — це стаття`).
A_PAPER = re.compile(
    r"(?<![\w-])(?:paper|papier|preprint|artikel|article|artículo|artigo|articolo|aufsatz|publicatie|"
    r"publication|studie|стать[яюеи]|статт[яіею]|άρθρο|מאמר|論文|论文|논문|पेपर|পেপার|เปเปอร์|مقاله)(?![\w-])",
    re.IGNORECASE,
)

# `et al.` as the digests' other languages write it after a name (`Wu i dr.`, `Tay и др.`, `Müller u. a.`, `Dai dkk.`,
# `Kim ve ark.`, `Nowak i wsp.`, `Novák a kol.`, `Tóth és mtsai`, `Nguyễn và cộng sự`, `Liu o.ø.`, `Dai k.a.`,
# `Devlin we başg.`, `Jumper e.o.`, `Wei e.a.`), after a name's initial too (`Conneau A. we başg.`).
OTHER_ET_AL_WORDS = (
    r"(?:i[ \t]+dr|in[ \t]+dr|i[ \t]+sur|i[ \t]+wsp|i[ \t]+in|a[ \t]+kol|и[ \t]+др|и[ \t]+соавт|і[ \t]+інш|і[ \t]+ін|"
    r"та[ \t]+ін|u\.[ \t]?a|[ye][ \t]+col|et[ \t]+coll|dkk|ve[ \t]+ark|vd|va[ \t]+boshq|și[ \t]+colab|ym|m\.[ \t]?fl|jt|u\.[ \t]?c|"
    r"ir[ \t]+kt|idr|κ\.[ \t]?ά|o\.[ \t]?ø|k\.[ \t]?a|we[ \t]+başg|e\.[ \t]?[ao]|và[ \t]+cs)"
)
# (and in other scripts, no full stop after them: Arabic, Persian, Hebrew, Hindi, Thai, Chinese, Japanese, Korean)
OTHER_SCRIPT_ET_AL = (
    r"(?:وآخرون|و[ \t]آخرون|وغيرهم|وزملاؤه|و[ \t]همکاران|و[ \t]دیگران|ואחרים|ואח['׳]|और[ \t]अन्य|एवं[ \t]अन्य|आदि|इत्यादि|"
    r"และคณะ|等人|ほか|외"
    # (Chinese `等` alone, right after a Latin name: `Albert Gu, Tri Dao 等`)
    r"|(?<=[A-Za-z.][ \t])等|(?<=[A-Za-z.])等)(?=[ \t,.;:)）—–\-，。、；،؛]|$)"
)
# (its first space first, then the look back: a pattern that opens with a character class is searched fast; then
# the first letters of all its words at once, looked ahead for: most spaces are followed by none of them, and so are
# turned down by one test of a character set, not by one test of each of the thirty-odd words in turn)
_OTHER_ET_AL = re.compile(
    rf"[ \t](?<=[\w.][ \t])[ \t]*(?=[adeijkmouvwyéșκитіוوआइएऔแほ等외])(?:{OTHER_ET_AL_WORDS}(?:\.|$)|(?:és[ \t]+mtsai|và[ \t]+cộng[ \t]+sự)\b|{OTHER_SCRIPT_ET_AL})"
)


# An author's full name, given name first (`Sepp Hochreiter`, `David E. Rumelhart`, `Yao-Hung Hubert Tsai`, `Aäron
# van den Oord`): a given name, an initial or another given name or two, the family name after its particles.
_GIVEN = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
FULL_NAME = (
    rf"{_GIVEN}(?:[ \t](?:[A-Z]\.|{_GIVEN})){{0,2}}[ \t]"
    r"(?:(?:van|von|de|der|den|da|di|du|del|della|le|la|dos|das|ten|ter)[ \t]+){0,2}[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]+"
)

# One person's name and nothing else, two words but for initials and particles (`Nicola De Cao`, `Aäron van den
# Oord`): a list of names read from its start, not a title before them (`Long Short-Term Memory`).
ONE_PERSON = re.compile(
    rf"{_GIVEN}(?:[ \t][A-Z]\.)*[ \t](?:(?:[vV]an|[vV]on|[dD]e|[dD]er|[dD]en|[dD]a|[dD]i|[dD]u|[dD]el|[lL]e|[lL]a)[ \t]+){{0,2}}"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]+"
)

_LIST_PARTS = re.compile(r",|;|·|•| and |&")


def people_listed(line: str) -> bool:
    """Whether most of a list's parts are people's full names (`Cihang Xie, Mingxing Tan, Boqing Gong et al.`), not
    single words (`Distributed, Parallel, and Cluster Computing`: a listing's subjects)."""
    parts = [part.strip() for part in _LIST_PARTS.split(re.sub(r"\bet[ \t]+al\.?", "", line)) if part.strip()]
    full = sum(
        1
        for part in parts
        if (ONE_PERSON.fullmatch(part) or re.fullmatch(FULL_NAME, part))
        and not research_words(part.split())  # (`Computer Vision · Representation Learning`: a feed's topics)
    )
    return bool(parts) and full * 2 > len(parts)


# A word of one to three letters in lower case between two names: another language's `and` (`Glorot e Bengio`,
# `Loshchilov et Hutter`, `Graves, Wayne i Danihelka`, `Li und Liang`).
OTHER_AND = r"[^\W\d_A-Z]{1,3}"
# The words themselves, where any short word would be too loose: Portuguese and Italian `e`, Spanish `y`, `und`,
# `et`, Dutch `en`, the Nordic `og`/`och`, Turkish `ve`, Hungarian `és`, Finnish `ja`, Polish `i`/`oraz`, `и`, `та`.
AND_WORD = r"(?:i|e|y|u|und|et|en|og|och|ve|és|ja|oraz|и|і|та|kaj)"


# A desktop search's hit on one line (Recoll's `recollq -A`): the document's type, its address and its title in
# brackets, its size (`application/pdf<TAB>[file:///…/2103.03230v3.pdf]<TAB>[Title]<TAB>1432576<TAB>bytes`).
_INDEXED_DOCUMENT = re.compile(
    r"[ \t]*[a-z]+/[\w.+\-]+\t\[(?P<url>[^\]\t\n]+)\]\t\[(?P<title>[^\t\n]+)\]\t[0-9]+\tbytes\b"
)
# An arXiv id in brackets before a title, as arXiv's pages, its listings and its PDFs' names write it (`[2006.11239]
# Title`).
ID_IN_BRACKETS = re.compile(r"\[(?:arXiv:)?[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?\][ \t]+(?=\S)")


def indexed_document(line: str) -> tuple[str, str] | None:
    """(title, address) of a desktop search's hit on `line` (see `_INDEXED_DOCUMENT`), an arXiv page's title
    without the id it opens on (`[2103.00020] Title`); None for any other line."""
    if "\t[" not in line:
        return None
    found = _INDEXED_DOCUMENT.match(line)
    if found is None:
        return None
    title = found.group("title")
    listed = ID_IN_BRACKETS.match(title)
    return (title[listed.end() :] if listed is not None else title), found.group("url")


def english_et_al(text: str) -> str:
    """`text` with another language's `et al.` after a name written `et al.` (`Wu i dr.` → `Wu et al.`), so that
    a list of authors reads as one whatever language its writer cites in."""
    return _OTHER_ET_AL.sub(" et al.", text)


# The end of an authors list that a site cut short: `..., and 27 others`, `& 6 more`, `+3 more authors` (as `et al`).
MORE_AUTHORS = re.compile(
    r"[,;]?[ \t]*(?:and|&|\+)[ \t]*[0-9]+[ \t]*(?:others?|more(?:[ \t]+authors)?|authors?)?[ \t]*$",
    re.IGNORECASE,
)

# A head that names the authors and the year first, then a dash, a colon or a comma and the title (`Vaswani et al.
# 2017 - Title`, `Dean & Ghemawat (2004): Title`, `Kingma and Ba, 2015, Title`), as reading lists are often written.
AUTHORS_YEAR_FIRST = re.compile(
    # (or the year in parentheses, and a full stop or nothing after it: `Sun et al. (2023) Title`, APA's `(2023).`)
    r"(?P<lead>[A-Z][^*_\"“\[\n]{1,100}?[ \t,]\(?(?:19|20)[0-9]{2}[a-z]?\)?)"
    r"(?:(?:[ \t]*[:,]|[ \t]+[-–—])[ \t]+(?=[A-Z0-9\"“*_\[])|(?<=\))\.?[ \t]+(?=[A-Z0-9\"“]))"
)


# A PDF's path whose file name is how reference managers name a paper's PDF: `Papers/Goodfellow et al. 2014 -
# Generative Adversarial Networks.pdf` (Zotero, ZotFile, Mendeley: authors, year, title).
# (after a settings file's key, `FilePath = D:\\Papers\\….pdf`, `file: ~/papers/….pdf`)
_PDF_PATH = re.compile(
    r"^(?:[A-Za-z][\w.\-]{1,40}[ \t]*(?:=|:(?=[ \t]))[ \t]*)?(?:[A-Za-z]:)?(?:[^/\\\n:]*[/\\])*"
    r"(?P<name>[^/\\\n]{8,300})\.pdf$",
    re.IGNORECASE,
)
_FILE_NUMBER = re.compile(
    r"^[0-9]{1,3}(?:[ \t]*[-–—._)][ \t]*|[ \t]+)(?=[A-Za-z0-9])(?![0-9]{4}\b(?![.][0-9]))"
)
_DASHED_YEAR = re.compile(r"[ \t][-–—][ \t]((?:19|20)[0-9]{2}[a-z]?)[ \t][-–—][ \t]")
# A citation key before the title in a file's name, its year in two digits or four (`lecun-98 Title.pdf`).
_KEY_BEFORE_TITLE = re.compile(r"^[a-z]+[-_]?(?:19|20)?[0-9]{2}[a-z]?[ \t]+(?=[A-Z])")
_YEAR_THEN_WORD = re.compile(r"\b((?:19|20)[0-9]{2}[a-z]?)[ \t]+(?=[A-Z0-9])")


# A citation in parentheses that ends with the kind of thing it cites: `(Rush & Karamcheti, blog)`, `(Karpathy, video)`.
KIND_CITED = re.compile(
    r"\([^()\n]{2,60},[ \t]*(?:blog(?:[ \t]+post)?|post|video|talk|book|course|tutorial|podcast|slides|repo"
    r"|website|thread|newsletter)\)",
    re.IGNORECASE,
)
# Short fields before an item's title, each ended by a middle dot or a bar, as a list's columns are written in one
# line: a star count (`⭐ 4.1k ·`, `★ — ·`) and a date (`2015-03 ·`, `2021/06/14 |`).
LEADING_FIELDS = re.compile(
    r"(?:(?:[\u2b50\u2605\U0001F31F]\ufe0f?[ \t]*(?:[0-9][0-9.,]*[kKM]?|[—–-])"
    r"|(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}){1,2})[ \t]+[·|•][ \t]+)+"
)
_FILER_NOTE = re.compile(r"[ \t]+\([^()]{1,30}\)$")


def pdf_file_head(text: str) -> str | None:
    """The `Authors Year - Title` a PDF's path names (`Library/Li_2023_Some Title.pdf` → `Li 2023 - Some
    Title`), or None when `text` is no such path."""
    match = _PDF_PATH.match(text)
    if match is None:
        return None
    name = _KEY_BEFORE_TITLE.sub("", match.group("name").replace("_", " ").strip(), count=1)
    # (`01 Title.pdf`, `07 - Title.pdf`: its place in a numbered folder, no word of the title)
    name = _FILE_NUMBER.sub("", name, count=1)
    # (Zotero's own naming, `Caron et al. - 2021 - Title.pdf`: the year between two dashes)
    name = _DASHED_YEAR.sub(r" \1 - ", name, count=1)
    if not re.search(r"[ \t][-–—][ \t]", name):
        name = _YEAR_THEN_WORD.sub(r"\1 - ", name, count=1)
    # (`… Networks (NIPS).pdf`, `… Recognition (Proc. IEEE, scan).pdf`: the filer's note on the copy, not the title)
    return _FILER_NOTE.sub("", name)


def year_early(text: str) -> bool:
    """Whether a year may end the first 110 characters' lead (`AUTHORS_YEAR_FIRST`): a cheap test before it."""
    head = text[:112]
    return "19" in head or "20" in head


# Words that machine-learning papers' titles are made of (`Learning`, `Neural`, `Transformers`, `Few-Shot`,
# `Diffusion`): a Title Case run in a sentence that has none of them names a product, a place or a licence's term
# (`Apple Silicon by using Rosetta`, `Derivative Works in Source or Object`), not a paper.
RESEARCH_WORD = re.compile(
    r"(?:learn|model|network|neural|deep|train|transformer|attention|represent|language|linguistic|vision|visual|"
    r"image|video|speech|audio|diffusion|generat|reinforcement|optimi[sz]|gradient|infer|estimat|reason|agent|"
    r"retriev|embedding|adversarial|supervis|contrastive|classif|detect|segment|recogni|translat|sequence|graph|"
    r"predict|polic|reward|stochastic|bayes|probabil|variational|regulari[sz]|scal|benchmark|evaluat|algorithm|"
    r"convolution|recurrent|memory|quanti[sz]|compress|distill|fine-?tun|pre-?train|multi-?modal|[a-z]+-shot|"
    r"encod|decod|auto-?encod|autoregressive|latent|sparse|sparsity|efficien|robust|survey|semantic|knowledge|instruct|"
    r"align|feedback|prompt|architect|layer|feature|kernel|theor|descent|sampl|denois|score|energy|token|"
    r"llm|gan|rnn|cnn|net|machine|intelligen|planning|robot|imitation|exploration|multi-?task|transfer|"
    r"adaptation|generali[sz]|uncertaint|calibrat|interpret|explain|causal|text|word|data|embodied|"
    r"dynamic|system|method|approach|framework|objective|loss|label|question|answer|dialog|summar|caption|"
    r"3d|point|pixel|scene|object|pose|depth|radiance|rendering|protein|molecul|chemi|physic|equation|"
    r"operator|clustering|matrix|factori[sz]|search|game|control|planner|bandit|regret|fairness|privacy|"
    r"federated|parallel|distributed|hardware|compute|precision|context|retrieval|augment|self)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def is_research_word(word: str) -> bool:
    """Whether `word` opens on a word of research (`RESEARCH_WORD`): remembered, as the same words are asked of
    again and again (on the labelled digests, one distinct word in ten)."""
    return RESEARCH_WORD.match(word) is not None


def research_words(words: Sequence[str]) -> int:
    """How many of a title's words are words of research (`RESEARCH_WORD`)."""
    return sum(1 for word in words if is_research_word(word))


# Words that name a field of study or a textbook on one (`Speech and Language Processing`, `Dive into Deep Learning`,
# `Deep Learning: Foundations and Concepts`): a run made of these alone names a subject or a book, not a paper.
_SUBJECT_WORDS = frozenset(
    [
        "deep",
        "machine",
        "learning",
        "speech",
        "language",
        "languages",
        "processing",
        "natural",
        "pattern",
        "patterns",
        "recognition",
        "reinforcement",
        "computer",
        "vision",
        "probabilistic",
        "statistical",
        "statistics",
        "artificial",
        "intelligence",
        "neural",
        "networks",
        "network",
        "understanding",
        "dive",
        "foundations",
        "foundation",
        "concepts",
        "introduction",
        "principles",
        "elements",
        "mathematics",
        "modern",
        "approach",
        "information",
        "theory",
        "data",
        "science",
        "mining",
        "analysis",
        "computational",
        "linguistics",
        "robotics",
        "optimization",
        "convex",
        "algorithms",
        "signal",
        "graphics",
        "systems",
        "generative",
        "models",
        "modeling",
        "modelling",
        "applied",
        "practical",
        "hands-on",
        "fundamentals",
        "essentials",
        "perspective",
        "course",
        "lectures",
        "notes",
        # (a patent's or a library's classes of subject: `Engineering & Computer Science`, `Physics & Mathematics`)
        "engineering",
        "physics",
        "theoretical",
        "chemistry",
        "biology",
        "medicine",
        "economics",
        "electrical",
        "electronics",
    ]
)

_SUBJECT_JOINS = frozenset(
    ["a", "an", "the", "and", "&", "or", "of", "for", "in", "on", "into", "to", "with"]
)


# An arXiv subject class in parentheses, as an abstract page's `Subjects:` lists them (`Computation and Language
# (cs.CL)`): no title holds one.
ARXIV_CLASS = re.compile(
    r"\((?:cs|stat|math|eess|econ|q-bio|q-fin|physics|astro-ph|cond-mat|hep-(?:th|ph|ex|lat)|quant-ph|nlin|gr-qc"
    r"|nucl-(?:th|ex)|math-ph)\.[A-Za-z\-]{2,}\)"
)


def names_a_subject(words: Sequence[str]) -> bool:
    """Whether a title's words, its small ones aside, all name a field of study (`_SUBJECT_WORDS`)."""
    named = [word.strip(":,.").casefold() for word in words]
    named = [word for word in named if word not in _SUBJECT_JOINS]
    return bool(named) and all(word in _SUBJECT_WORDS for word in named)


# A journal's name after a title's comma, then its volume and the year, or the year in parentheses, as a citation
# ends: `, Nature Machine Intelligence 2 (2020)`, `, JMLR 21 2020`, `, Nature (2015)` (a venue and a bare year,
# `, NeurIPS 2019`, is weighed as a citation's venue, not cut here); with the year already cut off, its volume.
_JOURNAL_NAME = r",[ \t]+[A-Z][A-Za-z&.\-]*(?:[ \t]+(?:[A-Z][A-Za-z&.\-]*|of|on|and|in|for)){0,6}"
_VOLUME = r"[ \t]+[0-9]{1,4}(?:\([0-9]{1,3}\))?"
JOURNAL_AT_END = re.compile(
    _JOURNAL_NAME
    + rf"(?:{_VOLUME}[ \t]+(?:\((?:19|20)[0-9]{{2}}\)|(?:19|20)[0-9]{{2}})|[ \t]+\((?:19|20)[0-9]{{2}}\))\.?$"
)
JOURNAL_VOLUME_AT_END = re.compile(_JOURNAL_NAME + _VOLUME + "$")


# Words a title does not end on: a line that ends on one goes on below (`… More Sample-Efficient than`), and a text
# cut there was cut short.
TRAILING_FUNCTION_WORDS = frozenset(
    [
        *("a", "an", "the", "of", "for", "with", "than", "and", "or"),
        *("to", "in", "on", "by", "from", "via", "as", "at"),
    ]
)


# Item types (Zotero's, Mendeley's, a spreadsheet's `Type` column) of things that are not papers.
NOT_PAPER_TYPES = {
    "book": "a book",
    "course": "a course",
    "talk": "a talk",
    "tutorial": "a tutorial",
    "library": "software",
    "post": "a blog post",
    "newsletter": "a newsletter",
    "thread": "a thread",
    "booksection": "a book chapter",
    "webpage": "a web page",
    "blogpost": "a blog post",
    "computerprogram": "software",
    "software": "software",
    "dataset": "a data set",
    "thesis": "a thesis",
    "videorecording": "a video",
    "video": "a video",
    "episode": "a recording's episode",  # (a media library's item, Jellyfin's and Plex's `Episode`)
    "podcast": "a podcast",
    "newspaperarticle": "a news article",
    "magazinearticle": "a magazine article",
    "forumpost": "a forum post",
    "presentation": "slides",
    "slides": "slides",
    "lecture notes": "lecture notes",
    "repo": "a repository",
    "repository": "a repository",
    "blog": "a blog post",
    "website": "a web page",
    "tool": "a tool",
    "data": "a data set",  # (CITATION.cff's type of a data set)
    # (schema.org's types, as JSON-LD gives them in `@type`: an RO-Crate's files and code, a page's people)
    "file": "a file",
    "mediaobject": "a file",
    "imageobject": "an image",
    "softwaresourcecode": "software",
    "softwareapplication": "software",
    "person": "a person",
    "organization": "an organization",
    "place": "a place",
    # (Hayagriva's, Typst's bibliography: a web page, a volume or a journal, a recording, a patent ...)
    "web": "a web page",
    "proceedings": "a volume of proceedings",
    "periodical": "a periodical",
    "newspaper": "a news article",
    "audio": "a recording",
    "patent": "a patent",
    "artwork": "an artwork",
    "performance": "a performance",
    "exhibition": "an exhibition",
    # (in German, French, Spanish, Portuguese, Italian: a book, a course, a talk)
    "buch": "a book",
    "livre": "a book",
    "libro": "a book",
    "livro": "a book",
    "kurs": "a course",
    "cours": "a course",
    "curso": "a course",
    "vortrag": "a talk",
    "charla": "a talk",
    "llibre": "a book",
    "xerrada": "a talk",
    # (a book, a course and a talk in Finnish, Czech and Slovak, Polish, Dutch, the Nordic languages, Hungarian,
    # Turkish, Romanian, Croatian)
    **dict.fromkeys(
        ("kirja", "kniha", "książka", "boek", "bok", "bog", "könyv", "kitap", "carte", "knjiga"), "a book"
    ),
    **dict.fromkeys(("kurz", "kurssi", "kurs", "kurzus", "cursus", "corso", "kursus"), "a course"),
    **dict.fromkeys(
        ("přednáška", "prednáška", "wykład", "előadás", "luento", "föreläsning", "lezing"), "a talk"
    ),
    "capitulo": "a book chapter",
    "capítulo": "a book chapter",
    "kapitel": "a book chapter",
    "chapitre": "a book chapter",
    "vídeo": "a video",
    # (in Chinese, Japanese and Korean: a blog post, a book, a video, a course, a repository)
    "博客": "a blog post",
    "博文": "a blog post",
    "ブログ": "a blog post",
    "블로그": "a blog post",
    "书": "a book",
    "书籍": "a book",
    "書籍": "a book",
    "책": "a book",
    "视频": "a video",
    "動画": "a video",
    "영상": "a video",
    "课程": "a course",
    "講義": "a course",
    "代码": "software",
    "仓库": "a repository",
    # (in Hebrew, Arabic, Russian, Korean, Japanese, Turkish, Vietnamese, Indonesian: a tool, a library, a course,
    # a blog, a data set, a repository, a book)
    **dict.fromkeys(("כלי", "أداة", "инструмент", "도구", "ツール", "araç", "công cụ", "alat"), "a tool"),
    **dict.fromkeys(
        ("ספרייה", "مكتبة", "библиотека", "라이브러리", "ライブラリ", "kütüphane", "thư viện"), "software"
    ),
    **dict.fromkeys(("קורס", "دورة", "курс", "강의", "講座", "ders"), "a course"),
    **dict.fromkeys(("בלוג", "مدونة", "блог"), "a blog post"),
    **dict.fromkeys(
        ("מאגר נתונים", "مجموعة بيانات", "датасет", "데이터셋", "データセット", "veri seti"), "a data set"
    ),
    **dict.fromkeys(("מאגר קוד", "مستودع", "репозиторий", "저장소", "リポジトリ", "depo"), "a repository"),
    **dict.fromkeys(("ספר", "كتاب", "книга", "kitap", "sách", "buku"), "a book"),
    # (a program's or a library's documentation, in the sheets' languages)
    **dict.fromkeys(
        (
            *("documentation", "docs", "תיעוד", "توثيق", "документация", "документація", "문서"),
            *("ドキュメント", "文档", "dokümantasyon", "dokumentation", "documentación", "documentação"),
        ),
        "documentation",
    ),
    # (in the Latin-script languages of sheets: Spanish, Portuguese, French, German, Italian, Vietnamese)
    **dict.fromkeys(("curso", "cours", "kurs", "corso", "khoá học", "khóa học"), "a course"),
    **dict.fromkeys(("libro", "livro", "livre", "buch"), "a book"),
    **dict.fromkeys(("vídeo", "vidéo", "videó"), "a video"),
    **dict.fromkeys(("logiciel", "programvara", "phần mềm"), "software"),
    **dict.fromkeys(
        ("conjunto de datos", "jeu de données", "datensatz", "dữ liệu", "bộ dữ liệu"), "a data set"
    ),
    # (a reading list's resource types in the Nordic languages and Dutch: a web page, a book chapter, a book)
    **dict.fromkeys(("nettside", "netside", "webbsida", "webside", "verkkosivu", "webpagina"), "a web page"),
    **dict.fromkeys(
        ("bokkapittel", "bogkapitel", "bokkapitel", "kirjan luku", "boekhoofdstuk"), "a book chapter"
    ),
    **dict.fromkeys(("bok", "bog", "kirja", "boek"), "a book"),
}
# (read with their spaces taken out, as a type column's value is: `Book Section` is `booksection`)
NOT_PAPER_TYPES.update(
    {kind.replace(" ", ""): said for kind, said in list(NOT_PAPER_TYPES.items()) if " " in kind}
)


# A PDF's title that a word processor gave it from the name of the file it was printed from (`Microsoft Word -
# draft_final.doc`): no title of a paper.
WORD_PROCESSOR_TITLE = re.compile(
    r"^Microsoft[ \t]+(?:Word|PowerPoint)[ \t]+-|\.(?:docx?|odt|rtf|tex|dvi|pptx?)$", re.IGNORECASE
)


# Headers of a syllabus's or a reading group's column of what to read, its papers (Japanese, Chinese, Korean, German,
# Spanish, Catalan, Portuguese, Italian, Polish, Czech, Slovak, Russian, Ukrainian).
READING_HEADERS = frozenset(
    [
        *(
            "文献",
            "必読文献",
            "必読論文",
            "必読",
            "読む論文",
            "必读",
            "必读文献",
            "必读论文",
            "阅读",
            "阅读材料",
        ),
        *("필독", "필독 논문", "읽을 논문", "문헌", "lektüre", "pflichtlektüre", "lectura", "lecturas"),
        *("lectura obligatoria", "lectura obligatòria", "leitura", "leituras", "lettura", "letture"),
        *("lektura", "lektury", "četba", "čítanie", "povinná četba", "литература", "чтение", "література"),
        # (Estonian, Finnish, Hungarian, the Baltic and Nordic languages, Dutch, Turkish, Malay and Indonesian,
        # Vietnamese, Greek)
        *("lugemine", "lugemismaterjal", "lukemisto", "luettavaa", "olvasmány", "kötelező olvasmány"),
        *("skaitiniai", "literatūra", "lasāmviela", "läsning", "kurslitteratur", "litteratur", "lesestoff"),
        *("lectuur", "literatuur", "okuma", "okuma listesi", "bacaan", "bahan bacaan", "tài liệu đọc"),
        *("ανάγνωση", "βιβλιογραφία"),
    ]
)


def names_its_column(cell: str, header: str) -> bool:
    """Whether a table's short cell names its own column (`Keine Lektüre` under `Lektüre`, `No paper this week`
    under `Paper`): a remark where a title would stand."""
    name = header.strip().casefold()
    return bool(name) and len(cell.split()) <= 4 and name in cell.casefold()


# Zotero and Mendeley item types of papers.
PAPER_TYPES = frozenset(
    [
        "scholarlyarticle",  # (schema.org's)
        "journalarticle",
        "conferencepaper",
        # (in Spanish, Portuguese, French, German, Italian)
        "articulo",
        "artículo",
        "artigo",
        "artikel",
        "articolo",
        # (and in Norwegian and Danish, Finnish, Polish, Czech and Slovak, Hungarian, Turkish, Romanian, Russian,
        # Ukrainian, Greek)
        "artikkel",
        "artikkeli",
        "artykuł",
        "článek",
        "článok",
        "cikk",
        "makale",
        "articol",
        "статья",
        "стаття",
        "άρθρο",
        "preprint",
        "report",
        "thesis",
        "manuscript",
        "article",
        "inproceedings",
        "paper",
        "proceedingspaper",
        "workingpaper",
        "论文",
        "論文",
        "논문",
    ]
)
