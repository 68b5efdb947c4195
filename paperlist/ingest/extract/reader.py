"""Pure: text → references. No network, no database.

A digest is read the way a careful reader reads it:

1. find every arXiv / OpenReview identifier (`ids.find_ids`);
2. find the lines that head an entry: a title line (numbered, heading, bold, `[CV]` tag, `论文标题:` label, or
   a bare English title followed by what the digest says about it);
3. give each id the title it belongs to: the same line (`Title https://arxiv.org/abs/...`, a Markdown link's
   text, `[2403.01744] Title`) or the nearest free title line above a link line (`Title`, summary,
   `论文链接:`);
4. an entry runs from its head to the next head, a section heading or the page's tail (related articles,
   comments, "推荐阅读" ...); from it come the summary, authors, affiliations and code link;
5. titles named in prose (《》, “”, "", `论文X`) are papers too; nicknames (S4, Mamba, GPT-2) are only names.

Everything is line based, with compiled patterns and cheap prefilters: no step looks at a line more than a
constant number of times.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from paperlist.cjk import CJK_TEXT
from paperlist.digests import Extraction, NameMention, Reference, Rejected
from paperlist.ids import ASCII_LOWER, BARE_ID, ID_LINK_HOSTS, IdMatch, find_ids, parse_arxiv_id
from paperlist.ingest.extract.evidence import WEAK, Reason
from paperlist.ingest.extract.linescan import line_matches
from paperlist.ingest.extract.vocabulary import (
    A_PAPER,
    ABOUT_PAPERS,
    AND_WORD,
    AUTHORS_YEAR_FIRST,
    BOOKS_LEAD,
    COMMA_AUTHORS,
    DATE,
    DATESTAMP,
    DAY_MONTH_LEAD,
    EDITION,
    FULL_NAME,
    JOURNAL_AT_END,
    JOURNAL_VOLUME,
    KIND_CITED,
    MORE_AUTHORS,
    NOT_PAPER_TYPES,
    NOT_PAPER_URL,
    NUMBERED_PART,
    ONE_PERSON,
    OPAQUE_LINK,
    OTHER_AND,
    OTHER_SCRIPT_ET_AL,
    PAPER_SECTION,
    PAPER_SITE_HOSTS,
    PAPER_TYPES,
    PUBLISHER,
    PUBLISHING_VENUES,
    READING_ROLE,
    SENDER_THEN_TIME,
    SITE_PAGE_TITLE,
    TIMESTAMP,
    TO_READ,
    TRAILING_FUNCTION_WORDS,
    VENUE_NAMES,
    VERSIONED,
    VOLUME,
    WORD_PROCESSOR_TITLE,
    Label,
    date_in,
    english_et_al,
    indexed_document,
    is_paper_page,
    is_paper_site,
    is_project_page,
    is_research_word,
    kind_in_own_parenthesis,
    label_of,
    mostly_other_script,
    names_a_subject,
    names_a_venue,
    paper_page_title,
    pdf_file_head,
    people_listed,
    read_field,
    research_words,
    says_not_a_paper,
    says_not_papers,
    says_other_kind_after,
    speaks_of_papers,
    year_early,
)
from paperlist.models import Evidence

RAW_LIMIT = 300  # characters of digest text kept as a reference's `raw`
SUMMARY_LIMIT = 4000  # characters of summary kept per reference
LOOKBACK_LINES = 15  # how far above a link line its title may stand (title, blank, summary, blank, link)
WEAK_LOOKBACK_LINES = 3  # ... and a one-word title such as `1. EfficientNetV2`
WINDOW = 600  # characters around an id where its title can stand on its line (a title has at most 300)
REST_LIMIT = 2000  # characters after an id kept as the rest of its line (bounds work on giant lines)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- character classes and small patterns -------------------------------------------------------------------

_CJK = CJK_TEXT
_HAS_CJK = re.compile(f"[{_CJK}]")
# URLs are ASCII: one ends where Chinese text resumes (`检查点在https://github.com/a/b。`).
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+", re.IGNORECASE)
_URL_TAIL = ".,;:!?'*"
_URL_REST = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[(?P<label>[^\[\]\n]{1,300})\]\((?P<url>[^()\s]{1,2000})\)")
_IMAGE_NAMES = re.compile(r"(?:[\w\-.()]+\.(?:png|jpe?g|gif|webp|svg|bmp)\s*)+", re.IGNORECASE | re.ASCII)

# Hosts that point at a paper without an arXiv id: a title followed by one of these is a paper.
_CODE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<host>github\.com|gitlab\.com|gitee\.com|bitbucket\.org)/"
    r"(?P<owner>[A-Za-z0-9_.-]+)/(?P<repo>[A-Za-z0-9_.-]+)(?P<path>/[A-Za-z0-9\-._~/%]*)?",
    re.IGNORECASE,
)
_NOT_REPO_OWNERS = _word_set(
    "topics features about orgs settings sponsors marketplace login explore trending"
)
# The digest author's own channels, never a paper (weibo posts, WeChat articles, zsxq, short links).
_TRAP_HOSTS = (
    "weibo.com",
    "weibo.cn",
    "t.cn/",
    "weixin.qq.com",
    "zsxq.com",
    "xiaohongshu.com",
    "xhslink.com",
)
_TRAP_HOST = re.compile(
    r"^(?:https?://)?(?:[a-z0-9-]+\.)*(?:"
    + "|".join(re.escape(host.rstrip("/")) for host in _TRAP_HOSTS)
    + r")(?:[/?#]|$)",
    re.IGNORECASE,
)

# --- line heads ---------------------------------------------------------------------------------------------

_HEADING = re.compile(r"#{1,6}[ \t]+")
_QUOTE_MARK = re.compile(r">[ \t]*")
# (`**` opens bold, never a bullet: `**Title** Authors` starts with its title)
# (an en dash and a space is the list marker a word processor or a mail client writes for `- `)
_BULLET = re.compile(
    # (any of the geometric shapes, U+25A0 to U+25FF: `■ ▶ ▼ ◆ ○ ◎`, a Japanese mail magazine's `▼Title`)
    r"(?:[-+•·・\u25a0-\u25ff➤➜→]|[*–](?=[ \t])|[\U0001F300-\U0001FAFF\u2600-\u27BF])\ufe0f?[ \t]*"
)
# The first characters of bullets of a list of entries.
_LIST_BULLETS = "-*+•・–"
# A pretty-printed JSON array's key line (`"title": [`) and a string item of it (`"Title",`).
_JSON_ARRAY_KEY = re.compile(r'[ \t]*"(?P<key>[^"\n]{1,40})"[ \t]*:[ \t]*\[[ \t]*')
_JSON_STRING_ITEM = re.compile(r'[ \t]*"(?:[^"\\\n]|\\.)*",?[ \t]*')
# (items of a list, at most, that its lead alone may show are papers)
# Two subtitled titles joined by `and` in any language: `Name: Title A et Name: Title B`.
_TWO_NAMED_TITLES = re.compile(
    rf"[A-Z][\w\-]*:[ \t]+[A-Z][^:]{{10,}}?[ \t]+(?:and|&|{AND_WORD})[ \t]+[A-Z][\w\-]*:[ \t]+[A-Z]"
)
_SHORT_LIST = 6
_PART_REACH = 8  # lines above and below a plan's numbered part where its sibling parts are looked for
_SIBLING_TITLES_ABOVE = 4  # subtitled titles a line naming them short may stand above
_WORD_OR_NAME = re.compile(r"[\w][\w\-]*")  # (a word, or a name with its hyphens: `Funnel-Transformer`)
# A venue and its year run together, as a file's name writes them (`ICCV2019`, `NeurIPS2020`).
_VENUE_YEAR_WORD = re.compile(r"[A-Za-z]{2,}(?:19|20)[0-9]{2}[a-z]?")
# ... and of any item, heading or marked title a line may open with (`2.《Title》…`, `- Title …`, `## Title`).
_ITEM_FIRST = frozenset("-*+•・–#《【▪►▶●■◆➤→")
_NUMBER = re.compile(
    r"\d{1,3}[ \t]*[.、．)）](?![0-9])[ \t]*|[①-⑳⑴-⒇][ \t]*[.、．)）]?[ \t]*|\d{1,2}\ufe0f?\u20e3[ \t]*"  # `1️⃣`
    r"|\d{1,3}/(?:\d{1,3})?[ \t]+(?=\S)"  # a thread's numbering: `2/ Title`, `1/9 Title`
    r"|\d{1,2}-[ \t]+(?=\S)"  # (`1- Title`, as many an Arabic or Persian writer numbers a list)
    r"|[\[【(（][ \t]*\d{1,3}[ \t]*[\]】)）][ \t]*"
    r"|\[\^[^\]\s]{1,30}\][ \t]*:[ \t]*"  # a Markdown footnote's definition: `[^1]: `, `[^rope]: `
    r"|(?:No\.|#)[ \t]*\d{1,3}[ \t]*[.:：]?[ \t]*"
    r"|(?:Paper|论文|文章|Top)[ \t]*\d{1,3}[ \t]*[.:：、][ \t]*",
    re.IGNORECASE,
)
_CATEGORY = re.compile(
    r"[\[【(（][ \t]*(?P<cat>[A-Z]{2}"
    r"|(?:cs|stat|eess|math|econ|q-bio|q-fin|physics|astro-ph|cond-mat|quant-ph|hep-[a-z]{2}|nlin|gr-qc)"
    r"\.[A-Za-z-]{2,})[ \t]*[\]】)）][ \t]*"
)
_TITLE_LABEL_WORDS = (
    r"(?:论文标题|论文题目|论文名称|文章标题|论文名|論文名|英文标题|原文标题|标题|题目|"
    r"[Pp]aper[ \t]+[Tt]itle|[Tt]itle|"
    r"[Pp]aper(?:[ \t]+[A-Za-z]{0,2}[0-9]{1,3})?|论文(?:[ \t]?[0-9]{1,3})?|"
    # (in the other languages a record's fields are named in: `Titel   : …` in PowerShell's German lists)
    r"[Tt]itel|[Tt][ií]tulo|[Tt]itre|[Tt]itolo|[Tt]ytuł|[Нн]азвание|タイトル|論文タイトル|論文(?:[ \t]?[0-9]{1,3})?|題目|題名|논문[ \t]?제목|제목|"
    # (and in Finnish, Czech, Slovak, Hungarian, Romanian, Malay, Indonesian, Greek, Ukrainian)
    r"[Oo]tsikko|[Nn]ázev|[Nn]ázov|[Cc]ím|[Tt]itlu|[Tt]ajuk|[Jj]udul|[Ττ]ίτλος|[Нн]азва|"
    # (numbered, as a session's papers are: `論文2: Title`, `论文 1：Title`, `논문3: Title`)
    r"논문(?:[ \t]?[0-9]{1,3})?|"
    # (an article, in Swedish, German, Dutch, Danish and Norwegian, Polish, Czech, Turkish, with a sheet's code for
    # it: `Artikel A04: Title`, as a script's report prints its rows)
    r"(?:[Aa]rtikel|[Aa]rtikkel|[Aa]rtykuł|[Čč]lánek|[Mm]akale)(?:[ \t]+[A-Za-z]{0,2}[0-9]{1,3})?)"
)
# (emphasised too, as a search engine's hit marks the word searched for: `**paper**: Title`, `**Paper**: Title`)
_TITLE_LABEL = re.compile(
    r"(?:\*\*(?=[^*\n]{2,20}\*\*[ \t]*[:：]))?" + _TITLE_LABEL_WORDS + r"(?:\*\*)?[ \t]*[:：][ \t]*"
)
# ... or in brackets, as a topic label is written: `【论文标题】Title`, `[Paper Title] Title`.
_BRACKETED_TITLE_LABEL = re.compile(_TITLE_LABEL_WORDS)
# A model's name before a bar and the title: `CLIP｜Title`, `LLaVA | Title` (the name is kept as a nickname).
_NAME_BAR = re.compile(r"(?P<name>[A-Za-z0-9][\w.+\-]{0,23})[ \t]*[｜|][ \t]*(?=[A-Za-z0-9\"“*《])")
_SITE_SHOWN = re.compile(r"[ \t]+\((?P<site>(?:[a-z0-9\-]+\.)+[a-z]{2,6})\)$", re.IGNORECASE)
# A line that ends on a word no title ends with, before a line that starts with a capital: a wrapped title.
# (found as a line break before a capital, then the word before it looked at: far cheaper than one pattern)
_BEFORE_CAPITAL = re.compile(r"\n(?=[ \t]*[A-Z])")
_WRAP_WORDS = _word_set(
    "in of for with and or the a an on to via from by at toward towards through using into as"
)
_Decorations = tuple[tuple[str, re.Pattern[str]], ...]
# A day and month and a colon before a quoted title, a schedule's date for it (`16/1: "Title" — note`, `3.5.: „Title“`).
_DATE_BEFORE_QUOTE = re.compile(
    r"[0-3]?[0-9][/.][01]?[0-9]\.?(?:[/.](?:19|20)?[0-9]{2})?[ \t]*[:：][ \t]*(?=[\"“«„「『])"
)
# (and a week or a session counted after its number: `2회차 (6/11) Title`, `4週目: Title`)
_NUMBERED: _Decorations = (("number", _NUMBER), ("bullet", _DATE_BEFORE_QUOTE), ("part", NUMBERED_PART))
# A bracketed topic label of any script before a title: `【对比学习】Title`, `[Survey] Title`, `(NLP) Title`.
_TOPIC = re.compile(
    r"[\[【(（][ \t]*(?P<topic>[^\[\]【】()（）\n0-9:：|][^\[\]【】()（）\n|]{0,15}?)[ \t]*[\]】)）][ \t]*"
    r"(?=[A-Za-z0-9《“\"*]|\[[^\]\n]{1,12}\][ \t]*\[)"
)
# A to-do's due date at its end, as [x]it! writes it (`-> 2024-05-20`, `-> 2024-W22`, `-> 2024-05`), its tags after.
_DUE_AT_END = re.compile(
    r"[ \t]+->[ \t]+(?:19|20)[0-9]{2}(?:-(?:W|Q)?[0-9]{1,2}(?:-[0-9]{1,2})?)?(?=(?:[ \t]+#[^\s#]+)*[ \t]*$)"
)  # (its tags may follow: `-> 2024-W22 #efficiency`)
# A to-do's box, Markdown's and [x]it!'s (`[ ]`, `[x]`, `[@]` ongoing, `[?]` in question), its priority after it.
_TO_DO_MARK = re.compile(r"\[[ xX~/\-@?]\][ \t]*(?:[.!]*![.!]*[ \t]+)?")
_BRACKETED_START: _Decorations = (
    ("bullet", _TO_DO_MARK),
    ("number", _NUMBER),
    ("category", _CATEGORY),
    ("topic", _TOPIC),
)
# (and a reading plan's label of the part a reading plays, `Core: Title`: stripped, no title's label)
_WORD_START: _Decorations = (
    ("number", _NUMBER),
    ("label", _TITLE_LABEL),
    ("role", READING_ROLE),
    ("part", NUMBERED_PART),  # (`Week 5 — Title`, `Sitzung 4: Title`: the session that reads it)
)
_BULLETED: _Decorations = (("bullet", _BULLET),)
# Which decorations a line can start with, by its first character; anything from U+2022 on (bullets, ①,
# emoji, 【, Chinese labels) may be any of them.
_DECORATIONS_BY_START: dict[str, _Decorations] = {
    "#": (("heading", _HEADING), ("number", _NUMBER)),
    ">": (("quote", _QUOTE_MARK),),
    **dict.fromkeys("-+·", _BULLETED),
    "*": (("bullet", _BULLET), ("label", _TITLE_LABEL)),  # (`**paper**: Title`, a searched word marked)
    **dict.fromkeys("0123456789", _NUMBERED),
    **dict.fromkeys("[(", _BRACKETED_START),
    **dict.fromkeys("NnPpTtCcRrOoBbEeMmSsFfDdZzWwLlUuAaJjGgVv", _WORD_START),
}
_ANY_DECORATION: _Decorations = (
    ("number", _NUMBER),
    ("category", _CATEGORY),
    ("topic", _TOPIC),
    ("label", _TITLE_LABEL),
    ("bullet", _BULLET),
    ("part", NUMBERED_PART),
)
# A label and its colon before a citation, its authors, its year in parentheses, then its quoted title.
# (or a full-width space or a tab after it: `第2周　Vaswani et al. (2017) "Title"`)
_LEAD_THEN_CITED = re.compile(
    r"[^:：\"“\n]{1,40}?(?:[:：][ \t\u3000]*|[\u3000\t]+)"
    r"(?=[A-Z][^\n\"“]{0,120}?\((?:19|20)[0-9]{2}[a-z]?\)[ \t]*[\"“])"
)
# A cheap test that a stripped line could start with a title at all (after its decorations).
# A citation key set apart before a title (`@fedus2021   Switch Transformers: …`, `@vaswani2017attention<tab>Title`):
# a bibliography's key, as a writer lists the entries it lacks.
_CITE_KEY_FIRST = re.compile(r"@[A-Za-z][\w:.\-]{2,60}(?:[ \t]{2,}|\t)(?=[A-Z0-9\"“])")
_HEAD_START = re.compile(
    r"(?:[#>*_\[【(（《\-–+•·・\u25a0-\u25ff➤➜→0-9①-⒇A-Za-z\"“]|论文|标题|题目|文章|英文|原文|論文|題|タイトル|논문|제목|[Нн]азвание"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]"
    r"|\$[\w\-]+[ \t][^\n]*[ \t]isa[ \t]"  # (TypeDB's answer: `$t Title isa title;`)
    rf"|{_CITE_KEY_FIRST.pattern}"  # (`@fedus2021   Title`: a citation key, then its title)
    # (`第3周　反向传播：Rumelhart, … (1986) "Title"`: a label in any script and its colon, then a citation)
    rf"|{_LEAD_THEN_CITED.pattern})"
)
# A line ending on a PDF's name, its size after it as a listing prints it (`… Title.pdf (1.2 MB)`).
_PDF_AT_END = re.compile(r"\.pdf(?:[ \t]+\([^()\n]{1,20}\))?[ \t]*$", re.IGNORECASE)
_OPENING_QUOTES = frozenset('"“')
# First characters of lines that can begin a title (anything from U+2022 on is checked with _HEAD_START).
_HEAD_FIRST = frozenset('#>*_[(-–+"“0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
_NEWLINE = re.compile(r"\n")
# A head that names the authors first, then the title in emphasis or quotes (`Hu et al., *Title*`).
_AUTHORS_FIRST = re.compile(
    r"(?P<lead>[^*_\"“\[\n]{2,120}?)[ \t]*[,:.][ \t]*(?=\*{1,2}[^*\s]|_{1,2}[^_\s]|[\"“])"
)
# Surnames alone, a word or two each, before a colon and the title (`Leviathan, Kalman, Matias: Title`).
_SURNAMES_COLON = re.compile(
    r"(?P<surnames>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)[A-Z][\w'’\-]+"
    r"(?:[ \t]+[A-Z][\w'’\-]+)?)+(?:,?[ \t]+et[ \t]+al\.?)?):[ \t]+(?=[A-Z0-9])"
)
# Names, then a spaced dash before the title (`Kingma and Ba - Adam: …`): two names or more, or `et al.`.
_NAMES_THEN_DASH = re.compile(
    r"(?P<lead>[A-Z][^\n—–:]{1,100}?(?:,|\band\b|&|\bet al\.?)[^\n—–:]{0,100}?)[ \t]+[-—–][ \t]+(?=[A-Z0-9])"
)
# What a search engine writes after the authors: the venue and the year (`International Conference on …, 2023`).
_VENUE_THEN_YEAR = re.compile(r"[^.\n]{0,120}?,[ \t]*(?:19|20)[0-9]{2}[ \t]*(?:[-–—][ \t]*\S+)?[ \t]*$")
_CITED_TITLE_END = re.compile(
    r",[ \t]+(?=(?:Proc\b|In[ \t]|Journal|Trans\b|IEEE|ACM|" + VENUE_NAMES + r")\b)"
    r"|,[ \t]+(?=[A-Z][^,.;\n]{2,60}?\b(?:19|20)[0-9]{2}\b)"  # (`, Neural Computation 1997`)
    # (a full stop after a number ends it only before a capital: `9. bölüm`, `3. Kapitel` are ordinals)
    r"|(?:[!?]|(?<![0-9])\.|\.(?=[ \t]+[A-Z0-9]))[ \t]+(?=[A-Za-z0-9])"
    r"|[ \t]*[(（](?=[^()（）\n]{0,40}\b(?:19|20)[0-9]{2}\b[^()（）\n]{0,20}[)）])"  # (`Title (ICML 2023 oral)`)
)
# (its first spaces written as one space, then any more: the engine scans for that character; the dash after them is
# no space, so the same spaces are taken)
SPACED_DASH = re.compile(r"[ \t][ \t]*(?:——|[—–])[ \t]+")  # (`——`: a Chinese text's dash)
_DOUBLE_HYPHEN = re.compile(r"[ \t]+--[ \t]+")  # plain text's em dash (email, READMEs)
# An arrow spaced as a dash is (`Title  -> what it explains`): one alone, not a chain of steps (`SFT → RM → PPO`).
_ARROW = re.compile(r"[ \t]+(?:->|=>|→)[ \t]+")
# Where a writer's note after a title starts: a dash or an arrow (`— reads well`, `-> explains the init below`).
_NOTE_AFTER_DASH = re.compile(r"[ \t]*(?:——|[—–]|--|->|=>|→)[ \t]+\S")
# Marks an emphasised or quoted title starts with (`Su et al., *Title*`): looked for before the authors are.
_TITLE_MARK = re.compile(r"[*_\"“]")
# (in any language written in letters: `Güvenlik tarafında tek bir makale öneriyorum: Title`)
_LEAD_IN = re.compile(
    r"(?:(?:19|20)[0-9]{2},?[ \t]+)?"  # (`2020, la idea que lo cambió todo: Title`: the year it came out)
    # (two words or more: `final paper: Title`; none after a comma, which ends the writer's clause)
    # (and a note in parentheses after them: `Dodatkowo (poza blokiem, dla chętnych): Title`)
    r"(?P<lead>[^\W\d_][\w'’]*(?:(?:[ \t]+[^\W\d_][\w'’\-]*){1,10}(?:[ \t]+\([^()\n]{1,80}\))?|[ \t]+\([^()\n]{1,80}\)))"
    r"[ \t]*:[ \t]+[\"“]?(?=[A-Z0-9])"
)
# A scholarly search engine's tag before a result's title, of a file or a citation (not `[BOOK][B]`: a book's).
_SEARCH_RESULT_KIND = re.compile(r"\[(?:PDF|HTML|DOC|PS|CITATION)\]\[(?:PDF|HTML|DOC|PS|C)\][ \t]*")
# The Latin words that end a line of a Chinese or Japanese text, and those that open the next (to its next letter of
# another script, a citation mark or a parenthesis).
_LINK_START = re.compile(r"(?:h?ttps?|ftp)://|www\.", re.IGNORECASE)
_LATIN_TAIL = re.compile(r"(?:[A-Za-z0-9][\w'’\-.:]*[ \t]+)+[A-Za-z][\w'’\-]*$")
_LATIN_OPENING = re.compile(r"[A-Za-z][\w'’\-]*(?:[ \t]+[A-Za-z0-9][\w'’\-:]*)*")
# A feed's source line: where a paper appeared, a dot and its year (`ICML · 2021`, `arXiv.org · 2020`).
_SOURCE_THEN_YEAR = re.compile(r"[^\n]{2,160}?[ \t]+[·•][ \t]+(?:19|20)[0-9]{2}")
_YEAR_LEAD = re.compile(r"(?:19|20)[0-9]{2}[ \t]*[:：][ \t]+(?=[A-Z0-9\"“])")  # (a timeline's `2022: `)
# A word or three of the writer's, a colon, then a title in quotes and nothing else.
_WORD_THEN_QUOTED = re.compile(
    r"[^\W\d_][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,2}:[ \t]+[\"“](?P<title>[^\"“”\n]{4,300})[\"”]$"
)
_TITLE_STOP = re.compile(r"(?<![A-Z])(?<!\bal)(?<!\bvs)(?<!\bNo)(?<!\bet)(?<!a\.k\.a)\.[ \t]+(?=[A-Z0-9])")
_QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}  # (French guillemets and German quotes too)
# The link right after a quoted name: `"Name"](url)`, `"Name" (url)`, `"Name" — url`, `"Name": url`.
_LINK_AFTER = re.compile(r"[ \t]*(?:\]\(|[(（][ \t]*|[—–:-][ \t]*)(?P<url>(?:https?://|www\.)[^\s)）\]]+)")
# A sentence ending and the next opening, in any Latin-script language (`… na GPU. O DeepSpeed …`).
_SENTENCE_BREAK = re.compile(r"[a-zà-ÿ)][.!?][ \t]+[A-ZÀ-Ý]")
_SENTENCE_INSIDE = re.compile(r"[.!?][ \t]+[A-Z][a-z]+[ \t]+[a-z]")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# How research titles open and a book's or a course's rarely do: a verb in -ing, `Towards`, `Rethinking`.
# (`Learning`, `Computing`, `Programming` open as the nouns that name a field, and its books: `Learning Theory from
# First Principles`)
_RESEARCH_OPENING = re.compile(
    r"(?:(?!(?:Learn|Comput|Engineer|Programm|Process|Min|Think|Reason)ing\b)[A-Z][a-z]+ing|Towards?|Rethinking"
    r"|Revisiting|Beyond)[ \t]"
)
_EMPHASIS_AMONG = re.compile(r"(?<![*\w])\*(?P<curly>[A-Za-z0-9][^*\n]{5,250}?)\*(?![*\w])")
_PARENTHESES = re.compile(r"\([^()]*\)")

_LATIN_RUN = re.compile(f"[^{_CJK}]+")
_CJK_LEAD = re.compile(f"[{_CJK}]{{1,12}}[ \t]*[:：][ \t]*(?=[A-Za-z0-9])")
_TRIM = " \t-–—|:：,;/\\(（[【*_~`'\"“”‘’"
_SMALL_WORDS = _word_set(
    "a an the of for and or nor in on at to by from with without via into onto over under vs vs. "
    "versus as is are be its it their our your we do does not but if than that this these those up "
    "out off per about across after against along among around before behind below beneath beside "
    "between beyond during like near since through toward towards until upon within can how what when "
    "where which who why all you need"
)
_NAV_WORDS = _word_set(
    "home about contact blog login log sign in up register subscribe search menu share follow archive "
    "archives tags tag categories category privacy policy terms rss next previous prev newer older "
    "posts top back to more read comments comment reply like likes views shares download app open"
)
# Words of news headlines and newsletter mastheads, which paper titles do not use.
_NEWS = re.compile(
    r"\b(?:announces?|announced|launch(?:es|ed)|unveil(?:s|ed)|raises|raised|acquires?|acquired|says|said|sues|"
    r"sued|hires|partners with|releases|released|rolls out|teams up|invests|debuts|wins|valued at|funding|IPO|"
    r"CEO|startup|reports|reported|breaking|exclusive|issue[ \t]*#?[0-9]+|weekly|newsletter|roundup|"
    r"this week)\b|\$[0-9]",
    re.IGNORECASE,
)
# (names in Latin letters with diacritics too: Rozière, Stańczyk, Łukasz)
# (a romanised Korean or Chinese given name keeps its second syllable in lower case: `Jun-ho`, `Seung-won`)
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ɏ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zA-Zß-öø-ÿĀ-ɏ'’]+)*(?:-[a-z]{2,5}(?![\w\-]))?|[A-Z]\.?(?:-?[ \t]?[A-Z]\.)*)"
_PERSON = (
    _NAME_WORD
    + r"(?:[ \t]+(?:"
    + _NAME_WORD
    + r"|van|von|de|den|der|del|della|da|di|du|dos|das|las|los|le|la|ten|ter|zu)){0,4}"
)
_AUTHOR_PART = re.compile(_PERSON + r"[ \t]*[0-9*†‡∗,]*")
_INITIAL = re.compile(r"(?:^|[ \t])[A-Z]\.?(?=[ \t]|$)")
# (and in German, Spanish, Portuguese, French, Russian, Japanese, Korean: the vocabulary's author labels)
_OTHER_AUTHOR_WORDS = (
    r"Autoren|Autores|Autor|Auteurs|Авторы|著者|저자|"
    # (Swedish, Danish and Norwegian, Finnish, Italian, Polish, Czech, Turkish, Vietnamese, Indonesian, Ukrainian)
    r"Författare|Forfattere|Forfatter|Tekijät|Autori|Autorzy|Autoři|Yazarlar|Tác giả|Penulis|Автори"
)
_AUTHOR_LABEL = re.compile(
    rf"(?:作者|作者们|Authors?|By|{_OTHER_AUTHOR_WORDS})[ \t]*[:：][ \t]*", re.IGNORECASE
)
_AFFILIATION_LABEL = re.compile(
    r"(?:机构|单位|作者单位|Affiliations?|Institutions?|Organi[sz]ations?)[ \t]*[:：][ \t]*"
)
# A Latin title of four words or more in 【】, alone or with its venue and year after it.
_TITLE_IN_BRACKETS = re.compile(
    r"【(?P<title>[A-Za-z0-9][^【】\n\u3000-\u9fff\uff00-\uffef]{3,250}?(?:[ \t][^【】\s\u3000-\u9fff]+){3,})】"
    r"(?P<venue>[ \t]*(?:[(（][^()（）\n]{0,30}?(?:19|20)[0-9]{2}[^()（）\n]{0,20}[)）])?)[ \t]*"
)
_BRACKET_LINE = re.compile(r"\[(?P<inner>[^\[\]\n]{2,200})\]|【(?P<full>[^【】\n]{2,200})】")
# `Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG)`: an arXiv listing's categories.
_SUBJECTS = re.compile(
    r"(?:Subjects|分类|类别)[ \t]*[:：][^(（\n]*[(（](?P<cat>[a-z\-]+\.[A-Za-z\-]{2,})[)）]"
)
_FIELD_LABEL = re.compile(
    r"(?:Subjects|Comments|Authors?|Journal-ref|DOI|Report-no|MSC-class|ACM-class|Abstract|Summary|Keywords|"
    r"Affiliations?|Code|Venue|Published|Submitted|Note|"
    r"备注|作者|机构|单位|摘要|关键词|分类|代码|会议|期刊|发表|"
    # (where it was found, as other languages label it: `Quelle  : NeurIPS 2019, https://…`)
    rf"{_OTHER_AUTHOR_WORDS}|Quelle|Fuente|Fonte)[ \t]*[:：]",
    re.IGNORECASE,
)
_SUMMARY_LABEL = re.compile(
    r"(?:摘要|简介|概要|概述|一句话总结|总结|TL;?DR|Abstract|Summary)[ \t]*[:：][ \t]*", re.I
)
# Words that label a link ("论文链接:", "Code:", "Project page").
_LINK_WORDS = (
    "论文|文章|原文|项目|代码|开源|官方|paper|pdf|arxiv|link|code|github|project|page|url|abs|网址|链接|地址|"
    "主页|下载|源码|repo"
)
_LINK_LABEL = re.compile(rf"(?:{_LINK_WORDS})[^。，,.;；\n]{{0,8}}[:：]?[ \t]*$", re.IGNORECASE)
# A label of one or two words and its colon right before a link, in any language (`Enlace: `, `Artículo: `, `Lähde:`),
# after the line's start or the end of the writer's sentence.
_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=[\s.。!?！？;；,，(（]))(?P<label>[^\W\d_][^\s:：.。]{0,24}(?:[ \t][^\s:：.。]{1,24})?)[:：][ \t]*$"
)
_LABEL_WORDS = re.compile(
    rf"(?:{_LINK_WORDS}|gitlab|openreview|html|home|website|网站|[:：|/\-–—•·,，、()（）\[\]【】<>《》\s])+",
    re.IGNORECASE,
)
_BRACKETED_SEGMENT = re.compile(r"[\[【][^\]】\n]{0,120}[\]】]")
# A comment section's heading or count (`Comments`, `3 Responses to “…”`, `Leave a reply`, `全部评论`).
_COMMENTS = (
    r"全部评论|热门评论|精选留言|评论区|发表评论|写下你的评论|\d+\s*条评论|Leave a (?:comment|reply)|"
    r"\d+\s+(?:comments|responses)\b|Comments?\s*(?:\(\d+\))?$"
)
_COMMENTS_MARKER = re.compile(_COMMENTS, re.IGNORECASE)
# Where a page's own content ends: its related or recommended articles, its share buttons and copyright, its comments.
_TAIL = re.compile(
    r"(?:往期精彩|往期回顾|往期推荐|推荐阅读|相关推荐|相关阅读|相关文章|热门推荐|热门文章|猜你喜欢|延伸阅读|精彩推荐|"
    r"责任编辑|原文标题|文章出处|最后编辑于|版权声明|©|"
    r"Related (?:posts|articles|stories|reading)|Recommended (?:for you|reading|posts|articles)|"
    r"You (?:may|might) also like|More from|Share this|Copyright\b|" + _COMMENTS + ")",
    re.IGNORECASE,
)
_SECTION_HEADING = re.compile(
    r"\b(?:papers?|preprints?|reading|readings|picks?|highlights?|news|research|articles?|links?|"
    r"resources|updates?|recap|roundup|digest|newsletter|"
    # (a changelog's sections, as towncrier and Keep a Changelog name them: `Deprecations and Removals`, `Bugfixes`)
    r"features|bug[ \t]?fixes|bugfixes|deprecations|removals|improvements|breaking[ \t]+changes|"
    r"improved[ \t]+documentation)\b",
    re.IGNORECASE,
)
_RULE = re.compile(r"(?:[-*_=—─]\s*){3,}")
_SECTION_MARKS = frozenset("#-*_=—─")  # first characters of headings and rules
_CHROME_LINE = re.compile(
    r"(?:文章图片|图片|image|img|点击.{0,12}(?:查看|阅读|关注|下载)|扫码.{0,20}|长按.{0,20}|.{0,20}二维码.{0,20}|"
    r"(?:点赞|在看|转发|分享|收藏|举报|关注|赞赏)"
    r"(?:[ \t|/、,，]*(?:点赞|在看|转发|分享|收藏|举报|关注|赞赏))*|"
    r"\[?图\]?|Figure|Fig\.?\s*\d*|Advertisement|广告|Loading\.*|加载中\.*|"
    # engagement counters under a post: `阅读原文 阅读 1.2万 在看 56`
    r"(?:(?:阅读原文|阅读|在看|点赞|分享|收藏|转发|评论|喜欢|赞)[ \t]*(?:[0-9.]+[万kKw+]?)?[ \t|·]*)+)",
    re.IGNORECASE,
)
_HEADING_PUNCT = re.compile(r"[。.!！?？,，;；:：、]")
# A section of learning material other than papers: courses, books, videos and channels, tutorials, podcasts (in
# the digests' languages), whose items' names read like titles. (Not tools or libraries: a paper on one is listed
# there; not comments or news, whose sentences name papers.)
_MATERIALS_SECTION = re.compile(
    r"\b(?:courses?|books?|textbooks?|videos?|channels?|tutorials?|lectures?|podcasts?|moocs?|kurse|bücher|"
    r"livres|vidéos|cursos|libros|livros|corsi|libri|boeken|kursy|książki|курсы|книги|видео|курси|книжки|"
    r"відео|kurslar|kitaplar|khóa học|sách|kursus|buku|μαθήματα|βιβλία|βίντεο)\b|"
    r"कोर्स|पाठ्यक्रम|किताबें|पुस्तकें|वीडियो|चैनल|دورات|كتب|فيديوهات|قنوات|دوره‌ها|کتاب‌ها|ویدیوها|"
    r"קורסים|ספרים|סרטונים|ערוצים|คอร์ส|หนังสือ|วิดีโอ|ช่อง|강의|강좌|도서|영상|채널|"
    r"课程|課程|书籍|書籍|视频|影片|教程|频道|頻道|講座|講義|動画|チャンネル",
    re.IGNORECASE,
)
_SECTION_REACH = 20  # (lines below its heading, at most, that a section of such material is read to hold)
# A numbered section's label on a line of its own, a list of items below it (`2. Books` / `- …`, `3) 도구`).
_NUMBERED_LABEL = re.compile(r"[0-9]{1,2}[.)][ \t]+(?P<label>[^\W\d_][^\n]{0,21})")

# --- reference lists ----------------------------------------------------------------------------------------

# A year or a GB/T 7714 document-type mark: the signs of a reference-list entry.
# An author as initials, then the name (`N. A. Smith`, `J.-H. Jacobsen`, `K. Choromanski`).
_INITIALS_NAME = r"(?:[A-Z]\.(?:[ \t]?-?[A-Z]\.)*[ \t]?[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?)"
# The authors an entry opens on, initials first, and the full stop before its title (`A. Gu, T. Dao. `).
_INITIALS_AUTHORS_LEAD = re.compile(
    rf"{_INITIALS_NAME}(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+){_INITIALS_NAME})*"
    r"(?:[ \t]+et[ \t]+al)?\.[ \t]+(?=[A-Z0-9])"
)
_CITATION_HINT = re.compile(r"\b(?:19|20)[0-9]{2}\b|\[(?:[JCMDRPSNAZ]|EB/OL|[JCM]/OL)\]")
_CITATION_STYLES = (
    # GB/T 7714: `Vaswani A, Shazeer N, et al. Attention is all you need[J]. Advances in ..., 2017.`
    re.compile(r"(?:^|\.[ \t]+)(?P<title>[^.\[\]]{8,300}?)[ \t]*\[(?:[JCMDRPSNAZ]|EB/OL|[JCM]/OL)\]"),
    # IEEE: `A. Radford et al., "Language models are unsupervised multitask learners," OpenAI blog, 2019.`
    # (its authors and a comma before the quote: not `the "Dive into Deep Learning" chapter`)
    re.compile(r"(?:^|,[ \t]*)[\"“](?P<title>[A-Z][^\"“”]{6,300}?),?[\"”]"),
    # APA: `He, K., Zhang, X., & Sun, J. (2016). Deep residual learning for image recognition. In CVPR.`
    re.compile(r"\((?:19|20)[0-9]{2}[a-z]?\)\.?[ \t]+(?P<title>[A-Z][^.?!]{6,300}[?!]?)(?:\.|$)"),
    # initials first (LNCS, ACM, many a blog): `A. Gu, T. Dao. Title. arXiv:2312.00752.`, `K. Choromanski et al.
    # Title. ICLR 2021.`: the authors, the title, then its source with a year or an arXiv id
    re.compile(
        rf"^{_INITIALS_NAME}(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+){_INITIALS_NAME})*"
        r"(?:[ \t]+et[ \t]+al\.?)?\.?[ \t]+(?P<title>[A-Z0-9][^\n]{6,300}?)(?:\.|(?<=[?!]))[ \t]+"
        r"(?=[^\n]{0,80}?(?:\b(?:19|20)[0-9]{2}\b|arXiv))"
    ),
)

# --- titles inside prose ------------------------------------------------------------------------------------

_BOOK_CLOSE = re.compile(r"[》」』]")
# (`<Title>` and `〈Title〉` as Korean posts quote a title: a name of words, never a tag's or a link's `<...>`)
# (its ways open on one character class, the mark; a look back after it chooses the way: the engine scans for the
# class instead of trying the pattern at every position of the text)
_BOOK_TITLE = re.compile(
    r"[《「『〈<](?:(?<=[《「『〈])(?P<title>[A-Za-z0-9][^《》「」『』〈〉\n]{3,250}?)[》」』〉]"
    r"|(?<=<)(?<![\w<]<)(?P<angled>[A-Z][^<>/=@:\n]{2,250}?[ \t][^<>/=@\n]{1,250}?)>(?!>))"
)
# A quoted title may wrap onto the next line of its paragraph.
# (Quotation marks as the digests' languages write them: “English”, „German“, „Polish”, ”Finnish”, « French ».)
# (both ways open on one character class, the opening quote, a look back after it choosing the way, as in
# `_BOOK_TITLE`)
_QUOTED_TITLE = re.compile(
    r"[“„”«\"](?:(?<=[“„”«])[ \u00a0\u202f]?(?P<curly>[A-Za-z0-9][^“”„«»\n]{5,250}?(?:\n[^“”„«»\n]{1,200}?)?)"
    r"[ \u00a0\u202f]?[”“»]"
    r"|(?<=\")(?P<straight>[A-Za-z0-9][^\"\n]{5,250}?(?:\n[^\"\n]{1,200}?)?)\")"
)
# The marks a program's comment line opens with (`#`, `//`, `--`, `;`, `%`), as alternatives of a pattern.
_COMMENT_MARK_WORDS = r"#+|//|--|;+|%+"
# A quoted name's closing quote, a conjunction, and the next name's opening quote (`" och "`, `» et «`, `” и “`).
_CONJUNCTIONS = r"(?:and|och|og|und|et|e|y|i|и|та|і|ve|és|ja|a|oraz|en|dan|or|или|або)"
_QUOTES_JOINED = re.compile(r"[\"”»“](?:,|[ \t\u00a0]+" + _CONJUNCTIONS + r")[ \t\u00a0]+[\"“„«]$")
# ... and after a quoted name's closing mark, the next one's opening (`" e "`, `", "`).
# (or the conjunction ending a comment's line, the next quote opening the next past its mark: `" and` / `// "`)
_QUOTES_JOINING = re.compile(
    r"(?:,[ \t\u00a0]+|[ \t\u00a0]+"
    + _CONJUNCTIONS
    + rf"(?:[ \t\u00a0]+|[ \t]*\n[ \t]*(?:{_COMMENT_MARK_WORDS})?[ \t]*))"
    r"[\"“„«][ \u00a0\u202f]?"
)
# What a sentence says to read, in Title Case up to the sentence's end (`Then read Neural Turing Machines.`).
_READ_IN_PROSE = re.compile(
    r"\b(?:[Tt]hen|[Nn]ext|[Ff]irst|[Aa]lso|[Nn]ow)?[ \t]*(?:read|re-?read|skim)[ \t]+"
    r"(?P<title>[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z0-9][\w'’\-]*|of|for|with|and|in|on|to|the|a|an|via|from)){2,12})"
    # (its end: the sentence's, or the writer's next word in lower case, `… read Title last night and …`)
    r"(?=[.;!?](?:[ \t]|$)|[ \t]+(?!(?:of|for|with|and|in|on|to|the|a|an|via|from|by|et)\b)[a-z])",
    re.MULTILINE,
)
# A title called a paper in the writer's sentence and cited right after (`the Neural Turing Machines paper (Graves,
# Wayne and Danihelka, 2014)`).
_THE_PAPER_CITED = re.compile(
    r"\b[Tt]he[ \t]+(?P<title>[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z0-9][\w'’\-]*|of|for|with|and|in|on|to|the|a|an|via|from|as|is|are)){1,12})"
    r"[ \t]+paper[ \t]*\((?P<who>[^()\n]{3,90}?,?[ \t]*(?:19|20)[0-9]{2}[a-z]?)\)"
)
# A name in straight single quotes, opening with a capital (`and 'Linformer: Self-Attention with Linear Complexity'
# for …`): no apostrophe inside, none right before or after; the quote readers weigh it as a quoted name.
# (opening on its quote, then looking back past it: the engine scans for the quote)
_SINGLE_QUOTED = re.compile(r"'(?<![\w'’]')(?P<title>[A-Z0-9][^'\n]{5,250}?[^\s'])'(?![\w'])")
# A paper's link or arXiv id right after a quoted name (`“Title” (https://arxiv.org/abs/…)`, `“Title”, arXiv:…`).
_PAPER_LINK_AFTER = re.compile(
    r"[ \t]*[,:]?[ \t]*[(\[]?[ \t]*(?:https?://(?:www\.)?(?:arxiv\.org|openreview\.net|huggingface\.co/papers)/"
    r"|arXiv:[ \t]?[0-9])",
    re.IGNORECASE,
)
# ... or at the next line's start, its indent aside (`"Title"` / `    https://arxiv.org/abs/…`).
_PAPER_LINK_AFTER_OR_BELOW = re.compile(r"(?:[ \t]*\n)?" + _PAPER_LINK_AFTER.pattern, re.IGNORECASE)


def _word_before(text: str, position: int) -> str:
    """The word right before `position` on its line, in lower case, without its marks and article; empty if not a
    word of letters (three at least) or is one of English's commonest (`in`, `the`: no word for a paper)."""
    line_start = text.rfind("\n", max(0, position - 80), position) + 1
    words = text[max(line_start, position - 80) : position].split()
    word = words[-1].strip(",:;—–-(").casefold() if words else ""
    word = re.split(r"[-'’]", word)[-1]  # (`il-karta`, `l'article`: the word past its article)
    return word if len(word) >= 3 and word.isalpha() and word not in _ENGLISH_WORDS else ""


# A note-taking app's link to a note in prose (Obsidian, Logseq): `[[Title]]`, `[[Title|shown as]]`.
_WIKI_TITLE = re.compile(r"\[\[(?P<title>[^\[\]|\n]{4,250})(?:\|(?P<alias>[^\[\]\n]{1,80}))?\]\]")
# A note named by a work's citation, its first author and year (`Graves 2014 NTM`, `@janner2021offline`).
_CITATION_KEY_PAGE = re.compile(
    r"@?[A-Za-z][\w'’\-]*(?:[ \t]+et[ \t]+al\.?)?[ \t_-]*(?:19|20)[0-9]{2}[a-z]?(?![0-9])"
)
# The writer's next sentence calling what was just named a paper (`"Title". …, it's the paper that made …`).
_CALLED_A_PAPER_NEXT = re.compile(
    r"\b(?:it|this|that)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:the|a|an)[ \t]+(?:[\w\-]+[ \t]+){0,2}paper\b",
    re.IGNORECASE,
)
# A trigger that only says a name follows (`titled`, `entitled`): a section, a talk, a licence is titled too.
_TITLED_ONLY = re.compile(r"[ \t]*(?:titled|entitled)\b", re.IGNORECASE)
_PROSE_TRIGGER = re.compile(
    r"(?:论文|文章|工作|题为|名为|标题为|标题是|一文|paper|titled|entitled|work|read|cite[sd]?[ \t]+(?:it[ \t]+)?as|"
    r"стать[яюеи]|обзор[аеу]?|работ[аеуы]|препринт[аеу]?|article|l'article|papier|prépublication|"
    r"Artikel|Aufsatz|Arbeit|artículo|"
    # (Serbian, Croatian, Bosnian, Slovene, Czech, Slovak, Polish, Turkish, Indonesian and Malay, Finnish,
    # Hungarian: the word for a paper, as a sentence names one by it)
    r"rada|radu|radom|članak|članka|članku|prispevek|prispevku|článek|článok|článku|praca|pracy|pracę|"
    r"artykuł|artykule|makale|makalesi|makalah|artikkeli|artikkelin|cikk|cikkben|"
    # (Portuguese, Italian, Vietnamese, Greek, Arabic; Korean and Japanese with their particles: `원 논문 제목은 …`)
    r"artigo|articolo|bài[ \t]+báo|άρθρο|εργασία|ورقة|مقالة|"
    r"논문(?:은|인|의)?|제목(?:은|이)?|論文(?:は)?|タイトル(?:は)?|題目|题目|"
    # (a field's label and its colon before the quoted value, in a program's log: `title only: "…"`, `nur Titel: "…"`)
    r"(?:title|titel|t[ií]tulo|titre|titolo|tytuł|название)[ \t]*[:：])[ \t]*[:：,，]?[ \t]*$",
    re.IGNORECASE,
)
# The word for a paper, a particle or two after it, right before a run of Latin words in a Chinese, Japanese or
# Korean sentence (`参考にした論文の`, `这篇论文`, `논문인`).
_CJK_PAPER_WORD_BEFORE = re.compile(r"(?:論文|论文|논문)[^\s\n]{0,4}[ \t]*$")
# `et al.` in the languages digests are written in (`Tay и др., 2020`, `Dupont et coll.`, `Müller u. a.`).
_ET_AL_ANY = re.compile(
    r"\bet[ \t]+al\b|и[ \t]+(?:др|соавт|сътр)\b|\bet[ \t]+coll\b|\bu\.[ \t]?a\.|\b[ye][ \t]+col\b"
    # (Indonesian and Malay, Turkish, Uzbek, Polish, Czech and Slovak, Croatian, Hungarian, Romanian, Finnish,
    # the Scandinavian languages, Vietnamese, Greek)
    r"|\bdkk\.|\bve[ \t]+ark\.|\bva[ \t]+boshq\.|\bi[ \t]+in\.|\ba[ \t]+kol\.|\bi[ \t]+sur\.|\bés[ \t]+mtsai\b"
    r"|\bși[ \t]+colab\.|\bym\.|\bm\.[ \t]?fl\.|\bvà[ \t]+cộng[ \t]+sự\b|\bvà[ \t]+cs\.|\bκ\.[ \t]?ά\."
    # (Latvian, Lithuanian, Estonian, Slovenian)
    r"|\bu\.[ \t]?c\.|\bir[ \t]+kt\.|\bjt\.|\bin[ \t]+sod\.|\bidr\."
    # (Bosnian, Croatian, Serbian and Slovene `i dr.`, `in dr.`; Polish `i wsp.`; Turkish `vd.`)
    r"|\bi[ \t]+dr\.|\bin[ \t]+dr\.|\bi[ \t]+wsp\.|\bvd\."
    rf"|{OTHER_SCRIPT_ET_AL}"
)
# `"Title" is the BIG-bench paper`, `"Title" (SayCan) scores ...`: the sentence goes on to call it a paper.
# (lower case: `the **Best Paper Award** and **Best Student Paper Award**` is a name, not a paper called so)
_PAPER_AFTER = re.compile(
    # (not where the writer says it is no paper: `(khoá học, không phải paper)`, `(Kurs, kein Paper)`)
    r"^(?![^.!?。\n]{0,40}?\b(?:not|no|non|nicht|kein|keine|pas|không|bukan|não|nie|ne|не|ні|değil|tidak)\b"
    r"[^.!?。\n]{0,12}?\b(?:[Pp]aper|preprint|study|publication|[Aa]rtikel|artículo|artigo|articolo|стать|статт)"
    r")(?:"
    r"^[^.!?。\n]{0,40}?\b(?:paper|preprint|study|publication)\b"
    # (or the word for a paper in the digest's own language, an ending or a case on it: `”Title” -artikkelin`,
    # `„Title“-Paper`, `«Title» статья`, `"Title" 논문`)
    # (past its venue in parentheses and a short word: `“Title” (Nature) या शोधनिबंधापासून`)
    r"|^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[^\s\x00-\x7f]{1,4}[ \t]+)?[\-‑]?[ \t]*"
    r"(?:[Pp]aper|[Aa]rtikkel|[Aa]rtikel|artículo|artigo|articolo|článek|článku|cikk|makale|makalah|"
    r"publikacj|стать|статт|άρθρο|מאמר|مقال|ورقة|लेख|पेपर|शोधनिबंध|शोधपत्र|शोध-पत्र|ਪੇਪਰ|પેપર|પેપરમાં|পেপার|"
    r"প্রবন্ধ|கட்டுரை|పేపర్|ಪ್ರಬಂಧ|ಲೇಖನ|പ്രബന്ധ|論文|论文|논문|บทความ))"
)
# Who wrote it, then where and when, on one line (`Jeffrey Pennington, Richard Socher, Christopher D. Manning — EMNLP
# 2014, …`, `Tomas Mikolov, Kai Chen, Greg Corrado et al. (2013). I-PDF: …`): the names, then a spaced dash or a
# year in parentheses.
_NAMES_THEN_SOURCE = re.compile(
    r"(?P<who>[^—–()\n]{5,300}?)(?:[ \t]+[—–][ \t]+(?P<source>[^\n]{2,})|[ \t]+\((?:19|20)[0-9]{2}[a-z]?\))"
)
# What parts the names of an authors line: a comma, a semicolon, `and`, `et al.` (`&` alone parts `Q & A` too).
_NAMES_SEPARATED = re.compile(r"[,;]|\band\b|\bet al\b")
# A source named by a venue's or a publisher's word, then its year (`Nature 323 (1986)`, `Proceedings of the IEEE
# 86(11), 1998`, `IEEE/ACM TASLP 29 (2021)`), all before the sentence ends.
_SOURCE_OPENING = re.compile(
    r"(?:Proc\b|Proceedings|In[ \t]|Journal|Trans\b|Transactions|IEEE|ACM|Nature|Science|arXiv|"
    + VENUE_NAMES
    + r")[^.;!?\n]{0,60}?\b(?:19[5-9][0-9]|20[0-4][0-9])\b"
)

# A source given as the paper's id or page (`Names — arXiv:1301.3781`, `Names — arxiv.org/abs/1908.10084`).
_PAPER_SOURCE = re.compile(
    r"(?:arXiv[ \t]*:?[ \t]*[0-9]{4}\.[0-9]{4,5}|(?:https?://)?(?:www\.|export\.)?(?:arxiv\.org|openreview\.net)/)",
    re.IGNORECASE,
)


def names_then_source(text: str, *, strict: bool = False) -> bool:
    """Whether a line is an entry's authors and then its source: a venue and year after a spaced dash, or a year in
    parentheses (a library guide's or a reading list's `Names — Venue Year. Notes`)."""
    named = _NAMES_THEN_SOURCE.match(text)
    if named is None or not _is_author_line(named.group("who").strip(" ,;"), strict=strict):
        return False
    source = named.group("source")
    return (
        source is None
        or _VENUE_YEAR.match(source) is not None
        or _SOURCE_OPENING.match(source) is not None
        or _PAPER_SOURCE.match(source) is not None
    )


_VENUE_YEAR = re.compile(r"\b" + PUBLISHING_VENUES + r"[ \t]*['’]?[ \t]*(?:19|20)?[0-9]{2}\b")
# A bullet indented under a line: a note on what that line names (`  - …`, `\t• …`).
_INDENTED_BULLET = re.compile(r"[ \t]{2,}[-*•–][ \t]+\S")
# The rest of a link's address after the id in it (`.pdf`, `v2`, a query), up to a space or a bracket.
_ADDRESS_REST = re.compile(r"[^\s\])>]*")
# A dash or a spaced colon after a title, then the writer's note (`— a note`, ` : a note`; `: a note` when the
# head's rest, stripped, opens on it).
_NOTE_AFTER_TITLE = re.compile(r"[ \t]*(?:[—–]|--|[ \t]:|^:)[ \t]+(?P<note>\S.*)")
# A cell of a table padded with spaces: words one space apart, two spaces or more after the cell.
_PADDED_CELL = re.compile(r"\S+(?: \S+)*")
# A year ending a book's imprint, maybe in brackets as a catalogue writes one it inferred (`, 2019`, `: [2019]`).
_IMPRINT_YEAR_END = re.compile(r"[,:][ \t]*[\[(]?(?:c|©)?(?:19|20)[0-9]{2}[\])]?\.?$")
# A record's field on a line of its own, a one-word label first (`Forfatter: Rumelhart, David E.; …`).
_FIELD_LINE = re.compile(r"[^\W\d_]{3,20}:[ \t]+\S")
# A note's opening in the writer's words: a spaced dash, a colon (`Title – the method …`, `Title: …`).
_NOTE_OPENING = re.compile(r"[ \t][–—-][ \t]|[:;：]")
# A line's last parenthesis, closing it (`… (dokumentation, ikke en artikel)`).
_LAST_PARENTHESIS = re.compile(r"[ \t][(（](?P<inside>[^()（）\n]{1,80})[)）]$")
# A comment's mark opening a line of a configuration or a script, and the spaces after it (`#   `, `// `, `;; `).
_COMMENT_MARK_SIGNS = r"#+|//+|;+|%+"
_COMMENT_MARK = re.compile(rf"(?:{_COMMENT_MARK_SIGNS})[ \t]+")
# ... indented past it, two spaces or more (`#   Title`, under a comment's own words, `# Still to read:`).
_INDENTED_COMMENT = re.compile(rf"(?P<mark>{_COMMENT_MARK_SIGNS})(?P<gap>[ \t]{{2,}})(?=\S)")
# ... a Vim script's (`"   Title`: a double quote, then spaces, and no other double quote on the line).
_VIM_COMMENT_MARK = re.compile(r'"[ \t]+(?=[^"\n]*$)')
# A series' number right after its name (`#12`): an episode's, a meetup's.
_SERIES_NUMBER = re.compile(r"[ \t]*#[0-9]{1,4}\b")
# ... alone, in parentheses or not (`(COLT 2016)`, `ICML 2015.`).
_VENUE_YEAR_ALONE = re.compile(r"\(?" + _VENUE_YEAR.pattern + r"\)?\.?")
# An interactive shell's prompt opening a line, the command typed after it (`iex(10)> `, `...(10)> `, `>>> `,
# `In [3]: `, `irb(main):001:0> `, `scala> `, `sqlite> `, `me@host:~$ `).
_REPL_PROMPT = re.compile(
    r"[ \t]*(?:[a-z][\w\-]{1,15}(?:\([\w:.]*\))?(?::[0-9]+)*[>$#%]|\.\.\.(?:\([0-9]+\))?>|>>>|In[ \t]\[[0-9]+\]:"
    r"|[\w.\-]+@[\w.\-]+:[^\n$#]{0,80}[$#])[ \t]"
)
# A console's command after its bare `>` prompt, a word in capitals (`> XQUERY …`, `> OPEN db`).
_CONSOLE_COMMAND = re.compile(r">[ \t]+[A-Z]{4,}[ \t]+\S")
# A printed record's number before its title, two spaces or more between (`10  Title`).
# (not a year's: `2022  Title  [NeurIPS 2022]` is a listing's year, read as such)
# (a row's count alone before its title, one space after it: `print(i, title)`)
# (no column of its own after the count: not `7 Ann    Title`; a status in brackets before the title, `7 [unread]`)
_COUNTED_ROW = re.compile(
    r"[ \t]*(?P<number>[0-9]{1,4})[ \t]+(?:\[[^\]\n]{1,12}\][ \t]+)?(?=[A-Z])(?![^\t\n]{0,20}?\S(?:[ ]{2,}|\t)\S)"
)
# (a number, then a short column or two, then two spaces or more where the last column starts)
_PRINTED_COLUMNS = re.compile(r"[ \t]*[0-9]{1,6}[ \t]+(?:\S{1,16}[ \t])?\S{1,16}[ \t]{2,}(?=\S)")
_PRINTED_ROW = re.compile(r"(?!(?:19|20)[0-9]{2}[ \t])[0-9]{1,6}[ \t]{2,}(?=\S)")
_VENUE_COMMA_YEAR = re.compile(r"\b" + PUBLISHING_VENUES + r",[ \t]*(?:19|20)[0-9]{2}\b")
# A parenthesis right after a quoted title that cites it: `(Li & Liu, 2016)`, `(He et al., CVPR 2016)`.
# `"Title" by Li, Zhang & Arora`, `"Title," by Chen et al.`: the quoted name, then who wrote it.
# (and as the digests' other languages write `by` and `and`: `“Title” di Hochreiter e Schmidhuber`, `von Li und Liang`)
# (parentheses a few words after a quoted title, in its sentence: `"Title" της Ruder (EMNLP 2016)`)
_PAREN_SOON_AFTER = re.compile(r"^[ \t,]*(?:[^\s.;:!?()\[\]]+[ \t]+){1,3}\((?P<inside>[^()\n]{2,30})\)")
_COMMA_ET_AL_AFTER = re.compile(
    rf"^,[ \t]+[A-Z][\w'’\-]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’\-]+|[ \t]+(?:{_ET_AL_ANY.pattern}))"
)
# `by` as other languages write it: Vietnamese `của`, Indonesian and Malay `oleh`, Tagalog `ni`, `ng`.
_BY_WORDS_BEFORE_AUTHORS = r"(?:by|from|di|de|von|par|door|przez|av|af|od|của|oleh|ni|ng)"
_BY_AUTHORS = re.compile(
    rf"^,?[ \t]+{_BY_WORDS_BEFORE_AUTHORS}[ \t]+[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\b"
    r"|(?:(?:[ \t]*[,&][ \t]*|[ \t]+(?:and|e|y|und|et|en|i|og|och|ve|és|và|dan)[ \t]+)[A-Z][\w'’\-]+)+"
    r"|[ \t]+(?:and|&)[ \t]+(?:colleagues|co-?authors|others)\b)"  # (`by Child and colleagues`)
)
# A short name, a subtitle in sentence case, then who wrote it or where in parentheses: `InstructGPT: Training
# language models to follow instructions with human feedback (Ouyang et al., 2022)`.
# (it opens on its capital, then looks back past it: the engine scans for that character class, and tries the pattern
# only at a capital, not at every position of the text)
# (each word's letters possessive: what may follow a word (a space, a colon, the parenthesis) is none of its
# letters, so giving letters back never makes the rest match; the engine would give them back one by one)
_NAMED_CITED = re.compile(
    r"(?P<title>[A-Z](?<![\w\-][A-Z])[A-Za-z0-9\-.]*+"
    r"(?:[ \t](?:[A-Z][A-Za-z0-9\-.]*+|the|of|for|and|in|on|to|with)){0,4}"
    r":[ \t]+[A-Z](?:[a-z][A-Za-z0-9'’\-]*+)?"
    r"(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’\-,]*+){3,25})[ \t]*[(（](?P<who>[^()（）\n]{2,80})[)）]"
)
_VENUE_ALONE = re.compile(VENUE_NAMES)
# (the parenthesis may be wrapped onto the next line: `(Hendrycks et al.,` / `ICLR 2021)`)
_CITED_AFTER = re.compile(
    r"^[ \t]*\n?[ \t]*[(（](?P<who>[^()（）\n]{2,80}(?:\n[ \t]*[^()（）\n]{1,40})?)[)）]"
)
# Who wrote a quoted title after a comma, then where and when it appeared (`», Glorot & Bengio, AISTATS 2010`,
# `", Silver et al., Nature 550 (2017)`).
_COMMA_CITED_AFTER = re.compile(
    r"[ \t]*[,，][ \t]*(?P<who>[A-Z][^,;()\n\"“”«»]{1,40}?(?:[ \t]+et[ \t]+al\.?)?)[ \t]*[,;][ \t]*"
    r"[^\n]{0,40}?\b(?:19|20)[0-9]{2}\b"
)
# Who wrote a title, in parentheses right after it (`(Quentin Fournier, Gaétan Marceau Caron, Daniel Aloise)`).
_NAMES_IN_PARENS = re.compile(r"[(（](?P<who>[^()（）\n]{5,200})[)）]")
# Names up to their `et al.`, in parentheses or not, whatever follows (the writer's words, a venue).
_NAMES_TO_ET_AL = re.compile(r"[ \t]*[(（]?(?P<names>[^()（）\n]{3,300}?[ \t]et[ \t]+al\.)")
# What ends the words before an id on an authors line: a dash or a comma, and `arXiv`, `preprint` or a label.
_SOURCE_WORDS_AT_END = re.compile(
    r"(?:[ \t]+[—–][ \t]*|[ \t]*--[ \t]*|,[ \t]*)(?:(?:arXiv|preprint|PDF|abs)[ \t:]*)*[ \t(\[]*$",
    re.IGNORECASE,
)
# Full names, then a year (`Ioannis Gatopoulos, Jakub M. Tomczak, 2020`).
_NAMES_THEN_YEAR = re.compile(r"(?P<names>[^()\n]{3,200}?),?[ \t]+(?:19|20)[0-9]{2}[a-z]?$")
# Who wrote a quoted title, after a dash, up to the end of the clause (`“Title” — Gunasekar, Zhang et al.; …`).
_DASH_AUTHORS_AFTER = re.compile(
    r"[ \t]*[—–][ \t]*(?P<who>[A-Z][^;()\n\"“”«»|]{2,160}?)[ \t]*(?:[;(|]|$)", re.MULTILINE
)
# Authors before a quoted title, as its owners: `Glorot & Bengio's`, `Li, Zhang and Arora's`, `Kaplan et al.'s`.
_POSSESSIVE_AUTHORS = re.compile(
    r"\b[A-Z][\w\-]+(?:(?:[ \t]*,[ \t]*|[ \t]+(?:&|and)[ \t]+)[A-Z][\w\-]+)+['’]s[ \t]+[*_]{0,2}$"
    r"|\b[A-Z][\w\-]+[ \t]+et[ \t]+al\.?['’]s[ \t]+[*_]{0,2}$"
    # (or named before it, a comma between: `Glorot & Bengio, "…"`, `Chen et al., "…"`)
    r"|\b[A-Z][\w\-]+(?:[ \t]+(?:&|and)[ \t]+[A-Z][\w\-]+|[ \t]+et[ \t]+al\.?),[ \t]*$"
)
# (`Li & Liu, 2016`, `Chen, 2020`, or two names and more with no year: `Zhang, Bengio, Hardt, Recht, Vinyals`)
# (a surname may open on its particle: `van den Oord`, `de Freitas`, `von Platen`)
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|du|del|della|le|la|dos|das|ten|ter)[ \t]+){0,2}"
_CITED_WHO = re.compile(
    # (`and` in any language: `Glorot e Bengio, 2010`, `Hochreiter y Schmidhuber, 1997`, `Li und Liang, 2021`)
    rf"^{_PARTICLES}[A-Z][\w'’\-]+(?:(?:[ \t]*(?:,|&)[ \t]*|[ \t]+(?:and|{OTHER_AND})[ \t]+){_PARTICLES}[A-Z][\w'’\-]+)*,?[ \t]+"
    r"(?:19|20)[0-9]{2}[a-z]?$"
    # (names, not acronyms: `(DDP, FSDP)` names two methods)
    rf"|^{_PARTICLES}[A-Z](?=[\w'’\-]*[a-z])[\w'’\-]+(?:[ \t]*(?:,|&|and)[ \t]*{_PARTICLES}[A-Z](?=[\w'’\-]*[a-z])[\w'’\-]+)+$"
)
# (`Li et al.`, `Tim Dettmers et al.`, and with initials, as Russian and Vancouver styles write: `Vaswani A. et al.`)
_AUTHOR_TAIL = re.compile(
    r"^(?:by[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+|(?:[ \t]*[A-Z]\.){1,3})?[ \t]+et[ \t]+al\b"
)
_PROSE_AFTER = re.compile(
    r"^[ \t]*(?:[（(][^)）]{0,30}[)）])?[ \t]*(?:这篇|一文|论文|文章|\(arXiv|paper)", re.I
)
_PROSE_NAMED = re.compile(
    r"(?:论文|文章|一文|题为|名为)[ \t]*[:：]?[ \t]*(?P<title>[A-Z][A-Za-z0-9][^\n"
    + _CJK
    + r"]{8,250}?)(?=[.。]?[ \t]*["
    + _CJK
    + r"]|[.。][ \t]*$|$)"
)
# A title written in prose with no quotes, known by its shape: a name, a colon, then words in Title Case
# (`I've read the Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks paper`, `like in REALM:
# Retrieval-Augmented Language Model Pre-Training.`).
_SMALL = (
    r"(?:of|for|and|the|a|an|in|on|with|to|via|from|as|using|by|at|is|are|vs\.?|or|into|over|under|without|"
    r"through|across|towards?|beyond|about|than|not)"
)
# Words that open a sentence, capitalised for it, before a name: `And PaLM: ...`, `Also LoRA: ...`.
_SENTENCE_OPENERS = _word_set("and but also then plus so or see try read maybe perhaps finally next lastly")
# A name's possessive, a word of its own: `FAIR's`, `DeepMind’s`.
_NAMES_POSSESSIVE = re.compile(r"[A-Z][\w&\-]*['’]s")
# Whose a paper is, before its title in the writer's sentence: `FAIR's `, `DeepMind’s `.
_POSSESSIVE_LEAD = re.compile(r"[A-Z][\w&.\-]*['’]s[ \t]+(?=[A-Z0-9])")
# A preposition opening a sentence right before a paper's name and its colon (`In Name: Title wird …`).
_PREPOSITION_BEFORE_NAME = re.compile(
    r"(?:In|With|From|By|At|As|Via|Like|After|Before|Than|Unlike)[ \t]+(?=\S+:[ \t])"
)
# A word of a title in parentheses, inside it: `Language Models (Mostly) Know What They Know`.
_HEDGE = r"\([A-Z][a-z]+\)(?=[ \t][A-Z])"
# The writer's sentence after a title that opens a paragraph: an end mark, then a word in lower case or a number.
# The writer's note after a title, past a colon or a dash, in lower case: `Title: what it does`, `Title -- use …`.
# (in any script: a word of a script with no capitals, or one in lower case: `— η οπτική των …`, `— это …`)
_NOTE_AFTER_COLON = re.compile(
    r"(?:[:：]|[ \t]+(?:--|—|–))[ \t]+(?![A-ZÀ-ÞΑ-ΩА-Я])[^\W\d_][\w\-]*[ \t]+[^\W\d_]"
)
# A sentence going on from a title that is its subject: a verb in lower case, then more of the sentence.
# The end of a line that a sentence goes on from: a word in lower case or a comma, no end mark.
_MID_SENTENCE_END = re.compile(r"(?:(?<![\w'’\-])[a-z]{2,}|,)[ \t]*$")
# A line that is nothing but the rest of a Title Case title (its words capitalised, a title's small words between).
_TITLE_CASE_LINE = re.compile(
    r"[ \t]*(?P<rest>[A-Z][A-Za-z0-9'’\-]*(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9'’\-]*|" + _SMALL + r"))*)[ \t]*$",
    re.MULTILINE,
)
# ... and a Title Case run that opens a line, however the line goes on.
_TITLE_CASE_START = re.compile(
    r"[ \t]*(?P<rest>[A-Z][A-Za-z0-9'’\-]*(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9'’\-]*|" + _SMALL + r"))*)"
)


def _lower_case_sentence(rest: str) -> bool:
    """Whether the words after a title are the writer's sentence: six words or more, most of them in lower case
    (or of a script with no capitals), opening with one in lower case; or, after a dash, with any word (`Title —
    Smallville wala demo bohat acha hai, 25 agents …`)."""
    dash = NOTE_DASH.match(rest)
    words = [
        word for word in rest[dash.end() if dash else 0 :].split() if any(char.isalpha() for char in word)
    ]
    if len(words) < 6 or (words[0][:1].isupper() and dash is None):
        return False
    return sum(1 for word in words if not word[:1].isupper()) * 10 >= len(words) * 7


# A spaced dash between a title and the writer's note on it (`Title — what it does`, plain text's `Title -- …`).
NOTE_DASH = re.compile(r"[ \t]+(?:--|—|–)[ \t]+")
# A name and its colon ending a line, the link it introduces on the next (`… and SWE-bench:`).
_NAME_ENDING_LINE = re.compile(r"(?:^|[ \t])(?P<name>[A-Z][\w.\-]*[A-Z0-9\-][\w.\-]*):[ \t]*$")
# A surname and `et al.` right after a title's last word, with no comma between them.
_SPACE_ET_AL = re.compile(r"(?<=[A-Za-z0-9?])[ \t]+(?=[A-Z][\w'’\-]+[ \t]+et[ \t]+al\b)")
# `by` in the languages `_BY_AUTHORS` knows, ending what stood before the authors.
_BY_WORD_AT_END = re.compile(rf"[ \t]+{_BY_WORDS_BEFORE_AUTHORS}$")
_VERB_AFTER = re.compile(r"[ \t]+[a-z]{3,}[ \t]+(?:the|a|an|to|its|their|how|what|that|[a-z]+ing)\b")
_WRITERS_SENTENCE_AFTER = re.compile(r"[.?!][ \t]+(?:[a-z]|[0-9][0-9,.]*[ \t]+[a-z])")
# A Title Case run that a sentence names after its colon, ending where the sentence or clause does (or at a dash).
# A Title Case run: a capitalised word, then words in capitals or small words (as many as the pattern says).
# (a name with a call in it opens some: `LLM.int8(): 8-bit Matrix Multiplication ...`)
_TITLE_CASE_FIRST = r"(?:[A-Z]|[0-9]+[A-Z])[A-Za-z0-9'’\-]*(?:\.[a-z][a-z0-9]*\(\):?)?"
_TITLE_CASE_NEXT = r"(?:[ \t](?:[A-Z0-9][A-Za-z0-9'’\-]*:?|" + _HEDGE + "|" + _SMALL + r"))"
_AFTER_COLON_TITLE = re.compile(
    r"(?P<title>" + _TITLE_CASE_FIRST + _TITLE_CASE_NEXT + r"{2,25})"
    # (or at an emoji the writer put after it: `Off-topic: 3D Gaussian Splatting for … Rendering 🔥 who wants …`)
    # (or at the parenthesis it stands in: `Name (full title: Title), Venue 2022`)
    r"(?=[.;!?,]?[ \t]*$|[.;!?,][ \t]|[)）]|[ \t]+[(（]|[ \t]+(?:[—–]|--)[ \t]|[ \t]+[\u2600-\u27bf\U0001f300-\U0001faff])",
    re.MULTILINE,
)
# A sentence's end that is its line's (`Title.` and nothing after it, or nothing at all).
_SENTENCE_ENDS_LINE = re.compile(r"[.!]?[ \t]*(?:\n|$)")
# The same, asked as a question and answered by a subtitle that ends the line or a dash's note: `Title? A
# Large-Scale Study`.
_AFTER_COLON_QUESTION_TITLE = re.compile(
    r"(?P<title>"
    + _TITLE_CASE_FIRST
    + _TITLE_CASE_NEXT
    + r"{2,25}\?[ \t]"
    + _TITLE_CASE_FIRST
    + _TITLE_CASE_NEXT
    + r"{1,15})(?=[.!]?[ \t]*$|[ \t]+(?:[—–]|--)[ \t])",
    re.MULTILINE,
)
# Names after a title, joined as authors are: `by Gulrajani and Lopez-Paz`, `by Li et al.`.
_BY_AUTHORS_AT_END = re.compile(
    r"[ \t]+by[ \t]+[A-Z][\w'’\-]+(?:(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)[A-Z][\w'’\-]+)+$"
    r"|[ \t]+by[ \t]+[A-Z][\w'’\-]+[ \t]+et[ \t]+al\.?$"
    # (`Title, Gu and Dao, December 2023`, `Title, Katharopoulos et al., ICML 2020`: its authors, then a date)
    r"|,[ \t]+[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\.?|(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)[A-Z][\w'’\-]+)+,[ \t]+"
    r"[A-Za-z .]{0,20}(?:19|20)[0-9]{2}$"
    # (or the lab it came from: `A Generalist Agent from DeepMind`, `Title by Google Research`)
    r"|[ \t]+(?:from|by)[ \t]+(?:Google(?:[ \t]+(?:Research|Brain|DeepMind))?|DeepMind|OpenAI|Meta(?:[ \t]+AI)?|FAIR|"
    r"Microsoft(?:[ \t]+Research)?|Anthropic|NVIDIA|Nvidia|Salesforce(?:[ \t]+Research)?|Allen[ \t]+AI|AI2|EleutherAI|"
    r"Hugging[ \t]+Face|Stability[ \t]+AI|Mistral(?:[ \t]+AI)?|ByteDance|Alibaba|Tencent|Baidu|Huawei|IBM(?:[ \t]+Research)?)$"
)
_BY_FROM = re.compile(r"^(?:by|from)[ \t]+")
# ... or a coined name's (a capital or a figure inside it: `DoRA`, `ViLT`, `T5`) with a subtitle of three words that
# ends there, at a mark or the line's end (`… sem gastar ouro: DoRA: Weight-Decomposed Low-Rank Adaptation.`).
_COINED_SHORT_COLON_TITLE = re.compile(
    r"(?<![\w\"“'‘\[/#*_])(?P<title>[A-Z][a-z]*(?:[A-Z0-9][A-Za-z0-9]*)+(?:-[A-Za-z0-9]+)?:[ \t]"
    r"(?:(?:A|An|The)[ \t])?[A-Z][A-Za-z0-9'’\-]*[ \t][A-Z][A-Za-z0-9'’\-]*[ \t][A-Z][A-Za-z0-9'’\-]*)"
    r"(?=[ \t]*(?:[.,;:!?)\]]|$))",
    re.MULTILINE,
)
_SMALL_AT_END = re.compile(rf"(?:[ \t]+{_SMALL})+$")
_COLON_TITLE = re.compile(
    r"(?<![\w\"“'‘\[/#*_])(?P<title>[A-Z][A-Za-z0-9'’\-]*,?"
    r"(?:[ \t](?:[A-Z0-9][A-Za-z0-9'’\-]*,?|(?:of|in|the|for|and|a|on|are|is|not)(?=[ \t]))){0,8}"
    r"(?<!,):[ \t](?:(?:a|an|the)[ \t])?[A-Z][A-Za-z0-9'’\-]*"
    # (a title in a hard-wrapped paragraph goes on on the next line: weighed in `_colon_titles`)
    # (a word ends where another script's suffix begins: `… as a Nash Equilibriumৰ কথা`)
    # (two spaces between two words, as a forum's editor leaves them: `… of Rare Words with  Subword Units`)
    rf"(?:(?:[ \t]|(?<=[a-z])  (?=[A-Z])|[ \t]*\n[ \t]*)(?:[A-Z0-9][A-Za-z0-9'’\-]*(?:\.[0-9]+)?,?|{_SMALL})"
    r"(?![A-Za-z0-9_'’\-])){3,25})"
)
# A paper's short name, then its title in parentheses (`ControlNet (Adding Conditional Control to Text-to-Image
# Diffusion Models)`, `LoRA (Low-Rank Adaptation of Large Language Models)`).
_NICK_THEN_TITLE = re.compile(
    # (`DINO (Title)`, `the DINO paper (Title)`, `The phi-1 result (Title)`: a short name in lower case has a digit)
    # (its runs of letters possessive: what may follow each (a space, a hyphen, a digit) is none of its letters, so
    # giving letters back can never make the rest match; the engine would give them back one by one at every word)
    r"(?<![\w\-])(?P<nick>[A-Z][\w\-+.]{1,24}+|[a-z][a-z+.]{0,12}+-?[0-9][\w\-+.]{0,12}+)"
    r"(?:[ \t]+(?:paper|result|work|report|model|method|approach))?"
    r"[ \t]+\((?P<title>[A-Z0-9][^()\n]{12,250}?(?:\n[^()\n]{1,120}?)?)\)"
)
# (what every match of it holds: blanks, then the parenthesis and the first 13 characters of its title; a scan that
# opens on a character set, to spare the pattern's tries at every position of a text that holds none)
_NICK_THEN_TITLE_PARENS = re.compile(r"[ \t]\([A-Z0-9][^()\n]{12}")
# ... or a short name set equal to its title (`GPT-3 = Language Models are Few-Shot Learners; GPT-2 = …`, a
# translator's note `ViT = An Image is Worth 16x16 Words: …`), the title ending at a semicolon, a parenthesis, a
# spaced dash, a sentence's end or the line's.
# (opening on its capital, then looking back, as `_NICK_THEN_TITLE` does)
_NICK_EQUALS_TITLE = re.compile(
    r"(?P<nick>[A-Z](?<![\w\-][A-Z])[\w\-+.]{1,24})[ \t]*=[ \t]*(?P<title>[A-Z0-9][^;=()\n]{12,250}?)"
    r"(?=[ \t]*(?:[;(]|[—–][ \t]|\.(?:[ \t]|$)|$))",
    re.MULTILINE,
)
# A comma and a code span after a title: what follows is a checkpoint's or a file's name, not the title's words.
_BEFORE_CODE = re.compile(r"[ \t]*[,;][ \t]*`")
# ... never an event's, a course's or a medium's name, nor one the sentence says is a talk, a post or a course.
_EVENT_WORDS = re.compile(
    r"\b(?:Workshop|Symposium|Tutorial|Keynote|Episode|Podcast|Vol|Season|Meetup|Course|Lecture|Seminar|Webinar|"
    r"Conference|Summit|Hackathon|Bootcamp|Masterclass)\b"
)
_EVENT_START = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)[ \t]+)?(?:Workshop|Symposium|Conference|Summit)[ \t]+(?:on|of|in)\b"
)
_EVENT_BEFORE = re.compile(
    r"\b(?:talks?|keynotes?|episodes?|sessions?|podcasts?|workshops?|courses?|tutorials?|webinars?|videos?|"
    r"thesis|dissertation|defended|defen[cs]e|"
    r"blogs?|posts?|books?|chapters?|songs?|music|merch|shirts?|stickers?|panels?|lectures?|seminars?)\b",
    re.IGNORECASE,
)
# ... and before a quoted name, what says it is a talk's, a thesis's or an event's (`Invited talk by X: "..."`).
_TALK_BEFORE = re.compile(
    r"\b(?:talks?|keynotes?|thesis|dissertation|defended|workshops?|tutorials?|webinars?|seminars?|lectures?|"
    r"panels?|podcasts?|episodes?|speakers?|themes?|lightning|slots?)\b",
    re.IGNORECASE,
)
_COURSE_CODE = re.compile(r"^[A-Z]{2,5}[ \t]?[0-9]{2,4}[A-Z]?:")
# Learning platforms whose names come before their courses' (`Udacity-এর …`, `edX's …`, `Coursera의 …`).
_COURSE_PLATFORMS = (
    r"(?:NPTEL|SWAYAM|Coursera|edX|Udacity|Udemy|fast\.ai|Kaggle[ \t]+Learn|DeepLearning\.AI|Khan[ \t]+Academy"
    r"|OpenCourseWare|Stepik|Skillbox|FutureLearn|Class[ \t]+Central|MOOC|学堂在线|网易云课堂|인프런|K-MOOC|JMOOC|gacco)"
)
_COURSE_PLATFORM = re.compile(
    rf"(?<![\w.]){_COURSE_PLATFORMS}(?![\w])['’]?s?[ \t]*[^\s\w]{{0,2}}[^ \t\n]{{0,6}}[ \t]*$"
)
# ... a university's number for a course, three digits after its department's letters (`CS231n:`, `EECS 498:`).
_COURSE_TITLE = re.compile(r"[A-Z]{2,5}[ \t]?[0-9]{3}[A-Za-z]?(?:-[0-9]{3})?:[ \t]")
# A LaTeX footnote citing a paper by its title and venue (`Lite Transformer\footnote{Lite Transformer with
# Long-Short Range Attention, ICLR 2020}`).
_FOOTNOTE_TITLE = re.compile(
    r"\\footnote\{(?P<title>[A-Z0-9][^{}\n]{5,250}?),[ \t]*(?P<who>[^{}\n,]{2,60}?(?:19|20)[0-9]{2})[ \t.]*\}"
)
# Words right before a quoted name that say it is another kind of thing than a paper.
# (the words of scripts that space their words are tried only where a word starts, one `\b` before them all: the
# engine tries this pattern at every position, and a `\b` before each word was four times as slow)
OTHER_KIND_BEFORE = re.compile(
    r"(?:\b(?:blog\w*|vid[eé]o\w*|book|buch|livre|libro|livro|tutorial\w*|course|kurs|cours|curso|"
    # (a textbook: `підручник «…»`, `учебник`, `podręcznik`, `Lehrbuch`, `manuel`, `manual`, `教科書`, `教材`)
    r"книг\w*|книжк\w*|підручник\w*|учебник\w*|podręcznik\w*|lehrbuch\w*|manuel|manual|"
    # (a course in Cyrillic: `курс "…"`, `курсу «…»`)
    r"курс\w*|"
    # (a book and a lecture in more languages: `boek`, `bok`, `kirja`, `książka`, `Vorlesungsaufzeichnung "…"`)
    r"bo[e]?k(?:en|a)?\b|bogen\b|kirja\w*|książk\w*|knih(?:a|u|y|ou)\b|knyg\w*|grāmat\w*|knjig\w*|kitab\w*|βιβλί\w*|lecture\w*|vorlesung\w*|"
    r"wykład\w*|лекци\w*|lezione\b|"
    # (a book's chapters: `chapters 10–12 of “…”`, `τα κεφάλαια 10–12 του “…”`, `Kapitel 3 aus „…“`)
    r"(?:chapters?|kapitel|chapitres?|cap[ií]tulos?|capitoli|rozdzia\w*|глав\w*|κεφάλαι\w*)[ \t]+[0-9]+"
    r"(?:[ \t]*[–\-][ \t]*[0-9]+)?[ \t]+(?:of|in|from|aus|von|de|du|des|di|del|da|do|του|της|из|z)(?:[ \t]+the)?|"
    # (and in Vietnamese, Indonesian, Turkish, Hungarian, Finnish: `Sách "…"`, `buku “…”`, `kitap`, `könyv`)
    r"sách\b|giáo[ \t]+trình\b|kh[oó]a[ \t]+học\b|bài[ \t]+giảng\b|buku\b|kursus\b|kitap\w*|"
    r"ders\b|könyv\w*|kurzus\w*|kurssi\w*|"
    # (Czech, Slovak, Romanian, Croatian and Slovene: `kurz "…"`, `učebnice`, `cursul`, `tečaj`)
    r"kurz(?:u|em|y)?\b|učebnic\w*|curs(?:ul)?\b|tečaj\w*|"
    r"series\b|talk|vortrag|charla|xerrad\w*|palestra|podcast\w*|proje[ck]t|s[eé]min(?:ar|aire|ario)\w*|"
    r"llibre\w*|cart(?:e|ea)\b|ouvrages?\b|"
    # (a post, as the digests' languages say it: `o post "…"`, `le billet « … »`, `der Beitrag „…“`)
    r"posts?(?![\w\-])|postagem|billet|beitrag|пост(?:е|а)?(?![\w\-])|блог\w*|"
    # (a forum's thread: `the thread "…"`)
    r"thread|"
    # (a competition: `the Kaggle competition "…"`, `конкурс «…»`)
    r"competitions?|contests?|kaggle|конкурс\w*|соревновани\w*|"
    r"wettbewerb\w*|concurso|competici[oó]n|competição|compétition|competizione|konkurs\w*|yarışma\w*|kompetisi|lomba|"
    r"διαγωνισμ\w*|"
    # (a thesis, its degree after it: `Mémoire de Master 2 “…”`, `Master's thesis “…”`)
    r"m[eé]moire(?:[ \t]+de[ \t]+\w+(?:[ \t]+[0-9])?)?|th[eè]se\b|thesis|dissertation|(?:master|bachelor|diplom|doktor)arbeit\b|tesis?\b|"
    # a team's own documents: `design doc "..."`, `Design doc: ["..."|url]` (a tracker's link), `RFC: "..."`
    r"design[ \t]+doc\w*|doc(?:ument)?|memo|rfc|post-?mortem|runbook|wiki[ \t]+page)|"
    # (the words of other scripts, anywhere: `ブログ記事「…」`, `博客文章“…”`, `책은 …`, `видео`)
    r"ブログ|記事|博客|博文|部落格(?:文章)?|網誌|视频|影片|動画|書籍|书籍|教程|课程|課程|[短网網公]课|講義|チュートリアル|播客|专栏|블로그|영상|강의|강좌|"
    r"教科書|教材|교재|교과서|講演|讲座|강연|参考書|参考书|"
    # (a book, a course, a blog in more scripts: Arabic, Persian, Hebrew, Hindi, Thai, Korean)
    # (Arabic's blog and post written with the doubling mark too: `مدوّنة`, `تدوينة`)
    r"كتاب|کتاب|ספר|पुस्तक|किताब|หนังสือ|책|مقرر|دورة|קורס|पाठ्यक्रम|คอร์ส|مدو\u0651?نة|تدوين\u0651?ة|בלוג|ब्लॉग|บล็อก|"
    # (a video, a video series, in those scripts and in Cyrillic: `הסרטון "…"`, `видео`, `فيديو`)
    r"סרטון\w*|הסרטונים|וידאו|видео\w*|відео\w*|فيديو|ویدیو|वीडियो|วิดีโอ|"
    # (a forum's thread: `Elixir Forum のスレッド「…」`)
    r"スレッド|帖子|主题帖|스레드|"
    # (a competition: `cuộc thi "…"`, `比赛「…」`)
    r"cuộc[ \t]+thi|竞赛|比赛|競賽|コンペ|대회|"
    r"مسابقة|مسابقه|תחרות|प्रतियोगिता|การแข่งขัน)"
    # (`블로그의 "…"`, `ブログの「…」`: the kind's possessive before the name; `책은 …`, `本は …`: its topic's particle)
    # (or its clause's ending: `블로그지만 … "…"`, a blog, but …)
    r"(?:의|の|的|은|는|は|では|なら|지만|이지만|だが|けど)?"
    r"(?:[ \t]+(?:posts?|articles?|entry|episodes?|series|recording)|[ \t\-]?(?:文章|帖子|記事|글|포스트|लेख|پست))?"  # (`the blog post "..."`, `博客文章“…”`)
    # (its writer's name between: `Пост Лилиан Венг «…»`, `the blog post by Lilian Weng "…"`)
    # (in capitals; in Korean and Japanese, its possessive after it: `Lilian Weng의 "…"`)
    r"(?-i:(?:[ \t]+(?:by[ \t]+)?[A-ZА-ЯЁ][\w'’\-]+(?:[ \t]+[A-ZА-ЯЁ][\w'’\-]+){0,2}(?:의|の)?)?)"
    # (`Blog post going out next week: "..."`, `Postmortem reading: "..."`: the kind, a few words of its own, a colon)
    # (or in the writer's script: `특강 영상 시청: "…"`, a lecture's video to watch)
    # (or the kind, its colon, then who wrote it: `参考書: Curtis Roads『…』`, `Book: Lee "…"`)
    r"(?:(?:[ \t]+(?:[a-z]|[^\W\d_\x00-\x7f])[\w'’\-]*){1,5}[ \t]*[:：]"
    r"|[ \t]*[:：][ \t]*(?-i:[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})[ \t]*,?|[ \t]*[:：]?)"
    # (or a program's call named for the kind, its name its first argument: `Book("…", …)`, `Carte("…")`)
    r"[ \t]*[(\[]?[\"“”«„]?$",  # (a quote doubled inside a CSV cell: `design doc ""Title""`)
    re.IGNORECASE,
)
# The word for a book, then the rest of its clause (no sentence's end) up to a quoted name: the book it names.
_BOOK_IN_CLAUSE = re.compile(
    r"(?:\bbooks?\b|\btextbooks?\b|\bbuch\b|\blivres?\b|\blibros?\b|\blivros?\b|\bкниг\w*|\bβιβλί\w*|\bkitab\w*|"
    r"\bksiążk\w*|\bkniha\b|\bknyg\w*|\bgrāmat\w*|\bkitap\w*|\bbo[e]?k(?:en|a)?\b|\bbogen\b|\bkirja\w*|\bkönyv\w*|"
    r"书|書籍|책|كتاب|کتاب|ספר|पुस्तक|किताब|หนังสือ)[^.!?。！？\n]{0,60}$",
    re.IGNORECASE,
)
# A line that opens by saying it names a book, a few words and a colon, maybe its authors, then the quoted name
# (`Bok på hylla: Szeliski, "…"`, `Book: Sutton & Barto, '…'`, `Livre : « … »`).
# The words of a label that says a book follows (`Book:`, `Sách:`, `참고 도서:`).
_BOOK_LABEL_WORDS = (
    r"(?:도서|서적|책|书籍|書籍|参考书|参考書|books?|textbooks?|buch|bücher|livres?|libros?|livros?|libri|boek(?:en)?|"
    r"bok(?:en|a)?|bog(?:en)?|bøger|bøker|böcker|książk\w*|kniha|knihy|книг\w*|kitap\w*|könyv\w*|kirja\w*|"
    # (and in Vietnamese, Romanian, Catalan, Croatian and Serbian, Indonesian and Malay, Estonian)
    r"sách|carte|cărți|llibres?|knjig\w*|buku|raamat\w*|ouvrages?|knyg\w*|книжк\w*|"
    # (a textbook: `Podręcznik: A. Nowak, "…"`, `Lehrbuch:`, `Учебник:`, `教科書:`; not `manuel`, a name too)
    r"podręcznik\w*|lehrbuch\w*|učebnic\w*|учебник\w*|підручник\w*|tankönyv\w*|lärobok\w*|lærebo[gk]\w*|"
    r"教科書|教科书|教材|교재|교과서)\b[^:：\n]{0,50}[ \t]*[:：]"
)
_BOOK_LABEL_BEFORE = re.compile(
    # (in a program's comment too: `# Sách: Authors, "Title"`, `-- Livre : …`)
    # (its record's key before it, `!!!ONB: Llibres: …`; a word or two before the word, `참고 도서:`, `Recommended
    # book:`)
    rf"^[ \t]*(?:(?:{_COMMENT_MARK_WORDS}|\*+|!+)[ \t]*)?(?:[A-Za-z]{{2,12}}:[ \t]+)?(?:[-*•][ \t]+)?"
    rf"(?:[^\W\d_][\w'’\-]*[ \t]+){{0,2}}{_BOOK_LABEL_WORDS}"
    r"[ \t]*(?:[A-Z][^\"“”«„'‘\n]{0,80}?,[ \t]*)?[\"“”«„'‘]$",
    re.IGNORECASE | re.MULTILINE,
)
# ... its authors ending the line, the quote opening the next (`…; Buch: G. J. Holzmann,` / ` * "Title"`).
_BOOK_LABEL_ENDING = re.compile(
    rf"(?:^|[ \t;,.])(?:[^\W\d_][\w'’\-]*[ \t]+){{0,2}}{_BOOK_LABEL_WORDS}[ \t]*[A-Z][^\"“”«„'‘\n]{{0,80}}?,[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# What may stand before a quote opening its line, a comment's mark (` * "Title"`).
_QUOTE_OPENING_LINE = re.compile(rf"[ \t]*(?:{_COMMENT_MARK_WORDS}|\*+)?[ \t]*$")
# (a line of the text that opens so, found by one scan)
_BOOKS_LINE = re.compile(BOOKS_LEAD.pattern, re.IGNORECASE | re.MULTILINE)
# ... then its colon and the names it lists, no sentence ended before a quote (`Βιβλία: A & B, "…" (κεφ. 3), και C &
# D, "`, an abbreviation's stop before a number no sentence's end): every name it quotes is a book.
_BOOKS_LABELLED_LINE = re.compile(
    BOOKS_LEAD.pattern + r"[^:：\n]{0,30}[:：](?:[^.!?\n]|\.(?=[ \t]*[0-9]))*$", re.IGNORECASE | re.MULTILINE
)
# A quotation mark opening a name (Swedish and Finnish open with `”` too).
_OPENING_QUOTE = re.compile(r"[\"“”«„]")


def named_as_other_kind(title: str) -> bool:
    """Whether a head names another kind of thing before the name it quotes (`Sách "…", chương 11`, `Blogginlägget
    ”The Bitter Lesson” (Sutton, 2019)`): a book, a course, a post, not a paper."""
    quote = _OPENING_QUOTE.search(title)
    return (
        quote is not None and quote.start() > 0 and OTHER_KIND_BEFORE.search(title[: quote.end()]) is not None
    )


# A heading numbered as a section of a section (`### 2-2. Classifier guidance`, `## 3.1 Setup`).
_SECTION_NUMBER = re.compile(r"^#{1,6}[ \t]+[0-9]{1,2}(?:[-.][0-9]{1,2})+\.?[ \t]")
# The name before such a colon, found back from the colon (`_colon_titles`).
_NAME_BEFORE_COLON = re.compile(
    r"[A-Z][A-Za-z0-9'’\-]*,?(?:[ \t](?:[A-Z0-9][A-Za-z0-9'’\-]*,?|(?:of|in|the|for|and|a|on|are|is|not)(?=[ \t]))){0,8}"
    r"(?<!,)$"
)  # (a comma inside the name too: `Do As I Can, Not As I Say: …`)


_ID_ALONE = re.compile(
    r"[ \t]*(?:\[?arXiv:[ \t]*)?[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,3})?\]?[ \t]*", re.IGNORECASE
)
# A paper's short name in parentheses after its title, as the digest calls it: `(SayCan)`, `(the Trajectory
# Transformer)`, `(everyone calls it "Frozen")`, `(the unCLIP / DALL-E 2 paper)`.
_NAME_IN_PARENS = (
    r"(?P<called>(?:the|aka|a\.k\.a\.|also[ \t]+known[ \t]+as|(?:everyone|people|we)[ \t]+calls?[ \t]+it)[ \t]+)?"
    r"[\"“]?(?P<nick>(?:[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[-+.][A-Za-z0-9]+)*"
    r"(?:[ \t]*(?:[ \t]|/)[ \t]*(?:[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[0-9]{1,3})(?:[-+.][A-Za-z0-9]+)*){0,2})"
    r"[\"”]?(?:[ \t]+(?:paper|model|method|work))?"
)
# A season or a month before a year in parentheses: a date (`(Winter 2023)`, `(Spring 2024)`, `(March 2024)`).
_DATE_IN_PARENS = (
    r"(?:Winter|Spring|Summer|Fall|Autumn|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"[ \t,]+(?:19|20)[0-9]{2}\)"
)
# (it opens on one character of a class, a space or a line break, the look backs after it choosing the way: the
# engine scans for that class, and tries the pattern only there, not at every position of the text)
_CITATION_IN_PARENS = re.compile(
    # (a title wrapped with the text, its citation opening the next line: `... Deep Neural Networks\n(Geirhos ...`)
    r"[ \t\n](?:(?:(?<=\n)[ \t]*)?\((?!"
    + _DATE_IN_PARENS
    + r")(?=[A-Z][^()\n]{2,80}?(?:(?:"
    + _ET_AL_ANY.pattern
    + r")\.?|(?:19|20)[0-9]{2})\)|"
    r"[A-Z][\w'’\-]+[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+\)|" + _NAME_IN_PARENS + r"\))"
    r"|(?<=[ \t])by[ \t]+(?=[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\b|(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]*)[A-Z][\w'’\-]+)))"
)
_SMALL_RE = re.compile(_SMALL)
_NON_SPACE = re.compile(r"\S+")
_TITLE_WORD = re.compile(r"[A-Z0-9][A-Za-z0-9'’\-]*:?|\([A-Z][a-z]+\)|" + _SMALL + r"$")


def _dated_words(title: str) -> bool:
    """A date and a word or two (`answered Mar 4, 2023 at 8:31`, `Published Sep 12, 2023 • 25`): a byline."""
    return date_in(title) is not None and len(DATE.sub(" ", title).split()) <= 3


def _title_run(words: Sequence[str], question: bool = False) -> int:
    """How many of the last `words` are a run of title words (`_TITLE_WORD`) that starts with a capital
    (`question`: the last may end with a question mark, a title's own: `... than Fully-Connected Nets?`)."""
    run = 0
    if question and words and words[-1].endswith("?") and _TITLE_WORD.fullmatch(words[-1][:-1]):
        run = 1
    while run < len(words) and _TITLE_WORD.fullmatch(words[len(words) - 1 - run]):
        run += 1
    while run > 0 and not words[len(words) - run][:1].isupper():
        run -= 1  # (a run starts with a capital)
    return run


def _cited_runs(text: str) -> Iterator[re.Match[str]]:
    """`_CITED_RUN` matches, looked for back from each citation in parentheses: the longest run of title words
    before it that starts with a capital (`Start with the Fourier Neural Operator ... (Li et al.)` gives `Fourier
    Neural Operator ...`)."""
    for citation in _CITATION_IN_PARENS.finditer(text):
        words = _words_before(text, citation.start())
        run = _title_run([word for word, _ in words], question=True)
        first = len(words) - run
        if run > 3 and all(_SMALL_RE.fullmatch(word) for word, _ in words[first + 1 : first + 3]):
            run -= 3  # `Start with the Title (...)`: a sentence's start, then the title
            while run > 0 and not words[len(words) - run][0][:1].isupper():
                run -= 1
        if run < 3:
            continue
        match = _CITED_RUN.match(text, words[len(words) - run][1])
        if match is not None:
            yield match


# A Title Case run inside a sentence with no mark around it (`a point already made in Scaling Up Visual and
# Vision-Language Representation Learning With Noisy Text Supervision.`), after a word of the sentence in lower case.
_PROSE_RUN = re.compile(
    # (a title wrapped with its paragraph goes on on the next line)
    # (the capital first and the look back after it: a pattern that opens with a character class is searched fast)
    # (after a word in lower case; or opening a sentence, a line or a chat message, weighed in `_prose_runs`)
    # (each word's letters possessive: what may follow a word (a space, a line break, the run's end) is none of its
    # letters, so giving letters back never makes the run match; the engine would give them back one by one
    # wherever a run is too short)
    r"(?P<title>[A-Z](?:(?<=[a-z.?!>,;:–—][ \t][A-Z])|(?<=[a-z][ \t]\([A-Z])|(?<=\n[A-Z])|(?<=\A[A-Z]))[A-Za-z0-9'’\-]*+"
    r"(?:(?:[ \t]|[ \t]*\n[ \t]*)(?:[A-Z0-9][A-Za-z0-9'’\-]*+|"
    + _HEDGE
    + "|"
    + _SMALL
    + r"(?=[ \t\n]))){4,30})"
)
# What a sentence says of a title that opens it: `Title is the obvious target`, `Title is long but ...`.
_SAID_OF_IT = re.compile(r"[ \t]+(?:is|are|was|remains|has|still)[ \t]+[a-z]")
_WHOLE = re.compile(r"(?P<title>.+)", re.DOTALL)
_YEAR_OR_CLOSE = re.compile(r"(?:,[ \t]*(?:19|20)[0-9]{2}[a-z]?)?\)")
_SENTENCE_END = re.compile(r"[.?!][ \t]+")
# The marks that quote a mail's line, as deep as they go (`> > `).
_QUOTATION_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")


# A footnote's line (`[1] Vaswani A. et al. …`), and its mark right after a title (`«Title»[1]`, `"Title" [12]`).
def _note_number(mark: re.Match[str]) -> str:
    """The number a footnote's line, heading or mark gives (`[1]`, `*1:`, `## 1`, `*1`), whichever its form."""
    return next(group for group in mark.groups() if group)


# A footnote's own line: `[1] Authors. …`, or a blog's `*1:Authors, 2020.` (Hatena writes its notes so).
_FOOTNOTE_LINE = re.compile(r"[ \t]*(?:\[([0-9]{1,3})\][ \t]|\*([0-9]{1,2})[:：][ \t]*)")
_FOOTNOTE_HEADING = re.compile(r"#{1,6}[ \t]+\[?([0-9]{1,3})\]?[ \t]*$")
_FOOTNOTE_MARK = re.compile(r"[\"”»’*_]*[ \t]?(?:\[([0-9]{1,3})\](?!\()|\*([0-9]{1,2})(?![0-9:：]))")
# A bare arXiv id ending a title read with it (`Title, 2302.13971`), or right after a title in prose (`Title,
# 2302.13971, which`, `Title 2001.08361 이랑`, `(Title) is 2206.14858 btw`): it ends at a space, a comma, a full stop
# or the line's end, never inside a longer number.
_TRAILING_ID = re.compile(rf",?[ \t]+(?P<id>{BARE_ID})$")
# ... and anywhere on an item's line, past a word (`Autoregressive Entity Retrieval (GENRE), 2010.00904`).
_BARE_ID_IN_LINE = re.compile(rf"(?<=[ \t,(])(?P<id>{BARE_ID})(?=[ \t,;:)]|[.!?](?![0-9])|$)")


def _bare_id_in(line: str) -> bool:
    """Whether a line gives an arXiv id bare (a real one: its month is a month), as a list's item may."""
    if "." not in line:
        return False
    return any(parse_arxiv_id(match.group("id")) is not None for match in _BARE_ID_IN_LINE.finditer(line))


# ... or opening it, then a space, a dash or a colon (`2211.09800 InstructPix2Pix: …`, `2106.09685 — LoRA: …`).
_LEADING_ID = re.compile(rf"(?P<id>{BARE_ID})(?:[ \t]+[-–—:|][ \t]+|:?[ \t]+)(?P<title>[A-Z0-9\"“*_].+)")
# A short name opening its line, then a parenthesis that holds the id (`Voyager (2305.16291)`, `GPT-4 (arXiv:`).
_NAME_THEN_ID = re.compile(r"^[ \t]*[A-Z][\w.\-]{1,24}[ \t]*\((?:arXiv:?[ \t]*)?$")
ID_THEN_DASH = re.compile(rf"^(?P<lead>(?:[-*+•][ \t]+)?{BARE_ID})[ \t]+[-–—|][ \t]+")
_BARE_ID_AFTER = re.compile(
    rf"[)）\]]?,?[ \t]+(?:is[ \t]+)?(?P<id>{BARE_ID})(?=[ \t,;:)]|[.!?](?![0-9])|$)",
    re.MULTILINE,
)
# `by` and a person's name after it (`by Kirkpatrick, Pascanu and ...`, `by Hinton et al.`, `by Smith last week`),
# not a title's own `by` (`Improving Language Understanding by Generative Pre-Training`)
_BY_NAME = re.compile(
    r"[ \t\n]+by[ \t\n]+(?=[A-Z][\w'’\-]+(?:[,.;:)]|[ \t]+(?:and|&)[ \t]+[A-Z]|[ \t]+et[ \t]+al\b|[ \t\n]+[a-z]|$))"
)
# Words of an organisation's, a law's or a publication's name: a Title Case run with one names no paper.
# The days' and the months' names in English (not `May`, a word of sentences too): when, never a title's words.
_DAY_NAMES = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|"
    "September|October|November|December"
)
_INSTITUTION_WORDS = re.compile(
    r"\b(?:Institute|Universit(?:y|ies)|College|School|Department|Laborator(?:y|ies)|Labs?|Cent(?:er|re)|"
    r"Foundation|Inc|Corp(?:oration)?|Company|Ltd|GmbH|Association|Society|Council|Agency|Ministry|Office|"
    r"Committee|Initiative|Act|Award|Prize|Fellowship|Grant|Proceedings|Journal|Transactions|Press|Magazine|"
    r"Times|Street|Avenue|Road|Hall|Building|Room|Team|Club|Program(?:me)?|Project|Library|Platform|Cloud|Edition|"
    r"Park|Campus|Tower|Plaza|Floor|(?:Reading|Study|Journal|Paper|Research|Working|Interest|User)[ \t]+Group)\b"
    # (and a venue's name written out: `Empirical Methods in Natural Language Processing`)
    r"|\b(?:Information Processing Systems|Empirical Methods in|Computational Linguistics|Pattern Recognition|"
    r"Artificial Intelligence and Statistics|Learning Representations)\b"
    # (a job, a degree, a day: `Staff ML Engineer at ...`, `MSc in ...`, `Halle B on Tuesday and Thursday`)
    r"|\b(?:Engineer|Scientist|Researcher|Manager|Director|Professor|Student|Intern|Developer|Analyst|Officer|"
    rf"MSc|BSc|PhD|MBA|{_DAY_NAMES}|Book|Guide|Manual|Handbook|Documentation)s?\b"
)
# ... and the words of a job or an institution, which no paper's title says even in a title line.
_JOB_OR_INSTITUTION = re.compile(
    r"\b(?:(?:Assistant|Associate|Full|Visiting|Adjunct)[ \t]+Professor|Lecturer|Department[ \t]+of|Faculty[ \t]+of|"
    r"Institute[ \t]+of|University[ \t]+of|School[ \t]+of|Ministry[ \t]+of|Universit(?:y|é|ät|à|ad|ade))\b"
    # (a university, a department, a faculty or an institute in the languages their names are written in)
    r"|\b(?:Universitas|Universiteit|Universitet|Uniwersytet|Univerzita|Egyetem|Üniversitesi|Departemen|"
    r"Departament|Departamento|Département|Fakultas|Fakultät|Fakulta|Facultad|Faculdade|Faculté|Instituto|Institut)\b"
)


def names_an_institution(text: str) -> bool:
    """Whether `text` names a university, a department, an institute or a job (`Universitas Hasanuddin`,
    `Departemen Teknik Informatika`, `Associate Professor`): no person's name."""
    return _JOB_OR_INSTITUTION.search(text) is not None


def names_no_paper(title: str) -> bool:
    """Whether a Title Case run found in a sentence names something else: a document's part or a label, an event,
    an organisation, a venue, a job, a day or a guide (`NOT_A_NAME`, `_EVENT_WORDS`, `_INSTITUTION_WORDS`)."""
    return bool(NOT_A_NAME.match(title) or _EVENT_WORDS.search(title) or _INSTITUTION_WORDS.search(title))


# The small words of a title's grammar: a run whose only small words join names (`Transformer-XL and the
# Compressive Transformer`) names two things, not a paper.
_JOINING_ONLY = frozenset({"and", "or", "the", "a", "an", "vs", "vs."})
# A word of a title as its writers capitalise it: a capital, then small letters (not an acronym, not a brand).
_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Za-z]+)*")
_NAME_IN_CAPITALS = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*:?")
# The particle of a phrasal verb, which a title in Title Case often leaves in lower case (`Filtering out`, `Scaling
# up`, `Breaking down`).
_VERB_PARTICLES = _word_set("out up down off back away apart together")


def _prose_runs(text: str) -> Iterator[re.Match[str]]:
    """`_PROSE_RUN` matches that follow a word in lower case (never a longer name's last words), or open a
    sentence that goes on to say something of them (`Title is the obvious target`), cut of the small
    words they end with: five words at least, three of them not small, and a small word inside (a title's `of`,
    `with`, `are`), as a name of people or of a place seldom has."""
    for match in _PROSE_RUN.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()].split()
        if len(before) >= 2 and before[-1] in ("–", "—"):
            # (`The paper behind it – Title – is a good read`: a dash sets it apart, what is before it counts)
            before = before[:-1]
        if before and before[-1] == "(":
            # `(A Fast Learning Algorithm for Deep Belief Nets, 2006)`: in parentheses, with its year or alone
            if not _YEAR_OR_CLOSE.match(text, match.end()):
                continue
            before = before[:-1]
        if not before and line_start > 0:
            # (a line the writer's sentence wrapped before the title, in a word in lower case: `… (for the audio
            # part) and⏎Title. …`; not a run over lines, a menu's or a list's items one a line, unless the line
            # above ends on a word no title ends on and the sentence goes on after it on its last line, `… as⏎
            # Title⏎Goes On showed, one model …`)
            above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].split()[-2:]
            if (
                above
                and above[-1][-1:].isalpha()
                and above[-1].islower()
                and (
                    "\n" not in match.group("title")
                    or (
                        above[-1] in _WRAP_WORDS
                        and _GOES_ON_IN_LOWER_CASE.match(text, match.end()) is not None
                    )
                )
            ):
                before = above
        opens = _sentence_starts_after(before)
        title, start = match.group("title"), match.start()
        opener = _OPENER_IN_RUN.search(title)
        if opener is not None and (opener.start() > 0 or opens):
            # (`Also In Search of Lost …`: a sentence's first word, then the title; the sentence opening its line,
            # or the run taking in the line above's last words, `Junior Poster⏎Also Title …`)
            title, start = title[opener.end() :], start + opener.end()
            before, opens = [opener.group("word").casefold()], False
        elif before and before[-1].casefold() in _SENTENCE_OPENERS and _sentence_starts_after(before[:-1]):
            before, opens = [before[-1].casefold()], False  # (the same, the run found after that word)
        # (or whose paper it is, `…FAIR's Title made …`: a possessive is no part of a longer name)
        owned = bool(before) and _NAMES_POSSESSIVE.fullmatch(before[-1].lstrip("\"“'‘.…")) is not None
        if (
            not opens
            and not owned
            and (not before[-1].strip("(,;:“\"'‘").isalpha() or not before[-1].islower())
        ):
            continue
        if (
            before
            and (_SMALL_RE.fullmatch(before[-1]) or before[-1] in _VERB_PARTICLES)
            and (len(before) < 2 or not before[-2].islower())
        ):
            # `Flamingo: a Visual Language Model ...`, `..., and Regularization in ...`, a line that opens with
            # `with Frozen Image Encoders ...`, a verb's particle in a title (`Name: Filtering out ...`): the run
            # goes on from a title before it, or from the line above
            continue
        if text[match.end() : match.end() + 1] == "." and text[match.end() + 1 : match.end() + 2].isdigit():
            title = title[: title.rfind(" ")]  # (`... Language Models 2206.14858`: an id's number ends it)
        # (`Title by Kirkpatrick, Pascanu and Rabinowitz`: who wrote it follows)
        title = _SMALL_AT_END.sub("", _BY_NAME.split(title, maxsplit=1)[0].rstrip())
        words = title.split()
        small = [word for word in words[1:] if _SMALL_RE.fullmatch(word.casefold())]
        if (
            len(words) < 5
            or len(words) - len(small) < 3
            # (no small word: a name of people or of a place, unless it opens as research titles do, `Exploring …
            # Representation Learning`)
            or (not small and not (_RESEARCH_OPENING.match(title) and research_words(words) >= 2))
            or len([word for word in words if _CAPITALISED.fullmatch(word)]) < 2
            or (small and all(word.casefold() in _JOINING_ONLY for word in small))
            or research_words(words) < 2
        ):
            continue  # (`the PDF is on the OpenAI CDN`: acronyms and brands, not a title's words)
        if opens and ("\n" in title or not _SAID_OF_IT.match(text, start + len(title))):
            continue  # (a sentence that opens with a name must go on to say something of it, on its line)
        whole = _WHOLE.match(text, start, start + len(title))
        if whole is not None:
            yield whole


# A sentence's first word that is no title's (`Also`, `Then`), opening a Title Case run or one of its lines.
_OPENER_IN_RUN = re.compile(
    r"(?:\A|\n[ \t]*)(?P<word>"
    + "|".join(sorted(word.capitalize() for word in _SENTENCE_OPENERS))
    + r")[ \t]+(?=[A-Z])"
)


# A question's subtitle after its mark, in Title Case to its end: `? A Large-Scale Empirical Study`.
_SUBTITLE_AFTER_QUESTION = re.compile(
    r"\?[ \t]+[A-Z][\w'’\-]*+(?:[ \t]+(?:[A-Z0-9][\w'’\-]*+|" + _SMALL + r"(?=[ \t]+[A-Z0-9]))){1,12}"
)


def _sentence_starts_after(before: Sequence[str]) -> bool:
    """Whether a sentence or a message starts after these words of its line: none, a sentence's end, or a link
    (which ends the line it was wrapped with)."""
    return not before or before[-1].endswith((".", "?", "!", ">")) or "://" in before[-1]


# A Title Case run inside a sentence of another language written in Latin letters (`gipresentar niya ang Towards
# Domain-Agnostic Contrastive Learning ug ang Self-Supervised Variational Auto-Encoders, ug`): that language's words
# in lower case bound it, as another script's letters bound a `latin-run`.
# (each word's letters possessive: what may follow a word (a colon, a space, a mark, the line's end) is none of its
# letters, so giving letters back never makes the rest match; the engine would give them back one by one)
_FOREIGN_RUN = re.compile(
    r"(?P<title>[A-Z](?:(?<=[^\W\d_][ \t][A-Z])|(?<=[,;:][ \t][A-Z])|(?<=[^\W\d_]\n[A-Z]))[A-Za-z0-9'’\-]*+:?"
    r"(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9'’\-]*+:?|" + _SMALL + r"(?=[ \t]))){2,30})"
    r"(?=[ \t]+[^\W\d_A-Z]|[ \t]*[,.;!?)(\[]|[ \t]*$)",
    re.MULTILINE,
)
# ... or opening its line, maybe after a bullet, before a word in lower case.
_FOREIGN_OPENING = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<title>[A-Z][A-Za-z0-9'’\-]*:?"
    r"(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9'’\-]*:?|" + _SMALL + r"(?=[ \t]))){2,30})"
    r"(?=[ \t]+[^\W\d_A-Z])",
    re.MULTILINE,
)
# A title's small word, then its next word in Title Case: the run goes on past where it was cut.
_GOES_ON_IN_TITLE_CASE = re.compile(r"[ \t]+" + _SMALL + r"[ \t]+[A-Z]")
# A word in the possessive (`DTU's`): a title does not own.
_POSSESSIVE_WORD = re.compile(r"\w['’]s\b")
# The commonest words of English prose: a line with few of them among its words in lower case is in another language.
_ENGLISH_WORDS = _word_set(
    "a an the of for and or but nor in on at to by from with without via into onto over under as is are was were "
    "be been being am it its this that these those there here we you he she they me us him them our my your "
    "his her their not no yes so if than then also which who whom whose what when where why how all any some each "
    "both few more most many much very just only even still can could will would shall should may might must has "
    "have had do does did done about after before between through during up down out off again once one two new "
    "use used using read paper papers see like well such other same own too while because until since per"
)
# The verbs a title that reads as a sentence holds, in Title Case (`Attention Is All You Need`, `Language Models Are
# Few-Shot Learners`, `What Can Transformers Learn In-Context?`).
_SENTENCE_VERBS = frozenset(["Is", "Are", "Can", "Do", "Does", "Was", "Were"])
# `and` (or `or`, `versus`) in lower case between an id and the words after it, in the languages of Latin letters.
_JOINED_AFTER_ID = re.compile(
    r"[ \t,]+(?:and|or|e|ed|o|und|oder|et|ou|y|i|og|och|eller|en|ja|és|oraz|plus|vs\.?|versus|&|\+)[ \t]+(?=\S)"
)
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’\-])[^\W\d_A-Z][^\W\d_]*(?![\w'’\-])")


def _says_in_english(who: str) -> bool:
    """Whether what stands as a title's authors has English words in lower case (`In a way`), not a list of names
    joined by `and` or another language's word for it (`He i otros`, `Graves, Wayne i Danihelka`)."""
    return any(
        word.casefold() in _ENGLISH_WORDS and word not in ("and", "et", "al", "al.")
        for word in who.replace(",", " ").split()
        if word.islower()
    )


def _in_other_language(words: Sequence[str]) -> bool:
    """Whether words in lower case are another language's: four or more, and at most one in five of English's
    commonest (`_ENGLISH_WORDS`); or one in three when two or more have letters English does not write (Hungarian's
    `a` and `is` are English's words too: `a Graphormer, ami megnyerte …, mellé a … is`)."""
    english = sum(1 for word in words if word.casefold() in _ENGLISH_WORDS)
    if len(words) < 4:
        return False
    return english * 5 <= len(words) or (
        english * 3 <= len(words) and sum(1 for word in words if not word.isascii()) >= 2
    )


def _other_language_around(text: str, start: int, end: int, *, line: bool) -> bool:
    """Whether the words in lower case around `text[start:end]` (that span's own aside) are another language's
    (`_in_other_language`): on its line within `_LANGUAGE_WINDOW` characters either side, or (`line=False`) in its
    paragraph within `_PARAGRAPH_WINDOW` (a line may hold only a title and a few words)."""
    if line:
        low = max(text.rfind("\n", 0, start) + 1, start - _LANGUAGE_WINDOW)
        high = text.find("\n", end, end + _LANGUAGE_WINDOW)
        high = min(len(text), end + _LANGUAGE_WINDOW) if high < 0 else high
    else:
        low = max(text.rfind("\n\n", 0, start) + 1, start - _PARAGRAPH_WINDOW)
        high = text.find("\n\n", end)
        high = min(len(text) if high < 0 else high, end + _PARAGRAPH_WINDOW)
    return _in_other_language(
        _LOWER_CASE_WORD.findall(text, low, start) + _LOWER_CASE_WORD.findall(text, end, high)
    )


def _foreign_runs(text: str) -> Iterator[re.Match[str]]:
    """`_FOREIGN_RUN` matches on lines of another language in Latin letters: after a word of that language in lower
    case, or after a comma, a semicolon or a colon (`ka pepa ALIGN, Title, ua`); before one of its words, a
    mark or the line's end; cut of the small words they end with. The language is told on the line's words within
    `_LANGUAGE_WINDOW` characters either side (a long line is not read whole for each run on it). Then the runs
    opening a line (`_FOREIGN_OPENING`) before a sentence of another language."""
    for match in _FOREIGN_RUN.finditer(text):
        # (a run opening its line goes on the sentence of the line above, its last word in lower case: `Se avanza
        # tempo anche` / `Title.`; that sentence's line is where its language is told)
        wrapped = text[match.start() - 1] == "\n"
        line_start = max(
            text.rfind("\n", 0, match.start() - 1 if wrapped else match.start()) + 1,
            match.start() - _LANGUAGE_WINDOW,
        )
        word_start = max(
            text.rfind(" ", line_start, match.start() - 1), text.rfind("\t", line_start, match.start() - 1)
        )
        last = text[max(word_start + 1, line_start) : match.start()].strip().strip("(“\"'‘«„")
        if not last or (
            wrapped
            and not (
                last.islower()
                # (the line above a sentence in that language, not a list's title in sentence case: `Deep
                # contextualized word representations` / `Title`)
                and _in_other_language(_LOWER_CASE_WORD.findall(text, line_start, match.start()))
            )
        ):
            continue
        earlier = text[line_start : max(line_start, word_start)].split()
        if (
            last.isalpha()
            and not last.islower()
            and not (
                # (a sentence's first word in the line's language, capitalised as a sentence opens: `Także Title,
                # …`, `Och Title, som …`: its letters no English word has, or a small word English never writes)
                (not earlier or earlier[-1].endswith((".", ":", "!", "?")))
                and (_NON_ENGLISH_LETTER.search(last) is not None or last.casefold() in _OTHER_SMALL_WORDS)
            )
        ):
            continue  # (`Ahmed Title`: a longer name's words)
        if last in _VERB_PARTICLES and earlier and not earlier[-1].islower():
            continue  # (`Name: Filtering out Title`: a verb's particle inside a longer title)
        if not last.isalpha() and not (
            last.endswith((",", ";"))
            or (last.endswith(":") and last.rstrip(":").islower())
            # (`Gráfokra: Title`: a label in the line's language, its letters no English name has)
            or (last.endswith(":") and last.rstrip(":").isalpha() and not last.isascii())
        ):
            continue  # (`Toolformer: Title`: the title's own colon; `ALIGN, Title`, `label: Title`: a title)
        if _GOES_ON_IN_TITLE_CASE.match(text, match.end()) or not research_words(
            match.group("title").split()
        ):
            continue  # (`Title to Use Tools]]`: a part of a longer run, cut where the run could not end)
        if text.startswith((" http", " www."), match.end()):
            continue  # (`Title https://arxiv.org/abs/…`: a title line's, which its link claims; the line reader's)
        nearest = text[max(line_start, match.start() - 40) : match.start()].split()[-2:]
        following = _LOWER_CASE_WORD.match(text, match.end() + 1)
        if following is not None and text[match.end() : match.end() + 1] in " \t":
            nearest.append(following.group(0))
        if sum(1 for word in nearest if word.casefold() in _ENGLISH_WORDS) >= 2:
            continue  # (`we read Title and …`: English words right around it; the line is told below otherwise)
        if not _other_language_around(text, match.start(), match.end(), line=not wrapped):
            continue
        title = _SMALL_AT_END.sub("", match.group("title").rstrip(":"))
        whole = _WHOLE.match(text, match.start(), match.start() + len(title))
        if whole is not None:
            yield whole

    for match in line_matches(_FOREIGN_OPENING, text):
        # (`Title würde ich gern als fünftes Paper ergänzen …`: a title in Title Case opening its line, maybe after
        # a bullet, then the writer's sentence on it in their language)
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        title = _SMALL_AT_END.sub("", match.group("title"))
        following = _LOWER_CASE_WORD.match(text, match.end() + 1)
        if (
            research_words(title.split()) >= 1
            # (not a short label's colon, `Course Name: what it holds`; a long title's, then the writer's note)
            and (not title.endswith(":") or len(title.split()) >= 4)
            # (a word in Latin letters, not English's: not `Title Part` / `for Its Rest — …`, a longer title's part
            # cut before its small word; another script's words around an English title are other readers')
            and following is not None
            and following.group(0).casefold() not in _ENGLISH_WORDS
            and all(letter < "\u0250" for letter in following.group(0))
            and _in_other_language(
                _LOWER_CASE_WORD.findall(text, match.end(), min(line_end, match.end() + _LANGUAGE_WINDOW))
            )
        ):
            whole = _WHOLE.match(text, match.start("title"), match.start("title") + len(title.rstrip(":")))
            if whole is not None:
                yield whole


_LANGUAGE_WINDOW = 240  # characters either side of a run where its line's language is told
_PARAGRAPH_WINDOW = 300  # ... and where its paragraph's is


# A citation in parentheses that ends with its year, after a title: who wrote it or where it appeared (`(Glorot e
# Bengio, 2010)`, `(Nature, 1986)`, `(LeCun ed auters, 1998)`).
_CITATION_WITH_YEAR = re.compile(r"[ \t]\((?=[A-Z])[^()\n]{1,60}?,[ \t]*(?:19|20)[0-9]{2}[a-z]?\)")
# ... one that is a venue's name and a year alone (`(Nature, 2021)`, `(ICML 2019)`).
_VENUE_CITATION = re.compile(r"[ \t]\(" + PUBLISHING_VENUES + r"[ \t]*,?[ \t]*(?:19|20)[0-9]{2}[a-z]?\)")
# A word of a title in sentence case: Latin letters, digits and hyphens (no elided article: `l'inizialisaziun`).
_PLAIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*:?")


def _reads_as_english(words: Sequence[str]) -> bool:
    """Whether a sentence-case title's words read as English research: two research words or more, and half its
    words English's commonest or research words."""
    english = [word for word in words if word.casefold() in _ENGLISH_WORDS or is_research_word(word)]
    return research_words(words) >= 2 and len(english) * 2 >= len(words)


def _english_lower_words(words: Sequence[str]) -> bool:
    """Whether half a run's words in lower case at least are English's commonest or research words (`accurate
    protein structure prediction with`, not `yang diturunkan dari`, another language's)."""
    lower = [word for word in words if word[:1].islower()]
    return bool(lower) and sum(
        1 for word in lower if word in _ENGLISH_WORDS or is_research_word(word)
    ) * 2 >= len(lower)


def _foreign_cited_runs(text: str) -> Iterator[re.Match[str]]:
    """Titles in sentence case inside a sentence of another language in Latin letters, cited right after
    (`suonda Understanding the difficulty of training deep feedforward neural networks (Glorot e Bengio, 2010)`):
    the words before the citation from a word in capitals after a word in lower case or a comma, the farthest
    back that still reads as English (`Mastering the game of Go without …`: a name inside it is no start), or, cited
    by its authors, the nearest start of a research title in sentence case. In an English sentence, one cited by its
    venue and year alone that reads as a research title in sentence case (`… presented Highly accurate protein
    structure prediction with AlphaFold (Nature, 2021) and asked …`)."""
    for citation in _CITATION_WITH_YEAR.finditer(text):
        line_start = text.rfind("\n", 0, citation.start()) + 1
        words = list(_NON_SPACE.finditer(text, max(line_start, citation.start() - 300), citation.start()))
        venue_cited = _VENUE_CITATION.fullmatch(citation.group(0)) is not None
        # (or by its authors, in another language's sentence: `…, e Title in sentence case (Surname et al., Nature,
        # 2021), lido …`, its words maybe not all research's)
        authors_cited = not venue_cited and _ET_AL_ANY.search(citation.group(0)) is not None
        first = None
        # (the nearest start of a research title in sentence case, for a venue's citation: not the farthest, where a
        # name and the writer's verb would open it, `Ben presented Title`)
        in_english = None
        for position in range(len(words) - 1, max(0, len(words) - 26), -1):
            word = words[position].group(0)
            if not _PLAIN_WORD.fullmatch(word):
                break
            previous = words[position - 1].group(0)
            if (
                word[:1].isupper()
                and len(words) - position >= 4
                and ((previous.isalpha() and previous.islower()) or previous.endswith((",", ":")))
            ):
                if _reads_as_english([found.group(0) for found in words[position:]]):
                    first = position
                if (
                    (venue_cited or authors_cited)
                    and in_english is None
                    and len(words) - position >= 5
                    and _sentence_case_research_title(text[words[position].start() : words[-1].end()])
                ):
                    in_english = position
        if first is not None and _other_language_around(
            text, words[first].start(), citation.end(), line=False
        ):
            start = first
        elif in_english is not None and (
            venue_cited
            or (
                _other_language_around(text, words[in_english].start(), citation.end(), line=False)
                and _english_lower_words([found.group(0) for found in words[in_english:]])
            )
        ):
            start = in_english
        else:
            continue
        whole = _WHOLE.match(text, words[start].start(), words[-1].end())
        if whole is not None:
            yield whole


# A Title Case run in a sentence, then a spaced dash and the writer's note on it (`I'd add Smooth Adversarial
# Training — swapping ReLU for …`, `Porovnat s Training Compute-Optimal Large Language Models – Chinchilla …`).
_NOTED_RUN = re.compile(
    # (each word's letters possessive: what may follow a word (a space) is none of its letters, so giving letters
    # back never makes the rest match; the engine would give them back one by one)
    r"(?P<title>[A-Z](?:(?<=[^\W\d_][ \t][A-Z])|(?<=[:,;][ \t][A-Z]))[A-Za-z0-9'’\-]*+"
    # (and a word in parentheses inside it, the title going on in Title Case: `Networks (Sometimes) Forget`)
    r"(?:[ \t](?:[A-Z0-9][A-Za-z0-9'’\-]*+|\([A-Z][a-z]+\)(?=[ \t][A-Z])|" + _SMALL + r")){2,30})"
    r"(?=[ \t]+(?:--|—|–)[ \t]+[^\W\d_])"
)
_WORD_IN_PARENS = re.compile(r"\([A-Z][a-z]+\)")


# (the dash first, a literal found fast; the space before it is checked where it is found)
_NOTE_DASH_AT = re.compile(r"(?:--|—|–)[ \t]+[^\W\d_]")
_SUBTITLE_COLON = re.compile(r":[ \t]+[A-Z][a-z]")


def _runs_before(text: str, marks: re.Pattern[str], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`pattern`'s matches, looked for only on the lines where `marks` (what the pattern needs: a subtitle's colon)
    is found, up to the mark's line's end: far fewer places to try than the whole text."""
    searched_to = 0
    for mark in marks.finditer(text):
        if mark.start() < searched_to:
            continue
        line_start = text.rfind("\n", 0, mark.start()) + 1
        line_end = text.find("\n", mark.end())
        line_end = len(text) if line_end < 0 else line_end
        yield from pattern.finditer(text, max(line_start, searched_to), line_end)
        searched_to = line_end


_RUN_WORD = re.compile(r"[A-Z0-9][A-Za-z0-9'’\-]*")


def _runs_ending_at_dashes(text: str) -> Iterator[re.Match[str]]:
    """`_NOTED_RUN`'s matches, tried only where a run of title words ends at a spaced dash: its words are walked
    back from the dash, and the pattern tried from the first capitalised one (the longest run) on."""
    for dash in _NOTE_DASH_AT.finditer(text):
        if text[dash.start() - 1 : dash.start()] not in (" ", "\t"):
            continue
        end = dash.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        line_start = text.rfind("\n", 0, end) + 1
        offset = max(line_start, end - 400)
        words = list(re.finditer(r"\S+", text[offset:end]))
        starts: list[int] = []
        for word in reversed(words[-31:]):
            token = word.group(0)
            if _RUN_WORD.fullmatch(token):
                starts.append(offset + word.start())
            elif not _SMALL_RE.fullmatch(token.casefold()) and _WORD_IN_PARENS.fullmatch(token) is None:
                break
        for start in reversed(starts):
            match = _NOTED_RUN.match(text, start)
            if match is not None and match.end() == end:
                yield match
                break


# What opens a line's tuple before its first element (`  '((`, `#(`, `{`), and the bare word that ends it after its
# other elements, its kind (`… "note" book)`, `…, :paper}`, `… 'video))`).
_TUPLE_OPENING = re.compile(r"[ \t]*[#'`]?[(\[{]{1,3}[ \t]*")
_TUPLE_KIND_AT_END = re.compile(r"[ \t,]+[:']?(?P<kind>[^\W\d_][\w\-]{1,24})[ \t]*[)}\]]+[ \t,;.]*$")
_HASHTAG = re.compile(r"#[^\s#]+")  # (a note's tag: `#paper`, `#पेपर`, `#論文/読了`)
# A front matter's key that gives its document's kind, and its values on the same line, if any.
_FRONT_MATTER_KEY = re.compile(
    r"(?:type|kind|category|categories|tags|labels)[ \t]*:(?P<values>.*)$", re.IGNORECASE
)
_FRONT_MATTER_LINES = 40  # (a front matter's lines, at most, read above a title)
_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,30})[ \t]*:")
# A front matter's keys that say its document is a note on a paper, not a page of its own.
_PAPER_NOTE_KEYS = frozenset(
    [
        "authors",
        "arxiv",
        "arxiv_id",
        "doi",
        "eprint",
        "pdf",
        "paper",
        "venue",
        "journal",
        "booktitle",
        "openreview",
    ]
)
# The banner `head` and `tail` print above each file when given several (`==> notes/a.md <==`).
_FILE_BANNER = re.compile(r"^==> [^\n]{1,300} <==$", re.MULTILINE)
# A line that is a name in angle brackets between runs of a rule's marks: a program's banner.
_BANNER_LINE = re.compile(r"[ \t]*([=\-*#~_+])\1+[ \t]*<[^<>\n]+>[ \t]*\1{2,}[ \t]*$", re.MULTILINE)
# A competition's name and its year, or a series' season and episode.
_CONTEST_OR_SEASON = re.compile(
    r"\b(?:Challenge|Competition|Hackathon|Kaggle[ \t]+Cup)[ \t]+(?:19|20)[0-9]{2}$"
    r"|\bSeason[ \t]+[0-9]{1,2}[ \t,]+Episode[ \t]+[0-9]{1,3}\b"
)
# A licence's name as data packages and code repositories give it (`Creative Commons Attribution-ShareAlike 4.0
# International`, `Open Data Commons Attribution License v1.0`, `GNU General Public License v3.0`, `MIT License`).
_LICENSE_NAME = re.compile(
    r"(?:Creative[ \t]+Commons[ \t]+(?:Attribution|Zero|CC0)[\w \t\-.]*"
    r"|Open[ \t]+Data[ \t]+Commons[\w \t\-.]*"
    r"|(?:GNU[ \t]+)?(?:Lesser[ \t]+|Affero[ \t]+)?General[ \t]+Public[ \t]+License[\w \t\-.]*"
    r"|(?:MIT|BSD(?:[ \t\-][0-9]-Clause)?|Apache|Mozilla[ \t]+Public|Eclipse[ \t]+Public)[ \t]+License[\w \t\-.]*)",
    re.IGNORECASE,
)
# A message's subject header, and the reply or forward marks before a subject (`Re: Fwd: …`); a count of messages
# after a topic in a list digest's table of contents (`Topic (3)`).
_SUBJECT_LINE = re.compile(r"^Subject:[ \t]*(?P<subject>\S[^\n]*)$", re.MULTILINE)
_REPLY_PREFIX = re.compile(r"^(?:(?:Re|RE|Fwd|FW|Fw|AW|SV|VS|Odp|Ynt)[ \t]*:[ \t]*)+")
_COUNT_AT_END = re.compile(r"[ \t]*\([0-9]{1,3}\)$")
# A lab's or a company's name of a few capitalised words, a comma and a year, opening a title's note.
_LAB_COMMA_YEAR = re.compile(
    r"[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3},[ \t]*(?:19|20)[0-9]{2}\b(?![\-/.][0-9])"
)
# A post's title that says it is notes on, or a review of, one paper (in Chinese, Japanese, Korean or English),
# in brackets or before a bar, then that paper's title.
_NOTES_ON_PAPER = re.compile(
    r"(?:【[^】\n]{0,8}(?:论文|論文|논문)[^】\n]{0,8}】|\[[^\]\n]{0,8}(?:论文|論文|논문|[Pp]aper)[^\]\n]{0,8}\]"
    r"|[^\s|｜]{0,4}(?:论文|論文|논문)[^\s|｜]{0,4}[ \t]*[|｜])[ \t]*(?P<rest>[A-Z][^\n]{8,300})$"
)
# The name of the site a page's title ends on, as a search result shows it (`… - 知乎`, `…_keywords-CSDN博客`).
_SITE_SUFFIX = re.compile(
    r"(?:_[^_\n]{0,60})?[ \t]*[-–—|_][ \t]*(?:知乎|CSDN博客|博客园|掘金|简书|cnblogs|Qiita|Zenn|velog|티스토리|"
    r"네이버 블로그|Medium|DEV Community)[ \t]*$"
)
# Small words that join a title's words, never the writer's lead into one (`A Survey of`, `Learning with`).
_TITLE_JOINING_WORDS = frozenset(
    ["of", "for", "to", "on", "with", "via", "and", "using", "without", "towards"]
)
# An arXiv id written inside a name (`Title, arXiv:1706.03762`): a list's line quoted whole, not a title.
_ARXIV_ID_INSIDE = re.compile(r"\barXiv:?[ \t]?[0-9]{4}\.[0-9]{4,5}", re.IGNORECASE)
# ... at a name's end, in parentheses or after a comma: `Title (arXiv:2004.10102)`.
_ARXIV_ID_AT_END = re.compile(
    r"[ \t]*[,(\[]?[ \t]*arXiv:?[ \t]?(?P<id>[0-9]{4}\.[0-9]{4,5})(?:v[0-9]+)?[)\]]?[ \t.]*$", re.IGNORECASE
)


def _noted_runs(text: str) -> Iterator[re.Match[str]]:
    """`_NOTED_RUN` matches after a word in lower case or a lead's colon (never a longer name's last words),
    three words at least, in a research title's words, with three words or more of the writer's note after the
    dash."""
    for match in _runs_ending_at_dashes(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()].split()
        if not before or not before[-1].rstrip(":,;").isalpha() or not before[-1].rstrip(":,;").islower():
            continue  # (`I'd add Title`, `Despre partea adversarială: Title`)
        if before[-1] in _TITLE_JOINING_WORDS:
            continue  # (`…ntroduction to Graph Neural Networks — note`: a title's tail, its head cut off or in lower case)
        title = _SMALL_AT_END.sub("", match.group("title"))
        note_end = text.find("\n", match.end())
        note = text[match.end() : note_end if note_end >= 0 else len(text)]
        if not research_title(title) or len(note.split()) < 4:
            continue
        yield match


def research_title(title: str) -> bool:
    """Whether `title` is a Title Case title in a research paper's words: three words or more besides its small
    ones, nearly all capitalised, two of them research words (one will do in a title of five or more with small
    words between them: `Describing and Localizing Multiple Changes with Transformers`); and no name of an event,
    an institution or a label."""
    words = title.split()
    named = [word for word in words if not _SMALL_RE.fullmatch(word.casefold())]
    if len(named) < 3 or len(
        [
            word
            for word in named
            # (or a model's name in capitals, `BERT`, `BEiT`, ahead of its subtitle)
            if _CAPITALISED.fullmatch(word.rstrip(":,"))
            or word[:1].isdigit()
            or _NAME_IN_CAPITALS.fullmatch(word)
        ]
    ) * 4 < (len(named) * 3):
        return False
    found = research_words(words)
    return (
        found >= 2 or (found >= 1 and len(named) >= 5 and len(named) < len(words))
    ) and not names_no_paper(title)


def _words_before(text: str, end: int) -> list[tuple[str, int]]:
    """The words before `end` on its line, with where each starts; and, where that line goes on from the one
    above as a wrapped paragraph's lines do (`wraps_into`), that line's words before them (two lines at most)."""
    words: list[tuple[str, int]] = []
    line_start = text.rfind("\n", 0, end) + 1
    lines = 0
    while True:
        start = max(line_start, end - 300)
        words[:0] = [(word.group(0), word.start()) for word in _NON_SPACE.finditer(text, start, end)]
        if line_start == 0 or start > line_start or lines == 2:
            return words
        above = text.rfind("\n", 0, line_start - 1) + 1
        previous = text[above : line_start - 1].strip()
        here = text[line_start:end].strip()
        # (words on this line before `end` must go on from the line above; with none, `end` opens the line, as a
        # citation wrapped onto the next line does, and the line above must not end a sentence)
        goes_on = wraps_into(previous, here) if here else bool(previous) and previous[-1] not in ".?!;:)]"
        if not goes_on:
            return words
        end, line_start, lines = line_start - 1, above, lines + 1


# Who wrote a paper and its year in parentheses, ending where a colon follows: `Clark et al. (2020)`, `Li & Liang
# (2021)`, `Kaplan (2020)`.
_CITED_YEAR_AT_END = re.compile(
    r"(?:\bet[ \t]+al\.?|\b[A-Z][\w'’\-]+(?:[ \t]+(?:and|&|und|et|y|e|i)[ \t]+[A-Z][\w'’\-]+)?)"
    r"[ \t]*\((?:19|20)[0-9]{2}[a-z]?\)$"
)


def _titles_after_colons(text: str) -> Iterator[re.Match[str]]:
    """`_AFTER_COLON_TITLE` matches: a Title Case run right after the colon of a lead in lower case (`the SDE
    paper obviously: Title.`, `Old man answer: Title.`), of its authors' citation (`ergänzend: Clark et al.
    (2020): Title, EMNLP 2020`) or of a lead in another language (`_other_language_lead`), never after a name's own
    colon (`PaLM: Scaling ...`)."""
    position = text.find(": ")
    while position >= 0:
        start = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
        lead = text[start:position]  # (the word before the colon: in lower case, or no Latin word at all)
        if not lead and position > 1 and text[position - 1] == " " and text[position - 2] != " ":
            # (French sets its colon apart: `le titre complet : Title`, the word before the space)
            lead = text[
                max(text.rfind(" ", 0, position - 1), text.rfind("\n", 0, position - 1)) + 1 : position - 1
            ]
        following = text[position + 2 : position + 4]
        cited = (
            lead[-1:] == ")" and _CITED_YEAR_AT_END.search(text, max(0, position - 80), position) is not None
        )
        # (a compound on a figure and its capitals is in lower case too: `for 3D-gruppa:`, `i 2D-laben:`)
        bare = lead[lead.index("-") + 1 :] if lead[:1].isdigit() and "-" in lead[:6] else lead
        # (or a day's name, in a lead the writer's words: `Background for Thursday: Title`)
        in_lower_case = bare[-1:].isalpha() and (
            bare == bare.lower() or _DAY_WORD.fullmatch(bare) is not None
        )
        other_language = not cited and not in_lower_case and _other_language_lead(text, position)
        if (cited or in_lower_case or other_language) and (following[:1].isupper() or following.isalnum()):
            listed = list(_listed_after_colon(text, position + 2))
            if listed:
                # (`Neste uke: Title (Nick): Subtitle; Title? Subtitle.`: a list of titles, a semicolon apart)
                yield from listed
                position = text.find(": ", position + 2)
                continue
            match = _AFTER_COLON_QUESTION_TITLE.match(text, position + 2) or _AFTER_COLON_TITLE.match(
                text, position + 2
            )
            # (after another language's lead, a research title: not `Júri: Name Names`, a label and its people)
            if match is not None and (
                not other_language or research_words(match.group("title").split()) >= 1
            ):
                if text.startswith("?", match.end()) and (
                    subtitle := _SUBTITLE_AFTER_QUESTION.match(text, match.end())
                ):
                    # (`Lead: Title? A Large-Scale Empirical Study`: its subtitle after the question too)
                    match = _WHOLE.match(text, match.start("title"), subtitle.end()) or match
                elif other_language and text.startswith("?", match.end()):
                    # (`Lead: Title? – a note`: its question mark is the title's)
                    match = _WHOLE.match(text, match.start("title"), match.end() + 1) or match
                yield match
        position = text.find(": ", position + 2)


def _listed_after_colon(text: str, start: int) -> Iterator[re.Match[str]]:
    """The items of a list the rest of a line holds after a lead's colon, parted by semicolons, when there are two
    or more and each opens on a capital with three words or more (their titles weighed one by one); nothing
    otherwise."""
    end = _line_end(text, start)
    last = text.rfind("; ", start, end)
    if last < 0:
        return
    stop = text.find(". ", last, end)
    end = (
        stop if stop >= 0 else end
    )  # (the list's sentence ends: `…; Title. Next sentence …`, lines read as one)
    spans: list[tuple[int, int]] = []
    at = start
    for item in text[start:end].split("; "):
        stripped = item.rstrip(" \t.")
        if len(stripped.split()) < 3 or not stripped[:1].isupper() or " = " in stripped:
            return  # (not a list of names set equal to titles, `GPT-3 = Title; GPT-2 = Title`: their own reader's)
        if (
            stripped.endswith(")")
            and (note := stripped.rfind(" (")) > 0
            and len(stripped[:note].split()) >= 3
        ):
            stripped = stripped[:note]  # (`Title (only a PDF)`: the writer's note after the last item)
        spans.append((at, at + len(stripped)))
        at += len(item) + 2
    for first, last in spans if len(spans) >= 2 else ():
        whole = _WHOLE.match(text, first, last)
        if whole is not None:
            yield whole


def _other_language_lead(text: str, colon: int) -> bool:
    """Whether the words from their line's start (or a string's opening quote) to the colon at `colon` are a lead
    of the writer's in another language, no name's: one to six words, no digit, one with a letter English does not
    write or another language's small word (`Olvasmánynak:`, `Omweg voor Anna (grafen):`)."""
    start = max(text.rfind("\n", 0, colon), text.rfind('"', max(0, colon - 80), colon)) + 1
    words = text[start:colon].strip(" \t*-•>").split()
    return (
        1 <= len(words) <= 6
        and not any(char.isdigit() for word in words for char in word)
        # (not a name's own colon after the writer's words: `También Name: Subtitle`)
        and (len(words) == 1 or not words[-1][:1].isupper())
        and (
            _NON_ENGLISH_LETTER.search(" ".join(words)) is not None
            or any(word.strip("()").casefold() in _OTHER_SMALL_WORDS for word in words)
        )
    )


# A title's subtitle in sentence case after its name's colon, ending where the writer's sentence goes on (`,`, `.`,
# `;`, a parenthesis, the line's end): `Beyond the Imitation Game: Quantifying and extrapolating the capabilities of
# language models, a PaLM …`.
_SENTENCE_CASE_TAIL = re.compile(
    r":[ \t](?P<subtitle>[A-Z][a-z\-]+(?:[ \t]+(?:[a-z][a-z0-9\-]*|[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*)){3,15})"
    r"(?=[ \t]*(?:[,.;(（]|$))",
    re.MULTILINE,
)
# Words of the writer's own sentence, which a subtitle does not have.
_WRITERS_SUBTITLE_WORDS = frozenset((
    "we", "our", "ours", "us", "i", "my", "me", "you", "your", "please", "was", "were", "will", "would", "should",
    "been", "did", "does", "paper", "papers",
))  # fmt: skip


_PAPER_WORD_CJK = re.compile(r"论文|論文|논문|文章")
_CJK_OR_LATIN_STOP = re.compile(r"[。！？.!?]")
_WRITERS_LAST_WORD = re.compile(r"[ \t]+(?:anyway|too|also|though|again|here|there|now|today|btw)$")


def _past_sentence_opener(text: str, start: int, colon: int) -> int:
    """Where a name before a colon starts: past a sentence's first word (`And PaLM: Scaling ...`: no name's)."""
    first = text[start : text.find(" ", start, colon) if " " in text[start:colon] else start]
    return start + len(first) + 1 if first.casefold() in _SENTENCE_OPENERS else start


def _sentence_subtitled_titles(text: str) -> Iterator[re.Match[str]]:
    """A name in Title Case (two words or more, or a coined one), its colon, then a subtitle in sentence case, in the
    writer's prose: each as a match whose `title` group is the whole title."""
    position = text.find(": ")
    while position >= 0:
        if text[position + 2 : position + 3].isupper():
            tail = _SENTENCE_CASE_TAIL.match(text, position)
            name = _NAME_BEFORE_COLON.search(text, max(0, position - 80), position) if tail else None
            if tail is not None and name is not None:
                start = _past_sentence_opener(text, name.start(), position)
                end = tail.end()
                while (last := _WRITERS_LAST_WORD.search(text, start, end)) is not None:
                    end = last.start()  # (`… of language models anyway.`: the writer's word after it)
                found = _WHOLE.match(text, start, end)
                if found is not None:
                    yield found
                position = text.find(": ", tail.end())
                continue
        position = text.find(": ", position + 2)


def _line_end(text: str, start: int) -> int:
    """Where the line that opens at `start` ends (its line break, or the text's end)."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _wrapped_on(text: str, line_end: int) -> bool:
    """Whether the line after the one ending at `line_end` reads as part of a hard-wrapped paragraph: long (a
    wrapper filled it), or short with a long line or the paragraph's end after it; not a short line over another
    short one (a thread's `3d` / `Like` / `Reply` under a comment)."""
    following = _line_end(text, line_end + 1)
    if following - line_end > 40 or following + 1 >= len(text) or text[following + 1] == "\n":
        return True
    return _line_end(text, following + 1) - following > 40


def _colon_titles(text: str) -> Iterator[re.Match[str]]:
    """`_COLON_TITLE` matches, looked for from each `: ` followed by a capital (or `a`, `an`, `the`) rather than
    tried at every capital of the text: most colons of a digest are not inside a title."""
    position = text.find(": ")
    floor = 0  # (where the next name may start: after the title found before it)
    while position >= 0:
        following = text[position + 2 : position + 5]
        if following[:1].isupper() or following.startswith(("a ", "an ", "th")):
            window = max(floor, position - 80)
            name = _NAME_BEFORE_COLON.search(text, window, position)
            if name is not None:
                start = _past_sentence_opener(text, name.start(), position)
                match = _COLON_TITLE.match(text, start) or _COINED_SHORT_COLON_TITLE.match(text, start)
                if match is not None and "\n" in match.group("title"):
                    # it goes on past its line only from within a long line of prose (`… as in Megatron-LM:
                    # Training Multi-Billion` / `Parameter Language Models …`), not from a line of its own
                    line_start = text.rfind("\n", 0, start) + 1
                    line_end = text.index("\n", start)
                    if (
                        line_end - line_start < 60
                        or not _WORD_IN_LOWER_CASE.search(text, line_start, start)
                        or text.startswith(":", match.end())  # (the next line's name, the title after it)
                    ):
                        match = _COLON_TITLE.match(text, start, line_end)
                    else:
                        # (line by line, as long as the next line reads as the same paragraph's)
                        end = line_end
                        while end < match.end() and _wrapped_on(text, end):
                            end = _line_end(text, end + 1)
                        if end < match.end():
                            match = _COLON_TITLE.match(text, start, end)
                if match is not None and match.end() > position:
                    joined = text.rfind(" and ", position, match.end())
                    if text.startswith(": ", match.end()) and joined > 0:
                        # `Title A: Subtitle and Title B: Subtitle`: two titles, the second's name after the `and`
                        cut = _WHOLE.match(text, match.start(), joined)
                        if cut is not None:
                            yield cut
                        floor = joined + len(" and ")
                        position = text.find(": ", floor)
                        continue
                    yield match
                    floor = match.end()
                    position = text.find(": ", match.end())
                    continue
        position = text.find(": ", position + 2)


# What starts such a span without being a paper's name: a document's own parts and the writer's labels.
NOT_A_NAME = re.compile(
    r"^(?:Section|Sec|Figure|Fig|Table|Chapter|Step|Part|Week|Lecture|Day|Appendix|Update|News|Note|Warning|Tip|"
    r"Edit|Summary|Abstract|Conclusion|Question|Answer|Q(?=[ \t]*[:.)])|A(?=[ \t]*[:.)])|Example|Problem|Exercise|Homework|Task|Topic|Title|"
    r"Papers?|Link|Code|Source|Re|Fwd|Subject|Agenda|Goal|Idea|Result|Results|Status|Reminder|Bonus|Spoiler|"
    r"Sponsor|Ad|Promo|Deal|Event|Venue|Location|Date|Time|When|Where|Panel|Poster|Talk|Session|Demo|Break|Lunch|"
    r"Social|Project|Projet|Projekt|Proyecto|Progetto|Projeto)\b",
    re.IGNORECASE,
)
# `the **Title** paper` (a flashcard's question), and a Title Case run cited by its authors in the middle of a
# sentence (`Start with the Fourier Neural Operator for Parametric Partial Differential Equations (Li, Kovachki et
# al.)`).
_NAMED_EMPHASIS = re.compile(
    r"\b(?:the|this|that)[ \t]+[*_]{1,2}(?P<title>[A-Z0-9][^*_\n]{5,250}?)[*_]{1,2}[ \t]+paper\b",
    re.IGNORECASE,
)
_CITED_RUN = re.compile(
    # (a word in parentheses inside it too: `Language Models (Mostly) Know What They Know`)
    r"(?<![\w\"“'‘\[(/#*_])(?P<title>[A-Z][A-Za-z0-9'’\-]*(?::?(?:[ \t]|[ \t]*\n[ \t]*)(?:[A-Z0-9][A-Za-z0-9'’\-]*|"
    + _HEDGE
    + "|"
    + "(?:of|for|and|the|a|an|in|on|with|to|via|from|as|using|by|at|is|are|or|into|over|under|without|through|than))"
    + r"){2,25}\??)(?:(?:[ \t]+|[ \t]*\n[ \t]*)\((?:(?P<who>[A-Z][^()\n]{2,80}?(?:(?:"
    + _ET_AL_ANY.pattern  # (in the writer's language too: `(Zhao и др.)`, `(Zhao 等)`)
    + r")\.?|(?:19|20)[0-9]{2})"
    # (or two authors' names alone: `(Loshchilov & Hutter)`)
    + r"|[A-Z][\w'’\-]+[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+)"
    + "|"
    + _NAME_IN_PARENS
    + r")\)"
    + r"|,?[ \t]+by[ \t]+(?=[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\b|(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]*)[A-Z]"
    + r"|[ \t]+(?:and|&)[ \t]+(?:colleagues|co-?authors|others)\b)))"  # (`Title, by Child and colleagues, 2019`)
)
# A sentence that is a title alone, then who wrote it, ending the sentence: `Classics session! Mastering the game of
# Go without human knowledge (Silver et al., Nature 2017).`, `We read A Generalist Agent (Reed et al., DeepMind).`
# (weighed in `is_prose_title`: a claim cited the same way, `Deep nets are brittle (Li et al., 2019).`, is not one)
_CITED_SENTENCE = re.compile(
    r"(?:(?<=[.!?][ \t])|^(?:[-*+][ \t]+)?)"
    r"(?:(?:[A-Z][a-z]*[ \t]+(?:[a-z]+[ \t]+){0,2})?(?:[Ww]e|I)(?:'ll|[ \t]will)?[ \t]+(?:read|discuss|present|cover)[ \t]+)?"
    r"(?P<title>[A-Z][^.!?()\[\]\n:;,\"“”*_]{12,200}?)[ \t]+\((?P<who>[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\.?"
    r"|[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+)(?:,[ \t\n]*[^()\n]{1,40})?)\)(?=[ \t]*(?:[.;!]|$))",
    re.MULTILINE,
)
# (what every match of it holds, its citation's opening: a digest's text holds none, mostly, and then this scan, which
# opens on a literal parenthesis, spares the pattern's tries at every sentence's start)
_CITED_SENTENCE_PARENS = re.compile(r"\([A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al|[ \t]+(?:&|and)[ \t]+[A-Z])")
# A citation by author and year in parentheses: `(Chen et al., 2020)`, `(Kipf & Welling, 2017)`.
_AUTHOR_YEAR_CITATION = re.compile(
    r"\([A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\.?|[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+)?,?[ \t\n]+(?:[^()\n]{0,30}[ \t])?"
    r"(?:19|20)[0-9]{2}[a-z]?\)"
)
_EMPHASIS_TITLE = re.compile(
    # (a title wrapped over two lines of a paragraph, and its citation too: `*Title ...\n... words* (Holtzman et\nal.`)
    # (its first mark written once, then an optional second, the same as `[*_]{1,2}`: a pattern opening on a
    # character class is searched by scanning for it)
    # (or linked, to its PDF: `[*Title*](https://…/paper.pdf) (Radford et al., 2018)`)
    r"[*_][*_]?(?P<title>[A-Z0-9][^*_\n]{5,250}?(?:\n[^*_\n]{1,200}?)?)[*_]{1,2}(?:\]\([^()\s]{1,300}\))?"
    r"[ \t]*[(（][ \t]*(?P<who>[A-Z][\w'’\-]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’\-]+)?[ \t\n]+et[ \t\n]+al\b"
    r"|[A-Z][\w'’\-]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’\-]+)?,?[ \t]+(?:19|20)[0-9]{2}\b"
    r"|(?:ICLR|ICML|NeurIPS|NIPS|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|TACL|JMLR|TMLR|COLM)"
    r"[ \t]*['’]?(?:19|20)?[0-9]{2}\b)"
)
# Authors, then the title in emphasis (`Graves et al., _Title_, ICML 2006`, `Hochreiter and Schmidhuber, *Title*`,
# `Zhang et al.: *Title*`),
# in any language (`Graves, Wayne i Danihelka, *Title*`, `Vaswani i otros, *Title*`: its `and`, its `et al.`).
# (each name's letters possessive: what may follow a name (a comma, a space, a colon) is none of its letters, so
# giving letters back never makes the rest match; the engine would give them back one by one after every capital)
_AUTHORS_THEN_EMPHASIS = re.compile(
    r"(?P<who>[A-Z][\w'’\-]++(?:,[ \t]+[A-Z][\w'’\-]++)*(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’\-]++|[ \t\n]+et[ \t\n]+al\.?"
    rf"|[ \t]+{OTHER_AND}[ \t]+[A-Z][\w'’\-]++,|[ \t]+{OTHER_AND}[ \t]+[^\W\d_A-Z]{{2,8}}\.?,))[,:]?[ \t\n]+"
    r"(?P<mark>[*_]{1,2})(?P<title>[A-Z0-9][^*_\n]{5,250}?(?:\n[^*_\n]{1,200}?)?)(?P=mark)(?![*_\w])"
)
# Any name in emphasis inside prose (`the paper everybody cites as *Title*, from 2017`, `*Name: Words of a Title*`):
# read as a quoted one is (a subtitled Title Case name, weakly).
# (the mark first, and the look back after it: a pattern that opens with a character class is searched for fast)
_EMPHASISED_NAME = re.compile(
    r"(?P<open>[*_])(?<![*_\w][*_])(?P<double>(?P=open)?)(?P<title>[A-Z0-9][^*_\n]{5,250}?)(?P=open)(?P=double)"
    # (a Korean or Japanese particle may follow it at once: `**Title**로`, `**Title**を`)
    r"(?![*_])(?![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)
# The words that give a paper's short name after them (`简称 ViT`, `dubbed DINO`): literals, looked for before
# the pattern is (which has no opening the engine can skip to, and so tries every position of the text).
_NAMING_WORDS = (
    "简称",
    "简写为",
    "缩写为",
    "以下简称",
    "下称",
    "称为",
    "dubbed",
    "called",
    "named",
    "abbreviated as",
)
_SHORT_NAME = re.compile(
    f"(?:{'|'.join(_NAMING_WORDS)})"
    r"[ \t]*[:：]?[ \t]*[\"“「]?(?P<name>[A-Za-z][A-Za-z0-9\-+.]{0,24}[A-Za-z0-9+])",
)

# --- nicknames ----------------------------------------------------------------------------------------------

# Each alternative starts with its capital letter, so the engine skips everything else cheaply.
_NICKNAME = re.compile(
    r"[A-Z](?<![A-Za-z0-9\-_.@][A-Z])(?:"
    # two words naming an architecture after Chinese text: Faster RCNN, Sparse Attention, Deformable Conv v1
    rf"(?:(?<=^[A-Z])|(?<=\n[A-Z])|(?<=[{_CJK}][A-Z])|(?<=[{_CJK}][ ][A-Z]))"
    r"[A-Za-z]+[ ](?:R-?CNN|Attention|Conv(?:[ ]v[0-9])?|Transformer|GAN)"
    r"|[a-z]+(?:[A-Z][A-Za-z0-9]*)+(?:-?v?[0-9]+[A-Za-z]?)?"  # CamelCase: RetNet, ShuffleNetV2, HiPPO
    r"|[a-z]*[A-Z]+[a-z]+[A-Za-z]*"  # RoBERTa, DeBERTa
    r"|[A-Za-z]{0,10}-?[0-9]{1,3}(?:\.[0-9])?[a-z]?"  # S4, GPT-2, T5, ResNet-50
    r"|[A-Z]{2,7}(?:-[A-Z][A-Za-z]{0,5}(?:[ ][0-9](?![0-9.]))?)?(?:-?[0-9]{1,3})?"  # RWKV, BERT, DALL-E 2
    r")(?![A-Za-z0-9\-_@])"
)
_NOT_NICKNAMES = frozenset(
    word.casefold()
    for word in _word_set(
        "AI ML DL NLP CV CNN CNNs RNN RNNs GPU GPUs CPU TPU API APIs SOTA MLP MLPs LLM LLMs VLM RL GAN "
        "GANs AGI FLOPs FLOP IoU mAP AUC ROC MSE KL SGD PDF HTML URL URLs CEO CTO PhD MIT CMU UCLA USA UK "
        "EU QQ ICLR ICML NeurIPS NIPS CVPR ICCV ECCV ACL EMNLP NAACL AAAI IJCAI KDD WWW SIGIR COLING "
        "TPAMI JMLR TACL arXiv ArXiv GitHub GitLab OpenReview YouTube WeChat PyTorch TensorFlow JAX "
        "OpenAI DeepMind LeCun McDonald iPhone ImageNet CIFAR MNIST COCO MSCOCO VOC NAS RoI RoIs RPN SSL "
        "NCE TODO FAQ AND THE FOR NOT NEW TOP RGB HTTP HTTPS JSON XML SQL CSV PNG JPG JPEG GIF MB GB TB "
        "KB Top1 Top5 BLEU ROUGE F1 AP MS SNR LoRA"
    )
)


_NOT_NICKNAMES_FOLDED = frozenset(word.casefold() for word in _NOT_NICKNAMES)
_DATE_CELL = re.compile(r"[0-9]{2,4}[-./年][0-9]{1,2}(?:[-./月][0-9]{1,2}日?)?")
_NOT_LETTER = re.compile(r"[^A-Za-z\u00c0-\u024f]+")
_WORD_EDGES = ".,:;!?()\"'"
_NOT_KEY = re.compile(r"[^0-9a-z]+")
_BARE_DOMAIN_URL = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z0-9.\-]+\.(?:org|com|net|io|cn|ai)/[!-~]*")
# A word in lower case that no name has: names are capitalised, bar a few particles.
# Names, then the venue and date, as search engines and feeds list them: `A Author, B Author… - arXiv, 2024`,
# `A Author, B Author, et al. · arXiv.org · 11 December 2023`.
# A citation in parentheses (names, then a year) that ends a clause: `(Li & Liu, 2016).`, `(Hutter, ICLR 2019) —`.
# (ending the clause, or going on to call it a paper: `Title (Geirhos et al., 2020) is the most readable paper`)
_TITLE_FIRST = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"“*_[《「')  # (the first character of a title)
_SURNAME_ONLY = re.compile(r"[A-Z][a-z'’\-]+(?:[A-Z][a-z'’\-]+)?")  # (`Vaswani`, `McMahan`: who names a PDF)
_CITATION_PAREN = re.compile(
    # (a season or a month before the year is a date: `lecture videos (Winter 2023)`, `(March 2024)`)
    # (its venue after the year too, or the writer's note: `(Hinton 2006, Neural Computation)`, `(Nature 2021, not
    # on arXiv)`)
    r"[ \t]+\((?!" + _DATE_IN_PARENS + r")[A-Z][^()\n]{1,80}?[ \t,](?:(?:19|20)[0-9]{2}[a-z]?"
    r"(?:,[ \t]+[^()\n]{1,60})?"
    # (or a journal's volume and pages: `(Nature 550, 354–359)`, `(Neural Computation 9(8), 1735–1780)`)
    r"|[0-9]{1,4}(?:\([0-9]{1,4}\))?[,:][ \t]*[0-9]{1,6}[–-][0-9]{1,6})\)"
    r"(?=[ \t]*(?:$|[.:;—–।。]|-[ \t])|[^.!?\n]{0,40}?\b(?:paper|preprint|study)\b)"
)
# A quoted title right before an id, with at most a dash, a colon or an opening parenthesis between them.
_QUOTED_BEFORE_ID = re.compile(
    r"[\"“«„](?P<title>[^\"“”«»„\n]{8,300}?)[\"”»][ \t]*(?:--|[—–:,(\[<（-])?[ \t]*"
    r"(?:(?:https?://|www\.)\S*?|arxiv:?[ \t]*|\(?arxiv\.org/\S*?)?$",
    re.IGNORECASE,
)
# A title opening a parenthesis, a comma, then its id or link: `S4 (Efficiently Modeling Long Sequences with
# Structured State Spaces, https://…)`, `(Title, arXiv:2111.00396)`.
# (or a wiki's footnote, `[* Title. arXiv:2306.15595. …]` as namu wiki writes one, its title then a full stop)
_TITLE_IN_PARENS_BEFORE_ID = re.compile(
    r"(?:[(（](?P<title>[^()（）\n]{12,300}),|\[\*[^\s\[\]]*[ \t]+(?P<noted>[^()（）\[\]\n]{12,300})[,.])"
    r"[ \t]*(?:arXiv:?[ \t]*)?$",
    re.IGNORECASE,
)
_MARKED_BEFORE_ID = re.compile(
    r"[《「『](?P<title>[^》」』\n]{8,300})[》」』]"
    r"(?:[ \t]*[，,；;：:]?[ \t]*(?:[^\s:：，,。]{1,10}[:：][ \t]*)?"
    # (or its citation between, then the id in parentheses: `『Title』 Authors, ICLR 2021 (arXiv:2007.01434)`)
    r"|[ \t]+(?=[^《「『》」』()（）\n]{0,160}?(?:(?:19|20)[0-9]{2}|et al))[^《「『》」』()（）\n]{0,160}?[(（][ \t]*"
    # (or where it appeared in parentheses, then its link: `Authors 『Title』（NIPS 2014） https://…`)
    r"|[ \t]*[(（][^()（）\n]{1,60}[)）][ \t]*)"
    r"(?:(?:https?://|www\.)\S*?|arxiv:?[ \t]*)?$",
    re.IGNORECASE,
)
# A journal's pages, after its volume: `550, 354–359`, `9(8), 1735–1780`.
_PAGES = re.compile(r"[0-9]{1,4}(?:\([0-9]{1,4}\))?[,:][ \t]*[0-9]{1,6}[–-][0-9]{1,6}\b")
# ... and the same citation with the writer's words after it, in lower case.
# Two or more people's full names in parentheses, at a clause's end or before the writer's words in lower case
# (`(Michael Janner, Qiyang Li, Sergey Levine);`, `(Haokun Liu, Derek Tam et al.) so sánh …`).
_FULL_NAMES_IN_PARENS = re.compile(
    r"[ \t]+\((?P<who>[^()\n]{5,200}?(?:,|[ \t]and[ \t]|&)[^()\n]{3,200}?)\)(?=[ \t]*(?:$|[.,;:—–।。]|-[ \t])|[ \t]+[^\W\d_A-Z])"
)
_CITATION_THEN_WORDS = re.compile(
    r"[ \t]+\([A-Z][^()\n]{1,80}?[ \t,](?:19|20)[0-9]{2}[a-z]?\)(?=,?[ \t]+[^\W\d_A-Z])"
)
# What may stand between a title in prose and the id right after it: a dash, a colon, a bracket.
_LINK_RIGHT_AFTER = re.compile(
    r"[\"”’*_]?[ \t]*(?:[—–:,(\[<]|--?)?[ \t]*(?:https?://|arXiv:|\(?arxiv\.org/)", re.I
)
_LINK_RIGHT_BEFORE = re.compile(
    r"(?:https?://\S+|arXiv:[ \t]*[0-9]{4}\.[0-9]{4,5}\S*)[ \t]*(?:[(\[:]|[—–]|--?)?[ \t]*[\"“*_]?$", re.I
)
# A Markdown link's text after words of the writer's, cut where its address starts: `We read [Title](`.
_LINK_IN_PROSE = re.compile(r"\S[ \t]+\[(?P<label>[^\[\]\n]{8,300})\]\($")
# A full stop after a title's last word, then a person's name and a comma (`Title. Tom B. Brown, …`).
# (not a title's abbreviation before a name: `Prof. Dr. Anna Berg, …`)
# (it opens on its full stop, then looks back past it: the engine scans for a literal opening, and tries the pattern
# at each full stop, not at every position of the title)
_STOP_THEN_NAMES = re.compile(
    r"\.(?<=[a-z0-9?)]\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\bJr\.)"
    r"(?<!\bSr\.)[ \t]+"
    r"(?=[A-Z][\w'’\-]+(?:[ \t][A-Z]\.)*[ \t][A-Z][\w'’\-]+,[ \t])"
)
_NAMES_THEN_VENUE = re.compile(r"[ \t]+[-·|][ \t]+")
_YEAR_IN = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_LOWER_WORD = re.compile(
    r"(?<![A-Za-zÀ-ÖØ-öø-ɏ'’\-])(?!(?:van|von|de|den|der|del|della|da|di|du|dos|das|las|los|le|la|ten|ter|zu|and|et|al)\b)[a-z]"
)
_VERSION_TOKEN = re.compile(r"[VvBbPpHhAaLlTt][0-9]{1,3}|[0-9]+")

# --- internal records ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Head:
    """What the start of a line says when it names a paper."""

    title: str
    rest: str  # the line's text after the title (and after a link right after it)
    structured: bool  # numbered, heading, bold, tagged, labelled, bulleted or in 《》
    labelled: bool
    category: str | None
    strength: int  # 1: could be a short title next to a link; 2: reads as a full paper title
    link: str | None  # a URL given right after the title (a Markdown link's target or on the same line)
    citation: bool = False  # read from a reference-list entry (`[1] A Author, et al. Title[J]. Venue, 2017.`)
    topic: bool = False  # its tag is a topic label (`【对比学习】`), not an arXiv category (`[CV]`)
    cut: bool = False  # the title ended at a spaced dash or a full stop, before the digest's words
    site: str | None = None  # the site it links to, as a link aggregator shows it: `Title (arxiv.org)`
    cited: bool = False  # followed by its citation in parentheses: `Title (Li & Liu, 2016).`
    marked: bool = False  # followed by a mark that cites the bibliography: `Title [12]`, `Title [Brown2020]`
    to_read: bool = False  # named by a to-do's reading verb: `- [ ] Read Title before Friday`
    file: bool = False  # the name of a PDF file: `D:\\Papers\\Title.pdf`


@dataclass(slots=True)
class _Entry:
    """One paper being assembled from the places a digest names it."""

    anchor: int | None  # 0-based line where its block starts (None for prose mentions)
    first_line: int
    raw: str
    head: int | None = None  # 0-based line of its title, when a title line heads it
    column: int = 0  # where on its first line the digest names it (for a mention inside prose)
    head_end: int | None = None  # last line of its head: a title line and the link line below it
    title: str | None = None
    category: str | None = None
    arxiv_id: str | None = None
    version: int | None = None
    openreview_id: str | None = None
    evidence: Evidence = Evidence.TITLE_ONLY
    lines: set[int] = field(default_factory=set)
    head_lines: dict[int, str] = field(default_factory=dict)  # line → what of it is not the title or link
    code_url: str | None = None
    block: range = range(0)  # the lines of its block, once known
    summary: str = ""
    authors: str | None = None
    affiliations: str | None = None
    reason: Reason | None = None  # why its title was taken


# --- the extractor ------------------------------------------------------------------------------------------


def read_lines(
    text: str,
    skip: frozenset[int] | set[int] = frozenset(),
    walls: frozenset[int] | set[int] = frozenset(),
    prose: frozenset[int] | set[int] = frozenset(),
    *,
    page: bool = True,
) -> Extraction:
    """Find every paper `text` references (ids, links, titles) and what it says about each, reading it line by
    line; lines in `skip` (0-based: read as entries elsewhere, or never papers) are passed over, except that
    titles named in the prose of those in `prose` (an entry's own words) are still read, and `walls` (comment and
    message headers) end whatever entry is above them. Without `page`, the text is no page (a data file's notes
    put together): its first line is no headline."""
    return _Reader(text, skip, walls, prose, page=page).read()


# Bytes that are not ASCII letters, for counting letters with bytes.translate (C speed).
_NOT_ASCII_LETTERS = bytes(byte for byte in range(256) if not chr(byte).isascii() or not chr(byte).isalpha())
# UTF-8 lead bytes of U+3000-U+4FFF (CJK punctuation, kana, extension A), U+5000-U+9FFF (Han), U+A000-U+DFFF (hangul
# among them) and U+F000-U+FFFF (compatibility ideographs, full-width forms); every other byte.
_NOT_CJK_LEADS = bytes(byte for byte in range(256) if not (0xE3 <= byte <= 0xED or byte == 0xEF))


def is_cjk_document(text: str) -> bool:
    """Whether a digest is written in Chinese or Japanese (its English lines are then names: titles), counted on
    its first 20,000 characters."""
    cjk, latin = script_counts(text[:20000])
    return cjk >= 8 and cjk >= 0.15 * latin


def script_counts(text: str) -> tuple[int, int]:
    """(CJK characters, ASCII letters) in `text`, counted without a pattern on its UTF-8 bytes: a CJK character
    (Han, kana, hangul, full-width forms) is three bytes led by one of `_CJK_LEADS` (box drawing, arrows and other
    symbols of terminal captures lead with 0xE2, emoji with 0xF0: they are not counted); ASCII letters are what
    remains of the ASCII bytes once every other byte is deleted."""
    encoded = text.encode("utf-8", "replace")
    return len(encoded.translate(None, _NOT_CJK_LEADS)), len(encoded.translate(None, _NOT_ASCII_LETTERS))


def _is_break(line: str) -> bool:
    """A Markdown heading or a rule (a non-blank stripped line): where a section starts."""
    return _HEADING.match(line) is not None if line[0] == "#" else _RULE.fullmatch(line) is not None


# A short label before an address on a line of its own (`url: https://…`, `Link → https://…`, `PDF: https://…`).
_LABELLED_ADDRESS = re.compile(
    r"[ \t]*(?P<label>[^\W\d_][\w ]{0,11}?)[ \t]*(?:[:：]|->|→)[ \t]*(?=https?://)"
)


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width at which plain text was hard-wrapped (a mail client's 72 or 78 columns), or None.

    Text is taken as wrapped when most of its long lines end within a few columns of its longest line (lines
    without a space or with a link left out: a wrapper cannot cut them), and that line is at most 100 wide.
    Paragraphs written one per line, and lists of titles, have lines of every length and are never taken so.
    """
    lengths = sorted(
        (len(stripped) for line in lines if " " in (stripped := line.strip()) and "://" not in line),
        reverse=True,
    )
    if len(lengths) < 8:
        return None
    # (a few lines may be longer than the width: a header, a footer's line the wrapper left alone)
    for over, width in enumerate(lengths[: max(5, len(lengths) // 10) + 1]):
        if not 50 <= width <= 100 or (over and width == lengths[over - 1]):
            continue
        long = [length for length in lengths[over:] if length > width // 2]
        full = [length for length in long if length >= width - 10]
        if len(full) >= 3 and len(full) * 2 >= len(long):
            return width
    return None


_SETTING = re.compile(r"[A-Za-z][\w.\-]{0,40}[ \t]+=[ \t]")


def wrapped_at(line: str, following: str, width: int) -> bool:
    """Whether text wrapped at `width` was cut after `line`: the first word of `following` (both stripped)
    would not have fitted on it, and `line` does not end a sentence or a clause."""
    if not line or not following or line[-1] in ".?!:;)":
        return False
    if _SETTING.match(following) or line[-4:].casefold() == ".pdf":
        return False  # (a settings file's next `Key = value`, a file's name: lines of their own)
    word = following.find(" ")
    return len(line) + 1 + (len(following) if word < 0 else word) > width


class _Reader:
    def __init__(
        self,
        text: str,
        skip: frozenset[int] | set[int] = frozenset(),
        walls: frozenset[int] | set[int] = frozenset(),
        prose: frozenset[int] | set[int] = frozenset(),
        *,
        page: bool = True,
    ) -> None:
        self.text = text
        self.walls = walls
        self.prose = prose
        self.lines = [line.strip() for line in text.split("\n")]
        if "<http" in text:
            self.lines = [_unbracketed(line) for line in self.lines]
        self.skip = skip
        self.written = list(self.lines) if skip else self.lines  # (as the digest has them, none skipped)
        for index in skip:
            if 0 <= index < len(self.lines):
                self.lines[index] = ""
        self.cjk = is_cjk_document(text)
        self.section_starts: list[int] | None = None  # where sections start (`cjk_at`), found when needed
        self.section_cjk: list[bool] = []
        self.rejected: list[Rejected] = []
        self.last_reason: Reason | None = None
        self.ahead_reason = Reason.LISTING  # (why `look_ahead` took the title it last gave)
        self.from_link_text = False
        self.numbered: bool | None = None
        self.counted: dict[str, bool] = {}  # (for each count's total: whether its items are papers)
        # (for each literal's field and each command's name: whether the lines giving it are papers')
        self.fields: dict[str, bool] = {}
        self.commands: dict[str, bool] = {}
        self.dated: bool | None = None
        self.starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]
        if not self.cjk:
            self.join_wrapped_titles()  # (plain-text email wraps English lines; Chinese posts are not wrapped)
        else:
            # (a PDF's or a hard-wrapped text's lines wrap a title too; elsewhere, a title pasted from a PDF)
            width = wrap_width(self.lines)
            self.join_wrapped_latin_titles(wrapped="\f" in text or width is not None, width=width)
        # (the page's headline: its first line; none when the text is no page)
        self.page_title = next((line for line in self.lines if line), "") if page else "\x00"
        if "\t" in self.page_title.strip():
            # (a row of cells a tab parts opens the text: a sheet's, flash cards'; no headline)
            self.page_title = ""
        self.heads: dict[int, _Head | None] = {}
        self.entries: list[_Entry] = []
        self.claimed: dict[int, _Entry] = {}  # title line → the entry it heads
        self.page_titles: set[int] = set()  # lines that title a page of no paper: no prose to read titles in
        self._books_named: bool | None = (
            None  # (whether a line opens on books, looked for once: `books_named`)
        )
        self.prose_lines: dict[int, _Entry] = {}  # line → a paper it names inside prose
        self.owners: dict[int, list[str | None]] | None = None  # line → titles of the entries that claimed it
        self.printed_titles: dict[int, _Head] | None = None  # (see `printed_columns`)
        self.column_titles: dict[int, _Head] | None = None  # (see `titled_columns`)
        self.paper_words: frozenset[str] | None = (
            None  # the digest's own words for a paper (`quoted_paper_words`)
        )
        self.linked_quotes: int | None = (
            None  # how many quoted names a paper's link follows (`quotes_papers`)
        )
        self.section_labels: list[int] | None = (
            None  # headings and numbered labels (`in_section_of_no_papers`)
        )
        self.subjects: frozenset[str] | None = None  # the messages' subjects (`message_subjects`)
        self.width: int | None = None  # the width the text was hard-wrapped at (0: not wrapped), once asked
        # title line → the words of its title wrapped onto the next line, before the citation there
        self.wrapped_titles: dict[int, str] = {}
        self.id_owner: dict[int, _Entry] = {}  # line with an id → the entry of its (last) id
        # line with an id → where each of its ids starts (an offset in the text) and whose it is
        self.id_spans: dict[int, list[tuple[int, _Entry]]] = {}

    def cjk_at(self, index: int) -> bool:
        """Whether the digest is read as Chinese or Japanese at this line (where English lines are names of
        papers): as the whole digest is, unless the line is in a run of sections (between headings and rules)
        plainly written in the other script: a Chinese post's English part (a pasted newsletter, a comment
        thread), an English newsletter's Chinese one."""
        if self.section_starts is None:
            self.section_starts, self.section_cjk = self.sections_by_script()
        position = bisect_right(self.section_starts, index) - 1
        return self.section_cjk[position]

    def sections_by_script(self) -> tuple[list[int], list[bool]]:
        """The lines that start sections, and whether each is read as Chinese or Japanese (`cjk_at`)."""
        lines = self.written
        starts = [line for line, text in enumerate(lines) if text[:1] in _SECTION_MARKS and _is_break(text)]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = [*starts, len(lines)]
        counts = [script_counts("\n".join(lines[bounds[n] : bounds[n + 1]])) for n in range(len(starts))]
        # Runs of sections in the script the digest is not mostly written in, and long enough to be sure.
        other = [(cjk * 30 < latin) if self.cjk else (cjk * 2 >= latin and cjk > 0) for cjk, latin in counts]
        scripts = [self.cjk] * len(starts)
        run = 0
        while run < len(starts):
            if not other[run]:
                run += 1
                continue
            end = run
            while end < len(starts) and other[end]:
                end += 1
            cjk = sum(count[0] for count in counts[run:end])
            latin = sum(count[1] for count in counts[run:end])
            if (latin >= 300) if self.cjk else (cjk >= 30):
                scripts[run:end] = [not self.cjk] * (end - run)
            run = end
        return starts, scripts

    def join_wrapped_titles(self) -> None:
        """Join a title that plain-text email wrapped over two lines (or more): a title line cut after a small word
        (`... Expert Specialization in` / `Mixture-of-Experts Language Models`), or, in text hard-wrapped at a
        width (`wrap_width`), cut where the next word would not have fitted; then a short title-cased line. The
        title is read on its last line (next to what follows it: its authors, its link) and the lines before are
        left blank, so that every line keeps its number."""
        text = self.text
        cuts: set[int] = set()
        after_small: set[int] = set()  # (cut after a small word: a title's line, however short)
        for match in _BEFORE_CAPITAL.finditer(text):
            end = match.start()
            last = text[max(0, end - 12) : end].rstrip(
                " \t"
            )  # (format=flowed mail ends a wrapped line with a space)
            if last[last.rfind(" ") + 1 :].casefold() in _WRAP_WORDS and " " in last:
                cuts.add(bisect_right(self.starts, end) - 1)
                after_small.add(bisect_right(self.starts, end) - 1)
        for match in _SMALL_WORD_OPENING.finditer(text):
            # (`FlashAttention: Fast and Memory-Efficient Exact Attention` / `with IO-Awareness`: cut before a small
            # word, the next line going on in Title Case)
            index = bisect_right(self.starts, match.start()) - 1
            cuts.add(index)
            after_small.add(index)
        width = wrap_width(text.split("\n"))
        if width is not None:
            lines = self.lines
            cuts.update(
                index for index in range(len(lines) - 1) if wrapped_at(lines[index], lines[index + 1], width)
            )
        for index in sorted(cuts):
            following = index + 1
            if following >= len(self.lines) or index in self.skip or following in self.skip:
                continue
            first, second = self.lines[index], self.lines[following]
            if len(first) < (24 if index in after_small else 40) or "://" in first:
                continue
            if any(True for _ in find_ids(first)):
                continue  # (a line that gives an id is no title's first part: its title is on it, or above)
            if "://" in second:
                # (`- ZeRO: Memory Optimizations Toward` / `  Training Trillion Parameter Models  https://…`: the
                # item's title ends on the line of its link)
                url = _URL.search(second)
                if url is None or url.start() < 8 or second[url.end() :].strip():
                    continue
            if len(second) > 90 and "://" not in second:
                continue
            if (
                _is_author_line(second)
                or _FIELD_LABEL.match(second)
                or _capital_ratio(second.split()) < 0.6
                or _BYLINE_NAMES.fullmatch(second.strip())
            ):
                continue
            if _BULLET.match(second.lstrip()) or _NUMBER.match(second.lstrip()):
                continue  # (the next item of a list: a wrapper starts no line with a bullet)
            if second[:1] in "#/;%" and _COMMENT_MARK.match(second):
                continue  # (nor a comment's next line, `#   Title`: its mark would sit inside the title)
            if second[:1].isdigit() and _PRINTED_COLUMNS.match(second):
                continue  # (nor a program's next row: ` 3 Ann    Title`)
            joined = join_wrapped([first, second])
            head = _parse_head(joined)
            if head is None or head.strength < 2:
                continue
            if head.rest and not (
                head.cited
                and _VENUE_AFTER.fullmatch(head.rest.lstrip(" —–-"))
                and not any(True for _ in find_ids(second))
            ):
                continue  # (but a cited title's venue after it: `Gu, Goel & Ré, Title with` / `Rest (ICLR 2022)`)
            self.lines[index], self.lines[following] = "", joined

    def join_wrapped_latin_titles(self, *, wrapped: bool, width: int | None) -> None:
        """In a Chinese or Japanese text wrapped at a width (a PDF's lines), join an English title cut at a line's
        end (`(1) BLIP-2: Bootstrapping … with Frozen Image` / `Encoders and Large Language Models [6] と …`): the
        Latin words ending one line and opening the next read as one research title. The joined line is read on the
        second line, the first left blank, so that every line keeps its number. In a text not `wrapped`, a title
        pasted from a PDF with its line break: after the writer's words on the first line (`元論文：Title …`), and
        the whole second line. A line of Latin letters alone whose next line's first word would have fitted within
        the text's `width` was not wrapped: it ends there; nor are two lines of a list of titles one a line
        (`bare_titles`), whose own lengths may make the text look wrapped."""
        lines = self.lines
        for index in range(len(lines) - 1):
            first, second = lines[index], lines[index + 1].lstrip(" \t\u3000")
            if not first[-1:].isascii() or not first[-1:].isalpha() or not second[:1].isascii():
                continue
            if not second[:1].isalpha() or index in self.skip or index + 1 in self.skip:
                continue
            if _LINK_START.match(second):
                continue  # (a link on the next line, `ttps://…` as a forum writes it: no title's end)
            if (
                width is not None
                and len(first) + 1 + len(second.split(" ", 1)[0]) <= width
                and first.isascii()
            ):
                continue  # (its next word would have fitted on it: two lines, two titles)
            if "," in second and people_listed(english_et_al(second)):
                continue  # (`Smooth Adversarial Training` / `Cihang Xie, Mingxing Tan, …`: its authors, below it)
            tail = _LATIN_TAIL.search(first)
            opening = _LATIN_OPENING.match(second)
            if tail is None or opening is None or len(tail.group(0).split()) < 2:
                continue
            if not wrapped and (
                opening.end() < len(second.rstrip())
                or not (_HAS_CJK.search(first, 0, tail.start()) or self.item_goes_on(index))
            ):
                continue
            if self.bare_title(index + 1) and self.bare_titles(index):
                continue  # (two lines of a list of titles one a line: two titles, whatever width the list makes)
            title = f"{tail.group(0).strip()} {opening.group(0).strip()}"
            if _assess(title, False) == 2 and research_title(title.partition(": ")[2] or title):
                lines[index], lines[index + 1] = "", f"{first} {second}"

    def item_goes_on(self, index: int) -> bool:
        """Whether the line after an item's line (`◆ Title`, `・Title`, `1. Title`) goes on with its text, indented
        under it as a mail magazine's hand-wrapped items are (`　Using Model Parallelism`)."""
        first = self.lines[index]
        if not (_BULLET.match(first) or _NUMBER.match(first)):
            return False
        following = self.text[self.starts[index + 1] : self.starts[index + 1] + 2]
        return following[:1] in (" ", "\t", "\u3000") and not (_BULLET.match(self.lines[index + 1]))

    # -- per-line classification (memoised: each line is looked at a constant number of times) --

    def head(self, index: int) -> _Head | None:
        if index not in self.heads:
            self.heads[index] = _parse_head(self.lines[index])
        return self.heads[index]

    def is_blank(self, index: int) -> bool:
        return not (0 <= index < len(self.lines)) or not self.lines[index]

    def is_heading(self, index: int) -> bool:
        """A section heading: a Markdown heading, a rule, or a short line alone between blank lines."""
        line = self.lines[index]
        if not line:
            return False
        if line[0] == "#":
            return _HEADING.match(line) is not None
        if line[0] in "-*_=—─" and _RULE.fullmatch(line):
            return True
        return (
            len(line) <= 24
            and self.is_blank(index - 1)
            and self.is_blank(index + 1)
            and _HEADING_PUNCT.search(line.rstrip(":：")) is None
            and "://" not in line
            and not _is_chrome(line, self.page_title)
            and DATE.fullmatch(line.strip())
            is None  # (`12 Mar 2021` under a result's title: its date, no section)
        )

    # -- the passes --

    def read(self) -> Extraction:
        ids = list(find_ids(self.text))
        if self.skip:
            starts = self.starts
            ids = [m for m in ids if (bisect_right(starts, m.start) - 1) not in self.skip]
        id_lines = [bisect_right(self.starts, match.start) - 1 for match in ids]
        self.id_line_set = set(id_lines)
        self.find_candidates()
        self.tail = self.find_tail(id_lines)
        self.attach_ids(ids, id_lines)
        self.add_title_only()
        self.add_prose_titles()
        self.fill_blocks()
        references = self.merge()
        return Extraction(references=references, names=self.find_names(), rejected=tuple(self.rejected))

    def find_candidates(self) -> None:
        """Find, in one cheap pass, the few lines the passes below need to look at.

        Most lines of a digest are prose: they cannot head an entry, be a section heading or start the tail.
        """
        heads: list[int] = []
        headings: list[int] = []
        tails: list[int] = []
        for index, line in enumerate(self.lines):
            if not line:
                continue
            first = line[0]
            if (
                first in _HEAD_FIRST
                or (first >= "\u2022" and _HEAD_START.match(line))
                or (first == "$" and _HEAD_START.match(line))
                # (or a PDF's path in any script, indented as a listing prints it: `  Семинар/03 Title.pdf`)
                or (line[-1] in "fF)" and _PDF_AT_END.search(line))
                # (or a note file's path in any script, then its title: `ملاحظات/a.md<tab># Title`)
                or (".md" in line[:64] and _NOTE_FILE_THEN_TITLE.match(line))
            ):
                heads.append(index)
            if (len(line) <= 24 or first in "#-*_=—─") and self.is_heading(index):
                headings.append(index)
            if _is_tail_marker(line):
                tails.append(index)
        self.head_candidates, self.headings, self.tail_markers = heads, headings, tails
        self.boundaries = sorted({*headings, *tails, *self.walls})

    def find_tail(self, id_lines: list[int]) -> int:
        """The first line of the page's tail (related articles, comments ...) once content has begun."""
        first_content = min(id_lines, default=len(self.lines))
        for index in self.head_candidates:
            if index >= first_content:
                break
            head = self.head(index)
            if head is not None and head.strength == 2 and head.structured:
                first_content = index
                break
        ordered = sorted(id_lines)
        for marker in self.tail_markers[bisect_right(self.tail_markers, first_content) :]:
            # (a `Comments` line that more papers follow than precede is no page's tail: a chat's embedded card
            # names its fields so, and the conversation goes on below it)
            before = bisect_right(ordered, marker)
            if _FILE_BANNER.search(self.text, self.starts[marker]) is not None:
                continue  # (one file's comments heading in `head`'s print of several: the next file's lines follow)
            if _COMMENTS_MARKER.match(self.lines[marker].strip("#*【】[]-= \t")) is not None:
                # (a post's comments are its readers' words on it, and name the papers they read: they end the
                # entry above them, not the content; the related articles and the footer after them do)
                continue
            if len(ordered) - before <= before:
                return marker
        return len(self.lines)

    def attach_ids(self, ids: list[IdMatch], id_lines: list[int]) -> None:
        by_key: dict[str, _Entry] = {}
        previous_end: dict[int, int] = {}  # line → end offset of the last id seen on it
        raw_lines: dict[int, tuple[str, bool]] = {}  # line → (its text, whether it holds a Markdown link)
        for match, index in zip(ids, id_lines, strict=True):
            key = f"arxiv:{match.arxiv_id}" if match.arxiv_id else f"openreview:{match.openreview_id}"
            line_start = self.starts[index]
            if index not in raw_lines:
                line_end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
                text = self.text[line_start:line_end]
                raw_lines[index] = (text, "](" in text)
            raw_line, has_md_link = raw_lines[index]
            start, end = match.start - line_start, match.end - line_start
            after_previous = previous_end.get(index, 0)
            previous_end[index] = end
            existing = by_key.get(key)
            if existing is not None:
                self.id_spans.setdefault(index, []).append((match.start, existing))
                existing.lines.add(index)
                if existing.version is None and match.version is not None:
                    existing.version = match.version
                if match.evidence is Evidence.ARXIV_LINK:
                    existing.evidence = Evidence.ARXIV_LINK
                if existing.title is None or _assess(existing.title, True) < 2:
                    # Cited bare first (or by a few words of prose: `[position interpolation][pi]`), named by
                    # its title here: the title that reads as a paper's is kept.
                    found = self.same_line_title(raw_line, has_md_link, start, end, after_previous, index)
                    if found is None and existing.title is None and index not in self.claimed:
                        # (`- 2024-05-02 **Beatriz**: Title — <link>`, the id given bare in a printout above: the
                        # line's own head, read as a first sight of the id would read it)
                        own = self.title_for(
                            raw_line,
                            has_md_link,
                            start,
                            end,
                            after_previous,
                            index,
                            match.openreview_id is not None,
                        )
                        found = (
                            (own[0], own[2], own[3])
                            if own[0] is not None
                            and (
                                own[1] == index
                                # (or the heading right above its link: `## Title` / `PDF: https://…`, the id
                                # given bare in a record printed above)
                                or (own[1] == index - 1 and self.lines[index - 1][:1] == "#")
                            )
                            else None
                        )
                    if found is not None and (existing.title is None or _assess(found[0], True) == 2):
                        existing.title = found[0]
                        existing.reason = Reason.LINK_TEXT if self.from_link_text else Reason.BESIDE_LINK
                continue
            title, head_line, rest, category = self.title_for(
                raw_line, has_md_link, start, end, after_previous, index, match.openreview_id is not None
            )
            if title is not None and title[:1].isdigit() and (numbered := _SECTION_NUMBER_LEAD.match(title)):
                title = title[
                    numbered.end() :
                ]  # (`2.1 Title (https://arxiv.org/abs/…)`: an outline's section number)
            entry: _Entry | None = None
            if head_line is not None and head_line in self.claimed:
                candidate = self.claimed[head_line]
                # (`AgentBench: … (arXiv 2308.03688) and SWE-bench:` / `https://openreview.net/…`: the link below
                # is the name's that ends the line above, not the paper that line gives an id)
                named = _NAME_ENDING_LINE.search(self.lines[head_line]) if head_line != index else None
                other = (
                    named is not None
                    and (candidate.arxiv_id or candidate.openreview_id)
                    and named.group("name").casefold() not in (candidate.title or "").casefold()
                )
                if other and named is not None:
                    title, self.last_reason = named.group("name"), Reason.NICKNAME
                elif (
                    (
                        (match.arxiv_id and candidate.arxiv_id is None)
                        or (match.openreview_id and candidate.openreview_id is None)
                    )
                    and not (
                        # (`[Title A](arxiv…); … [Title B](openreview…)`: a link of its own text, another paper's)
                        head_line == index
                        and title
                        and candidate.title
                        and _title_key(title) != _title_key(candidate.title)
                    )
                    and not (
                        # (`[Title A](https://openreview.net/…)는 … 볼 만하다. … *Title B* (arXiv:…)`: the id after a
                        # sentence's end on the line of another is another paper's, whatever the item above them)
                        after_previous
                        and _SENTENCE_BETWEEN.search(raw_line, after_previous, start) is not None
                    )
                ):
                    entry = candidate  # the arXiv and the OpenReview link of one paper
            if entry is None:
                if head_line is not None:
                    anchor: int | None = min(
                        head_line, index
                    )  # an arXiv listing gives the id before the title
                else:
                    anchor = index if self.is_link_line(raw_line, start) else None
                entry = _Entry(
                    anchor=anchor,
                    first_line=index if head_line is None else head_line,
                    raw="",
                    column=start,
                    head_end=index if head_line is None else max(head_line, index),
                )
                entry.title = title
                entry.reason = self.last_reason if title else None
                entry.category = category
                self.entries.append(entry)
                if head_line is not None:
                    self.claimed[head_line] = entry
                    entry.head = head_line
                    entry.head_lines[head_line] = rest
                    entry.lines.add(head_line)
            if match.arxiv_id:
                entry.arxiv_id, entry.version = match.arxiv_id, match.version
                if entry.evidence is not Evidence.ARXIV_LINK:
                    entry.evidence = match.evidence
            else:
                entry.openreview_id = match.openreview_id
                if entry.evidence is Evidence.TITLE_ONLY:
                    entry.evidence = Evidence.OPENREVIEW_LINK
            entry.lines.add(index)
            if entry.category is None:
                tag = _CATEGORY.match(raw_line[end : end + 80].lstrip())
                entry.category = tag.group("cat") if tag else None
            by_key[key] = entry
            self.id_owner[index] = entry
            self.id_spans.setdefault(index, []).append((match.start, entry))

    def is_link_line(self, raw_line: str, start: int) -> bool:
        """Is the id the point of its line (`论文链接:https://...`), or a citation inside prose?"""
        before = raw_line[max(0, start - WINDOW) : start]
        if "<" in before[-12:] and _FETCHED_BEFORE.search(before[-12:]):
            return False  # (`Crawled (200) <GET https://…>`: a program's log of a page it fetched, no entry's link)
        if _LINK_LABEL.search(before[-40:]):
            return True
        labelled = _LABEL_BEFORE.search(before[-52:])
        if labelled is not None and label_of(labelled.group("label")) in (Label.LINK, Label.TITLE):
            return True  # (`… la base de Stable Diffusion. Enlace: https://…`: a label, in the digest's language)
        if start > WINDOW:
            return False  # far into a line: prose around it
        if "(" in raw_line[start - 2 : start + 1] and _NAME_THEN_ID.search(raw_line[: start + 1]):
            return False  # `Voyager (2305.16291) ର …`: the id of the name before it, in the writer's sentence
        residue = _URL.sub(" ", _BRACKETED_SEGMENT.sub(" ", before))
        residue = _LABEL_WORDS.sub("", residue)
        return len(residue) <= 24

    def keyed_title(self, raw_line: str) -> str | None:
        """The value of the key naming a title (`title`, `name`, `titre`, `タイトル` …) in a record written on one
        line, when it reads as a title and the line holds that record alone (one such value, one paper's id: a
        line of several records, a citation field's JSON, pairs none)."""
        values = [
            match
            for match in _KEYED_VALUE.finditer(raw_line)
            if label_of(match.group("key")) is Label.TITLE and _assess(match.group("value"), True) >= 1
        ]
        if (
            len(values) != 1
            or len({match.arxiv_id or match.openreview_id for match in find_ids(raw_line)}) != 1
        ):
            return None
        return _clean_title(values[0].group("value"))

    def title_begun_above(self, index: int, title: str) -> str | None:
        """The whole title, when the words before a link are the end of a title its item began on the line above
        (`5. T5：Exploring the Limits of Transfer Learning with a Unified` / `   Text-to-Text Transformer https://…`),
        the item's text wrapped where a forum's editor wrapped it."""
        if (
            index == 0
            or len(title.split()) > 5
            or not title[:1].isupper()
            or (index - 1) in self.id_line_set
            or _capital_ratio(title.split()) < 1
            or _YEAR_IN.search(title)  # (`NeurIPS 2022 version: https://…`: which version the link is)
        ):
            return None
        # (as written: the line reader may have joined it to this line already, its own copy blank)
        above = self.text[self.starts[index - 1] : self.starts[index]].strip()
        marker = _NUMBER.match(above) or _BULLET.match(above)
        if marker is None or (index - 1) in self.claimed or self.indent(index) <= self.indent(index - 1):
            return None
        begun = _clean_title(above[marker.end() :])
        if _URL.search(begun) or begun[-1:] in ".。!?！？)）]】:：,，;" or not wraps_into(begun, title):
            return None
        whole = f"{begun} {title}"
        return whole if _assess(whole, structured=True) == 2 else None

    def same_line_title(
        self, raw_line: str, has_md_link: bool, start: int, end: int, after_previous: int, index: int
    ) -> tuple[str, str, str | None] | None:
        """(title, rest of the line, category) when the id's own line names the paper (the line at `index`), else
        None."""
        # A Markdown link around the id: its text is the title unless it is a word like "PDF".
        self.from_link_text = False
        if (
            start > 0
            and raw_line[start - 1] in "\"'"
            and raw_line[end : end + 1] == raw_line[start - 1]
            and _CODE_NAME.fullmatch(raw_line[: start - 1].strip(_CODE_PUNCTUATION))
        ):
            return None  # (`"adapter": "1902.00751",`, `IDS = ["1902.00751"`: a program's string, its name no title)
        if (indexed := indexed_document(raw_line)) is not None:
            # (a desktop search's hit, its document's address (the id) and title side by side)
            title = _clean_title(indexed[0])
            return (title, "", None) if _assess(title, structured=True) >= 1 else None
        if ("title" in raw_line or "name" in raw_line or not raw_line.isascii()) and (
            keyed := self.keyed_title(raw_line)
        ) is not None:
            # (`{year: 2015, title: "Title", url: "https://arxiv.org/abs/…"}`: a program's or a data file's record
            # on one line, its title under its key)
            return keyed, raw_line[end : end + REST_LIMIT].strip(), None
        # The link may go on past the id (`...2212.09748&hl=en)`, a redirect's or a tracker's parameters).
        close = raw_line.find(")", end, end + 2000) if has_md_link else -1
        links = (
            _MD_LINK.finditer(raw_line, max(0, start - WINDOW), max(end + 8, close + 1))
            if has_md_link
            else ()
        )
        for link in links:
            if link.start("url") <= start < link.end("url"):
                label = _clean_title(link.group("label"))
                if (
                    _assess(label, structured=True) >= 1 or _sentence_case_title(label)
                ) and not _is_link_word(label):
                    self.from_link_text = True
                    prefix = _parse_head(raw_line[: link.start()] + label) if link.start() < WINDOW else None
                    category = prefix.category if prefix else None
                    named = title_past_name(label, raw_line[link.end() : link.end() + 400])
                    if named is not None:  # (`[BERT](https://…): Pre-training of Deep Bidirectional …`)
                        label, taken = named
                        return (
                            label,
                            raw_line[link.end() + taken : link.end() + taken + REST_LIMIT].strip(),
                            category,
                        )
                    return label, raw_line[link.end() : link.end() + REST_LIMIT].strip(), category
                start = link.start()
                break
        quoted = _QUOTED_BEFORE_ID.search(raw_line, max(after_previous, start - WINDOW), start)
        if quoted is None and ("》" in raw_line or "」" in raw_line or "』" in raw_line):
            # (`一篇是《Title》，论文链接：https://openreview.net/…`: in title marks, then its link's label and it)
            quoted = _MARKED_BEFORE_ID.search(raw_line, max(after_previous, start - WINDOW), start)
        if quoted is not None and _assess(quoted.group("title"), structured=True) >= 1:
            # (`… there is "Title" — https://…`, `Oor DARTS: "Title" (arXiv:…)`: the quoted words right before
            # the id are its title, whatever the sentence around them says)
            return _clean_title(quoted.group("title")), raw_line[end : end + REST_LIMIT].strip(), None
        # (a dumped tuple's parentheses are the record's, its title one of its fields: `(1,Title,https://…,Name)`)
        tuple_row = raw_line[:1] == "(" and _row_delimiter(raw_line) == ","
        in_parens = (
            title_in_parens_before(raw_line, start, max(after_previous, start - WINDOW))
            if not tuple_row
            else None
        )
        if in_parens is not None:
            return in_parens, raw_line[end : end + REST_LIMIT].strip(), None
        cited = title_cited_before(raw_line, start) if after_previous < start - 8 and not tuple_row else None
        if (
            cited is None
            and not tuple_row
            and ("(" in raw_line[end : end + 4] or "（" in raw_line[end : end + 4])
        ):
            after = title_in_parens_after(raw_line, end)
            name = after.partition(": ")[0] if after is not None and ": " in after else None
            if after is not None and (
                label_only(raw_line[:start])
                or (name is not None and name in raw_line[max(after_previous, start - 40) : start])
            ):
                # (`- Chain-of-thought : https://openreview.net/… (Title, NeurIPS 2022)`: a label, the link, then the
                # title in parentheses; `続編の FlashAttention-2 は https://… （FlashAttention-2: Title）`: the
                # short name before the link, then its title)
                cited = after
        if cited is not None:
            # (`3. Speculative decoding with a 160M draft: 2.1x. Setup follows Title (arXiv:…)`: the sentence cites
            # the paper by its title, right before its id, whatever the line's head names)
            return cited, raw_line[end : end + REST_LIMIT].strip(), None
        head = None
        if after_previous == 0 and start <= WINDOW:
            prefix_text = raw_line[:start]
            url_start = _last_url_start(prefix_text)
            prefix_text = prefix_text[:url_start] if url_start is not None else prefix_text
            if (
                prefix_text[-1:] == "<"
                and _URL_CLOSED_BY_BRACKET.match(raw_line, end) is not None
                and (
                    index == 0
                    or _BULLET_OR_NUMBER.match(prefix_text) is not None
                    or not (self.lines[index - 1][-1:].isascii() and self.lines[index - 1][-1:].isalnum())
                )
            ):
                # (`2. Title <https://…>`: the address in angle brackets, as mail writes it, after a title that is all
                # the line holds before it, an item or a line of its own (not a sentence's or a title's end wrapped
                # onto it, the line above ending on a word); not the writer's sentence naming it, `… works well with
                # Title <https://…>`; past a sentence's opening word, `And Title <https://…>`)
                bare = prefix_text[:-1].rstrip()
                first, _, after_first = bare.partition(" ")
                if first.casefold() in _SENTENCE_OPENERS and after_first[:1].isupper():
                    bare = after_first
                titled = _parse_head(bare)
                if (
                    titled is not None
                    and titled.strength == 2
                    and titled.title == (own := _BULLET_OR_NUMBER.sub("", bare, count=1).strip())
                    and own[:1].isupper()
                ):
                    prefix_text = bare
            if (
                "{" in prefix_text
                and prefix_text.count("{") > prefix_text.count("}")
                and _BRACED_WORDS.fullmatch(braced := prefix_text[prefix_text.rfind("{") + 1 :]) is not None
            ):
                # (`text(150.15,2.22) text={Title https://…}`: a program's value opened in braces before the title
                # and closed after the link, words and no record's keys in it; what comes before is the program's)
                prefix_text = braced
            head = (
                _table_row_title(prefix_text)
                if prefix_text.lstrip().startswith("|")
                # (`2;27.02.2024;"Name";"Title";"arXiv:…";4.0`: a data row, its title the quoted field)
                else _parse_head(raw_line)
                if _may_be_row(prefix_text) and _row_title_cell(raw_line) is not None
                else None
                if _ends_with_sentence(prefix_text) or _runs_into_link(prefix_text)
                else _parse_head(prefix_text)
            )  # a sentence before a `[Paper](...)` link is the digest's words, not the title
        if (
            head is not None
            and head.strength < 2
            and _VENUE_AFTER.match(head.rest)
            and _is_author_line(head.title)
        ):
            # (`Gulrajani, Lopez-Paz（ICLR 2021）arXiv:…`: who wrote it and where, under its title)
            head = None
        if head is None and after_previous == 0 and start <= WINDOW and " — " in raw_line[:start]:
            # (`Continuous control with deep … learning — Timothy P. Lillicrap et al. — arXiv — https://…`: a title
            # in sentence case, then only its authors and where it appeared, then its link)
            lead, _, cited = raw_line[:start].strip().partition(" — ")
            lead = _BULLET_OR_NUMBER.sub("", lead).strip()
            if cited.strip() and _cites_only(cited) and _sentence_case_research_title(lead):
                return lead, raw_line[end : end + REST_LIMIT].strip(), None
        if (
            head is None
            and after_previous == 0
            and start <= WINDOW
            and (run := _TITLE_RUN_BEFORE_PARENS.search(raw_line, 0, start)) is not None
            and _assess(_clean_title(run.group("title")), structured=True) >= 2
        ):
            # (`1. 线性时间的序列建模 —— Title（arXiv:…）`: a title in Latin letters right before its id in
            # parentheses, after the writer's words in another script or a dash)
            return _clean_title(run.group("title")), raw_line[end : end + REST_LIMIT].strip(), None
        if (head is None or head.strength < 1) and after_previous == 0 and start <= WINDOW:
            opened = raw_line[:start].rstrip()
            lead = _BULLET_OR_NUMBER.sub("", opened[:-1]).strip() if opened.endswith(("(", "（")) else ""
            said = _CHAT_EXPORT_PREFIX.match(lead) or _CHAT_LOG_PREFIX.match(lead)
            lead = lead[said.end() :] if said is not None else lead
            if (
                lead
                and _sentence_case_title(lead)
                and research_words(lead.split()) >= 2
                and _CLAIM_WORD.search(lead) is None
                and ":" not in lead
            ):
                # (`Deep contextualized word representations (arXiv:1802.05365)`: a title in sentence case, all the
                # line or the message holds before its id in parentheses)
                return lead, raw_line[end : end + REST_LIMIT].strip(), None
        if (
            head is not None
            and head.strength >= 1
            and (
                head.citation
                # (or a full-width comma, or its short name, before the link: `Title（GPT-3）https://…`, `Title，arXiv:…`)
                or not head.rest.strip(_TRIM + "，、；：")
                or _SHORT_NAME_ONLY.fullmatch(head.rest.strip(" \t，、；：")) is not None
                or (head.cut and _DASHED_SHORT_NAME.fullmatch(head.rest.strip(" \t，、；：")) is not None)
                or (head.cut and head.structured)
                # (`Title — Authors et al. — arXiv — https://…`: its authors and where it appeared, then its link)
                or _cites_only(head.rest)
            )
            # (nor a sentence, then the link's label: `Benchmark paper (ICLR 2024). OpenReview: https://…`)
            and not _is_link_word(head.title.rsplit(". ", 1)[-1])
            # (nor the end of a parenthesis the line above opened: `(Ilya Sutskever, …, Quoc V. Le), sur [arXiv](…)`)
            and head.title.count(")") <= head.title.count("(")
        ):
            # (`Someone suggested adding Title (https://…)`: the words of the digest's before it are not)
            given = head.title
            if given.count("(") > given.count(")") and (parenthesis := given.rfind(" (")) > 0:
                # (`… explained in Title (Loshchilov & Hutter, ICLR 2019, arXiv:…)`: the parenthesis the id closes
                # cites the title before it by its authors)
                inside = given[parenthesis + 2 :]
                if _ET_AL_ANY.search(inside) or _is_author_line(inside):
                    given = given[:parenthesis]
            title = _title_run_after_prose(given)
            return title, raw_line[end : end + REST_LIMIT].strip(), head.category
        if (head is None or head.strength < 1) and (
            "(" in raw_line[end : end + 4] or "（" in raw_line[end : end + 4]
        ):
            # (`… e come sfondo a tutto questo: https://arxiv.org/abs/2004.07780 (Shortcut Learning in Deep Neural
            # Networks, Geirhos et al.)`: the writer's words before the link, its title in parentheses after it)
            after = title_in_parens_after(raw_line, end)
            if after is not None:
                return after, raw_line[end : end + REST_LIMIT].strip(), None
        # `[2403.01744] Title` and `arXiv:2403.01744 Title`: the title follows the id (past a to-do's box too: `[ ]
        # [2403.03206] Title`, `[x] arXiv:2211.09800  Title`; or a reference's number, `[1] https://… Title`, as a
        # text browser lists a page's links).
        if start <= 40 and not _TO_DO_BOX.sub("", raw_line[:start]).strip(_TRIM + "]0123456789.、#"):
            # (past the rest of a link's address: `….pdf`, `v2`)
            address_rest = _ADDRESS_REST.match(raw_line, end) if raw_line.startswith("http", start) else None
            title_at = address_rest.end() if address_rest is not None else end
            if _JOINED_AFTER_ID.match(raw_line, title_at) is not None:
                # (`https://arxiv.org/pdf/… e Title B (…)`, a link opening a line the sentence above runs on to: the
                # words after `and` in any language name another paper, not the link's)
                return None
            suffix = _CATEGORY.sub("", raw_line[title_at : title_at + WINDOW].lstrip(_TRIM + "]】"), count=1)
            if "\t" in suffix.rstrip() and raw_line[end : end + 4].lstrip(" v0123456789")[:1] == "\t":
                # (`1512.03385v1<tab>Title<tab>Name`: a TSV row keyed by the id, its title the next cell)
                suffix = _cells_as_head(suffix)
            # (a parenthesis after the id is a note on it, `arXiv 2012.08561 (EMNLP 2020)`, never its title)
            noted = raw_line[title_at : title_at + 4].lstrip()[:1] in ("(", "（")
            following = _parse_head(suffix) if not noted else None
            if (
                following is not None
                and following.strength >= 1
                and _URL.search(following.title) is None
                and not _dated_words(following.title)  # (`Paper • 2309.06180 • Published Sep 12, 2023 • 25`)
            ):
                return following.title, following.rest, following.category
        return None

    def title_for(
        self,
        raw_line: str,
        has_md_link: bool,
        start: int,
        end: int,
        after_previous: int,
        index: int,
        openreview: bool,
    ) -> tuple[str | None, int | None, str, str | None]:
        """Return (title, title line, rest of that line, category) for the id at raw_line[start:end]."""
        same_line = self.same_line_title(raw_line, has_md_link, start, end, after_previous, index)
        if same_line is not None:
            title, rest, category = same_line
            self.last_reason = Reason.LINK_TEXT if self.from_link_text else Reason.BESIDE_LINK
            begun = None if self.from_link_text or after_previous else self.title_begun_above(index, title)
            if begun is not None:
                return begun, index - 1, rest, category
            return (title if self.from_link_text else _title_in_prose(title)), index, rest, category
        if after_previous:
            return None, None, "", None
        if index > 0 and _OPENED_LINK_BEFORE_ID.fullmatch(raw_line, 0, start) is not None:
            # (`… Ausgangspunkt sind Title` / `(https://arxiv.org/abs/…) und die …`: a sentence wrapped right before
            # the parenthesis giving the title's link; the title ends the line above)
            above = self.lines[index - 1].strip().rsplit(". ", 1)[-1]  # (its last sentence)
            if (
                above
                and above[-1:] not in ".:;!?)"
                and (title := _title_run_after_prose(above)) != above
                and len(title.split()) >= 3
                and _assess(title, structured=True) == 2
            ):
                self.last_reason = Reason.BESIDE_LINK
                return title, index - 1, raw_line[end : end + REST_LIMIT].strip(), None
        text = self.lines[index]
        own = self.head(index) if text[:1] in _ITEM_FIRST or _NUMBER.match(text) else None
        if own is not None and own.strength == 2 and own.structured and not own.link:
            # (`2.《Title》J Ho, A Jain, P Abbeel (NeurIPS 2020) … <link>`: an item's own title, however far from
            # its link, before any title above it; the line above is an item of its own)
            self.last_reason = Reason.LABEL if own.labelled else Reason.BESIDE_LINK
            return _title_in_prose(own.title), index, own.rest, own.category
        if not self.is_link_line(raw_line, start):
            if self.cited_in_authors_line(raw_line, start) and _REPL_PROMPT.match(raw_line) is None:
                found = self.look_back(index, openreview)
                if found is not None and found[0] >= index - 2:
                    # (`### [Title](…)` / `P He, X Liu, W Chen - arXiv preprint arXiv:2006.03654, 2020 - …`: the id
                    # in the source its authors line gives, right under its title)
                    self.last_reason = Reason.ABOVE_LINK
                    return _title_in_prose(found[1].title), found[0], found[1].rest, found[1].category
            return None, None, "", None
        below = self.title_below_file_link(raw_line, index) or self.title_in_unfurl(raw_line, index)
        if below is not None:
            self.last_reason = Reason.ABOVE_LINK
            return below
        # (a list item's text wrapped onto this line by a mail's wrapper: the id ends that item, never heads the next)
        wrapped_item = (
            index > 0 and _BULLET.match(self.lines[index - 1]) is not None and self.wrapped_into(index)
        )
        # (a link line indented under the record above, the next line back at the records' margin: `Artikel A01:
        # Title` / `         Källa: https://arxiv.org/abs/…` / `Artikel A02: …`: the link is the record's above)
        following = self.next_nonblank(index)
        in_record_above = following is not None and self.indent(following) < self.indent(index)
        ahead = self.look_ahead(index) if not wrapped_item and not in_record_above else (None, None, "", None)
        if ahead[0] is not None:
            self.last_reason = self.ahead_reason
            return ahead
        found = self.section_read_call(index, raw_line) or self.look_back(index, openreview)
        if (
            found is not None
            and found[0] < index - 1
            and (named := _NAME_BEFORE_ID.search(raw_line, max(0, start - 80), start)) is not None
            and named.group("name").casefold() not in found[1].title.casefold()
        ):
            # (`… Title (Authors, Venue 2023).` / `…:` / `Name (arXiv:…), …`: its line names the id's paper, and
            # the title some lines above is another's; not a title wrapped onto the id's line, `… Improving` /
            # `Generalization (arXiv:…)`)
            found = None
        if (
            found is not None
            and (opening := _NAME_OPENING.match(raw_line)) is not None
            and not _may_name(opening.group("name"), found[1].title)
            and len(found[1].rest.split()) >= 4
            and self.words_of_its_own(index)
        ):
            # (`Title A — the writer's note on it.` / `LLaVA, as its title says, … Paper: https://…`: a title
            # noted on its own line, then a line about the paper its opening name names, in words of its own,
            # linking that one)
            found = None
        if found is not None and (
            (
                start > 0
                and raw_line[start - 1] in "\"'"
                and raw_line[end : end + 1] == raw_line[start - 1]
                and not research_words(found[1].title.split())
            )
            or _REPL_PROMPT.match(raw_line) is not None
        ):
            # (a program's string that is the id, `values (6, 5, '1906.08237', …)`: titled by a paper's title above
            # it, never by a program's output, `ERROR at line 1:`; nor by anything above a command typed at a
            # prompt, `iex(10)> Repo.get_by!(Artigo, arxiv_id: "1906.08237")`: the output of the command before)
            found = None
        if found is not None:
            line, head = found
            self.last_reason = Reason.LABEL if head.labelled else Reason.ABOVE_LINK
            title = head.title if head.labelled else _title_run_after_prose(_without_link_label(head.title))
            return _title_in_prose(title), line, head.rest, head.category
        return None, None, "", None

    @staticmethod
    def cited_in_authors_line(raw_line: str, start: int) -> bool:
        """Whether the id at `raw_line[start]` is in the source an authors line gives after a dash (`P He, X Liu,
        [J Gao](…), W Chen - arXiv preprint arXiv:2006.03654, 2020 - microsoft.com`)."""
        before = _MD_LINK.sub(lambda link: link.group("label"), raw_line[:start])
        # (or an en or em dash: `Bahdanau, Cho, Bengio (ICLR 2015) – https://arxiv.org/abs/1409.0473`)
        names, dash, _source = before.partition(" - ") if " - " in before else before.partition(" – ")
        if not dash:
            names, dash, _source = before.partition(" — ")
        if dash:
            # (past where and when, in parentheses: `Sutskever, Vinyals, Le (NIPS 2014) – …`)
            names = _VENUE_YEAR_IN_PARENS_END.sub("", names)
            return len(names) <= 200 and _is_author_line(names.strip(" ,…"))
        # (or right after the names, past another dash or a comma: `Yi Tay, Dara Bahri i in., arXiv:2005.00743`,
        # `Iz Beltagy, Matthew E. Peters — arXiv:2004.05150`; `et al.` in the writer's language)
        # (or past where and when, in parentheses: `Gulrajani, Lopez-Paz（ICLR 2021）arXiv:2007.01434`)
        names = _VENUE_YEAR_IN_PARENS_END.sub("", _SOURCE_WORDS_AT_END.sub("", before)).rstrip()
        return (
            names != before.strip()
            and len(names) <= 200
            and ("," in names or " et al" in english_et_al(names))
            and _is_author_line(english_et_al(names).strip(" ,…"))
        )

    def title_in_unfurl(self, raw_line: str, index: int) -> tuple[str, int, str, str | None] | None:
        """(title, its line, rest, category) of the preview a chat shows under a link it unfurls (`https://arxiv.org/
        abs/…` / `arXiv.org` / `Title` / `Abstract …`: the site's name, then the page's title), else None."""
        following = range(index + 1, min(index + 4, len(self.lines) - 1))
        if not any(0 < len(self.lines[line]) <= 30 for line in following):
            return None  # (no line below short enough to be a site's name: cheap test first)
        url = _URL.search(raw_line)
        if url is None:
            return None
        host = url.group(0).split("//", 1)[-1].split("/", 1)[0].casefold().removeprefix("www.")
        # (right below, or below the rest of the message: a chat shows its previews after the message's words)
        for line in following:
            text = self.lines[line]
            if not text or ("://" in text and host in text.casefold()):
                return (
                    None  # (the message ends, or another link to the same site: whose preview, nothing says)
                )
            stripped = text.strip()
            if len(stripped) - stripped.count(" ") > 30:
                continue  # (too long for a site's name: casefolding never shortens a character, nor makes a space)
            site = stripped.casefold().replace(" ", "")
            if len(site) <= 30 and (site in host or host.split(".")[0] == site.split(".")[0]):
                break
        else:
            return None
        title_line = line + 1
        head = self.head(title_line) if _HEAD_START.match(self.lines[title_line]) else None
        if head is None or head.strength < 1 or _is_link_word(head.title):
            return None
        return head.title, title_line, head.rest, head.category

    def title_below_file_link(self, raw_line: str, index: int) -> tuple[str, int, str, str | None] | None:
        """(title, its line, rest, category) of the title right below a search engine's file link (`[(PDF)
        arxiv.org](https://arxiv.org/pdf/…)` / `### [Title](…)`: a result's file stands beside, above, its title),
        else None."""
        link = _MD_LINK.match(raw_line.strip())
        if link is None or _FILE_AT_HOST.fullmatch(link.group("label").strip()) is None:
            return None
        following = self.next_nonblank(index)
        if following is None or following - index > 2:
            return None
        head = self.head(following) if _HEAD_START.match(self.lines[following]) else None
        if head is None or head.strength < 1 or _is_link_word(head.title):
            return None
        return head.title, following, head.rest, head.category

    def words_of_its_own(self, index: int) -> bool:
        """Whether a link line says more than a label and its links (`arXiv: https://…`): words of its own."""
        line = self.lines[index]
        residue = _strip_urls(_MD_LINK.sub(" ", _BRACKETED_SEGMENT.sub(" ", line)))
        residue = " ".join(word for word in _LETTER_WORD.findall(residue) if len(word) > 1)
        return len(_LABEL_WORDS.sub("", residue)) > 40

    def look_back(self, index: int, openreview: bool) -> tuple[int, _Head] | None:
        """The nearest free title line above a link line, within the entry the link closes.

        Right below another link of the same paper (`arXiv: ...` then `OpenReview: ...`), the title is that
        link's, when it has no id of this kind yet.
        """
        closes_prose = False  # (right below a paragraph of prose with no title line: the paragraph's link)
        own_element: str | None = None  # (the link's own element's lines, once an element closed above it)
        nested = 0  # (blocks inside the link's own, closed above it and not yet opened: `authors { … }`)
        opened = False  # (whether the block the link is in has opened above, or the link stands in none)
        if index in self.walls:
            return None  # (a link on a message's header line, a command at a shell's prompt: its message starts there)
        for line in range(index - 1, max(-1, index - 1 - LOOKBACK_LINES), -1):
            if line in self.walls:
                return None  # a message or comment header: the link is in a new message
            if "(" in self.lines[line] and _INLINE_ITEM.search(self.lines[line]) is not None:
                # (`… sections 3.2 only. (2) Then the paper on …` / `(arXiv:…)`: a paragraph's next numbered item
                # opened between the title above and the link; the link is that item's)
                return None
            if nested:
                stripped = self.lines[line].strip()
                nested += stripped in _BLOCK_CLOSES
                nested -= stripped.endswith(("{", "["))
                continue  # (a record's own block of names or tags above its link, `autorzy { "…" }`: not its title)
            below = self.lines[line + 1]
            if below[:2].lstrip("[").isdigit() and _CHAT_EXPORT_PREFIX.match(below) is not None:
                return None  # (the line below opens a chat export's message, `04/03/2024, 20:17 - Name: …`: its own)
            text = self.lines[line]
            if text[:1] == ">" and _CONSOLE_COMMAND.match(text):
                return None  # (`> XQUERY …`: a console's command typed, the link is in its own output)
            if not text and line in self.skip and any(True for _ in find_ids(self.written[line])):
                return None  # (`参考URL <tab> https://arxiv.org/…`, a row another reader took: another paper's link)
            if not text:
                if closes_prose:
                    # (`5/13 2020, la idea …: Title. La pérdida …` / `arxiv.org/abs/…`: a post's link, below its
                    # words; the title line of the post above is another paper's)
                    return None
                continue
            if line in self.id_line_set:
                owner = self.id_owner.get(line)
                if owner is None or owner.head is None or index - line > 2:
                    return None
                if (owner.openreview_id if openreview else owner.arxiv_id) is not None:
                    return None
                if self.words_of_its_own(index):
                    # (`arxiv:2010.04592 "Other Title (arXiv:…) — …"`: a line about another paper)
                    return None
                if _notes_differ(self.lines[line], self.lines[index]):
                    return None  # (`https://… （第5回）` over `https://… （第8回）`: two papers' links, each noted)
                head = self.head(owner.head)
                return (owner.head, head) if head is not None else None
            if (line >= self.tail > index) or _is_tail_marker(text) or line in self.claimed:
                return None
            if text in _BLOCK_CLOSES and not opened:
                # (a block inside the link's own record, closed before the link: its list of authors)
                nested = 1
                continue
            if text in ("{", "[") and not opened:
                return None  # (a record opening right above, a bare brace: what stands above it is no part of it)
            # (the link's own block opens here: `task b {`, `new {`)
            opened = opened or text.endswith(("{", "["))
            if text in ("}", "};", "},", "]", "],", ")"):
                return None  # (a block closed above it, `task a "Title" { … }` / `task b { … link … }`: another's)
            if text[:2] == "</" and _CLOSING_TAG.fullmatch(text) is not None and own_element is None:
                # (an element closed above it, `<li>` / `Title` / `</li>` / `<li>` / `<a href=…>`: another's title,
                # unless the link's own element names it, `<LinkCard title="Name — report" href=…>`)
                own_element = " ".join(self.lines[line + 1 : index + 1])
            if text[-4:].isdigit() and _SOURCE_THEN_YEAR.fullmatch(text.strip()):
                continue  # (`IEEE/ACM Transactions on Audio, Speech, and Language Processing · 2021`: its source)
            if _VENUE_LINE.fullmatch(text):
                continue  # (`Title` / `NeurIPS 2014.` / its link: where it appeared, between its title and link)
            head = self.head(line) if _HEAD_START.match(text) else None
            if (
                head is not None
                and head.strength >= 1
                # (`Ho, Jain & Abbeel, Title (NeurIPS 2020)` reads as names all along: its title, after them, not)
                and not _is_author_line(head.title if head.cited else _without_source(text), strict=True)
            ):
                if (
                    head.strength == 1
                    and text.endswith(".")
                    and len(head.title.split()) >= 5
                    and not (
                        '"' in text or "“" in text
                    )  # (a sentence quoting the title names it: `_title_in_prose`)
                ):
                    continue  # `Exposure bias, and a fix for it.`: a card's sentence about the paper
                # (a short title far above is another's; one its label names is its record's: `title = "…"`)
                if head.strength == 1 and index - line > WEAK_LOOKBACK_LINES and not head.labelled:
                    return None
                if not head.labelled and _NEWS.search(head.title):
                    return None  # `Google releases Gemini 1.5`: a news item's headline, not the paper's title
                if self.sibling_item_noted(index, line, head):
                    # (`• Title — the writer's note on it` / `• https://arxiv.org/abs/…`: the link is an item of its
                    # own, the item above a paper named and noted whole)
                    return None
                if self.below_list_of_several(index, line) or self.in_quoted_run(line):
                    # (`– Title A` / `– Title B` / `QR: link`: which item's link it is, nothing says; nor in a list
                    # of titles in quotes, then one of their links, as code's arrays give them side by side)
                    return None
                site = _PAGE_OF_SITE.search(text)
                if site is not None and (site.group("site").casefold() == "openreview") != openreview:
                    # (`Title | OpenReview` / `2305.16291.pdf`: the title of a page on the other service, a list of
                    # sources' lines, each its own)
                    return None
                if own_element is not None and not _names_title(own_element, head.title):
                    return None
                return line, head
            if self.is_heading(line) and not _is_author_line(text, strict=True):
                return None  # (a short authors line alone, `Tri Dao · 2023`, is no section heading)
            if (head is None or head.strength < 1) and (number := _NUMBER.match(text)) is not None:
                # (`7. Training language models to follow instructions with human feedback` / `链接：https://…`: a
                # numbered item opens the entry the link closes, whatever its title's case; the item above it is
                # another paper's)
                named = text[number.end() :].strip()
                if (
                    line >= index - 2
                    and _LISTED_NUMBER.match(number.group(0))  # (`7. `, `7、`; not a thread's `4/`)
                    and _sentence_case_title(named)
                    and A_PAPER.search(named) is None  # (`4/ And the newest one: the SD3 paper 📈`)
                ):
                    return line, _Head(
                        title=named,
                        rest="",
                        structured=True,
                        labelled=False,
                        category=None,
                        strength=1,
                        link=None,
                    )
                return None
            if line == index - 1 and head is None and len(text) >= 80 and _SENTENCE_INSIDE.search(text):
                closes_prose = True
            if line == index - 1 and head is None and text.endswith((":", "：")) and len(text.split()) >= 3:
                # (`Then for you, Title:` / its link: the writer's words bringing in the link below, a paragraph
                # of their own; a title above the blank line before them is another's)
                closes_prose = True
        return None

    def section_read_call(self, index: int, raw_line: str) -> tuple[int, _Head] | None:
        """The title heading the section a link closes when the link is only a call to read it (`## Title` / the
        writer's summary / `[Read the article](https://arxiv.org/abs/…)`, a newsletter's button in any language):
        the section's paper, whatever the summary mentions by name."""
        links = list(_MD_LINK.finditer(raw_line))
        if (
            len(links) != 1
            or _READ_CALL.match(links[0].group("label").strip()) is None
            or raw_line[: links[0].start()].strip(" \t-*•")
            or raw_line[links[0].end() :].strip()
        ):
            return None
        for line in range(index - 1, max(-1, index - 1 - LOOKBACK_LINES), -1):
            if line in self.walls:
                return None
            if self.lines[line][:1] == "#":
                # (the summary may link other papers it mentions; the heading is the section's, unless an id of
                # its own claimed it)
                head = (
                    self.head(line) if _HEADING.match(self.lines[line]) and line not in self.claimed else None
                )
                return (line, head) if head is not None and head.strength >= 1 else None
        return None

    def in_quoted_run(self, line: int) -> bool:
        """Whether the line at `line` opens on a quoted title beside another such line with no id: one of a list
        of titles in quotes (`"AgentBench: …",` / `"SWE-bench: …",`), whose links come in a list of their own."""
        if self.lines[line].lstrip()[:1] not in _OPENING_QUOTES or _JSON_MEMBER.fullmatch(
            self.lines[line].strip()
        ):
            return False  # (`"title": "Title",`: a member of an object, its link a member of the same object)
        return any(
            0 <= other < len(self.lines)
            and other not in self.id_line_set
            and self.lines[other].lstrip()[:1] in _OPENING_QUOTES
            and (head := self.head(other)) is not None
            and head.strength >= 1
            for other in (line - 1, line + 1)
        )

    def sibling_item_noted(self, index: int, line: int, head: _Head) -> bool:
        """Whether the link line at `index` is a bulleted item that is its link alone, right under an item of the
        same bullet and depth, at `line`, whose title the writer's note follows after a dash."""
        item = _BULLET.match(self.lines[index])
        return (
            line == index - 1
            and item is not None
            and self.lines[line][:1] == self.lines[index][:1]
            and self.indent(line) == self.indent(index)
            and _is_link_only(self.lines[index][item.end() :])
            and head.rest.lstrip()[:1] in ("—", "–", "-")
            and len(head.rest.split()) >= 4
        )

    def below_list_of_several(self, index: int, line: int) -> bool:
        """Whether the link line at `index` stands right below a list (at the list's depth, not inside its last
        item) whose last item, at `line`, follows another item with a title and no link of its own: a list of
        sources, then their links, whose order need not be the list's."""
        item = _BULLET.match(self.lines[line])
        if (
            line != index - 1
            or item is None
            or _BULLET.match(self.lines[index]) is not None
            or self.indent(index) > self.indent(line)
        ):
            return False
        above = line - 1
        return (
            above >= 0
            and _BULLET.match(self.lines[above]) is not None
            and above not in self.id_line_set
            and self.indent(above) == self.indent(line)
            and (head := self.head(above)) is not None
            and head.strength >= 1
        )

    def element_text_below(self, index: int) -> tuple[str, int, str, str | None] | None:
        """The text of the element whose `href` attribute is the line at `index`, when its other attributes, the
        `>` that closes its opening tag and then its text follow on lines of their own."""
        for line in range(index + 1, min(len(self.lines), index + 8)):
            text = self.lines[line]
            if _ATTRIBUTE_LINE.fullmatch(text) is not None:
                continue
            if text != ">" or line + 1 >= len(self.lines):
                return None
            head = self.head(line + 1)
            if head is None or head.strength < 1 or line + 1 in self.id_line_set:
                return None
            return head.title, line + 1, head.rest, head.category
        return None

    def look_ahead(self, index: int) -> tuple[str | None, int | None, str, str | None]:
        """arXiv listing style: the id first, then a `Title:` line; or an id alone on its line (a trending page
        copied as text: `2307.03172` / `Title` / `Authors`), then its title on the next line."""
        alone = _ID_ALONE.fullmatch(self.lines[index]) is not None
        below = index + 1
        self.ahead_reason = Reason.LISTING
        if self.lines[index][:5] == "href=" and (element := self.element_text_below(index)) is not None:
            # (`<a` / `href="https://arxiv.org/abs/…"` / `target="_blank"` / `>` / `Title` / `</a>`: a link's
            # element written over lines, as a component's snapshot prints it: its text is its title)
            self.ahead_reason = Reason.LINK_TEXT
            return element
        if (
            not alone
            and below < len(self.lines)
            and self.lines[below]
            and (item := _TO_DO_BOX.match(self.lines[index]) or _BULLET.match(self.lines[index])) is not None
            and _is_link_only(self.lines[index][item.end() :])
            and self.indented_under(index)
            and below not in self.id_line_set
            and (head := self.head(below)) is not None
            and head.strength == 2
        ):
            # (`[ ] arxiv.org/abs/…` / `    Title`: an item that is its link alone, its title indented under it)
            self.ahead_reason = Reason.UNDER_LINK
            return head.title, below, head.rest, head.category
        noted = read_field(self.lines[index]) if not alone and ":" in self.lines[index] else None
        if noted is not None and noted[0] in (Label.SUMMARY, Label.META):
            # (`note: … arXiv:1802.05365 …`: the writer's note, no listing's id line)
            return None, None, "", None
        for line in range(index + 1, min(len(self.lines), index + 4)):
            text = self.lines[line]
            if line in self.id_line_set or line in self.claimed or (not alone and not text):
                break  # (a blank line ends a listing's record: `titulo: Title` / `enlace: <link>` / `` / `titulo: …`)
            label = _TITLE_LABEL.match(text)
            if label is not None and any(char.isdigit() for char in label.group(0)):
                break  # (`論文2: Title`, `Paper 2: Title`: a numbered item of its own, not this id's record)
            # (or a value its type labels a title, TypeDB's `$t Title isa title;` below the link's `$l https://…`)
            typed = text.lstrip()[:1] == "$" and _TYPED_VALUE.fullmatch(text.strip()) is not None
            if label is not None or typed or (alone and text):
                head = _parse_head(text)
                if head is not None and head.strength >= 1 and (head.labelled or not typed):
                    return head.title, line, head.rest, head.category
                if alone and text:
                    break  # (the line after a lone id is its title or nothing)
        return None, None, "", None

    def add_title_only(self) -> None:
        """Title lines no id claimed: papers named by their title alone."""
        section_is_papers = True
        headings = set(self.headings)
        for index in sorted({*self.head_candidates, *headings}):
            if index >= self.tail:
                break
            line = self.lines[index]
            if not line:
                continue
            label = self.numbered_label(index) if line[:1].isdigit() else None
            if label is not None and index not in self.claimed:
                # (`1. Courses` over its bulleted items: a numbered section's label, as a heading is)
                section_is_papers = not says_not_papers(label)
                if not section_is_papers:
                    continue
            if index in headings and index not in self.claimed:
                bare = line.lstrip("#").strip()
                if "](" in bare:
                    # (`## [2024年前期の輪講で読む論文](http://blog.example.jp/…)`: a post's title linked to its own
                    # page says what its section holds; the blog's address does not)
                    bare = _MD_LINK.sub(lambda link: link.group("label"), bare)
                if says_not_papers(bare):
                    section_is_papers = False
                    continue
                section_is_papers = True
            if index in self.claimed or index in self.id_line_set or not section_is_papers:
                continue
            head = (
                self.head(index)
                if _HEAD_START.match(line) or _PDF_AT_END.search(line) or ".md" in line[:64]
                else None
            )
            if (head is None or head.strength < 2) and line.lstrip()[:1].isupper():
                head = self.record_head(index) or head
            if (line[:1].isdigit() or line[:1] == " ") and (
                cell := self.printed_columns().get(index)
            ) is not None:
                head = cell  # (` 4 Ann    Title`: the title column of a program's printout)
            if "  " in line and (cell := self.titled_columns().get(index)) is not None:
                head = cell  # (`peng20    Title    2020` under `id    title    year`: a table's title column)
            reason = self.is_title_only(index, head) if head is not None else None
            item_lines: list[int] = []
            going_on: list[int] = []  # (lines the title goes on over, all of them title)
            if (
                head is not None
                and head.title.rsplit(None, 1)[-1].casefold() in _WRAP_WORDS
                and not head.rest.strip()
                and index + 1 < len(self.lines)
                and self.lines[index + 1][:1].isupper()
                and _BULLET.match(self.lines[index + 1]) is None
            ):
                # `• Lead: Dodrio: Exploring Transformer Models with` / `Interactive Visualization (ACL 2021 demo)`:
                # no title ends with `with`; it goes on on the next line (a slide's text, a photo's)
                whole = self.head_over(index, [index + 1])
                if whole is not None and len(whole.title) > len(head.title):
                    reason = self.is_title_only(index, whole)
                    if reason is not None:
                        head, item_lines, going_on = whole, [index + 1], [index + 1]
            if reason is None and _ET_AL_COMMA_LEAD.match(line) is not None:
                # `Graves et al., Connectionist Temporal Classification:` / `Labelling Unsegmented …` / `Neural
                # Networks, ICML 2006`: a citation cut over lines (a slide's text, a photo's), read whole
                item_lines = self.citation_goes_on(index)
                whole = self.head_over(index, item_lines)
                if whole is not None and whole.cited:
                    head, reason = whole, self.is_title_only(index, whole)
                if reason is None:
                    item_lines = []
            elif reason is None and line[:2] == "[^" and _FOOTNOTE_DEFINITION.match(line) is not None:
                # `[^3]: GShard: Scaling Giant Models with Conditional Computation and` / `    Automatic Sharding
                # (ICLR 2021).`: a footnote's definition goes on over the lines indented under it
                item_lines = self.indented_under(index)
                whole = self.head_over(index, item_lines)
                if whole is not None:
                    head, reason = whole, self.is_title_only(index, whole)
            elif reason is None and line[:1] in _LIST_BULLETS and _BULLET.match(line) is not None:
                # `- Memformer: A Memory-Augmented … — Wu i` / `  dr. (Findings of AACL-IJCNLP 2022)`: an item
                # of hard-wrapped text, read whole
                item_lines = self.item_wrapped(index)
                whole = self.head_over(index, item_lines)
                if whole is not None:
                    head, reason = whole, self.is_title_only(index, whole)
            if head is None or reason is None:
                continue
            if _TWO_NAMED_TITLES.search(head.title) is not None:
                # (`Name: Title A et Name: Title B.`: two subtitled titles joined by `and` in any language, each the
                # prose reader's, not one title of the line's)
                continue
            title = head.title
            if (
                reason is Reason.NICKNAME
            ):  # `Title (S4)`: the short name is a name of the digest's, not the title
                title = _SHORT_NAME_AFTER.sub("", title)
            if reason is Reason.SIBLINGS:
                # (`Some angle: Name: Subtitle` among papers: the writer's lead is no part of the title)
                title = named_title_after_lead(title)
            if title.endswith((")", "）")) and (dated := _YEAR_PAREN_END.search(title)) is not None:
                # (`Title (2022): note`: the year it appeared, no word of its title)
                title = title[: dated.start()]
            going = self.title_goes_on(index) if reason is Reason.AUTHORS and not head.rest.strip() else []
            if index in self.wrapped_titles:
                ending = self.wrapped_titles[index]
                # (unless the head read over its lines already holds it: `Authors, Title with` / `Rest (ICLR 2022)`)
                title, going = (title if title.endswith(ending) else f"{title} {ending}"), []
            if going:
                # `10:15 HiPPO: Recurrent Memory with Optimal` / `Polynomial Projections` / `Albert Gu, ...`
                pieces = [self.lines[index], *(self.lines[continued] for continued in going)]
                title = _clean_title(
                    join_wrapped([title.rstrip("-") + ("-" if pieces[0].endswith("-") else ""), *pieces[1:]])
                )
            entry = _Entry(
                anchor=index, first_line=index, raw="", title=title, category=head.category, head=index
            )
            entry.reason = reason
            entry.lines.add(index)
            entry.head_lines[index] = head.rest
            self.entries.append(entry)
            self.claimed[index] = entry
            for line_of_item in item_lines:
                entry.lines.add(line_of_item)
                self.claimed[line_of_item] = entry
            # (a line the title goes on over is all title: none of it is the entry's authors or summary)
            if index in self.wrapped_titles:
                entry.lines.add(index + 1)
                entry.head_lines[index + 1] = ""
                self.claimed[index + 1] = entry
            for continued in (*going, *going_on):
                entry.lines.add(continued)
                entry.head_lines[continued] = ""
                self.claimed[continued] = entry

    def title_goes_on(self, index: int) -> list[int]:
        """The lines below a title line that go on with its title, up to its authors line (a title wrapped in a
        programme's or a listing's column), or none."""
        going: list[int] = []
        previous = self.lines[index]
        for line in range(index + 1, min(len(self.lines), index + 4)):
            text = self.lines[line]
            if not text or line in self.claimed or line in self.id_line_set:
                return []
            if _is_author_line(text) or _AUTHOR_LABEL.match(text):
                return going
            if len(going) == 2:
                return []  # (a title wrapped over three lines at most)
            if not wraps_into(previous, text):
                return []
            going.append(line)
            previous = text
        return []

    def record_head(self, index: int) -> _Head | None:
        """A title in sentence case heading a search engine's record (a Scholar alert): the paper's page alone on
        the next line, then its authors; or one cited on the next line (`(Nature 596, 583-589). …`). Its place
        says it is a title, whatever its capitals."""
        following = index + 1
        if following >= len(self.lines):
            return None
        link: str | None = self.lines[following]
        title = _clean_title(self.lines[index])
        below = self.lines[following].strip()
        if self.cited_below(title, below) is not None:
            link = None
            title = _ET_AL_FIRST.sub("", title)  # (`Co-Reyes et al., Title` over `(ICLR 2021). …`)
        elif (
            (_is_author_line(below, strict=True) or names_then_source(below, strict=True))
            and _NAMES_SEPARATED.search(below) is not None  # (names, not `Q & A`)
            and _sentence_case_research_title(title)
        ):
            # `Bootstrap your own latent: A new approach to self-supervised Learning` / `Grill, Jean-Bastien; Strub,
            # Florian; …; et al.`: a reading list's record, its authors (only names) right under it
            link = None
        elif (
            following + 1 >= len(self.lines)
            or _URL.fullmatch(self.lines[following]) is None
            or not is_paper_page(self.lines[following])
            or not _is_author_line(self.lines[following + 1])
        ):
            return None
        words = title.split()
        if not 3 <= len(words) <= 30 or title.endswith((".", "!", "?")) or _SENTENCE_INSIDE.search(title):
            return None
        if not title[0].isupper() or len(_NOT_LETTER.sub("", title)) * 2 < len(title) or _NEWS.search(title):
            return None
        # (a cited one is weighed as a title line is, not as a structured head)
        return _Head(title, "", link is not None, False, None, 2, link)

    def line_end(self, index: int) -> int:
        """Where line `index` ends in the text, before its newline."""
        return self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)

    def indented(self, index: int) -> bool:
        """Whether line `index` is indented as written (`self.lines` are stripped of their indentation)."""
        return self.text.startswith(("  ", "\t"), self.starts[index])

    def indented_notes(self, index: int) -> str | None:
        """The bulleted lines indented under line `index` (at most three), joined: the writer's notes on what that
        line names; None when the line below is not one."""
        notes: list[str] = []
        for below in range(index + 1, min(index + 4, len(self.lines))):
            # (the line as written: `self.lines` are stripped of their indentation)
            if _INDENTED_BULLET.match(self.text, self.starts[below]) is None:
                break
            notes.append(self.lines[below][1:].strip())
        return "\n".join(notes) if notes else None

    def is_title_only(self, index: int, head: _Head) -> Reason | None:
        """Why the title line at `index` names a paper with no id, or None (noting why, when it looked like one).

        In a Chinese or Japanese digest an English title line is the name of something, a paper as a rule;
        in an English one, headings and emphasised lines are mostly section names and run-in heads, so a title
        line needs evidence of its own: a label, a category tag, its authors, a paper's page or code below it.
        """
        title = head.title
        words = title.split()
        line = self.lines[index]
        if (
            self.books_named()
            and ((line[:1] in _LIST_BULLETS and _BULLET.match(line) is not None) or _numbered(line))
            and BOOKS_LEAD.match(self.list_lead(index))
        ):
            # (`Bøger på hylden:` / `- Bishop: Title` / `- Berg, Dahl: Title`: the list's lead says its items are books)
            return self.turn_down(index, "under a lead that says its items are books")
        if (title.endswith(")") and kind_in_own_parenthesis(title)) or (
            (own := self.parenthesis_after(index, title)) and kind_in_own_parenthesis(f"{title} {own}")
        ):
            # (`"name": "Title (no paper; the docs)"`: a value whose own parenthesis says what else it is)
            return self.turn_down(index, "a book, a post or a document by its own parenthesis, not a paper")
        if self.line_says_not_a_paper(index, title):
            return self.turn_down(index, "its line's parenthesis says it is not a paper")
        if (typed := self.type_line_above(index)) is not None and typed in NOT_PAPER_TYPES:
            # (`Video` / `Title – del 1` / `Forfatter: …`: a reading list's resource, its type on the line above)
            return self.turn_down(index, f"{NOT_PAPER_TYPES[typed]} by the type line above it, not a paper")
        if typed is not None and typed in PAPER_TYPES and len(words) >= 2 and _assess(title, True) >= 1:
            return Reason.TAGGED  # (`Artikkel` / `Title` / `Forfatter: …`: its type says it is an article)
        if self.column_titles and self.column_titles.get(index) is head:
            # (`peng20    Title    2020` under `id    title    year`: the cell under a table's title header)
            if _assess(title, True) >= 1 and not says_other_kind_after(head.rest) and not _NEWS.search(title):
                return Reason.TABLE
            return self.turn_down(index, "a table's title cell that does not read as a paper's title")
        if PUBLISHER.search(title) is not None and _IMPRINT_YEAR_END.search(title) is not None:
            # (`Oxford: Clarendon Press : [2019]`, a catalogue's record of a book: its publisher and
            # year)
            return self.turn_down(index, "a book's publisher and year, not a paper")
        if "   " in self.lines[index] and _menu_line(self.lines[index]):
            # (`News   Reviews   Forum   Video`: a site's menu copied with its page, its items set apart)
            return self.turn_down(index, "a menu's items set apart, not a title")
        if self.lines[index].lstrip()[:1] == '"' and (key := self.array_key(index)) is not None:
            # (`"journal": [` / `"Proc. of …"`: a value of a pretty-printed JSON record's array,
            # the key above it saying what it is)
            if label_of(key) is Label.TITLE:
                return Reason.LABEL
            return self.turn_down(index, f"a value of the record's {key}, not its title")
        if (
            self.wrapped_into(index)
            and head.link is None
            and not (
                _BULLET.match(self.lines[index])
                or _NUMBER.match(self.lines[index])
                or _TO_DO_BOX.match(self.lines[index])  # (`[ ] .! Title — …`: a to-do's item of its own)
                or index in self.printed_columns()  # (a printout's row of its own)
                or self.bare_titles(
                    index
                )  # (a list's title one a line, its lengths making the text look wrapped)
            )
        ):
            # (`… volve aos clásicos: A Fast Learning` / `Algorithm for Deep Belief Nets (Hinton …, 2006) e`: the
            # line goes on from the one above, a paragraph hard-wrapped at its width; its titles are the prose
            # readers')
            return self.turn_down(index, "a line of a hard-wrapped paragraph, going on from the line above")
        if (
            head.rest.lstrip()[:1] == ","
            and " et al" in head.rest[:120]
            and research_words(words) == 0
            and _is_author_line(f"{title}{head.rest.split(' et al', 1)[0]} et al.")
        ):
            # (`Durmus Alp Emre Acar, Yue Zhao et al. 的 Title`: the first of its authors, then the others)
            return self.turn_down(index, "its authors' names, the first of them")
        if (
            head.cited
            and "," in title
            and research_words(words) == 0
            and _is_author_line(title)
            and index > 0
            and self.lines[index - 1].strip()
        ):
            # (`- **Title**` / `  Prafulla Dhariwal, Alex Nichol (NeurIPS 2021)`: the authors line of the title above)
            return self.turn_down(index, "its authors' names, under its title")
        after_head = self.next_nonblank(index)
        labelled_below = (
            read_field(self.lines[after_head]) if after_head is not None and head.link is None else None
        )
        if labelled_below is not None and labelled_below[0] is Label.TITLE and not head.labelled:
            # (`4. Guided Diffusion` / `论文标题：“Title”（NeurIPS 2021）`: the entry's name; its title is labelled)
            return self.turn_down(index, "an entry's name, its title labelled on the next line")
        card = self.card_site(index) if head.link is None else None
        if card is not None:
            # (`Title` / `We explore how … significantly improves...` / `arxiv.org`: a post's link card, its page's
            # title, description and site, under a link the post cut short)
            linked = self.lines[index - 1] if index > 0 else ""
            if (
                card + "/" in ID_LINK_HOSTS
                or is_paper_site(card)
                or (card in linked and _PAPER_PATH.search(linked))
            ):
                return Reason.PAPER_PAGE
        names_going_on = (
            head.cut
            and head.rest.startswith(". ")
            and len(head.rest.split(",")) >= 3
            and _is_author_line(head.rest[2:].rstrip(" \t,"))
        )  # (`1. Title. Goodfellow, Pouget-Abadie, Mirza,` / `Courville, Bengio. NeurIPS 2014.`: its authors go on)
        # (a head read over the lines its item wraps onto goes on past this line's comma)
        read_over = len(head.title) + len(head.rest) > len(self.lines[index].strip())
        # (`3. FLASH -- Title (ICML 2022,` / `https://…)`, `Hochreiter & Schmidhuber, "Title",` / `Neural
        # Computation …`: a citation whose parenthesis or whose quoted title goes on below, no sentence's comma)
        cited_going_on = (
            self.lines[index].count("(") > self.lines[index].count(")")
            or _QUOTED_BEFORE_COMMA.search(self.lines[index].strip()) is not None
        )
        # (`  title: 'Title',`: a labelled value in a program's literal, an object printed to a log, not a sentence)
        # (`    titel: "Title",`: a field, whatever its name, that titles the records whose ids are given, a struct
        # printed by a program's debugger)
        literal = self.lines[index].endswith(("',", '",')) and (
            head.labelled
            or (
                (field_ := _LITERAL_FIELD.match(self.lines[index].lstrip())) is not None
                and self.keyed_papers(field_.group("key"))
            )
        )
        # (`- Title – odtud je nucleus sampling,` / `- Title – Anthropic, kalibrace,` / `- a jako …`: a sentence's
        # parts set out as bullets, each ending with a comma; an item's title, cut at its dash, is whole)
        itemised = (
            head.cut
            and head.rest.lstrip()[:1] in ("–", "—", "-")
            and self.lines[index][:1] in _LIST_BULLETS
            and _BULLET.match(self.lines[index]) is not None
            and after_head is not None
            and _BULLET.match(self.lines[after_head]) is not None
        )
        # (`- Title – the writer's note, going on,` / `  wrapped onto the item's next line`: the note's comma)
        wrapped_note = (
            head.cut
            and head.rest.lstrip()[:1] in ("–", "—", "-")
            and self.lines[index][:1] in _LIST_BULLETS
            and index + 1 < len(self.lines)
            and bool(self.lines[index + 1])
            and self.indented(index + 1)
            and self.lines[index + 1][:1] not in _LIST_BULLETS
        )
        if (
            self.lines[index].endswith((",", "，"))
            and head.link is None
            and not names_going_on
            and not read_over
            and not cited_going_on
            and not literal
            and not itemised
            and not wrapped_note
        ):
            # `Best,`, `À jeudi prochain,` above the names that sign a letter: no title ends with a comma.
            if len(self.lines[index].split()) > 6:
                return self.turn_down(index, "a line ending with a comma: a sentence going on below")
            return self.turn_down(index, "a line ending with a comma: a letter's greeting or sign-off")
        if head.link is None and exclaims(title):
            # `See you on the 14th!` above the names that sign a letter
            return self.turn_down(index, "an exclamation in sentence case: the writer's words, not a title")
        if title[:1].isdigit() and _trailing_id(title) is not None:
            return Reason.BESIDE_LINK  # `2211.09800 InstructPix2Pix: …`: its arXiv id, bare, opens the line
        if head.strength < 2:
            if (
                head.strength == 1
                and head.labelled
                and (title[:1].islower() or _sentence_case_title(title))
                and not _in_another_language(title)
            ):
                # (typed in lower case, or in sentence case, after its label: see `_parse_head`; in English, not a
                # post's title in the writer's language, as a program prints a page's fields)
                return Reason.LABEL
            if head.strength == 1 and head.link is not None and page_named_by(head.link, title):
                return Reason.PAPER_PAGE  # `[Segment Anything](.../paper/segment-anything)`: a short title
            if (
                head.strength == 1
                and head.link is not None
                and len(words) >= 2
                and is_paper_page(head.link)
                and _authors_then_year(head.rest.strip(_TRIM))
            ):
                # `[Deep learning](https://doi.org/…) — LeCun, Bengio & Hinton, Nature 2015`: a short title, the
                # paper's own page and its citation
                return Reason.PAPER_PAGE
            # `Consistency Models (Song et al., 2023): ...` opening a paragraph (not a wrapped line's end), cited
            # by its authors (not `Version 1.0.9 (April 24th, 2025)`): a short title will do.
            starts_paragraph = index == 0 or not self.lines[index - 1] or self.is_heading(index - 1)
            if (
                head.strength == 1
                and head.cited
                and len(words) >= 2
                and _capital_ratio(words) == 1
                and starts_paragraph
                and _cites_authors(head.rest)
            ):
                return self.evidence_around(index, head, None, None)
            # (not an item ending on a colon, the lead of the items below it: `* Further reading:`)
            short_sibling = (
                len(words) >= 2
                and _capital_ratio(words) == 1
                and not self.lines[index].rstrip().endswith((":", "："))
                and self.in_list_of_papers(index)
            )
            if head.strength == 1 and short_sibling and not says_other_kind_after(head.rest):
                # `7. Layer Normalization`, `2023-10-04 — Segment Anything` (not `… — Name — a database of …`)
                return Reason.SIBLINGS
            below = self.lines[index + 1].strip() if index + 1 < len(self.lines) else ""
            if (
                head.strength == 1
                and len(words) >= 3
                and names_then_source(below, strict=True)
                and not names_then_source(self.lines[index].strip())
            ):
                return Reason.AUTHORS  # (a title in sentence case right over its authors and their source)
            if (
                head.strength == 1
                and len(words) >= 4
                and head.rest.lstrip()[:1] in ("—", "–")
                and _sentence_case_research_title(title)
                and names_then_source(head.rest.lstrip(" \t—–"), strict=True)
            ):
                return Reason.AUTHORS  # (`Title in sentence case — Authors et al. — Nature 550, 2017 — note`)
            if (
                head.strength == 1
                and len(words) >= 4
                and not head.rest.strip()
                and _sentence_case_research_title(title)
                and (cited := self.cited_below(title, below)) is not None
            ):
                return cited  # (`21 maart   Title in sentence case` / `(Long Ouyang, Jeff Wu et al.) -- …`)
            if (
                head.strength == 1
                and len(words) >= 4
                and not head.rest.strip()
                and below[:1] in _NOTE_ARROWS
                and _sentence_case_research_title(title)
                and _VENUE_YEAR.match(below[1:].lstrip())
            ):
                # (`• Title in sentence case` / `↳ AISTATS 2010, …`: where it appeared, noted)
                return Reason.VENUE
            if (
                head.strength == 1
                and len(words) >= 4
                and _sentence_case_research_title(title)
                and research_words(words) >= 2
                and not _in_another_language(title)
                and _VENUE_YEAR_ALONE.fullmatch(head.rest.strip(" \t,;—–-")) is not None
            ):
                # (`Title in sentence case (COLT 2016)`: where and when it appeared, and nothing else, after it)
                return Reason.VENUE
            if (
                head.strength == 1
                and len(words) >= 4
                and _sentence_case_research_title(title)
                and (
                    (_delimited_row(self.lines[index]) and self.delimited_papers(index))
                    or (
                        '"' in self.lines[index]
                        and _COMMAND_LINE.match(self.lines[index])
                        and self.in_list_of_papers(index)
                    )
                )
            ):
                # (a data row's title in sentence case, among rows most of which give ids; a record's or a command's
                # quoted value among theirs)
                return Reason.SIBLINGS
            if (
                head.strength == 1
                and len(words) >= 5
                and _BULLET.match(self.lines[index]) is not None
                and _sentence_case_research_title(title)
                and _DASH_THEN_MODEL.match(head.rest) is not None
            ):
                # (`- Title in sentence case – InstructGPT. RLHF가 …`: a bulleted title, then the model it made)
                return Reason.NICKNAME
            if (
                len(words) >= 6
                and _sentence_case_research_title(title)
                and self.between_writers_lines(index, title)
            ):
                return Reason.SHAPE  # (see `between_writers_lines`)
            if (
                len(words) >= 5
                and research_words(words) >= 2
                and _sentence_case_research_title(title)
                and _alone_or_dash_noted(head)
                and self.listed_under_papers_lead(index)
            ):
                # (`Reading for the new students:` / `- Title` / `- Title in sentence case -> what it explains`: a
                # long research title in sentence case among the Title Case ones of a short list of papers)
                return Reason.SHAPE
            return None
        if _NEWS.search(title) or _is_author_line(title, strict=True):
            return self.turn_down(index, "a news headline or an authors line")
        if _ATTRIBUTION.match(self.lines[index]) and _TWO_PEOPLE.fullmatch(title):
            # (`-- Yang Song et Stefano Ermon, NeurIPS 2019`: a quotation's attribution under it, its authors)
            return self.turn_down(index, "a news headline or an authors line")
        if head.link is None and _JOB_OR_INSTITUTION.search(title):
            # `Title: Associate Professor, Department of …`, `Institution: Visayas Institute of Technology`: a job
            # or an institution, whatever its label
            return self.turn_down(index, "names a job or an institution, not a paper")
        if _EVENT_START.match(title):
            # `Workshop on Medical Imaging meets NeurIPS (MedNeurIPS 2024)`: a paper's running header names its venue
            return self.turn_down(index, "an event (a workshop, a conference), not a paper")
        if (
            ":" in title
            and _is_author_line(named_after := title.split(":", 1)[1].strip(" ."), strict=True)
            # (two names or an initial with its full stop: not `Efficient Transformers: A Survey`)
            and ("," in named_after or "." in named_after or " and " in named_after or "&" in named_after)
        ):
            return self.turn_down(
                index, "a label, then names (`Panelists: A. Li, B. Wu`): people, not a paper"
            )
        if VERSIONED.search(title) or says_other_kind_after(head.rest) or KIND_CITED.search(title):
            # (`The Annotated S4 (Rush & Karamcheti, blog) as a companion`: cited as another kind of thing)
            return self.turn_down(index, "a book, a post or a document by the words after it, not a paper")
        if _dated_words(title):  # `answered Mar 4, 2023 at 8:31`
            return self.turn_down(index, "a date and a word or two: a post's byline")
        if head.site is not None and (
            head.site + "/" in ID_LINK_HOSTS or is_paper_site(head.site) or head.site in PAPER_SITE_HOSTS
        ):
            return Reason.PAPER_PAGE
        if head.topic and head.category is not None and label_of(head.category) is Label.NOT_PAPER:
            return self.turn_down(index, "tagged as another kind of thing (a book, a video ...), not a paper")
        if head.link is not None and (is_paper_page(head.link) or page_named_by(head.link, title)):
            return Reason.PAPER_PAGE  # the text of a link to a paper's own page (a venue's, a DOI)
        if head.link is not None and not _is_paper_or_code(head.link) and not OPAQUE_LINK.search(head.link):
            # (a click tracker's or a short link hides where it goes: the entry is weighed as if it had none)
            if self.has_authors_below(index):
                return Reason.AUTHORS
            if (
                _PDF_LINK.search(head.link)
                and not NOT_PAPER_URL.search(head.link)
                and len(words) >= 4
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 2
            ):
                return Reason.SHAPE  # (a research title beside a PDF on any site, a mirror's: weakly a paper)
            return self.turn_down(index, "links to a blog post or news page, not a paper")
        following = self.next_nonblank(index)
        next_line = self.lines[following] if following is not None else ""
        if next_line[:1] in _NOTE_ARROWS:
            # (`↳ AISTATS 2010, …`: a note's arrow, under what it is about)
            next_line = next_line[1:].lstrip()
        if (address := _LABELLED_ADDRESS.match(next_line)) is not None and label_of(
            address.group("label")
        ) is Label.LINK:
            # (`Title` / `  url: https://papers.example.org/…`: a program's printout of a record's fields, its address
            # labelled as the paper's link)
            next_line = next_line[address.end() :]
        next_url = _URL.match(next_line)
        if next_url and not _is_paper_or_code(next_url.group(0)) and not self.has_authors_below(index):
            if (
                len(words) >= 4
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                and _named_by_its_address(next_url.group(0), title)
                and not named_as_other_kind(self.lines[index])  # (`the blog post "Title"` / its page)
            ):
                # (`Mip-NeRF: A Multiscale …` / `https://lab.example.io/projects/mip-nerf/`: a page whose
                # address the title's own words name, a paper's project page, weakly: a post's may be so named)
                return Reason.SHAPE
            return self.turn_down(index, "followed by a link to a page that is not a paper")
        if head.labelled and self.page_field_below(index, title):
            self.page_titles.add(index)
            return self.turn_down(index, "its link field, below or above, is a page that is not a paper")
        if self.lines[index] == self.page_title and _NUMBER.match(self.lines[index]) is None:
            # The page's own headline is not a paper, unless it is tagged or labelled like an entry (a numbered
            # line is an item of a list, never the page's headline: it is weighed as any other item below).
            if head.labelled:
                return Reason.LABEL
            if head.category is not None and not head.topic:
                return Reason.CATEGORY
            return self.turn_down(index, "the page's own headline")
        if head.link is None and _SECTION_NUMBER.match(self.lines[index]):
            return self.turn_down(index, "a numbered section of the post (`### 2-2. ...`), not a paper")
        if (
            head.link is None
            and self.message_subjects()
            and _COUNT_AT_END.sub("", title) in self.message_subjects()
        ):
            # (`2. Benchmarks for May (1)` under a list digest's `Today's Topics:`, its messages below under
            # `Subject: Benchmarks for May`: a message's subject and its count, not a paper)
            return self.turn_down(index, "a message's subject, in the digest's list of topics")
        if head.to_read:
            return Reason.TO_READ
        if (own_kind := _names_own_kind(title)) is not None:
            # (`"Name": "Talk: Title"`, `S2E5 Lecture: Title`: a value that names its own kind, a talk's)
            return self.turn_down(index, f"labelled {own_kind}: not a paper")
        if (
            head.link is None
            and not head.labelled
            and not head.file
            and speaks_of_papers(without_page_decoration(f"{title} {head.rest}".rstrip()))
        ):
            # (not for a site's name after a page's title: `Title | Papers With Code`)
            # (`# 【论文笔记】AI for Science 与 AutoML 入门：读过的 8 篇论文`: a heading counting the post's papers)
            return self.turn_down(index, "speaks of papers in the plural: about the digest's papers, not one")
        if (
            "#" in self.lines[index]
            and (at := self.lines[index].find(title)) >= 0
            and _SERIES_NUMBER.match(self.lines[index], at + len(title)) is not None
        ):
            # (`Name Meetup #12 – a talk (speaker)`, `Paper Club #7`: a series' session by its number, not a paper)
            return self.turn_down(index, "a session of a series, by its number")
        if head.structured:
            if head.labelled and self.own_title_in_front_matter(index):
                # (`title: Name — the seminar's timeline` over `description:` and `timezone:`: the document's name)
                return self.turn_down(index, "the document's own title, in its front matter")
            if head.labelled:
                return Reason.LABEL
            if head.category is not None and not head.topic:
                return Reason.CATEGORY
            if head.category is not None and self.cjk_at(index):
                return Reason.TOPIC
            if self.cjk_at(index) and not (
                len(words) <= 3
                and research_words(words) == 0
                and head.link is None
                and _HAS_CJK.match(head.rest.lstrip()) is not None
            ):
                # (not three words or fewer in no research words that the sentence goes on from at once, a
                # product's name: `1. Example Cloud Console 설정에서 …`)
                return Reason.SUMMARY
            if (
                _OTHER_SCRIPT_OPENING.match(head.rest)
                and len(head.rest) >= 10
                and len(words) >= 4
                and _named_and_subtitled(title)
            ):
                # (`2. Title (อันนี้ไม่มีใน arXiv …)`: the writer's words on it in their script, as a Chinese note is)
                return Reason.SUMMARY
            if (
                _OTHER_SCRIPT_OPENING.match(head.rest.lstrip(" \t—–-:"))
                and len(words) >= 3
                and _capital_ratio(words) == 1
                and research_words(words) >= 1
                and _QUOTED_WHOLE.search(self.lines[index], 0, 200) is not None
                and any(f"{opening}{title}" in self.lines[index] for opening in '"“«„')
            ):
                # (`- 16/1: "Decoupled Weight Decay Regularization" — το κλασικό για το`: quoted, then the writer's
                # note in their own script)
                return Reason.SUMMARY
            if (
                # (the dash maybe taken with the title's end already, the writer's script ending it: the line has
                # it right after the title)
                (
                    (noted := _DASH_THEN_NICKNAME.match(head.rest)) is not None
                    or f"{title} — " in self.lines[index]
                    or f"{title} – " in self.lines[index]
                )
                and _OTHER_SCRIPT_OPENING.match(head.rest, noted.end() if noted is not None else 0)
                and len(head.rest) >= 12
                # (three words will do when all are research's: `Self-Supervised Representation Learning`)
                and (len(words) >= 4 or (len(words) == 3 and research_words(words) == 3))
                and research_words(words) >= 2
                and (
                    _capital_ratio(words) == 1
                    or any(f"{mark}{title}{mark}" in self.lines[index] for mark in ("**", "__", "*", "_"))
                )
            ):
                # (`**Highly accurate protein structure prediction with AlphaFold** – לא נמצא ב-arXiv …`, `- Title —
                # GPT-1; இது arXiv-இல் இல்லை …`: a title in Title Case, or in emphasis in sentence case too, then a
                # dash, maybe its short name, and the writer's note on it in their script: weakly, as a bulleted
                # one is)
                return Reason.SHAPE
            at = self.lines[index].find(title)
            if (
                at >= 0
                and len(words) >= 3
                and _VENUE_RIGHT_AFTER.match(self.lines[index], at + len(title)) is not None
            ):
                # (`[1] Title, ICLR 2021. The writer's note`: a footnote's title, where and when it appeared)
                return Reason.VENUE
            evidence = self.evidence_around(index, head, following, next_url)
            if evidence is not None:
                return evidence
            if head.rest.lstrip()[:1] in ("—", "–") and _authors_then_year(head.rest.strip(_TRIM)):
                return Reason.AUTHORS  # (`**Title** — Alec Radford, Jeffrey Wu et al., OpenAI report, 2019.`)
            if (
                head.rest.lstrip()[:1] in ("(", "（")
                and (named := _NAMES_IN_PARENS.match(head.rest.lstrip())) is not None
                and _is_author_line(named.group("who"), strict=True)
            ):
                return (
                    Reason.AUTHORS
                )  # (`*Title* (Quentin Fournier, Gaétan Marceau Caron, Daniel Aloise) — note`)
            if self.in_list_of_papers(index):
                if _SENTENCE_INSIDE.search(title) or "!" in title or '"' in title or "“" in title:
                    # (a sentence quoting a title: the quoted title is the prose reader's)
                    return self.turn_down(index, "a sentence, in a numbered list of papers")
                if ABOUT_PAPERS.search(title):
                    return self.turn_down(index, "speaks of the papers, in a numbered list of them")
                if self.heads_prose(index):
                    return self.turn_down(index, "a numbered section of the post, its prose below it")
                at = self.lines[index].find(title)
                cited_after = _CITED_BELOW.match(self.lines[index], at + len(title)) if at >= 0 else None
                if (
                    cited_after is not None
                    and (
                        _ET_AL_ANY.search(cited_after.group("who"))
                        or _VENUE_YEAR.search(cited_after.group("who"))
                    )
                    and _sentence_case_research_title(title)
                ):
                    # (`- Title in sentence case (Jumper et al., Nature 2021). What we read.`: cited by its authors)
                    return Reason.AUTHORS
                if self.lines[index][:1] in _LIST_BULLETS and (
                    writers_words(title) or _assess(title, False) == 0
                ):
                    # (a bullet is written more freely than a numbered item: `GShard if we want MoE history`,
                    # `DreamBooth fine-tune the whole model with a rare identifier`)
                    return self.turn_down(index, "words of the writer's, in a list of papers")
                if (
                    writers_words(title)
                    and _assess(title, False) == 0
                    and (len(words) > 15 or _SENTENCE_BREAK.search(title) is not None)
                ):
                    # (`1. Não guardar tudo na GPU. O DeepSpeed implementa …`: a numbered point of the writer's own,
                    # in sentences of their language, not a title)
                    return self.turn_down(index, "words of the writer's, in a list of papers")
                if reports_a_deed(title):
                    return self.turn_down(index, "the writer's report or to-do, in a list of papers")
                return Reason.SIBLINGS
            if title.endswith((")", "）")) and spelled_by_initials(title):
                return Reason.NICKNAME  # (`Measuring Massive Multitask Language Understanding (MMLU) — note`)
            if (
                head.file
                and len(words) >= 3
                # (not `Lee_ICCV2019_Name.pdf`: its author, venue and year, and its short name)
                and not any(_VENUE_YEAR_WORD.fullmatch(word) for word in words)
                # (or a model's name in mixed case: `A ConvNet for the 2020s.pdf`)
                and (research_words(words) >= 1 or any(_MIXED_CASE_NAME.fullmatch(word) for word in words))
                and _capital_ratio(words) >= 0.75
                and not names_a_subject(title.partition(" - ")[0].split())
            ):
                return (
                    Reason.SHAPE
                )  # (`D:\\Papers\\Bi-tuning of Pre-trained Representations.pdf`: a PDF named by a title)
            if (
                self.page_title == "\x00"
                and self.lines[index][:1] in ("*", "_")
                and (index == 0 or not self.lines[index - 1].strip())
                and len(words) >= 4
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
            ):
                # (a chat message that opens on a title in bold, its note below: a message has no headings)
                return Reason.SHAPE
            if (
                len(words) >= 3
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                and _alone_or_noted(head.rest)
                and self.numbered_titles(index)
            ):
                # (`1) Title` / `2) Title` / `3) Title` under a message's `proposed for next week:`: a numbered list
                # of research titles and nothing else, weakly papers: a service, or the user, confirms them)
                return Reason.SHAPE
            if (
                len(words) >= 3
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                # (alone, or with the writer's note after a dash: `Title  -> explains the init below`)
                and _alone_or_dash_noted(head)
                and self.listed_under_papers_lead(index)
            ):
                # (`Papers for Thursday:` / `1. Title` / `2. Title`: one or two research titles listed under a lead
                # that speaks of papers, weakly papers as a longer list of them is)
                return Reason.SHAPE
            if (
                len(words) >= 5
                # (or a Title Case name and a subtitle in sentence case: `Name of It: Quantifying and …`)
                and (_capital_ratio(words) >= 0.75 or _subtitled(title))
                and research_words(words) >= 1
                and _alone_or_noted(head.rest)
                and "(" not in title  # (`Title (Ioannis Gatopoulos, Jakub M. Tomczak)`: weighed as cited)
                and self.paper_bullet_beside(index)
            ):
                # (`• Title (BIG-bench)` / `• Title`: a long research title bulleted right under another bullet
                # that names a paper, in a message that lists two or three)
                return Reason.SIBLINGS
            if (
                self.lines[index][:2] in ("**", "__")
                and len(words) >= 3
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                and self.under_papers_heading(index)
            ):
                # (`## Papers` / `**Title** — the writer's note`: a paragraph led by a research title in bold, in
                # a section its heading says holds papers, weakly a paper as a list of titles is)
                return Reason.SHAPE
            if (
                len(words) >= 4
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                and _alone_or_dash_noted(head)
                and self.part_among_papers(index)
            ):
                # (`week 1: Title` / `week 2: Title` / its link: a plan's numbered part reading a research title,
                # beside parts whose titles' links make them papers, weakly a paper)
                return Reason.SIBLINGS
            if (
                len(words) >= 4
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                and "](" in head.rest
                and any(label_of(link.group("label")) is Label.CODE for link in _MD_LINK.finditer(head.rest))
            ):
                # (`- Title — the writer's note ([代码](https://…))`: its code's link, named so in any language,
                # whatever address a newsletter's click tracking gave it)
                return Reason.CODE_BELOW
            if (
                len(words) >= 4
                and _capital_ratio(words) >= 0.75
                and self.noted_in_own_script(index, title, head.rest)
            ):
                # (`- **Title** — заметка …`: as a title line's, below)
                return Reason.NICKNAME if _SHORT_NAME_AFTER.search(title) else Reason.SUMMARY
            if (
                len(words) >= 4
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 2
                and self.lines[index][:1] in _LIST_BULLETS
                # (not a name and its expansion, `NAME (Long Name)`, nor a title holding another language's word or
                # quotes)
                and not any(mark in title for mark in '(（„“”"«»')
                and _NON_ENGLISH_LETTER.search(title) is None
                and (noted := _NOTE_AFTER_TITLE.match(head.rest)) is not None
                and not says_other_kind_after(noted.group("note"))
                and _in_other_language(_LOWER_CASE_WORD.findall(self.note_below(index, noted.group("note"))))
            ):
                # (`• Title — the writer's note in their language` / `  wrapped below`, `- Title : a note …`: a
                # bulleted research title in Title Case, a dash or a spaced colon, and the writer's note in another
                # language, weakly)
                return Reason.SHAPE
            if self.noted_bullets(index):
                # (`- The Curious Case of Neural Text Degeneration – odtud je nucleus sampling,` / `- Title –
                # Anthropic, kalibrace,`: bullets each a long research title, a dash, the writer's note)
                return Reason.SHAPE
            if (
                len(words) >= 3
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                and (field_ := _LITERAL_FIELD.match(self.lines[index].lstrip())) is not None
                and self.keyed_papers(field_.group("key"))
            ):
                # (`titel: "Title",` in a struct a debugger printed, the same field naming the papers its other
                # records link: whatever the language of its name, it is their title's)
                return Reason.SIBLINGS
            if (
                len(words) >= 3
                and _capital_ratio(words) >= 0.75
                and research_words(words) >= 1
                and self.listed_note_files(index)
            ):
                # (`t3fa.md  Title` among a note tool's listing of its files, most of them named by research titles)
                return Reason.SIBLINGS
            if (
                self.lines[index].startswith("# ")
                and len(words) >= 3
                and research_words(words) >= 1
                and (self.front_matter_types(index) & PAPER_TYPES or self.tagged_a_paper_below(index))
            ):
                # (a note's or a task file's `# Title` right under its front matter, whose tags or type say paper:
                # a board's card, as `head` prints each file of it)
                return Reason.NAMED
            if (
                self.lines[index][:1] in "#/;%" or _VIM_COMMENT_MARK.match(self.lines[index])
            ) and self.bare_titles(index):
                return (
                    Reason.SHAPE
                )  # (`#   Title` / `#   Title` / `#   Title`: a comment's titles, see below)
            if self.lines[index][:1] in "#/;%" and self.listed_under_comment_lead(index):
                return (
                    Reason.SHAPE
                )  # (`# Still to read:` / `#   Title` / `#   Title`: see `listed_under_comment_lead`)
            if (
                len(words) >= 4
                and (_capital_ratio(words) >= 0.75 or _subtitled(title))
                and research_words(words) >= 2
                and not head.link
                and not any(
                    mark in title for mark in '"“”«»„'
                )  # (`## Libro: Name, "Title"`: a name it quotes)
                and self.papers_in_sibling_headings(index) >= 2
            ):
                # (`## 37. Title` among `## 38. Title` / `PDF: https://arxiv.org/…` sections: a research title
                # heading a section as its siblings, whose links make them papers, do; its own section links none)
                return Reason.SIBLINGS
            return self.turn_down(index, "a heading or emphasised line with nothing to show it is a paper")
        ratio = _capital_ratio(words)
        # (in English: `Pruning und Sparse Attention` over `Name et al., Title (arXiv:…)` is a task's name, in the
        # writer's language, over the paper it reads)
        cited = (
            self.cited_below(title, next_line)
            if 3 <= len(words) <= 20 and not _in_another_language(title)
            else None
        )
        wrapped = (
            _WRAPPED_BEFORE_CITATION.match(next_line) if cited is None and 3 <= len(words) <= 20 else None
        )
        if (
            wrapped is not None
            and following == index + 1
            and wraps_into(self.lines[index].strip(), next_line.strip())
            and not title.endswith((".", ",", ";", ":", ")"))
            and self.lines[index].lstrip()[:1] not in ("(", "（")
        ):
            # `Generative Modeling by Estimating Gradients of the Data` / `Distribution (Song & Ermon, NeurIPS
            # 2019).`: its last words wrapped onto the line of its citation
            cited = self.cited_below(f"{title} {wrapped.group('rest')}", wrapped.group("cite"))
            if cited is not None:
                self.wrapped_titles[index] = wrapped.group("rest")
        if cited is not None:
            # Over its citation, in Title Case or in sentence case: `Evolving Reinforcement Learning Algorithms` /
            # `(ICLR 2021). …`, `Highly accurate protein structure prediction with AlphaFold` / `(Nature 596, …). …`
            return cited
        if (
            head.cut
            and len(words) >= 2
            and ratio >= 0.75
            and not names_then_source(self.lines[index].strip())
        ):
            # `Decoupled Weight Decay Regularization — Loshchilov & Hutter, ICLR 2019.`: a dash, then its citation
            # (not `Prafulla Dhariwal, Alex Nichol — NeurIPS 2021.`: names, then their source)
            rest = head.rest.strip(_TRIM)
            if _VENUE_YEAR.search(rest[:80]):
                return Reason.VENUE
            # (`Title — Gatopoulos & Tomczak (2020), a note`: its authors and its year after a dash)
            if _is_author_line(rest.split(". ", 1)[0].rstrip(".")) or (
                head.rest.lstrip()[:1] in ("—", "–", "-") and _authors_then_year(rest)
            ):
                return Reason.AUTHORS
        if (
            following == index + 1
            and len(words) >= 3
            and (
                (names_then_source(next_line, strict=ratio < 0.75) and not narrates(title))
                # (`Title` / `Kwon et al., SOSP 2023. What the writer says …`: its citation opens the next line)
                or (ratio >= 0.75 and ". " in next_line and _citation_line(next_line.split(". ", 1)[0]))
                or (
                    ratio < 0.75
                    and _is_author_line(next_line, strict=True)
                    and _NAMES_SEPARATED.search(next_line) is not None
                    and _sentence_case_research_title(title)
                )
            )
            and not names_then_source(self.lines[index].strip())
            # (not over another paper's whole citation, its title after its authors and year: `File: Reading 2` /
            # `LeCun et al. (1998) — Title. Parts II and III only.`)
            and not _cites_a_title(next_line)
        ):
            # `Learning representations by back-propagating errors` / `David E. Rumelhart, Geoffrey E. Hinton, Ronald
            # J. Williams — Nature 323 (1986). …`: right over its authors (and their source), in sentence case too
            return Reason.AUTHORS
        if head.cited and head.cut and head.rest.lstrip()[:1] in ("—", "–", "-"):
            return Reason.AUTHORS  # (in sentence case, a dash, its authors and year: see `_parse_head`)
        if (
            following in (index + 1, index + 2)
            and len(words) >= 3
            and ratio >= 0.75
            and not head.rest.strip()
            and research_words(words) >= 1
            and not names_no_paper(title)
            and _is_author_line(english_et_al(next_line), strict=True)
            and _NAMES_SEPARATED.search(next_line) is not None
            and (following == index + 2 or people_listed(english_et_al(next_line)))
        ):
            # `Mixed Precision Training` / `` / `Paulius Micikevicius, Sharan Narang, Jonah Alben vd.`: a newsletter's
            # title block, its authors' names (only names) on the next line or a paragraph below
            return Reason.AUTHORS
        if (
            following is not None
            and following <= index + 2
            and len(words) >= 4
            and ratio >= 0.75
            and not head.rest.strip()
            and _citation_line(next_line)
        ):
            # `Title` / `Song et al., ICLR 2021`: a quotation's title over its citation (a blank line between, as a
            # web page's `<blockquote>` and `<cite>` come out)
            return Reason.AUTHORS
        if (
            next_url is not None
            and following == index + 1
            and len(words) >= 3
            and ratio >= 0.75
            and (is_paper_page(next_url.group(0)) or page_named_by(next_url.group(0), title))
        ):
            # `Towards Domain-Agnostic Contrastive Learning` / `https://www.semanticscholar.org/paper/…`: a feed's
            # title right over its paper's page
            return Reason.PAPER_PAGE
        if self.bare_titles(index):
            # (`Title` / `Title` / `Title`, one right under another: a program's printout of titles, a plain list of
            # papers, weakly: a service, or the user, confirms them)
            return Reason.SHAPE
        if (
            len(words) == 3
            and ratio == 1
            and not head.rest.strip()
            and following == index + 1
            and index > 0
            and self.lines[index - 1].rstrip().endswith((":", "："))
            and _HAS_CJK.search(self.lines[index - 1]) is not None
            and _HAS_CJK.search(next_line) is not None
            and self.cjk_at(index)
        ):
            # (`적대적 강건성도 하나 끼워 넣자면:` / `Smooth Adversarial Training` / `ReLU 를 …`: a short title the
            # writer's sentence introduces with its colon, its summary below)
            return Reason.SUMMARY
        if (
            len(words) == 3
            and ratio == 1
            and research_words(words) >= 1
            and (named := _NAME_THEN_SUMMARY.match(head.rest)) is not None
            and _HAS_CJK.search(head.rest, named.end()) is not None
        ):
            # (`Autoregressive Entity Retrieval（GENRE）：实体检索直接生成…`: a short title, its model's name, then the
            # writer's summary in their script after a colon)
            return Reason.SUMMARY
        if len(words) < 4 or ratio < 0.75 or not (":" in title or "?" in title or len(words) >= 5):
            if len(words) >= 3 and ratio >= 0.75 and self.in_list_of_papers(index):
                # (`RPUSH list "Neural Ordinary Differential Equations — note"`: a short title among a list's
                # papers, the items a session sends, most of the others with ids)
                return Reason.SIBLINGS
            if index in self.printed_columns():
                return Reason.SHAPE  # (a short title in a printout's column of titles, as a longer one there)
            if (
                len(words) >= 3
                and research_words(words) >= 2
                and self.among_other_script(index, title, next_line)
            ):
                return Reason.SHAPE  # (a short title among the writer's words in another script, see below)
            return None
        # A bare title line needs what a paper entry has after it: the digest's words, authors or a link.
        if head.marked:
            return Reason.CITATION_MARK  # (or the mark of the bibliography entry it is)
        if (
            (lab_note := head.rest.strip(_TRIM))
            and _LAB_COMMA_YEAR.match(lab_note) is not None
            and ratio >= 0.75
            and research_title(title)
        ):
            # (`Title – Facebook AI, 2020. The writer's note`: after a dash, the lab that wrote it and the year)
            return Reason.VENUE
        if _HAS_CJK.search(head.rest) and len(head.rest) >= 10:
            return Reason.SUMMARY
        if self.noted_in_own_script(index, title, head.rest):
            return Reason.NICKNAME if _SHORT_NAME_AFTER.search(title) else Reason.SUMMARY
        if not next_line:
            return None
        if _is_author_line(next_line) or _AUTHOR_LABEL.match(next_line):
            return Reason.AUTHORS
        if next_url:
            return Reason.CODE_BELOW if _CODE_URL.match(next_url.group(0)) else Reason.PAPER_PAGE
        if (title.endswith(")") and nicknamed(title)) or self.nicknamed_after(title, head.rest):
            return Reason.NICKNAME
        above = self.id_owner.get(index - 1) or (self.entries[-1] if self.entries else None)
        if (
            above is not None
            and above.first_line == index - 1
            and above.title is not None
            and _named_and_subtitled(title)
        ):
            # `EfficientNet: Rethinking … (arXiv:1905.11946)` / `EfficientNetV2: Smaller Models and Faster
            # Training`: a subtitled title right under a paper's title line is the next paper of the writer's
            return Reason.SIBLINGS
        under = self.id_owner.get(index + 1)
        if (
            under is not None
            and under.first_line == index + 1
            and under.title is not None
            and _named_and_subtitled(under.title)
            and _named_and_subtitled(title)
            and research_words(words) >= 1
            # (not a label and people's names: `Dozierende: Prof. …`)
            and not _is_author_line(title.partition(": ")[2].strip(" ."), strict=True)
        ):
            # `LLM.int8(): 8-bit Matrix Multiplication …` / `GPTQ: Accurate Post-Training … (arXiv:2210.17323)`: a
            # subtitled title right over another paper's subtitled title line is the writer's paper before it
            return Reason.SIBLINGS
        before = next((n for n in range(index - 1, max(-1, index - 4), -1) if self.lines[n]), -1)
        if before >= 0 and _CITED_BEFORE_COLON.search(self.lines[before]) is not None:
            # (`… Dao, Fu, Ermon, Rudra, Ré, NeurIPS 2022:` / `Title`, `Projekcje … (Wang i in., 2020):` / `Title.
            # …`: who wrote it and when, then a colon: the title they introduce)
            return Reason.AUTHORS
        if (
            len(words) >= 5
            and ratio >= 0.75
            and not head.rest.strip()
            and research_words(words) >= 2
            and (said := _CHAT_EXPORT_PREFIX.match(self.lines[index].lstrip())) is not None
            and _parse_head(self.lines[index].lstrip()[said.end() :]) == head
        ):
            # (`[04/03/2024, 20:17:02] Name: Title`: a chat message that is a paper's title alone, pasted)
            return Reason.SHAPE
        if self.printed_rows(index):
            # (`5  RoBERTa: Title` / `6  XLNet: Title` / `10  ELECTRA: Title`: a program printing its records' ids
            # and titles, a line each)
            return Reason.SHAPE
        if (
            following == index + 1
            and self.lines[index].strip() == title  # (the line is the title alone, no quotes around it)
            and not any(mark in title for mark in '"“”[]{}')
            and words[-1].casefold() not in TRAILING_FUNCTION_WORDS
            and not next_line.lstrip()[:1].isupper()
            and _VENUE_YEAR.search(next_line.split(". ", 1)[0][:80]) is not None
        ):
            # (`Title` / `πήρε outstanding paper στο ICLR 2021 νομίζω. …`: the writer's line under it, no title's
            # words going on, says where and when it appeared)
            return Reason.VENUE
        if self.in_list_of_papers(index):
            # (`[8/8] Title: note`, `7. Title`: an item of a list most of whose items are papers)
            return Reason.SIBLINGS
        if (
            len(words) >= 4
            and ratio >= 0.75
            and research_words(words) >= 1
            and following == index + 1
            and _BYLINE_NAMES.fullmatch(next_line.strip())
        ):
            # (`Title` / `by Ada Lovelace`: a recommendation mail's card, its author under its title in lower-case
            # `by`, weakly: a blog post's byline reads the same)
            return Reason.SHAPE
        if (result := self.result_link(index)) is not None:
            # (`Title` / `Advances in NeurIPS` / `Flow-based models … ...` / `<https://proceedings.example.cc/…>`: a search
            # engine's result as an alert mail lists it, its link a paper's page, or a PDF, weakly: any site's)
            if is_paper_page(result):
                return Reason.PAPER_PAGE
            if _PDF_LINK.search(result) and not NOT_PAPER_URL.search(result) and research_words(words) >= 2:
                return Reason.SHAPE
        if research_words(words) >= 2 and self.among_other_script(index, title, next_line):
            # (`[09:15 AM] Farhan: Kaplan वाला पेपर यानी` / `Title` / `दोनों को साथ में …`, `Title` / `لینکش را پیدا
            # نکردم …`: the writer's words in their own script around the paper's title in English on a line of its
            # own, weakly a paper: a service, or the user, confirms it)
            return Reason.SHAPE
        if (
            len(words) >= 4
            and ratio >= 0.75
            and research_words(words) >= 1
            and following == index + 1
            and self.lines[index].strip() == title
            and (notes := self.indented_notes(index)) is not None
            and _in_other_language(_LOWER_CASE_WORD.findall(notes))
        ):
            # (`Title` / `  - what the writer notes on it, in their language`: an outline's or a note's paper, its
            # notes indented below it as bullets, weakly: a service confirms it)
            return Reason.SHAPE
        if (
            len(words) >= 4
            and ratio >= 0.75
            and research_words(words) >= 1
            and head.cut
            and not any(mark in title for mark in '(（„“”"«»')
            and _NON_ENGLISH_LETTER.search(title) is None
            # (its words in lower case all English's: not `Porovnat s Title`, another language's sentence opening)
            and all(
                word.casefold() in _ENGLISH_WORDS or is_research_word(word)
                for word in words
                if word[:1].islower()
            )
            and (noted := _NOTE_AFTER_TITLE.match(head.rest)) is not None
            and not says_other_kind_after(noted.group("note"))
            and (
                _in_other_language(noted_words := _LOWER_CASE_WORD.findall(noted.group("note")))
                or (
                    any(word.islower() and word not in _ENGLISH_WORDS for word in noted_words)
                    and _other_language_around(
                        self.text, self.starts[index], self.line_end(index), line=False
                    )
                )
            )
        ):
            # (`Title – was der Schreiber dazu notiert`: a line of its own, a research title in Title Case, a dash and
            # the writer's note in another language, weakly, as a bulleted one is; a short note, `Kapitel 2 für
            # Vergleich`, told by its paragraph's language and a word of its own not English's)
            return Reason.SHAPE
        if (
            len(words) >= 4
            and ratio >= 0.75
            and research_words(words) >= 1
            and self.lines[index].strip() == title
            and self.under_a_paper_lead(index)
        ):
            # (`… there is a paper on exactly this:` / `Title`: a title alone right under the writer's words that
            # end at a colon and speak of one paper, in a chat's message or a mail, weakly)
            return Reason.SHAPE
        if len(words) >= 3 and self.lines[index].strip() == title and self.titled_by_markup(index):
            # (`<span className="card__title">` / `  Title` / `</span>`: the element holding it says it is a title)
            return Reason.LABEL
        if (
            len(words) >= 4
            and ratio >= 0.75
            and research_words(words) >= 1
            and self.lines[index].strip() == title
            and self.named_shortly_above(index, title)
        ):
            # (`block 4: compression (Funnel, DoRA …)` / `  Funnel-Transformer: Title` / `  DoRA: Title`: a name and
            # its subtitle alone on a line, the name given short in the writer's words right above, weakly)
            return Reason.NICKNAME
        if not self.cjk_at(index):
            return self.turn_down(index, "a line of English with nothing to show it is a paper")
        next_head = self.head(following) if following is not None and _HEAD_START.match(next_line) else None
        # (the digest's words below, as long as a line of forty columns at least: a CJK character takes two)
        wide = sum(1 for char in next_line if char >= "\u2e80") if len(next_line) < 40 else 0
        if len(next_line) + wide >= 40 and (next_head is None or next_head.strength < 2):
            return Reason.SUMMARY
        if (
            len(words) >= 4
            and ratio >= 0.75
            and research_words(words) >= 1
            and self.between_writers_lines(index, title)
        ):
            return Reason.SHAPE  # (see `between_writers_lines`)
        return None

    def evidence_around(
        self, index: int, head: _Head, following: int | None, next_url: re.Match[str] | None
    ) -> Reason | None:
        """What beside a title line in an English digest shows it names a paper."""
        if head.link is not None and is_paper_page(head.link):
            return Reason.PAPER_PAGE
        if _trailing_id(head.title) is not None:
            # `Generating Long Sequences with Sparse Transformers 1904.10509 — strided …`: its arXiv id, bare,
            # right after it (`merge` takes the id off the title)
            return Reason.BESIDE_LINK
        if head.cited:
            cited_words = head.title.split()
            if _capital_ratio(cited_words) < 0.75 and (
                self.among_cited_claims(index) or cited_words[0].casefold() in _SENTENCE_OPENERS
            ):
                # (`Contrastive objectives maximise agreement (Chen et al., 2020). …`, `Then came residual
                # connections (He et al., 2016).`: the writer's sentences)
                return None
            going_on = head.rest.partition(")")[2]
            if (
                research_words(cited_words) == 0
                and any(word[:1].islower() for word in cited_words)
                and _GOES_ON_IN_LOWER.match(going_on) is not None
            ):
                # (`Zur Einordnung von DDPM (Ho et al., 2020) siehe den Blogpost …`: the writer's sentence, citing
                # a paper by its short name mid-way, in no research words)
                return None
            return (
                Reason.VENUE if _VENUE_YEAR.search(head.rest) or _PAGES.search(head.rest) else Reason.AUTHORS
            )
        if head.marked and not short_sentence_case(head.title):
            return Reason.CITATION_MARK  # (`Normalisation in practice [4]`: a section's name, as often)
        if self.has_authors_below(index, strict=short_sentence_case(head.title)):
            return Reason.AUTHORS
        if next_url is not None:
            return Reason.CODE_BELOW if _CODE_URL.match(next_url.group(0)) else Reason.PAPER_PAGE
        rest = head.rest.strip(_TRIM)
        if rest and (
            _VENUE_YEAR.search(rest)
            or _AUTHOR_TAIL.match(rest)
            # (`«Title» — Румельхарт, Гінтон, Вільямс, Nature, 1986. …`: its authors in any script, then its
            # journal and year apart by a comma, in the citation that opens the rest)
            or _VENUE_COMMA_YEAR.search(rest.split(". ", 1)[0], 0, 160)
            # (`Title. *Neural Computation* 18(7). The writer's note`: a journal, its volume and issue)
            or ("(" in rest and JOURNAL_VOLUME.match(rest.lstrip(" .").replace("*", "").replace("_", " ")))
        ):
            return Reason.VENUE
        if rest and _is_author_line(_BY_FROM.sub("", rest.lstrip(". ?").split(". ", 1)[0].rstrip("."))):
            # `**Title** — Kaiming He, Xiangyu Zhang`, `1. Title. Yupeng Ji, Yibo Cao. arXiv 2020.`, `*Title*, from
            # Kitaev, Kaiser and Levskaya.`: its authors
            return Reason.AUTHORS
        if self.nicknamed_after(head.title, head.rest) and not (
            # (`Week 4: Speech: sequence labelling without alignment (CTC)`: a plan's topic in sentence case, its
            # method's short name after it, where no sibling part names a paper)
            NUMBERED_PART.match(self.lines[index].lstrip()) is not None
            and _capital_ratio(head.title.split()) < 1
            and not self.part_among_papers(index)
        ):
            return Reason.NICKNAME  # `▪️ Title (SayCan)`: given its short name
        cited = _CITED_AFTER.match(head.rest)
        if cited is not None and cited.end() >= len(head.rest.rstrip(" \t.")):
            # `**Title** (Dong, Tan, Yu, Peng, Gabrys, Le)`: its authors' names in parentheses, and nothing else
            who = cited.group("who")
            if _ET_AL_ANY.search(who) or (_CITED_WHO.search(who) and not _VENUE_YEAR.search(who)):
                return Reason.AUTHORS
            if (dated := _NAMES_THEN_YEAR.match(who.strip())) is not None and _is_author_line(
                dated.group("names"), strict=True
            ):
                return (
                    Reason.AUTHORS
                )  # (`"Title" (Ioannis Gatopoulos, Jakub M. Tomczak, 2020)`: full names, a year)
        below = self.lines[following].strip() if following is not None and following - index <= 2 else ""
        if (
            below
            and head.strength >= 2
            and len(head.title.split()) >= 4
            and _capital_ratio(head.title.split()) >= 0.75
            and not any(mark in head.title for mark in '"“”«»')  # (not `Question about "Title"`)
            and _YEAR_IN.search(head.title) is None  # (not `Travel grants for NeurIPS 2024` over its dates)
            and research_title(head.title)
            and _VENUE_YEAR.search(below.split(". ", 1)[0][:100]) is not None
        ):
            # (`- Přečíst: Title` / `“Chinchilla” paper, NeurIPS 2022. …`: the note under it says where it appeared)
            return Reason.VENUE
        line = self.lines[index]
        after = line[line.find(head.title) + len(head.title) :].strip() if head.title in line else ""
        noted = (
            after[:1] in ("(", "（") and after[1:2].islower()
        )  # (a note in parentheses, cut off the title)
        if (
            ((head.cut and rest[:1].islower()) or noted)
            and (
                _named_and_subtitled(head.title)
                or (": " in head.title and research_title(head.title))
                or (head.rest.lstrip()[:1] in (":", "-") and _titled_then_noted(head.title, rest))
            )
            and not says_other_kind_after(rest or after)
        ):
            # `* Lost in the Middle: How Language Models Use Long Contexts — accuracy is U-shaped ...`, `- Name:
            # Subtitle (multi-scale attention, 10× faster)`: a name, a subtitle in Title Case, then the writer's
            # words after a dash or in parentheses: weakly a paper's title
            return Reason.SHAPE
        if head.cut and _CALLED_A_PAPER.match(head.rest) and _sentence_case_research_title(head.title):
            # `1. Transformer quality in linear time — the GAU/FLASH paper (…)`: the writer's note after a dash
            # calls it a paper, so a title in sentence case will do: weakly a paper's title
            return Reason.SHAPE
        if (
            _opens_emphasised(self.lines[index])
            and (head.cut or head.rest.lstrip()[:1] in ("—", "–", "-"))
            and (rest[:1].islower() or _OTHER_SCRIPT.search(rest[:60]) is not None)  # (`— NeRF-ке балама …`)
            and len(rest.split()) >= 3
            and research_title(head.title)
            and not says_other_kind_after(rest)
        ):
            # `**Simple Copy-Paste is a Strong Data Augmentation Method …** — vienkāršs, bet …`: an emphasised
            # research title, a dash, the writer's note on it: weakly a paper's title
            return Reason.SHAPE
        if not rest and following is not None and _named_and_subtitled(head.title):
            # `- InstructPix2Pix: Learning to Follow Image Editing Instructions` / `  - edits from instructions; …`:
            # the same, with the writer's words in a note indented under it
            note = self.lines[following]
            bullet = _BULLET.match(note)
            words = note[bullet.end() :] if bullet is not None else note
            if (
                self.indent(following) > self.indent(index)
                and words[:1].islower()
                and not says_other_kind_after(words)
            ):
                return Reason.SHAPE
        return None

    def among_cited_claims(self, index: int) -> bool:
        """Whether line `index` stands in a paragraph of the writer's prose that cites three works or more by author
        and year (`… views (Chen et al., 2020). … targets (He et al., 2020). …`): a related-work section, whose
        sentences in sentence case are claims, not titles."""
        first = index
        while first > 0 and index - first < 30 and self.lines[first - 1].strip():
            first -= 1
        last = index
        while last + 1 < len(self.lines) and last - index < 30 and self.lines[last + 1].strip():
            last += 1
        paragraph = "\n".join(self.lines[first : last + 1])
        # (a block of short lines is a list, a plan's sessions each citing its paper, not a paragraph of prose)
        return len(_AUTHOR_YEAR_CITATION.findall(paragraph)) >= 3 and len(paragraph) >= 60 * (
            last - first + 1
        )

    def books_named(self) -> bool:
        """Whether a line of the text opens on books (`Books:`, `Bøger på hylden:`), one scan for the whole text: only
        then may a list's lead say its items are books (`list_lead`, which walks up from each item)."""
        if self._books_named is None:
            self._books_named = _BOOKS_LINE.search(self.text) is not None
        return self._books_named

    def list_lead(self, index: int) -> str:
        """The line a list's item at `index` is under: the first line above it that is no item of the list (nor
        blank), or "" (a few dozen lines up at most)."""
        for line in range(index - 1, max(index - 40, -1), -1):
            text = self.lines[line]
            if text and not (
                (text[:1] in _LIST_BULLETS and _BULLET.match(text) is not None) or _numbered(text)
            ):
                return text
        return ""

    def in_list_of_papers(self, index: int) -> bool:
        """Whether the line at `index` is an item of a numbered list, or a day of a dated log, of papers (in a
        mail's quotation too: `> > - Title`)."""
        line = (
            _QUOTATION_MARKS.sub("", self.lines[index]) if self.lines[index][:1] == ">" else self.lines[index]
        )
        if line[:1] == "[" and _TO_DO_BOX.match(line) is not None:
            line = _TO_DO_BOX.sub("- ", line, count=1)  # (`[ ] Title`: a to-do's item, as `- [ ] Title` is)
        if _numbered(line):
            return self.numbered_papers()
        if _may_be_row(line) and _delimited_row(line):
            return self.delimited_papers(index)
        if "\t" in line and _KEYED_TAB_ROW.match(line) is not None:
            return self.keyed_tab_papers(index)
        if "/" in line[:80] and (counted := _COUNTED.search(line[:80])) is not None:
            return self.counted_papers(counted.group("total"))
        if line[:1] in _LIST_BULLETS and _BULLET.match(line) is not None:
            return self.bulleted_papers(index)
        if '"' in line and (command := _COMMAND_LINE.match(line)) is not None:
            # (a command's items are of every kind, a lecture's and a dataset's too: a title in a research's words)
            head = self.head(index)
            return (
                head is not None
                and research_words(head.title.split()) >= 1
                and self.commanded_papers(command.group("command"))
            )
        return line[:1].isdigit() and DATESTAMP.match(line) is not None and self.dated_papers()

    def indent(self, index: int) -> int:
        start = self.starts[index]
        written = self.text[start : start + 40]
        return len(written) - len(written.lstrip(" \t"))

    def bulleted_papers(self, index: int) -> bool:
        """Whether the bulleted item at `index` is one of a list most of whose items (three or more) link a
        paper or give its id, on their line or their sub-items' (a slide's bullets, a section's list); in a mail's
        quotation, past its marks."""
        quoted = self.lines[index][:1] == ">"
        boxed = self.lines[index][:1] == "["

        def bare(line: int) -> str:
            if quoted:
                return _QUOTATION_MARKS.sub("", self.lines[line])
            if boxed and self.lines[line][:1] == "[":
                return _TO_DO_BOX.sub("- ", self.lines[line], count=1)  # (a to-do's boxes as bullets)
            return self.lines[line]

        def depth_of(line: int) -> int:
            return len(bare(line)) - len(bare(line).lstrip()) if quoted else self.indent(line)

        indent = depth_of(index)
        items = [index]
        elsewhere: dict[int, bool] = {}  # (line → whether it gives an id)
        for step in (-1, 1):
            line = index + step
            crossed = False
            while 0 <= line < len(self.lines):
                text = bare(line).strip() if quoted or boxed else self.lines[line]
                if not text:
                    if line in self.skip and _BULLET.match(self.written[line]) is not None:
                        # (an item another reader took: the entries reader, for the id it gives or its title)
                        elsewhere[line] = any(True for _ in find_ids(self.written[line]))
                    line += step
                    continue
                depth = depth_of(line)
                if depth > indent:
                    line += step  # (a sub-item or a continuation: the item's own)
                    continue
                if depth < indent and not crossed and _part_label(text):
                    # (`Раздел «Обзоры»:` between two of a log message's lists: the list of papers goes on under
                    # the next part's label)
                    crossed = True
                    line += step
                    continue
                if (
                    depth < indent
                    or _BULLET.match(text) is None
                    or text[:1] not in _LIST_BULLETS
                    or text.startswith("**")
                ):
                    break
                items.append(line)
                line += step
        items.sort()
        if len(items) + len(elsewhere) < 3:
            return False
        ends = [*items[1:], items[-1] + 1]
        linked = 0
        for item, end in zip(items, ends, strict=True):
            own = range(item, min(end, item + 6))
            if any(
                # (a bullet taken for its shape alone, `- Title – the writer's note,`, is no evidence for the others)
                (self.names_a_paper(line) and self.claimed[line].reason is not Reason.SHAPE)
                or line in self.id_line_set
                or _bare_id_in(self.lines[line])
                for line in own
            ):
                linked += 1
        if len(items) >= 3 and linked * 2 >= len(items) and linked >= 2:
            return True
        # (or one item gives its paper's id, and every item opens on a research title in Title Case: `- Title
        # (arXiv:…) – note` / `- Title – Jörg` / `- Title – note`, a list of papers only one of which is linked)
        # (an item with no title at all, the writer's note in another script, `* Марко прислал ещё три …`, aside)
        named = [item for item in items if self.head(item) is not None]
        return (
            linked + sum(elsewhere.values()) >= 1
            and len(named) * 2 >= len(items)
            and all(self.titled_item(item) for item in named)
        )

    def titled_item(self, index: int) -> bool:
        """Whether the list item at `index` opens on a research title in Title Case, three words or more."""
        head = self.head(index)
        if head is None or any(mark in head.title for mark in "(（—–"):
            return False  # (a title with a note or a name beside it: `Title (MMLU)`, `CPC — Title`, weighed as such)
        if ": " in head.title and any(word[:1].islower() for word in head.title.split(": ", 1)[0].split()):
            return False  # (`Regularization angle: Title`: the writer's words before it, weighed as such)
        return _listed_research_title(head)

    def indented_under(self, index: int) -> list[int]:
        """The lines right below line `index` indented under it (a footnote definition's), at most three."""
        lines: list[int] = []
        for line in range(index + 1, min(len(self.lines), index + 4)):
            if not self.lines[line] or self.indent(line) <= self.indent(index):
                break
            lines.append(line)
        return lines

    def head_over(self, index: int, lines: list[int]) -> _Head | None:
        """The head of the line at `index` read with the lines below it that it goes on over (None without any)."""
        return _parse_head(" ".join([self.lines[index], *(self.lines[n] for n in lines)])) if lines else None

    def citation_goes_on(self, index: int) -> list[int]:
        """The lines right below a citation's first line it goes on over, up to the one that ends with its source
        (`…, ICML 2006`, `(OpenAI report)`), at most two; none when no such line comes."""
        lines: list[int] = []
        for line in (index + 1, index + 2):
            if line >= len(self.lines) or not self.lines[line] or _BULLET.match(self.lines[line]) is not None:
                return []
            lines.append(line)
            if _SOURCE_AT_END.search(self.lines[line]):
                return lines
        return []

    def item_wrapped(self, index: int) -> list[int]:
        """The lines a hard-wrapped list item at `index` goes on over (under its text, indented or not, as a mail's
        wrapper leaves them; no item of their own, each cut where the wrapper cut it), at most two."""
        lines: list[int] = []
        indent = self.indent(index)
        for line in (index + 1, index + 2):
            if (
                line >= len(self.lines)
                or not self.lines[line]
                or self.indent(line) < indent
                or (line in self.id_line_set and self.indent(line) == indent)  # (its id's line: its link's)
                or _BULLET.match(self.lines[line]) is not None
                or not self.wrapped_into(line)
            ):
                break
            lines.append(line)
        return lines

    def names_a_paper(self, line: int) -> bool:
        """Whether the line heads an entry taken as a paper's for what it shows, not only because a to-do says to
        read it (a to-do list names books and chapters too: its items are no evidence that the others are papers)."""
        entry = self.claimed.get(line)
        return entry is not None and entry.reason is not Reason.TO_READ

    def paper_named_below(self, index: int) -> bool:
        """Whether the line right below `index` names a paper of its own: an entry's head, a full title, or its
        authors over one."""
        below = index + 1
        if below >= len(self.lines) or not self.lines[below]:
            return False
        if self.names_a_paper(below):
            return True
        head = self.head(below)
        return (head is not None and head.strength == 2 and not head.rest.strip()) or (
            _is_author_line(self.lines[below].strip(" :"))
            and below + 1 < len(self.lines)
            and self.names_a_paper(below + 1)
        )

    def dated_papers(self) -> bool:
        """Whether most dated lines of this digest that name something (`2024-02-26 Mon — Title`, not `2024-02-28
        — (skipped)` or `— re-read: CLIP`) name a paper by its id: a reading log of papers."""
        if self.dated is None:
            dated = []
            for index in self.head_candidates:
                line = self.lines[index]
                stamp = DATESTAMP.match(line) if line[:1].isdigit() else None
                # (not a span of dates: `2024-08-14 - 2024-08-20: Lecture 1`)
                if (
                    stamp is not None
                    and line[stamp.end() : stamp.end() + 1] in _TITLE_FIRST
                    and DATESTAMP.match(line, stamp.end()) is None
                ):
                    dated.append(index)
            ids = self.id_line_set
            with_ids = [n for n in dated if self.names_a_paper(n) or {n, n + 1, n + 2} & ids]
            # (`27.02.2024 – Seq2Seq` / `Sequence to Sequence Learning with Neural Networks` / `Sutskever, … –
            # https://arxiv.org/abs/1409.3215`: a session's date and topic over the paper it reads, which the
            # lines below name: the dated lines are labels, not papers)
            labels = [
                n for n in with_ids if not (self.names_a_paper(n) or n in ids) and self.paper_named_below(n)
            ]
            self.dated = (
                len(with_ids) >= 3 and len(with_ids) * 2 >= len(dated) and len(labels) * 2 < len(with_ids)
            )
        return self.dated

    def tail_of_head(self, index: int, title: str) -> bool:
        """Whether `title` is only the end of the title that heads its line's item (`… Augmentation, and
        Regularization in Vision Transformers` in `- How to train your ViT? Data, Augmentation, and …`)."""
        head = self.heads.get(index)
        return (
            head is not None
            and head.structured
            and head.strength == 2
            and len(head.title) > len(title) + 10
            and head.title.endswith(title)
            # (cut inside a phrase, not after a label's colon or a comma: `Regularization angle: AutoDropout: …`)
            and head.title[: -len(title)].rstrip()[-1:].isalnum()
        )

    def heads_prose(self, index: int) -> bool:
        """Whether a numbered line heads a section of prose (`2. The "emergence" claim`, a blank line, then a
        paragraph of several sentences), as a post's numbered sections do; an item of a list of papers is
        followed by the next item, its notes or its link."""
        if index + 2 >= len(self.lines) or self.lines[index + 1]:
            return False
        following = self.next_nonblank(index + 1)
        if following is None:
            return False
        text = self.lines[following]
        if text[:1] in _LIST_BULLETS and _BULLET.match(text):
            # (`4. Math, data quality, and evaluation by models` over a list of papers at the margin: a section
            # named in the writer's words, not a title in Title Case)
            head = self.head(index)
            return head is not None and _capital_ratio(head.title.split()) < 0.6
        if not _NUMBER.match(text) and (head := self.head(index)) is not None:
            words = head.title.split()
            if len(words) <= 4 and _capital_ratio(words) < 0.6:
                # (`3. Retrieval and entities` / `` / its paragraph or its link: a post's section, named short in the
                # writer's words, in sentence case, no title)
                return True
        return (
            len(text) >= 200
            and not (_NUMBER.match(text) or text[:1] in " \t>|#")
            and len(_SENTENCE_STOP.findall(text)) >= 2
            and not _URL.search(text[:80])
        )

    def numbered_papers(self) -> bool:
        """Whether most numbered lines of this digest name a paper by its id (a numbered list of papers)."""
        if self.numbered is None:
            numbered = [index for index in self.head_candidates if _numbered(self.lines[index])]
            ids = self.id_line_set
            with_ids = [n for n in numbered if self.names_a_paper(n) or {n, n + 1, n + 2} & ids]
            # (items another reader took, for the id they give, between this list's own: `3. Title
            # (arXiv:2106.10270)` among bare titles)
            taken = [
                line
                for line in self.skip
                if len(numbered) >= 2
                and min(numbered) < line < max(numbered)
                and _numbered(self.written[line])
                and any(True for _ in find_ids(self.written[line]))
            ]
            numbered += taken
            with_ids += taken
            # (items whose link cannot tell, a short link `lnkd.in/...`, count beside two or more that give an id)
            linked = [
                n
                for n in numbered
                if n not in with_ids
                and any(_URL.search(self.lines[m]) for m in range(n, min(n + 3, len(self.lines))))
            ]
            self.numbered = len(numbered) >= 3 and (
                len(with_ids) * 2 >= len(numbered)
                or (len(with_ids) >= 2 and (len(with_ids) + len(linked)) * 2 >= len(numbered))
            )
        return self.numbered

    def delimited_papers(self, index: int) -> bool:
        """Whether the data row at `index` is one of a run of three rows or more, one right under another, most of
        which give a paper's id (a statistics program's inline data, a European CSV pasted into a note), leaving
        out the rows whose title field reads as no title at all (a holiday's, a demo's, in the writer's words)."""
        run = [index]
        for step in (-1, 1):
            line = index + step
            while 0 <= line < len(self.lines) and _delimited_row(self.lines[line]):
                run.append(line)
                line += step
        titled = sum(
            1 for line in run if (head := self.head(line)) is not None and _listed_research_title(head)
        )
        return self.mostly_papers(
            [
                line
                for line in run
                if line in self.id_line_set or ((head := self.head(line)) is not None and head.strength == 2)
            ]
        ) or (len(run) >= 3 and titled * 3 >= len(run) * 2)  # (or most of them research titles, ids or none)

    def keyed_tab_papers(self, index: int) -> bool:
        """Whether the TSV row at `index`, keyed by a dash or a number where it has no id, is one of a run of three
        rows or more, one right under another, most of which are keyed by a paper's id (`1512.03385v1<tab>Title`)."""
        run = [index]
        for step in (-1, 1):
            line = index + step
            while 0 <= line < len(self.lines) and "\t" in self.lines[line]:
                run.append(line)
                line += step
        return self.mostly_papers(run)

    def mostly_papers(self, lines: Sequence[int]) -> bool:
        """Whether there are three lines or more and most of them name a paper by its id."""
        with_ids = sum(1 for line in lines if self.names_a_paper(line) or line in self.id_line_set)
        return len(lines) >= 3 and with_ids * 2 >= len(lines)

    def counted_papers(self, total: str) -> bool:
        """Whether most lines a program counted out of `total` (`[3/8] Title: …`) name a paper by its id: three
        lines or more, as a script or a build step prints the items it goes through."""
        if total in self.counted:
            return self.counted[total]
        counted = [
            index
            for index in self.head_candidates
            if (found := _COUNTED.search(self.lines[index][:80])) is not None
            and found.group("total") == total
        ]
        # (or most of them research titles, each alone after its count: a job's log of the papers it fetches, their
        # ids on lines of their own)
        titled = sum(
            1
            for index in counted
            if (head := self.head(index)) is not None
            and not head.rest.strip()
            and _listed_research_title(head)
        )
        self.counted[total] = self.mostly_papers(counted) or (
            len(counted) >= 3 and titled * 3 >= len(counted) * 2
        )
        return self.counted[total]

    def keyed_papers(self, key: str) -> bool:
        """Whether two lines or more giving a literal's field `key` a quoted value (`titel: "…",`), a third of them
        at least, are the title lines of entries with an id: the field is the records' title, whatever its name."""
        if key not in self.fields:
            lines = [
                index
                for index, line in enumerate(self.lines)
                if key in line
                and (field_ := _LITERAL_FIELD.match(line.lstrip())) is not None
                and field_.group("key") == key
            ]
            titled = sum(
                1
                for line in lines
                if (entry := self.claimed.get(line)) is not None and (entry.arxiv_id or entry.openreview_id)
            )
            self.fields[key] = titled >= 2 and titled * 3 >= len(lines)
        return self.fields[key]

    def commanded_papers(self, command: str) -> bool:
        """Whether three lines or more giving a protocol's `command` its quoted text (`PUSH … "Title — note"`), a
        third of them at least, name a paper by its id, as a session indexing a reading list sends them (its other
        items, a repository's or a dataset's, and the titles alone fill the rest)."""
        if command not in self.commands:
            lines = [
                index
                for index, line in enumerate(self.lines)
                if command in line
                and (match := _COMMAND_LINE.match(line)) is not None
                and match.group("command") == command
            ]
            with_ids = sum(1 for line in lines if self.names_a_paper(line) or line in self.id_line_set)
            self.commands[command] = with_ids >= 3 and with_ids * 3 >= len(lines)
        return self.commands[command]

    def printed_rows(self, index: int) -> bool:
        """Whether the line at `index` is a number, two spaces or more and a research title in Title Case alone, in a
        run of three lines or more of a number and two spaces, one right under another, two in three of them titled
        so (a program's printout of its records' ids and titles)."""
        if index in self.printed_columns():
            return True
        if _PRINTED_ROW.match(self.lines[index]) is None:
            return False
        run = [index]
        for step in (-1, 1):
            line = index + step
            while 0 <= line < len(self.lines) and _PRINTED_ROW.match(self.lines[line]) is not None:
                run.append(line)
                line += step
        if len(run) < 3:
            return False
        titled = [
            line
            for line in run
            if (head := _parse_head(self.lines[line])) is not None
            and not head.rest.strip()
            and _listed_research_title(head)
        ]
        return index in titled and len(titled) * 3 >= len(run) * 2

    def printed_columns(self) -> dict[int, _Head]:
        """The last column's heads of a program's printout of its rows, a line each: a number, a short column or two
        (a name, a status), then a column that starts where it starts on every line (`%3d %-8s %s`: `  4 Ann
        Title`); or a count from row to row, then the title (`print(i, title)`: `4 Title`). Runs of three lines or
        more, two in three of them research titles."""
        if self.printed_titles is None:
            self.printed_titles = {}
            aligned: list[tuple[int, int]] = []  # (line, where its last column starts)
            counted: list[tuple[int, int]] = []
            previous = -2  # (the last counted row's number)
            for index, line in enumerate([*self.lines, ""]):
                opens = line[:1].isdigit() or line[:1] == " "
                row = _PRINTED_COLUMNS.match(line) if opens else None
                if row is not None and (not aligned or row.end() == aligned[-1][1]):
                    aligned.append((index, row.end()))
                else:
                    self.take_printed_titles(aligned)
                    aligned = [(index, row.end())] if row is not None else []
                number = _COUNTED_ROW.match(line) if opens else None
                if number is not None and (not counted or int(number.group("number")) == previous + 1):
                    counted.append((index, number.end()))
                else:
                    self.take_printed_titles(counted)
                    counted = [(index, number.end())] if number is not None else []
                previous = int(number.group("number")) if number is not None else -2
        return self.printed_titles

    def titled_columns(self) -> dict[int, _Head]:
        """The title cells of a table printed in columns padded with spaces under a header that names them
        (`id   titulo   ano`, a CSV tool's pretty print, a console's query): each row's text where its header's title
        column starts, up to where the next one does, by line."""
        if self.column_titles is None:
            self.column_titles = {}
            for index, line in enumerate(self.lines):
                if "  " not in line or len(line) > 400 or self.indented(index):
                    continue
                cells = [(match.start(), match.group(0)) for match in _PADDED_CELL.finditer(line)]
                if not 2 <= len(cells) <= 10 or any(len(cell) > 30 for _, cell in cells):
                    continue
                titled = [at for at, (_, cell) in enumerate(cells) if label_of(cell) is Label.TITLE]
                if len(titled) != 1:
                    continue
                start = cells[titled[0]][0]
                end = cells[titled[0] + 1][0] if titled[0] + 1 < len(cells) else None
                for row in range(index + 1, min(len(self.lines), index + 200)):
                    text = self.lines[row]
                    if (
                        not text
                        or self.indented(row)
                        or len(text) <= start
                        or (start > 0 and text[start - 1] != " ")
                        or text[start] == " "
                        # (a cell in the next column too, where its header's starts)
                        or (
                            end is not None and (len(text) <= end or text[end - 1] != " " or text[end] == " ")
                        )
                    ):
                        break
                    cell = text[start:end].strip()
                    # (a cell cut short to its column's width, `Title…`: the title is read whole elsewhere, if at all)
                    head = _parse_head(cell) if not cell.endswith(("…", "...")) else None
                    if head is not None:
                        self.column_titles[row] = head
        return self.column_titles

    def take_printed_titles(self, run: list[tuple[int, int]]) -> None:
        """Keep the titles of a printout's run of rows (line, where its title starts), if it is one (see
        `printed_columns`)."""
        if len(run) < 3 or self.printed_titles is None:
            return
        cells = {at: self.lines[at][offset:].rstrip() for at, offset in run}
        heads = {at: _parse_head(cell) for at, cell in cells.items()}
        titled = {
            at: head
            for at, head in heads.items()
            # (its title alone: not `Title (documentation)`)
            if head is not None
            and not head.rest.strip()
            and not kind_in_own_parenthesis(cells[at])
            and _listed_research_title(head)
        }
        if len(titled) * 3 >= len(heads) * 2:
            self.printed_titles.update(titled)

    def numbered_titles(self, index: int) -> bool:
        """Whether the numbered line at `index` is one of a run of three numbered lines or more, one right under
        another, each a research title in Title Case alone on its line (no section's name, no sentence)."""
        if _NUMBER.match(self.lines[index]) is None:
            return False
        run = [index]
        for step in (-1, 1):
            line = index + step
            while 0 <= line < len(self.lines) and _NUMBER.match(self.lines[line]) is not None:
                run.append(line)
                line += step
        if len(run) < 3:
            return False
        titled = [
            line
            for line in run
            if (head := self.head(line)) is not None
            and _alone_or_noted(head.rest)
            and _listed_research_title(head)
        ]
        return len(titled) * 3 >= len(run) * 2

    def bare_titles(self, index: int) -> bool:
        """Whether the line at `index` is one of a run of three lines or more, one right under another, each a title
        in Title Case of three words or more alone on its line, two in three at least in research words: the titles
        a program printed one a line (`cat(titles, sep = "\\n")`), or a plain list of papers. Two such lines at
        least; the others may be such a title with its id or the writer's note after it (`#   Title (arXiv:…)`,
        `#   Title -- a note`, `#   Title (a note)`), the same list's papers, and the line at `index` a title with
        the writer's note in parentheses."""
        if not self.bare_title(index, parenthesized=True):
            return False
        start, end = index, index + 1
        while start > 0 and index - start < 40 and self.bare_title(start - 1, noted=True):
            start -= 1
        while end < len(self.lines) and end - index < 40 and self.bare_title(end, noted=True):
            end += 1
        if end - start < 3 or sum(1 for line in range(start, end) if self.bare_title(line)) < 2:
            return False
        researched = sum(1 for line in range(start, end) if research_words(self.lines[line].split()) >= 1)
        return researched * 3 >= (end - start) * 2

    def bare_title(self, index: int, *, noted: bool = False, parenthesized: bool = False) -> bool:
        """Whether line `index` holds a title in Title Case of three words or more and nothing else, past its
        indentation or a comment's mark (`<tab>Title` under a calendar's entry, `#   Title`), no field of study's name
        (`Physical Sciences (AREA)`) nor a row's number before it (`2 Title`). `noted`: or such a title, then its
        id, a dash and the writer's note, or the writer's note in parentheses (`Title (arXiv:…)`, `Title -- a note`,
        `Title (a note)`); `parenthesized`: the last only."""
        line = self.lines[index]
        # (or a comment's, in a configuration or a script: `#   Title`; a Vim script's, `"   Title`, unquoted)
        mark = _COMMENT_MARK.match(line) if line[:1] in "#/;%" else _VIM_COMMENT_MARK.match(line)
        body = line[mark.end() :] if mark is not None else line
        # (or one of a list written as a sentence, each item ending at its semicolon, the last at its full stop:
        # `    Title;` / `    Title.`)
        body = body.strip()[:-1] if body.endswith((";", ".")) else body
        # (not `Title; Title`, two, a sentence's; nor a line quoting a name, `Kirja: Name, "Title", luku 12`)
        quoting = any(quote in body for quote in '"“”«»„')
        head = _parse_head(body) if body and "; " not in body and not quoting else None
        return (
            head is not None
            and (
                head.title == body
                or (
                    (noted or parenthesized)
                    and head.strength == 2
                    and body.startswith(head.title)
                    and (
                        # (the writer's note in parentheses, `Title (the one on robustness)`)
                        (not head.rest and body[len(head.title) :].lstrip()[:1] == "(")
                        or (noted and any(True for _ in find_ids(head.rest)))
                        or (noted and head.rest.lstrip()[:1] in ("-", "—", "–"))
                    )
                )
            )
            and len(words := head.title.split()) >= 3
            and not words[0].isdigit()
            and _capital_ratio(words) >= 0.75
            and not names_a_subject(_IN_PARENS.sub(" ", head.title).split())
        )

    def array_key(self, index: int) -> str | None:
        """The key of the JSON array the string at `index` is an item of, in a record pretty-printed a value a
        line (`"title": [` / `"Title"`), or None."""
        if _JSON_STRING_ITEM.fullmatch(self.lines[index]) is None:
            return None
        above = index - 1
        while (
            above >= 0 and index - above <= 20 and _JSON_STRING_ITEM.fullmatch(self.lines[above]) is not None
        ):
            above -= 1
        opened = _JSON_ARRAY_KEY.fullmatch(self.lines[above]) if above >= 0 else None
        return opened.group("key") if opened is not None else None

    def under_papers_heading(self, index: int) -> bool:
        """Whether the nearest section heading above the line at `index` says its section holds papers
        (`## Papers`, `## 本周论文`) and not that it holds none."""
        above = bisect_right(self.headings, index - 1) - 1
        if above < 0:
            return False
        heading = self.lines[self.headings[above]].lstrip("#").strip()
        return PAPER_SECTION.search(heading) is not None and not says_not_papers(heading)

    def in_section_of_no_papers(self, index: int) -> bool:
        """Whether the line at `index` is in the list right under a short heading or numbered label that says its
        items are learning material other than papers (`## Courses`, `1. Books` over its bulleted list)."""
        if self.section_labels is None:
            labels = set(self.headings)
            for line in self.head_candidates:
                if self.numbered_label(line) is not None:
                    labels.add(line)
            self.section_labels = sorted(labels)
        above = bisect_right(self.section_labels, index - 1) - 1
        if above < 0:
            return False
        line = self.section_labels[above]
        if index - line > _SECTION_REACH or sum(not self.lines[at] for at in range(line + 1, index)) > 1:
            return False  # (its list is over: a heading this reader did not see may stand between)
        label = self.numbered_label(line) or self.lines[line].lstrip("#").strip()
        return (
            len(label.split()) <= 6
            and "://" not in label
            and says_not_papers(label)
            and _MATERIALS_SECTION.search(label) is not None
        )

    def numbered_label(self, index: int) -> str | None:
        """The words of a numbered section's label on the line at `index` (`2. Books`), a blank line above it and a
        bulleted item below; a few words and no sentence's marks."""
        numbered = _NUMBERED_LABEL.fullmatch(self.lines[index].strip())
        if (
            numbered is None
            or not self.is_blank(index - 1)
            or index + 1 >= len(self.lines)
            or _BULLET.match(self.lines[index + 1]) is None
        ):
            return None
        label = numbered.group("label").strip()
        return label if len(label.split()) <= 3 and _HEADING_PUNCT.search(label) is None else None

    def under_a_paper_lead(self, index: int) -> bool:
        """Whether the line above `index` ends at a colon in a sentence that speaks of a paper (`Hier is 'n artikel
        daaroor:`, `Here is the paper:`) and the line below is no more of the same paragraph (blank, the
        end, or opening on a capital, a digit or a mark: a message's header)."""
        if index + 1 < len(self.lines) and self.lines[index + 1].lstrip()[:1].islower():
            return False
        if index >= 2 and not self.lines[index - 1] and (heading := self.lines[index - 2].strip()):
            # (or a heading over it that names one paper: `EL PAPER DE LA QUINCENA` / `` / `Title`, a newsletter's
            # featured paper, as its heading in capitals or marked says)
            return (
                len(heading.split()) <= 6
                and (heading.isupper() or heading.startswith("#"))
                and A_PAPER.search(heading) is not None
                and not says_not_papers(heading)
            )
        if index == 0 or not self.lines[index - 1].rstrip().endswith((":", "：")):
            return False
        last_sentence = _SENTENCE_END.split(self.lines[index - 1].rstrip())[-1]
        # (one paper: words that speak of papers, `Here are 5 papers:`, lead a list, its own reader's)
        return A_PAPER.search(last_sentence) is not None

    def listed_under_comment_lead(self, index: int) -> bool:
        """Whether the comment line at `index` (`#   Title`) is one of two to four, indented alike past the same mark,
        right under a comment of the writer's that ends at a colon (`# Still to read (next term):`), each a research
        title of four words or more, two of research, alone on its line: in Title Case, or, when most of them are, in
        sentence case."""
        opened = _INDENTED_COMMENT.match(self.lines[index])
        if opened is None:
            return False

        def body(number: int) -> str | None:
            same = _INDENTED_COMMENT.match(self.lines[number])
            if (
                same is None
                or same.group("mark") != opened.group("mark")
                or same.group("gap") != opened.group("gap")
            ):
                return None
            return self.lines[number][same.end() :].rstrip()

        first, last = index, index
        while first > 0 and index - first < _SHORT_LIST and body(first - 1) is not None:
            first -= 1
        while last + 1 < len(self.lines) and last - index < _SHORT_LIST and body(last + 1) is not None:
            last += 1
        lead = self.lines[first - 1] if first > 0 else ""
        if (
            not 1 <= last - first <= 3
            or not lead.startswith(opened.group("mark") + " ")
            or not lead.endswith(":")
        ):
            return False
        texts = [body(number) or "" for number in range(first, last + 1)]
        cased = 0
        for text in texts:
            head = _parse_head(text)
            words = text.split()
            if (head is not None and head.title != text) or names_no_paper(text):
                return False  # (a title with more after it, a name of another kind)
            if len(words) < 4 or research_words(words) < 2:
                return False
            if head is not None and _capital_ratio(words) >= 0.75:
                cased += 1
            elif not _sentence_case_research_title(text):
                return False
        return cased * 2 > len(texts)

    def listed_under_papers_lead(self, index: int) -> bool:
        """Whether the numbered or bulleted line at `index` is in a short list (six items at most), two in three of
        them research titles in Title Case alone on their lines, right under a lead line ending at a colon that
        speaks of papers or readings (`Papers for this week:`, `Reading group:`, `本周论文：`)."""
        line = self.lines[index]
        numbered = _NUMBER.match(line) is not None
        if not numbered and not (line[:1] in _LIST_BULLETS and _BULLET.match(line) is not None):
            return False

        def item(number: int) -> bool:
            text = self.lines[number]
            if numbered:
                return _NUMBER.match(text) is not None
            return text[:1] == line[:1] and _BULLET.match(text) is not None

        first, last = index, index
        while first > 0 and item(first - 1):
            first -= 1
        while last + 1 < len(self.lines) and item(last + 1):
            last += 1
        if last - first >= _SHORT_LIST:
            return False
        lead = first - 1
        if lead >= 0 and not self.lines[lead].strip():
            lead -= 1
        if lead < 0 or not self.lines[lead].rstrip().endswith((":", "：")):
            return False
        words = self.lines[lead].split()
        said = self.lines[lead]
        if len(words) > 12:
            return False
        heads = [self.head(number) for number in range(first, last + 1)]
        if not (
            speaks_of_papers(said)
            or A_PAPER.search(said)
            or PAPER_SECTION.search(said)
            or TO_READ.search(said)
        ):
            # (or whatever the lead says, a short list whose every item is a research title in Title Case, four
            # words or more, two of research, alone on its line: `Do dopisania (bez linków):` / `- Title` / `- Title`)
            return 2 <= len(heads) <= 4 and all(
                head is not None
                and not head.rest.strip()
                and len(head.title.split()) >= 4
                and research_words(head.title.split()) >= 2
                and _capital_ratio(head.title.split()) >= 0.75
                and _listed_research_title(head)
                and not names_no_paper(head.title)
                for head in heads
            )
        titled = sum(
            1
            for head in heads
            if head is not None and _alone_or_dash_noted(head) and _listed_research_title(head)
        )
        return titled * 3 >= len(heads) * 2

    def titled_by_markup(self, index: int) -> bool:
        """Whether the line at `index`, a text alone, is held by an element whose class (or test id) calls it a
        title, in any language (`className="artikel__titel"`, `class="paper-title"`, `data-testid="titulo"`), on
        one of the three lines above it with nothing but markup between."""
        for line in range(index - 1, max(-1, index - 4), -1):
            text = self.lines[line]
            named = _CLASS_NAMED.search(text)
            if named is not None:
                return _TITLE_CLASS_WORD.search(named.group("name")) is not None
            if text.strip() not in ("", ">", "/>") and not text.lstrip().startswith("<"):
                return False
        return False

    def papers_in_sibling_headings(self, index: int) -> int:
        """How many other Markdown headings of the level of the one at `index` (a section's: `##` or deeper) head a
        paper's entry by its id."""
        marks = self.lines[index][: len(self.lines[index]) - len(self.lines[index].lstrip("#"))]
        if len(marks) < 2:
            return 0  # (a page's title, `# Title`, heads the page, whatever its sections hold)
        return sum(
            1
            for line, entry in self.claimed.items()
            if line != index
            and (entry.arxiv_id or entry.openreview_id)
            and self.lines[line].startswith(marks)
            and self.lines[line][len(marks) : len(marks) + 1] in (" ", "\t")
        )

    def named_shortly_above(self, index: int, title: str) -> bool:
        """Whether a subtitled title's name (`Funnel-Transformer: …`, or its first part before a hyphen, `Funnel`)
        is a word of the writer's line right above it, past its sibling titles' lines (`compression (Funnel, DoRA …
        we'll talk after)` / `Funnel-Transformer: Title` / `DoRA: Title`), which names the titles below short."""
        name, colon, subtitle = title.partition(": ")
        if not colon or " " in name or len(subtitle.split()) < 3 or len(name.split("-", 1)[0]) < 3:
            return False
        for line in range(index - 1, max(-1, index - _SIBLING_TITLES_ABOVE - 1), -1):
            above = self.lines[line].strip()
            if not above:
                return False
            above_name, above_colon, _ = above.partition(": ")
            if above_colon and " " not in above_name:
                continue  # (a sibling title of its own, `Funnel-Transformer: Title`)
            if "://" in above or line in self.id_line_set:
                return False  # (`Then Mamba https://…` / `Mamba: Title`: the link's paper, titled under it)
            words = _WORD_OR_NAME.findall(above)
            return name in words or name.split("-", 1)[0] in words
        return False

    def part_among_papers(self, index: int) -> bool:
        """Whether the line at `index` opens on a plan's numbered part (`week 1:`, `Sitzung 3 —`) and, of the lines
        within a few lines that open on the same word, numbered, half at least head an entry with an id (`week 2:
        Title` over its link)."""
        part = NUMBERED_PART.match(self.lines[index].lstrip())
        if part is None:
            return False
        word = part.group(0).split()[0].casefold() if part.group(0).split() else ""
        parts = linked = 0
        for line in range(max(0, index - _PART_REACH), min(len(self.lines), index + _PART_REACH + 1)):
            other = NUMBERED_PART.match(self.lines[line].lstrip()) if line != index else None
            if other is None or not other.group(0).split() or other.group(0).split()[0].casefold() != word:
                continue
            parts += 1
            entry = self.claimed.get(line)
            if entry is not None and (entry.arxiv_id or entry.openreview_id):
                linked += 1
        # (half of them at least: one link among a syllabus's ten topics does not make the others papers)
        return linked >= 1 and linked * 2 >= parts

    def paper_bullet_beside(self, index: int) -> bool:
        """Whether the bulleted line right above or below the one at `index`, with the same bullet, names a paper."""
        bullet = self.lines[index][:1]
        if bullet not in _LIST_BULLETS or _BULLET.match(self.lines[index]) is None:
            return False
        return any(
            0 <= line < len(self.lines) and self.lines[line][:1] == bullet and self.names_a_paper(line)
            for line in (index - 1, index + 1)
        )

    def noted_bullets(self, index: int) -> bool:
        """Whether the bulleted line at `index` and a bullet right above or below it are each a research title in
        Title Case of five words or more, cut at a spaced dash before the writer's note."""
        bullet = self.lines[index][:1]

        def noted(line: int) -> bool:
            head = self.head(line)
            if head is None:
                return False
            if head.cut and head.rest.lstrip()[:1] in ("–", "—", "-"):
                return len(head.title.split()) >= 5 and _listed_research_title(head)
            # (or its year in parentheses before the dash or a colon: `- Title (2022): the writer's note`)
            dated = _YEAR_PAREN_END.search(head.title)
            if dated is None or not head.rest.strip():
                return False
            after = self.lines[line].find(head.title)
            after = after + len(head.title) if after >= 0 else -1
            return (
                after >= 0
                and self.lines[line][after:].lstrip()[:1] in ("–", "—", "-", ":")
                and len(head.title[: dated.start()].split()) >= 5
                and _listed_research_title(replace(head, title=head.title[: dated.start()].rstrip()))
            )

        if bullet not in _LIST_BULLETS or _BULLET.match(self.lines[index]) is None or not noted(index):
            return False
        return any(
            0 <= line < len(self.lines) and self.lines[line][:1] == bullet and noted(line)
            for line in (index - 1, index + 1)
        )

    def among_other_script(self, index: int, title: str, next_line: str) -> bool:
        """Whether a title stands alone on its line (past a short name and a dash) among the writer's words in
        another script: between two of their lines, or opening a note, their words right under it."""
        alone = self.lines[index].strip()
        if alone != title and alone.endswith(title) and _SHORT_NAME_DASH.fullmatch(alone[: -len(title)]):
            alone = title  # (`CPC — Title`: its short name and a dash before it)
        if (
            alone != title
            or _in_another_script(title)
            # (`… the capabilities of` / `language models" …`: a title wrapped onto the next line)
            or title.split()[-1].casefold() in TRAILING_FUNCTION_WORDS
        ):
            return False
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        if index > 0 and _in_another_script(self.lines[index - 1]):
            # (the line below in that script too, or none: not a title wrapped onto it, `… with Structured` /
            # `State Spaces`)
            return not next_line or index + 1 >= len(self.lines) or _in_another_script(below)
        # (or first in a program's output, its prompt and command above, `>>> print(…)`: then a note in Chinese or
        # Japanese under it too)
        prompted = index > 0 and _REPL_PROMPT.match(self.lines[index - 1]) is not None
        return (
            (index == 0 or not self.lines[index - 1].strip() or prompted)
            and _capital_ratio(title.split()) >= 0.75
            and bool(below.strip())
            and (_in_another_script(below) or (prompted and _mostly_cjk(below)))
        )

    def between_writers_lines(self, index: int, title: str) -> bool:
        """Whether a research title stands alone on its line right between two lines of the writer's in Chinese,
        Japanese or Korean (`[한지수] [오후 3:02] 이번 주 발표는 …` / `Title` / `(링크는 위키에)`: a chat message naming a
        paper on a line of its own, their words about it around it): weakly a paper, as a title among the words of
        another script is (`among_other_script`)."""
        if self.lines[index].strip() != title or title.split()[-1].casefold() in TRAILING_FUNCTION_WORDS:
            return False
        above = self.lines[index - 1] if index > 0 else ""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        return _mostly_east_asian(above) and _mostly_east_asian(below)

    def page_field_below(self, index: int, title: str) -> bool:
        """Whether the next line, or the line right above, is a link field whose address is a page of no paper, not
        the paper's project page (`title: 'Some Library's Agents',` / `url: 'https://docs.example.org/agents/'`, or
        a JSON record's `"url": "https://blog…",` over its `"title": "…",`: a record's fields)."""
        following = self.next_nonblank(index)
        # (the line above only in a JSON object, the title a member of it too: a record of `Label: value` lines
        # opens on its title, the link field above it the record before's)
        above = index - 1 if index > 0 and self.lines[index][:1] == '"' else None
        for line in (following, above):
            field_line = self.lines[line].strip() if line is not None else ""
            if (member := _member_field(field_line)) is not None:
                field_line = member
            elif line == above:
                continue
            if (
                ":" not in field_line[:16]
                or (linked := read_field(field_line)) is None
                or linked[0] is not Label.LINK
            ):
                continue
            url = _URL.match(linked[2].strip(" \t'\",<"))
            if (
                url is not None
                and not _is_paper_or_code(url.group(0))
                and not any(match.arxiv_id or match.openreview_id for match in find_ids(url.group(0)))
                # (`**Project page**: https://some-method.github.io/`: the paper's own)
                and not is_project_page(url.group(0), title)
            ):
                return True
        return False

    def turn_down(self, index: int, why: str) -> Reason | None:
        """Note why the line at `index` is not a paper; None, for `return self.turn_down(...)`."""
        self.rejected.append(Rejected(index + 1, _bounded(self.lines[index], 160), why))
        return None

    def has_authors_below(self, index: int, strict: bool = False) -> bool:
        """Whether an authors line follows the line at `index`, before the next entry (`strict`: one that
        only names can be, as a title in sentence case needs: `Opening remarks` / `Ana Li and Bo Wu` is a talk)."""
        for line in range(index + 1, min(len(self.lines), index + 5)):
            text = self.lines[line]
            if text[:1].isdigit() and (_NUMBER.match(text) or TIMESTAMP.match(text) or DATESTAMP.match(text)):
                return False  # (the next entry of a list, a programme or a log)
            if line > index + 1 and not self.lines[line - 1] and line - 2 > index and self.lines[line - 2]:
                # (past a paragraph of its own: `1. Section` / `Its introduction.` / `` / `Title` / `Authors`: the
                # authors of the next title, not of this line)
                return False
            if text[:1] >= "\u2022" and (bullet := _BULLET.match(text)) is not None:
                text = text[bullet.end() :]  # `👤 Lin, Tang, Han · MLSys 2024`: an emoji before the names
            if _cites_a_title(text) or (
                AUTHORS_YEAR_FIRST.match(text) is not None
                # (`Silver et al. (2016), Title, Nature 529, 484–489.`: where it appeared after it)
                and (own := self.head(line)) is not None
                and own.strength == 2
                and own.cited
            ):
                return (
                    False  # (`Sun et al. (2023) Title`: another paper's citation, its title after its names)
                )
            if _is_author_line(text, strict=strict) or _AUTHOR_LABEL.match(text):
                return True
            if names_then_source(text, strict=strict):
                return True
            if (
                (named := _NAMES_TO_ET_AL.match(english_et_al(text))) is not None
                and ","
                in named.group("names")  # (a list of names: `(Haddad et al., 2020)` cites a line's title)
                and _is_author_line(named.group("names"), strict=strict)
            ):
                return True  # (`Yi Tay, Mostafa Dehghani i in.. Bez linku`, `(Hao Peng, … i in., ICLR 2021) -- …`)
        return False

    def result_link(self, index: int) -> str | None:
        """The link of the search result line `index` heads (its page's title, then its source's name, a snippet
        cut short with `...`, and the link alone, maybe in angle brackets: an alert mail's or a copied results
        page's), or None."""
        if index + 3 >= len(self.lines):
            return None
        source, snippet = self.lines[index + 1], self.lines[index + 2].rstrip()
        if not source or len(source.split()) > 6 or "://" in source or not snippet.endswith(("...", "…")):
            return None
        link = self.lines[index + 3].strip().strip("<>")
        return link if _URL.fullmatch(link) else None

    def card_site(self, index: int) -> str | None:
        """The site of the link card line `index` heads (its page's title, then a description cut short with `...`,
        then the site's bare name: a Bluesky or Mastodon post's preview), or None."""
        if index + 2 >= len(self.lines):
            return None
        description, site = self.lines[index + 1], self.lines[index + 2]
        if not description.endswith(("...", "…")) or len(description.split()) < 6:
            return None
        return site.casefold() if _BARE_SITE.fullmatch(site) else None

    def next_nonblank(self, index: int) -> int | None:
        """The next line with words, a few lines on at most, and never past a wall (another message's)."""
        for line in range(index + 1, min(len(self.lines), index + 4)):
            if self.lines[line]:
                return line
            if line in self.walls:
                return None
        return None

    def add_prose_titles(self) -> None:
        """Titles named inside prose: 《Title》, “Title”, "Title", 论文Title."""
        text = self.prose_text()
        # (whether the text holds a letter of another script, and of Chinese, Japanese or Korean: each a scan of
        # the whole text when it holds none, made once here for the several patterns that need it)
        other_script = _OTHER_SCRIPT.search(text) is not None
        has_cjk = _HAS_CJK.search(text) is not None
        # (where the patterns of a run of Latin words after another script's letter can match: see `_finditer`)
        non_ascii = non_ascii_spans(text) if other_script or has_cjk else None
        checks = (
            (
                "《" in text or "「" in text or "『" in text or "〈" in text or "<" in text,
                _BOOK_TITLE,
                "book",
            ),
            (any(mark in text for mark in '"“„”«'), _QUOTED_TITLE, "quote"),
            (any(word in text for word in ("论文", "文章", "题为", "名为", "一文")), _PROSE_NAMED, "named"),
            ("*" in text or "_" in text, _EMPHASIS_TITLE, "emphasis"),
            ("[[" in text, _WIKI_TITLE, "wiki"),
            (
                "*" in text or " _" in text,
                _AUTHORS_THEN_EMPHASIS,
                "authors-emphasis",
            ),
            ("*" in text or "_" in text, _EMPHASISED_NAME, "emphasis-name"),
            (": " in text, _COLON_TITLE, "colon"),
            (": " in text, _AFTER_COLON_TITLE, "after-colon"),
            (": " in text, _SENTENCE_CASE_TAIL, "sentence-subtitled"),
            ("* paper" in text or "_ paper" in text, _NAMED_EMPHASIS, "named-emphasis"),
            (" paper (" in text, _THE_PAPER_CITED, "the-paper-cited"),
            ("read " in text, _READ_IN_PROSE, "read-run"),
            ("et al" in text or "(" in text or " by " in text, _CITED_RUN, "cited"),
            (
                ("et al" in text or " & " in text or " and " in text)
                and _CITED_SENTENCE_PARENS.search(text) is not None,
                _CITED_SENTENCE,
                "cited-sentence",
            ),
            ("\\footnote{" in text, _FOOTNOTE_TITLE, "footnote"),
            (
                "(" in text and _NICK_THEN_TITLE_PARENS.search(text) is not None,
                _NICK_THEN_TITLE,
                "nick-then-title",
            ),
            ("(" in text and ": " in text, _NAMED_CITED, "named-cited"),
            ("=" in text, _NICK_EQUALS_TITLE, "nick-then-title"),
            (other_script, _LATIN_TITLE_RUN, "latin-run"),
            (other_script, _LATIN_TITLE_OPENING, "latin-run"),
            (has_cjk, _CJK_TITLE_RUN, "cjk-run"),
            (has_cjk, _CJK_TITLE_OPENING, "cjk-run"),
            (has_cjk and "（" in text, _CJK_NICKED_RUN, "cjk-run"),
            (has_cjk, _CJK_INDEFINITE_RUN, "cjk-run"),
            (has_cjk, _LATIN_LINE_IN_CJK, "cjk-line"),
            (
                other_script or has_cjk,
                _LOWER_LATIN_RUN,
                "lower-latin-run",
            ),
            (True, _PROSE_RUN, "prose-run"),
            # (another language in Latin letters: not in a Chinese or Japanese digest, whose Latin lines are English)
            (not self.cjk, _FOREIGN_RUN, "foreign-run"),
            (not self.cjk and "(" in text, _CITATION_WITH_YEAR, "foreign-cited"),
            (" — " in text or " – " in text or " -- " in text, _NOTED_RUN, "noted-run"),
        )
        # (the words of a link to a library's documentation: that page's title, `[Hugging Face docs: Efficient
        # Training on a Single GPU](https://huggingface.co/docs/…)`; a post's, a video's or a repository's may name
        # the paper it is about)
        elsewhere = (
            [
                (link.start("label"), link.end("label"))
                for link in _MD_LINK.finditer(text)
                if _DOCUMENTATION_URL.search(link.group("url"))
            ]
            if "](" in text
            else []
        )
        taken: list[tuple[int, int]] = []  # where the titles taken so far stand in the text
        refused: list[tuple[int, int]] = []  # (and the quoted names turned down)
        by_span: dict[tuple[int, int], _Entry] = {}  # (the entries they made, by where they stand)
        for present, pattern, kind in checks:
            if not present:
                continue
            matches = (
                _colon_titles(text)
                if kind == "colon"
                else _titles_after_colons(text)
                if kind == "after-colon"
                else _sentence_subtitled_titles(text)
                if kind == "sentence-subtitled"
                else _cited_runs(text)
                if kind == "cited"
                else _prose_runs(text)
                if kind == "prose-run"
                else _foreign_runs(text)
                if kind == "foreign-run"
                else _foreign_cited_runs(text)
                if kind == "foreign-cited"
                else _noted_runs(text)
                if kind == "noted-run"
                else _runs_before(text, _SUBTITLE_COLON, pattern)
                if kind == "named-cited"
                else _finditer(pattern, text, non_ascii)
            )
            for match in matches:
                # (where its title stands: a run of Latin letters' match opens on the other script before it)
                opens = match.start("title") if kind == "latin-run" else match.start()
                if elsewhere and any(start <= opens < end for start, end in elsewhere):
                    continue
                if any(start <= opens and match.end() <= end for start, end in taken):
                    continue  # (`Created Equal: Subtitle` inside `*Not All Memories are Created Equal: Subtitle*`)
                if kind in ("foreign-run", "foreign-cited") and any(
                    start < match.end() and match.start() < end for start, end in taken
                ):
                    continue  # (a part of a title read another way: `“Title”`, `Title (Authors, 2021)`)
                index = bisect_right(self.starts, match.start()) - 1
                if kind in ("foreign-run", "foreign-cited", "latin-run") and self.quoted_as_other_kind(
                    match, index
                ):
                    continue  # (`«Build a Large Language Model (From Scratch)» kitabı`: inside a book's quotes)
                if index in self.page_titles:
                    continue  # (a record's title field whose link field is a page of no paper: that page's)
                if self.lines[index][:3] in ("Git", "Cod") and SITE_PAGE_TITLE.match(self.lines[index]):
                    continue  # (`GitHub - owner/repo: what it does`: a repository's page, as a search lists it)
                if index >= self.tail or (
                    index in self.claimed and not self.other_paper_quoted(kind, match, index)
                ):
                    continue
                title = (
                    (match.group("curly") or match.group("straight"))
                    if kind == "quote"
                    else (match.group("title") or match.group("angled"))
                    if kind == "book"
                    else match.group("title")
                )
                if (
                    kind in ("emphasis", "emphasis-name")
                    and _opens_line(self.text[self.starts[index] : match.start()])
                    and "\n" not in match.group("title")
                    and not self.sentence_goes_on(index, match.end())
                ):
                    # an emphasised line start (`**Title**`, `1. **Title**`) is a head: the line reader's (unless
                    # wrapped, or a sentence's words before and after it) or its entry's, not prose
                    continue
                if kind == "wiki":
                    title = shown_title(title, match.group("alias"))  # `[[Graves 2014 NTM|Title]]`
                if kind == "quote" and kind_in_own_parenthesis(title.rstrip(" .,;\\")):
                    continue  # (`"Name: Title (online book)"`: a quoted value whose own parenthesis says its kind)
                title = _clean_title(title)
                if kind == "quote" and "\\n" in title:
                    # (a data string's lines, escaped: its first one)
                    title = title.split("\\n", 1)[0].rstrip()
                if (
                    kind == "quote"
                    and "iv" in title
                    and (cited := _ARXIV_ID_AT_END.search(title)) is not None
                ):
                    # (`"Title (arXiv:2004.10102)"`, a record's string naming a paper and its id: the title of that
                    # id's entry, read whole, past a shorter part of it another reader took)
                    named = title[: cited.start()].rstrip(" ,;(—–-")
                    owner = self.id_owner.get(index)
                    if (
                        owner is not None
                        and owner.arxiv_id == cited.group("id")
                        and len(named.split()) >= 3
                        and (owner.title is None or named.endswith(owner.title))
                    ):
                        owner.title, owner.reason = named, Reason.BESIDE_LINK
                        taken.append(match.span())
                        continue
                # (the short name a quoted title's own note opens on: `"Title — FastText, for …"`)
                noted_nick = None
                if kind == "quote" and (" — " in title or " – " in title):
                    # (a data record's string, `"Title — the one to cite for the method."`: the title, then the
                    # writer's note after a spaced dash)
                    head = SPACED_DASH.split(title, maxsplit=1)[0]
                    note = title[len(head) :].lstrip(" —–")
                    if len(head.split()) >= 3 and len(note.split()) >= 2 and _URL.search(note) is None:
                        # (not past a note with a link: `"Lecture — slides at https://…"` names the page; a list's
                        # number before the title is the list's: `"6. Title — note"`)
                        numbered = _NUMBER.match(head)
                        title = head[numbered.end() :] if numbered is not None else head
                        noted_nick = note.split(",", 1)[0] if "," in note[:25] else None
                if (
                    kind == "quote"
                    and "; " in title
                    and all(len(part.split()) >= 2 and part[:1].isupper() for part in title.split("; "))
                ):
                    continue  # (`"Shelf: Title A; Title B"`: a list of names in one string, no paper's one title)
                if kind == "nick-then-title":
                    title = _BEFORE_CODE.split(title, maxsplit=1)[0]  # `SigLIP (Title, `google/siglip-…`)`
                    title = _SOURCE_AT_END.sub(
                        "", title
                    )  # `AlphaGo Zero (Title, Nature 2017)`: where it appeared
                if (
                    kind in ("colon", "foreign-run", "latin-run", "prose-run")
                    and ": " in title
                    and len(title.rpartition(": ")[2].split()) <= 2
                    and _GOES_ON_IN_LOWER_CASE.match(text, match.end()) is not None
                ):
                    # (`Beyond the Imitation Game: Quantifying and extrapolating the capabilities …`: a title in
                    # sentence case, its run of capitals cut short after its colon, no title of its own)
                    continue
                if (
                    kind in ("colon", "foreign-run", "latin-run", "prose-run")
                    and ": " in title
                    and _SENTENCE_CASE_SUBTITLE.match(text, match.end()) is not None
                ):
                    # (`BIG-bench: Beyond the Imitation Game: Quantifying and extrapolating …`: cut short before its
                    # own subtitle in sentence case, which another reader takes whole)
                    continue
                if kind == "foreign-run" and text[match.end() : match.end() + 1] == "?":
                    # (`Gráfokra: Do Transformers Really Perform Bad for Graph Representation? – …`)
                    title += "?"
                if (
                    kind in ("latin-run", "colon", "after-colon")
                    and text[match.end() : match.end() + 1] == "?"
                    and (subtitled := _QUESTION_SUBTITLE.match(text, match.end())) is not None
                ):
                    # (`… статья: Do Title? A Representational Study (…)`: a question, then its
                    # subtitle in Title Case, up to where the other script's words or a parenthesis resume)
                    title += "? " + subtitled.group("rest")
                if kind in ("colon", "after-colon"):
                    # `PaLM: Scaling ... with Pathways for the loss-spike`, `Title by Gulrajani and Lopez-Paz`
                    title = _SMALL_AT_END.sub("", _BY_AUTHORS_AT_END.sub("", title)).rstrip(",;")
                    surnamed = _SURNAMES_COLON.match(title) if "," in title[:60] else None
                    if surnamed is not None and _is_author_line(surnamed.group("surnames")):
                        # (`Leviathan, Kalman, Matias: Title`: its authors first)
                        title = title[surnamed.end() :]
                    dated = AUTHORS_YEAR_FIRST.match(title) if year_early(title) else None
                    if dated is not None and _is_author_line(
                        _YEAR_IN.sub(" ", dated.group("lead")).strip(" ,")
                    ):
                        title = title[dated.end() :]  # (`Kingma and Ba, 2015, Adam: A Method …`: cited first)
                    # (`Name: Can Language Models Resolve ...? 2,294 issues`: the question mark is the title's own)
                    if (
                        title == match.group("title")
                        and text[match.end() : match.end() + 1] == "?"
                        and _WRITERS_SENTENCE_AFTER.match(text, match.end())
                    ):
                        title += "?"
                    if title == match.group("title") and text[match.end() : match.end() + 1] == "\n":
                        # (`… Classification Combining` / `Meta-Learning with Deep Reinforcement Learning`: a title
                        # wrapped onto the next line goes on there, in Title Case, to that line's end)
                        going_on = _TITLE_CASE_LINE.match(text, match.end() + 1)
                        if going_on is not None:
                            title += " " + going_on.group("rest")
                if kind == "cjk-run" and text[match.end() : match.end() + 1] == "\n":
                    # (`元論文：Efficient Memory Management for Large Language` / `Model Serving with PagedAttention`:
                    # a title pasted from a PDF goes on, whole, on the next line)
                    going_on = _TITLE_CASE_LINE.match(text, match.end() + 1)
                    if going_on is not None:
                        title += " " + going_on.group("rest")
                if (
                    kind == "latin-run"
                    and text[match.end() : match.end() + 1] == "\n"
                    and title.rsplit(None, 1)[-1].casefold() in _WRAP_WORDS
                    and (going_on := _TITLE_CASE_START.match(text, match.end() + 1)) is not None
                ):
                    # (`വിഷ്വലൈസേഷൻ: Dodrio: Exploring Transformer Models with` / `Interactive Visualization (ACL 2021
                    # demo)`: no title ends with `with`; its Title Case goes on at the next line's start)
                    title += " " + _SMALL_AT_END.sub("", going_on.group("rest")).rstrip()
                if index in self.skip and index not in self.prose:
                    continue
                if kind in (
                    "prose-run",
                    "noted-run",
                    "colon",
                    "latin-run",
                    "foreign-run",
                ) and self.tail_of_head(index, title):
                    continue  # (the end of an item's title the line reader weighed whole: no title of its own)
                if (
                    kind in _RUN_KINDS
                    and any(start <= opens and match.end() <= end for start, end in refused)
                    and not research_words(title.split())
                ):
                    continue  # (a quoted name turned down as a whole, in no research words: `"View in Scopus"`)
                if kind in _RUN_KINDS and "\n" in match.group(0) and self.runs_into_a_title(match, index):
                    continue  # (`… ein Modell` / `Unsupervised Cross-lingual …`: a line's end, then another's title)
                reason = self.is_prose_title(title, kind, match, index)
                if reason is not None and (lead := _PREPOSITION_BEFORE_NAME.match(title)) is not None:
                    # (`… In AdaLoRA: Adaptive …`: the sentence's word, not the title's)
                    title = title[lead.end() :]
                if (
                    reason is not None
                    and "s " in title[:40]
                    and (owner_name := _POSSESSIVE_LEAD.match(title)) is not None
                    and len(title[owner_name.end() :].split()) >= 3
                    and ":" not in title
                ):
                    # (`FAIR's Addressing Some Limitations of …`: whose paper it is, the writer's words, not its title;
                    # but a name and its subtitle keep it, `HuggingFace's Transformers: State-of-the-art …`)
                    title = title[owner_name.end() :]
                if (
                    reason is None
                    and noted_nick is not None
                    and _sentence_case_research_title(title)
                    and nicknamed(f"{title} ({noted_nick})")
                ):
                    # (`"Enriching word vectors with subword information — FastText, …"`)
                    reason = Reason.NICKNAME
                if reason is Reason.SHAPE and self.in_section_of_no_papers(index):
                    reason = None  # (a name read by its shape alone, in a section of courses or tools: one of them)
                if reason is None:
                    if kind in ("quote", "book"):
                        refused.append(match.span())
                    continue
                for span, earlier in list(by_span.items()):
                    if (
                        match.start() <= span[0] < match.end()
                        and earlier.title
                        and title.endswith(earlier.title)
                        and earlier in self.entries
                    ):
                        # (`Funnel-Transformer: Filtering out Sequential Redundancy …`: a run of capitals read first
                        # from its end, `Sequential Redundancy … (Dai et al.)`, is this title's tail, no paper)
                        self.entries.remove(earlier)
                        if self.prose_lines.get(index) is earlier:
                            del self.prose_lines[index]
                        del by_span[span]
                taken.append(match.span())
                owner = self.owner_beside(index, match.start(), match.end())
                if owner is not None and owner.title is None:
                    # `the paper is worth a read: Title — https://arxiv.org/abs/…`, `Paper here:
                    # https://huggingface.co/papers/… (Title)`: the title of the id beside it
                    owner.title, owner.reason = title, Reason.BESIDE_LINK
                    continue
                column = match.start() - self.starts[index]
                entry = _Entry(anchor=None, first_line=index, raw="", title=title, column=column)
                entry.reason = reason
                self.take_id_after(entry, match)
                entry.lines.add(index)
                self.entries.append(entry)
                self.prose_lines.setdefault(index, entry)
                by_span[match.span()] = entry
                if "\n" in match.group(0):
                    self.drop_wrapped_ends(entry, bisect_right(self.starts, match.end() - 1) - 1)

    def runs_into_a_title(self, match: re.Match[str], index: int) -> bool:
        """Whether a run of capitalised words read across a line break goes on into a whole title another entry
        reads on the next line (the run's words before the break are a label's end, not that title's start; a
        title's start wrapped above the rest of it, `Domain Generalization (arXiv:…)`, is no whole title)."""
        going_on = match.group(0).split("\n", 1)[1].strip()
        owner = self.claimed.get(index + 1)
        return (
            owner is not None
            and owner.title is not None
            and bool(going_on)
            and _title_key(owner.title).startswith(_title_key(going_on)[:40])
            and _assess(owner.title, True) == 2
        )

    def drop_wrapped_ends(self, entry: _Entry, last: int) -> None:
        """Drop the line reader's titles that are only a part of `entry`'s, wrapped over its lines up to `last`
        (`“MedSelect: … Classification` / `Combining Meta-Learning with Deep Reinforcement Learning”`)."""
        whole = _title_key(entry.title or "")
        for line in range(entry.first_line, last + 1):
            wrapped = self.claimed.get(line)
            part = _title_key(wrapped.title) if wrapped is not None and wrapped.title else ""
            if (
                wrapped is not None
                and wrapped is not entry
                and part
                and not (wrapped.arxiv_id or wrapped.openreview_id)
                # (its end on the lines below; on its first line, its start cut where the line ends: `- 23/1:
                # ομοσπονδιακή μάθηση, "Federated Learning Based on Dynamic` / `Regularization" (FedDyn).`)
                and (
                    whole.endswith(part)
                    if line > entry.first_line
                    else whole.startswith(part) and part != whole
                )
                and wrapped in self.entries
            ):
                self.entries.remove(wrapped)
                del self.claimed[line]

    def join_footnotes(self) -> None:
        """A title named in prose with a footnote's mark after it (`статья «Title»[1]`, `"Title" [12]`) is the paper
        that footnote gives by its id and no title (`[1] Vaswani A. et al. NeurIPS 2017. https://arxiv.org/abs/…`,
        an e-book's note headed `1`): one paper, the prose's title and the note's id."""
        notes: dict[str, _Entry] = {}
        titled: dict[str, _Entry] = {}
        for entry in self.entries:
            if entry.title is None and (entry.arxiv_id or entry.openreview_id):
                # (`[1] Authors. Venue. https://…`, or a note headed by its number: `## 1` / `Authors. …`)
                mark = _FOOTNOTE_LINE.match(self.lines[entry.first_line])
                above = next(
                    (self.lines[line] for line in range(entry.first_line - 1, -1, -1) if self.lines[line]), ""
                )
                mark = mark or _FOOTNOTE_HEADING.match(above)
                if mark is not None:
                    notes.setdefault(_note_number(mark), entry)
            elif entry.title is not None and (mark := _FOOTNOTE_LINE.match(self.lines[entry.first_line])):
                titled[_note_number(mark)] = entry  # (`*2:Title (SIGGRAPH 2023)`: a note's title)
        if not notes and not titled:
            return
        joined: list[_Entry] = []
        for entry in self.entries:
            if entry.title is None or entry.arxiv_id or entry.openreview_id:
                continue
            line = self.lines[entry.first_line]
            at = line.find(entry.title, entry.column)
            mark = _FOOTNOTE_MARK.match(line, at + len(entry.title)) if at >= 0 else None
            number = _note_number(mark) if mark is not None else None
            fuller = titled.get(number) if number is not None else None
            if (
                fuller is not None
                and fuller is not entry
                and _title_key(fuller.title).startswith(_title_key(entry.title))
            ):
                # (`3D Gaussian Splatting*2` / `*2:3D Gaussian Splatting for Real-Time …`: the note gives it whole)
                fuller.lines |= {entry.first_line, *entry.lines}
                joined.append(entry)
                continue
            note = notes.pop(number, None) if number is not None and entry.anchor is None else None
            if note is not None:
                note.title, note.reason = entry.title, entry.reason
                note.lines |= {entry.first_line, *entry.lines}
                joined.append(entry)
        self.entries = [entry for entry in self.entries if all(entry is not other for other in joined)]

    def owner_beside(self, index: int, start: int, end: int) -> _Entry | None:
        """The entry of the id whose link comes right after text[start:end] or right before it, on line `index`:
        of a line's several ids, the one beside those words (`候補: Title A https://… そして Title B https://…`)."""
        after = _LINK_RIGHT_AFTER.match(self.text, end) is not None
        if not after and _LINK_RIGHT_BEFORE.search(self.text, self.starts[index], start) is None:
            return None
        spans = self.id_spans.get(index, [])
        if len(spans) > 1:
            beside = (
                [entry for at, entry in spans if at >= end][:1]
                if after
                else [entry for at, entry in spans if at < start][-1:]
            )
            if beside:
                return beside[0]
        return self.id_owner.get(index)

    def take_id_after(self, entry: _Entry, match: re.Match[str]) -> None:
        """A bare arXiv id written right after a title named in prose is that paper's (`LLaMA: Open and Efficient
        Foundation Language Models, 2302.13971, which ...`, `Title 2001.08361 이랑 ...`, `(Title) is 2206.14858`):
        a number of an id's shape, valid as one, beside a paper's title, and no other paper's."""
        title = entry.title or ""
        end = match.end()
        found = self.text.find(title, match.start(), end + 1)
        if found >= 0:
            end = found + len(title)  # (the title may have been cut of a year or the writer's words after it)
        bare = _BARE_ID_AFTER.match(self.text, end, end + 40)
        if bare is None:
            return
        parsed = parse_arxiv_id(bare.group("id"))
        if parsed is None:
            return
        entry.arxiv_id, entry.version = parsed
        entry.evidence = Evidence.ARXIV_TEXT

    def note_below(self, index: int, note: str) -> str:
        """A note on line `index`, with the lines that carry it on below (indented, up to two): what a wrapped
        bulleted item says."""
        lines = [note]
        for below in range(index + 1, min(index + 3, len(self.lines))):
            if not self.lines[below] or not self.indented(below):
                break
            lines.append(self.lines[below])
        return " ".join(lines)

    def noted_in_own_script(self, index: int, title: str, rest: str) -> bool:
        """Whether a research title's line goes on, after its full stop or a dash, with the writer's note in their
        own script (`Title. Το GPT-2, το διάβασα …`, `**Title** — NickName, ו…`), as a Chinese or Japanese one is."""
        if len(rest) < 20 or research_words(title.split()) < 1 or not _in_another_script(rest):
            return False
        line = self.lines[index]
        if line.lstrip().startswith(f"{title}. "):
            return True
        at = line.find(title)
        # (not a reference's whole entry: `Name I., Name Y. Title. Publisher, 2016 — note`)
        return (
            at >= 0
            and ". " not in title
            and SPACED_DASH.match(line[at + len(title) :].lstrip("*_")) is not None
        )

    @staticmethod
    def nicknamed_after(title: str, rest: str) -> bool:
        """Whether a title line's rest is the paper's short name in parentheses, alone or first in a note
        (`Title (SayCan)`, `Title (MM-DiT, rectified flow)`): a model's name, not the title's initials."""
        line = f"{title} {rest}".rstrip(" \t.")
        if not line.endswith((")", "）")):
            # (or its short name, then a colon and the writer's note: `Title (DALL-E 2): prior + decoder`)
            noted = _NICK_THEN_NOTE.match(line) if "(" in line else None
            return noted is not None and nicknamed(f"{noted.group('title')} ({noted.group('name')})")
        after = _NICK_AFTER_TITLE.match(line.strip())
        if after is None or not after.group("title")[:1].isupper():
            return False
        note = (after.group("note") or "").lstrip(",;， \t")
        if note[:1].isupper():
            return False  # (`(MacOS, Windows, GNU/Linux)`: a list of names, not a short name and a note)
        return nicknamed(f"{after.group('title')} ({after.group('name').strip()})")

    def prose_text(self) -> str:
        """The text as prose is read for the titles it names, every character where it was: each line break a
        width's wrapping made read as the space it stands for (a quote or an emphasis the wrapper cut, `*Connectionist
        Temporal Classification:` / `Labelling …*`, read whole), and a title in single quotes as in double ones
        (`and 'Linformer: Self-Attention with Linear Complexity' for …`)."""
        text = self.text
        if not self.cjk and "\n" in text:
            if self.width is None:
                self.width = wrap_width(self.lines) or 0
            lines, width = self.lines, self.width
            breaks = [
                self.starts[index] - 1
                for index in range(1, len(lines))
                if width
                and lines[index][:1].isalnum()
                and lines[index - 1]
                and index not in self.walls
                # (a sentence's end too: the next word would not have fitted, so the break is the wrapper's)
                and len(lines[index - 1]) + 1 + len(lines[index].split(" ", 1)[0]) > width
                and not self.is_heading(index - 1)
            ]
            if breaks:
                characters = list(text)
                for position in breaks:
                    characters[position] = " "
                text = "".join(characters)
        if "'" in text:
            text = _SINGLE_QUOTED.sub(lambda match: f'"{match.group("title")}"', text)
        return text

    def sentence_goes_on(self, index: int, end: int) -> bool:
        """Whether line `index` goes on with a sentence the line above left open (in a word in lower case, no
        heading's) and goes on after `end` on its own line: `… the 2018 OpenAI report` / `_Title_ (everyone calls
        it …`, an emphasis inside a paragraph a line's break happened to open on."""
        if index == 0 or self.is_heading(index - 1) or _BULLET.match(self.lines[index]) is not None:
            return False
        above = self.lines[index - 1].split()
        return (
            bool(above)
            and above[-1].isalpha()
            and above[-1].islower()
            and _SENTENCE_AFTER_EMPHASIS.match(self.text, end) is not None
        )

    def wrapped_into(self, index: int) -> bool:
        """Whether line `index` goes on from the line above in text hard-wrapped at a width (a plain-text mail's
        72 columns): the first word of this line would not have fitted on that one, which ends no sentence."""
        if index == 0 or not self.lines[index - 1] or self.is_heading(index - 1):
            return False
        if self.width is None:
            self.width = wrap_width(self.lines) or 0
        return bool(self.width) and wrapped_at(self.lines[index - 1], self.lines[index], self.width)

    @staticmethod
    def cited_below(title: str, next_line: str) -> Reason | None:
        """`Title` over `(Janner, Li, Levine)` or `(Nature 596, 583-589). What it does.`: cited on the next line
        by its venue or its authors (a title in sentence case must read as one: a capital first, no full stop)."""
        below = _CITED_BELOW.match(next_line) if next_line else None
        if below is None and next_line and title[:1].isupper() and not title.endswith((".", "!", ",")):
            # (`Geirhos u.c. (Nature Machine Intelligence, 2020). What it shows.`: its authors, then where and when)
            authors = _AUTHORS_THEN_CITATION.match(next_line)
            if authors is not None and _ET_AL_ANY.search(authors.group("authors")):
                cited = _CITED_BELOW.match(next_line, authors.end("authors"))
                after = next_line[cited.end() :].strip(" \t.:-–—") if cited is not None else ""
                if (
                    cited is not None
                    and _YEAR_IN.search(cited.group("who"))
                    # (not `Sun et al. (2023) Title`: another paper's citation, its own title after it)
                    and not (
                        len(after.split()) >= 3
                        # (whole, or to its sentence's end: `… (1998) — Title. Parts II and III only.`)
                        and (_assess(after, True) == 2 or _assess(after.split(". ", 1)[0], True) == 2)
                    )
                ):
                    return Reason.AUTHORS
        if not (title[:1].isupper() or title[:1].isdigit()) or title.endswith((".", "!", ",")):
            return None  # (`3D Gaussian Splatting …`: a title may open with a digit)
        if below is None and _VENUE_LINE.fullmatch(next_line):
            # (`Shortcut Learning in Deep Neural Networks` over `Nature Machine Intelligence 2020`)
            return Reason.VENUE
        if below is None:
            # (`(SIGGRAPH 2023, project page with the paper and code:` / `https://…)`: where it appeared, in a
            # parenthesis that goes on past the line)
            opened = next_line.lstrip()
            if opened[:1] in ("(", "（") and ")" not in opened and "）" not in opened:
                return Reason.VENUE if _VENUE_YEAR.match(opened[1:].split(",", 1)[0].strip()) else None
            return None
        after = next_line[below.end("who") + 1 :]
        if after[:1] in (" ", "\t") and after.lstrip()[:1].islower():
            # (`… menguji penyesuaian domain` over `(Ganin dkk., 2016) bagi mengurangkan …`: a sentence's own
            # citation, the sentence wrapped onto the line below and going on after it in lower case)
            return None
        who = below.group("who")
        if _CALLED_PAPER.fullmatch(who.strip()):
            return Reason.NAMED  # (`(the unCLIP / DALL-E 2 paper)`: what the digest calls the paper)
        if "://" in who or "www." in who:
            return None  # (`(https://media.icml.cc/.../ICML2024/...)`: an address, not a citation)
        if _VENUE_YEAR.search(who) or _JOURNAL_PAGES.search(who):
            return Reason.VENUE
        if _CITED_WHO.search(who) or _ET_AL_ANY.search(who) or _is_author_line(who):
            return Reason.AUTHORS
        return None

    def other_paper_quoted(self, kind: str, match: re.Match[str], index: int) -> bool:
        """Whether a quoted (or cited) title on a line an entry has claimed (a paper's link, with its title) names
        another paper: `the base model paper (Title A) ... https://arxiv.org/abs/... – and the follow-up, "Title B"`,
        `menulis Title A (EMNLP 2020), ... dalam [Title B](https://openreview.net/forum?id=…)`."""
        # (`nick-then-title`: `BYOL (arXiv:…) and SimSiam (Title) …`, another paper's short name, then its title)
        if kind not in (
            "quote",
            "book",
            "cited",
            "prose-run",
            "noted-run",
            "latin-run",
            "foreign-run",
            "foreign-cited",
            "lower-latin-run",
            "cjk-run",
            "colon",
            "after-colon",
            "sentence-subtitled",
            "emphasis",
            "emphasis-name",
            "nick-then-title",
        ):
            return False
        named = (
            (match.group("curly") or match.group("straight"))
            if kind == "quote"
            else (match.group("title") or match.group("angled"))
            if kind == "book"
            else match.group("title")
        )
        quoted = _title_key(named or "")
        if self.owners is None:  # (the entries that claimed lines before prose is read: once, not per quote)
            self.owners = {}
            for entry in self.entries:
                for line in {*entry.lines, entry.first_line}:
                    self.owners.setdefault(line, []).append(entry.title)
        owners = self.owners.get(index, [])
        if not owners:
            return False
        # A link's paper with no title here: a quote well after the link, past words of the writer's, is another
        # paper's (`https://arxiv.org/abs/... – and the follow-up, "Title B", has ...`).
        links = list(_URL.finditer(self.text, self.starts[index], match.start())) if None in owners else []
        between = self.text[links[-1].end() : match.start()] if links else ""
        past_links = len(re.findall(r"[A-Za-z]{2,}", between)) >= 2
        if all(title is None for title in owners):
            return past_links
        return (past_links or None not in owners) and all(
            title is None or (quoted not in _title_key(title) and _title_key(title) not in quoted)
            for title in owners
        )

    def quoted_paper_words(self) -> frozenset[str]:
        """The digest's own word for a paper, in whatever language, learnt from its quotes: the word right before
        two quoted names or more that a paper's link or arXiv id follows (`pepa “Title” (https://arxiv.org/abs/…)`,
        `Narapela pepa, “Title” (arXiv:…)`). A quote after that word names a paper too."""
        if self.paper_words is None:
            counts: Counter[str] = Counter()
            for match in _QUOTED_TITLE.finditer(self.text):
                if _PAPER_LINK_AFTER.match(self.text, match.end()) is not None:
                    word = _word_before(self.text, match.start())
                    if word:
                        counts[word] += 1
            self.paper_words = frozenset(word for word, count in counts.items() if count >= 2)
        return self.paper_words

    def quotes_papers(self) -> bool:
        """Whether the digest quotes the papers it names: two quoted names or more with a paper's link or arXiv id
        right after them, on their line or the next (`14.03 - "Title"` / `https://arxiv.org/abs/…`)."""
        if self.linked_quotes is None:
            self.linked_quotes = sum(
                1
                for match in _QUOTED_TITLE.finditer(self.text)
                if _PAPER_LINK_AFTER_OR_BELOW.match(self.text, match.end()) is not None
            )
        return self.linked_quotes >= 2

    def words_before(self, position: int) -> tuple[str, list[str]]:
        """What stands before `position` on its line, and its last two words without their marks."""
        on_line = self.text[self.text.rfind("\n", 0, position) + 1 : position]
        return on_line, [word.strip("*_\"'“”‘’([{") for word in on_line[-48:].split()[-2:]]

    def quoted_as_other_kind(self, match: re.Match[str], index: int) -> bool:
        """Whether a run of words stands inside quotes on its line whose words before or after say they name
        another kind of thing (`«Build a Large Language Model (From Scratch)» kitabı`, `the blog post "…"`)."""
        line_start = self.starts[index]
        line_end = self.text.find("\n", match.end())
        line_end = len(self.text) if line_end < 0 else line_end
        opening = max(self.text.rfind(mark, line_start, match.start()) for mark in '«“„"「『')
        if opening < 0:
            return False
        closing = min(
            (at for mark in '»”"」』' if (at := self.text.find(mark, match.end(), line_end)) >= 0), default=-1
        )
        if closing < 0 or self.text.find(self.text[opening], opening + 1, match.start()) >= 0:
            return False  # (no closing mark after it, or the quote opened before it closed before it)
        return OTHER_KIND_BEFORE.search(
            self.text[max(line_start, opening - 64) : opening]
        ) is not None or says_other_kind_after(self.text[closing + 1 : closing + 81])

    def quoted_beside_a_paper(self, match: re.Match[str], words: list[str]) -> bool:
        """Whether a quoted name in Title Case, three words or more, stands beside another quoted name that reads
        as a paper's title, the two joined by a comma or a conjunction in the writer's language (`"Title A" och
        "Title B"`, `« A » et « B »`, `"A", "B" ve "C"`): it is named as the other is, weakly."""
        if (
            len(words) < 3
            # (in sentence case, five words or more as research titles are: `"Understanding the difficulty of …"`)
            or (
                _capital_ratio(words) < 0.75
                and not (len(words) >= 5 and _sentence_case_research_title(" ".join(words)))
            )
            or "," in match.group(0)
            or _YEAR_IN.search(match.group(0))
        ):
            return False  # (not a record's note beside its title: `"Title", "Neural Computation 2006, copy"`)
        joined = _QUOTES_JOINED.search(self.text, max(0, match.start() - 16), match.start() + 1)
        if joined is not None:
            closing = joined.start()
            opening = max(self.text.rfind(mark, max(0, closing - 250), closing) for mark in '"“„«')
            before = self.text[opening + 1 : closing].strip(" \u00a0\u202f") if opening >= 0 else ""
            if before and "\n" not in before and _assess(before, structured=True) == 2:
                return True
        after = _QUOTES_JOINING.match(self.text, match.end())
        if after is not None:
            closing = min(
                (at for mark in '"”»“' if (at := self.text.find(mark, after.end(), after.end() + 250)) >= 0),
                default=-1,
            )
            following = self.text[after.end() : closing].strip(" \u00a0\u202f") if closing >= 0 else ""
            return bool(following) and "\n" not in following and _assess(following, structured=True) == 2
        return False

    def cited_by_authors(self, match: re.Match[str]) -> bool:
        """Whether a quoted name is followed by who wrote it: `(Zhang, Bengio, Hardt)`, `(Chen et al., 2020)`."""
        after = self.text[match.end() : match.end() + 90]
        if _BY_AUTHORS.match(after):
            return True
        if _POSSESSIVE_AUTHORS.search(self.text[max(0, match.start() - 60) : match.start()]):
            return True  # `Glorot & Bengio's "Understanding the difficulty of ..."`, `Li et al.'s “...”`
        cited = _CITED_AFTER.match(after) or _COMMA_CITED_AFTER.match(after)
        if cited is None:
            return False
        who = cited.group("who")
        return _ET_AL_ANY.search(who) is not None or _CITED_WHO.search(who) is not None

    def called_a_paper(self, match: re.Match[str], index: int) -> bool:
        """Whether the sentence calls the Latin run after it a paper in its own script (`ELMo वाले पेपर Title ने`)."""
        before = self.text[max(self.starts[index], match.start() - 40) : match.start("title")]
        return _PAPER_WORD_BEFORE.search(before) is not None

    def inside_page_link(self, match: re.Match[str], line_start: int) -> bool:
        """Whether `match` lies in the text of a Markdown link to a page that is no paper's, a text that is the
        title its site gives the page (`… — Dive into Deep Learning 1.0.3 documentation`, `GitHub - owner/repo: …`)."""
        line_end = self.text.find("\n", match.end())
        for link in _MD_LINK.finditer(self.text, line_start, line_end if line_end >= 0 else len(self.text)):
            if link.start("label") <= match.start() and match.end() <= link.end("label"):
                url = link.group("url")
                return SITE_PAGE_TITLE.search(link.group("label").strip()) is not None and not (
                    any(True for _ in find_ids(url)) or is_paper_page(url)
                )
        return False

    def sentence_case_quoted_in_other_script(self, title: str, match: re.Match[str], line_start: int) -> bool:
        """Whether a quoted title in sentence case, five words or more in research words (opening with what it does,
        `Training …`, or three of them), stands in another script's sentence: its words right after the quote, and
        before it on the line too, or the quote opening its list item (`4- «Title» لأن …`)."""
        words = title.split()
        if len(words) < 5 or not _sentence_case_research_title(title) or names_no_paper(title):
            return False
        if not (words[0].endswith("ing") or research_words(words) >= 3):
            return False
        after = self.text[match.end() : match.end() + 40].lstrip(' \t—–-,:;»”"')
        if _OTHER_SCRIPT_OPENING.match(after) is None:
            return False
        lead = self.text[line_start : match.start()].strip()
        # (the item's mark and nothing else before the quote: `4-`, `•`)
        marked = _NUMBER.match(lead + " x") or _BULLET.match(lead + " x")
        return _OTHER_SCRIPT.search(lead) is not None or (
            marked is not None and marked.end() == len(lead) + 1
        )

    def called_a_paper_after(self, match: re.Match[str]) -> bool:
        """Whether the sentence going on after a quoted name calls it a paper, in Chinese, Japanese or Korean
        (`“Attention Is All You Need”不用多说了，Transformer 的原始论文。`)."""
        end = self.text.find("\n", match.end(), match.end() + 80)
        sentence = _CJK_OR_LATIN_STOP.split(
            self.text[match.end() : end if end >= 0 else match.end() + 80], maxsplit=1
        )[0]
        return _PAPER_WORD_CJK.search(sentence) is not None

    def message_subjects(self) -> frozenset[str]:
        """The subjects of the messages the digest holds (`Subject: …`, past `Re:` and `Fwd:`), once asked."""
        if self.subjects is None:
            self.subjects = frozenset(
                _REPLY_PREFIX.sub("", found.group("subject")).strip()
                for found in line_matches(_SUBJECT_LINE, self.text)
            )
        return self.subjects

    def listed_note_files(self, index: int) -> bool:
        """Whether the line at `index` is in a run of three or more lines listing note files and their titles
        (`t3fa.md  Title`), half of whose titles or more read as research papers'."""
        if _NOTE_FILE_THEN_TITLE.fullmatch(self.lines[index]) is None:
            return False
        first = index
        while first > 0 and _NOTE_FILE_THEN_TITLE.fullmatch(self.lines[first - 1]) is not None:
            first -= 1
        last = index
        while (
            last + 1 < len(self.lines) and _NOTE_FILE_THEN_TITLE.fullmatch(self.lines[last + 1]) is not None
        ):
            last += 1
        if last - first < 2:
            return False
        titles = [
            found.group("title")
            for line in range(first, last + 1)
            if (found := _NOTE_FILE_THEN_TITLE.fullmatch(self.lines[line])) is not None
        ]
        return sum(1 for title in titles if research_title(title)) * 2 >= len(titles)

    def tagged_a_paper_below(self, index: int) -> bool:
        """Whether the line below the heading at `index` (past a blank one) holds its note's tags alone, one of them a
        paper's (`#paper #vae`, `#पेपर`, `#論文`)."""
        below = next((line for line in self.written[index + 1 : index + 3] if line.strip()), "")
        tags = below.split()
        return (
            bool(tags)
            and all(_HASHTAG.fullmatch(tag) is not None for tag in tags)
            and any(
                tag[1:].casefold() in PAPER_TYPES or A_PAPER.fullmatch(tag[1:]) is not None for tag in tags
            )
        )

    def own_title_in_front_matter(self, index: int) -> bool:
        """Whether the line at `index` is the `title:` of the front matter that opens the digest (`---` … `---`),
        and nothing else there says the document is about a paper (its authors, id, venue, or `type: paper`)."""
        if (
            not self.written
            or self.written[0].strip() != "---"
            or not self.written[index].startswith("title:")
        ):
            return False
        keys: set[str] = set()
        for line in range(1, min(len(self.written), _FRONT_MATTER_LINES)):
            text = self.written[line]
            if text.strip() == "---":
                return index < line and not keys & _PAPER_NOTE_KEYS
            if (key := _FRONT_MATTER_FIELD.match(text)) is not None:
                keys.add(key.group("key").casefold())
                if (typed := _FRONT_MATTER_KEY.match(text)) is not None and any(
                    value.strip(" '\"").casefold() in PAPER_TYPES
                    for value in typed.group("values").strip(" []").split(",")
                ):
                    keys.add("paper")
        return False

    def front_matter_types(self, index: int) -> frozenset[str]:
        """The kinds, in lower case, that the front matter right above the line at `index` gives its document by its
        `type`, `kind`, `category` or `tags` (`type: paper`, `tags: [paper]`, or a list's item, `tags:` / `  - paper`);
        none when no `---` block ends right above it. (Its lines as the digest has them: a record's reader may have
        taken them.)"""
        above = index - 1
        while above >= 0 and not self.written[above].strip():
            above -= 1
        if above < 1 or self.written[above].strip() != "---":
            return frozenset()
        kinds: set[str] = set()
        for line in range(above - 1, max(-1, above - _FRONT_MATTER_LINES), -1):
            text = self.written[line].strip()
            if text == "---":
                return frozenset(kinds)
            keyed = _FRONT_MATTER_KEY.match(text)
            if keyed is not None:
                values = keyed.group("values").strip(" []")
                kinds.update(value.strip(" '\"").casefold() for value in values.split(",") if value.strip())
            elif text.startswith("- "):
                # (a list's value: its key's, `tags:` / `  - paper`)
                kinds.add(text[2:].strip(" '\"").casefold())
        return frozenset()

    def tuple_kind(self, match: re.Match[str], line_start: int) -> str | None:
        """The kind a tuple's last bare word gives (`book`, `:paper`), in lower case, when the quoted name at `match`
        opens the tuple on its line (`  '(("Title" "https://…" 2 "note" paper)`)."""
        if _TUPLE_OPENING.fullmatch(self.text, line_start, match.start()) is None:
            return None
        end = self.text.find("\n", match.end())
        typed = _TUPLE_KIND_AT_END.search(self.text, match.end(), end if end >= 0 else len(self.text))
        return typed.group("kind").casefold() if typed is not None else None

    def sentence_subtitled(self, title: str, match: re.Match[str]) -> Reason | None:
        """Whether a name, its colon and a subtitle in sentence case, in the writer's prose, is a paper's title:
        weakly, when its name is in Title Case (or a coined one), its subtitle in a research paper's words and none
        of the writer's own (`we`, `please`, `was`), and no longer name ends before it."""
        name, _, subtitle = title.partition(": ")
        name_words, subtitle_words = name.split(), subtitle.split()
        coined = len(name_words) == 1 and (
            _MIXED_CASE_NAME.search(name) is not None or any(char.isdigit() or char == "-" for char in name)
        )
        if not ((len(name_words) >= 2 and _capital_ratio(name_words) >= 0.75) or coined):
            return None
        if _capital_ratio(subtitle_words) >= 0.5 or research_words(subtitle_words) == 0:
            return None  # (in Title Case: the colon reader's; or in no research words: the writer's sentence)
        if any(word.casefold() in _WRITERS_SUBTITLE_WORDS for word in subtitle_words):
            return None  # (`Update: We moved the reading group to Friday`)
        if label_of(name) is not None or _EVENT_WORDS.search(title) or NOT_A_NAME.match(title):
            return None  # (`Topics: Masked language modelling and …`, a label's value)
        on_line, previous = self.words_before(match.start())
        if not any(char.isalpha() for char in on_line):
            return None  # (a line that opens with it: a title line, the line reader's; a chat's speaker and words)
        if previous and (previous[-1][:1].isupper() or previous[-1].endswith((":", "："))):
            return None  # (the end of a longer name, or a label's value)
        if _QUOTE_MARK_BEFORE.search(on_line) is not None:
            # (`Ana: > Ben Li: his words`: a chat's reply quoting a message, its speaker and words)
            return None
        return Reason.VENUE if _VENUE_AFTER.match(self.text, match.end()) else Reason.SHAPE

    def type_line_above(self, index: int) -> str | None:
        """The resource type a reading list prints alone on the line right above an item's title (`Artikkel`,
        `Video`, `Nettside`, `Book chapter`), in lower case without its spaces, when the line below the title is one
        of its fields (`Forfatter: …`, `Author: …`); else None."""
        if index < 1 or index + 1 >= len(self.lines):
            return None
        above = self.lines[index - 1].strip()
        if not above or len(above) > 24 or len(above.split()) > 2 or not above.replace(" ", "").isalpha():
            return None
        if _FIELD_LINE.match(self.lines[index + 1]) is None:
            return None
        return above.casefold().replace(" ", "")

    def line_says_not_a_paper(self, index: int, title: str) -> bool:
        """Whether the line at `index` ends on a parenthesis that says `title` is not a paper (`Title fra bunden
        (dokumentation, ikke en artikel)`), three of the writer's words at most between the two and no note of
        theirs opened by a dash or a colon, which may name what the parenthesis speaks of (`Title – the method
        and the Arena behind it (the leaderboard's site, not a paper)`)."""
        line = self.lines[index]
        last = _LAST_PARENTHESIS.search(line) if line.endswith((")", "）")) else None
        at = line.find(title)
        if last is None or at < 0 or last.start() < at + len(title):
            return False
        between = line[at + len(title) : last.start()]
        return (
            len(between.split()) <= 3
            and _NOTE_OPENING.search(between) is None
            and says_not_a_paper(last.group("inside"))
        )

    def parenthesis_after(self, index: int, title: str) -> str:
        """The parenthesis right after `title` on line `index` (`"Title (a note)"`), or ""."""
        line = self.lines[index]
        at = line.find(title)
        own = _PARENTHESIS_NEXT.match(line, at + len(title)) if at >= 0 else None
        return own.group("own") if own is not None else ""

    def labels_documentation(self, end: int) -> bool:
        """Whether what ends at `end` is the label of a link to documentation that follows it on its line, a field's
        name at most between them (a record's label and its docs link: `'Name', href: 'https://…/docs/…'`)."""
        stop = self.text.find("\n", end)
        rest = self.text[end : stop if stop >= 0 else len(self.text)]
        url = _URL.search(rest)
        return (
            url is not None
            and _DOCUMENTATION_URL.search(url.group()) is not None
            and len(re.findall(r"[^\W\d_]{2,}", rest[: url.start()])) <= 1
        )

    def clause_of_its_own(self, match: re.Match[str], title: str, words: Sequence[str]) -> bool:
        """Whether a run in sentence case inside a Chinese, Japanese or Korean sentence stands between two of its
        commas or stops, a clause of its own, and reads as a research title of six words or more (`蛋白那边不用说了，
        Highly accurate protein structure prediction with …，今年最大的新闻`)."""
        before = self.text[max(0, match.start() - 1) : match.start()]
        after = self.text[match.end() : match.end() + 1]
        return (
            before in _CJK_CLAUSE_MARKS
            and after in _CJK_CLAUSE_MARKS
            and len(words) >= 6
            and research_words(words) >= 2
            and _sentence_case_research_title(title)
        )

    def is_prose_title(self, title: str, kind: str, match: re.Match[str], index: int) -> Reason | None:
        if _URL.search(title) or _NEWS.search(title) or _is_author_line(title, strict=True):
            return None
        if _ASKS_SOMEONE.match(title) is not None:
            return None  # (`Could you share the slides for the session?`: the writer asking, no title's question)
        if title.count("[") != title.count("]"):
            # (`… SAVEDATE LITERAL+ NOTIFY SPECIAL-USE] Logged in`: a bracket another text opened)
            return None
        if title[:2].isupper() and _COURSE_TITLE.match(title):
            return None  # (`"CS 285: Deep Reinforcement Learning (Berkeley)"`: a university course, by its number)
        if _names_own_kind(title) is not None:
            return None  # (`"Talk: Title"`, `S2E5 Lecture: Title`: a name that says its own kind, a talk's)
        if self.line_says_not_a_paper(index, title):
            return (
                None  # (`Title fra bunden (dokumentation, ikke en artikel)`: its line's parenthesis says so)
            )
        if kind in ("latin-run", "cjk-run", "cjk-line", "prose-run") and speaks_of_papers(title):
            return None  # (`Guided Reading of Landmark Papers in Machine Learning`: a course's name, about papers)
        line_start = self.starts[index]
        if kind == "quote" and self.labels_documentation(match.end()):
            return None  # (`{ label: 'Library docs: Model', href: 'https://…/docs/…' }`: that page's name)
        if _COURSE_PLATFORM.search(self.text, max(line_start, match.start() - 24), match.start()) is not None:
            return (
                None  # (`Coursera's Title`, `Udacity-এর Title`: a course a learning platform gives, no paper)
            )
        if (
            title[:9].casefold() == "intro to "
            or self.text[max(line_start, match.start() - 9) : match.start()].casefold() == "intro to "
        ):
            return None  # (`Intro to Graph Models`: a course's or a tutorial's name, as no paper is titled)
        if (
            kind
            not in (
                "quote",
                "book",
            )  # (`[GitHub - owner/repo: reference implementation of "Title"](…)` names it)
            and "](" in self.text[match.end() : match.end() + 300]
            and self.inside_page_link(match, line_start)
        ):
            return None  # (`[Chapter — Dive into Deep Learning 1.0.3 documentation](https://d2l.ai/…)`: a page's title)
        if kind == "book" and _BANNER_LINE.match(self.text, line_start) is not None:
            return None  # (`=== <Query Result 1> ===`: a program's banner over its output)
        if "iv" in title and (_ARXIV_ID_INSIDE.search(title) or _ARXIV_CUT.search(title)):
            # (`"1. Title, arXiv:1706.03762 ."`: a quoted line of a list, its id in it, no title; `Title, arXiv:2310`, a
            # run cut inside the id that follows the title, which that id's entry holds)
            return None
        if kind == "quote" and (typed := self.tuple_kind(match, line_start)) is not None:
            # (a quoted name opening a tuple whose last bare word gives its kind: `("Title" "https://…" 2 "note"
            # book)`, a REPL's list; Elixir's `{"Title", :paper}`)
            if typed in NOT_PAPER_TYPES:
                return None
            words = title.split()
            if (
                typed in PAPER_TYPES
                and len(words) >= 3
                and (research_words(words) >= 1 or _sentence_case_research_title(title))
                and not names_no_paper(title)
            ):
                return Reason.NAMED
        labelled = _LINE_LABEL.match(self.text, line_start, match.start())
        if labelled is not None and label_of(labelled.group("label")) is Label.NOT_PAPER:
            return None  # (`1. kurs: wykład … z NYU Deep Learning (Y. LeCun, …)`: a line its label says is a course)
        if (
            labelled is not None
            and labelled.end() == match.start()
            and label_of(labelled.group("label")) in (Label.SUMMARY, Label.META)
            and not self.text[match.end() : match.end() + 40].split("\n", 1)[0].strip(" \t,;")
        ):
            return None  # (`notiz: 'Words …',`: a data record's note, its whole value in quotes, not a title it quotes)
        opening = match.start("title") if kind == "latin-run" else match.start()
        if kind in (
            "quote",
            "book",
            "emphasis-name",
            "latin-run",
            "foreign-run",
        ) and OTHER_KIND_BEFORE.search(self.text[max(line_start, opening - 64) : opening]):
            return None  # `ブログ記事「The Annotated S4」`, `im Blogbeitrag „...“`, `视频《...》`: a post, a video ...
        if kind == "quote" and (
            _BOOK_LABEL_BEFORE.search(self.text, line_start, opening + 1) is not None
            or _BOOKS_LABELLED_LINE.match(self.text, line_start, opening) is not None
            or (
                index > 0
                and _QUOTE_OPENING_LINE.fullmatch(self.text, line_start, opening) is not None
                # (the line above as written: the reader's own copy of a line it read for links may be blank)
                and _BOOK_LABEL_ENDING.search(self.text, self.starts[index - 1], max(line_start - 1, 0))
                is not None
            )
        ):
            return (
                None  # (`Bok på hylla: Szeliski, "Title: Subtitle"`: a line that says it names a book, whole)
            )
        if (
            kind in ("quote", "latin-run", "foreign-run", "emphasis-name")
            and ":" not in title
            and len(title.split()) <= 6
            and _BOOK_IN_CLAUSE.search(self.text[max(line_start, opening - 64) : opening]) is not None
        ):
            # (`ένα βιβλίο (Bishop ή το “Dive into Deep Learning”)`, `Книгу Гудфеллоу …, но лучше «…»`: a short name
            # quoted in the clause that speaks of a book, no paper's title with its subtitle)
            return None
        after = self.text[match.end() : match.end() + 60].split("\n", 1)[0]
        who = match.groupdict().get("who")
        if (
            VERSIONED.search(title)
            or says_other_kind_after(after)
            or (who and PUBLISHER.search(who))
            or kind_in_own_parenthesis(title)
        ):
            # `"Policy (v3.2)"`, `"Title" guide`, `"Title" — blog post`, `*Title* (Hwu, Kirk, El Hajj; 4th ed.)`,
            # `*Title* (O'Reilly, 2022)`: a document, a post, a book
            return None
        if kind == "book" and _KANA.search(title) is not None:
            return None  # (`「ReAct は LangChain のエージェントと同じもの？」`: a reader's words quoted, in Japanese)
        words = title.split()
        if kind == "sentence-subtitled":
            return self.sentence_subtitled(title, match)
        if kind == "cited-sentence":
            # a sentence of a title's words alone, cited by its authors: weakly a paper (a service confirms it)
            # (in sentence case, only a title that opens with what it does, `Mastering …`, `Training …`: a claim
            # opens with its subject, `Masked image modeling reconstructs …`, and reads the same otherwise)
            sentence_case = _capital_ratio(words) < 0.75
            if (
                sentence_case
                and not (
                    words[0].endswith("ing")
                    and _sentence_case_research_title(title)
                    and _CLAIM_WORD.search(title) is None
                )
            ) or (len(words) < 4 and _assess(title, structured=True) < 2):
                return None
            if self.wrapped_into(index) and match.start() == self.starts[index]:
                return None  # (the end of a sentence wrapped from the line above)
            if sentence_case and self.among_cited_claims(index):
                return None
            return Reason.SHAPE
        if kind == "read-run":
            # `(3) Then read Neural Turing Machines. (4) …`: a reading plan's sentence names what to read, weakly a
            # paper when it is a research title of three words or more in Title Case
            # (four words or more when the writer's sentence goes on after it: `read Title last night`)
            going_on = self.text[match.end() : match.end() + 1] in (" ", "\t")
            if (
                len(words) < (4 if going_on else 3)
                or _capital_ratio(words) < 1
                or names_no_paper(title)
                or not research_words(words)
            ):
                return None
            return Reason.TO_READ
        if kind == "the-paper-cited":
            # `as in the Neural Turing Machines paper (Graves, Wayne and Danihelka, 2014)`: called a paper, then
            # cited by its authors and year
            who = match.group("who")
            by_authors = _ET_AL_ANY.search(who) is not None or _CITED_WHO.search(who) is not None
            return (
                Reason.AUTHORS if by_authors and len(words) >= 2 and _capital_ratio(words) >= 0.75 else None
            )
        if (
            kind == "named-emphasis"
        ):  # `the **Consistency Models** paper`: called a paper, a short title will do
            return (
                Reason.NAMED
                if _assess(title, structured=True) >= 1 and _capital_ratio(words) >= 0.6
                else None
            )
        if (
            _assess(title, structured=True) < 2
            and not (
                # a note is named by the paper's title as its writer spells it, in sentence case too; so is a quoted
                # title its authors cite (`"Understanding deep learning requires ..." (Zhang, Bengio, Hardt)`)
                (kind == "wiki" or (kind == "quote" and self.cited_by_authors(match)))
                and len(words) >= 4
                # (typed in lower case, as a comment does: `Glorot & Bengio, "understanding the difficulty …"`)
                and (
                    title[0].isupper()
                    or (kind == "quote" and _sentence_case_research_title(title.capitalize()))
                )
                and not _SENTENCE_INSIDE.search(title)
                and not _PAST_TENSE.search(title)
            )
            and not (kind == "quote" and (_subtitled(title) or _named_in_lower_case(title)))
            and not (kind == "quote" and self.sentence_case_quoted_in_other_script(title, match, line_start))
            # (quoted beside a quoted title, joined to it by a conjunction, weighed below: `"Understanding the …" and
            # "Title: Subtitle"`)
            and not (
                kind == "quote"
                and len(words) >= 5
                and _sentence_case_research_title(title)
                and self.quoted_beside_a_paper(match, words)
            )
            # (in Chinese or Japanese title marks, not angle brackets, a research title in sentence case:
            # `「Title」（Nick）`)
            and not (
                kind == "book"
                and not match.group("angled")
                and len(words) >= 5
                and _sentence_case_research_title(title)
                and not _SENTENCE_INSIDE.search(title)
            )
            # (`"Training language models to follow …", el paper de InstructGPT`: quoted, then called a paper)
            and not (
                kind == "quote"
                and _CALLED_A_PAPER.match(self.text, match.end(), match.end() + 80) is not None
                and _sentence_case_research_title(title)
            )
            # (a long sentence-case title in another script's sentence: the script around it bounds it; in another
            # language's sentence, the citation after it and its first capital, weighed below)
            and kind not in ("foreign-cited", "lower-latin-run", "cjk-line")
            # (or a clause of its own in a Chinese, Japanese or Korean sentence, weighed below)
            and not (kind == "cjk-run" and self.clause_of_its_own(match, title, words))
            and not (
                kind == "latin-run"
                and (len(words) >= 7 or self.called_a_paper(match, index))
                and _sentence_case_title(title)
            )
        ):
            return None
        if kind == "book":
            if match.group("angled") and sum(
                1 for word in words if word.isupper() and len(word) > 1
            ) * 2 >= len(words):
                return (
                    None  # (`DEFINITIONS <EXPLICIT or IMPLICIT> TAGS`: a grammar's placeholder, in capitals)
                )
            return Reason.BOOK_QUOTES if len(words) >= 3 or ":" in title else None
        if kind == "cited":
            on_line, previous = self.words_before(match.start())
            line_end = self.text.find("\n", match.end())
            rest_of_line = self.text[match.end() : line_end if line_end >= 0 else len(self.text)]
            opens_prose = len(rest_of_line.split()) >= 4  # `Title (Brown et al., 2020) warms up over ...`
            if (
                not any(char.isalpha() for char in on_line)
                and not opens_prose
                and not self.wrapped_into(index)
            ) or (previous and previous[-1][:1].isupper()):
                return None  # a title line (not one going on from a wrapped line above), or the end of a longer name
            # (three words will do, in research words, cited by its authors and year: `Autoregressive Entity
            # Retrieval (De Cao et al., ICLR 2021)`)
            short_cited = bool(
                len(words) == 3
                and all(
                    word[:1].isupper() for word in words
                )  # (not `large-batch SGD on ImageNet (Goyal et al.)`)
                and research_words(words) >= 1
                and (
                    _ET_AL_ANY.search(match.group("who") or "")
                    # (or by its model's short name, no initials of its words: `Title (GENRE)`)
                    or (
                        (short_name := match.group("nick")) is not None
                        and _NICKNAME.fullmatch(short_name) is not None
                        and short_name.casefold() not in _NOT_NICKNAMES_FOLDED
                        and not spelled_by_initials(f"{title} ({short_name})")
                        # (not a sentence going on about the thing named: `… Networks (ConvNets) are usually …`)
                        and re.match(r"[ \t]+[a-z]", self.text[match.end() : match.end() + 3]) is None
                    )
                )
            )
            if (len(words) < 4 and not short_cited) or _capital_ratio(words) < 0.75 or names_no_paper(title):
                return None
            nick = match.group("nick")
            if nick is not None:
                # `Title (SayCan)`, `Title (the Trajectory Transformer)`: the paper's short name; not the title's
                # initials (`Proximal Policy Optimization (PPO)` names a method), nor a place's or an event's name
                names = nick.replace("/", " ").split()
                if _EVENT_WORDS.search(title) or names[-1].casefold() in _NOT_NICKNAMES_FOLDED:
                    return None
                if match.group("called") is None and (
                    # bare, it must read as a model's name: `(SayCan)`, `(DALL-E 2)`, not a person's (`(Mei-Ling
                    # Sato)`, a talk's speaker), nor the initials of a name (`GNU Lesser Public License (LGPL)`)
                    not (nicknamed(f"{title} ({names[0]})") or (short_cited and len(words) == 3))
                    or (nick.isupper() and set(nick.casefold()) <= {word[0].casefold() for word in words})
                ):
                    return None
                return Reason.NICKNAME
            return Reason.AUTHORS
        if kind == "footnote":
            who = match.group("who")
            if _VENUE_YEAR.search(who) or re.search(r"\b(?:arXiv|CoRR|preprint)\b", who, re.IGNORECASE):
                return Reason.VENUE
            return Reason.AUTHORS if _CITED_WHO.search(who) or _ET_AL_ANY.search(who) else None
        if kind == "after-colon":
            # `week 4 the SDE paper obviously: Score-Based Generative Modeling through ... Equations. it's long`
            # (three words will do when all are research's and they end the writer's sentence and line: `V dodatku:
            # Self-Supervised Variational Auto-Encoders.`)
            if (
                len(words) < 3
                or (
                    len(words) == 3
                    and not (
                        research_words(words) == 3
                        and _SENTENCE_ENDS_LINE.match(self.text, match.end()) is not None
                    )
                    # (or when the writer says which lab it came from: `Lead: A Generalist Agent from DeepMind, …`)
                    and not (
                        research_words(words) >= 1
                        and match.group("title") != title
                        and _BY_AUTHORS_AT_END.search(match.group("title")) is not None
                    )
                )
                or _capital_ratio(words) < 0.75
                or NOT_A_NAME.match(title)
                or _SENTENCE_INSIDE.search(title)
                or _PAST_TENSE.search(title)
                or _EVENT_WORDS.search(title)
                or _assess(title, structured=False) < 2
            ):
                return None
            line = self.lines[index]
            lead = self.text[self.starts[index] : match.start()].strip(" \t:：*_")
            item = _BULLET.match(line) or _NUMBER.match(line)
            if line.startswith("#") or (item is not None and not _writers_lead(line[item.end() :], title)):
                return None  # (an item's or a heading's `Label: Title` is the line reader's, a field's)
            if label_of(lead) not in (None, Label.TITLE, Label.LINK):
                # `author: Distributed Systems Group (DSG)`: a field's value, never a title (a source's label names
                # its title when no address follows it, `Źródło: Title, Authors, NIPS 2012.`)
                return None
            following = self.lines[index + 1].lstrip("> \t") if index + 1 < len(self.lines) else ""
            ends_line = self.text[match.end() : match.end() + 1] in ("\n", "")
            if ends_line and following[:1].isupper() and "? " not in title:
                return None  # (the title may go on on the next line, cut where the text was wrapped)
            # (a venue in parentheses after it is evidence; else weakly: a service, or the user, confirms it)
            return Reason.VENUE if _VENUE_AFTER.match(self.text, match.end()) else Reason.SHAPE
        if kind == "colon":
            if (
                (len(words) < 5 and _COINED_SHORT_COLON_TITLE.fullmatch(title) is None)
                or _capital_ratio(words) < 0.75
                or NOT_A_NAME.match(title)
            ):
                return None  # (four words will do after a coined name: `DoRA: Weight-Decomposed Low-Rank Adaptation`)
            subtitle = title.split(":", 1)[-1].strip(" .")
            if _is_author_line(subtitle) and not research_words(subtitle.split()):
                # `Organisers: Miguel Azevedo, Ana Rocha, Joana Pires`: names after a label (no person is named
                # `Efficient Foundation Language Models`)
                return None
            if _EVENT_WORDS.search(title) or _COURSE_CODE.match(title):
                return None
            if _DAY_WORD.search(title.split(":", 1)[0]) is not None:
                return None  # (`Background for Thursday: Title`: the writer's lead, for a day, no name of the title's)
            on_line, previous = self.words_before(match.start())
            line_end = self.text.find("\n", match.end())
            rest_of_line = self.text[match.end() : line_end if line_end >= 0 else len(self.text)]
            # (a hard-wrapped sentence going on into this line: `the idea goes back to` / `Name: Title. Expert …`)
            wrapped = (
                index > 0
                and _MID_SENTENCE_END.search(self.lines[index - 1]) is not None
                and not self.lines[index - 1].lstrip().startswith("#")
                and not (_BULLET.match(self.lines[index]) or _NUMBER.match(self.lines[index]))
            )
            if (
                not any(char.isalpha() for char in on_line)
                and not wrapped
                and not (
                    # (`Name: Title. 25 agents in a town ...`, a post or a message opening with the title it is about,
                    # then the writer's sentence in lower case or with a number; or the sentence whose subject it is:
                    # `Name: Title trains the generator to ...`)
                    (_WRITERS_SENTENCE_AFTER.match(rest_of_line) and len(rest_of_line.split()) >= 5)
                    or (
                        # (`- Name: Title: what it does`, `Name: Title -- use their analysis`: the writer's note; a
                        # research title's words at least)
                        (
                            _VERB_AFTER.match(rest_of_line)
                            or _NOTE_AFTER_COLON.match(rest_of_line)
                            # (or the writer's sentence in any language: `XLNet: Title ratkaisee [MASK]-ongelman …`)
                            or _lower_case_sentence(rest_of_line)
                        )
                        and len(rest_of_line.split()) >= 4
                        and research_words(words) >= 2
                    )
                )
            ):
                return None  # a line that starts with it: a title line, the line reader's
            if on_line.rfind("[") > on_line.rfind("]"):
                return None  # the text of a link: the link readers'
            marks = (
                _BULLET.sub("", on_line, count=1) if on_line[:1] in "* \t" else on_line
            )  # (a `* ` bullet's star)
            if marks.count("*") % 2 == 1 and not marks.endswith("*"):
                return None  # inside a longer emphasised name (`*Reading Papers as a Team: ...*`): the emphasis reader's
            if on_line.endswith(("*", "_")) and self.text[match.end() : match.end() + 1] in ("*", "_"):
                return None  # emphasised whole (`In *Deep Learning: Foundations and Concepts*, Bishop …`): the emphasis reader's
            before = self.text[max(line_start, match.start() - 48) : match.start()]
            if before[-1:] in (".", "/", "_", "$", "\\"):
                return (
                    None  # (`exec.PlannerProvider: Picked LOCAL …`: a logger's qualified name, a log message)
                )
            opens = (
                bool(previous)
                and previous[-1].casefold() in _SENTENCE_OPENERS
                and (len(previous) == 1 or previous[0].endswith((".", "!", "?")))
            )  # (`And PaLM: ...`, `... loss. Also LoRA: ...`: a sentence's first word, then the name)
            if (
                previous
                and not opens
                and (previous[-1][:1].isupper() or any(char.isdigit() for char in previous[-1]))
                # (nor a session's number after its word in lower case, `week 2 BERT: Title`)
                and not (previous[-1].isdigit() and len(previous) >= 2 and previous[-2].islower())
                # (nor the last word of the sentence before, `… fragt nach Audio. Name: Title …`, not an initial)
                and not (previous[-1][-1:] in ".!?…" and len(previous[-1].rstrip(".!?…")) > 1)
                # (no Latin name's word: `3D方向に興味があるなら Name: Title`, the writer's own words in Japanese)
                and _HAS_CJK.search(previous[-1]) is None
                # (`About RAG: Self-RAG: Learning to …`: a label, then a research title)
                and not (previous[-1].endswith((":", "：")) and research_words(words) >= 2)
            ):
                # the end of a longer name (`Scaling Laws Are Not Destiny: ...`, `1-bit LLMs: ...`)
                return None
            if (
                len(previous) == 2
                and previous[-1].casefold()
                in ("of", "for", "and", "the", "in", "on", "with", "to", "a", "an")
                and previous[0][:1].isupper()
                # (`Title A: Subtitle and Title B: ...`: two titles joined, not one longer name)
                and not (previous[-1].casefold() == "and" and ": " in on_line)
            ):
                return None  # (`The Era of 1-bit ...`)
            if _EVENT_BEFORE.search(before[-40:]):
                return None  # `the keynote, Beyond Accuracy: ...`: a talk's, a post's or a course's name
            after = self.text[match.end() : match.end() + 48]
            if _PROSE_TRIGGER.search(before) or _PAPER_AFTER.match(after) or _PROSE_AFTER.match(after):
                return Reason.NAMED  # `the Title paper`, `paper Title`
            return Reason.SHAPE  # (weakly: a service, or the user, confirms it)
        if kind == "latin-run":
            # `Их отчёт Language Models are Unsupervised Multitask Learners на arXiv ...`, `مقالهٔ Title را`: a run
            # of Title Case words in Latin letters inside a sentence of another script names something, weakly a
            # paper when long enough.
            # (in sentence case too when long: the other script around it marks where it starts and ends,
            # `... 하나만 보고`, `Training language models to follow instructions with human feedback 하나만`)
            # (shorter, when the sentence calls it a paper right before it: `ELMo वाले पेपर Deep contextualized word
            # representations ने`, `в статье Title`)
            sentence_cased = (
                (len(words) >= 7 or self.called_a_paper(match, index))
                and title.count(",") <= 1
                and not _SENTENCE_INSIDE.search(title)
            )
            venue_after = _CITED_AFTER.match(self.text[match.end() : match.end() + 90])
            who = venue_after.group("who") if venue_after is not None else ""
            # (or its authors and year: `Neural Turing Machines (Graves et al., 2014)`)
            cited = bool(who) and (
                _VENUE_YEAR.search(who) is not None
                or (_ET_AL_ANY.search(who) is not None and _YEAR_IN.search(who))
            )
            # (or they open on an indefinite article, as no product's or site's name does: `… พรีเซนต์ A Generalist
            # Agent ครับ`)
            indefinite = (
                len(words) == 3
                and words[0] in ("A", "An")
                and _capital_ratio(words) == 1
                and research_words(words[1:]) >= 1
            )
            if (
                # (three words will do when the sentence calls them a paper, `Το άρθρο Generative Adversarial
                # Networks του 2014`, or a venue and year follow them, `Title (GENRE, ICLR 2021)`)
                (
                    len(words) < 4
                    and not (len(words) == 3 and (self.called_a_paper(match, index) or cited or indefinite))
                )
                or (len(words) == 3 and research_words(words) < 2 and not cited and not indefinite)
                or (_capital_ratio(words) < 0.75 and not sentence_cased)
                or NOT_A_NAME.match(title)
                or _WRITER_CLAUSE.match(
                    title
                )  # (`… I'd love to try it on our data`: the writer's English sentence)
                or _URL.search(title)
                or _INSTITUTION_WORDS.search(title)  # (`IIT Madras Research Park`: a place, an organisation)
                or len(_LONG_NUMBER.findall(title)) >= 2  # (`Meeting ID 842 1573 0042, Passcode 605118`)
                or _OTHER_KIND_LAST.search(title)  # (`Hugging Face Audio Course`: a course, not a paper)
            ):
                return None
            return Reason.SHAPE
        if (
            kind in ("foreign-run", "latin-run", "prose-run")
            and len(words) >= 3
            and _capital_ratio(words) >= 0.75
        ):
            byline = _BYLINE_AFTER.match(self.text, match.end())
            if byline is not None and people_listed(english_et_al(byline.group("names"))):
                # (`… đọc paper gốc: Decoupled Weight Decay Regularization của Ilya Loshchilov, Frank Hutter.`: its
                # authors after another language's `by`)
                return Reason.AUTHORS
        if kind == "foreign-run":
            # `ang Towards Domain-Agnostic Contrastive Learning ug`: a Title Case run in a sentence of another language
            # in Latin letters, weakly a paper when it reads as a research paper's title (three words will do there)
            named = [word for word in words if not _SMALL_RE.fullmatch(word.casefold())]
            if (
                len(words) < 3
                or len(words) > 30
                # (one research word will do in a title of five words or more with small words between them,
                # `Describing and Localizing Multiple Changes with Transformers`, or in one of five words or more
                # that says something as a sentence does, `Attention Is All You Need`)
                or research_words(words)
                < (
                    1
                    if (len(named) >= 5 and len(named) < len(words))
                    or (len(words) >= 5 and any(word in _SENTENCE_VERBS for word in words))
                    else 2
                )
                or _capital_ratio(words) < 0.75
                or names_no_paper(title)
                or names_a_subject(words)  # (`buku Dive into Deep Learning`: a book)
                or _POSSESSIVE_WORD.search(title)  # (`DTU's 02456 Deep Learning`: a course)
                or _YEAR_IN.fullmatch(words[-1])  # (`Nature Machine Intelligence 2020`: a venue's volume)
                or _URL.search(title)
                or _VENUE_YEAR.search(title)
                or len(_LONG_NUMBER.findall(title)) >= 2
                or _OTHER_KIND_LAST.search(title)
            ):
                return None
            return Reason.SHAPE
        if kind == "lower-latin-run":
            # `top-p ئۈچۈن: the curious case of neural text degeneration`: a title typed in lower case inside
            # another script's sentence, weakly a paper when it reads as English research
            if (
                len(words) < 5
                or not _reads_as_english(words)
                or names_no_paper(title)
                or names_a_subject(words)
                or _URL.search(title)
            ):
                return None
            return Reason.SHAPE
        if kind == "foreign-cited":
            # `suonda Understanding the difficulty of training deep feedforward neural networks (Glorot e Bengio, 2010)`:
            # a title in sentence case, cited, inside a sentence of another language (`_foreign_cited_runs`: its
            # English and research words tell it from that language's own words)
            if len(words) > 25 or names_no_paper(title) or names_a_subject(words) or _URL.search(title):
                return None
            return Reason.SHAPE
        if kind in ("prose-run", "noted-run"):
            # `the model from Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer,
            # which ...`: a long Title Case name inside a sentence, weakly a paper (a service, or the user, confirms it)
            before = self.text[max(line_start, match.start() - 48) : match.start()]
            before = _SENTENCE_END.split(before)[-1]  # (what its own sentence says before it)
            if (
                len(words) > 20
                or _assess(title, structured=False) < 2
                or names_no_paper(title)
                or _VENUE_YEAR.search(title)
                or _EVENT_BEFORE.search(before[-40:])
                or OTHER_KIND_BEFORE.search(before)
            ):
                return None
            after = self.text[match.end() : match.end() + 48]
            if _PROSE_TRIGGER.search(before) or _PAPER_AFTER.match(after) or _PROSE_AFTER.match(after):
                return Reason.NAMED
            return Reason.SHAPE
        if kind == "cjk-line":
            # A line of English alone, the sentence going on below in Japanese, Chinese or Korean
            # (`OPT: Open Pre-trained Transformer Language Models` / `の付録と、…を読むといい`), in any case: what the
            # sentence names, weakly a paper when it reads as a research title.
            if names_no_paper(title) or _SENTENCE_INSIDE.search(title) or title.endswith((".", "!", "?")):
                return None
            if _capital_ratio(words) >= 0.75:
                return (
                    Reason.SHAPE
                    if (len(words) >= 4 or _named_and_subtitled(title)) and research_words(words)
                    else None
                )
            return Reason.SHAPE if len(words) >= 5 and _reads_as_english(words) else None
        if kind == "cjk-run":
            # A Title Case run in a Chinese, Japanese or Korean sentence: a paper's title when long (a method's name,
            # `Reinforcement Learning from Human Feedback`, is shorter) or subtitled, with words of research.
            lead = self.text[max(line_start, match.start() - 64) : match.start()]
            if lead.rstrip()[-1:] in ("《", "〈", "「", "『", "<", "“", '"'):
                return None  # (in title marks or quotes: the book or quote reader's, which weighs what is before)
            # (or of five words, when the sentence calls it a paper right before it: `参考にした論文の Title を`)
            called = len(words) == 5 and _CJK_PAPER_WORD_BEFORE.search(lead) is not None
            # (or of three words or more with its citation right after it: `Title（Hendrycks 等，ICLR 2021）`)
            cited = len(words) >= 3 and _CJK_CITATION_AFTER.match(self.text, match.end()) is not None
            nicked = _NICK_OPENS_PARENS.match(self.text, match.end(), match.end() + 40)
            short = nicked or _NICK_AFTER_COMMA.match(self.text, match.end(), match.end() + 40)
            if (
                short is not None
                and len(words) >= 5
                and spelled_by_initials(f"{title} ({short.group('name')})")
            ):
                # (`評估：Title（GLUE，9 項任務）`, `Title，HELM 嗰個 leaderboard`: the short name its initials spell opens
                # the writer's note after it; a concept's name and its short name alone in parentheses, `…（CNNs）`,
                # is no paper's)
                return Reason.NICKNAME
            if (
                nicked is not None
                and len(words) >= 3
                and _capital_ratio(words) == 1
                and research_words(words) >= 1
                and _NICKNAME.fullmatch(nicked.group("name")) is not None
                and nicked.group("name").casefold() not in _NOT_NICKNAMES_FOLDED
                and not _initials_spell(nicked.group("name"), title)
            ):
                # (`Zero-Shot Text-to-Image Generation（DALL-E，第一代）`: a short title, then the model it made, named
                # first in the writer's note in parentheses: no concept's initials, a model's name)
                return Reason.NICKNAME
            # (or a coined name in mixed case and a subtitle of three words: `提出了 Name: Three Word Subtitle`)
            name, _, subtitle = title.partition(": ")
            coined = (
                bool(subtitle) and _MIXED_CASE_NAME.fullmatch(name) is not None and len(subtitle.split()) >= 3
            )
            # (or of three to five words in Title Case opening on an indefinite article: `つまり A Sparse Mixer も`)
            indefinite = 3 <= len(words) <= 5 and words[0] in ("A", "An") and _capital_ratio(words) == 1
            if (
                (
                    len(words) < 6
                    and not _named_and_subtitled(title)
                    and not _five_words_of_grammar(words)
                    and not called
                    and not coined
                    and not cited
                    and not indefinite
                )
                or (_capital_ratio(words) < 0.75 and not self.clause_of_its_own(match, title, words))
                or names_no_paper(title)
                or research_words(words) < (1 if coined or indefinite else 2)
            ):
                return None
            return Reason.SHAPE
        if kind == "named":
            return Reason.NAMED if len(words) >= 4 and _capital_ratio(words) >= 0.6 else None
        if kind == "nick-then-title":
            nick = match.group("nick")
            if (
                _SOURCE_AT_END.search(match.group("title")) is not None
                and len(words) >= 4
                and _sentence_case_research_title(title)
            ):
                return (
                    Reason.VENUE
                )  # (`AlphaGo Zero (Mastering the game of Go without human knowledge, Nature 2017)`)
            # (three words will do in Title Case and research's, the name called a paper: `the GENRE paper
            # (Autoregressive Entity Retrieval)`)
            called_paper = (
                len(words) == 3
                and " paper" in match.group(0)[: match.start("title") - match.start()]
                and _capital_ratio(words) == 1
                and research_words(words) >= 2
            )
            if (
                (len(words) < 4 and not called_paper)
                or (_capital_ratio(words) < 0.75 and not _subtitled(title))  # (`BIG-bench (Name: subtitle)`)
                or not re.search(r"[A-Z0-9\-]", nick[1:])  # (a short name: `ControlNet`, `GPT-2`, `LoRA`)
                or title.count(",") > 1
                or not (
                    re.search(
                        r"\b(?:of|to|for|with|in|on|via|from|and|by|through|as|is|are)\b",
                        title,
                        re.IGNORECASE,
                    )
                    # (or long, in research words: `SimSiam (Exploring Simple Siamese Representation Learning)`)
                    or (len(words) >= 5 and research_words(words) >= 2)
                    or called_paper
                )
                or _VENUE_YEAR.search(title)
                or re.search(r"\b(?:19|20)[0-9]{2}\b", title)
                or _ET_AL_ANY.search(title)
                or _SENTENCE_INSIDE.search(title)
                or NOT_A_NAME.match(title)
            ):
                return None
            return Reason.NICKNAME
        if kind == "named-cited":
            # `InstructGPT: Training language models to follow … (Ouyang et al., 2022)`: a short name, a subtitle in
            # sentence case, then its authors or its venue and year
            who = match.group("who")
            # (the name may have been a reading plan's label, `Core: Title (Authors)`, cleaned away: the title whole)
            subtitle_words = title.split(":", 1)[-1].split()[1:]
            capitalised = [word for word in subtitle_words if word[:1].isupper() and not word.isupper()]
            if (
                _SENTENCE_INSIDE.search(title)
                or _PAST_TENSE.search(title)
                or research_words(words) < 2
                or names_no_paper(title)
                # (in sentence case throughout: `Priya Raman: Also for people new to evals, the MMLU paper is
                # Measuring Massive …` is a message naming a Title Case title, the other readers')
                or len(capitalised) * 4 > len(subtitle_words)
            ):
                return None
            if _ET_AL_ANY.search(who) or _CITED_WHO.search(who):
                return Reason.AUTHORS
            # (a venue's name alone will do: `(TMLR)`, `(NeurIPS)`)
            return Reason.VENUE if _VENUE_YEAR.search(who) or _VENUE_ALONE.fullmatch(who.strip()) else None
        if kind == "authors-emphasis":
            if _says_in_english(match.group("who")):
                return None  # (`In a way, **I'm brute forcing …**`: a sentence's words, not its authors)
            return Reason.AUTHORS if len(words) >= 3 or ":" in title else None
        if kind == "emphasis":
            # `*Title* (Yuan et al.)`, `**Title** (ICML 2023)`: emphasised, with its authors or venue.
            who = " ".join(match.group("who").split())
            return Reason.AUTHORS if "et al" in who or "&" in who else Reason.VENUE
        if kind == "wiki":
            # A note's link to another note, named by the paper's title and shown as its citation
            # (`[[Title|Christiano et al. 2017]]`), cited after it (`[[Title]] (Huang et al., ECCV 2016)`) or
            # given its short name (`[[Title]] (InstructGPT)`, weakly).
            shown = (match.group("alias") or "").strip()
            if shown and ("et al" in shown or _CITED_WHO.search(shown.replace("(", "").replace(")", ""))):
                return Reason.AUTHORS
            if shown and _CITATION_KEY_PAGE.match(match.group("title")) and _assess(title, True) >= 2:
                # `[[Graves 2014 NTM|Neural Turing Machines]]`, `[[@janner2021offline|Title]]`: a note named by
                # the paper's citation (its first author and year), shown by its title
                return Reason.AUTHORS
            cited = _CITED_AFTER.match(self.text[match.end() : match.end() + 90])
            if cited is not None and (
                _ET_AL_ANY.search(cited.group("who")) or _CITED_WHO.search(cited.group("who"))
            ):
                return Reason.AUTHORS
            if cited is not None and nicknamed(f"{title} ({cited.group('who')})"):
                return Reason.NICKNAME  # `[[Title]] (InstructGPT)`: named, then given its short name
            as_titled = title.replace(" - ", ": ")
            if (
                len(words) >= 4
                and (research_title(as_titled) or _named_and_subtitled(as_titled))
                # (`Lilian Weng - What are …`: a post, by its author's name)
                and not _a_persons_name(as_titled.partition(": ")[0])
            ):
                # `[[Proximal Policy Optimization Algorithms]] needs a reward model`: a note named by a research
                # title in Title Case (its colon a dash, as file names cannot hold one), weakly a paper's
                return Reason.SHAPE
            return None
        if match.group(0)[-2:-1] == "…" or match.group(0)[:-1].endswith("..."):
            return None  # (`"Attention is Not Only a Weight…"`: a title cut short, quoted to recall it, not to name it)
        before = self.text[max(0, match.start() - 16) : match.start()]
        after = self.text[match.end() : match.end() + 48]
        lead = self.text[max(line_start, match.start() - 60) : match.start()]
        talks = list(_TALK_BEFORE.finditer(lead))
        talk = talks[-1] if talks else None  # (the last word naming a talk before the name)
        if talk is not None and not re.search(r"\bpaper\b", lead[talk.end() :], re.IGNORECASE):
            # `gave a keynote titled "..."`, `defended her thesis, *"..."*`: not a paper (but `Two lectures ago
            # we did the paper everybody cites as *...*` names one)
            return None
        link = _LINK_AFTER.match(self.text, match.end())
        if (
            link is not None
            and not _is_paper_or_code(link.group("url"))
            and not _CODE_URL.match(link.group("url"))
        ):
            return None  # the name of a blog post or a page it links to, not a paper
        if (
            ":" in self.lines[index][:32]
            and (titled := read_field(self.lines[index])) is not None
            and titled[0] is Label.TITLE
            and self.page_field_below(index, title)
        ):
            # (a record's title field, its link field below a page's: `title: 'Title',` / `url: …`)
            return None
        if (
            len(words) >= 3
            and research_words(words) >= 1
            and _word_before(self.text, match.start()) in self.quoted_paper_words()
        ):
            return Reason.NAMED  # (`pepa “Title”`: the word this digest puts before the papers it links)
        if (
            kind == "quote"
            and len(words) >= 4
            and _capital_ratio(words) >= 0.75
            and research_words(words) >= 2
            and not title.endswith("?")
            and not names_no_paper(title)
            and self.quotes_papers()
        ):
            # (`Background: "Title" - chapters 2 and 3`, in a mail whose other quoted names have their paper's link:
            # quoted as this digest quotes its papers, weakly one)
            return Reason.SHAPE
        trigger = _PROSE_TRIGGER.search(before)
        if (
            trigger is not None
            and _TITLED_ONLY.match(trigger.group())
            and not _PAPER_AFTER.match(after)
            and not research_words(words)
        ):
            return (
                None  # (`the section entitled "GNU Free Documentation License"`: titled, not called a paper)
            )
        if trigger is not None or _PROSE_AFTER.match(after) or _PAPER_AFTER.match(after):
            return Reason.QUOTED if len(words) >= 3 else None
        if (
            kind == "quote"
            and len(words) >= 3
            and _CALLED_A_PAPER.match(self.text, match.end(), match.end() + 80) is not None
        ):
            return Reason.QUOTED  # (`“Title”, l'articolo completo con …`: quoted, then called an article)
        if (
            len(words) >= 3
            and _capital_ratio(words) >= 0.75
            and _CALLED_A_PAPER_NEXT.search(self.text, match.end(), match.end() + 160) is not None
            and "\n" not in self.text[match.end() : match.end() + 160].split(" paper", 1)[0]
        ):
            return Reason.QUOTED  # `Pick: "Title". Whatever you think of it, it's the paper that …`
        if _BY_AUTHORS.match(after) and len(words) >= 3:
            return Reason.AUTHORS  # `"Title" by Li, Zhang & Arora`
        if len(words) >= 3 and _capital_ratio(words) >= 0.75 and _COMMA_ET_AL_AFTER.match(after):
            # (`In *Title*, Vaswani et al. introduced …`: its first author's name right after)
            return Reason.AUTHORS
        if (
            kind == "quote"
            and len(words) >= 3
            and _capital_ratio(words) >= 0.75
            and (soon := _PAREN_SOON_AFTER.match(after)) is not None
            and _VENUE_YEAR.fullmatch(soon.group("inside").strip()) is not None
        ):
            # (`"Title" της Ruder (EMNLP 2016)`: a word or two of the writer's, its author's name, then where
            # and when it appeared)
            return Reason.VENUE
        dashed = _DASH_AUTHORS_AFTER.match(self.text, match.end())
        if (
            dashed is not None
            and len(words) >= 3
            and (_ET_AL_ANY.search(who := dashed.group("who")) or _is_author_line(who, strict=True))
        ):
            return Reason.AUTHORS  # `“Title” — Suriya Gunasekar, Yi Zhang và cộng sự; tags: …`
        if len(words) >= 3 and _POSSESSIVE_AUTHORS.search(
            self.text[max(0, match.start() - 60) : match.start()]
        ):
            return Reason.AUTHORS  # `Glorot & Bengio's "Title"`
        cited = _CITED_AFTER.match(self.text[match.end() : match.end() + 140])  # (its authors may run long)
        if cited is not None and len(words) >= 2:
            # `"Title" (Li & Liu, 2016)`, `"Title" (Chen et al.)`: quoted, then cited by its authors.
            who = cited.group("who")
            if _ET_AL_ANY.search(who) or (_CITED_WHO.search(who) and not _VENUE_YEAR.search(who)):
                return Reason.AUTHORS
            if (dated := _NAMES_THEN_YEAR.match(who.strip())) is not None and _is_author_line(
                dated.group("names"), strict=True
            ):
                return (
                    Reason.AUTHORS
                )  # (`"Title" (Ioannis Gatopoulos, Jakub M. Tomczak, 2020)`: full names, a year)
            if _VENUE_YEAR.search(who):
                return Reason.VENUE
            if len(words) >= 3 and "," in who and _is_author_line(who.strip(), strict=True):
                return Reason.AUTHORS  # (`*Title* (Ilya Loshchilov, Frank Hutter)`: full names, no year)
            if (
                len(words) >= 3
                and _capital_ratio(words) >= 0.75
                and _NAME_ALONE.fullmatch(who)
                and who.casefold() not in _NOT_NICKNAMES_FOLDED
                and not names_no_paper(title)
            ):
                return Reason.NICKNAME  # `“A Generalist Agent” (Gato)`: quoted, then given its short name
            if len(words) >= 3 and _capital_ratio(words) >= 0.75 and _NAME_AND_YEAR.fullmatch(who.strip()):
                return (
                    Reason.NICKNAME
                )  # `"Textbooks Are All You Need" (phi-1, 2023)`: its short name and year
        comma_cited = _COMMA_CITED_AFTER.match(self.text, match.end())
        if comma_cited is not None and len(words) >= 3:
            # `«Title», Glorot & Bengio, AISTATS 2010`, `"Title", Silver et al., Nature 550 (2017)`: quoted, then
            # its authors and where and when it appeared
            who = comma_cited.group("who")
            if _ET_AL_ANY.search(who) or _CITED_WHO.search(who) or _is_author_line(who):
                return Reason.AUTHORS
        named_first = _NAME_THEN_NOTE_OPENS.match(after)
        if (
            named_first is not None
            and len(words) >= 3
            and _capital_ratio(words) >= 0.75
            and not names_no_paper(title)
            and (
                nicknamed(f"{title} ({named_first.group('nick')})")
                # (a model's name in lower case has a digit or a capital inside: `phi-1`, `word2vec`, `iGPT`)
                or any(char.isdigit() or char.isupper() for char in named_first.group("nick")[1:])
            )
        ):
            return (
                Reason.NICKNAME
            )  # `"Title" (phi-1: the writer's note on it)`: its short name opens the note
        if len(words) >= 5 and (_capital_ratio(words) >= 0.75 or _subtitled(title)) and ":" in title:
            return Reason.QUOTED if self.cjk_at(index) else Reason.SHAPE
        if _named_in_lower_case(title):
            # (`"realm: retrieval-augmented language model pre-training" is worth …`, weakly)
            return Reason.SHAPE
        if (
            len(words) >= 3
            and _capital_ratio(words) == 1
            and not names_no_paper(title)
            and _NUMBERED_SOURCE_AFTER.match(self.text, match.end(), match.end() + 200) is not None
        ):
            # `in “Title” un modello … compete con … [6].`: quoted in a sentence the writer ends with the number
            # of its source, weakly a paper (a service confirms it)
            return Reason.SHAPE
        if (
            kind == "quote"
            and len(words) >= 3
            and _capital_ratio(words) == 1
            and (
                research_words(words) >= 2
                or (research_words(words) == 1 and self.called_a_paper_after(match))
            )
            and (
                self.cjk_at(index)
                or (
                    len(words) >= 4
                    and _OTHER_SCRIPT.search(self.text, line_start, match.start()) is not None
                    and _OTHER_SCRIPT_OPENING.match(
                        self.text[match.end() : match.end() + 40].lstrip(' \t—–-,:;»”"')
                    )
                    is not None
                )
            )
            and not names_no_paper(title)
        ):
            # (`第11回 AutoML と強化学習：“Evolving Reinforcement Learning Algorithms”。…`: English in Title Case, in
            # research words, quoted in a Chinese or Japanese sentence, weakly a paper; four words or more in
            # another script's, its words on both sides: `… групи Google: «Title» — цікаво, чи …`)
            return Reason.SHAPE
        if kind == "quote" and self.sentence_case_quoted_in_other_script(title, match, line_start):
            # (`4- «Training language models to follow instructions with human feedback» لأن …`: a research title in
            # sentence case, quoted in another script's sentence or opening its item, weakly a paper)
            return Reason.SHAPE
        if (
            len(words) == 5
            and _capital_ratio(words) == 1
            and research_words(words) >= 2
            and _RESEARCH_OPENING.match(title) is not None
            and not names_no_paper(title)
        ):
            # (`okudum: *Exploring Simple Siamese Representation Learning*.`: five words, opening as research titles
            # do, with a verb in -ing or `Towards`, weakly a paper)
            return Reason.SHAPE
        if (
            len(words) >= 6
            and _capital_ratio(words) >= 0.8
            and not title.endswith((".", "!"))
            and (not title.endswith("?") or research_words(words) >= (1 if _capital_ratio(words) == 1 else 2))
        ):
            # a quoted name in Title Case, long as a paper title: weakly one; a question too, in a research
            # paper's words (`"Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?"`), one
            # will do when every word is capitalised (`"Why Do Local Methods Solve Nonconvex Problems?"`)
            return Reason.SHAPE
        if kind == "quote" and self.quoted_beside_a_paper(match, words) and not names_no_paper(title):
            # (`"Title A" och "Textbooks Are All You Need"`: named as the paper before it is, weakly)
            return Reason.SHAPE
        return None

    # -- blocks: what the digest says about each entry --

    def fill_blocks(self) -> None:
        anchored = sorted((e for e in self.entries if e.anchor is not None), key=lambda e: e.anchor or 0)
        anchors = [e.anchor for e in anchored if e.anchor is not None]
        for position, entry in enumerate(anchored):
            start = entry.anchor or 0
            last_own = entry.head_end if entry.head_end is not None else start
            limit = anchors[position + 1] if position + 1 < len(anchors) else len(self.lines)
            limit = max(min(limit, self.tail if start < self.tail else len(self.lines)), last_own + 1)
            boundary = bisect_right(self.boundaries, last_own)
            end = min(limit, self.boundaries[boundary]) if boundary < len(self.boundaries) else limit
            entry.block = range(start, end)
            self.read_block(entry, start, end)
        self.in_block = bytearray(len(self.lines))
        for entry in anchored:
            for index in entry.block:
                self.in_block[index] = 1
        for entry in self.entries:
            if entry.anchor is None:
                self.read_mention(entry)
            entry.raw = _bounded(self.lines[entry.first_line])

    def read_block(self, entry: _Entry, start: int, end: int) -> None:
        parts: list[str] = []
        people_window = 5
        for index in range(start, end):
            line = self.lines[index]
            if not line:
                continue
            if index in entry.head_lines:
                rest = _strip_urls(entry.head_lines[index]).strip(_TRIM)
                if entry.authors is None and _is_author_line(rest):
                    entry.authors = _authors(rest)  # `**Title** — Vaswani et al.`
                elif _HAS_CJK.search(rest) or len(rest) > 30:
                    parts.append(rest)
                self.note_code(entry, line)
                continue
            other = self.prose_lines.get(index)
            if other is not None and other is not entry and self.is_blank(index - 1) and index > start + 1:
                break  # a paragraph about another paper the digest names by its title
            self.note_code(entry, line)
            if (
                len(line) > 40
                and "://" not in line
                and "](" not in line
                and line != self.page_title
                and (people_window <= 0 or _HAS_CJK.match(line))
            ):
                # Prose, the bulk of a digest: only a label can make it other than summary.
                if people_window > 0:
                    people_window -= 1
                    labelled = _AUTHOR_LABEL.match(line)
                    if labelled and entry.authors is None:
                        entry.authors = _authors(line[labelled.end() :])
                        continue
                    labelled = _AFFILIATION_LABEL.match(line)
                    if labelled and entry.affiliations is None:
                        entry.affiliations = line[labelled.end() :].strip()
                        continue
                if _took_subjects(entry, line):
                    continue
                label = _SUMMARY_LABEL.match(line)
                parts.append(line[label.end() :].strip() if label else line)
                continue
            if index in entry.lines and index in self.id_line_set:
                residue = _strip_urls(_MD_LINK.sub(" ", _BRACKETED_SEGMENT.sub(" ", line)))
                if len(_LABEL_WORDS.sub("", residue)) <= 24:
                    continue
            if people_window > 0:
                people_window -= 1
                if entry.authors is None:
                    labelled = _AUTHOR_LABEL.match(line)
                    if labelled or _is_author_line(line):
                        entry.authors = _authors(line[labelled.end() :] if labelled else line)
                        continue
                if entry.affiliations is None:
                    labelled = _AFFILIATION_LABEL.match(line)
                    bracket = _BRACKET_LINE.fullmatch(line)
                    if labelled:
                        entry.affiliations = line[labelled.end() :].strip()
                        continue
                    inner = (bracket.group("inner") or bracket.group("full")) if bracket else ""
                    if inner and entry.authors is not None and not _HAS_CJK.search(inner):
                        entry.affiliations = inner.strip()
                        continue
            if _is_chrome(line, self.page_title) or _is_link_only(line):
                continue
            if _took_subjects(entry, line):
                continue
            label = _SUMMARY_LABEL.match(line)
            cleaned = _strip_trap_urls(line[label.end() :] if label else line).strip()
            if cleaned:
                parts.append(cleaned)
        entry.summary = _bounded("\n".join(parts), SUMMARY_LIMIT)

    def read_mention(self, entry: _Entry) -> None:
        """A paper named inside prose: its line is what the digest says about it, or the sentence naming it
        when the line is long or belongs to another paper's entry."""
        index = entry.first_line
        line = self.lines[index]
        if self.in_block[index] or len(line) > 1200:
            start = self.starts[index]
            end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
            line = _sentence_around(self.text, entry.column + start, start, end)
        summary = _strip_trap_urls(line)
        entry.summary = _bounded(summary, SUMMARY_LIMIT)
        self.note_code(entry, summary)

    def note_code(self, entry: _Entry, line: str) -> None:
        if entry.code_url is None and (
            "github" in line or "gitlab" in line or "gitee" in line or "bitbucket" in line
        ):
            entry.code_url = _code_url(line)

    # -- one paper referenced twice is one reference --

    def title_above_link(self) -> None:
        """Give a link line that names no title the one title named in the paragraph right above it (`5/13 …:
        Title. What it does.` / `arxiv.org/abs/…`): the post's or the paragraph's own link."""
        untitled = [
            entry
            for entry in self.entries
            if entry.title is None
            and (entry.arxiv_id or entry.openreview_id)
            and entry.first_line > 0
            and self.lines[entry.first_line - 1]
            and _is_link_only(self.lines[entry.first_line])
        ]
        if not untitled:
            return
        prose: dict[int, list[_Entry]] = {}
        for entry in self.entries:
            if (
                entry.arxiv_id is None
                and entry.openreview_id is None
                and entry.title
                # (not a program's printed row, a record whole on its line)
                and entry.first_line not in self.printed_columns()
            ):
                prose.setdefault(entry.first_line, []).append(entry)
        for linked in sorted(untitled, key=lambda entry: entry.first_line):  # (the nearest link line first)
            above = linked.first_line - 1
            paragraph: list[_Entry] = []
            while above >= 0 and self.lines[above] and linked.first_line - above <= 6:
                paragraph.extend(prose.get(above, ()))
                if above in self.walls:
                    break  # (a message's header line: its first words, and nothing of the message before)
                above -= 1
            if len(paragraph) != 1:
                continue
            (named,) = paragraph
            if (head := self.head(named.first_line)) is not None and self.sibling_item_noted(
                linked.first_line, named.first_line, head
            ):
                continue  # (`• Title — the writer's note` / `• https://…`: an item of its own, see `look_back`)
            _absorb(linked, named)
            linked.first_line, linked.raw, linked.reason = named.first_line, named.raw, Reason.ABOVE_LINK
            self.entries.remove(named)
            # (a title is one link's: a second link line below the same paragraph takes it no more)
            prose[named.first_line].remove(named)

    def merge(self) -> tuple[Reference, ...]:
        by_title: dict[str, _Entry] = {}
        kept: list[_Entry] = []
        self.join_footnotes()
        self.title_above_link()
        for entry in sorted(self.entries, key=lambda e: (e.anchor is None, e.first_line)):
            if entry.title and entry.arxiv_id is None and entry.openreview_id is None:
                _take_trailing_id(entry)
            if entry.title and (entry.arxiv_id or entry.openreview_id) and _is_link_word(entry.title):
                entry.title = entry.reason = (
                    None  # (`URL` over its link, a course page's label: no title, no key)
                )
            key = _title_key(entry.title) if entry.title else ""
            short = _title_key(entry.title.split(":")[0]) if entry.title and ":" in entry.title else ""
            same = (by_title.get(key) or (by_title.get(short) if short else None)) if key else None
            if same is not None and _compatible(same, entry):
                _absorb(same, entry)
                continue
            kept.append(entry)
            if key:
                by_title.setdefault(key, entry)
                if short and len(short) >= 8:
                    by_title.setdefault(short, entry)
        kept = self.without_fragments(kept)
        kept.sort(key=lambda e: min(e.lines))
        return tuple(_to_reference(entry) for entry in kept)

    def without_fragments(self, entries: list[_Entry]) -> list[_Entry]:
        """`entries` less a title alone that is a piece of another's title written whole on its own line (`Sequential
        Redundancy for …`, the Title Case run after `Filtering out` in `Funnel-Transformer: Filtering out Sequential
        Redundancy for …`): one paper, not two."""
        titled = [entry for entry in entries if entry.title]
        if len(titled) < 2:
            return entries
        kept: list[_Entry] = []
        for entry in entries:
            piece = entry.title.casefold() if entry.title else ""
            line = self.lines[entry.first_line].casefold() if 0 <= entry.first_line < len(self.lines) else ""
            whole = (
                next(
                    (
                        other
                        for other in titled
                        if other is not entry
                        and other.title is not None
                        and len(other.title) > len(piece)
                        and piece in other.title.casefold()
                        and other.title.casefold() in line
                    ),
                    None,
                )
                if piece and entry.arxiv_id is None and entry.openreview_id is None
                else None
            )
            if whole is None:
                kept.append(entry)
        return kept

    # -- nicknames --

    def find_names(self) -> tuple[NameMention, ...]:
        """Paper nicknames (S4, Mamba, GPT-2, RetNet): kept as names, never turned into papers."""
        seen: dict[str, NameMention] = {}
        titles = {_title_key(e.title) for e in self.entries if e.title}
        text = self.text[: self.starts[self.tail]] if self.tail < len(self.lines) else self.text
        if _HAS_CJK.search(text) is None:
            return ()  # (a name counts only on a line of Chinese, Japanese or Korean: none here)
        chinese: dict[int, bool] = {}
        done: set[str] = set()
        for pattern, group in ((_SHORT_NAME, "name"), (_NICKNAME, 0)):
            if pattern is _SHORT_NAME and not any(word in text for word in _NAMING_WORDS):
                continue  # (no word that gives a short name: the pattern's scan of every position spared)
            for match in pattern.finditer(text):
                name = match.group(group)
                if name in done:
                    continue
                index = bisect_right(self.starts, match.start()) - 1
                if index not in chinese:
                    # nicknames are told apart by the Chinese prose around them
                    chinese[index] = _HAS_CJK.search(self.lines[index]) is not None
                if not chinese[index] or _inside_url(text, match.start()):
                    continue
                done.add(name)
                _add_name(seen, name, index, text, match.start(), titles)
        return tuple(sorted(seen.values(), key=lambda name: name.line))


# --- helpers ------------------------------------------------------------------------------------------------


def title_in_parens_before(text: str, start: int, floor: int = 0) -> str | None:
    """The title opening the parenthesis that the id at `text[start]` closes, after a comma (`… and S4
    (Efficiently Modeling Long Sequences with Structured State Spaces, https://…)`): that id's title, whatever the
    words before the parenthesis name; None when the parenthesis holds no title (authors, a year, a sentence)."""
    in_parens = _TITLE_IN_PARENS_BEFORE_ID.search(text, floor, start)
    if in_parens is None:
        return None
    title = (in_parens.group("title") or in_parens.group("noted")).strip()
    if (
        _assess(title, structured=False) < 2
        or _is_author_line(title)
        or _YEAR_IN.search(title[-6:]) is not None
        or _SENTENCE_INSIDE.search(title) is not None
    ):
        return None
    return _clean_title(title)


# A paper's short name (`BERT`, `RoBERTa`, `COTR`, `FlashAttention-2`), as a link's text or a list item names it.
PAPER_SHORT_NAME = re.compile(r"[A-Z][A-Za-z]*(?:[A-Z0-9][A-Za-z0-9]*|[a-z]{3,})(?:-[A-Za-z0-9]+)?")
# ... and its title going on past the link after a colon, up to a spaced dash, a parenthesis, a bar or a link.
_TITLE_PAST_NAME = re.compile(
    r"[ \t]*[:：][ \t]+(?P<title>[^\s(（|\[<][^\n(（|\[<]{6,300}?)(?=[ \t]+[—–-][ \t]|[ \t]*[(（|\[<]|[ \t]*$|https?://)"
)


def shown_title(page: str, shown: str | None) -> str:
    """The title a note's link `[[page|shown]]` gives its paper: the page's name, unless that is a citation
    (`[[Graves 2014 NTM|Neural Turing Machines]]`) or a short name (`[[Linear Attention|Transformers are RNNs: …]]`)
    and what it is shown as is the paper's title, longer."""
    if not shown or not (
        _CITATION_KEY_PAGE.match(page) or (len(page.split()) <= 3 and len(shown.split()) > len(page.split()))
    ):
        return page
    return shown if _assess(shown.strip(), True) >= 2 else page


def title_past_name(name: str, after: str) -> tuple[str, int] | None:
    """(the title, how much of `after` it takes) when a link named by a paper's short name goes on to the title
    after a colon: `[BERT](https://…): Pre-training of Deep Bidirectional Transformers …` (the title is
    `BERT: Pre-training …`), `[COTR](https://…): COTR: Correspondence Transformer …` (the name said twice); None
    when the link's text is no short name or no title follows it (`[GLUE](…): the benchmark`)."""
    name = name.strip()
    if PAPER_SHORT_NAME.fullmatch(name) is None:
        return None
    going_on = _TITLE_PAST_NAME.match(after)
    if going_on is None:
        return None
    subtitle = going_on.group("title").strip().rstrip(".,;")
    if len(subtitle.split()) < 3 or _assess(subtitle, structured=True) < 2:
        return None
    title = subtitle if subtitle.startswith(f"{name}:") else f"{name}: {subtitle}"
    return _clean_title(title), going_on.end("title")


def title_in_parens_after(text: str, end: int) -> str | None:
    """The title in the parenthesis right after the id or link ending at `text[end]`, alone or with its venue
    (`https://openreview.net/forum?id=… (Chain-of-Thought Prompting Elicits …, NeurIPS 2022)`); None when the
    parenthesis holds no title (a venue, authors, the writer's words)."""
    after = _TITLE_IN_PARENS_AFTER.match(text, end)
    if after is None:
        return None
    title = after.group("title").strip()
    if (
        len(title.split()) < 3
        or _assess(title, structured=False) < 2
        or _is_author_line(title)
        or _SENTENCE_INSIDE.search(title) is not None
        or _VENUE_YEAR.match(title) is not None
        # (the writer's note on it in their language, `(Tabelle 1, die Ablationen)`: neither in Title Case nor in
        # a research paper's words)
        or (_capital_ratio(title.split()) < 1 and research_words(title.split()) < 2)
    ):
        return None
    return _clean_title(title)


def _a_persons_name(name: str) -> bool:
    """Whether a note's name part reads as a person's (`Lilian Weng`): two or three capitalised words, no research
    word, none a model's (`DreamBooth`, `GPT-4`: a capital or a digit inside)."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and word[1:].islower() for word in words)
        and research_words(words) == 0
    )


def label_only(prefix: str) -> bool:
    """Whether the text before a link on its line names no title: nothing but a list's mark, or a short label and
    its colon (`- Chain-of-thought : `)."""
    text = prefix.lstrip()
    mark = _BULLET.match(text) or _NUMBER.match(text)
    bare = (text[mark.end() :] if mark is not None else text).strip()
    return not bare or (bare.endswith((":", "：")) and len(bare.split()) <= 4)


_TITLE_IN_PARENS_AFTER = re.compile(
    r"[ \t]*[(（](?P<title>[A-Z0-9][^()（）\n]{10,300}?)"
    # (its venue and year, or its authors: `(Shortcut Learning in Deep Neural Networks, Geirhos et al.)`)
    r"(?:,[ \t]*[^()（）,\n]{0,40}?(?:19|20)[0-9]{2}|,[ \t]*[^()（）,\n]{1,60}?[ \t]et[ \t]al\.?)?[)）]"
)


def _trailing_id(title: str) -> tuple[str, tuple[str, int | None]] | None:
    """A title read with a bare arXiv id at its end (`LLaMA: Open and Efficient Foundation Language Models,
    2302.13971`, `Deformable DETR: ... Object Detection, 2010.04159`) or at its start, as a note or a file name
    writes one (`2211.09800 InstructPix2Pix: Learning to Follow …`, `2106.09685 - LoRA: …`): the title without it,
    and the id; None when it has no valid id there, or too few words stand beside it."""
    if title[:1].isdigit():
        leading = _LEADING_ID.match(title)
        if leading is not None and len(leading.group("title").split()) >= 3:
            parsed = parse_arxiv_id(leading.group("id"))
            return (leading.group("title"), parsed) if parsed is not None else None
    if not title[-1:].isdigit():
        return None
    bare = _TRAILING_ID.search(title)
    if bare is None or len(title[: bare.start()].split()) < 3:
        return None
    parsed = parse_arxiv_id(bare.group("id"))
    return (title[: bare.start()], parsed) if parsed is not None else None


def _take_trailing_id(entry: _Entry) -> None:
    """The id at the end of an entry's title (`_trailing_id`) is the paper's, the rest its title."""
    found = _trailing_id(entry.title or "")
    if found is not None:
        entry.title, (entry.arxiv_id, entry.version) = found
        entry.evidence = Evidence.ARXIV_TEXT


# A code that numbers an item, then a spaced dash (`E02 — `, `Q12 – `, `P04 - `).
_ITEM_CODE = re.compile(r"^[A-Z]{1,2}[0-9]{2,3}[ \t]+[—–-][ \t]+(?=\S)")


# An identifier's key before a quoted value (`dt: "Title" {`, `evo = "Title"`).
_KEY_BEFORE_QUOTE = re.compile(
    r"(?P<key>[A-Za-z_][\w.\-]{0,30})[ \t]*[:=][ \t]*(?=\")"
    # (or a block's declaration, a keyword and its identifier before its quoted name: TaskJuggler's `task bit
    # "Title" {`, HCL's `resource "…" {`)
    r"|(?P<declared>[a-z]+)[ \t]+[A-Za-z_][\w.\-]{0,30}[ \t]+(?=\"[^\"\n]+\"[ \t]*\{[ \t]*$)"
)
# A field of a program's literal or of a struct its debugger prints: an identifier, a colon or an equals sign, then a
# quoted value (`titel: "Title",`, `'title' => 'Title',`).
_LITERAL_FIELD = re.compile(r"[\"']?(?P<key>[A-Za-z_][\w]{0,30})[\"']?[ \t]*(?::|=>?)[ \t]*[\"']")
# A member of a JSON object on its own line, its value a string with no escapes: `"title": "Title",`.
_TYPED_VALUE = re.compile(
    r"\$[\w\-]{1,30}[ \t]+(?P<value>[^\n]+?)[ \t]+isa[ \t]+(?P<type>[\w\-]{1,40})[ \t]*;?"
)
_KEY_EQUALS_QUOTED = re.compile(
    r'(?P<key>[A-Za-z_][\w.\-]{0,30})[ \t]*=[ \t]*"(?P<value>[^"\\\n]+)"[ \t]*[,;]?'
)
_JSON_MEMBER = re.compile(r'"(?P<key>[^"\\\n]{1,30})"[ \t]*:[ \t]*"(?P<value>[^"\\\n]+)"[ \t]*,?')


def _compact_title_member(text: str) -> str | None:
    """The title member of a compact JSON object a line holds after whatever a program printed before it (`(5)(+01):
    {"items":[{"itemType":"conferencePaper","title":"Title","creators":[…`: a log's dump of a record), read as the
    label and value it is (`Title: Title`), or None."""
    opening = text.find('{"')
    if opening < 0:
        return None
    for member in _COMPACT_MEMBER.finditer(text, opening):
        if label_of(member.group("key")) is Label.TITLE:
            return "Title: " + _ESCAPED_QUOTE.sub('"', member.group("value"))
    return None


# A JSON object's member with a string value, inside a compact object (`"title":"Title",`).
_COMPACT_MEMBER = re.compile(r'"(?P<key>[^"\n]{1,30})":[ \t]?"(?P<value>(?:[^"\\\n]|\\.){4,400})"(?=[,}])')


def _member_field(text: str) -> str | None:
    """A JSON object's member on its own line read as the label and value it is (`"titulo": "Title",` → `titulo:
    Title`), or None when `text` is none."""
    member = _JSON_MEMBER.fullmatch(text) if text[:1] == '"' else None
    return f"{member.group('key')}: {member.group('value')}" if member is not None else None


# A value of JSON flattened by gron, an assignment a line: its path from `json`, its last key, the string.
_GRON_ASSIGNMENT = re.compile(
    r'json(?:\.[A-Za-z_$][\w$]*|\[[0-9]+\]|\["[^"\n]*"\])*\.(?P<key>[A-Za-z_$][\w$]*)[ \t]=[ \t]'
    r'"(?P<value>(?:[^"\\\n]|\\.)*)";'
)
# The writer's sentence, then a short name set equal to a quoted title (`Now evaluation. MMLU = "Title", ICLR 2021`).
_SENTENCE_THEN_KEY = re.compile(
    r"[^\"“\n]{1,60}?[.!?;:][ \t]+(?P<key>[A-Za-z][\w.\-]{0,30})[ \t]*=[ \t]*(?=\")"
)
# Where a line of authors says its paper appeared, at its end: `（NeurIPS 2022）`, `(ICLR 2023)`, `, CVPR 2020`.
_SOURCE_AT_LINE_END = re.compile(
    r"(?:[ \t]*[(（][^()（）\n]{0,60}?\b(?:19|20)[0-9]{2}[^()（）\n]{0,20}[)）]|,[ \t]*[^,\n]{0,40}?\b(?:19|20)[0-9]{2})[ \t.]*$"
)


_OPEN_ANGLE_AT_END = re.compile(r"<[A-Za-z0-9]*$")
_BULLET_OR_NUMBER = re.compile(r"^[ \t]*(?:[-*+•][ \t]+|[0-9]{1,3}[.)][ \t]+)")
_FETCHED_BEFORE = re.compile(r"<(?:GET|POST|HEAD|PUT|[1-5][0-9]{2})[ \t]+$")


def _without_source(text: str) -> str:
    """A line without where and when its paper appeared at its end (`Jason Wei, … et al.（NeurIPS 2022）`)."""
    return _SOURCE_AT_LINE_END.sub("", text) if text[-1:] in ")）0123456789. " else text


# A line's label, past its list marker (`1. kurs: `, `- Blog: `).
_LINE_LABEL = re.compile(
    r"[ \t]*(?:[-*+•][ \t]+|[0-9]{1,3}[.)][ \t]+)?(?P<label>[^\W\d_][\w \-]{0,24}?)[ \t]*[:：][ \t]"
)
# A quotation's closing mark, then its source cited by page (`” (Author et al., 2021, p. 1)`, `", S. 12)`): a
# passage quoted from a paper, not its title.
_QUOTED_PASSAGE = re.compile(r"[\"”][ \t]*\(+[^()\n]{0,120}?[ ,]p{1,2}\.[ \t]?[0-9]")


# A chat log's line opening (Pidgin's, Adium's, an IRC client's): the time in brackets, then who speaks, as
# `name:` or `<name>`.
# A build server's log line (TeamCity's): its time, a status letter or a space, a colon, then maybe its block's name
# and a step's count in brackets (`[07:00:15]W:\t\t [Kontrola odkazů] [1/8] `).
_BUILD_LOG_PREFIX = re.compile(
    r"\[[0-9]{2}:[0-9]{2}:[0-9]{2}\][ A-Z]?:[ \t]+(?:\[[^\[\]\n]{1,40}\][ \t]+){0,2}"
    r"(?:\[[0-9]{1,4}/[0-9]{1,4}\][ \t]+)?"
)
# A log line's time (its date before it maybe), then its task, process or logger in brackets or parentheses, its level
# in capitals or a dotted logger's name, and a count of the items it goes through: all before what it says.
_LOG_LINE_PREFIX = re.compile(
    r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}[ T])?[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,6})?(?:Z|[+-][0-9]{2}:?[0-9]{2})?"
    r"[ \t]+(?:(?:\[[^\[\]\n]{1,60}\]|\([^()\n]{1,60}\)|[A-Z]{4,8}|[a-z][\w\-]*[._][\w.\-]*:)[ \t]+){1,4}"
    r"(?:[\[(][0-9]{1,4}/[0-9]{1,4}[\])][ \t]+)?"
)
# A program's count of the items it goes through, on a line of its output (`[3/8] `, ` (3/8) `).
_COUNTED = re.compile(r"(?:^|[ \t])[\[(][0-9]{1,4}/(?P<total>[0-9]{1,4})[\])][ \t]+(?=\S)")
# A short name and a spaced dash before a title (`CPC — `).
_SHORT_NAME_DASH = re.compile(r"[\w.+\-]{2,20}[ \t]+(?:—|–|--|-)[ \t]+")
# A protocol's command in capitals, its arguments, then its quoted text (`PUSH collection bucket object "…"`).
# (after a client's prompt, maybe: `127.0.0.1:6379> `), or a data file's record, a keyword in lower case, a time and
# marks before its quoted values (a time tracker's `inc 20250301T080000Z - 20250301T090000Z # "Title" tag`)
_COMMAND_LINE = re.compile(
    r"(?:[\w.\-]{1,60}(?::[0-9]{1,5})?>[ \t]+)?(?P<command>[A-Z][A-Z_]{1,15}|[a-z]{2,12}(?=[ \t]+[0-9]))"
    r"(?:[ \t]+[\w.:/@\-#|]{1,60}){1,6}[ \t]+\""
)
# A quoted string with its escapes (`"Title — see \"a note\""`), and an escaped quote in it.
_QUOTED_PAYLOAD = re.compile(r'"(?P<text>(?:[^"\\\n]|\\.)*)"')
_ESCAPED_QUOTE = re.compile(r'\\"')
# A chat log's time in brackets, then who speaks and a colon (`[09:15 AM] Farhan Qureshi: `).
_TIMED_SPEAKER = re.compile(r"[ \t]*[(\[][0-9]{1,2}:[0-9]{2}[^)\]\n]{0,12}[)\]][ \t]*[^:\n]{1,40}:[ \t]+")


def _mostly_cjk(line: str) -> bool:
    """Whether a line is written mostly in Chinese or Japanese characters (more of them than Latin letters)."""
    return sum(1 for char in line if "\u2e80" <= char < "\ua000") > sum(
        1 for char in line if char.isascii() and char.isalpha()
    )


def _named_by_its_address(url: str, title: str) -> bool:
    """Whether a page's address is named by the title over it: its last path segment (or, with no path, its host's
    first label, `plenoxels.example.io`) two of the title's words or more and nothing else (`…/projects/mip-nerf/`
    under `Mip-NeRF: A Multiscale …`; not a post's `…/nerf-explained-in-ten-minutes-x8Kq2`)."""
    address = url.split("://", 1)[-1].split("?", 1)[0].split("#", 1)[0]
    host, _, path = address.partition("/")
    parts = [part for part in path.split("/") if part]
    slug = parts[-1] if parts else host.split(".", 1)[0]
    slug_words = _ALNUM_RUN.findall(slug.casefold())
    title_words = set(_ALNUM_RUN.findall(title.casefold()))
    return len(slug_words) >= 2 and all(word in title_words for word in slug_words)


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _mostly_east_asian(line: str) -> bool:
    """Whether a line is written mostly in Chinese, Japanese or Korean characters (more of them than Latin
    letters)."""
    return sum(1 for char in line if "\u2e80" <= char < "\ua000" or "\uac00" <= char <= "\ud7af") > sum(
        1 for char in line if char.isascii() and char.isalpha()
    )


def _in_another_script(line: str) -> bool:
    """Whether a line, past a chat log's time and speaker, is mostly written in a script other than Latin letters
    and Chinese or Japanese (Devanagari, Arabic, Cyrillic, Greek, Thai …): more of its words in it than in Latin."""
    if line.isascii():
        return False
    said = _TIMED_SPEAKER.match(line)
    words = (line[said.end() :] if said is not None else line).split()
    other = sum(1 for word in words if any("\u0370" <= char < "\u2e80" and char.isalpha() for char in word))
    latin = sum(1 for word in words if any(char.isalpha() and char < "\u0250" for char in word))
    return other > latin


# A chat export's sender in brackets, then the time in brackets, then the message (JANDI's, KakaoTalk's).
_SENDER_THEN_TIME = re.compile(SENDER_THEN_TIME + r"[ \t]+")
_CHAT_LOG_PREFIX = re.compile(
    r"[(\[][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[)\]][ \t]+"
    # (or a name and a role in brackets, as BigBlueButton's saved chat writes them: `[Lea Schäfer : VIEWER]:`)
    r"(?:<[^<>\s]{1,40}>|[^\s:<>*]{1,40}:|\*\*[^\s:<>*]{1,40}:\*\*|\[[^\[\]\n]{1,60}\]:)[ \t]+"
)


# A chat app's exported message's day, time and sender (WhatsApp's on iOS `[04/03/2024, 20:17:40] Name: `, on Android
# `04/03/2024, 20:17 - Name: `; Signal's and Viber's alike; an XMPP or IRC client's log, `[24.02.2026 19:03:20] <nick> `).
_CHAT_EXPORT_PREFIX = re.compile(
    r"\[?[0-9]{1,4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,4},?[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
    r"(?:\][ \t]+|[ \t]+[-–][ \t]+)(?:<[^<>\s]{1,40}>|[^:\n\[\]<>]{1,40}?:)[ \t]+"
)
# A subtitle in sentence case after a colon: its first word capitalised, then words in lower case.
_SENTENCE_CASE_SUBTITLE = re.compile(
    r"[ \t]*:[ \t]+[A-Z][a-z]*[ \t]+(?:(?:and|or|of|the|a|an|for|in|on|with|to)[ \t]+)*[a-z][a-z\-]{3,}"
)
# A sentence going on after an emphasis closes: its parenthesis, its comma, its next word in lower case.
_SENTENCE_AFTER_EMPHASIS = re.compile(r"[ \t]*[(,;]|[ \t]+[a-z]")
_GOES_ON_IN_LOWER_CASE = re.compile(
    r"[ \t]+(?:(?:and|or|of|the|a|an|for|in|on|with|to)[ \t]+)*[a-z][a-z\-]{3,}"
)
# A line's end citing who wrote a paper and when, then a colon: the title follows on the next line.
_CITED_BEFORE_COLON = re.compile(
    r"(?:\bet[ \t]+al\.?|\b[a-zA-Z]{1,3}[ \t]+(?:in|al|ark|inn|andere|otros)\.|"
    r"\b[A-Z][\w'’\-]+(?:,[ \t]+[A-Z][\w'’\-]+)+)"
    r"[^:：\n]{0,40}\b(?:19|20)[0-9]{2}[a-z]?\)?[ \t]*[:：][ \t]*$"
)
# A line break, then a line opening on a small word of a title's (`with`, `for`, `of` …) and going on in Title
# Case: where a title wrapped before that word.
_SMALL_WORD_OPENING = re.compile(
    r"[A-Za-z][ \t]*\n[ \t]*(?:with|for|of|in|on|and|via|from|to|through|without|under|over|into|by|using|at)"
    r"[ \t]+(?=[A-Z0-9])"
)


def _part_label(line: str) -> bool:
    """Whether a line is a short label naming a part of a list (`Раздел «Обзоры»:`, `Surveys:`), no label of
    another kind of thing (`Blogs:`, `Не статьи:`)."""
    text = line.strip()
    if not text.endswith((":", "：")) or len(text.split()) > 5 or "://" in text:
        return False
    label = text.rstrip(":： ")
    return label_of(label) is not Label.NOT_PAPER and not OTHER_KIND_BEFORE.search(label + " “")


# A file's name, maybe its folder's before it: `fig2_throughput.pdf`, `plots/loss.png`.
_FILE_NAMED = re.compile(r"[\w\-/]+\.(?:pdf|png|svg|jpe?g|eps|tex|ipynb|py|csv|txt|md)", re.IGNORECASE)


def _named_then_title(before: str, after: str) -> bool:
    """Whether the words before a dash are a short name (three words at most) and those after it, to a
    parenthesis or another dash, a longer title in Title Case: `LSH attention -- Reformer: The Efficient
    Transformer`."""
    named = after.split(" (", 1)[0].split(" — ", 1)[0].split(" -- ", 1)[0].strip()
    if _FILE_NAMED.fullmatch(before.strip()) is not None:
        # (`fig2_throughput.pdf  -> Title`: a file, then the paper it comes from, as a list of figures maps them)
        return _assess(named, False) == 2 and not _is_author_line(named)
    return (
        len(before.split()) <= 3
        and "," not in before  # (`Hochreiter, Schmidhuber - Title`: its authors, read as such)
        and not _is_author_line(before)
        and len(named.split()) >= max(4, len(before.split()) + 2)
        # (not a venue and the writer's sentence: `Long Short-Term Memory — Neural Computation 1997. Read …`)
        and ". " not in named
        and not named.endswith(".")
        and not any(char.isdigit() for char in named)
        and _assess(named, False) == 2
        and not _is_author_line(named)
    )


def _without_link_label(title: str) -> str:
    """A title over its link without the label that says the item is a link (`Link: Title`, `Tautan: Title`, a
    course page's material named by its kind, then its own name), when what follows reads as a title."""
    field_ = read_field(title) if ":" in title[:24] or "：" in title[:24] else None
    if field_ is None or field_[0] is not Label.LINK or _assess(field_[2], structured=True) < 2:
        return title
    return field_[2]


def _before_note_tail(title: str) -> str | None:
    """`title` before the writer's note in their language after its last comma (`Title, já afinado`, `Title, tylko
    biasy`): when the note holds no English word and says no kind, and what is before it, three words or more, is
    English (its words in lower case English's); else None."""
    if ", " not in title:
        return None
    clause = _CLAUSE_TAIL.search(title)
    if clause is not None and len(title[: clause.start()].split()) >= 3:
        return title[
            : clause.start()
        ]  # (`Title, which is English-only`: the writer's English clause about it)
    noted = _before_note_clause(title)
    if noted is not None:
        return noted
    tail = _OTHER_LANGUAGE_TAIL.search(title)
    if tail is None:
        return None
    kept = title[: tail.start()]
    if (
        len(kept.split()) < 3
        or any(word in _ENGLISH_WORDS for word in tail.group(0).strip(", ").split())
        or not all(word in _ENGLISH_WORDS for word in kept.split() if word.islower() and word.isalpha())
        or says_other_kind_after(tail.group(0))
    ):
        return None
    return kept


def _before_note_clause(title: str) -> str | None:
    """`title` before the writer's note in their language after a comma, a name maybe inside it and its clauses
    a comma apart (`Title, c'est-à-dire NAME, qui nous intéresse ;`): its words in lower case three or more, two in
    three of its words, none English's, and no kind said; what is before it as `_before_note_tail` asks."""
    for comma in _COMMA_THEN_LOWER.finditer(title):
        kept, note = title[: comma.start()], title[comma.start() :]
        words = note.strip(" \t,;.:").split()
        lower = [word for word in words if word[:1].islower()]
        if (
            len(kept.split()) >= 3
            and len(lower) >= 3
            and len(lower) * 3 >= len(words) * 2
            and not any(word.strip(",;.:") in _ENGLISH_WORDS for word in lower)
            and all(word in _ENGLISH_WORDS for word in kept.split() if word.islower() and word.isalpha())
            and not says_other_kind_after(note)
        ):
            return kept
    return None


def _cites_a_title(line: str) -> bool:
    """Whether `line` cites a paper whole, its authors and year, then a title (to its sentence's end): `Sun et al.
    (2023) Title`, `LeCun et al. (1998) — Title. Parts II and III only.`"""
    cited = AUTHORS_YEAR_FIRST.match(line) if line[:1].isupper() else None
    if cited is None:
        return False
    after = line[cited.end() :].strip(" \t.:-–—")
    return _assess(after, True) == 2 or (". " in after and _assess(after.split(". ", 1)[0], True) == 2)


# A line opening on a parenthesis and the link (or the id) it gives, up to the id (`(https://arxiv.org/abs/`, `(arXiv:`).
_OPENED_LINK_BEFORE_ID = re.compile(r"[ \t]*\((?:https?://[^\s()]*|arXiv:[ \t]*)?", re.IGNORECASE)
# A day's or a month's name, in English: a lead's word for when, never a title's name (`Background for Thursday:`).
_DAY_WORD = re.compile(rf"\b(?:{_DAY_NAMES})\b")
# A comma, then a word in lower case (`, c'est-à-dire …`): maybe the writer's note opening.
_COMMA_THEN_LOWER = re.compile(r",[ \t]+(?=[^\W\d_A-Z])")
# A title's last comma, then words in lower case alone to its end (`Title, já afinado`): maybe the writer's note.
_OTHER_LANGUAGE_TAIL = re.compile(r",[ \t]+[^\W\d_A-Z][^\W\d_]*(?:[ \t]+[^\W\d_A-Z][^\W\d_]*){0,5}$")
# An acronym with a plural's or a case's ending (`GANit`, `LLMs`, `CNNek`): a word of the writer's, no paper's name.
_INFLECTED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,3}")
# The writer's clause about a title after its comma, to its end (`Title, which is English-only`).
_CLAUSE_TAIL = re.compile(r",[ \t]+(?:which|who|though|although|because|since|whose)\b[^,;:()]{0,80}$")
# A question the writer asks someone (`Could you share …`, `Has anyone tried …`): a title asks about its subject.
_ASKS_SOMEONE = re.compile(
    r"(?:Could|Can|Would|Will|Do|Does|Did|Has|Have|Should|Shall|May)[ \t]+"
    r"(?:you|we|I|anyone|anybody|someone|somebody|everyone|everybody|they)\b"
)
# A bracket opened at a title's end on a short label of the link that follows (`Title [PDF`, `Title (ICLR-Version`).
_OPENED_LABEL_AT_END = re.compile(r"[ \t]+[\[(（【][^\[\]()（）【】\n]{1,24}$")


@lru_cache(maxsize=1024)
def _parse_head(line: str) -> _Head | None:
    """Read a title at the start of `line`, past numbering, headings, tags, labels, bold and 《》."""
    text = line.strip()
    if text[:3] == "by " and _BYLINE_NAMES.fullmatch(text) is not None:
        return None  # (`by Ada Lovelace`: a byline under a title, never one)
    celled = False  # (the text is a field of a data row)
    if "\t" in text and (titled := _FILE_THEN_TITLE.fullmatch(text)) is not None:
        # (`dino_caron2021.pdf<tab>Emerging Properties in …`: a PDF's name, then the title its metadata gives, as a
        # shell loop over `pdfinfo` prints them)
        given = titled.group("title").strip()
        if WORD_PROCESSOR_TITLE.search(given) is not None or _assess(given, True) == 0:
            return None  # (`Microsoft Word - draft_final.doc`: the name of the file the PDF was printed from)
        return _Head(given, "", True, True, None, 2, None)
    if (".md  " in text[:70] or ".md\t" in text[:70]) and (
        noted := _NOTE_FILE_THEN_TITLE.fullmatch(text)
    ) is not None:
        # (`t3fa.md  Title`: a note tool's listing of its files and their titles, `zk list`'s)
        title = noted.group("title").strip()
        return _Head(title, "", True, False, None, _assess(title, True), None)
    if "\t" in text and "(" in text and (cited := _cited_cell(text)) is not None:
        # (`2<tab>16/09/2024<tab>Topic<tab>Rumelhart, Hinton i Williams (1986). Title. Nature 323.<tab>…`: a row of
        # a reading plan copied from a page, one cell citing the paper by its authors, year, title and venue)
        return cited
    if "\t" in text and (keyed := _KEYED_TAB_ROW.match(text)) is not None:
        # (`-<tab>Title<tab>Name (note)`: a TSV row keyed by a dash where it has no id, or by a number, its title the
        # next cell; what the cells after it say is its rest)
        text = _cells_as_head(text[keyed.end() :])
    elif "\t" in text and (listed := _FILE_CELL.match(text)) is not None:
        text = listed.group("file")  # (`Title.pdf<tab>Owner<tab>Modified<tab>Size`: a file manager's row)
    elif "\t" in text and (last := _LAST_CELL_AFTER_LABELS.match(text)) is not None:
        # (`Uke 6 – AlexNet og ImageNet<tab>05.02.2024 – 09.02.2024<tab>Krizhevsky, … (2012): Title, NIPS 2012.`: a
        # row of a table copied from a page, short cells naming its week and dates, then the one that says it)
        text = last.group("cell")
    elif "\t" in text and (card := _TERM_THEN_DEFINITION.fullmatch(text)) is not None:
        # (`Term<tab>Title — Authors, Venue 2010. What it says`: a flash card or a glossary's row, its term in the
        # writer's words; a title the definition opens on is the line's, not the term run into it)
        defined = _parse_head(card.group("definition"))
        if defined is not None and defined.strength == 2 and len(defined.title.split()) >= 3:
            return defined
    elif _may_be_row(text) and (cell := _row_title_cell(text)) is not None:
        # (`4;12.03.2024;"Can Yıldız";"Title";"";0;3.9`, `2024-02-08|Lucía|Title|`: a data row, its title field)
        text, celled = cell, True
    if (text[2:3] in ("/", ".", "-") and text[:1].isdigit()) or (text[:1] in "-dl" and text[1:2] in "r-"):
        # (`01/03/2024  11:20  76 Name`: `dir`'s or `ls -l`'s row; cheap tests first)
        text = _FILE_LISTING.sub("", text, count=1)
    if text[:1] in "([" and text[1:2].isdigit() and (said := _CHAT_LOG_PREFIX.match(text)) is not None:
        text = text[said.end() :]  # (`(19:00:25) mara: …`, `[19:00] <mara> …`: a chat log's time and speaker)
    elif text[:1] == "[" and (sent := _SENDER_THEN_TIME.match(text)) is not None:
        text = text[sent.end() :]  # (`[김도윤] [오전 10:16] …`: a chat export's sender and time)
    elif text[:1] == "[" and text[1:2].isdigit() and (built := _BUILD_LOG_PREFIX.match(text)) is not None:
        # (`[07:00:15]W:  [Kontrola odkazů] [1/8] Title → …`: a build log's time and status, its block's name and
        # the step's count)
        text = text[built.end() :]
    elif text[:2].lstrip("[").isdigit() and (said := _CHAT_EXPORT_PREFIX.match(text)) is not None:
        text = text[
            said.end() :
        ]  # (`[04/03/2024, 20:17:40] Name: …`, `04/03/2024, 20:17 - Name: …`: WhatsApp's)
    if text[:2].isdigit() and (logged := _LOG_LINE_PREFIX.match(text)) is not None:
        # (`2024-06-03 10:15:04.986 [run/fetch/2 (pid 4821)] [1/8] Title`: a program's log line, its time, its
        # task or logger and its count of the items it goes through)
        text = text[logged.end() :]
    if text[:1] == "*" and text[1:2].isdigit() and (note := _FOOTNOTE_LINE.match(text)) is not None:
        text = text[note.end() :]  # (`*2:Title（SIGGRAPH 2023）`: a blog's footnote, past its number)
    if text[4:5] == "." or text[6:7] == ".":  # (`2211.…`, `- 2211.…`: cheap tests first)
        text = ID_THEN_DASH.sub(r"\g<lead> ", text, count=1)  # (`2211.09800 — Title`: the id, then its title)
    if text[:1].isdigit() and (printed := _PRINTED_ROW.match(text)) is not None:
        text = text[printed.end() :]  # (`10  Title`: a program's printout of a record's number and title)
    elif text[:1] == "@" and (keyed_cite := _CITE_KEY_FIRST.match(text)) is not None:
        text = text[
            keyed_cite.end() :
        ]  # (`@fedus2021   Title`: a bibliography's citation key, then its title)
    if text.startswith("|"):
        return None  # a table row names a paper only next to its link (see `_table_row_title`)
    if (text[:1] in "【[" or "|" in text[:16] or "｜" in text[:16]) and (
        noted := _NOTES_ON_PAPER.match(text)
    ) is not None:
        # (`【论文笔记】Title_keywords-CSDN博客`, `论文精读 | Title - 知乎`, `[논문 리뷰] Title`: a post's title that
        # says it is notes on one paper, named whole: that paper, as labelled, without the site's name)
        text = "Paper: " + _SITE_SUFFIX.sub("", noted.group("rest")).strip()
    if text[1:3].isdigit() or text[2:4].isdigit():
        text = _ITEM_CODE.sub(
            "", text, count=1
        )  # (`E02 — Title`: a catalogue's or a sheet's code for the item)
    if text[:1] == "(" and text[1:2] in ('"', "“"):
        # (`("Title", Beltagy, Peters and Cohan,`: a parenthesis citing it opens on its title)
        text = text[1:]
    elif text[:1] == '"' and (member := _member_field(text)) is not None:
        text = member  # (`"titulo": "Title",`: a member of a JSON object a program printed)
    elif '{"' in text and (compact := _compact_title_member(text)) is not None:
        text = compact  # (`… {"itemType":"journalArticle","title":"Title",…`: a compact record a program printed)
    elif text.startswith("json") and (flat := _GRON_ASSIGNMENT.fullmatch(text)) is not None:
        # (`json[0].description = "…";`: JSON flattened by gron, a value a line, read as its last key and value)
        text = flat.group("key") + ": " + _ESCAPED_QUOTE.sub('"', flat.group("value"))
    elif text[:1] == "$" and (typed := _TYPED_VALUE.fullmatch(text)) is not None:
        # (`$t Supervised Contrastive Learning isa title;`: TypeDB's answer, a variable's value and its attribute's
        # type, read as the label and value it is)
        key = "Title" if label_of(typed.group("type")) is Label.TITLE else typed.group("type")
        text = f"{key}: {typed.group('value')}"
    elif (
        "=" in text[:40]
        and (assigned := _KEY_EQUALS_QUOTED.fullmatch(text)) is not None
        and (assigned_label := label_of(assigned.group("key"))) is not None
    ):
        # (`tytul = "Title"`: a config language's field (Pkl, HCL, TOML), read as the label and value it is, a
        # title's label as English writes it, whatever the key's language and spelling)
        key = "Title" if assigned_label is Label.TITLE else assigned.group("key")
        text = f"{key}: {assigned.group('value')}"
    elif (
        '"' in text
        and (command := _COMMAND_LINE.match(text)) is not None
        and (payload := _QUOTED_PAYLOAD.match(text, command.end() - 1)) is not None
    ):
        # (`PUSH collection bucket object "Title — note" LANG(ces)`: a protocol's command in capitals and its
        # arguments, then the text it sends, quoted, which says what the writer wrote)
        text = _ESCAPED_QUOTE.sub('"', payload.group("text"))
    elif (
        '"' in text[:100]
        and (keyed := _KEY_BEFORE_QUOTE.match(text) or _SENTENCE_THEN_KEY.match(text)) is not None
        and (keyed.group("key") is None or label_of(keyed.group("key")) is None)
    ):
        # (`dt: "Title" {`, `evo = "Title"`: a diagram's or a config's key for the node its quoted label names)
        text = text[keyed.end() :]
    if text[:1] in ('"', "“") and _QUOTED_PASSAGE.search(text) is not None:
        return None  # (`“ViT models are at least as robust …” (Bhojanapalli et al., 2021, p. 1)`: a passage quoted)
    if ("”" in text[:60] or "»" in text[:60]) and named_as_other_kind(text[:60]):
        # (`Blogginlägget ”The Bitter Lesson” (Sutton, 2019)`, a line opening on what it names: a post, a book; the
        # quotes of other languages a title's cut would take apart)
        return None
    if (indexed := indexed_document(text)) is not None:
        # (a desktop search's hit: its document's title, then its address)
        text = f"{indexed[0]} {indexed[1]}"
    if text[:1] == "【" and (bracketed := _TITLE_IN_BRACKETS.fullmatch(text)) is not None:
        # (`【Title】（ICCV 2023）`: a Chinese post's title marks around a paper's Latin title, its venue after)
        text = bracketed.group("title") + bracketed.group("venue")
    if not text or (text[0] in "[【" and _BRACKET_LINE.fullmatch(text) and not _CATEGORY.fullmatch(text)):
        return None  # `[Google Research]`: an affiliation or a tag alone, not a title
    if _FIELD_LABEL.match(text):
        return None  # `Subjects: ...`, `Comments: ...`, `作者：...`: a field of an entry, not its title
    position = 0
    flags: set[str] = set()
    before_link = False  # (the title is the text before a link on its line)
    category: str | None = None
    dated_from = 0
    if text[:1] in _LIST_BULLETS and text[2:3].isdigit() and (marker := _BULLET.match(text)) is not None:
        dated_from = marker.end()  # (`- 2024-04-16（鈴木）Title`: a bulleted day of a schedule)
    if (
        text[dated_from : dated_from + 1].isdigit()
        and (stamp := TIMESTAMP.match(text, dated_from) or DATESTAMP.match(text, dated_from)) is not None
    ):
        # `08:45 PaLM: Scaling ...`, `1:02:10 - Title`: a video's chapter; `2024-02-26 Mon — Title`: a log's
        # day. What follows the time or the date is its head.
        position = stamp.end()
        flags.add("bullet")
    elif text[:1].isalnum() and (dated := DAY_MONTH_LEAD.match(text)) is not None:
        position = dated.end()  # (`14 maart   Title`, `March 7 — Title`: a schedule's day, then its reading)
        flags.add("bullet")
        if text[position : position + 1].isdigit() and (clock := _CLOCK_AFTER_DAY.match(text, position)):
            if clock.end() >= len(text) or text[clock.end()] in "([":
                return None  # (`Mar 05, 2024  9:04:31 PM (Read by you …)`: a message's time, then its status)
            position = clock.end()  # (`Mar 5, 9:30 — Title`: its day and hour, then its reading)
    for _ in range(6):
        if position >= len(text):
            break
        first = text[position]
        decorations = _DECORATIONS_BY_START.get(first) or (_ANY_DECORATION if first >= "\u2022" else ())
        for name, pattern in decorations:
            match = pattern.match(text, position)
            if match is not None and match.end() > position:
                if name == "category":
                    category = match.group("cat")
                elif name == "topic":
                    topic = match.group("topic").strip()
                    if _BRACKETED_TITLE_LABEL.fullmatch(topic):
                        name = "label"  # `【论文标题】Title`: the title's label, not a topic
                    elif says_not_papers(topic):
                        # (`【活动】Summer School …`, `[Jobs] …`: a tag that says it names no paper)
                        return None
                    else:
                        category = category or topic
                flags.add(name)
                position = match.end()
                break
        else:
            break
    if (
        text[position : position + 1] == "["
        and (kind := _SEARCH_RESULT_KIND.match(text, position)) is not None
    ):
        position = (
            kind.end()
        )  # (`[PDF][PDF] Title`, `[CITATION][C] Title`: a search engine's tag of the result)
    body = text[position:]
    if ".pdf" in body[:130].casefold() and (described := _DESCRIBED_FILE.match(body)) is not None:
        # (`he2015delving.pdf Title — Authors, Venue 2015`, `"Name (2015).pdf" Title — note`: a file manager's
        # comment on a PDF, as Total Commander's `descript.ion` keeps one a line, the file's name first)
        body = body[described.end() :]
        flags.add("file")
    if body[-4:].casefold() == ".url" or body[-7:].casefold() == ".webloc":
        # (`Title _ Nature.url`: a web shortcut, named by its page's title, of any page)
        body = body[: body.rfind(".")]
    if body.endswith(")") and (sized := _FILE_SIZE_AT_END.search(body)) is not None:
        body = body[: sized.start()]  # (`Folder/Title.pdf (1.27 MB)`: a listing's size of the file)
    file_head = pdf_file_head(body) if body[-4:].casefold() == ".pdf" else None
    pdf_name = file_head is not None
    if file_head is not None:
        body = file_head  # `Papers/Goodfellow et al. 2014 - Generative Adversarial Networks.pdf`
        flags.add("file")  # (a file's name is a title's place, not a sentence's)
    emphasised = (
        _AUTHORS_THEN_EMPHASIS.match(body, len(body) - len(body.lstrip("–— \t")))
        if "*" in body or "_" in body
        else None
    )
    if emphasised is not None and EDITION.search(body, emphasised.end()) is not None:
        return None  # (`Jurafsky & Martin, *Title*, 3. Aufl.`: a book, by its edition)
    if emphasised is not None and not _says_in_english(emphasised.group("who")):
        # `Kobayashi i otros, *Title*, EMNLP 2020`: its authors, then its title in emphasis, then where it appeared
        body = (
            emphasised.group("title") + " — " + body[emphasised.end() :].lstrip(" ,.")
            if (body[emphasised.end() :].strip(" ,."))
            else emphasised.group("title")
        )
        flags.add("cited")
    cited_lead = (
        _ET_AL_COMMA_LEAD.match(body)
        if body[:1].isupper() and " al" in body[:60]
        # (or surnames alone, the last after `&` or `and`: `Gu, Goel & Ré, Title (ICLR 2022)`)
        else _SURNAMES_COMMA_LEAD.match(body)
        if body[:1].isupper() and ("& " in body[:60] or " and " in body[:60])
        else None
    )
    source = _SOURCE_AT_END.search(body, cited_lead.end()) if cited_lead is not None else None
    if (
        cited_lead is not None
        and source is not None
        and len(body[cited_lead.end() : source.start()].split()) >= 3
        and (cited_lead.re is _ET_AL_COMMA_LEAD or _is_author_line(cited_lead.group(0).strip(" ,")))
    ):
        # `Holtzman et al., The Curious Case of Neural Text Degeneration, ICLR 2020`, `Radford et al. 2018, Title
        # (OpenAI report)`: its authors (and year), the title, then where it appeared
        body = body[cited_lead.end() : source.start()] + " — " + body[source.start() :].lstrip(" ,")
        flags.add("cited")
    elif " al" in body[:160] and (led := _LEAD_THEN_ET_AL.search(body, 0, 200)) is not None:
        # `For math: Lewkowycz et al. 2022, Title, aka Minerva. Old news now.`, `… en arXiv; cítalo como informe
        # técnico: Radford et al. (2018), Title, OpenAI.`: the writer's words and a colon, the authors and year,
        # the title, then the writer's words again
        title_end = _PROSE_AFTER_CITED.search(body, led.end())
        body = body[led.end() : title_end.start() if title_end is not None else None]
        flags.add("cited")
    elif body[:1].isupper() and year_early(body) and (dated := AUTHORS_YEAR_FIRST.match(body)) is not None:
        who = _YEAR_IN.sub(" ", dated.group("lead")).strip(" \t,()")
        # (its venue in the parenthesis with its year: `Tan & Le (ICML 2019) — Title`)
        who = _VENUE_IN_PARENS_END.sub("", who)
        if ((" " in who or "," in who) and _is_author_line(who)) or (
            pdf_name and _SURNAME_ONLY.fullmatch(who)
        ):
            # `Vaswani et al. 2017 - Attention Is All You Need`: its authors and year, then the title, which ends at
            # its venue or at the end of its sentence (`LeCun et al. (1998) — Title. Parts II and III only.`)
            body = body[dated.end() :]
            end = _CITED_TITLE_END.search(body)
            if end is not None and len(body[: end.start()].split()) >= 2:
                body = body[: end.start()] + " — " + body[end.end() :]
            flags.add("cited")
    elif (
        body[:1].isupper()
        or (body[:1] >= "\u3000" and (body := _SOURCE_LABEL.sub("", body, count=1))[:1].isupper())
    ) and (
        # (or surnames alone, a word or two each, before a colon: `Leviathan, Kalman, Matias: Title`)
        named := _NAMES_THEN_DASH.match(body) or (_SURNAMES_COLON.match(body) if ":" in body[:120] else None)
    ) is not None:
        after = body[named.end() :]
        if (
            not any(char.isdigit() for char in named.group(1))
            # (`Rua Alfredo Allen 455, Porto — …`)
            and _is_author_line(named.group(1))
            and not _VENUE_THEN_YEAR.match(
                after
            )  # (`Y Leviathan, M Kalman - International Conference …, 2023`)
            and not _VENUE_YEAR.match(
                after
            )  # (`Jeffrey Pennington, …, Christopher D. Manning — EMNLP 2014, …`)
            and not _SOURCE_OPENING.match(after)  # (`… — Nature 323 (1986). …`)
        ):
            # `Graves, Wayne, Danihelka - Neural Turing Machines. …`: its authors, a dash, then the title, which
            # ends at its venue or at the end of its sentence
            body = after
            end = _CITED_TITLE_END.search(body)
            if end is not None and len(body[: end.start()].split()) >= 2:
                body = body[: end.start()] + " — " + body[end.end() :]
            flags.add("cited")
    # (a numbered entry, or one opening on an author's initial: `K. Choromanski et al. Title. ICLR 2021.`)
    if ("number" in flags or (body[1:2] == "." and body[:1].isupper())) and (
        _CITATION_HINT.search(body) or "arXiv" in body
    ):
        cited = _citation_title(body)
        if cited is not None:
            return cited
    link: str | None = None
    rest = ""
    if "|" in body or "｜" in body:
        named = _NAME_BAR.match(body)
        name = named.group("name") if named is not None else ""
        if named is not None and (not name[1:].islower() or any(char.isdigit() for char in name)):
            body = body[named.end() :]  # `CLIP｜Learning Transferable ...`: a model's name, a bar, the title
    if body[:1].isupper() and _TITLE_MARK.search(body, 0, 124) is not None:
        lead = _AUTHORS_FIRST.match(body)
        if lead is not None and _is_author_line(lead.group("lead")):
            # `Su et al., *RoFormer: ...*, 2021`, `Press, Smith and Lewis. "Title."`: the authors, then the title.
            body = body[lead.end() :]
            flags.update(("authors", "cut"))  # the title's marks end it, whatever follows
            if body[:1] in "*_" and body[1:2] not in "*_" and (close := body.find(body[0], 2)) > 2:
                body = "**" + body[1:close] + "**" + body[close + 1 :]  # one emphasis mark, read as bold
    if body[:1] in "*_" and body[1:2].isalnum() and body[1:2].upper() == body[1:2]:
        # `*Title*, from its authors`: one emphasis mark, read as bold (the closing mark not inside a word)
        close = body.find(body[0], 2)
        if close > 2 and not body[close + 1 : close + 2].isalnum():
            body = "**" + body[1:close] + "**" + body[close + 1 :]
    if body.startswith(("**", "__")):
        close = body.find(body[:2], 2)
        if close > 2:
            flags.add("bold")
            title, rest = body[2:close], body[close + 2 :]
            numbered = _NUMBER.match(title)
            if numbered is not None:  # `**1. Title**`: numbered inside the bold
                flags.add("number")
                title = title[numbered.end() :]
            if title.startswith("《") and title.endswith("》"):  # `**2. 《Title》**`
                flags.add("book")
                title = title[1:-1]
            inner = _MD_LINK.fullmatch(title.strip())
            if inner is not None:
                title, link = inner.group("label"), inner.group("url")
            elif (
                _RUN_IN_LEAD.fullmatch(title.strip())
                and rest[:1] in (" ", "\t")
                and (rest.strip()[:1].isupper() or rest.strip()[:1].isdigit())
            ):
                # `**3D.** Title — the writer's note`: a paragraph's run-in lead in bold, then the title it opens
                opened = _parse_head(rest.strip())
                if opened is not None and opened.strength == 2 and research_title(opened.title):
                    return replace(opened, structured=True)
            elif (
                rest[:1] in (":", "：")
                and 1 <= len(title.split()) <= 3
                and all(
                    word.isalpha() and word[:1].isupper() and word[1:].islower() for word in title.split()
                )
            ):
                # `**Beatriz**: Title`, `**Toolformer**: Subtitle`: a name in plain words in bold, then its colon,
                # read as it would be written plain; a title with a colon of its own after it is the whole title
                # (`**Camila**: Do As I Can, Not As I Say: Grounding …`: a presenter's name, left out)
                titled_after = _parse_head(rest[1:].strip())
                if titled_after is not None and titled_after.strength == 2 and ": " in titled_after.title:
                    return replace(titled_after, structured=True)
                plain = _parse_head(f"{title}: {rest[1:].strip()}")
                if plain is not None and plain.strength == 2:
                    return replace(plain, structured=True)
        else:
            title = body.lstrip("*_")
    elif body[:1] in _QUOTE_PAIRS and body.find(_QUOTE_PAIRS[body[0]], 1) > 8:
        closing_at = body.find(_QUOTE_PAIRS[body[0]], 1)
        flags.add("quoted")
        title, rest = body[1:closing_at].strip(), body[closing_at + 1 :]  # (`« Title »`: spaced inside)
    elif body.startswith(("《", "「", "『")):
        closing = _BOOK_CLOSE.search(body)
        if closing is None:
            return None
        flags.add("book")
        title, rest = body[1 : closing.start()], body[closing.end() :]
    elif body.startswith("[") and (link_match := _MD_LINK.match(body)) is not None:
        title, link, rest = link_match.group("label"), link_match.group("url"), body[link_match.end() :]
        flags.add("link-text")
        label_head = _parse_head(title) if title.startswith(("**", "__")) else None
        if label_head is not None:
            title = label_head.title
    else:
        if (
            ("：" in body[:60] or ": " in body[:60] or "\u3000" in body[:60] or "\t" in body[:60])
            and (led := _LEAD_THEN_CITED.match(body)) is not None
            and (citation_after := _parse_head(body[led.end() :])) is not None
            and citation_after.cited
        ):
            # (`第3周　反向传播：Rumelhart, Hinton & Williams (1986) "Title", Nature 323`, `Transformer：Vaswani et
            # al. (2017) "Title"`: a session's or a topic's label and its colon, then the reading's citation)
            return replace(citation_after, structured=True)
        run = _LATIN_RUN.match(body)
        if run is None:
            lead = _CJK_LEAD.match(body)
            if lead is None:
                return None
            # `一篇综述：A Survey of Large Language Models`: a few words of the digest's, a colon, the title
            body = body[lead.end() :]
            flags.add("lead")
            run = _LATIN_RUN.match(body)
            if run is None:
                return None
        title, rest = run.group(0), body[run.end() :]
        if len(title) > 400 and "://" not in title:
            return None  # English prose, not a title
        if rest and (paren := title.rfind(" (")) > 0 and ")" not in title[paren:] and ")" in rest[:80]:
            # (`A Generalist Agent (DeepMind의 Gato)`: a note in parentheses that the writer's script cut, no title's)
            title, rest = title[:paren], title[paren:] + rest
        if (
            not title.isascii()
            and (other := _OTHER_SCRIPT_NOTE.search(title)) is not None
            and _OTHER_SCRIPT.search(title, 0, other.start()) is None
            and len(title[: other.start()].split()) >= 3
            # (not inside a citation)
            and title.count("(", 0, other.start()) == title.count(")", 0, other.start())
        ):
            # (`Title (อันนี้ไม่มีใน arXiv …)`, `Title ของ Microsoft`: the writer's words in their script after it, as
            # a Chinese note after a title is)
            title, rest = title[: other.start()], title[other.start() :] + rest
        verb = _READING_VERB.match(title)
        named_end = _title_case_end(title, verb.end()) if verb is not None else None
        if verb is not None and named_end is not None:
            # `- [ ] Reread The Curious Case of Neural Text Degeneration before writing`: a to-do's verb, then
            # what to read, named in Title Case up to the writer's next word in lower case or mark
            title, rest = title[verb.end() : named_end], title[named_end:] + rest
            flags.update(("to-read", "cut"))
        if "।" in title:
            # (`Title (Authors et al., Nature 2021)। AlphaFold 2 वाला पेपर — …`: a Devanagari sentence's end, its
            # next sentence the writer's)
            title, rest = title[: title.index("।")], title[title.index("।") :] + rest
        # (a spaced dash is `—` or `–`, which most titles lack: no search through the title for one then)
        dash = (outside_parens(SPACED_DASH, title) if "—" in title or "–" in title else None) or (
            outside_parens(_DOUBLE_HYPHEN, title) if "--" in title else None
        )
        if dash is None and (">" in title or "→" in title) and len(_ARROW.findall(title)) == 1:
            dash = outside_parens(_ARROW, title)
        bar = title.find(" | ")
        if bar >= 8 and (dash is None or bar < dash.start()):
            # `Title | Authors | cs.LG`: the cells of a row written as text; the title is one of them.
            title, rest = title[:bar], title[bar:] + rest
            flags.add("cut")
        elif (
            dash is not None
            and (dash.start() >= 8 or (dash.start() >= 2 and title[: dash.start()].isascii()))
            and _named_then_title(title[: dash.start()], title[dash.end() :])
        ):
            # `GAU / FLASH -- Transformer Quality in Linear Time (ICML 2022)`, `CPC — Title`: the digest's short
            # name for it, a dash, then its title in Title Case
            title = title[dash.end() :]
        elif dash is not None and dash.start() >= 8:
            # `Title — what the digest says about it`: a spaced dash ends a title.
            title, rest = title[: dash.start()], title[dash.start() :] + rest
            flags.add("cut")
        elif (
            flags & {"number", "bullet"}
            and (colon_at := title.find(" : ")) >= 8
            and len(title[:colon_at].split()) >= 3
            and _capital_ratio(title[:colon_at].split()) >= 0.75
        ):
            # `- Title : ce qu'en dit le lecteur`: a colon spaced as French writes it ends an item's title too
            title, rest = title[:colon_at], title[colon_at:] + rest
            flags.add("cut")
        elif flags & {"number", "bullet"}:
            # `2/ Title. What the digest says about it.`: in an item, a full stop before more words ends it.
            stop = _TITLE_STOP.search(title)
            before = title[: stop.start()] if stop is not None else ""
            if (
                stop is not None
                and len(before.split()) <= 3
                and (
                    _assess(before, False) == 0 or _capital_ratio(before.split()) < 1
                )  # (not `Segment Anything`)
            ):
                # `6/ Out-of-distribution. Title (Geirhos et al., 2020) is ...`: a run-in lead, then the title.
                title, rest = title[stop.end() :], rest
                stop = _TITLE_STOP.search(title)
                before = title[: stop.start()] if stop is not None else ""
            question = title.find("? ")
            if (
                question > 0
                and (stop is None or question < stop.start())
                and _is_author_line(title[question + 2 :].split(". ", 1)[0])
            ):
                # `1. Are ... a Mirage? Schaeffer, Miranda, Koyejo. NeurIPS 2023.`: its authors after the `?`
                title, rest = title[: question + 1], title[question + 1 :] + rest
                flags.add("cut")
            elif stop is not None and len(before.split()) >= 2 and before.count("(") <= before.count(")"):
                title, rest = title[: stop.start()], title[stop.start() :] + rest
                flags.add("cut")
        if "cut" not in flags and ". " in title and (named := _STOP_THEN_NAMES.search(title)) is not None:
            authors_said = _ET_AL_ANY.split(title[named.end() :], maxsplit=1)[0].split(". ", 1)[0]
            if len(title[: named.start()].split()) >= 3 and _is_author_line(authors_said.strip(" ,")):
                # (`Title. Tom B. Brown, Benjamin Mann et al. NeurIPS 2020.`: a reference written title first,
                # its authors after its full stop)
                title, rest = title[: named.start()], title[named.end() :] + rest
                flags.add("cut")
        if "cut" not in flags and ", " in title and (" et al" in title or " and " in title or "&" in title):
            authors = COMMA_AUTHORS.search(title)
            before_authors = title[: authors.start()] if authors is not None else ""
            if (
                authors is not None
                and len(before_authors.split()) >= 3
                and before_authors.count("(") <= before_authors.count(")")  # (not inside a citation)
            ):
                # `Title, Loshchilov and Hutter, ICLR 2019`: the title, then who wrote it.
                title, rest = title[: authors.start()], title[authors.start() :] + rest
                flags.add("cut")
        if "cut" not in flags and " et al" in title:
            # `Title Jia et al., ICML 2021` (a slide's lines joined): its authors with no comma before them
            spaced = _SPACE_ET_AL.search(title)
            cut_at = spaced.start() if spaced is not None else 0
            if len(title[:cut_at].split()) >= 4 and title[:cut_at].count("(") <= title[:cut_at].count(")"):
                title, rest = title[:cut_at], title[cut_at:] + rest
                # (and the word for `by` before them, in the writer's language: `Title di Okafor et al. (2021)`)
                title = _BY_WORD_AT_END.sub("", title)
                flags.add("cut")
        if (
            "cut" not in flags
            or title.endswith(")")
            or (
                (inner := _CITATION_THEN_WORDS.search(title)) is not None and _ET_AL_ANY.search(inner.group())
            )
        ) and "(" in title:
            # (also once cut at a dash: `Title (Goodfellow, … et al., 2014) — à relire …`, `Title (Name et al.,
            # 2018) and Other Title — why`)
            citation = _CITATION_PAREN.search(title)
            if citation is None and (comment := _CITATION_THEN_WORDS.search(title)) is not None:
                # `- Title (Dai dkk., NeurIPS 2020) memampatkan ...`: a Title Case title, its citation, then the
                # writer's words in any language (in lower case)
                words = title[: comment.start()].split()
                if len(words) >= 4 and _capital_ratio(words) >= 0.75:
                    citation = comment
            if (
                citation is None
                and (listed := _FULL_NAMES_IN_PARENS.search(title)) is not None
                and people_listed(listed.group("who"))
                and len(words := title[: listed.start()].split()) >= 3
                and _capital_ratio(words) >= 0.75
            ):
                # `Title (Michael Janner, Qiyang Li, Sergey Levine); o artigo …`: a Title Case title, its authors'
                # full names in parentheses, then the writer's words in any language
                citation = listed
            before = title[: citation.start()] if citation is not None else ""
            if (
                citation is not None
                and (
                    len(before.split()) >= 3
                    or (len(before.split()) == 2 and _capital_ratio(before.split()) == 1)
                )
                and not _SENTENCE_INSIDE.search(before)
                and not any(mark in before for mark in '*_"“《')  # a marked title inside: the prose reader's
                # (cut at a dash already: a title in Title Case, not the last of a line's authors wrapped onto it)
                and (
                    "cut" not in flags
                    or (_capital_ratio(before.split()) >= 0.75 and not _is_author_line(before))
                )
            ):
                # `Title (Loshchilov & Hutter, ICLR 2019). What the digest says`: the title, then its citation.
                title, rest = before, title[citation.start() :] + rest
                flags.add("cited")
        if "cited" not in flags and (title.endswith(")") or title.count("(") > title.count(")")):
            named = (
                _NAMES_IN_PARENS_END.search(title)
                or _NAME_THEN_NOTES_END.search(title)
                # (`Title (Tsai, Wu,` / `Salakhutdinov, Morency; ICLR 2021)`: its authors, wrapped onto the next line)
                or _NAMES_IN_UNCLOSED_PARENS_END.search(title)
            )
            before = title[: named.start()] if named is not None else ""
            if (
                named is not None
                and len(before.split()) >= 3
                and _capital_ratio(before.split()) >= 0.75
                # (a nickname alone, `(SayCan)`, is weighed with the title: `nicknamed_after`)
                and ("," in named.group(0) or named.group(0).strip(" \t()")[1:].islower())
            ):
                # `A Generalist Agent (Gato, DeepMind)`, `Title (Meta)`: its short name or its lab after it, no
                # part of it
                title, rest = before, title[named.start() :] + rest
                flags.add("cut")
        if "cut" not in flags and "cited" not in flags and title.rstrip(",;")[-1:].isdigit() and "," in title:
            venue = _VENUE_AT_END.search(title)
            if venue is not None and len(title[: venue.start()].split()) >= 3:
                # `Rethinking Attention with Performers, ICLR 2021`: the title, then where and when it appeared
                title, rest = title[: venue.start()], title[venue.start() :] + rest
                flags.add("cut")
        if "cut" not in flags and "cited" not in flags and "(" in title and not title.endswith(")"):
            noted = _NICK_THEN_NOTE.match(title)
            before = noted.group("title") if noted is not None else ""
            if noted is not None and len(before.split()) >= 3 and _capital_ratio(before.split()) >= 0.75:
                # `Title (SD3): rectified flow, MM-DiT`: the title, its short name, then the writer's note
                title, rest = before, title[len(before) :] + rest
                flags.add("cut")
        if "cut" not in flags and "cited" not in flags and title.endswith(")"):
            aside = _ASIDE_END.search(title)
            before = title[: aside.start()] if aside is not None else ""
            if aside is not None and len(before.split()) >= 3 and _capital_ratio(before.split()) >= 0.75:
                # `Title ("Chinchilla")`, `Title (Touvron na ndị ọzọ)`: its quoted short name, or its first author
                # and another language's `et al.`, after it
                title, rest = before, title[aside.start() :] + rest
                flags.add("cut")
        if (
            "cut" not in flags
            and "cited" not in flags
            and flags & {"number", "bullet"}
            and ": " in title[:48]
        ):
            run_end = _title_case_run_end(title)
            if run_end is not None:
                title, rest = title[:run_end], title[run_end:] + rest
                flags.add("cut")
        if (
            "cut" not in flags
            and "cited" not in flags
            and flags & {"number", "bullet"}
            and (": " in title or " - " in title)
        ):
            note_at = _note_after_title(title)
            if note_at is not None:
                # `- Title: we need this if we want 16k context`: a Title Case title, a colon or a hyphen, then
                # the writer's sentence on it in lower case
                title, rest = title[:note_at], title[note_at:] + rest
                flags.add("cut")
        url = _URL.search(title) if "://" in title or "www." in title else None
        if url is not None:
            link = url.group(0).rstrip(_URL_TAIL)
            title, rest = title[: url.start()], title[url.end() :] + rest
            before_link = True
            labelled = title.rfind(" (")
            if labelled > 0 and ")" not in title[labelled:] and len(title[labelled + 2 :].split()) <= 2:
                # (`Title (code: https://…)`: the link's label in parentheses after the title, not the title's)
                title, rest = title[:labelled], title[labelled:] + url.group(0) + rest
            linked = _LINK_IN_PROSE.search(title) if is_paper_page(link) else None
            if linked is not None:
                # `We read [Title](https://aclanthology.org/…) last week`: a link inside the writer's sentence
                # names the paper by its text, not by the words before it
                title, rest = linked.group("label"), rest.lstrip(")")
    site: str | None = None
    if (paged := paper_page_title(title)) is not None:
        title, site = (
            paged  # (`Title - Google Scholar`, `Title _ Nature.url`: a paper site's page of the paper)
        )
    elif title.endswith(")") and "." in title[-40:]:
        shown = _SITE_SHOWN.search(title)
        if shown is not None:
            # `Title (arxiv.org)`: a link aggregator's story (Hacker News, Lobsters) with the site it links to.
            site, title = shown.group("site").casefold(), title[: shown.start()]
    mark = _CITATION_MARK.search(title) if title.endswith("]") else None
    if mark is not None and len(title[: mark.start()].split()) >= 2:
        title, rest = title[: mark.start()], title[mark.start() :] + rest
    journal = JOURNAL_AT_END.search(title) if title[-1:] in ")0123456789" and ", " in title else None
    if journal is not None and len(title[: journal.start()].split()) >= 2:
        # (`Shortcut Learning in Deep Neural Networks, Nature Machine Intelligence 2 (2020)`: where it appeared)
        title, rest = title[: journal.start()], title[journal.start() :] + rest
    if ('"' in title or "“" in title) and (quoted := _QUOTED_AT_END.search(title)) is not None:
        # (`Why … in this table: see "Title"`: the writer's words, then the title)
        title = quoted.group("quoted")
    elif "“" in title and (among := _quoted_among_words(title)) is not None:
        title = among  # (`Per una panoramica si veda “Title” di Quentin`: the title the writer's words quote)
    inner = _VENUE_IN_WORDS.search(title) if "(" in title else None
    if inner is not None and len(title[: inner.start()].split()) >= 3:
        # (`Title A (ICLR 2021) és Title B (ICLR 2021) – …`: where the first appeared ends it; words follow)
        title, rest = title[: inner.start()], f"{title[inner.start() :].strip()} {rest}"
    uncleaned = title
    title = _clean_title(title)
    if (
        not flags & {"label", "quoted", "cited"}
        and ". " in title
        and (sentence_end := _sentence_then_title(title))
    ):
        # (`… before you claim anything about it. And Title, arXiv:…`: the writer's sentence first; the next one's
        # lead, if any, is cut off below)
        title = title[sentence_end:]
    # (after a title's label, what follows is the title whole: `title: 'Bootstrap your own latent: A new …'`)
    # (nor inside quotes, which the writer put around the name whole: `task byol "Lesen: Bootstrap your own latent: …"`)
    after_lead = (
        None if "label" in flags or "quoted" in flags else title_after_lead(title, cited="cited" in flags)
    )
    if after_lead is not None:
        title = after_lead
    if (
        title != uncleaned
        and "cut" not in flags
        and flags & {"number", "bullet"}
        and " - " in title
        and (note_at := _note_after_title(title)) is not None
    ):
        # (`- i klasyka z zeszłego roku: Title - czytaliśmy tylko wstęp`: the writer's note after the title their
        # lead opens, weighed once the lead is off)
        title, rest = title[:note_at], title[note_at:] + rest
        flags.add("cut")
    if (
        not title.isascii()
        and (ended := _SENTENCE_INTO_OTHER_SCRIPT.search(title)) is not None
        and _OTHER_SCRIPT.search(title, 0, ended.start()) is None
        and len(title[: ended.start()].split()) >= 3
    ):
        # (`Title. И ещё A Generalist Agent от DeepMind.`, `Старое, но полезное: Title. И ещё …`: the title's
        # sentence ends and the writer's next one opens in their script, a one-letter word of theirs first; looked
        # for once the writer's lead is cut off, so that a lead in their script does not hide it)
        title, rest = title[: ended.start()], title[ended.start() :] + rest
    if ", " in title and flags & {"bullet", "number"} and (kept := _before_note_tail(title)) is not None:
        # (`- … usamos RoBERTa: Title, já afinado` / `no corpus angolano.`: an item's title, then the writer's note in
        # their language after a comma)
        title, rest = kept, title[len(kept) :] + rest
    if title[1:2] == "." and (named := _INITIALS_AUTHORS_LEAD.match(title)) is not None:
        title = title[named.end() :]  # (`A. Gu, T. Dao. Title`, before its id: its authors, initials first)
        flags.add("cited")
    elif " al. " in title[:60] and (named := _ET_AL_LEAD.match(title)) is not None:
        # (`Graves et al. Neural Turing Machines (arXiv:…)`: who wrote it, first)
        title = title[named.end() :]
        flags.add("cited")
    elif before_link or "cited" in flags:
        title = _title_run_after_prose(title).rstrip(" ,;")  # (`Kaplan et al. (2020), Title, is the classic`)
    if link is None and ("://" in rest or "www." in rest):
        url = _URL.match(rest.strip(_TRIM))
        if url is not None:
            link = url.group(0).rstrip(_URL_TAIL)
    structured = bool(flags - {"quote", "cut", "link-text"})
    strength = _assess(title, structured)
    if (
        strength == 0
        and flags & {"cut", "cited"}
        and not any(mark in title for mark in '"“”«»')
        and _sentence_case_research_title(title)
        and (
            (rest.lstrip()[:1] in ("—", "–", "-") and _authors_then_year(rest.strip(_TRIM)))
            or (
                (cited_after := uncleaned.partition(title)[2].lstrip())[:1] == "("
                and _authors_then_year(cited_after.strip(" \t()"))
            )
            or (
                "cited" in flags
                and (cited_paren := rest.lstrip())[:1] == "("
                and _authors_then_year(cited_paren[1:].partition(")")[0])
            )
        )
    ):
        # `1. Understanding the difficulty of training deep feedforward neural networks — Glorot & Bengio, AISTATS
        # 2010`: in sentence case, a dash, then its authors and year (or its citation in parentheses: `Title (John
        # Jumper, …, Nature 596, 2021) — not on arXiv`, `Title (Surname, Surname; AISTATS 2010)`)
        strength = 2
        flags.add("cited")
    if (
        strength == 0
        and _VENUE_IN_PARENTHESES.fullmatch(rest.strip()) is not None
        and len(title.split()) >= 4
        and _sentence_case_research_title(title)
        and not _in_another_language(title)
    ):
        # (`Sparse mixtures of experts for vision tasks (ECCV 2018)`, `… (SMX, ICML 2022)`: in sentence case, where
        # and when it appeared in parentheses after it, maybe beside its short name)
        strength = 2
        flags.add("cited")
    if (
        strength == 0
        and "link-text" in flags
        and link
        and _sentence_case_title(title)
        and is_paper_page(link)
    ):
        # `### [Exploring the limits of transfer learning with a unified …](https://www.jmlr.org/papers/…)`: in
        # sentence case as a search engine writes it, the text of a link to the paper's own page
        strength = 2
    if (
        strength == 0
        and ("bullet" in flags or celled)
        and len(title.split()) >= 4
        and _sentence_case_research_title(title)
    ):
        # (`21 maart   Training language models to follow instructions …` over `(Long Ouyang, Jeff Wu et al.)`: a
        # schedule's reading in sentence case, weighed by what follows it)
        strength = 1
    if strength < 2 and site in PAPER_SITE_HOSTS and (strength == 1 or _sentence_case_title(title)):
        strength = (
            2  # (`Highly accurate protein structure prediction with AlphaFold _ Nature`: its page's title)
        )
    if (
        strength == 0
        and "label" in flags
        and len(title.split()) >= 4
        # (in sentence case, in English words and no number: not a course's `CS231n: …`, a talk in the writer's
        # language)
        and (title[:1].islower() or (title.isascii() and not any(char.isdigit() for char in title)))
        # (nor what its last word says it is: `Deep Reinforcement Learning Course`)
        and title.split()[-1].casefold().strip(_WORD_EDGES) not in _KIND_LAST_WORDS
        and (title.endswith("?") or _sentence_case_research_title(title[:1].upper() + title[1:]))
    ):
        # `論文名：why do local methods solve nonconvex problems?`, `标题    Understanding the difficulty of …`: typed
        # in lower case, or in sentence case, after a label that says it is the paper's title
        strength = 1
    if strength == 0:
        return None
    if "heading" in flags and len(title.split()) <= 4 and _SECTION_HEADING.search(title):
        return None  # `## Recent Papers`, `### This Week's Picks`: a section of the digest, not a paper
    topic = "topic" in flags and "category" not in flags
    return _Head(
        title,
        rest.strip(),
        structured,
        "label" in flags,
        category,
        strength,
        link,
        topic=topic,
        cut="cut" in flags,
        site=site,
        cited="cited" in flags,
        marked=mark is not None,
        to_read="to-read" in flags,
        file="file" in flags,
    )


# A mark citing the bibliography after a title: a number (`[12]`, `[3, 7]`, `[^4]`), a footnote (`[#gshard]`,
# `[*]`) or a citation key that ends with its year (`[Brown2020]`, `[he2016deep]`).
_CITATION_MARK = re.compile(
    r"[ \t]*\[(?:\^?[0-9]{1,3}(?:[,–-][ \t]?[0-9]{1,3})*|#[\w.-]{0,30}|\*|[A-Za-z][A-Za-z.+:_-]{1,30}"
    r"(?:19|20)[0-9]{2}[a-z]{0,12})\]$"
)
PERSONAL = re.compile(r"\b(?:I|we|you|our|my|us|your)\b")


# Letters of scripts other than Latin and CJK that digests are written in (Cyrillic, Greek, Hebrew, Arabic and
# Persian, Devanagari, Thai, Hangul), and a run of four or more Latin words between them.
# Letters of the scripts other than Latin and Han that digests are written in: Greek, Cyrillic, Armenian, Hebrew,
# Arabic, the Indic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala
# …), Thai, Lao, Myanmar, Georgian, Ethiopic, Khmer, Hangul.
_OTHER_LETTERS = (
    "\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e00-\u0eff"
    "\u1000-\u109f\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\uac00-\ud7af"
)
_OTHER_SCRIPT = re.compile(f"[{_OTHER_LETTERS}]")
_KANA = re.compile("[\u3041-\u30ff]")  # (Japanese words: no English title holds a kana)
_NOTE_ARROWS = frozenset("↳⤷↪➥")  # (a line's opening arrow that points back at the line above it)
# Where the writer's words in such a script start after a Latin title: a word of two letters of it or more.
# `arXiv:` and the digits of an id's first half, where a run of a title's words was cut inside its id.
_ARXIV_CUT = re.compile(r"\barXiv:[ \t]?[0-9]{4}$", re.IGNORECASE)


# A sentence's end, then the next one's first letter in another script (`Title. И ещё …`).
def _sentence_then_title(title: str) -> int | None:
    """Where a title starts after the writer's English sentence that ends before it (`… about generalisation. And
    EigenGame: PCA as a Nash Equilibrium`): the sentence has three words or more, most of them in lower case and
    most of those English's commonest; the title opens on two words in capitals, or a name and its colon, maybe
    after the next sentence's first word (`And`, `Then`)."""
    opened = None
    for ended in _SENTENCE_THEN_CAPITAL.finditer(title):
        opened = ended
    if opened is None:
        return None
    sentence = title[: opened.start()].split()
    lower = [word for word in sentence if word[:1].islower()]
    if len(sentence) < 3 or len(lower) * 2 <= len(sentence):
        return None
    if sum(1 for word in lower if word.strip(".,;:!?") in _ENGLISH_WORDS) * 2 < len(lower):
        return None
    first, second = [*title[opened.end() :].split()[:2], "", ""][:2]
    # (a name: a capital or a figure after its first letter, `EigenGame:`, `T5:`, not a label, `Paper:`)
    named = first.endswith(":") and any(char.isupper() or char.isdigit() for char in first[1:])
    if not (
        named or (second[:1].isupper() and first[-1:].isalnum() and first.casefold() not in _ENGLISH_WORDS)
    ):
        return None
    return opened.end()


# A sentence's end after a word in lower case, then a capital, maybe after the next sentence's first word.
_SENTENCE_THEN_CAPITAL = re.compile(
    r"(?<=[a-z][a-z][.!?])[ \t]+(?:(?:"
    + "|".join(sorted(word.capitalize() for word in _SENTENCE_OPENERS))
    + r")[ \t]+)?(?=[A-Z])"
)
_SENTENCE_INTO_OTHER_SCRIPT = re.compile(f"[.!?][ \t]+(?=[{_OTHER_LETTERS}])")
_OTHER_SCRIPT_NOTE = re.compile(f"[ \t]+[(（]?(?=[{_OTHER_LETTERS}]{{2}})")
# A quoted name that is all a line's head holds, its note after it (`- "Title" — note`, `1. «Title»: note`).
_QUOTED_WHOLE = re.compile(r"^[^\"“«„]{0,24}[\"“«„][A-Z][^\"”»“]{8,250}[\"”»“][ \t]*(?:[—–\-:(]|$)")
_OTHER_SCRIPT_OPENING = re.compile(f"[ \t]*[(（]?[{_OTHER_LETTERS}]{{2}}")
# A Greek letter alone (`α`, `λ`): a formula's symbol, no word of Greek.
# A venue and its year closing a title line after a comma (`…, ICLR 2021`).
_VENUE_AT_END = re.compile(r",[ \t]+(?:" + _VENUE_YEAR.pattern + r")[ \t]*[,;]?[ \t]*$")
# A row of data with its fields apart by semicolons or bars, four or more, as a statistics program's inline data, a
# European CSV or a plain-text list writes it (`4;12.03.2024;"Can Yıldız";"Title";"";0;3.9`, `2024-02-08|Lucía|Title|`).
_DELIMITED_ROWS = {
    ";": re.compile(r'(?:(?:"[^"\n]*"|[^;"\n]*);){3,}(?:"[^"\n]*"|[^;"\n]*)'),
    # (three fields or more, none empty but a last one: `a || b` is a formula's norm, no row)
    "|": re.compile(r"[^|\n]+(?:\|[^|\n]+){2,}\|?"),
    # (a tuple a query shell dumps, Pig's or Spark's: its record's number first, its fields apart by bare commas,
    # `(2,Title,,Name,ECCV 2016, continuación)`)
    ",": re.compile(r"\([0-9]{1,9},[^\n]*,[^\n]*\)"),
}
# Where a dumped tuple's fields part: a comma with no space after it (a field's own commas are written `, `).
_TUPLE_FIELD_SEPARATOR = re.compile(r",(?![ \t])")


_KEYED_BAR_ROW = re.compile(r"[0-9]{1,6}\|[^|]")


def _row_delimiter(line: str) -> str | None:
    """The delimiter of a line that is a row of data, its fields apart by semicolons (one of them quoted), by three
    bars or more (never a Markdown table's row, which opens on its bar) or by bare commas in a dumped tuple, or
    None."""
    text = line.strip()
    if ";" in text and '"' in text and _DELIMITED_ROWS[";"].fullmatch(text) is not None:
        return ";"
    if (
        (text.count("|") >= 3 or (text.count("|") == 2 and text[:1].isdigit() and _KEYED_BAR_ROW.match(text)))
        and text[:1] != "|"
        and _DELIMITED_ROWS["|"].fullmatch(text) is not None
    ):
        return "|"  # (or two, after a record's number: `6|Title|2012`, a query's rows printed with `|`)
    if text[:1] == "(" and text[-1:] == ")" and _DELIMITED_ROWS[","].fullmatch(text) is not None:
        return ","
    return None


def _may_be_row(text: str) -> bool:
    """Whether a line may be a row of data at all (its delimiter's sign: a cheap test before `_row_delimiter`)."""
    return ";" in text or "|" in text or text.lstrip()[:1] == "("


def _delimited_row(line: str) -> bool:
    """Whether a line is a row of data (see `_row_delimiter`)."""
    return _row_delimiter(line) is not None


def _row_title_cell(line: str) -> str | None:
    """The field of a row of data that reads most as a title (its longest of three words or more, quoted where
    the row quotes its text), or None when the line is no such row."""
    delimiter = _row_delimiter(line)
    if delimiter is None:
        return None
    text = line.strip()
    cells = [
        cell.strip()
        for cell in (_TUPLE_FIELD_SEPARATOR.split(text[1:-1]) if delimiter == "," else text.split(delimiter))
    ]
    if delimiter == ";":
        cells = [cell[1:-1] for cell in cells if cell.startswith('"')]
    if delimiter == ",":
        # (a tuple's fields are not quoted: its title is the first field of words after its record's number, two
        # at least, not a longer note's after it, `(6,Squeeze-and-Excitation Networks,https://…,Name,CVPR 2018, SE)`)
        return next(
            (
                cell
                for cell in cells[1:]
                if len(cell.split()) >= 2 and "://" not in cell and _VENUE_YEAR.match(cell) is None
            ),
            None,
        )
    named = [cell for cell in cells if len(cell.split()) >= 3 and "://" not in cell]
    return max(named, key=len) if named else None


def _names_own_kind(title: str) -> str | None:
    """The label a name opens on when it says it is another kind of thing than a paper (`Talk: …`, `Lecture:
    …`, past an episode's code, `S2E5 Panel: …`), or None."""
    if ": " not in title[:40]:
        return None
    field_ = read_field(_EPISODE_CODE.sub("", title, count=1))
    if field_ is not None and field_[0] is Label.NOT_PAPER:
        return field_[1]
    # (or whose label ends on a kind of thing: `Name ブログ: Title`, `Lab Blogg: Title`, a site's blog post)
    label = title.split(": ", 1)[0].split()
    last = label[-1].casefold() if label else ""
    if 2 <= len(label) <= 4 and _KIND_LABEL_WORD.fullmatch(last):
        return NOT_PAPER_TYPES.get(last, "another kind of thing")
    return None


# A parenthesis right after a name, past its closing quote at most.
_PARENTHESIS_NEXT = re.compile(r"[\"”»'*_]?[ \t]*(?P<own>\([^()\n]{1,60}\))")
# The kinds a label's last word may name (a blog, a video, a course, a podcast, a talk, documentation).
_KIND_LABEL_WORD = re.compile(
    r"blog\w{0,4}|ブログ|博客|블로그|videos?|動画|视频|courses?|podcasts?|talks?|docs|documentation"
)
# A series' code for an episode before its name (`S2E5 Title`, `s02e11 - Title`): a recording's, in a media library.
_EPISODE_CODE = re.compile(r"^[Ss][0-9]{1,2}[Ee][0-9]{1,3}[ \t]*(?:[-–—:][ \t]*)?")
# A TSV row's first cell when it is a key with no words (a dash where the row has no id, a number), then its tab.
_KEYED_TAB_ROW = re.compile(r"(?:[-–—]|[0-9]{1,6})\t+(?=[^\t\n]{4})")


def _cells_as_head(text: str) -> str:
    """A TSV row's cells from its title's on, read as a head: the title, then what the other cells say after a spaced
    dash (`Title<tab>Name (note)` → `Title — Name (note)`)."""
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    return " — ".join(cells) if cells else text


# A copied table's row: two short cells or more (a week's name, its dates; no `Label: value`), then a long last one.
# A cell citing a paper by its authors and year, then its title and its venue after full stops.
_CELL_CITATION = re.compile(
    r"(?P<who>[^()\t]{3,120}?)[ \t]*\((?:19|20)[0-9]{2}[a-z]?\)\.[ \t]+(?P<title>[A-Z][^\t]{8,300}?[^.\s])\."
    r"(?:[ \t]+(?P<rest>[^\t]*))?"
)
_AND_IN_NAMES = re.compile(rf"[ \t]+{AND_WORD}[ \t]+")
# ... before a name (not another language's et al., `ve ark.`, `og fl.`)
_AND_BEFORE_NAME = re.compile(rf"[ \t]+{AND_WORD}[ \t]+(?=[A-Z])")


def _cited_cell(row: str) -> _Head | None:
    """The paper a row's cell cites by its authors (their `and` in any of the digests' languages), year, title and
    venue, as a head labelled by its citation."""
    for cell in row.split("\t"):
        cited = _CELL_CITATION.fullmatch(cell.strip())
        if cited is None or not _is_author_line(_AND_IN_NAMES.sub(" and ", cited.group("who").strip())):
            continue
        title = cited.group("title").strip()
        if _assess(title, True) == 2:
            return _Head(title, cited.group("rest") or "", True, True, None, 2, None)
    return None


_LAST_CELL_AFTER_LABELS = re.compile(r"(?:[^\t:]{1,48}\t){2,}(?P<cell>[^\t]{24,})$")
# A term in a cell of its own, then its definition: a flash card's or a glossary's row (a word first, not a log's
# `[07:00:15] :` or a bracketed tag).
_TERM_THEN_DEFINITION = re.compile(r"[^\W_][^\t]{0,59}?[ ]*\t+[ ]*(?P<definition>[^\t]{24,})")
# A dash after a title, then maybe its short name and a semicolon, comma or colon (`— GPT-1; …`).
_DASH_THEN_NICKNAME = re.compile(r"[ \t]*[—–-][ \t]*(?:[A-Za-z][\w.+\-]{0,20}[;,:][ \t]*)?")
# A venue and its year right after a title, after a comma or in parentheses (`Title, ICLR 2021.`, `Title (ICML 2019)`).
# A venue and year alone in parentheses, maybe after a short name (`(ICML 2022)`, `(SMX, ICML 2022)`).
_VENUE_IN_PARENTHESES = re.compile(
    r"[(（](?:[^()（）,，]{1,24}[,，][ \t]*)?(?:" + _VENUE_YEAR.pattern + r")"
    # (or, after it, the writer's short note: `(Nature 2021, not on arXiv)`, `(ICML 2022, walang arXiv)`)
    r"(?:[,，;；][ \t]*[^()（）\n]{1,40})?[)）]"
)
_VENUE_RIGHT_AFTER = re.compile(
    r"[*_]*(?:,[ \t]+|[ \t]+[(（])(?:" + _VENUE_YEAR.pattern + r")[ \t]*(?:[)）.,;]|$)"
)
# A title, its short name in parentheses, then a colon or a dash and a note (`Title (SD3): rectified flow, …`).
_NICK_THEN_NOTE = re.compile(
    r"(?P<title>[A-Z][^()]{8,300}?)[ \t]+\((?P<name>[^()]{1,30})\)[ \t]*[:：—–][ \t]+\S"
)
_LONE_GREEK = "[\u0370-\u03ff](?![\u0370-\u03ff])"
_LATIN_TITLE_RUN = re.compile(
    # (a right-to-left script's direction marks may stand on either side of the space: `مقالهٔ \u200eTitle\u200f (…)`)
    # (or after a dash or a colon that follows the other script's words, a number or a date in parentheses between:
    # `ವಾರ 4 (ಮಾರ್ಚ್ 28) — Title (NeurIPS 2020; …)`, a programme's week and date in another language)
    f"(?:(?:[{_OTHER_LETTERS}][.!?,:;]?|[{_OTHER_LETTERS}](?:[ \t]*[0-9]{{1,4}})?[)\\]][ \t]*[—–:]|[{_OTHER_LETTERS}][ \t]+[—–])"
    f"[\u200c\u200e\u200f]?[ \t]+[\u200e\u200f]?"
    # (or a Hebrew prefix a hyphen joins to it, `ב-Title`, `ה־Title`; an Arabic one drawn out to it, `بـTitle`)
    f'|(?<![{_OTHER_LETTERS}])[\u05d0-\u05ea][-\u05be]|(?<![{_OTHER_LETTERS}])[\u0628\u0644\u0643\u0641\u0648]\u0640)[«„“"]?'
    # (a name with a call in it opens some: `LLM.int8(): 8-bit Matrix Multiplication ...`; a short name in
    # parentheses before the subtitle's colon is one of its words: `Big Transfer (BiT): General ...`, and a word
    # in parentheses inside it: `Language Models (Mostly) Know …`)
    r"(?P<title>[A-Z0-9][A-Za-z0-9'’\-]*(?:\.[a-z][a-z0-9]*\(\))?:?"
    r"(?:[ \t]+(?:[A-Za-z0-9][A-Za-z0-9'’\-:,&]*|\([A-Za-z][A-Za-z0-9\-]{0,15}\):?)){2,30}?)"
    # (what follows is a word of the other script, not a formula's Greek letter: `… in differentiable nas, los
    # pesses α de DARTS` is no title in Greek)
    f'(?=[»”"]?[\u200e\u200f]?[ \t]*(?:(?!{_LONE_GREEK})[{_OTHER_LETTERS}]|[(（,.;!?—–]|$))',
    re.MULTILINE,
)
# A question mark inside a title, then its subtitle in Title Case to the run's end (`? A Representational Study`).
_QUESTION_SUBTITLE = re.compile(
    r"\?[ \t]+(?P<rest>[A-Z][A-Za-z0-9'’\-]*(?:[ \t]+(?:[A-Z0-9][A-Za-z0-9'’\-]*|"
    + _SMALL
    + r")){1,12})"
    + f"(?=[ \t]*(?:[(（,.;!—–]|[{_OTHER_LETTERS}]|$))",
    re.MULTILINE,
)
# ... or opening a line, the other script's sentence right after it (`Toolformer: Language Models Can Teach
# Themselves to Use Tools بھی اسی سلسلے کی کڑی ہے`).
_LATIN_TITLE_OPENING = re.compile(
    r'^[ \t]*[«„“"]?'
    r"(?P<title>[A-Z0-9][A-Za-z0-9'’\-]*(?:\.[a-z][a-z0-9]*\(\))?:?(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’\-:,&]*){3,30}?)"
    # (the other script's words right after it, or after a dash: `Title — разделы 3 и 4`)
    f'(?=[»”"]?[ \t]*(?:[—–][ \t]*)?(?!{_LONE_GREEK})[{_OTHER_LETTERS}])',
    re.MULTILINE,
)
# ... and a title written all in lower case there (`ଜରୁରୀ ପେପର: lost in the middle: how language models use long
# contexts — ଲମ୍ବା`): the other script bounds it, its English words tell it from a phrase (`_reads_as_english`).
_SCRIPT = f"[{_OTHER_LETTERS}{_CJK}]"
# (what may stand between the other script's letter and the title's first: nothing, a mark, a space, a dash)
_BETWEEN = ("", "[.!?,:;：，]", "[ \t]", "[.!?,:;：，][ \t]", "[ \t][—–][ \t]", "[—–][ \t]")
_LOWER_LATIN_RUN = re.compile(
    # (the first letter, then the look back after it: a pattern that opens with a small character class is
    # searched fast, one that opens with a script's is not; each look back tries a letter outside ASCII first)
    r"(?P<title>[a-z](?<![A-Za-z0-9'’\-][a-z])(?:"
    + "|".join(f"(?<=[^\\x00-\\x7f]{between}[a-z])(?<={_SCRIPT}{between}[a-z])" for between in _BETWEEN)
    + r")[a-z0-9'’\-]*:?(?:[ \t]+[a-z0-9][a-z0-9'’\-]*:?){4,30})"
    f"(?=[ \t]*(?:{_SCRIPT}|[(（,.;!?—–]|$))",
    re.MULTILINE,
)
# The full-width marks that part a Chinese, Japanese or Korean sentence's clauses: commas, stops and colons.
_CJK_CLAUSE_MARKS = frozenset("，、。：；！？")
# ... and inside a Chinese, Japanese or Korean sentence, which writes no space around it (`まず定番から。Momentum
# Contrast for Unsupervised Visual Representation Learning（いわゆる MoCo）`).
_CJK_TITLE_RUN = re.compile(
    f"(?<=[{_CJK}])[ \t]*"
    r"(?P<title>[A-Z][A-Za-z0-9'’\-]*:?(?:[ \t]+(?![Aa]r[Xx]iv\b)[A-Za-z0-9][A-Za-z0-9'’\-:,&]*){3,30}?)"
    f"(?=[ \t]*(?:[{_CJK}]|[(,.;!?—–]|$))",
    re.MULTILINE,
)
# ... and of three to five words opening on an indefinite article, as no product's or site's name does (`… の Name、つまり
# A Generalist Controller も`)
_CJK_INDEFINITE_RUN = re.compile(
    f"(?<=[{_CJK}])[ \t]*"
    r"(?P<title>An?[ \t]+[A-Z][A-Za-z0-9'’\-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’\-]*){1,3})"
    f"(?=[ \t]*(?:[{_CJK}]|[(,.;!?—–]|$))",
    re.MULTILINE,
)
# ... and of three words in Title Case when the writer's note in parentheses right after it opens on a name
# (`加返 Zero-Shot Text-to-Image Generation（DALL-E，第一代）`: weighed as its model's name, see `is_prose_title`)
_CJK_NICKED_RUN = re.compile(
    f"(?<=[{_CJK}])[ \t]*"
    r"(?P<title>[A-Z][A-Za-z0-9'’\-]*(?:[ \t]+[A-Z][A-Za-z0-9'’\-]*){2})"
    r"(?=[ \t]*[(（][A-Za-z][\w\-]{1,15}[,，;；、:：])"
)
# Where the prose patterns that open on a look back can start: one character class first, which the engine scans for
# fast, then the same look back. A pattern's own search tries every position of a digest's text; `_finditer` tries
# it only where its opening matches.
_OPENINGS: dict[re.Pattern[str], re.Pattern[str]] = {
    # (a sentence's or a line's first letter, or a line's bullet)
    _CITED_SENTENCE: re.compile(r"[-*+A-Zw](?:(?<=[.!?][ \t].)|(?<=^.))", re.MULTILINE),
    # (a space or a capital after a Chinese, Japanese or Korean character)
    _CJK_TITLE_RUN: re.compile(f"[ \tA-Z](?<=[{_CJK}][ \tA-Z])"),
    # (the same: it opens as `_CJK_TITLE_RUN` does, on that look back, blanks, then a capital)
    _CJK_NICKED_RUN: re.compile(f"[ \tA-Z](?<=[{_CJK}][ \tA-Z])"),
    _CJK_INDEFINITE_RUN: re.compile(f"[ \tA](?<=[{_CJK}][ \tA])"),
}


def _finditer(
    pattern: re.Pattern[str], text: str, non_ascii: Sequence[tuple[int, int]] | None = None
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` (of a pattern that matches no empty string), found faster where
    `_OPENINGS` says where it can start: `pattern.match` at a position is the same attempt its search makes there
    (looking back past that position too); from the line breaks for `_LINE_PATTERNS`; and only in the spans of
    `non_ascii` (`non_ascii_spans(text)`) for `_NON_ASCII_LINE_PATTERN_IDS`."""
    # (looked up by the pattern's identity: hashing a compiled pattern hashes its whole code, each time)
    # (a span's end is a line break, or the text's: the engine sees `$` there, and nothing of the next line, as it
    # does at that line break in the whole text; its look backs see the text before the span's start)
    spans = (
        non_ascii
        if non_ascii is not None and id(pattern) in _NON_ASCII_LINE_PATTERN_IDS
        else ((0, len(text)),)
    )
    if id(pattern) in _LINE_PATTERN_IDS:
        for start, end in spans:
            yield from line_matches(pattern, text, end, start)  # (a span starts a line)
        return
    opening = _OPENINGS_BY_ID.get(id(pattern))
    for start, end in spans:
        if opening is None:
            yield from pattern.finditer(text, start, end)
            continue
        position = start
        while (candidate := opening.search(text, position, end)) is not None:
            found = pattern.match(text, candidate.start(), end)
            if found is None:
                position = candidate.start() + 1
            else:
                yield found
                position = found.end()


def non_ascii_spans(text: str) -> list[tuple[int, int]]:
    """The spans (start, end: a line break or the text's end) of the runs of lines of `text` that hold a character
    outside ASCII."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if not line.isascii():
            if spans and spans[-1][1] == position - 1:
                spans[-1] = (spans[-1][0], end)  # (the run goes on)
            else:
                spans.append((position, end))
        position = end + 1
    return spans


# A program's call or a logic program's fact opening a line, up to the quote of its string argument: `paper(dt, "`,
# `add_reading('`.
_CALL_OPENING = re.compile(r"[a-z_][\w.]{0,30}\((?:[^()\"'\n,]{1,30},[ \t]*){0,3}(?P<quote>[\"'])")
# A citation in parentheses right after a title in a sentence of Chinese, Japanese or Korean: its authors with `等`,
# `ら`, `외` or `et al.`, or a year (`（Hendrycks 等，ICLR 2021）`, `(Vaswani et al., 2017)`).
_CJK_CITATION_AFTER = re.compile(
    r"[ \t]*[（(][^（）()\n]{0,60}?(?:等|ら|외|et[ \t]+al\.?|\b(?:19|20)[0-9]{2}\b)[^（）()\n]{0,40}[）)]"
)
# ... and opening the line, the sentence going on in the other script (`FlashAttention: Fast and … を読んでから`)
_CJK_TITLE_OPENING = re.compile(
    r"^[ \t]*(?P<title>[A-Z][A-Za-z0-9'’\-]*:?(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’\-:,&]*){3,30}?)"
    f"(?=[ \t]*[{_CJK}])",
    re.MULTILINE,
)
# ... and a whole line of English, the sentence going on below it with a particle (`OPT: …` / `の付録と…`,
# `the power of scale for …` / `は読んどけ`).
_LATIN_LINE_IN_CJK = re.compile(
    r"^[ \t]*(?P<title>[A-Za-z][A-Za-z0-9'’\-]*:?(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’\-:,&]*){2,30})[ \t]*\n"
    r"(?=[ \t]*(?:の|は|を|が|も|と|で|に|って|とか|など|、|的|是|这|은|는|을|를|이|가|의|에서))",
    re.MULTILINE,
)
# The prose patterns above that open on `^`: `_finditer` finds them from the text's line breaks (see `linescan`).
_LINE_PATTERNS = frozenset({_LATIN_TITLE_OPENING, _CJK_TITLE_OPENING, _LATIN_LINE_IN_CJK})
# (`_LINE_PATTERNS` and `_OPENINGS` by their patterns' identities, which `_finditer` looks up on every call: CPython
# hashes a compiled pattern's whole code each time it is hashed, some microseconds for a long one; these patterns are
# module constants, alive as long as the program, so no other pattern ever has one of their identities)
_LINE_PATTERN_IDS = frozenset(id(pattern) for pattern in _LINE_PATTERNS)
_OPENINGS_BY_ID = {id(pattern): opening for pattern, opening in _OPENINGS.items()}
# The prose patterns every match of which stands on a line holding a character outside ASCII: each opens right after
# a letter of another script (a look back on its own line), or opens a line and is followed on it by one (a look
# ahead), and none of them matches a line break, so that the lines all in ASCII of a digest in two scripts (its
# English paragraphs) hold none; `_finditer` looks for them in the others.
_NON_ASCII_LINE_PATTERN_IDS = frozenset(
    id(pattern)
    for pattern in (
        _LOWER_LATIN_RUN,
        _CJK_TITLE_RUN,
        _CJK_NICKED_RUN,
        _CJK_INDEFINITE_RUN,
        _LATIN_TITLE_OPENING,
        _CJK_TITLE_OPENING,
    )
)
# The word for a paper in the scripts `_LATIN_TITLE_RUN` reads, right before the title it names (Hindi, Russian and
# Ukrainian, Greek, Hebrew, Arabic and Persian, Thai, Korean).
_PAPER_WORD_BEFORE = re.compile(
    r"(?:पेपर|शोधपत्र|शोध-पत्र|लेख|стать[яеюи]|статт[яі]|работ[аеу]|άρθρο|εργασία|δημοσίευση|מאמר|ورقة|بحث|"
    r"مقاله|مقالهٔ|เปเปอร์|บทความ|งานวิจัย|논문|পেপার|গবেষণাপত্র|ஆய்வுக்கட்டுரை|கட்டுரை)[^\s]{0,3}[\s\u200c\u200e\u200f]*[«„“\"]?$"
)
# The readers of runs of words in prose, which weigh again the words of a quoted name turned down as a whole.
_RUN_KINDS = frozenset(["latin-run", "foreign-run", "prose-run", "cjk-run", "lower-latin-run", "noted-run"])
# A sentence's end between two ids on one line: a full stop, then words.
_SENTENCE_BETWEEN = re.compile(r"[.!?。！？][ \t]+\S")
# A journal's volume or issue, with its year (`Volume 7 - 2024`, `Vol. 36, No. 2 (2023)`, `Issue 4`, `Band 12`).
_VOLUME_ISSUE = re.compile(
    r"(?:Volume|Vol\.?|Issue|No\.|Number|Band|Tome|Jahrgang)[ \t]*[0-9]{1,4}\b(?:[ \t,;:\-–—()./0-9]|No\.?|Issue|Nr\.?)*$",
    re.IGNORECASE,
)
# A venue's name opening the parenthesis of a year cut off an authors' lead (`Liu et al. (ICCV`).
_VENUE_IN_PARENS_END = re.compile(r"[ \t]*\((?:" + PUBLISHING_VENUES + r"|[A-Z][A-Za-z .&]{1,60})[ \t]*$")
# A short name alone in parentheses after a quoted title: `(Gato)`, `(GPT-3)`, `(DALL·E 2)`.
_NAME_ALONE = re.compile(r"[A-Z][A-Za-z0-9\-·.+]{1,23}(?:[ \t][0-9]{1,2})?")
_COURSE_NUMBER = re.compile(r"[0-9]{3}")  # `CS229`, `6.S191`: a course, not a model
_VENUE_IN_PARENS_AT_END = re.compile(r"[ \t]+[(（](?:" + _VENUE_YEAR.pattern + r")[)）]$")
# (or who wrote it and where, the parenthesis going on below: `Title (Tay, Bahri et al., ICML 2021,`)
_VENUE_AFTER_COMMA_AT_END = re.compile(r",[ \t]+(?:" + _VENUE_YEAR.pattern + r")$")  # (`Title, ICLR 2021`)
_UNCLOSED_VENUE_AT_END = re.compile(
    r"[ \t]+[(（](?:(?:"
    + _VENUE_YEAR.pattern
    + r")[,;]?|(?=[^()（）]*(?:\b(?:19|20)[0-9]{2}\b|\bet al\b))[^()（）]*)$"
)
_WHERE_AFTER = re.compile(r"[ \t]*[(（\[](?:arxiv|pdf|paper|html|abs|openreview|link)[)）\]]$", re.IGNORECASE)
# Authors ending with `et al.` (and a venue and year), in parentheses after a title (full names, as many as the writer gives).
_ET_AL_IN_PARENS_AT_END = re.compile(
    r"[ \t]+[(（][^()（）\n]{3,200}?\bet[ \t]+al\.?(?:,?[^()（）\n]{0,40}?\b(?:19|20)[0-9]{2}[a-z]?)?[)）]$"
)
# A comma, then words in another script than the title's Latin one to the end (the writer's, after the title).
_OTHER_SCRIPT_AT_END = re.compile(
    r"[ \t]*[,，،][ \t]*(?=[^\sA-Za-z0-9À-ɏ(（\[\-–—\"“'‘])(?=[^A-Za-z]*[^\W\d_])[^A-Za-z]+$"
)
# Who wrote it and when, in parentheses after a title (`Title (Sohl-Dickstein et al., ICML 2015)`, `Title (Kingma &
# Ba, 2015)`): its citation, not its words.
_CITED_IN_PARENS_AT_END = re.compile(
    r"[ \t]+[(（][A-Z][\w'’\-]+(?:[ \t]+(?:et[ \t]+al\.?|(?:&|and)[ \t]+[A-Z][\w'’\-]+))?"
    # (or three authors or more, and a venue of a few words: `(Ba, Kiros, Hinton, Deep Learning Symposium 2016)`)
    r"(?:,[ \t]*[A-Z][\w'’\-]+){0,5},[ \t]*"
    r"(?:[A-Z][A-Za-z]{1,12}[ \t]+){0,3}(?:19|20)[0-9]{2}[a-z]?[)）]$"
)
# What a reading log writes after a title: its venue in parentheses, a rating, its tags (`Title (Nature) ★★★★★
# #science`, `Title 4/5 #ssl`).
_LOG_TAIL = re.compile(
    rf"(?:[ \t]*[(（]{VENUE_NAMES}[)）])?(?:[ \t]+(?:[★☆✩✪✭⭐]{{1,10}}|[0-9](?:\.[0-9])?/(?:5|10)|#[^\s#]+))+$"
)
# Words before a title that say where to read it or how far its reader got: `Read more: Title`, a log's
# `re-read: Title`, `skimmed: Title`, `2nd pass: Title`.
_READ_MORE = re.compile(
    r"(?:read more|read the paper|more|via|source|see|re-?read(?:ing)?|skim(?:med)?|revisit(?:ed)?|"
    r"(?:second|2nd|third|3rd) pass|"
    # (a to-do's "read" in the writer's language: Spanish, Portuguese, French, Italian, German, Dutch, the
    # Scandinavian languages, Finnish, Indonesian and Malay, Turkish, Romanian, Hungarian, Czech, Polish)
    r"leer|ler|lire|leggere|lesen|lezen|les|läs|læs|lue|baca|oku|cite[sș]te|olvasd?|přečti|przeczytaj|"
    r"read|to read|must read)"
    # (and a note on it in parentheses: `Ler (opcional): Title`, `Read (optional): Title`)
    r"(?:[ \t]*[(（][^()（）\n]{1,24}[)）])?[ \t]*[:：][ \t]*(?=\S)",
    re.IGNORECASE,
)
_AKA_AFTER = re.compile(
    r"[ \t]*[(（](?:aka|a\.k\.a\.?|also known as)[ \t]+[^()（）]{1,40}[)）]$", re.IGNORECASE
)
# (a version after a space is part of the name: `(DALL-E 2)`, `(Stable Diffusion 3)` is no short name)
# (a short name opening the parentheses after a title, the writer's note going on after it: `（GLUE，9 項任務）`)
_NICK_OPENS_PARENS = re.compile(r"[ \t]*[(（](?P<name>[A-Za-z][\w\-]{1,15})[,，;；、:：]")
# (or after a full-width comma, the writer's words going on after it: `Title，HELM 嗰個 leaderboard`)
_NICK_AFTER_COMMA = re.compile(r"[，、][ \t]*(?P<name>[A-Z][\w\-]{1,15})(?=[ \t]|[^\x00-\x7f])")
_SHORT_NAME_AFTER = re.compile(r"[ \t]*[(（](?P<name>[^()（）\s]{2,24}(?:[ ][0-9]{1,2}(?:\.[0-9])?)?)[)）]$")


# A Markdown footnote's definition (pandoc's, GitHub's): `[^3]: its text`.
_FOOTNOTE_DEFINITION = re.compile(r"\[\^[^\]\s]{1,20}\]:[ \t]")
# A to-do's box before an item's text, maybe after its bullet: `[ ]`, `[x]`, `[~]`, `- [ ]`.
_TO_DO_BOX = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?" + _TO_DO_MARK.pattern)
# A citation's lead that names its authors with `et al.` (and its year) before a comma and the title.
_VENUE_YEAR_IN_PARENS_END = re.compile(r"[ \t]*[(（][^()（）\n]{0,40}\b(?:19|20)[0-9]{2}[a-z]?[)）][ \t]*$")
_ET_AL_COMMA_LEAD = re.compile(
    r"[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+)?[ \t]+et[ \t]+al\.?"
    r"(?:[ \t]+(?:19|20)[0-9]{2}[a-z]?|[ \t]*\((?:19|20)[0-9]{2}[a-z]?\))?,[ \t]+(?=[A-Z0-9])"
)
_SURNAMES_COMMA_LEAD = re.compile(
    r"[A-Z][\w'’\-]+(?:,[ \t]+[A-Z][\w'’\-]+){0,6},?[ \t]+(?:&|and)[ \t]+[A-Z][\w'’\-]+,[ \t]+(?=[A-Z0-9])"
)
# Where a cited title's source follows it, at the end of its line: `, ICML 2006`, `(OpenAI report)`, a journal's
# volume and pages (`, Nature 550, 354–359.`).
_SOURCE_AT_END = re.compile(
    r",[ \t]+[^,()\n]{2,60}?\b(?:19|20)[0-9]{2}[a-z]?\.?[ \t]*$|[ \t]+\([^()\n]{2,60}\)\.?[ \t]*$"
    r"|,[ \t]+[A-Z][^,()\n]{1,50}?[ \t][0-9]{1,4}(?:\([0-9]{1,4}\))?,[ \t]*[0-9]{1,6}[–-][0-9]{1,6}\.?[ \t]*$"
)
# Who wrote it, before the title on its line: `Co-Reyes et al., `, `Ho and Salimans, `.
_ET_AL_FIRST = re.compile(
    r"^[A-Z][\w'’\-]+(?:[ \t]+et[ \t]+al\.?|[ \t]+(?:and|&)[ \t]+[A-Z][\w'’\-]+),[ \t]+(?=[A-Z])"
)
# A line that opens by citing what is above it, in parentheses: `(Janner, Li, Levine)`, `(Nature 596, 583-589). …`
# A title's last words, wrapped onto the line of its citation: `Distribution (Song & Ermon, NeurIPS 2019).`
_WRAPPED_BEFORE_CITATION = re.compile(
    r"^(?P<rest>[A-Z][\w'’\-]*(?:[ \t]+(?:[A-Z][\w'’\-]*|of|for|and|the|in|on|with|to|a|an|via|from)){0,3})"
    r"[ \t]+(?P<cite>[(（].*)$"
)
_NICK_AFTER_TITLE = re.compile(
    r"(?P<title>[^()（）\n]+?)[ \t]*[(（](?P<name>[^()（），,;\n]{2,24})(?P<note>[,;，][^()（）\n]*)?[)）][ \t.]*$"
)
# What a digest calls the paper above, in parentheses: `the unCLIP / DALL-E 2 paper`, `the ViT paper`.
_CALLED_PAPER = re.compile(r"the[ \t]+[^()\n]{1,40}?[ \t]+paper")
_CITED_BELOW = re.compile(
    r"[ \t]*[(（](?P<who>[^()（）\n]{3,120})(?:\)(?:[.,;:]?[ \t]|[.,;:]?$)|）)"  # (`（ICCV 2021）ImageNet-C で…`)
)
# A line that is a journal's or a meeting's name and a year alone: `Nature Machine Intelligence 2020`, `ICML, 2021`.
# ... maybe with its pages in any language's abbreviation (`, pp. 1532–1543`, `, s. 101–112`, `, str. 12–20`).
_PAGES_AFTER = r"(?:,?[ \t]+(?:pp?|s|S|str|с|стр|old)\.?[ \t]*[0-9]+(?:[-–][0-9]+)?)?"
_VENUE_LINE = re.compile(
    r"[ \t]*(?:"
    + VENUE_NAMES
    + r"\b[A-Za-z&.\- ]{0,60}?,?[ \t]+(?:19|20)[0-9]{2}"
    # (or a journal by its name, volume and issue, then the year in parentheses: `Neural Networks 12:4 (2003)`)
    + r"|[A-Z][A-Za-z&.\- ]{1,60}?[ \t]+[0-9]{1,4}(?:[:(][0-9]{1,4}\)?)?[ \t]+\((?:19|20)[0-9]{2}\))"
    + _PAGES_AFTER
    + r"\.?[ \t]*"
)
_AUTHORS_THEN_CITATION = re.compile(r"(?P<authors>[A-Z][^()（）\n]{1,80}?)(?=[ \t]*[(（])")
# A journal's volume and pages: `Nature 596, 583-589`, `JMLR 15(1):1929–1958`.
_JOURNAL_PAGES = re.compile(
    r"^[A-Z][A-Za-z. ]{1,40}[ \t]+[0-9]{1,4}(?:[ \t]*\([0-9]{1,3}\))?[,:][ \t]*[0-9]+[-–][0-9]+$"
)
# A spaced dash, then a model's short name with a capital or a digit inside it (`– InstructGPT.`, `— GPT-3,`), at the
# end of its clause.
_DASH_THEN_MODEL = re.compile(r"[ \t]*[—–][ \t]+[A-Z][a-z]*[A-Z0-9][\w\-+.]{0,20}?(?:[.,;:)]|[ \t]*$)")
# A line that closes a block of a program's data, a record's or a list's (`}`, `],`).
_BLOCK_CLOSES = frozenset({"}", "};", "},", "]", "],"})
# A library's documentation, by its address.
_DOCUMENTATION_URL = re.compile(r"/docs?/|//docs\.|readthedocs\.|/documentation/", re.IGNORECASE)
# A venue and year in parentheses right after a title: `Title (ICLR 2021).`
_VENUE_AFTER = re.compile(r"[ \t]*[(（][^()（）\n]{0,30}?" + _VENUE_YEAR.pattern + r"[^()（）\n]{0,20}[)）]")
# ... and a venue and year in parentheses inside a line's words, more words after it.
_VENUE_IN_WORDS = re.compile(r"[ \t]+\(" + _VENUE_YEAR.pattern + r"\)[ \t]+(?=[^\W\d_])")


def _opens_line(before: str) -> bool:
    """Whether what comes before a place on its line is only indentation and a list marker or a heading's."""
    before = before.strip().lstrip("#").lstrip()
    if not before:
        return True
    marker = _BULLET.match(before) or _NUMBER.match(before)
    return marker is not None and marker.end() == len(before)


def _named_in_lower_case(title: str) -> bool:
    """A paper's title typed all in lower case: one name, a colon, then what it does in a research paper's words
    (`realm: retrieval-augmented language model pre-training`)."""
    head, colon, tail = title.partition(": ")
    return (
        bool(colon)
        and title.islower()
        and re.fullmatch(r"[a-z][\w\-]{1,20}", head) is not None
        and len(tail.split()) >= 4
        and not _SENTENCE_INSIDE.search(title)
        and not PERSONAL.search(tail)
        # (`todo: fix the data loader …`: a verb, then what it acts on, is a chore)
        and not re.match(r"[a-z]+(?<!ing)[ \t]+(?:the|a|an|this|that|these|those|some|all)\b", tail)
        and research_words(tail.split()) >= 3
        and _sentence_case_research_title(tail[:1].upper() + tail[1:])
    )


# An element's class or test id (`className="card__title"`, `class='paper-title'`, `data-testid="titulo"`).
_CLASS_NAMED = re.compile(
    r"\b(?:class|className|data-testid|data-test|id)[ \t]*=[ \t]*[\"'{](?P<name>[^\"'}\n]{1,80})"
)
# A word of a class name that says the element holds a title, in the digests' languages.
_TITLE_CLASS_WORD = re.compile(
    r"(?<![^\W_])(?:title|titel|tytu[lł]|titre|t[ií]tulo|titolo|titulek|n[aá]zev|ba[sş]l[iı]k|otsikko|judul|tajuk|"
    r"c[ií]m|headline)(?![^\W_])",
    re.IGNORECASE,
)
# A line that is one attribute of an element written over lines: `rel="noreferrer"`, `onClick={open}`.
_ATTRIBUTE_LINE = re.compile(r"[A-Za-z][\w:.\-]*=(?:\"[^\"\n]*\"|'[^'\n]*'|\{[^{}\n]*\})")
# A numbered item opening inside a paragraph after a sentence's end: `… only. (2) Then …`.
_INLINE_ITEM = re.compile(r"[.;:][ \t]+\([0-9]{1,2}\)[ \t]+[A-Z]")
# A line that only closes an element: `</li>`, `</entry>`.
_CLOSING_TAG = re.compile(r"</[A-Za-z][\w:.\-]*>")
# A name in mixed case opening a line, as a model's is (`LLaVA는`, `DeBERTa,`, `FlashAttention`), no word's.
_NAME_OPENING = re.compile(
    r"[ \t]*(?P<name>[A-Z]+[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]+[A-Za-z0-9]*)(?![A-Za-z0-9])"
)
# A name right before an id in parentheses (`Name (arXiv:…)`, `Name (2006.03236)`): the paper its line names.
_NAME_BEFORE_ID = re.compile(
    r"(?P<name>[A-Za-z][\w.\-]{2,})[ \t]*\([ \t]*(?:arXiv[ \t]*:?[ \t]*)?$", re.IGNORECASE
)
# A mail's or a chat's quote mark right before a position (`Ana: > `), its words the quoted message's.
_QUOTE_MARK_BEFORE = re.compile(r"(?:^|[ \t])>+[ \t]*$")


def _subtitled(title: str) -> bool:
    """A Title Case name, a colon, and a subtitle in sentence case, as some papers are titled (`Beyond the Imitation
    Game: Quantifying and extrapolating the capabilities of language models`)."""
    head, colon, tail = title.partition(": ")
    named, told = head.split(), tail.split()
    return (
        bool(colon)
        and len(named) >= 2
        and len(told) >= 3
        and _capital_ratio(named) >= 0.75
        and tail[:1].isupper()
        # (`Was ich nach zwei Jahren LoRA & Co. gelernt habe`: a post's title, a sentence)
        and "." not in tail
        and not _SENTENCE_INSIDE.search(title)
        and not title.endswith((".", "!", "?"))
    )


# An item's `Name: Subtitle` in Title Case that the writer's sentence goes on from with no mark between them
# (`1. Reformer: The Efficient Transformer uses LSH buckets …`): the title ends where its Title Case does.
_NAMED_COLON = re.compile(r"[A-Z][\w'’.\-]*(?:[ \t][A-Z0-9][\w'’.\-]*){0,2}:[ \t]+")
_WORD_IN_LOWER_CASE = re.compile(r"[a-z]+")
_BE_HAVE = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "can"))


# A to-do's verb that opens an item and names what to read (`Read`, `Skim`, `Re-read`, and the same in a few of the
# digests' languages), the name right after it.
_READING_VERB = re.compile(
    r"(?:Read|Re-?read|Skim|Study|Revisit|Summari[sz]e|Annotate|Finish reading|Start reading|Leer|Lire|Relire|Lesen|"
    r"Ler|Leggere|Rileggere|Lezen|Lees|Przeczytać|Przeczytac|Czytać|Czytac|Přečíst|Číst|Läs|Læs|Lue|Oku|Прочитать|"
    r"Прочесть|Читать)[ \t]+(?=[A-Z0-9])"
)


def without_reading_verb(title: str) -> str:
    """A task's name without the verb that says to read it (`Lire Title`, `Read Title`), when what follows reads as
    a title; else the name as it is."""
    verb = _READING_VERB.match(title)
    if verb is None:
        return title
    rest = title[verb.end() :]
    return rest if len(rest.split()) >= 2 and _assess(rest, structured=True) >= 1 else title


def title_after_lead(title: str, *, cited: bool) -> str | None:
    """The title past words of the writer's and a colon (`And the newest one: Title`), when what follows reads as
    a paper's title: in sentence case too when its citation follows it (`Classic background if you never saw
    self-play: Mastering the game of Go without human knowledge (…, Nature 2017)`); `title` as it is when what
    follows does not; None when there is no such lead.
    """
    year = _YEAR_LEAD.match(title) if title[:2] in ("19", "20") else None
    if year is not None and _assess(title[year.end() :], True) == 2:
        return title[year.end() :]  # (`2022: Title`: a timeline's year, then the title)
    quoted = _WORD_THEN_QUOTED.match(title) if title.endswith(('"', "”")) else None
    if quoted is not None and _assess(quoted.group("title"), True) >= 1:
        return quoted.group(
            "title"
        )  # (`Datos: "Textbooks Are All You Need"`: a word of the writer's, the title)
    lead_in = _LEAD_IN.match(title) if ": " in title else None
    lead_words = lead_in.group("lead").split() if lead_in is not None else []
    # (the writer's words may end on the paper's short name, its title's own start: `… usamos RoBERTa: Title`)
    name = lead_words[-1] if lead_words else ""
    coined = (
        len(lead_words) > 2
        and name[1:] != name[1:].lower()
        and name[:1].isupper()
        and not name.isupper()
        and name.isascii()
        and _INFLECTED_ACRONYM.fullmatch(name) is None
    )
    # (in Title Case or not, the writer's sentence's first word and the name aside: `I'd add Megatron-LM: Title`)
    if lead_in is None or _capital_ratio(lead_words[1:-1] if coined else lead_words) >= 0.5:
        return _title_after_sentence_lead(title) if ": " in title[:120] else None
    if "(" in lead_in.group("lead") and "(" in title[lead_in.end() :]:
        return None  # (a lead with its own note, then more than a title: the prose readers weigh the line)
    rest_of = title[lead_in.end() :]
    if _assess(rest_of, True) == 2 or (cited and _sentence_case_research_title(rest_of)):
        if coined:
            # (without the writer's note after it, `… BitFit: Title, tylko biasy`)
            named_title = f"{name}: {rest_of}"
            return _before_note_tail(named_title) or named_title
        return rest_of
    return title


def _numbered(line: str) -> bool:
    """Whether a line opens on an item's number, maybe inside its bold (`3. Title`, `**6. Title**`)."""
    if line[:2] in ("**", "__"):
        return _NUMBER.match(line, 2) is not None
    return _NUMBER.match(line) is not None


def _alone_or_noted(rest: str) -> bool:
    """Whether what follows a list item's title is nothing, a note in parentheses (`(GPT-2 paper)`) or the writer's
    words in another script (`لترى ماذا يحدث …`): no sentence of the title's own language going on."""
    rest = rest.strip()
    return not rest or rest[:1] in ("(", "（") or _OTHER_SCRIPT_OPENING.match(rest) is not None


def _alone_or_dash_noted(head: _Head) -> bool:
    """Whether a list item's title stands alone or noted (`_alone_or_noted`), or before the writer's note after a
    dash or an arrow (`Title -> what it explains`)."""
    return _alone_or_noted(head.rest) or (head.cut and _NOTE_AFTER_DASH.match(head.rest) is not None)


def list_siblings(
    references: Sequence[Reference], lines: Sequence[str], rejected: Sequence[Rejected] = ()
) -> list[Reference]:
    """Weakly papers: the research titles in Title Case alone on their lines (or before a dashed note) of a short
    list (two to eight items) another item of which became a paper, whichever reader read it (`* Title (Nature,
    2017)` / `* Title` / `* Title`, the cited item read by the entries' reader, the others weighed apart by the line
    reader with nothing to show); a reference each, at its 1-based line. An item a reader turned down for what it
    is (a post, a book, a note's name), not for want of evidence, stays turned down."""
    turned_down = {item.line for item in rejected if not _FOR_WANT_OF_EVIDENCE.search(item.why)}
    named = {
        line
        for reference in references
        if reference.reason != Reason.TO_READ.value
        for line in (reference.line, *reference.lines)
    }
    if not named:
        return []
    added: list[Reference] = []
    for items in _short_lists(lines):
        if not 2 <= len(items) <= _SHORT_LIST + 2 or not any(item in named for item in items):
            continue
        for item in items:
            text = lines[item - 1]
            if item in named or item in turned_down:
                continue
            if (quoted := _quoted_item(text)) is not None:
                # (an item that is a quoted name and nothing else, `"Title"`, `#   "Title"`: its quotes say no other
                # kind; in sentence case too, as a title is quoted whole)
                if _quoted_research_title(quoted):
                    added.append(sibling_reference(item, text, quoted))
                continue
            head = _parse_head(text)
            if (
                head is not None
                # (four words at least, or three all of research: `Visual Instruction Tuning`)
                and (
                    len(head.title.split()) >= 4
                    or (len(head.title.split()) == 3 and research_words(head.title.split()) == 3)
                )
                and _listed_research_title(head)
                and _alone_or_dash_noted(head)
                # (no item that says its kind, `Llibre: Title`, or quotes a name, `Xerrada «Title»`, `Tengyu
                # Ma, “Title`; no name or note in parentheses at its end, `Title (Gato)`; no names listed)
                and _names_own_kind(_BULLET_OR_NUMBER.sub("", text).strip()) is None
                and not any(mark in text for mark in '"“”„«»')
                # (nor a link's item, `[[Name - Title]] #blog`, which the link's own reader weighs)
                and "[[" not in text
                and "](" not in text
                and not head.title.endswith(")")
                and "," not in head.title
                and not names_no_paper(head.title)
                and not _is_author_line(head.title, strict=True)
            ):
                added.append(sibling_reference(item, text, head.title))
    return (
        added
        + _semicolon_siblings(references, lines)
        + _conjoined_below(references, lines, named | turned_down)
    )


def split_joined_titles(references: Sequence[Reference]) -> list[Reference]:
    """Each title-only reference whose title is two joined by ` and ` (`GloVe: Global Vectors for Word
    Representation and Improving Language Understanding by Generative Pre-Training`: a one-word name's title, four
    words of subtitle at least, then a Title Case run of five words or more opening as research titles do) as two:
    the first as it was read, the second weakly, on the same line."""
    split: list[Reference] = []
    for reference in references:
        title = reference.title
        second = (
            _second_title_after_and(title)
            if title and " and " in title and reference.arxiv_id is None and reference.openreview_id is None
            else None
        )
        if title is None or second is None:
            split.append(reference)
            continue
        split.append(replace(reference, title=title[: second - len(" and ")]))
        split.append(sibling_reference(reference.line, reference.raw, title[second:]))
    return split


def _second_title_after_and(title: str) -> int | None:
    """Where a second title starts in a one-word name's title (see `split_joined_titles`), or None."""
    colon = title.find(": ")
    if colon < 0 or " " in title[:colon] or not title[:1].isupper():
        return None  # (a name of one word before the colon: `GloVe:`, `Memformer:`)
    at = title.find(" and ", colon)
    while at >= 0:
        second = title[at + len(" and ") :]
        words = second.split()
        if (
            len(title[colon + 1 : at].split()) >= 4
            and len(words) >= 5
            and len(title.split()) >= 12  # (longer than one title's name and subtitle mostly are)
            and _RESEARCH_OPENING.match(second) is not None
            and _capital_ratio(words) >= 0.75
        ):
            return at + len(" and ")
        at = title.find(" and ", at + 1)
    return None


# A brace's words up to a link: three or more, no quotes, no `key=` or `"key":` (a record's, read by its keys).
_BRACED_WORDS = re.compile(r"[ \t]*[^\s\"'=<>{}]+(?:[ \t]+[^\s\"'=<>{}]+){2,}[ \t]*")
# A quoted name alone (`"Title"`, `“Title”`, `« Title »`), with nothing before or after it.
_QUOTED_ALONE = re.compile(r"[\"“„«][ \t]?(?P<name>[^\"“”„«»\n]{8,300}?)[ \t]?[\"”»“][.,;]?")


def _quoted_item(text: str) -> str | None:
    """The name a list's item quotes and nothing else (past a comment's mark and a bullet: `#   "Title"`, `- “Title”`),
    or None."""
    plain = text.strip()
    if (marked := _LIST_COMMENT_MARK.match(plain)) is not None:
        plain = plain[marked.end() :]
    plain = _BULLET_OR_NUMBER.sub("", plain).strip()
    quoted = _QUOTED_ALONE.fullmatch(plain) if plain[:1] in '"“„«' else None
    return quoted.group("name").strip() if quoted is not None else None


def _quoted_research_title(name: str) -> bool:
    """Whether a quoted list item's name is a research title: in Title Case, three words or more, one of research
    (`"Smooth Adversarial Training"`), or in sentence case as research titles are, five words or more."""
    words = name.split()
    if (
        len(words) < 3
        or names_no_paper(name)
        or _is_author_line(name, strict=True)
        or says_other_kind_after(name)
    ):
        return False
    if _capital_ratio(words) >= 0.75:
        return research_words(words) >= 1
    return len(words) >= 5 and _sentence_case_research_title(name)


def _short_lists(lines: Sequence[str]) -> Iterator[range]:
    """The 1-based lines of each list: a run of numbered items, of items with the same bullet, or of lines at one
    indentation, with no mark, right under a lead that ends with a colon (`To add in v1.0:` / `  Title` / `  Title`)."""
    index = 0
    while index < len(lines):
        line = lines[index]
        numbered = _NUMBER.match(line) is not None
        if numbered or (line[:1] in _LIST_BULLETS and _BULLET.match(line) is not None):
            first, last = index, index
            while last + 1 < len(lines) and (
                _NUMBER.match(lines[last + 1]) is not None
                if numbered
                else lines[last + 1][:1] == line[:1] and _BULLET.match(lines[last + 1]) is not None
            ):
                last += 1
        elif (
            line[:1] in _COMMENT_OPENINGS
            and line.rstrip().endswith((":", "："))
            and (marked := _LIST_COMMENT_MARK.match(line)) is not None
            and index + 1 < len(lines)
            and (items := _commented_items(lines, index + 1, marked.group(0))) > index + 1
        ):
            # (a program's comment: its lead, then its items under it, each after the comment's mark: `# To read:` /
            # `#   "Title"` / `#   * Title`)
            first, last = index + 1, items - 1
        elif line.rstrip().endswith((":", "：")) and (
            (index + 1 < len(lines) and lines[index + 1].strip())
            # (or a blank line after the lead, as a post's or a mail's list stands apart: `Shortlist so far:` / `` /
            # `Title - https://…` / `Title`)
            or (index + 2 < len(lines) and not lines[index + 1].strip() and lines[index + 2].strip())
        ):
            first = last = index + 1 if lines[index + 1].strip() else index + 2
            indent = _indentation(lines[first])
            while (
                last + 1 < len(lines)
                and lines[last + 1].strip()
                and _indentation(lines[last + 1]) == indent
                and not lines[last + 1].rstrip().endswith((":", "："))
            ):
                last += 1
            if any(
                _NUMBER.match(lines[item]) or _BULLET.match(lines[item]) for item in range(first, last + 1)
            ):
                index = first
                continue  # (its items are numbered or bulleted: read as such)
            if not all(lines[item].lstrip().lstrip('"“„«')[:1].isupper() for item in range(first, last + 1)):
                # (a paragraph the lead's sentence goes on into, wrapped: `… Selective⏎State Spaces⏎…`; or a
                # comment's lines, each its mark first, whose own lists are read line by line)
                index = first if lines[first][:1] in _ALIGNED_OPENINGS else last + 1
                continue
        elif (
            index + 1 < len(lines)
            and lines[index + 1][:1] in _ALIGNED_OPENINGS
            and ": " in line
            and (column := _value_column(line)) is not None
            and _aligned_under(lines[index + 1], line, column)
        ):
            # (a lead's value, then more items each on a line of its own at the column the value starts at, a
            # comment's mark before them maybe: `#   no link yet: Title A` / `#                 Title B`)
            first = last = index
            while last + 1 < len(lines) and _aligned_under(lines[last + 1], line, column):
                last += 1
        else:
            index += 1
            continue
        yield range(first + 1, last + 2)
        index = last + 1


# A comment's mark at a line's start, and the spaces after it (`#   `, `// `, `-- `, `; `, `% `).
# (`--` too, SQL's, Lua's and Alloy's, which `_COMMENT_MARK`, for lines whose marks open them, leaves out)
_LIST_COMMENT_MARK = re.compile(rf"(?:{_COMMENT_MARK_WORDS})[ \t]+(?=\S)")
_COMMENT_OPENINGS = frozenset("#/-;%")


def _commented_items(lines: Sequence[str], start: int, mark: str) -> int:
    """Where the items of a comment's list end (the line after its last), from `start`: lines opening on the lead's
    mark, then more space than the lead has, then a capital, a quoted name or a bullet (`#   "Title"`, `#   * Title`);
    `start` when there are fewer than two."""
    end = start
    indent: int | None = None
    while (
        end < len(lines)
        and lines[end].startswith(mark)
        and lines[end][len(mark) : len(mark) + 1] in (" ", "\t")
    ):
        body = lines[end][len(mark) :]
        spaces = len(body) - len(body.lstrip(" \t"))
        opening = body.lstrip(" \t")[:1]
        if (indent is not None and spaces != indent) or not (opening.isupper() or opening in '"“„«*-•'):
            break
        indent, end = spaces, end + 1
    return end if end - start >= 2 else start


# What a line aligned under a lead's value opens with: its indent, or the comment's mark the lead's line has.
_ALIGNED_OPENINGS = frozenset(" \t#/-;%*")
# A short lead, its colon, then its value's first letter (`#   no link yet: Title`): where the value starts.
_LEAD_VALUE = re.compile(r"[^:\n]{1,40}?:[ \t]+(?=[^\W\d_])")


def _value_column(line: str) -> int | None:
    lead = _LEAD_VALUE.match(line)
    return lead.end() if lead is not None and lead.end() >= 6 else None


def _aligned_under(line: str, lead: str, column: int) -> bool:
    """Whether `line` holds an item right at `column`, under a lead's value there: only spaces before it, after the
    comment's mark the lead's line opens with (`#`, `//`, `--`), and a capital where it starts."""
    if len(line) <= column or not line[column].isupper() or line[column - 1] not in " \t":
        return False
    before = line[:column].strip()
    return not before or (lead.lstrip().startswith(before) and not any(c.isalnum() for c in before))


def _indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def sibling_reference(line: int, text: str, title: str) -> Reference:
    """A title read on `line` (1-based) of `text` as an item among papers: weakly a paper, a service confirms it."""
    return Reference(
        evidence=Evidence.TITLE_ONLY,
        line=line,
        raw=text.strip(),
        title=title,
        lines=(line,),
        reason=Reason.SIBLINGS.value,
        weak=True,
    )


# A line that goes on with `and` in the digests' languages, then what it adds (`;   e Title`, `//   and "Title"`).
_AND_OPENING = re.compile(rf"(?:and|{AND_WORD})[ \t]+(?P<rest>\S.*)$")


def _conjoined_below(
    references: Sequence[Reference], lines: Sequence[str], seen: set[int]
) -> list[Reference]:
    """Weakly papers: the research title on the line right under a title read, opening with `and` in the writer's
    language, past the comment's mark the line above opens with (`;   to read: Title A` / `;   e Title B`): the
    writer's list going on onto the next line, its second item."""
    added: list[Reference] = []
    for number in sorted({reference.line for reference in references if reference.title}):
        if number >= len(lines) or number + 1 in seen:
            continue
        above, text = lines[number - 1].lstrip(), lines[number].lstrip()
        marked = _LIST_COMMENT_MARK.match(above)
        if marked is not None:
            mark = marked.group(0).rstrip()
            if not text.startswith(mark):
                continue
            text = text[len(mark) :].lstrip()
        conjoined = _AND_OPENING.match(text)
        if conjoined is None:
            continue
        rest = conjoined.group("rest")
        quoted = _QUOTED_ALONE.match(rest) if rest[:1] in '"“„«' else None
        if quoted is not None:
            title = quoted.group("name").strip()
            if _quoted_research_title(title):
                added.append(sibling_reference(number + 1, lines[number], title))
            continue
        head = _parse_head(rest)
        if (
            head is not None
            and len(head.title.split()) >= 4
            and _listed_research_title(head)
            and _alone_or_dash_noted(head)
            and not names_no_paper(head.title)
            and not _is_author_line(head.title, strict=True)
        ):
            added.append(sibling_reference(number + 1, lines[number], head.title))
    return added


def _semicolon_siblings(references: Sequence[Reference], lines: Sequence[str]) -> list[Reference]:
    """Weakly papers: the research titles in Title Case of a list written on one line, its items parted by
    semicolons after a lead's colon, two of whose items or more became titles (`Waiting list: Title A; Title (With
    a Word) B; Title C.`: the item a parenthesis cut from the readers' runs); or wrapped over lines, each ending on
    its semicolon, one of whose items became a title (`Next articles: Title A;` / `Title B: Subtitle; Title C.`,
    a comment's lines, their marks left out)."""
    titled: dict[int, set[str]] = {}
    for reference in references:
        if reference.title and reference.arxiv_id is None and reference.openreview_id is None:
            titled.setdefault(reference.line, set()).add(reference.title)
    added: list[Reference] = []
    for number, known in titled.items():
        if not 0 < number <= len(lines):
            continue
        text = lines[number - 1]
        following = number  # (0-based: the line after the list's last)
        while text.rstrip().endswith(";") and following < len(lines) and lines[following].strip():
            text = f"{text.rstrip()} {_COMMENT_MARKS.sub('', lines[following]).strip()}"
            following += 1
        wrapped = following > number
        if text.count("; ") < (1 if wrapped else 2) or (len(known) < 2 and not wrapped):
            continue
        # (the list starts where its first title read does, past the lead)
        start = min((text.find(title) for title in known if title in text), default=-1)
        if start < 0:
            continue
        items = [item.strip().rstrip(".").strip() for item in text[start:].split("; ")]
        if sum(1 for item in items if item in known) < (1 if wrapped else 2):
            continue
        for item in items:
            words = item.split()
            if (
                item not in known
                and len(words) >= 4
                and _capital_ratio([word for word in words if word[:1] != "("]) >= 0.75
                and research_words(words) >= 1
                and not names_no_paper(item)
                and not any(mark in item for mark in '"“”„«»')
                # (a name's own colon and its subtitle, in a wrapped list: `DoRA: Weight-Decomposed …`)
                and (":" not in item or (wrapped and item.count(":") == 1 and _assess(item, True) == 2))
            ):
                added.append(sibling_reference(number, text, item))
    return added


# A comment's marks at a line's start (`# `, `// `, ` * `, `-- `, `; `).
_COMMENT_MARKS = re.compile(r"^[ \t]*(?:#+|//+|\*|--|;+)?[ \t]*")


# Why a line was turned down when nothing more than evidence was wanting (`nothing to show it is a paper`).
_FOR_WANT_OF_EVIDENCE = re.compile(r"nothing to show|does not read as a paper title")


def _listed_research_title(head: _Head) -> bool:
    """Whether a list item's head is a research title in Title Case of three words or more, as the items of a list
    of papers with no other evidence must be."""
    words = head.title.split()
    return (
        head.strength >= 2
        and len(words) >= 3
        and _capital_ratio(words) >= 0.75
        and research_words(words) >= 1
    )


def _title_after_sentence_lead(title: str) -> str | None:
    """The title after the writer's words in sentence case and a colon, which a speaker's name and its own colon
    may open (`Zeynep : for the 3D part: Title`, `3B için: Title`); None when no colon's lead so reads or what
    follows it is no title in Title Case."""
    opening = 0
    position = title.find(": ")
    for _ in range(3):
        if position < 0 or position > 120:
            return None
        words = title[opening:position].strip(" \t:").split()
        if (
            2 <= len(words) <= 8
            and not any(word[:1].isupper() or word[:1] in '("“' for word in words[1:])
            # (a name's own words in sentence case open many titles, `Bootstrap your own latent: …`, `Llama 2: …`,
            # `wav2vec 2.0: …`: the lead opens on a word in lower case, or on a number before the writer's words,
            # or follows a speaker's colon)
            and (
                opening > 0
                or (words[0].isalpha() and words[0].islower())
                or (words[0][:1].isdigit() and any(word.isalpha() and word.islower() for word in words[1:]))
            )
        ):
            rest_of = title[position + 2 :].lstrip()
            if ") " in rest_of and rest_of[rest_of.rindex(") ") + 2 :].strip():
                return None  # (`Title (Hinton et al., 2006) e`: its citation, then the writer's words go on)
            return rest_of if _assess(rest_of, True) == 2 else None
        opening = position + 2
        position = title.find(": ", opening)
    return None


def _title_case_end(text: str, start: int) -> int | None:
    """Where a name in Title Case that starts at `start` ends: before the first word in lower case that is not a
    title's small word, or after a word that a mark ends (`,` `;` `.` `(`…); its small words at the end left out.
    None when it is no name of three words or more, two of them not small, or runs to the end of `text` with
    nothing after it but marks."""
    last = None
    count = big = 0
    for word in _NON_SPACE.finditer(text, start):
        token = word.group(0)
        if token[:1] in "([{":
            break
        small = _SMALL_RE.fullmatch(token.casefold()) is not None and not token[:1].isupper()
        if not small and not (token[:1].isupper() or token[:1].isdigit()):
            break
        count += 1
        if not small:
            big += 1
            last = word.end()
        if token[-1:] in ",;.!?" and not token.endswith("..."):
            if token[-1:] != "?":
                last = word.end() - 1 if not small else last
            break
    if last is None or count < 3 or big < 2:
        return None
    return last


def _title_case_run_end(title: str) -> int | None:
    """Where a `Name: Subtitle` title's Title Case ends, three subtitle words or more in, before a word of the
    writer's in lower case and at least two more words; None when the title does not so run into a sentence."""
    named = _NAMED_COLON.match(title)
    if named is None:
        return None
    words = list(_NON_SPACE.finditer(title, named.end()))
    last = -1
    for position, word in enumerate(words):
        text = word.group(0)
        if text[:1].isupper() or text[:1].isdigit():
            last = position
        elif text.casefold() not in _SMALL_WORDS and not _SMALL_RE.fullmatch(text):
            break
    else:
        return None  # (Title Case to its end)
    if last < 2 or not _WORD_IN_LOWER_CASE.fullmatch(words[position].group(0)) or len(words) - position < 3:
        return None
    if words[last].group(0)[-1:] in ":;,.":
        return None  # (`Title: what it does`, `Title, and …`: a mark ends it, read as such elsewhere)
    if words[position + 1].group(0) in _BE_HAVE:
        return (
            None  # (`Merch: Gradient Descent Into Madness mugs are back`: a noun the title names, not a verb)
        )
    return words[last].end()


# A note after a dash, a comma or in parentheses that calls what it follows a paper, in a digest's languages:
# `— the GAU/FLASH paper`, `, el paper de InstructGPT`, `– el artículo de …`, `— das Paper zu …` (an article or a
# determiner, a name of three words at most, the word).
_CALLED_A_PAPER = re.compile(
    r"[ \t]*(?:--|—|–|,|\()[ \t]*(?:(?:the|a|an|this|that|el|la|le|il|lo|der|die|das|het|de|o|um|uma|un|una|une|ein|"
    # (an elided article runs into its word: `, l'articolo completo`, `, l’article`)
    r"eine|en|et|ett|den|det)[ \t]+|[lL]['’][ \t]?)(?:\S+[ \t]+){0,3}?"
    + A_PAPER.pattern
    + r"(?=[\s.,;:!?)]|$)",
    re.IGNORECASE,
)
# A group or a meeting named at the start of an item (`Reading group on efficient attention — the paper of …`).
_GATHERING_START = re.compile(
    r"(?:(?:reading|paper|journal|study)[ \t]+(?:group|club|circle)|meeting|sync|session|office[ \t]+hours)\b",
    re.IGNORECASE,
)


# A colon or a spaced hyphen, then a word in lower case: where the writer's note may start after a title.
_NOTE_MARK = re.compile(r"(?::|[ \t]-)[ \t]+(?=[a-z])")


def _note_after_title(title: str) -> int | None:
    """Where a Title Case research title ends, when a colon or a spaced hyphen follows it and then the writer's
    sentence in lower case (`Title: we need this if we want 16k context`, `Title - worth reproducing, it is …`):
    four words or more, mostly in lower case, speaking as `we`/`I` or making a claim in its first words; None
    when none does (`Title: learning to forget for the long haul` is a subtitle in sentence case)."""
    for mark in _NOTE_MARK.finditer(title):
        if _titled_then_noted(title[: mark.start()], title[mark.end() :]):
            return mark.start()
    return None


def _titled_then_noted(title: str, note: str) -> bool:
    """Whether `title` is a Title Case research title of five words or more and `note` the writer's sentence on
    it in lower case: four words or more, speaking as `we`/`I` or making a claim in its first six."""
    words = note.split()
    opening = " ".join(words[:6])
    return (
        (
            (
                len(words) >= 4
                and _capital_ratio(words) < 0.5
                and (PERSONAL.search(opening) is not None or _CLAIM_WORD.search(opening) is not None)
            )
            # (or a short note in the writer's own language, lower case, letters English does not write: `Title -
            # czytaliśmy tylko wstęp`)
            or (
                len(words) >= 2
                and words[0][:1].islower()
                and any(not word.isascii() for word in words[:4])
                and not any(word.casefold() in _ENGLISH_WORDS for word in words[:3])
            )
        )
        and len(title.split()) >= 5
        and research_title(title)
    )


def _sentence_case_research_title(title: str) -> bool:
    """A title of three to twenty words in a research paper's words, in Title Case or sentence case, no sentence
    inside it and no group's or meeting's name (`Scaling laws for neural language models`)."""
    words = title.split()
    return (
        3 <= len(words) <= 20
        and title[:1].isupper()
        and research_words(words) >= 1
        and not _SENTENCE_INSIDE.search(title)
        and not title.endswith((".", "!", "?", ":"))
        and not _GATHERING_START.match(title)
        and not _WRITER_CLAUSE.match(title)
    )


# A sentence of the writer's own, its first word a person's pronoun, its verb after it in lower case (`We tried …`,
# `I'd love …`, `Our runs …`): never a title in sentence case (not `You only look once: …`, `We need to …`, a
# paper's).
_WRITER_CLAUSE = re.compile(
    r"(?:I|I['’](?:d|ll|m|ve)|We['’](?:d|ll|re|ve)|Our|My|Let['’]s|Let[ \t]+us)[ \t]+[a-z]|We[ \t]+[a-z]+ed[ \t]"
    # (or the file itself, as its own header says: `This file uses …`, `This page lists …`)
    r"|This[ \t]+(?:file|page|document|script|config|configuration|list|note|section|repo|repository)[ \t]+[a-z]"
)
# A number, its full stop, then a comma (`11., …`): a date's end, no title's start.
_NUMBER_THEN_COMMA = re.compile(r"[0-9]{1,4}\.?[ \t]*[,;]")


def _opens_emphasised(line: str) -> bool:
    """Whether a line opens with emphasis, past a quote's marks and a list's bullet or number (`- **Title**`)."""
    text = line.lstrip("> \t")
    marker = _BULLET.match(text) or _NUMBER.match(text)
    if marker is not None:
        text = text[marker.end() :]
    return text.startswith(("**", "__", "*", "_"))


def _named_and_subtitled(title: str) -> bool:
    """A short name, a colon and a subtitle of four words or more, all in Title Case (`DreamBooth: Fine Tuning
    Text-to-Image Diffusion Models for Subject-Driven Generation`), and no event's name (`Spring Workshop on ...`)."""
    name, colon, subtitle = title.partition(": ")
    named, told = name.split(), subtitle.split()
    return (
        bool(colon)
        and 1 <= len(named) <= 4
        and len(told) >= 4
        and _capital_ratio(named) >= 0.75
        and _capital_ratio(told) >= 0.75
        and not _EVENT_WORDS.search(title)
        and not _BY_AUTHORS_AT_END.search(title)
        and _assess(title, structured=False) == 2
    )


# A title's authors after it in another language's words: `von Li und Liang`, `par Silva et Roux`.
_AUTHORS_AT_END_OTHER_LANGUAGE = re.compile(
    # (only the words that mean "by" alone: `de`, `di` and `av` also mean "of", as in a title's own words)
    r"[ \t]+(?:von|door|par|przez)[ \t]+[A-Z][\w'’\-]+"
    r"(?:(?:,[ \t]+|,?[ \t]+(?:und|et|en|i|&)[ \t]+)[A-Z][\w'’\-]+)+$"
)


def _writers_lead(item: str, title: str) -> bool:
    """Whether an item's words before a colon and `title` are the writer's, not a label: `2. the Berkeley one
    that came out the next day: Title` (lower case, three words or more)."""
    lead = item.split(title, 1)[0].rstrip(" \t:：")
    return lead[:1].islower() and len(lead.split()) >= 3


def spelled_by_initials(title: str) -> bool:
    """Whether `title` ends with a short name its own words spell (`… Language Understanding (MMLU)`, `Bootstrap Your
    Own Latent (BYOL)`): a writer coins the short name of a work's title, not of a sentence. Each capital of the name
    is the initial of a word of the title, in order (a word's initial may be skipped, `MMLU` for `Measuring Massive
    Multitask …`); the first is one of the first two words', and the title has three words or more, two of them
    words of research."""
    found = _SHORT_NAME_AFTER.search(title)
    if found is None or _SPELLED_NAME.fullmatch(found.group("name")) is None:
        return False
    named = title[: found.start()]
    words = named.split()
    if len(words) < 3 or research_words(words) < 2:
        return False
    return _initials_spell(found.group("name"), named)


def _initials_spell(name: str, named: str) -> bool:
    """Whether each capital of `name` (three or more) is the initial of a word of `named`, in order, the first one
    of its first two words' (see `spelled_by_initials`)."""
    capitals = [letter for letter in name if letter.isupper()]
    initials = [word[0].upper() for word in re.split(r"[ \t\-]+", named) if word[:1].isalpha()]
    if len(capitals) < 3:
        return False
    position = 0
    for number, letter in enumerate(capitals):
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials) or (number == 0 and position > 1):
            return False
        position += 1
    return True


def _names_title(text: str, title: str) -> bool:
    """Whether `text` names the paper titled `title` by its name, the part before its colon (`SDXL` of `SDXL:
    Improving …`), as a word."""
    name, colon, _ = title.partition(":")
    if not colon or not name.strip():
        return False
    return re.search(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])", text, re.IGNORECASE) is not None


def _may_name(name: str, title: str) -> bool:
    """Whether `name` may be the short name of the paper titled `title`: a word of it (`Hyena`), the start of one
    (`Graph…`), or its capitals the initials of its words, in order (`RetNet`: Retentive Network)."""
    folded = name.casefold()
    words = re.split(r"[^\w]+", title.casefold())
    if folded in title.casefold() or any(word.startswith(folded[:4]) for word in words if len(word) >= 4):
        return True
    capitals = [letter.casefold() for letter in name if letter.isupper()]
    initials = iter(word[0] for word in words if word)
    return len(capitals) >= 2 and all(letter in initials for letter in capitals)


# (a short name made of initials: a capital first, a dozen letters, digits or hyphens at most)
_SPELLED_NAME = re.compile(r"[A-Z][A-Za-z0-9-]{1,11}")


def nicknamed(title: str) -> bool:
    """Whether `title` ends with the short name of what it names, `Title (S4)`, `Title (InstructGPT)`: a model's
    name, not the title's initials (`Reinforcement Learning from Human Feedback (RLHF)` names a concept)."""
    found = _SHORT_NAME_AFTER.search(title)
    if found is None:
        return False
    name = found.group("name")
    if (
        not _NICKNAME.fullmatch(name)
        or name.casefold() in _NOT_NICKNAMES_FOLDED
        or _COURSE_NUMBER.search(name)
    ):
        return False
    words = title[: found.start()].replace("-", " ").split()
    if len(words) < 4 or (words[-2] in ("&", "and") and words[-1][:1].isupper() and words[-3][:1].isupper()):
        return False  # (`Jurafsky & Martin (SLP)`: a book by its authors, named by its short name)
    if names_a_subject(words):
        return False  # (`Engineering & Computer Science (AREA)`: a patent's class of subject)
    initials = iter(word[0].casefold() for word in words)
    capitals = [char.casefold() for char in name if char.isupper()]
    return not (len(capitals) >= 2 and all(char in initials for char in capitals))  # (in order)


_INTO_LINK_WORDS = _WRAP_WORDS | _word_set("as see like read than")


def _cites_only(rest: str) -> bool:
    """Whether what follows a title before its link only cites it: its authors, a venue or a year, `arXiv`, apart
    by dashes."""
    parts = [
        part.strip(" \t,;.")
        for part in re.split(r"[ \t]+[—–][ \t]+", rest.strip(" \t—–-"))
        if part.strip(" \t,;.")
    ]
    return bool(parts) and all(
        _is_author_line(part)
        or _VENUE_YEAR.fullmatch(part)
        or part.casefold() in ("arxiv", "preprint", "arxiv preprint")
        for part in parts
    )


def _runs_into_link(text: str) -> bool:
    """Whether the words before a link run on into it (`..., as [the AdamW paper](...) showed`): prose."""
    words = text.rstrip(" \t([").rsplit(None, 1)
    return bool(words) and words[-1].casefold() in _INTO_LINK_WORDS  # (`... tokens. The [report](...)` too)


def _ends_with_sentence(text: str) -> bool:
    """Whether `text` ends with a sentence of the digest's (six words or more, mostly lower case, a full stop)."""
    text = text.rstrip()
    if not text.endswith("."):
        return False
    start = text.rfind(". ", 0, len(text) - 1)
    words = text[start + 1 :].split()
    return len(words) >= 6 and sum(1 for word in words if word[:1].islower()) * 2 >= len(words)


_EMPHASIS_IN_CELL = re.compile(r"(?<![*\w])\*(?P<title>[A-Z0-9][^*\n|]{5,300}?)\*(?![*\w])")


def _table_row_title(row: str) -> _Head | None:
    """The title cell of a Markdown (or HTML) table row before a paper's link, as arXiv-daily lists give them:
    `|**2024-03-04**|**Sparse Mixture of Experts ...**|Bo Li et.al.|[2403.01744](http://arxiv.org/abs/...)|`."""
    best: str | None = None
    for cell in row.strip().strip("|").split("|"):
        emphasised = _EMPHASIS_IN_CELL.search(cell)
        # (a cell that cites: `Shazeer et al.: *Title*. ICLR 2017, https://…`, its title in emphasis)
        text = _clean_title(emphasised.group("title") if emphasised is not None else cell)
        if (
            not text
            or "://" in text
            or _DATE_CELL.fullmatch(text)
            or "et al" in text
            or _is_author_line(text)
        ):
            continue
        if _assess(text, structured=True) == 2 and (best is None or len(text) > len(best)):
            best = text
    return _Head(best, "", True, False, None, 2, None, citation=True) if best else None


def _citation_title(entry: str) -> _Head | None:
    """The title of a reference-list entry in the usual styles: GB/T 7714 (`Title[J].`), IEEE (`"Title,"`),
    APA (`(2016). Title.`). Reference lists write titles in sentence case: any capitalisation is accepted.
    An entry naming its edition (`3. Aufl.`, `2nd ed.`) is a book's."""
    if EDITION.search(entry) is not None:
        return None
    for pattern in _CITATION_STYLES:
        match = pattern.search(entry)
        if match is None:
            continue
        title = _clean_title(match.group("title"))
        if len(title.split()) >= 2 and _assess(title, structured=True) == 2 and not _NEWS.search(title):
            # The rest of the entry is venue and pages, not the digest's words about the paper.
            return _Head(title, "", True, False, None, 2, None, citation=True)
    return None


# A note in Chinese or Japanese in full-width parentheses after a title in Latin letters.
_CJK_NOTE_AFTER = re.compile(r"[ \t]*（[^（）]*[\u3040-\u30ff\u4e00-\u9fff][^（）]*）$")


# What a browser's page title adds to a paper's title (a bookmark's name, a tab's): where the file is (`[PDF]`),
# the site's page kind (`Paper page - `) and the site's name after a bar or a dash (`| OpenReview`, `- pdf`).
_PAGE_DECORATION = re.compile(
    r"^[\[(](?:PDF|HTML)[\])][ \t]+|^Paper page[ \t]+[-–—][ \t]+"
    # (arXiv's page title, `[2201.03545] Title`, its brackets made parentheses in a link's text; or cut of its first)
    r"|^[\[(]?[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?[\])][ \t]+"
    r"|[ \t]+[|\-–—][ \t]+(?:OpenReview|Semantic Scholar|arXiv(?:\.org)?|Papers With Code|ACL Anthology|ResearchGate|"
    r"ScienceDirect|IEEE Xplore|ACM Digital Library|Hugging Face|alphaXiv|pdf)[ \t]*$",
    re.IGNORECASE,
)


def without_page_decoration(title: str) -> str:
    """A paper's title without what a browser's page title adds to it (`[PDF] Title | Semantic Scholar`)."""
    return (
        _PAGE_DECORATION.sub("", title)
        if ("[" in title or " - " in title or "|" in title or ")" in title[:20])
        else title
    )


_FOOTNOTE_MARK_AT_END = re.compile(r"(?<=[\w?!)”\"])(?:[ \t]?\[[0-9]{1,3}\]|\*[0-9]{1,2})$")


_NAME_VENUE_LEAD = re.compile(
    r"[A-Z][\w\-.]*(?:[ \t][A-Z][\w\-.]*){0,2}[ \t]*\((?P<when>[^()]{2,40})\):[ \t]+(?=[A-Z0-9])"
)
_LEAD_THEN_EMPHASIS = re.compile(
    r"(?P<lead>[^*_:\n]{1,40}):[ \t]*(?P<mark>\*\*|__|\*|_)(?P<inner>[^*_\n]{6,})(?P=mark)$"
)
_SENTENCE_THEN_EMPHASIS = re.compile(
    r"(?P<lead>[^*_\n]{3,80}?)[ \t](?P<mark>\*\*|__|\*|_)(?P<inner>[A-Z0-9][^*_\n]{6,}?)(?:(?P=mark))?$"
)
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# The writer's words, a colon, then a quoted title that ends the text (`Gli adapter di Houlsby: "Title"`; its closing
# mark may be trimmed already).
_LEAD_THEN_QUOTE = re.compile(
    r"(?P<lead>[^\"“”«»„:\n]{1,60}):[ \t]*[\"“«„](?P<inner>[^\"“”«»„\n]{6,})[\"”»“]?$"
)


# Marks a list puts before a title to rank or flag it (`★ Title`: read it first), no part of the title.
# A short name alone in parentheses (`(GPT-3)`, `（Gato）`): what a title's writer calls the paper.
_SHORT_NAME_WORDS = r"[A-Za-z][\w.+\-]{0,15}(?:[ \t][\w.+\-]{1,8})?"
_SHORT_NAME_ONLY = re.compile(rf"[(（][ \t]*{_SHORT_NAME_WORDS}[ \t]*[)）]")
# A run of Latin letters right before an id's opening parenthesis (`(arXiv:`, `（`), after a character of another
# script or a spaced dash.
_TITLE_RUN_BEFORE_PARENS = re.compile(
    r"(?:[^\x00-\u024f\u2000-\u206f]|[ \t](?:——|[—–]|--?)[ \t])[ \t]*"
    r"(?P<title>[A-Z][^\u0250-\uffff()]{10,250}?)[ \t]*[(（][ \t]*[^()（）\s]*$"
)
# (or after a dash, before a comma: `Title — NickName, arXiv:…`)
_DASHED_SHORT_NAME = re.compile(rf"(?:——|[—–]|--?)[ \t]*{_SHORT_NAME_WORDS}[ \t]*,?")
# A sentence going on in lower case (past a comma), in any Latin-script language.
_GOES_ON_IN_LOWER = re.compile(r"[ \t]*,?[ \t]*[a-zß-ÿ]")
_LEADING_MARKS = "★☆⭐✩✪✫✯✰✔✓✅❗‼🔥📌"
_LEADING_EMOJI = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?[ \t]*)+")


_WIDE_GAP = re.compile(r"[ \t]{3,}")


def _menu_line(line: str) -> bool:
    """Whether a line is three items or more of a word or two each, set apart by gaps of three spaces or more."""
    items = _WIDE_GAP.split(line.strip())
    return len(items) >= 3 and all(len(item.split()) <= 2 for item in items)


# A parenthesis at a title's end, and the spaces before it.
_PARENS_AT_END = re.compile(r"[ \t]*\([^()\n]*\)$")


# An outline's section number before a title of three words or more (`2.1 Title`, `3.2.1. Title`).
_SECTION_NUMBER_LEAD = re.compile(
    r"\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+(?=[A-Z][^ \t]*[ \t]+[^ \t]+[ \t]+[^ \t])"
)


@lru_cache(maxsize=1024)
def _clean_title(title: str) -> str:
    title = without_page_decoration(title)
    if "(" in title[:40] and (call := _CALL_OPENING.match(title)) is not None:
        # (`paper(dt, "Title", "https://…")`: a program's call or a logic program's fact, its quoted argument)
        title = title[call.end() :].split(call.group("quote"), 1)[0]
    if (
        title.endswith((")", "）"))
        and (dated := _YEAR_PAREN_END.search(title)) is not None
        and dated.start() > 0
    ):
        title = title[: dated.start()]  # (`Title (2022)`: the year it appeared, no word of its title)
    if " -> " in title:
        title = _DUE_AT_END.sub("", title)  # (`Title -> 2024-W22`: [x]it!'s due date for the to-do)
    if title[:1] in _LEADING_MARKS:
        title = title.lstrip(_LEADING_MARKS + " \t\ufe0f")  # (`[★ Title](url)`: a starred item's link)
    if title[:1] >= "\u2600" and (marked := _LEADING_EMOJI.match(title)) is not None:
        # (`🔁 Title`: a list's emoji marks before a research title, what its legend says; not a topic's own emoji,
        # `🕸️ Graphs & reasoning`)
        unmarked = title[marked.end() :]
        if len(unmarked.split()) >= 4 and _assess(unmarked, True) == 2:
            title = unmarked
    if (
        title[-1:] not in ")]）】"
        and not any(mark in title for mark in '"“”«»')
        and (label_opened := _OPENED_LABEL_AT_END.search(title)) is not None
        and len(title[: label_opened.start()].split()) >= 2
        and _assess(title[: label_opened.start()], True) == 2
    ):
        # (`Title [PDF: https://…]`, `Title (ICLR-Version: https://…)`: a bracket the link's label opens, never closed
        # before the link; not inside a quoted title, which the quote readers take whole)
        title = title[: label_opened.start()]
    if title.endswith(("→", "⇒", "➡", "➡️", "👉")) or (
        title.endswith((" ->", " =>")) and not any(mark in title for mark in '"“”')
    ):
        # (`Title → https://…`, `Title -> https://…`: the arrow points at its link)
        title = title.rstrip("→⇒➡️👉 \t").removesuffix("->").removesuffix("=>").rstrip()
    if "\\" in title:
        title = _MARKDOWN_ESCAPE.sub(
            r"\1", title
        )  # (`Pre\-Training`: Google Docs' Markdown escapes punctuation)
    if (
        "):" in title
        and (named := _NAME_VENUE_LEAD.match(title)) is not None
        and _YEAR_IN.search(named.group("when"))
    ):
        title = title[
            named.end() :
        ]  # (`Lite Transformer (ICLR 2020): Title`: its short name and venue, then it)
    if (
        title.endswith(("*", "_"))
        and (led := _LEAD_THEN_EMPHASIS.match(title)) is not None
        and label_of(led.group("lead")) in (None, Label.TITLE)
        and research_words(led.group("inner").split()) >= 1
    ):
        title = led.group(
            "inner"
        )  # (`background: *Title*`: a lead, then the title it introduces; not `Sponsor:`)
    elif (
        ("*" in title or "_" in title)
        and (said := _SENTENCE_THEN_EMPHASIS.match(title)) is not None
        and said.group("lead").split()[-1][:1].islower()
        and _assess(said.group("inner"), False) == 2
    ):
        title = said.group(
            "inner"
        )  # (`Cargador compatible con *Title* (Wolf et al., …)`: the writer's words, then it)
    if " von " in title or " par " in title or " door " in title or " przez " in title:
        title = _AUTHORS_AT_END_OTHER_LANGUAGE.sub(
            "", title
        )  # `Title von Li und Liang`: its authors after it
    if "![" in title:
        title = _MD_IMAGE.sub("", title)
    if "**" in title or "__" in title:
        title = title.replace("**", "").replace("__", "")
    title = " ".join(title.split())
    if title[-4:].casefold() == ".pdf" and " " in title:
        title = title[:-4]  # (`"Title.pdf"`: a paper's PDF named by its title)
    if (title.endswith("]") or title[-3:-1].endswith("*") or title[-4:-2].endswith("*")) and (
        mark := _FOOTNOTE_MARK_AT_END.search(title)
    ) is not None:
        title = title[
            : mark.start()
        ]  # (`Long Short-Term Memory[1]`: the footnote's mark, no word of the title)
    if " #" in title or "★" in title or "☆" in title or "/" in title[-5:]:
        title = _LOG_TAIL.sub("", title)
    title = title.strip(_TRIM + ".。")
    if (
        title.endswith(")") or " to " in title or " for " in title or " before " in title
    ):  # (cheap tests first)
        title = _without_note_tail(title)
    if title.startswith(_TODO_VERBS):
        title = _without_todo(title)
    if title[-1:].isdigit() and ", " in title:
        title = _VENUE_AFTER_COMMA_AT_END.sub("", title)  # `*Title, ICLR 2021*`: where it appeared
    # (what follows the comma holds a letter outside ASCII: an ASCII title, as most are, is not searched)
    if (
        not title.isascii()
        and ("," in title or "،" in title or "，" in title)
        and (other := _OTHER_SCRIPT_AT_END.search(title)) is not None
    ):
        title = title[
            : other.start()
        ]  # (`Title (Authors et al.), رقمها`: the writer's words after it, in their script)
    if title.count("(") < title.count(")"):
        title = title.rstrip(")")
    elif title.count("(") > title.count(")"):
        title = _UNCLOSED_VENUE_AT_END.sub("", title)  # `Title (ICML 2022,` / `https://…)`: its source, cut
        opened = title.rfind(" (")
        if opened > 0 and "," in title[opened:] and _is_author_line(title[opened + 2 :]):
            title = title[:opened]  # (`Title (Mohammad Shoeybi, Mostofa Patwary` and `외)` cut: its authors)
    if title.endswith((")", "）", "]")):
        title = _AKA_AFTER.sub("", title)  # `Visual Instruction Tuning (aka LLaVA)`: the digest's name for it
        title = _WHERE_AFTER.sub("", title)  # `Title (arXiv)`, `Title [PDF]`: where the link goes
        title = _VENUE_IN_PARENS_AT_END.sub("", title)  # `Title (ICCV 2023)`: where it appeared
        title = _CITED_IN_PARENS_AT_END.sub(
            "", title
        )  # `Title (Ho et al., NeurIPS 2020)`: who wrote it, when
        if _ET_AL_IN_PARENS_AT_END.search(english_et_al(title)) is not None:
            # `Title (Alex Graves, …, Faustino Gomez et al., ICML 2006)`, `Title (Mohammad Shoeybi, … 외)`
            title = title[: max(title.rfind("("), title.rfind("（"))].rstrip()
        if title.endswith("）") and title[:1].isascii():
            # `Generative Agents: ...（斯坦福小镇）`: the digest's note on it
            title = _CJK_NOTE_AFTER.sub("", title)
    if (
        ":" in title
        and (quoted := _LEAD_THEN_QUOTE.match(title)) is not None
        and any(word[:1].islower() for word in quoted.group("lead").split())
        and _assess(quoted.group("inner"), True) == 2
    ):
        title = quoted.group("inner")  # (`Gli adapter di Houlsby: "Title"`: the writer's words, then it)
    if title.count(": ") >= 2:
        name, _, after = title.partition(": ")
        if after.startswith((f"{name}: ", f"{name} ")):
            title = after  # (`RoBERTa：RoBERTa: A Robustly …`: the digest's name for it, then its title, named so)
        elif _sentence_lead(name) and _assess(after, True) == 2:
            title = after  # (`Och till din projektidé med 3D: Zero-1-to-3: Zero-shot …`: the writer's words lead it)
        elif " " not in name and _assess(after, True) == 2 and len(after.partition(": ")[0].split()) <= 3:
            title = after  # (`Oku: Linformer: Self-Attention …`: a to-do's one-word label, then a title with its name)
    if (
        ": " in title[:32]
        and not (lead := title.partition(": ")[0]).isascii()
        # (one word, or a few after it in lower case: `Přečíst: Title`, `Đọc thêm (tuỳ chọn): Title`)
        and (
            lead.isalpha()
            or (len(lead.split()) <= 4 and all(word.lstrip("(")[:1].islower() for word in lead.split()[1:]))
        )
        and lead.replace(" ", "").replace("(", "").replace(")", "").isalpha()
        and _assess(title.partition(": ")[2], True) >= 1
        and len(title.partition(": ")[2].split()) >= 2
    ):
        title = title.partition(": ")[
            2
        ]  # (`Přečíst: Title`, `Đọc: Title`: a to-do's label in the writer's language)
    if ": " in title[:48] and not title[:1].isascii():
        lead, _, after = title.partition(": ")
        if not any(char.isascii() and char.isalpha() for char in lead) and _assess(after, True) == 2:
            title = after  # (`Обзорный доклад: A Generalist Agent`: a label in the digest's own script)
    if " : " in title[:60]:
        # `Modèles ouverts : LLaMA: Open and …`, `Évaluation : Title`: a label before French typography's spaced
        # colon (no title spaces its own)
        after = title.split(" : ", 1)[1].strip(' «»"“”')
        if _assess(after, True) == 2:
            title = after
    if ":" in title[:40] and _READ_MORE.match(title):
        title = _READ_MORE.sub("", title, count=1)  # `Read more: Title`: a newsletter's words before it
    if ":" in title[:32] and (role := READING_ROLE.match(title)) is not None:
        title = title[role.end() :]  # `Core: Title`: a reading plan's part for it
    opening = title[:16]
    if (
        title[:1].isalpha()
        # (an ASCII opening, as most are, holds a digit only as one of 0-9: one search, not a test of each character)
        and (
            _ASCII_DIGIT.search(opening) is not None
            if opening.isascii()
            else any(char.isdigit() for char in opening)
        )
        and (part := NUMBERED_PART.match(title)) is not None
        and _assess(title[part.end() :], True) == 2
    ):
        title = title[part.end() :]  # `Sitzung 3: Title`, `Week 2 — Title`: the session that reads it
    if " = " in title[:32]:
        name, _, after = title.partition(" = ")
        if PAPER_SHORT_NAME.fullmatch(name.strip()) and _assess(after, True) == 2:
            title = after  # (`GENRE = Autoregressive Entity Retrieval`: a short name set equal to the title)
    if (
        (written_by := _BY_NAMES_AT_END.search(title)) is not None
        # (English `by` may be a title's own word, `… by Generative Pre-Training`: names only authors have; after
        # another language's `by`, one full name will do, the others cut off after it: `von Angelos Katharopoulos`)
        and (
            (
                "," in written_by.group("names")
                and _is_author_line(
                    english_et_al(written_by.group("names")).strip(" .,;"),
                    strict=written_by.group("by") == "by",
                )
            )
            or (
                written_by.group("by") != "by"
                and re.fullmatch(FULL_NAME, written_by.group("names").strip(" .,;")) is not None
            )
        )
        and _assess(title[: written_by.start()], True) == 2
    ):
        title = title[
            : written_by.start()
        ]  # (`Title von Angelos Katharopoulos, Apoorv Vyas`: its authors after it)
    if (
        title.count(", ") >= 2
        and (listed := _FULL_NAMES_AT_END.search(title)) is not None
        and _is_author_line(listed.group("names"), strict=True)
        and _assess(title[: listed.start()], True) == 2
        and not ONE_PERSON.fullmatch(title[: listed.start()])  # (`Nicola De Cao, Gautier Izacard, …`: names)
    ):
        title = title[: listed.start()]  # (`Title, Michael Poli, Stefano Massaroli`: its authors' full names)
    if (after_word := _FOREIGN_AFTER.search(title, 0, 80)) is not None and _assess(
        title[after_word.end() :], True
    ) == 2:
        title = title[
            after_word.end() :
        ]  # (`Lineare Attention nach Title`: what the writer built after it, first)
    if (
        title[:1].islower()
        and (led := _LOWER_LEAD.match(title)) is not None
        and _assess(title[led.end() :], True) == 2
    ):
        title = title[
            led.end() :
        ]  # (`from Title (Zaheer et al., 2020)`: a wrapped sentence's last words before it)
    elif (
        title[:1].islower()
        and (led := _WORDS_IN_LOWER_CASE.match(title)) is not None
        and _NAME_COLON_TITLE.match(title, led.end()) is not None
        and _assess(title[led.end() :], True) == 2
    ):
        # (`luego Dropout: A Simple Way …`: the writer's words in any language, then a title that its short name
        # opens)
        title = title[led.end() :]
    if title.count(": ") >= 2:
        # (the note's own parenthesis may hold a colon: `…: no link (url: null)`)
        noted = _PARENS_AT_END.sub("", title) if title.endswith(")") and title.count(": ") >= 3 else title
        before_note, _, note = noted.rpartition(": ")
        if (
            note[:1].islower()
            # (a longer note after a title in Latin letters alone: `Title: mình chưa đọc kỹ phần thí nghiệm, để …`)
            and (
                len(note.split()) <= 6
                or (len(note.split()) <= 14 and _OTHER_SCRIPT.search(before_note) is None)
            )
            and "://" not in note
            and not note.startswith("www.")
        ):
            # (`Linformer: Self-Attention with Linear Complexity: odkaz`: the writer's note after it)
            title = before_note
    return title


# `by` in the digests' languages: English, German, French, Spanish and Portuguese, Dutch, Polish and Czech,
# Vietnamese (`của`), Italian (`di`), Swedish and Norwegian (`av`).
_BY_WORDS = r"(?:by|von|par|por|door|przez|od|của|di|av)"
# `by` and its authors' full names right after a title in a sentence.
_BYLINE_AFTER = re.compile(rf"[ \t]+{_BY_WORDS}[ \t]+(?P<names>[A-Z][^.;()\n]{{3,200}})")
# `by` and its authors' full names ending a title.
# (its spaces written as one space, then any more: the engine scans for that character, and tries the pattern only at
# a space; after them the word opens on a letter, so the same spaces are taken)
_BY_NAMES_AT_END = re.compile(rf"[ \t][ \t]*(?P<by>{_BY_WORDS})[ \t]+(?P<names>[A-Z][^()\n]{{3,200}})$")
# Authors' full names after a comma ending a title (`…, Michael Poli, Stefano Massaroli, Eric Nguyen`); the last
# one may be cut at its initial's full stop (`…, Hanxiao Liu, Quoc V`).
_FULL_NAMES_AT_END = re.compile(
    rf",[ \t]+(?P<names>{FULL_NAME}(?:,[ \t]+{FULL_NAME})+(?:,[ \t]+[A-Z][a-z]+[ \t][A-Z]\.?)?)"
    r"(?:,?[ \t]+et[ \t]+al\.?)?$"
)
# Another language's `after` or `following` (German, French, Spanish, Italian, Dutch, Polish, Czech, Russian) before
# a title it names, the writer's words before it: no English title holds these words.
_FOREIGN_AFTER = re.compile(
    r"[ \t](?:nach|gemäß|d[’']après|selon|según|segun|secondo|volgens|według|podle|согласно)[ \t]+(?=[A-Z0-9])"
)
# One or two words in lower case, in any Latin script, then a capital: the writer's words before a title, which its
# short name and a colon open.
_WORDS_IN_LOWER_CASE = re.compile(r"(?:[a-zß-öø-ÿ]+,?[ \t]+){1,2}(?=[A-Z])")
_NAME_COLON_TITLE = re.compile(
    r"[A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*)?:[ \t]+[A-Z][\w\-]*[ \t]+[\w\-]+[ \t]+[\w\-]+"
)
# A sentence's last words before a title it cites, wrapped onto the title's line (`… is the one` / `from Title (…)`).
_LOWER_LEAD = re.compile(r"(?:from|in|of|by|after|following|per|see|cf\.)[ \t]+(?=[A-Z0-9])")
# A to-do's verb before the title it names (`Read Title (sec 3)`, `Skim Title for the baselines table`).
_TODO_VERBS = (
    "Read",
    "Reread",
    "Re-read",
    "Skim",
    "Revisit",
    "Finish",
    "Go through",
    "Look at",
    "Start with",  # (a reading plan's: `Start with Title (Gu, Dao, ...)`)
    "Begin with",
    "Print",
    "Annotate",
)
_TODO_LEAD = re.compile(rf"^(?:{'|'.join(_TODO_VERBS)})[ \t]+(?=[A-Z0-9])")
# The writer's words after a Title Case title: a clause of lower-case words (`for the efficiency baselines table`,
# `before writing the decoding section`) or a note in parentheses (`(sec 3 + appendix)`); a short name in
# parentheses (`(CLIP)`) stays: it is evidence the name before it is a paper's title.
# (each of its ways opens on the spaces before the writer's words, written once, a single space first: the engine
# scans for that character, and tries the pattern only at a space; after the spaces, each way opens on a letter or
# a parenthesis, so the ways are tried at the same place, in the same order, as when each opened on its own spaces)
_NOTE_TAIL = re.compile(
    r"[ \t][ \t]*(?:"
    r"(?:for|before|after|while|when|to|so|once)[ \t]+(?:the|a|an|our|my|this|that|these|it|its|their|we|[a-z]+ing)\b"
    r"[^A-Z\n]*$"
    r"|\((?=[^()]*[a-z]{3})[^()A-Z]*\)$"
    r"|\((?:the|a|an|aka|a\.k\.a\.?|i\.e\.|e\.g\.)[ \t][^()]*\)$"  # (`(the ViT-G/14 one)`)
    # (words of the writer's opening in lower case, four or more: `(multi-scale deformable attention, 10× faster
    # convergence than DETR)`)
    r"|\((?=[a-z][a-z\-]*[ \t])(?=(?:[^()]*?[ \t]){3})"
    # (not a surname's particle: `(van den Oord, Li, Vinyals)` names its authors)
    r"(?!(?:van|von|de|der|den|da|di|du|del|della|le|la|dos|das|ten|ter)[ \t]+(?:(?:de|der|den)[ \t]+)?[A-Z])[^()]*\)$"
    r")"
)


def _without_todo(title: str) -> str:
    """A title without the to-do's verb before it, when a Title Case title follows the verb."""
    lead = _TODO_LEAD.match(title)
    if lead is None:
        return title
    rest = title[lead.end() :]
    return rest if _title_case_title(rest) else title


def _without_note_tail(title: str) -> str:
    """A Title Case title without the writer's words after it (see `_NOTE_TAIL`), cut as often as they end it
    (never a subtitle in sentence case: `Title: Learning to forget for the long haul`)."""
    for _ in range(3):
        tail = _NOTE_TAIL.search(title)
        if tail is None:
            return title
        kept = title[: tail.start()].rstrip(" ,;:—–-")
        if not _title_case_title(kept):
            return title
        subtitle = kept.partition(": ")[2].split()
        if len(subtitle) >= 2 and _capital_ratio(subtitle) < 0.5:
            return title  # (the lower-case words go on a subtitle in sentence case)
        title = kept
    return title


def _sentence_case_title(text: str) -> bool:
    """Words in sentence case that read as a paper's title (`Training language models to follow instructions
    with human feedback`), taken only as the text of a link to that paper: four words or more, a capital first,
    no sentence inside or at the end, no names."""
    words = text.split()
    return (
        4 <= len(words) <= 30
        and text[:1].isupper()
        and text[:1].isascii()
        and not text.endswith((".", "!", "?", ":"))
        and _SENTENCE_INSIDE.search(text) is None
        and "://" not in text
        and not _is_author_line(text, strict=True)
    )


# The writer's words in a sentence that a title in sentence case has not (`we`, `our`, `is`, `can`): a claim's.
_CLAIM_WORD = re.compile(
    r"\b(?:we|our|us|I|you|they|their|it|its|this|these|those|there|is|are|was|were|be|been|has|have|had|do|does|"
    r"did|can|could|will|would|should|may|might|must|shows?|showed|found|finds|proposed?|introduced?|"
    # (and the verbs a claim's sentence is made with: `Scaling the model improves results (Kaplan et al., 2020)`)
    r"improves|helps|yields|leads|makes|reduces|enables|achieves|outperforms|stabili[sz]es|requires|works|remains|"
    r"becomes|matters|allows|provides|gives|increases|decreases|hurts|boosts|needs|depends)\b"
)
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did)\b")  # (lower-case: a title's `Was` is capitalised)


def _sentence_lead(words: str) -> bool:
    """Whether the words before a colon are the writer's sentence (`And for your project with 3D`), no title's name
    part: four to twelve words, most of them in lower case, no parenthesis (`MoE background (no page for the first
    one): GShard: …, then Switch Transformers (https://…)`: a sentence going on, naming more than one paper)."""
    split = words.split()
    return (
        4 <= len(split) <= 12
        and sum(word[:1].islower() for word in split) * 2 > len(split)
        and "(" not in words
    )


_LISTED_NUMBER = re.compile(r"[ \t]*[0-9]{1,3}[.、)]")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?::[^{}\s]{0,8})?\}")


# A day and a time of day (`Tue Mar  5 08:58`, `5 Mar 2024 08:58`, `2024-03-05 08:58`), as a program reports when.
# A court's case, as the law cites it: its parties' names in capitals on either side of a lone `v` (`Donoghue v
# Stevenson`, `Data Protection Commissioner v Facebook Ireland`, `Roe v. Wade`).
_LEGAL_CASE = re.compile(
    r"(?:[A-Z][\w.&'’\-]*[ \t]+){1,6}v\.?[ \t]+(?:\(?[A-Z][\w.&'’\-]*\)?[ \t]*)+(?:and[ \t]+[A-Z]|$|,)"
)
# Who holds an event or a post, as its page names them (`Hosted by …`, `Organized by …`, `Posted by …`).
_HOSTED_BY = re.compile(
    r"(?:Hosted|Organi[sz]ed|Presented|Moderated|Posted|Curated|Sponsored|Led|Run|Facilitated)[ \t]+by[ \t]"
)
_CLOCK = re.compile(r"(?<![\w:.])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?![\w:])")
# An hour after a day (`9:04:31 PM`, `21:30 —`), to the next word.
_CLOCK_AFTER_DAY = re.compile(
    r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*(?:[-–—|·:][ \t]*)?"
)
# A day of the week, then a month and its day: a program's stamp of a time (`Wed Apr 10 13:19:53 +0900 2024`, cut).
_WEEKDAY_MONTH_DAY = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+[0-9]{1,2}\b"
)
# The last word of a name that says it is another kind of thing than a paper (`… Course`, `… Podcast`).
_KIND_LAST_WORDS = _word_set(
    "course courses podcast documentation docs cheatsheet newsletter specialization specialisation nanodegree bootcamp"
)
# A kind word opening a short name, then whose it is (`Documentation of Ray`, `Documentación de Torchlet`, `Kurs von
# fast.ai`, `Blog de Ana Ruiz`): the program's docs, a course, a blog, no paper.
_KIND_FIRST_WORDS = _word_set(
    "documentation documentación documentação dokumentation documentazione dokumentace dokumentacja docs course"
    " curso cours kurs corso blog podcast newsletter"
)
_WHOSE_WORDS = _word_set("of de do da del della di du des von van")
# A university course's name as catalogues word it (`Advanced Topics in Speech Processing`, `Special Topics in …`).
_TOPICS_IN = re.compile(r"(?:Advanced|Special|Selected|Current)[ \t]+Topics[ \t]+(?:in|on)\b", re.IGNORECASE)
# A short name in parentheses closing a name (`Latent Diffusion (SD)`): another name for it, none of its words.
_NAME_IN_PARENS_AT_END = re.compile(r"[ \t]+\([A-Za-z][\w.\-]{0,15}\)$")
# Short names joined by plus signs (`BYOL + SwAV`, `wav2vec + CTC`): a session's pair of models, no title.
_PLUS_JOINED = re.compile(r"[^\s+]+(?:[ \t][^\s+]+)?(?:[ \t]+\+[ \t]+[^\s+]+(?:[ \t][^\s+]+)?)+")
# A whole date, its day, month's name and year in either order (`11 March 2024`, `Mar 5, 2024`).
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_FULL_DATE = re.compile(
    rf"\b[0-3]?[0-9][ \t]+{_MONTH_NAME},?[ \t]+(?:19|20)[0-9]{{2}}\b"
    rf"|\b{_MONTH_NAME}[ \t]+[0-3]?[0-9],?[ \t]+(?:19|20)[0-9]{{2}}\b"
)
# A middle dot, then a month and year or a year, ending the line: a source's (a venue's, a feed's) date.
_DOT_THEN_DATE = re.compile(rf"[ \t][·•][ \t]*(?:(?P<month>{_MONTH_NAME})[ \t]+)?(?:19|20)[0-9]{{2}}[ \t]*$")
# An HTTP status, by its code after `HTTP` or by the phrases of the commonest errors a program logs.
_HTTP_STATUS = re.compile(
    r"\bHTTP(?:/[0-9.]+)?[ \t]+[1-5][0-9]{2}\b|(?:^|\b[1-5][0-9]{2}[ \t]+)(?:Too Many Requests|Service Unavailable|"
    # (or its code before the phrase, anywhere: `Slack API 503 Service Unavailable`, a service's error in a log)
    r"Internal Server Error|Bad Gateway|Gateway Time-?out|Request Time-?out|Payload Too Large|Bad Request|"
    r"Not Found|Forbidden|Unauthorized)\b"
)
_CLOCK_AND_DAY = re.compile(
    r"(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+[0-9]{1,2}"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}),?[ \t]+(?:[0-9]{4}[ \t]+)?[0-9]{1,2}:[0-9]{2}\b"
)


def _notes_differ(above: str, below: str) -> bool:
    """Whether two link lines each note something of their own beside their link (`（第5回）`, `(week 8)`), and not
    the same thing: two papers' links, not one paper's two (`arXiv: …` over `OpenReview: …`, which a label names)."""
    said = [_URL.sub("", line).strip(" \t-–—:|") for line in (above, below)]
    return all(said) and said[0] != said[1] and not any(_SITE_LABEL.search(words) for words in said)


_SITE_LABEL = re.compile(r"arxiv|openreview|pdf|abs|code|github|paper|论文|論文|代码|コード", re.IGNORECASE)


# A path of two parts or more among a line's words (`/api/items/sync`, `/api/v2/items`): a program's, no title's.
_PATH_WORD = re.compile(r"(?:^|[ \t])/[\w.\-]+/[\w.\-/]*")


# (a digit, which the patterns of dates, hours and numbers in `_assess` all need)
_ASCII_DIGIT = re.compile(r"[0-9]")
# A lecture named by its number in a course (`Lecture 9`, `Lec. 3`, `Vorlesung 5`, `Лекция 4`).
_LECTURE_NUMBER = re.compile(
    r"\b(?:Lecture|Lec\.|Vorlesung|Lezione|Leçon|Clase|Aula|Wykład|Přednáška|Лекция|Лекція)[ \t]*#?[0-9]{1,3}\b"
)


@lru_cache(maxsize=1024)
def _assess(title: str, structured: bool) -> int:
    """0: not a title; 1: a short title (`EfficientNetV2`) next to a link; 2: reads as a paper title."""
    if not 2 <= len(title) <= 300:
        return 0
    first = title[0]
    if not (first.isascii() and first.isalnum()):
        return 0
    words = title.split()
    count = len(words)
    if count > 35 or "://" in title or "www." in title or "@" in title:
        return 0
    if first in "IWOMLT" and _WRITER_CLAUSE.match(title):
        return 0  # `I'd love to try it on our data`, `This file uses …`: the writer's own sentence
    if first.isdigit() and _NUMBER_THEN_COMMA.match(title):
        return 0  # `11., predstavi Ana`: a date's end and the writer's words, cut from a parenthesis
    if " /" in title and _PATH_WORD.search(title):
        return 0  # `Sync Server: Handling request /api/items/sync`: a program's message about a path
    if "{" in title and _PLACEHOLDER.search(title):
        return 0  # `unknown attention_impl {other:?}, using …`: a program's format string, its value to come
    if ":" in title[:24] and _COMMIT_SUBJECT.match(title):
        return 0  # `docs: add references page for …`, `fix(loader): …`: a commit's subject, Conventional Commits'
    if count <= 5 and _VENUE_TRACK.fullmatch(title):
        return 0  # `(NeurIPS 2023, Datasets and Benchmarks)`: a conference's track, where a paper appeared
    # (the patterns of lectures, dates, statuses and numbers below each need an ASCII digit to match, and most titles
    # hold none: looked for once, not by each pattern's search at every position of the title)
    digits = _ASCII_DIGIT.search(title) is not None
    if digits and _LECTURE_NUMBER.search(title):
        return (
            0  # `CS101 Lecture 9 — Topic`, `Vorlesung 3: Topic`: a course's lecture by its number, no paper
        )
    # (the last word holding a letter: most often the last word, which ends on one, told without a generator's loop)
    last = (
        words[-1]
        if words[-1][-1].isalpha()
        else next((word for word in reversed(words) if any(char.isalpha() for char in word)), "")
    )
    # (the last word's key, folded once for the two tests of it)
    last_key = last.casefold().strip(_WORD_EDGES) if count >= 2 else ""
    if count >= 2 and last_key in ("paper", "papers", "preprint"):
        return 0  # `the RWKV paper`: a nickname for a paper, not its title
    if count >= 2 and last_key in _KIND_LAST_WORDS:
        return 0  # `Hugging Face Diffusion Models Course`: what its last word says it is, no paper
    if len(_NOT_LETTER.sub("", title)) < 0.5 * (len(title) - count + 1):
        return 0  # mostly digits and punctuation
    if ":" in title and digits and _CLOCK_AND_DAY.search(title):
        return 0  # `Mail last read Tue Mar  5 08:58 2024`: a program's report of a time, not a title
    if (
        (digits and (_WEEKDAY_MONTH_DAY.search(title) or _FULL_DATE.search(title)))
        # (with no digit, only a status phrase opening the title: `^`, the one branch without a code)
        or (_HTTP_STATUS.search(title) if digits else _HTTP_STATUS.match(title))
    ):
        return 0  # `State-Changed-When: Wed Apr 10 13`, `HTTP 429 Too Many …`: a program's time or status
    if (
        ("·" in title or "•" in title)
        and digits
        and (dated := _DOT_THEN_DATE.search(title)) is not None
        and (dated.group("month") or names_a_venue(title[: dated.start()]))
    ):
        # (`arXiv (Cornell University) · Jul 2019`: where and when a paper appeared, under its title)
        return 0
    if (
        ":" in title
        and digits
        and (clock := _CLOCK.search(title)) is not None
        and any(char.isdigit() for char in title[: clock.start()] + title[clock.end() :])
    ):
        return 0  # (`Donnerstag, 14. März, 18:30 Uhr`: a day and its hour, in any language)
    if title[:2].isupper() and any(char.isdigit() for char in title[2:8]) and _COURSE_TITLE.match(title):
        return 0  # (`CS231n: Deep Learning for Computer Vision`: a university course, by its number)
    if "Topics" in title[:20] and _TOPICS_IN.match(title):
        return (
            0  # (`Advanced Topics in Machine Translation`: a university course, by its catalogue's wording)
        )
    if " + " in title and _PLUS_JOINED.fullmatch(title):
        return 0  # (`BYOL + SwAV`: two models a session covers together)
    if (
        title[-1] == ")"
        and count <= 4
        and (nick := _NAME_IN_PARENS_AT_END.search(title)) is not None
        and len(title[: nick.start()].split()) <= 2
    ):
        # (`Latent Diffusion (SD)`: two words and the name's short form, as short as the two words alone)
        return min(1, _assess(title[: nick.start()], structured))
    if " v" in title and _LEGAL_CASE.match(title):
        # (`Data Protection Commissioner v Facebook Ireland and Maximillian Schrems`: a court's case)
        return 0
    if count <= 6 and first in "VvIiNnBbTt" and _VOLUME_ISSUE.match(title):
        return 0  # (`Volume 7 - 2024`, `Vol. 36, No. 2`: a journal's volume and issue, its article's page chrome)
    if " by " in title[:24] and _HOSTED_BY.match(title):
        return 0  # (`Hosted by Pim Srisuk & Nattapong Chaiyasit`: an event page's hosts, not a title)
    folded = [word.casefold().strip(_WORD_EDGES) for word in words]
    if len([word for word in folded if word in _NAV_WORDS]) * 2 >= count:
        return 0
    if 3 <= count <= 4 and folded[0] in _KIND_FIRST_WORDS and folded[1] in _WHOSE_WORDS:
        return 0  # (`Documentación de Torchlet`: a program's docs, by the kind word its name opens on)
    if count == 1:
        word = words[0]
        model_like = not word[1:].islower() or any(char.isdigit() for char in word)
        return (
            1 if model_like and first.isupper() and len(word) >= 3 and not _IMAGE_NAMES.fullmatch(word) else 0
        )
    # (from here on every test but the last ones, on the share of capitalised words, answers 0; where that share
    # leaves 0 the only answer, too few capitals for a title that does not open in lower case, the tests between,
    # the costlier ones of all, are not run: a sentence of the writer's, most lines a reader weighs, stops here)
    ratio = _capital_ratio(words, folded)
    if (
        not first.islower()
        and ratio < 0.6
        and not (first.isupper() and ratio >= (0.2 if structured else 0.4))
    ):
        return 0
    if mostly_other_script(title):
        return 0  # `PyTorch 공식 문서의 분산 학습 튜토리얼`: words of another script, a paper's title in English none
    if SITE_PAGE_TITLE.search(title):
        # `GitHub - owner/repo: …`, `… — Dive into Deep Learning 1.0.3 documentation`: a repository's or a
        # documentation site's page, by the title the site gives it
        return 0
    # (a word in digits needs a digit: an ASCII one, or one of another script's, outside ASCII; most titles have
    # neither, and the two counts below, a test of each word, are skipped for them)
    numeric = digits or not title.isascii()
    if numeric and sum(1 for word in words if word.strip("(),.:;/").isdigit()) >= 3:
        return 0  # `Crawled 3 pages (at 3 pages/min), scraped 4 items`: a program's count of what it did
    if (
        numeric
        and len(words) <= 4
        and sum(1 for word in words if any(char.isdigit() for char in word)) * 2 >= len(words)
        and not any(sum(1 for char in word if char.islower()) >= 3 for word in words)
    ):
        return 0  # `GPU: RTX 4090 ×1`, `CUDA 12.1 / cuDNN 8`: a machine's part and its numbers
    if "<" in title and _OPEN_ANGLE_AT_END.search(title):
        return 0  # `Scraped from <200`, `Crawled (200) <GET`: a log's words before the address it fetched
    if "→" in title or "⇒" in title or " -> " in title or " / " in title:
        parts = [part.split() for part in re.split(r"[ \t]*(?:→|⇒|->)[ \t]*|[ \t]+/[ \t]+", title)]
        if len(parts) >= 2 and all(1 <= len(part) <= 2 for part in parts):
            return 0  # `Thought → Action → Observation`, `HotpotQA / ALFWorld`: steps or names side by side
    lower = [
        bare for word in words if len(bare := word.strip(",.;:()")) >= 2 and bare.isalpha() and bare.islower()
    ]
    if len(lower) >= 5 and not any(word in _ENGLISH_WORDS for word in lower):
        return 0  # `El estudio de Google Brain con agentes entrenados`: another language's sentence
    cited = english_et_al(title) if "." in title else title  # (`Conneau A. we başg.`: et al. in its language)
    if _is_author_line(title, strict=True) or (" al" in cited and _AUTHOR_TAIL.match(cited)):
        return 0  # names, or `Tim Dettmers et al., NeurIPS 2022`: who wrote a paper, never its title
    accented = 0 if title.isascii() else sum(1 for word in words if _NON_ENGLISH_LETTER.search(word))
    if accented >= 2 and accented * 3 >= count:
        return 0  # `Arap elipbiýindäki köne türkmen golýazmalaryny tanamak`: another language's words (titles are
        # English; a name's letter, `Rényi Differential Privacy`, is one word)
    if _ENGLISH_WORDS.isdisjoint(folded) and _in_another_language(title):
        # (`Diksionaryo djudeo-espanyol – inglez`: words in lower case, and not one of them nor of its others
        # English's commonest or a research word: another language's)
        return 0
    if VOLUME.match(title):
        return 0  # a volume of proceedings, not a paper in it
    if title.isupper() and (
        CAPITAL_SMALL_WORD.fullmatch(last.strip(_WORD_EDGES))
        or last.strip(_WORD_EDGES) == "AND"
        or _CAPITALS_SENTENCE_END.search(title)
    ):
        return 0  # `THIS SOFTWARE IS PROVIDED "AS IS" AND WITHOUT ANY EXPRESS OR`: a notice's sentence, cut
    if _COPYRIGHT.match(title):
        return 0  # `Copyright (c) 2001 Python Software Foundation`: a notice
    if digits and ("20" in title or "Season" in title) and _CONTEST_OR_SEASON.search(title):
        return 0  # (`Speech Recognition Challenge 2023`, `Tabular Series Season 3 Episode 2`: a contest, an episode)
    if _LICENSE_NAME.fullmatch(title):
        return 0  # `Creative Commons Attribution 4.0`, `Apache License 2.0`: a licence, a data package's or a code's
    if digits and _HOUSE_NUMBER.match(title):
        return 0  # `12, 4th Cross Street, Kasturba Nagar`: an address
    if date_in(title) and not any(char.isalpha() for char in _STAMP_WORDS.sub(" ", DATE.sub(" ", title))):
        return 0  # `Monday, March 4, 2024 at 10:05:32 AM UTC`: a message's date and time
    if _PAST_TENSE.search(title):
        return 0  # `BERT was significantly undertrained`: a sentence telling what happened, never a title
    if "!" in title and _EXCLAIMED.search(title):
        return 0  # `Nice post! The PDF for the weight one`: the writer's exclamation, then another sentence
    if digits and len(_LONG_NUMBER.findall(title)) >= 2:
        return 0  # `Meeting ID 842 1573 0042, Passcode 605118`: numbers to dial or type, not a title's words
    label, colon, compared = title.partition(": ")
    if not colon or (len(label.split()) == 1 and ":" not in compared):
        # (after a one-word label too: `Personalisasi: DreamBooth vs Textual Inversion`, a task's name)
        named = compared.split() if colon else words
        if (
            ("vs" in folded or "versus" in folded)
            and all(
                word.casefold().rstrip(".") in ("vs", "versus") or not word[:1].islower() for word in named
            )
            and any(word.casefold().rstrip(".") in ("vs", "versus") for word in named)
        ):
            return (
                0  # `Longformer vs Big Bird`: names set side by side (a comparison's, a table's), not a title
            )
    if count == 2:
        return 1 if ratio >= 0.5 and first.isupper() and not title.endswith(".") else 0
    if ratio >= 0.6:
        return 2
    if title.endswith("."):
        return 0  # a sentence
    if count >= 10 and ":" not in title and not _ENGLISH_SMALL.intersection(folded):
        return 0  # (`Wazo la kufunza modeli ya lugha kwenye …`: a sentence of another language; titles are English)
    if ("you" in words or "your" in words) and ratio < 0.5 and count >= 6 and ":" not in title:
        return 0  # (`Here are 3 papers picked for you this week, based on your topics`: said to the reader)
    if structured and first.isupper() and ratio >= 0.2:
        return 2
    if (
        first.islower()
        and _named_in_lower_case(title)
        and label_of(title.partition(": ")[0]) is None
        and NOT_A_NAME.match(title) is None
    ):
        return 2  # (`mad-x: an adapter-based framework for …`: a paper's title typed in lower case)
    return 1 if ratio >= 0.4 and first.isupper() else 0


# A conference's track or session, as a citation names it after the venue.
_VENUE_TRACK = re.compile(
    r"(?:(?:the[ \t]+)?Datasets[ \t]+(?:and|&)[ \t]+Benchmarks(?:[ \t]+Track)?|Main[ \t]+(?:Conference|Track)"
    r"|Findings(?:[ \t]+of[ \t]+[A-Z]+)?|Workshops?(?:[ \t]+Track)?|Oral|Spotlight|Poster(?:[ \t]+Session)?)",
    re.IGNORECASE,
)
_EXCLAIMED = re.compile(r"!+[ \t]+[A-Z]")
_COMMIT_SUBJECT = re.compile(
    r"(?:feat|fix|docs|chore|refactor|test|tests|style|perf|build|ci|revert)(?:\([\w./\-]*\))?!?:[ \t]+[a-z]"
)
# (its authors, a comma, its title quoted, a comma: `Hochreiter & Schmidhuber, "Long Short-Term Memory",`)
_QUOTED_BEFORE_COMMA = re.compile(r"^[^\"“:]*[A-Z][\w'’\-]+[^\"“:]*,[ \t]*[\"“][A-Z][^\"“”]{8,}?,?[\"”],$")


def _in_another_language(title: str) -> bool:
    """Whether a title's words in lower case (two or more, past its first word) and all its others are neither
    English's commonest nor research words (parenthesised words aside), or one of them is another language's small
    word (`und`, `pour`): another language's."""
    plain = [word.strip(_WORD_EDGES) for word in _IN_PARENS.sub(" ", title).split()]
    lower = sum(1 for word in plain[1:] if word[:1].islower())
    english = sum(
        1
        for word in plain
        if word.casefold() in _ENGLISH_WORDS
        or _SMALL_RE.fullmatch(word.casefold())
        or is_research_word(word)
        or word in ("et", "al")
    )
    # (or one research word borrowed among many of another language's, its letters with diacritics: `Mô tả thay đổi
    # … bằng mô hình Transformer hai nhánh`)
    return (
        (lower >= 2 and english == 0)
        # (or any small word of another language's, past its first word, whatever English words it borrows: `Suche
        # und Selbstspiel`, a session's topic; `Sparse Experten und effiziente Attention`, a reading circle's name)
        or any(word in _OTHER_SMALL_WORDS for word in plain[1:])
        or (
            lower >= 5
            and english <= 1
            and sum(1 for word in plain if _NON_ENGLISH_LETTER.search(word)) * 2 >= len(plain)
        )
        # (or four words in lower case past its first, at most one English word among them all, and two of the
        # small words a name may hold once, `de`, `di`: `Club di lettura: crescita dei modelli di linguaggio`, a post's
        # title in the writer's language)
        or (lower >= 4 and english <= 1 and sum(1 for word in plain[1:] if word in _NAME_SMALL_WORDS) >= 2)
    )


# The small words a name of another language holds (`de Finetti`, `da Vinci`): once in a title, not twice.
_NAME_SMALL_WORDS = frozenset(("de", "di", "da", "do", "du", "dos", "des", "del", "dei", "van", "von"))


# Other languages' small words (articles, `and`, prepositions) that no English title writes, not even in a name
# (`von`, `de`, `da`, `di`, `du`, `dos` are left out: `von Neumann`, `de Finetti`).
_OTHER_SMALL_WORDS = frozenset((
    "und", "oder", "der", "das", "dem", "ein", "eine", "einer", "einen", "mit", "für", "zur", "zum", "als", "ist",
    "nicht", "kein", "keine", "auf", "über", "wie", "les", "pour", "avec", "dans", "sur", "une", "est", "los",
    "las", "para", "por", "una", "della", "delle", "degli", "uma", "het", "een", "voor", "och", "för", "på", "ve",
    "ile", "için", "bir", "oraz", "dla", "og", "y", "sulla", "sulle", "nella", "nelle", "alla", "alle", "dalla",
    "dalle", "gli",
))  # fmt: skip


_IN_PARENS = re.compile(r"\([^()]*\)")
# A letter English words do not have: Latin with a diacritic (`ý`, `ø`, `í`, Vietnamese `ả`), Greek, Cyrillic.
_NON_ENGLISH_LETTER = re.compile(r"[À-ÖØ-öø-ɏͰ-ϿЀ-ӿḀ-ỿ]")
# Names in parentheses ending a title line: a short name, a lab, or both (`(Gato, DeepMind)`, `(Meta)`).
_PARENS_NAME = (
    r"(?:(?:van|von|de|der|den|da|di|du|del|le|la|dos)[ \t]+){0,2}[A-Z][\w.\-·]*(?:[ \t][A-Z][\w.\-·]*)?"
)
_NAMES_IN_UNCLOSED_PARENS_END = re.compile(rf"[ \t]+\((?:{_PARENS_NAME})(?:,[ \t]*{_PARENS_NAME})+,?$")
_NAMES_IN_PARENS_END = re.compile(rf"[ \t]+\((?:{_PARENS_NAME})(?:,[ \t]*{_PARENS_NAME}){{0,2}}\)$")
# ... or its short name, then the writer's notes in lower case (`(Stable Diffusion 3, rectified flow + MM-DiT)`).
# A short name and a year, in a parenthesis after a quoted title (`(phi-1, 2023)`).
# A parenthesis after a title that opens with its short name, then the writer's note (`(phi-1: datos de …)`).
# The rest of a sentence, ended by the number of its source in a numbered list: `… compete con modelli [6].`
_NUMBERED_SOURCE_AFTER = re.compile(
    r"[^.!?\n\[\]]*\[[0-9]{1,3}(?:[ \t]*[,–-][ \t]*[0-9]{1,3})*\][ \t]*(?:[.!?;]|$)", re.MULTILINE
)
_NAME_THEN_NOTE_OPENS = re.compile(r"[ \t]*[(（](?P<nick>[A-Za-z][\w.\-]{1,20})[:;,][ \t]+[^\W\d_]")
_NAME_AND_YEAR = re.compile(r"[A-Za-z][\w.\-]{1,20},?[ \t]+(?:19|20)[0-9]{2}")
# ... or its short name quoted, or one name and a few words in lower case (an author and `et al.` in any language).
_ASIDE_END = re.compile(
    r"[ \t]+\((?:[\"“«‘'][^()\"“”«»]{1,40}[\"”»’']|[A-Z][\w'’\-]+(?=[^()]*[ \t][^\W\d_A-Z])(?:[ \t]+[^\s()]+){1,3})\)$"
)
# (and a second short name before the notes: `(NAME, NAME2 block)`)
_NAME_THEN_NOTES_END = re.compile(
    r"[ \t]+\([A-Z][\w.\-]*(?:[ \t][\w.\-]+){0,2},[ \t]+(?:[A-Z][\w.\-]*[ \t]+)?[a-z][^()\n]{0,80}\)$"
)
_LONG_NUMBER = re.compile(r"(?<![\w.\-])[0-9]{3,}(?![\w.\-])")
# The last word of a name that says what kind of thing it names, other than a paper (`… Audio Course`).
_OTHER_KIND_LAST = re.compile(
    r"\b(?:Course|Courses|Tutorial|Textbook|Book|Handbook|Podcast|Lectures?|Bootcamp|Masterclass|Specialization|"
    r"Certificate|Certification|Newsletter|Blog|Channel|Playlist|Webinar|Meetup|Documentation|Docs)$"
)
# A paragraph's run-in lead, as posts write one in bold: a word or three and a full stop or a colon (`3D.`, `Sound
# synthesis:`), in any script.
_RUN_IN_LEAD = re.compile(r"[^\s*_]{1,20}(?:[ \t][^\s*_]{1,20}){0,2}[.:：]")
_SENTENCE_STOP = re.compile(r"[.?!](?=[ \t]|$)")
# The words of a date and a time around a date (`Monday, … at 10:05:32 AM UTC`).
_STAMP_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|on)\b|\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\b|"
    r"\b[AP]\.?M\.?\b|\b(?:UTC|GMT|CES?T|[A-Z]{2,4}T)\b",
    re.IGNORECASE,
)
# A house's number and a comma, opening an address (`12, 4th Cross Street`, `221B, Baker Street`).
_HOUSE_NUMBER = re.compile(r"[0-9]{1,5}[A-Za-z]?,[ \t]")
# The small words a title in English in sentence case cannot do without, ten words long and unsubtitled.
_ENGLISH_SMALL = _word_set(
    "a an the of for and or in on at to by from with without via into over as is are using through than"
)


def _cites_authors(rest: str) -> bool:
    """Whether `rest` opens with a citation that names authors: `(Song, Dhariwal, Chen — ICML 2023)`, `(Ho &
    Salimans, 2022)`, `(Li et al., 2021)`; not a date (`(April 24th, 2025)`)."""
    cited = _CITED_AFTER.match(rest)
    if cited is None:
        return False
    who = re.split(r"[—–;]|,?[ \t]+(?:19|20)[0-9]{2}", cited.group("who"), maxsplit=1)[0].strip(" \t,")
    return _ET_AL_ANY.search(who) is not None or _CITED_WHO.search(who) is not None


def _citation_line(line: str) -> bool:
    """Whether a short line is a citation alone, authors and then a venue and a year or a year, and ends there
    (`Song et al., ICLR 2021`, `Glorot & Bengio, 2010`)."""
    text = line.strip().rstrip(".)）")
    return (
        len(text) <= 80
        and _YEAR_IN.search(text[-4:]) is not None
        and not _SENTENCE_INSIDE.search(text)
        and _authors_then_year(text)
    )


def _authors_then_year(rest: str) -> bool:
    """Whether what follows a title's dash is its citation: authors, then a venue and a year or a year
    (`Glorot & Bengio, AISTATS 2010 …`, `Hinton, Osindero & Teh, Neural Computation 18(7), 2006 …`, `Gatopoulos &
    Tomczak (2020), …`)."""
    year = _YEAR_IN.search(rest, 0, 160)
    if year is None:
        return False
    parts = rest[: year.start()].rstrip(" \t,(").split(", ")
    for count in range(len(parts), 0, -1):
        # (their `and` in any of the digests' languages: `Name ve Name, 2020`, `Name og Name, 2021`)
        who = _AND_BEFORE_NAME.sub(" and ", ", ".join(parts[:count]).strip())
        if len(who.split()) >= 2 and _is_author_line(who):
            return True
    return False


# A status report's or a to-do's item: a verb in the past tense or a plan's verb, then what it was done to
# (`Finished the 4-bit baseline`, `Compared against the 8-bit run`, `Try a 2-layer draft model`).
_DEED = re.compile(
    r"(?:[A-Z][a-z]{2,}ed|Finish|Try|Write|Run|Rerun|Re-run|Fix|Add|Check|Compare|Move|Set[ \t]+up|Update|Send|"
    r"Ask|Prepare|Submit|Draft|Clean[ \t]+up|Merge|Port|Debug|Plot|Book|Schedule|Start|Continue|Get)[ \t]+"
    r"(?:the|a|an|our|my|this|that|these|those|it|them|some|all|up|out|with|against|on|to|from|over)\b"
)


def reports_a_deed(title: str) -> bool:
    """Whether an item in sentence case tells what the writer did or will do (see `_DEED`), not a paper's
    title: a title in sentence case names its subject first (`Training language models to follow …`)."""
    if _DEED.match(title) is None:
        return False
    worded = [word for word in title.split()[1:] if word[:1].isalpha()]  # (not `4-bit`, `7B`)
    return bool(worded) and _capital_ratio(worded) < 0.5


def exclaims(text: str) -> bool:
    """Whether `text` is an exclamation in sentence case (`See you on the 14th!`, `Happy reading!`): the writer's
    words, no title."""
    if not text.endswith("!"):
        return False
    worded = [word for word in text.split()[1:] if word[:1].isalpha()]
    return bool(worded) and all(word[:1].islower() for word in worded)


def writers_words(title: str) -> bool:
    """Whether an item that stands among papers with nothing of its own reads as the writer's words rather
    than a title: mostly in lower case, or speaking as `we`/`you` (`GShard if we want MoE history`)."""
    return _capital_ratio(title.split()) < 0.6 or PERSONAL.search(title) is not None


def title_case_then_prose(text: str) -> tuple[str, str] | None:
    """A Title Case title running straight on into the writer's sentence, with no mark between them (`Towards
    Domain-Agnostic Contrastive Learning is het enige paper op de lijst …`): the title, to the last capitalised
    word before the first word in lower case that no title writes so, and the sentence; None when `text` is not
    so (a sentence-case title, a short run, a tail that is no sentence in lower case)."""
    words = text.split()
    end = 0
    while end < len(words) and (
        words[end][:1].isupper() or words[end][:1].isdigit() or _SMALL_RE.fullmatch(words[end])
    ):
        end += 1
    while end and _SMALL_RE.fullmatch(words[end - 1]):
        end -= 1  # (`… Learning is`: the sentence's verb, not the title's)
    title, tail = words[:end], words[end:]
    capitalised = [word for word in title if not _SMALL_RE.fullmatch(word)]
    if len(title) < 3 or len(capitalised) < 2 or len(tail) < 4:
        return None
    if sum(1 for word in tail if word[:1].islower()) * 10 < len(tail) * 6:
        return None  # (the rest is no sentence in lower case: more of a title, names)
    run = " ".join(title)
    if title_strength(run, structured=False) < 2:
        return None
    if title[-2].endswith(":"):
        return None  # (`Beyond the Imitation Game: Quantifying and extrapolating …`: a subtitle in sentence case)
    if title[-1].isdigit() and tail[0][:1].islower():
        # (`Here are 5 papers picked for you`: a number counting the word after it, in mid-phrase)
        return None
    return run, " ".join(tail)


def narrates(title: str) -> bool:
    """Whether a line tells what happened (`was`, `were`, `had` in lower case: `Before transformers the answer
    was recurrence.`): the writer's sentence, never a title, whatever names stand below it."""
    return _PAST_TENSE.search(title) is not None


def short_sentence_case(title: str) -> bool:
    """A few words mostly in lower case (`Opening remarks`, `Workshop dinner`): a programme's talk or break as
    often as a paper, unless names that only authors have follow it."""
    words = title.split()
    return len(words) <= 5 and _capital_ratio(words) < 0.75


def person_names(line: str) -> bool:
    """Whether a line reads as people's names (`Aguilar Ruiz, Lucía`, `Tri Dao · 2023`), loosely."""
    return _is_author_line(line)


def names_only(line: str) -> bool:
    """An authors line that only names can be: an initial, three names or more, or `et al.`."""
    return _is_author_line(line, strict=True)


def wraps_into(previous: str, line: str) -> bool:
    """Whether `line` (stripped) goes on with the words of `previous`, cut where a column or a window ended:
    `previous` ends mid-phrase (a hyphen, a word before lower-case words, a long line that ends no sentence),
    and `line` is words, not a field, a link or an item of its own."""
    if not previous or not line or previous[-1] in ".?!;)]»”\"'。":
        return False
    if _URL.search(line) or _FIELD_LABEL.match(line) or _NUMBER.match(line) or line[:1] in "-*•#>[|(":
        return False
    if previous.endswith("-") or line[:1].islower():
        return True
    return len(previous) >= 30 and len(line) <= len(previous) + 10


def join_wrapped(pieces: Sequence[str]) -> str:
    """Pieces of a wrapped line as one: `Struc-` `tured` is `Structured`, `Long-` `Sequence` is `Long-Sequence`."""
    text = pieces[0]
    for piece in pieces[1:]:
        if text.endswith("-") and text[-2:-1].isalpha():
            text = text[:-1] + piece if piece[:1].islower() else text + piece
        else:
            text = f"{text} {piece}"
    return text


def outside_parens(pattern: re.Pattern[str], text: str, end: int | None = None) -> re.Match[str] | None:
    """The first match of `pattern` in `text[:end]` that no parenthesis is open around: the dash in
    `Title (Song, Chen — ICML 2023): ...` is the citation's, not the end of the title."""
    stop = len(text) if end is None else end
    for match in pattern.finditer(text, 0, stop):
        before = text[: match.start()]
        if before.count("(") + before.count("（") <= before.count(")") + before.count("）"):
            return match
    return None


def _title_run_after_prose(head: str) -> str:
    """The Title Case run that ends a head which opens in prose (`Someone suggested adding Title`, `Değerlendirme
    kısmına Title` before its link or its citation), else the head as it is; and without the writer's sentence a
    title runs on into (`Title is the backbone most of our detectors use now`)."""
    head = _without_prose_tail(head)
    if ": " in head and (labels := list(_TITLE_LABEL_AFTER_SENTENCE.finditer(head))):
        labelled = labels[-1]
        if label_of(labelled.group("label")) is Label.TITLE and _assess(head[labelled.end() :], True) == 2:
            # (`Session 13, slides: a name. Paper: Title (Hua et al., ICML 2022)`: the writer's sentences,
            # then a title's label and the title)
            return head[labelled.end() :]
    lead, comma, rest = head.partition(", ")
    if comma and lead.casefold() in _DISCOURSE_WORDS and _title_case_title(rest):
        head = rest  # (`Yep, Title`, `Also, Title`: a chat message's first word, then the title)
    words = head.split(" ")
    run = _title_run(words)
    before = words[: len(words) - run]
    # (`Jemand schlug vor, Title`, `for whoever wants a break from transformers: Title`: a clause, then the title)
    last = before[-1].rstrip(",;:") if before else ""
    if run < 4 or len(before) < 2 or not last.isalpha() or not last.islower():
        # (a title in Title Case throughout, or one whose end only is capitalised; or one in sentence case after the
        # writer's sentence in another language)
        return _sentence_case_after_other_language(words) or head
    if _capital_ratio(before[1:]) >= 0.5:  # (a sentence's first word aside)
        return head
    title = " ".join(words[len(words) - run :])
    return title if _assess(title, True) == 2 else head


def _sentence_case_after_other_language(words: Sequence[str]) -> str | None:
    """The title in English sentence case that ends a head opening in another language's words in Latin letters
    (`… gick delvis till arbetet bakom Title in sentence case`): from the last capitalised word right after one of
    theirs in lower case, when four of theirs at least stand before it and what follows reads as a research title
    in English; None otherwise."""
    for index in range(len(words) - 3, 0, -1):
        previous, word = words[index - 1], words[index]
        if not (word[:1].isupper() and previous.isalpha() and previous.islower()):
            continue
        if previous.casefold() in _ENGLISH_WORDS or is_research_word(previous):
            continue
        before = _LOWER_CASE_WORD.findall(" ".join(words[:index]))
        title = " ".join(words[index:])
        # (its words in lower case English or research words, but one: `accurate`; no mark of the sentence before)
        unknown = sum(
            1
            for word in words[index + 1 :]
            if word[:1].islower() and word.casefold() not in _ENGLISH_WORDS and not is_research_word(word)
        )
        if (
            unknown <= 2
            and not any(mark in title for mark in "()'’")
            and _in_other_language(before)
            and _sentence_case_research_title(title)
            and research_words(words[index:]) >= 2
            and not _in_another_language(title)
        ):
            return title
        return None
    return None


def named_title_after_lead(title: str) -> str:
    """`title` past a lead of the writer's in sentence case and its colon when a named and subtitled title follows it
    (`Regularization angle: Name: Subtitle in Title Case`), else as it is."""
    lead, colon, rest = title.partition(": ")
    words = lead.split()
    if (
        colon
        and 2 <= len(words) <= 4
        and words[0][:1].isupper()
        and all(word.islower() for word in words[1:])
        and _named_and_subtitled(rest)
    ):
        return rest
    return title


def english_title_after_other_language(title: str) -> str:
    """`title` past the words of another language's sentence it opens with (see `_sentence_case_after_other_language`),
    else as it is."""
    return _sentence_case_after_other_language(title.split(" ")) or title


# A label of a word or two and its colon, after a sentence's end (`…. Paper: Title`).
_TITLE_LABEL_AFTER_SENTENCE = re.compile(
    r"[.!?;][ \t]+(?P<label>[^\W\d_][\w\-]{1,20}(?:[ \t][\w\-]{1,20})?):[ \t]+"
)
# Words a chat message opens on before what it names (`Yep, Title`, `Also, Title`, `Related, Title`).
_DISCOURSE_WORDS = frozenset(
    [
        *(
            "yes",
            "yep",
            "yeah",
            "yup",
            "ok",
            "okay",
            "so",
            "also",
            "related",
            "btw",
            "next",
            "then",
            "plus",
            "oh",
        ),
        *(
            "ah",
            "well",
            "sure",
            "right",
            "nice",
            "cool",
            "great",
            "agreed",
            "thanks",
            "and",
            "anyway",
            "fyi",
            "ps",
        ),
    ]
)
# A Title Case title going on into the writer's sentence before its link: `Title is the backbone most of the
# editing repos use now (arXiv:…)`, `Title was a nice read (…)`.
_PROSE_TAIL = re.compile(
    r"[ \t]+(?:is|are|was|were|has|have|had|remains|stays|gives|shows|makes|feels)[ \t]+"
    r"(?:the|a|an|still|now|also|so|very|really|just|what|how|basically|probably|[a-z]+ly)[ \t]+[a-z][a-z ,'’-]{6,}$"
)


def _without_prose_tail(title: str) -> str:
    """A title before its link without the writer's sentence it runs on into, when a Title Case title remains."""
    tail = _PROSE_TAIL.search(title)
    if tail is None:
        return title
    kept = title[: tail.start()]
    return kept if _title_case_title(kept) else title


def _title_case_title(text: str) -> bool:
    """What remains when the writer's words are cut from a title must read as one: three words or more, in Title
    Case."""
    words = text.split()
    return len(words) >= 3 and _capital_ratio(words) >= 0.75 and _assess(text, True) == 2


def _capital_ratio(words: list[str], folded: list[str] | None = None) -> float:
    """The share of a title's significant words (not `of`, `for`, `with` ...) that are capitalised."""
    folded = folded if folded is not None else [word.casefold().strip(_WORD_EDGES) for word in words]
    # (counted in one loop, not in two lists built for their lengths: it runs for most lines a reader weighs)
    significant = capitals = 0
    for word, key in zip(words, folded, strict=True):
        if key not in _SMALL_WORDS:
            significant += 1
            if word.lstrip("(\"'“‘")[:1].isupper() or word[:1].isdigit():
                capitals += 1
    if not significant:
        return 0.0
    return capitals / significant


# A byline of people's names under a title, its `by` in lower case (`by Ada Lovelace`, `by Ada Lovelace, Alan Turing`),
# as a recommendation mail prints it under each paper's title.
_BYLINE_NAMES = re.compile(
    rf"by[ \t]+{FULL_NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){FULL_NAME}){{0,5}}(?:,?[ \t]+et al\.?)?"
)
_ONE_NAME = re.compile(r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][\w'’\-]+){1,2}")


# A title's or a sentence's small words written in capitals, as legal notices write them (`OF`, `OR`, `IN`).
CAPITAL_SMALL_WORD = re.compile(
    r"\b(?:OF|OR|IN|TO|FOR|THE|ANY|BY|WITH|ON|NOT|BE|IS|ARE|AS|AN|IF|THIS|THAT|SUCH|ITS|FROM)\b"
)


_CAPITALS_SENTENCE_END = re.compile(r"[A-Z]{2}[.;][ \t]+[A-Z]")  # (`ARE DISCLAIMED. IN NO EVENT …`)
_COPYRIGHT = re.compile(r"(?:Copyright|\(c\)|©)(?:[ \t]|$)", re.IGNORECASE)


# The word for "and" before a list's last name, in the languages digests are written in (Italian and Portuguese
# `e`, Spanish `y`, French `et`, German `und`, Danish and Norwegian `og`, Swedish `och`, Turkish `ve`, Hungarian
# `és`, Finnish `ja`, Romanian `și`, Russian `и`).
_NAMES_AND = re.compile(r"(?<=[^\W\d_])[ \t]+(?:e|y|et|und|og|och|ve|és|ja|și|и)[ \t]+(?=[A-ZÀ-ÖØ-ÞА-Я])")


# A key and its quoted value in a record written on one line (`title: "…"`, `"title": "…"`, `titre = '…'`).
_KEYED_VALUE = re.compile(
    r"[\"']?(?P<key>[^\W\d][\w\-]{0,24})[\"']?[ \t]*[:=][ \t]*(?P<quote>[\"'])(?P<value>[^\"'\n]{6,300})(?P=quote)"
)
# The name a program gives a string, and the punctuation around it (`IDS = ["`, `"lora": "`, `papers['`).
_CODE_NAME = re.compile(r"[A-Za-z_][\w.]*(?:\[[^\]]*)?|")
_CODE_PUNCTUATION = " \t[]{}()=:,\"'"
# A quotation's attribution: a dash opening its line (reStructuredText's `-- Name`, `— Name`, `― Name`).
_ATTRIBUTION = re.compile(r"[ \t]*(?:--|—|―)[ \t]")
# Two people's full names, joined by `and` in any language: `Yang Song and Stefano Ermon`, `Ana Lima e Rui Costa`.
_TWO_PEOPLE = re.compile(rf"{FULL_NAME}[ \t]+(?:and|&|{AND_WORD})[ \t]+{FULL_NAME}")


# A document's lettered section heading in capitals: `A. COURSE DESCRIPTION`, `B. LEARNING OUTCOMES`.
_LETTERED_HEADING = re.compile(r"[A-Z]\.[ \t]+[A-Z][A-Z'’\-]+(?:[ \t]+(?:[A-Z][A-Z'’\-]+|&|AND|OF|THE))+")


@lru_cache(maxsize=1024)
def _is_author_line(line: str, strict: bool = False) -> bool:
    """`Y H Tsai, Y Wu, R Salakhutdinov` or `T Ma`: names, not a title. Names cut short and followed by the
    venue, as search engines list them (`AQ Jiang, A Sablayrolles, B Savary… - arXiv preprint, 2024`), too.

    `strict` asks for what only names have (an initial, three names or `et al`), as needed where no
    position in an entry says that authors are expected (`Rethinking Pre-training and Self-training`).
    """
    text = line.strip()
    if len(text) > 600 or "://" in text or _HAS_CJK.search(text):
        return False  # (a paragraph, a link, Chinese or Japanese: never a list of names read here)
    if _LETTERED_HEADING.fullmatch(text) is not None:
        return False  # (`A. COURSE DESCRIPTION`: a document's lettered section, not an initial and a surname)
    text = english_et_al(text).rstrip(".")
    if text.count(", ") >= 2 and _NAMES_AND.search(text):
        text = _NAMES_AND.sub(
            ", ", text
        )  # (`Clark, Luong, Le e Manning`: the last two joined by another `and`)
    if _MARK_CHAR.search(text) and _MARKED.search(text):
        if text[:1] in _MARKS:
            return False  # `¹Stanford University ⁴University at Buffalo`: the affiliations the marks point to
        text = _MARKED.sub("", text).rstrip(" ,")  # `Albert Gu¹, Tri Dao¹ ²,`: names marked with affiliations
    if " - " in text or " · " in text or " | " in text:
        parts = _NAMES_THEN_VENUE.split(text, maxsplit=1)
        if len(parts) == 2:
            names, venue = parts
            if names.endswith(("…", "...", "et al", "et al.")) or _YEAR_IN.search(venue):
                text = names.rstrip("….").rstrip(" ,")
                if (
                    " · " in line
                    and _YEAR_IN.search(venue)
                    and not date_in(venue)  # (`By Jack · Apr 29, 2024`: a post's byline and date)
                    and _ONE_NAME.fullmatch(text)
                    and not text.startswith("By ")
                ):
                    return True  # `Tri Dao · 2023`: one author, then the year (a newsletter's card)
    if ("other" in text or "more" in text or "+" in text or "author" in text) and MORE_AUTHORS.search(text):
        text = MORE_AUTHORS.sub(" et al", text)  # `Bo Peng, Eric Alcaide, and 27 others`: a list cut short
    if not text or len(text) > 600 or "://" in text or _LOWER_WORD.search(text) or _HAS_CJK.search(text):
        return False
    if len(CAPITAL_SMALL_WORD.findall(text)) >= 2:
        return False  # `THEORY OF LIABILITY, WHETHER IN CONTRACT, …`: a sentence in capitals, not names
    if " · " in text or " • " in text or text.endswith((" ·", " •")):
        return _dotted_names(text)
    if text.endswith(("et al", "et al.")):
        text = text[: text.rfind("et al")].rstrip(" ,")
        if not text:
            return False
        return all(
            _AUTHOR_PART.fullmatch(part.strip()) for part in re.split(r"[,;]| and ", text) if part.strip()
        )
    parts = [part.strip() for part in re.split(r",|;|，| and |&|\s{2,}|\t", text) if part.strip()]
    if not parts or not all(_AUTHOR_PART.fullmatch(part) for part in parts):
        return False
    has_initial = any(_INITIAL.search(part) for part in parts)
    if len(parts) >= 2 and all(len(part.split()) <= 5 for part in parts):
        return has_initial or len(parts) >= 3 or not strict
    words = parts[0].split()
    if words[0] == "A" and len(words) >= 3:
        return False  # `A Generalist Agent`: the article, not an initial
    return has_initial and len(words) <= 4


def _dotted_names(text: str) -> bool:
    """`Yang Song · Jascha Sohl-Dickstein · Diederik P. Kingma`, as conference sites list authors (a wrapped line
    of them may start or end mid-list): three names or more, most of them of two words or more (`Home · About ·
    Blog` is not)."""
    parts = [part.strip() for part in _DOTS.split(text.strip(" ·•")) if part.strip()]
    if len(parts) < 3 or not all(_AUTHOR_PART.fullmatch(part) for part in parts):
        return False
    if sum(1 for part in parts if research_words(part.split())) * 2 >= len(parts):
        return False  # (`Computer Vision · Representation Learning · Robustness`: a feed's topics, no people)
    return len([part for part in parts if " " in part]) * 2 >= len(parts)


_DOTS = re.compile(r"[ \t][·•][ \t]")
# Affiliation and note marks after an author's name (`Gu¹`, `Sun¹⁴ ¹⁵`, `Dao†`, `Li*`), as title pages have them.
_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹†‡§¶"
_MARK_CHAR = re.compile(rf"[{_MARKS}*]")  # (a cheap look for a mark first: most lines have none)
_MARKED = re.compile(rf"(?<=\w)(?:[ \t]?[{_MARKS}*]+)+|^[{_MARKS}]")


def _title_in_prose(title: str) -> str | None:
    """A head that is sentences of the digest's (a comment: `For context, this is the follow-up to "Title" from
    last year. Same group.`) is no title: the title quoted in it, else none (the id alone names the paper)."""
    if not _SENTENCE_INSIDE.search(title):
        return _quoted_among_words(title) or title
    quoted = _QUOTED_TITLE.search(title)
    last = max(found.start() for found in _SENTENCE_INSIDE.finditer(title))
    if quoted is not None and quoted.start() < last and _TITLE_RUN.search(title, last) is not None:
        # (`Start with "Title A" (ResNet). Then read Title B — https://…`: the sentence the link ends names another
        # paper; the one quoted before it is not the link's)
        return None
    if quoted is not None:
        inner = _clean_title(quoted.group("curly") or quoted.group("straight") or "")
        if _assess(inner, structured=True) == 2:
            return inner
    return None


# Three capitalised words in a row, small words between them: a title's words in a sentence.
_TITLE_RUN = re.compile(
    r"\b[A-Z][\w'’\-]*(?:[ \t]+(?:(?:of|for|and|the|in|on|with|to|a|an|via|by)[ \t]+)*[A-Z][\w'’\-]*){2,}"
)


# A model's short name in parentheses (full-width too), then a colon: `（GENRE）：`, `(GENRE): `.
_NAME_THEN_SUMMARY = re.compile(r"[ \t]*[(（][A-Za-z][\w.\-]{1,15}[)）][ \t]*[:：]")


def _five_words_of_grammar(words: list[str]) -> bool:
    """Five words with a verb or a preposition among them (`Language Models are Few-Shot Learners`): a sentence's
    grammar, as a title has and a method's name (`Reinforcement Learning from Human Feedback` aside) seldom does."""
    return len(words) == 5 and any(word in _TITLE_GRAMMAR for word in words[1:-1])


_TITLE_GRAMMAR = frozenset(["are", "is", "as", "can", "do", "does", "without", "beyond", "via"])


def _quoted_among_words(head: str) -> str | None:
    """The title quoted in a head that is otherwise the writer's words, mostly in lower case (`Makalah pertama
    adalah “Title” yang tersedia di`); None for any other head (`“Why Should I Trust You?”: Explaining …`, whose
    words outside the quotes are the title's own)."""
    quoted = _QUOTED_TITLE.search(head) if "“" in head or '"' in head else None
    quoted = quoted or (_EMPHASIS_AMONG.search(head) if "*" in head else None)
    if quoted is None:
        return None
    outside = _PARENTHESES.sub(
        " ", head[: quoted.start()] + " " + head[quoted.end() :]
    )  # (its authors, cited)
    # (a letter alone is no word of the writer's: a time's `T` and `Z`, `20240502T061500Z`, in a tracker's line)
    words = [word for word in _LETTER_WORD.findall(outside) if len(word) > 1]
    if len(words) < 2 or sum(word[0].islower() for word in words) * 2 < len(words):
        return None
    inner = _clean_title(quoted.group("curly") or quoted.group("straight") or "")
    return inner if _assess(inner, structured=True) == 2 else None


def title_cited_before(line: str, start: int) -> str | None:
    """The Title Case title that ends the writer's clause right before the parenthesis opening at the id at
    `line[start]` (`Setup follows Fast Inference from Transformers via Speculative Decoding (arXiv:…)`), when the
    clause opens in prose; None otherwise."""
    before = line[:start].rstrip(" \t")
    if before[-5:].casefold() in ("arxiv", "rxiv:"):
        before = before[: -6 if before.endswith(":") else -5].rstrip(" \t")  # (`(arxiv 2101.03961)`)
    if before.endswith(("→", "->", "⇒")):
        # (`Kaplan et al., « Title A », puis le papier Chinchilla : Title B → https://…`: the arrow points from the
        # clause right before it)
        sentence = before.rstrip("→->⇒ \t")
        # (after a sentence's end, a comma, French's spaced colon or a lead's colon: not a title's own, `RT-1: …`)
        leads = [lead.start() for lead in _LEAD_COLON.finditer(sentence)]
        cut = max(
            sentence.rfind(". "), sentence.rfind("; "), sentence.rfind(", "), sentence.rfind(" : "), *leads
        )
        # (an item's own mark is no word of its title: `- Title → https://…`)
        clause = sentence[cut + 2 :] if cut >= 0 else _BULLET_OR_NUMBER.sub("", sentence.lstrip(), count=1)
        return _research_run(_title_run_after_prose(clause).strip(' «»"“”:'))
    cited = _CITATION_AT_END.search(before) if before.endswith((")", "）")) else None
    if cited is not None and (_ET_AL_ANY.search(cited.group("who")) or _CITED_WHO.search(cited.group("who"))):
        # (`… aged interestingly. Emergent Abilities of Large Language Models (Wei et al.) https://…`: the title
        # its authors' citation follows, in the writer's last sentence)
        sentence = before[: cited.start()].rstrip(" \t")
        mark = _BULLET.match(sentence) or _NUMBER.match(sentence)
        sentence = sentence[mark.end() :] if mark is not None else sentence
        stop = max(
            sentence.rfind(". "),
            sentence.rfind("; "),
            *(lead.start() for lead in _LEAD_COLON.finditer(sentence)),
        )
        return _research_run(
            _title_run_after_prose(sentence[stop + 2 :] if stop >= 0 else sentence).strip(' «»"“”')
        )
    if not before.endswith(("(", "（")):
        return None
    sentence = before[:-1].rstrip(" \t")
    stop = max(sentence.rfind(". "), sentence.rfind("; "))
    cut = max(stop, sentence.rfind(": "))
    joined = _JOINED_CLAUSE.search(sentence)
    if joined is not None and joined.end() > stop:
        # (`… for the token-dropping idea, and Switch Transformers: Scaling … (arxiv …)`: the last of two clauses)
        return _research_run(_title_run_after_prose(sentence[joined.end() :]))
    clause = sentence[cut + 2 :] if cut >= 0 else sentence
    title = _title_run_after_prose(clause)
    return None if title == clause else _research_run(title)


# A lead of a few words and a colon, then a paper's authors (`et al.` in any language) and year, before its title.
# A first author's surname and `et al.` opening a title's line, the title after them.
_ET_AL_LEAD = re.compile(r"[A-Z][\w'’\-]+[ \t]+et[ \t]+al\.[ \t]+(?=[A-Z0-9])")
_LEAD_THEN_ET_AL = re.compile(
    r"(?:^[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,3}|[;；])?[:：;；][ \t]+[A-Z][\w'’\-]+[ \t]+(?:et[ \t]+al\.?|и[ \t]+др\.?)"
    r"[ \t]*,?[ \t]*\(?(?:19|20)[0-9]{2}[a-z]?\)?[ \t]*[,:][ \t]+(?=[A-Z0-9])"
)
# Where the writer's words go on after a cited title: a comma then a word in lower case, or a sentence's end.
# (or where it was published: one word to the end, or a venue and its year: `…, OpenAI.`, `…, ICLR 2021.`)
_PROSE_AFTER_CITED = re.compile(
    r",[ \t]+(?=[a-z])|\.[ \t]+(?=[A-Z])|[ \t]+\(|,[ \t]+(?=[^\s,]+\.?$|[A-Z][\w\-]*[ \t]+(?:19|20)[0-9]{2})|\.?$"
)
_CITATION_AT_END = re.compile(r"[ \t]*[(（](?P<who>[^()（）\n]{2,80})[)）]$")


def _research_run(title: str) -> str | None:
    """`title` when it reads as a research title of four words or more (or a name and its subtitle), else None."""
    return (
        title if len(title.split()) >= 4 and (research_title(title) or _named_and_subtitled(title)) else None
    )


_LEAD_COLON = re.compile(
    r"(?<=[^\W\d_A-Z]): "
)  # (`the Chinchilla paper: Title`: a lead's colon, after lower case)
# The last clause joined on to a sentence after a word in lower case (`…, and Title`, `… idea, plus Title`, `…, et la
# suite, Title`): where a title before its id may start (not inside a title's own comma: `Show, Attend and Tell`).
_JOINED_CLAUSE = re.compile(
    r"(?<=[^\W\d_A-Z]),[ \t]+(?:(?:and|or|plus|then|also)[ \t]+)?(?=[A-Z0-9])"
    r"(?!.*[^\W\d_A-Z],[ \t]+(?:(?:and|or|plus|then|also)[ \t]+)?[A-Z0-9])"
)


def page_named_by(url: str, title: str) -> bool:
    """Whether `url` is a paper's page whose address spells `title` (`/paper/segment-anything`): the page of
    that paper, so even a short title names it; on a paper site, or under a `/paper/` path on any site (a
    leaderboard's mirror, a relative link)."""
    words = _NOT_KEY.sub(" ", title.casefold()).split()
    slug, address = "-".join(words), url.casefold()
    if len(slug) >= 6 and f"/{slug}" in address:
        return is_paper_page(url) or _PAPER_PATH.search(url) is not None
    # (a venue's page named by its authors and title: `…/Zhai_Scaling_Vision_Transformers_CVPR_2022_paper.html`)
    return len(words) >= 2 and f"_{'_'.join(words)}_" in address and is_paper_page(url)


# (a paper's page on a lab's or a venue's site: `/paper/…`, `/papers/…`, `/research/…`, `/publications/…`)
_PAPER_PATH = re.compile(r"/(?:papers?|research|publications?|pubs)/(?:[\w\-]+/)*[\w\-]", re.IGNORECASE)


def _unbracketed(line: str) -> str:
    """A URL alone on its line in angle brackets, as plain-text email writes it (`<https://...>`), unbracketed."""
    if line[:5] == "<http" and line[-1:] == ">" and " " not in line:
        return line[1:-1]
    return line


# The rest of an address up to the angle bracket closing it (`…/abs/2003.10555>`), no chat's label inside (`|…`).
_URL_CLOSED_BY_BRACKET = re.compile(r"[^\s<>|]*>")


def _authors(text: str) -> str:
    return ", ".join(part.strip() for part in re.split(r"\s{2,}|\t", text.strip()) if part.strip())


# A site's bare name, as a link card ends with it (`arxiv.org`, `ai.meta.com`).
_BARE_SITE = re.compile(r"(?:www\.)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# A page's title naming the service it is on (`Title | OpenReview`, `[2204.01691] Title - arXiv`).
_PAGE_OF_SITE = re.compile(r"[ \t][|\-–—][ \t]*(?P<site>OpenReview|arXiv(?:\.org)?)[ \t]*$", re.IGNORECASE)
# A PDF's file name, a tab, then its title (`name.pdf<tab>Title`).
# The columns before a file's name in a folder's listing: Windows `dir` (date, time, size) and `ls -l` (mode, links,
# owner, group, size, date).
_FILE_LISTING = re.compile(
    r"^(?:[0-9]{2}[/.-][0-9]{2}[/.-][0-9]{4}[ \t]+[0-9]{1,2}:[0-9]{2}(?:[ \t]*[AP]M)?[ \t]+[0-9][0-9.,]*"
    r"|[-dl][rwxsStT-]{9}[@+.]?[ \t]+[0-9]+[ \t]+\S+[ \t]+\S+[ \t]+[0-9]+[ \t]+[A-Z][a-z]{2}[ \t]+[0-9]{1,2}"
    r"[ \t]+(?:[0-9]{1,2}:[0-9]{2}|[0-9]{4}))[ \t]+(?=\S)"
)
# A quoted name ending a line after the writer's words: `… in this table: see "Title"`.
_QUOTED_AT_END = re.compile(r"[A-Za-z,:;.][ \t]+[\"“](?P<quoted>[A-Z0-9][^\"“”\n]{8,250})[\"”]?[ \t]*$")
# A label saying where what follows comes from, before a citation: `出处：`, `出典：`, `来源:`.
_SOURCE_LABEL = re.compile(r"^(?:出处|出處|来源|來源|出典|引用元|参考|參考|参考文献)[ \t]*[:：][ \t]*")
_PDF_LINK = re.compile(r"\.pdf(?:$|[?#])", re.IGNORECASE)
# A year in parentheses ending a title as read (`Title (2022)`, before the writer's note).
_YEAR_PAREN_END = re.compile(r"[ \t]*[(（](?:19|20)[0-9]{2}[)）]$")
_MIXED_CASE_NAME = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_FILE_CELL = re.compile(r"(?P<file>[^\t]{1,300}?\.pdf)\t", re.IGNORECASE)
# A file's size in parentheses after its name, as a listing prints it (`(1.4 MB)`, `(1,27 MiB)`, `(2048 bytes)`).
_FILE_SIZE_AT_END = re.compile(
    r"(?<=\.pdf)[ \t]+\([0-9][0-9.,]*[ \t]?(?:[kKMGT]i?B|bytes?|B)\)$", re.IGNORECASE
)
# A PDF's name, quoted when it holds spaces, then a space and the words describing it (a file comment's line).
_DESCRIBED_FILE = re.compile(
    r'(?:"[^"\n]{1,120}\.pdf"|[^\s"/\\]{1,120}\.pdf)[ \t]+(?=[A-Z0-9"“])', re.IGNORECASE
)
_NOTE_FILE_THEN_TITLE = re.compile(
    r"[\w\-./]{1,60}\.md(?:[ \t]{2,}|\t)(?:#{1,3}[ \t]+)?(?P<title>\S[^\t\n]{5,300})"
)
_FILE_THEN_TITLE = re.compile(r"[^\t/\\]{1,120}\.pdf\t+(?P<title>[^\t]{6,300})", re.IGNORECASE)
# A search engine's file link: its kind and the host it is on (`[PDF] arxiv.org`, `(PDF) jmlr.org`).
_FILE_AT_HOST = re.compile(r"[\[(]?(?:PDF|HTML|DOC|PS)[\])]?[ \t]+(?:[\w\-]+\.)+[a-z]{2,}", re.IGNORECASE)


def _is_link_word(label: str) -> bool:
    if _LABEL_WORDS.fullmatch(label) is not None or label.casefold() in {"here", "this", "abs", "pdf"}:
        return True
    if _FILE_AT_HOST.fullmatch(label) is not None:
        return True
    words = label.casefold().split()
    if len(words) <= 6 and _READ_CALL.match(label) is not None:
        return True  # (`Lies den Artikel`, `Lire l'article`, `Read more`: a call to follow the link, in any language)
    # `PDF on arXiv`, `OpenReview forum`, `the paper on arXiv`: where the link goes, in a few words
    return 1 < len(words) <= 5 and all(word.strip(".,:()") in _WHERE_WORDS for word in words)


# A call to read what a link leads to, opening its text, in the digests' languages (`Read more`, `Lies den Artikel`,
# `Lire l'article`, `Leer el artículo`, `Czytaj dalej`).
_READ_CALL = re.compile(
    r"(?:read|läs|les|læs|lees|lue|lies|lire|leer|leggi|ler|czytaj|přečtěte|čítajte|olvasd|citește|oku|читать|"
    r"читайте|читати|baca|đọc)(?![\w'’])",
    re.IGNORECASE,
)


_WHERE_WORDS = frozenset(
    [
        "pdf",
        "on",
        "the",
        "arxiv",
        "openreview",
        "forum",
        "paper",
        "link",
        "here",
        "abs",
        "html",
        "version",
        "full",
        "text",
        "read",
        "page",
        "project",
        "code",
        "view",
        "official",
        "preprint",
        "at",
        "via",
        "in",
        "hf",
        "hugging",
        "face",
        "papers",
        "with",
        "alphaxiv",
        "semantic",
        "scholar",
        # (the same in French, Spanish, Portuguese, Italian and German: `Le papier sur arXiv`, `El artículo en
        # arXiv`, `Das Paper auf arXiv`)
        "le",
        "la",
        "el",
        "il",
        "lo",
        "o",
        "a",
        "das",
        "der",
        "die",
        "sur",
        "en",
        "em",
        "no",
        "na",
        "su",
        "auf",
        "bei",
        "im",
        "papier",
        "article",
        "artículo",
        "artigo",
        "articolo",
        "artikel",
        "texte",
        "texto",
        "testo",
        "volltext",
    ]
)


def _is_paper_or_code(url: str) -> bool:
    return is_paper_page(url) or _CODE_URL.match(url) is not None


def _is_tail_marker(line: str) -> bool:
    """`推荐阅读`, `## Comments`, `往期精彩回顾...`: the page's own content ends here."""
    if line.startswith(("#", "*", "【", "[", "-", "=")):
        line = line.strip("#*【】[]-= \t")
    return bool(line) and _TAIL.match(line) is not None


def _is_chrome(line: str, page_title: str) -> bool:
    """Page furniture inside an entry: image names, `文章图片`, share buttons, the page title repeated."""
    if line == page_title and len(line) > 8:
        return True
    if _IMAGE_NAMES.fullmatch(line) or _CHROME_LINE.fullmatch(line):
        return True
    if _MD_IMAGE.fullmatch(line):
        return True
    return "://" in line and _TRAP_HOST.match(line) is not None and _URL.fullmatch(line) is not None


def _is_link_only(line: str) -> bool:
    """`论文链接:https://...`, `Code: github.com/a/b`, a bare URL: a link and its label, nothing more."""
    if len(line) > 600 or (
        "://" not in line and "www." not in line and ".org/" not in line and ".com/" not in line
    ):
        return False
    residue = _MD_LINK.sub(lambda m: " " if _is_link_word(m.group("label")) else m.group("label"), line)
    residue = _URL.sub(" ", residue)
    residue = _BARE_DOMAIN_URL.sub(" ", residue)
    return len(_LABEL_WORDS.sub("", residue)) <= 2


def _strip_urls(text: str) -> str:
    return _URL.sub(" ", text) if "://" in text or "www." in text else text


def _strip_trap_urls(text: str) -> str:
    """Drop the digest author's weibo / WeChat / zsxq links from a line of summary."""
    if "://" not in text:
        return text
    for host in _TRAP_HOSTS:
        position = text.find(host)
        while position >= 0:
            scheme = text.rfind("http", max(0, position - 24), position)
            start = scheme if scheme >= 0 else position
            end = _URL_REST.match(text, position).end()  # type: ignore[union-attr]  # matches the empty string
            text = (text[:start].rstrip() + " " + text[end:].lstrip()).strip()
            position = text.find(host, start)
    return text


# Where a link to a paper starts: the arXiv id hosts, DOIs and OpenReview.
_PAPER_LINK_HOSTS = (*ID_LINK_HOSTS, "doi.org", "openreview.net")


def _last_url_start(text: str) -> int | None:
    """Where a URL (or a Markdown link) that runs to the end of `text` starts."""
    if "/" not in text and "](" not in text:
        return None  # every URL and link has one
    found: int | None = None
    for match in _URL.finditer(text):
        found = match.start()
    bracket = text.rfind("](")
    if bracket >= 0:
        opening = text.rfind("[", 0, bracket)
        if opening >= 0 and (found is None or opening < found):
            found = opening
    lowered = text.translate(ASCII_LOWER)  # same length as text, so positions agree
    for host in _PAPER_LINK_HOSTS:
        position = lowered.rfind(host)
        if position >= 0 and (found is None or position < found):
            found = position
    return found


def _inside_url(text: str, position: int) -> bool:
    """Is `position` inside a URL or a Markdown link target (its token has `://`, `www.` or `](`)?"""
    window = max(0, position - 300)  # a URL is not longer; never search back through the whole digest
    start = max(
        text.rfind(" ", window, position),
        text.rfind("\n", window, position),
        text.rfind("(", window, position),
    )
    start = max(start, window - 1)
    token = text[start + 1 : position]
    return "://" in token or "www." in token or text[start - 1 : start + 1] == "]("


def _code_url(line: str) -> str | None:
    for match in _CODE_URL.finditer(line):
        owner, repo = match.group("owner"), match.group("repo")
        if owner.casefold() in _NOT_REPO_OWNERS:
            continue
        repo = repo.rstrip(".")
        repo = repo.removesuffix(".git")
        path = (match.group("path") or "").rstrip("/.")
        return f"https://{match.group('host').lower()}/{owner}/{repo}{path}"
    return None


def _sentence_around(text: str, position: int, line_start: int, line_end: int) -> str:
    """The sentence of text[line_start:line_end] around `position`, within a few hundred characters."""
    low, high = max(line_start, position - WINDOW), min(line_end, position + WINDOW)
    start = max(text.rfind(mark, low, position) for mark in "。！？!?；;") + 1 or low
    ends = [text.find(mark, position, high) for mark in "。！？!?；;"]
    end = min((e + 1 for e in ends if e >= 0), default=high)
    return text[max(start, low) : end].strip()


def _bounded(text: str, limit: int = RAW_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _took_subjects(entry: _Entry, line: str) -> bool:
    """Whether `line` is an arXiv `Subjects:` line; it gives the entry its category (the first one wins)."""
    subjects = _SUBJECTS.match(line)
    if subjects is None:
        return False
    entry.category = entry.category or subjects.group("cat")
    return True


def _title_key(title: str | None) -> str:
    return _NOT_KEY.sub("", (title or "").casefold())


def _compatible(kept: _Entry, other: _Entry) -> bool:
    """Two entries with one title are one paper unless their ids disagree."""
    if kept.arxiv_id and other.arxiv_id and kept.arxiv_id != other.arxiv_id:
        return False
    return not (kept.openreview_id and other.openreview_id and kept.openreview_id != other.openreview_id)


def _absorb(kept: _Entry, other: _Entry) -> None:
    kept.lines |= other.lines
    if kept.arxiv_id is None and other.arxiv_id is not None:
        kept.arxiv_id, kept.version, kept.evidence = other.arxiv_id, other.version, other.evidence
    if kept.openreview_id is None and other.openreview_id is not None:
        kept.openreview_id = other.openreview_id
        if kept.evidence is Evidence.TITLE_ONLY:
            kept.evidence = Evidence.OPENREVIEW_LINK
    if other.first_line < kept.first_line:
        kept.first_line, kept.raw = other.first_line, other.raw
    if kept.title is None and other.title is not None:
        kept.reason = other.reason
    for name in ("title", "category", "code_url", "authors", "affiliations"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    if other.summary and other.summary not in kept.summary:
        kept.summary = _bounded((kept.summary + "\n" + other.summary).strip(), SUMMARY_LIMIT)


def _to_reference(entry: _Entry) -> Reference:
    lines = tuple(sorted(index + 1 for index in entry.lines))
    return Reference(
        evidence=entry.evidence,
        line=lines[0],
        raw=entry.raw,
        arxiv_id=entry.arxiv_id,
        version=entry.version,
        openreview_id=entry.openreview_id,
        title=entry.title or None,
        summary=entry.summary,
        authors=entry.authors,
        affiliations=entry.affiliations,
        category=entry.category,
        code_url=entry.code_url,
        lines=lines,
        reason=(entry.reason or (Reason.ID_ONLY if entry.title is None else Reason.SHAPE)).value
        if entry.title or entry.arxiv_id or entry.openreview_id
        else None,
        weak=entry.evidence is Evidence.TITLE_ONLY and entry.reason in WEAK,
    )


def _add_name(
    seen: dict[str, NameMention], name: str, index: int, text: str, position: int, titles: set[str]
) -> None:
    name = name.strip(" -.")
    key = name.casefold()
    if (
        len(name) < 2
        or len(name) > 24
        or key in seen
        or key in _NOT_NICKNAMES
        or _VERSION_TOKEN.fullmatch(name)
    ):
        return
    if titles and _title_key(name) in titles:
        return
    if " " in name and name.split()[0].casefold() in _SMALL_WORDS:
        return
    before = text[max(0, position - 40) : position]
    after = text[position : position + 120]
    raw = (before[before.rfind("\n") + 1 :] + after.split("\n", 1)[0]).strip()  # on the name's own line
    seen[key] = NameMention(name=name, line=index + 1, raw=_bounded(raw, 160))


# --- what the other readers of this package share with this one --------------------------------------------

clean_title = _clean_title
SENTENCE_BETWEEN = _SENTENCE_BETWEEN  # (a sentence's end between two ids on one line)
WRAP_WORDS = _WRAP_WORDS  # (small words a wrapped title's line may end with: `… Optimizations Toward`)
title_strength = _assess  # 0: not a title; 1: a short title next to a link; 2: reads as a paper title
in_another_language = _in_another_language
# Why a work with no id titled in another language is turned down, wherever its title is read.
OTHER_LANGUAGE_WORK = "a work titled in another language than English, with no id"


def titled_in_another_language(title: str) -> bool:
    """Whether a title reads as another language's and not at all as a paper's in English (a magazine's article, a
    book in the writer's language): the papers digests cite are titled in English."""
    return _in_another_language(title) and _assess(title, True) == 0


word_set = _word_set
sentence_case_title = _sentence_case_title
sentence_case_research_title = _sentence_case_research_title
capital_ratio = _capital_ratio
is_author_line = _is_author_line
code_url = _code_url
bounded = _bounded
