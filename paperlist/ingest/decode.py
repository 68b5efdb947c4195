"""Bytes → text: decode a digest whatever its encoding, and read HTML pages as text with their links.

The result always uses `\\n` line ends only, so that line numbers agree however a caller splits the text
(`str.splitlines()` also splits on form feeds, U+2028 and other separators; `decode_digest` turns those into
`\\n` first). A PDF's text loses the page numbers at its page breaks (a form feed's neighbours), so its later
lines number one less for each.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

from paperlist.errors import InputError
from paperlist.ids import find_ids
from paperlist.ingest.abiword import abiword_to_markdown, looks_like_abiword
from paperlist.ingest.amsrefs import amsrefs_to_bibtex, looks_like_amsrefs
from paperlist.ingest.apifile import api_file
from paperlist.ingest.asciicast import asciicast_to_text, looks_like_asciicast
from paperlist.ingest.asciidoc import asciidoc_to_markdown, looks_like_asciidoc
from paperlist.ingest.boxtables import (
    box_tables_to_markdown,
    dashed_tables_to_markdown,
    expanded_records_to_fields,
    looks_like_box_tables,
    looks_like_dashed_tables,
    looks_like_expanded_records,
)
from paperlist.ingest.cdl import cdl_to_text, looks_like_cdl
from paperlist.ingest.cfhtml import cf_html_page, looks_like_cf_html
from paperlist.ingest.chatlog import (
    looks_like_tab_chat,
    looks_like_zoom_chat,
    tab_chat_to_text,
    zoom_chat_to_text,
)
from paperlist.ingest.cherrytree import cherrytree_to_markdown, looks_like_cherrytree
from paperlist.ingest.columns import (
    columns_to_text,
    looks_like_columns,
    without_figures_column,
    without_page_breaks,
)
from paperlist.ingest.comments import comments_as_text
from paperlist.ingest.conllu import conllu_to_text, looks_like_conllu
from paperlist.ingest.crossref import crossref_to_markdown, looks_like_crossref
from paperlist.ingest.cuesheet import cue_sheet_to_json, looks_like_cue_sheet
from paperlist.ingest.datajson import (
    aligned_records_to_json,
    bigquery_to_json,
    buku_to_json,
    columnar_json_to_json,
    csv_with_json_to_json,
    gremlin_to_json,
    hbase_shell_to_json,
    json_log_to_json,
    logfmt_to_json,
    looks_like_aligned_records,
    looks_like_bigquery_rows,
    looks_like_buku,
    looks_like_columnar_json,
    looks_like_csv_with_json,
    looks_like_gremlin,
    looks_like_hbase_shell,
    looks_like_json_log,
    looks_like_logfmt,
    looks_like_lua_data,
    looks_like_recfile,
    looks_like_sparql_results,
    looks_like_sql_dump,
    looks_like_tab_list,
    looks_like_toml,
    looks_like_toon,
    looks_like_typed_values,
    lua_to_json,
    recfile_to_json,
    repair_escaped_utf8,
    sparql_to_json,
    sql_dump_to_json,
    tab_list_to_json,
    toml_to_json,
    toon_to_json,
    typed_values_to_json,
    with_embedded_json,
)
from paperlist.ingest.debchangelog import debian_changelog_to_markdown, looks_like_debian_changelog
from paperlist.ingest.dif import dif_to_csv, looks_like_dif
from paperlist.ingest.disqus import disqus_to_markdown, looks_like_disqus
from paperlist.ingest.dita import dita_to_html, looks_like_dita
from paperlist.ingest.docbook import docbook_to_html, looks_like_docbook
from paperlist.ingest.dokuwiki import (
    dokuwiki_to_markdown,
    looks_like_dokuwiki,
    looks_like_zim,
    zim_to_markdown,
)
from paperlist.ingest.dotclear import dotclear_to_html, looks_like_dotclear
from paperlist.ingest.downloadlist import download_list_to_markdown, looks_like_download_list
from paperlist.ingest.drawio import drawio_to_markdown, looks_like_drawio
from paperlist.ingest.evernote import enex_to_html, looks_like_enex
from paperlist.ingest.extract.bbcode import bbcode_to_markdown, looks_like_bbcode
from paperlist.ingest.extract.document import sniff
from paperlist.ingest.extract.markup import inline_html_to_markdown, markdown_link
from paperlist.ingest.extract.xmlhead import XML_PROLOGUE
from paperlist.ingest.fictionbook import fictionbook_to_html, looks_like_fictionbook
from paperlist.ingest.fieldrecords import titled_field_records
from paperlist.ingest.filemaker import filemaker_to_markdown, looks_like_filemaker
from paperlist.ingest.fits import fits_header_to_text, looks_like_fits_header
from paperlist.ingest.fixedwidth import fixed_width_to_markdown, looks_like_fixed_width
from paperlist.ingest.fossil import fossil_wiki_to_page, looks_like_fossil_wiki
from paperlist.ingest.foswiki import foswiki_to_markdown, looks_like_foswiki
from paperlist.ingest.ganttproject import ganttproject_to_markdown, looks_like_ganttproject
from paperlist.ingest.gemtext import gemtext_to_markdown, looks_like_gemtext
from paperlist.ingest.gift import gift_to_markdown, looks_like_gift
from paperlist.ingest.gmailapi import gmail_message_bytes
from paperlist.ingest.gnumeric import gnumeric_to_markdown, looks_like_gnumeric
from paperlist.ingest.gopher import gopher_menu_to_text, looks_like_gopher_menu
from paperlist.ingest.graphml import graphml_to_json, looks_like_graphml
from paperlist.ingest.graphviz import dot_to_markdown, looks_like_dot
from paperlist.ingest.halibut import halibut_to_markdown, looks_like_halibut
from paperlist.ingest.haml import haml_to_markdown, looks_like_haml
from paperlist.ingest.hocon import hocon_to_json, looks_like_hocon
from paperlist.ingest.hwpml import hwpml_to_markdown, looks_like_hwpml
from paperlist.ingest.icalendar import icalendar_to_markdown, looks_like_icalendar, unfold
from paperlist.ingest.icml import icml_to_html, looks_like_icml
from paperlist.ingest.info import info_to_markdown, looks_like_info
from paperlist.ingest.inifile import ini_comments, ini_to_json, looks_like_ini
from paperlist.ingest.jira import jira_to_markdown, looks_like_jira
from paperlist.ingest.joplin import jex_to_markdown, looks_like_jex
from paperlist.ingest.jsliteral import js_output_to_json, looks_like_js_output
from paperlist.ingest.jspwiki import jspwiki_to_markdown, looks_like_jspwiki
from paperlist.ingest.latexinline import latex_inline_to_text, looks_like_latex
from paperlist.ingest.leo import leo_to_markdown, looks_like_leo
from paperlist.ingest.lispdata import lisp_data_to_json, looks_like_lisp_data
from paperlist.ingest.livejournal import livejournal_to_html, looks_like_livejournal
from paperlist.ingest.lyx import looks_like_lyx, lyx_to_markdown
from paperlist.ingest.maple import looks_like_maple, maple_to_markdown
from paperlist.ingest.marc import looks_like_marc, marc_to_json
from paperlist.ingest.markdoc import looks_like_markdoc, markdoc_to_markdown
from paperlist.ingest.mathematica import looks_like_notebook, notebook_to_markdown
from paperlist.ingest.mif import looks_like_mif, mif_to_markdown
from paperlist.ingest.mindmap import (
    jsmind_to_markdown,
    looks_like_mindmap,
    mindmap_to_markdown,
    xmind_to_markdown,
)
from paperlist.ingest.mjml import looks_like_mjml, mjml_to_html
from paperlist.ingest.myst import looks_like_myst, myst_to_markdown
from paperlist.ingest.noteexpress import looks_like_noteexpress, noteexpress_to_refer
from paperlist.ingest.octave import looks_like_octave_text, octave_text_to_text
from paperlist.ingest.office import (
    epub_html,
    flat_odf_to_markdown,
    looks_like_flat_odf,
    office_kind,
    office_to_markdown,
)
from paperlist.ingest.okular import looks_like_okular, okular_to_text
from paperlist.ingest.opml import looks_like_opml, opml_to_markdown
from paperlist.ingest.patch import looks_like_patch, patch_to_text
from paperlist.ingest.pdf import pdf_to_text
from paperlist.ingest.pdftk import looks_like_pdftk, pdftk_to_markdown
from paperlist.ingest.phpdump import looks_like_var_dump, var_dump_to_json
from paperlist.ingest.phpserial import looks_like_php_serialized, php_serialized_to_json
from paperlist.ingest.plantuml import looks_like_plantuml, plantuml_to_markdown
from paperlist.ingest.plist import looks_like_plist, plist_to_json
from paperlist.ingest.pmwiki import looks_like_pmwiki, pmwiki_to_markdown
from paperlist.ingest.pollen import looks_like_pollen, pollen_to_markdown
from paperlist.ingest.postscript import looks_like_postscript, postscript_to_text
from paperlist.ingest.properties import looks_like_properties, properties_to_json
from paperlist.ingest.pug import looks_like_pug, pug_to_markdown
from paperlist.ingest.pukiwiki import looks_like_pukiwiki, pukiwiki_to_markdown
from paperlist.ingest.pynotebook import looks_like_notebook_source, notebook_source_to_markdown
from paperlist.ingest.pyrepr import (
    grouped_by_worker,
    has_python_records,
    looks_like_pretty_printed,
    pretty_printed_to_json,
    python_records_as_lines,
    without_log_prefixes,
    without_process_prefixes,
    without_time_sheet_prefixes,
)
from paperlist.ingest.rd import looks_like_rd, rd_to_markdown
from paperlist.ingest.rdput import dput_frames_to_markdown, has_dput_frame
from paperlist.ingest.refworks import looks_like_refworks, refworks_to_refer
from paperlist.ingest.regfile import looks_like_reg, reg_to_json
from paperlist.ingest.remarkup import looks_like_remarkup, remarkup_to_markdown
from paperlist.ingest.resp import aof_to_json, looks_like_aof
from paperlist.ingest.roff import looks_like_roff, roff_to_markdown
from paperlist.ingest.rtf import looks_like_rtf, rtf_to_markdown
from paperlist.ingest.sagews import looks_like_sagews, sagews_to_text
from paperlist.ingest.scim import looks_like_scim, scim_to_markdown
from paperlist.ingest.scrapbox import looks_like_scrapbox, scrapbox_to_markdown
from paperlist.ingest.scribus import looks_like_scribus, scribus_to_markdown
from paperlist.ingest.sfeed import looks_like_sfeed, sfeed_to_html
from paperlist.ingest.shellhistory import looks_like_shell_history, shell_history_to_text
from paperlist.ingest.sile import looks_like_sile, sile_to_markdown
from paperlist.ingest.siyuan import looks_like_siyuan, siyuan_to_markdown
from paperlist.ingest.smcl import looks_like_smcl, smcl_to_markdown
from paperlist.ingest.socialcalc import looks_like_socialcalc, socialcalc_to_markdown
from paperlist.ingest.sources import ARCHIVE_ASSIGNMENT, MAX_DIGEST_BYTES
from paperlist.ingest.spreadsheetml import looks_like_spreadsheetml, spreadsheetml_to_markdown
from paperlist.ingest.stackexchange import looks_like_stackexchange, stackexchange_to_html
from paperlist.ingest.subtitles import looks_like_subtitles, subtitles_to_text
from paperlist.ingest.svnlog import looks_like_svn_log, svn_log_to_text
from paperlist.ingest.sxml import looks_like_sxml, sxml_to_html
from paperlist.ingest.sylk import looks_like_sylk, sylk_to_csv
from paperlist.ingest.texinfo import looks_like_texinfo, texinfo_to_markdown
from paperlist.ingest.texmacs import looks_like_texmacs, texmacs_to_markdown
from paperlist.ingest.textdump import looks_like_text_dump, text_dump_to_markdown
from paperlist.ingest.tiddlywiki import looks_like_tiddlers, tiddlers_to_json
from paperlist.ingest.tomboy import looks_like_tomboy, tomboy_to_markdown
from paperlist.ingest.treepad import looks_like_treepad, treepad_to_text
from paperlist.ingest.twtxt import looks_like_twtxt, twtxt_to_text
from paperlist.ingest.txt2tags import looks_like_txt2tags, txt2tags_to_markdown
from paperlist.ingest.typst import looks_like_typst, typst_to_markdown
from paperlist.ingest.unstructured import looks_like_unstructured, unstructured_to_markdown
from paperlist.ingest.viminfo import looks_like_viminfo, viminfo_to_text
from paperlist.ingest.warc import looks_like_warc, warc_documents
from paperlist.ingest.wikidot import looks_like_wikidot, wikidot_to_markdown
from paperlist.ingest.wikitext import looks_like_wikitext, wikitext_to_markdown
from paperlist.ingest.wordbib import looks_like_word_sources, word_sources_to_json
from paperlist.ingest.wordml import looks_like_wordml, wordml_to_html
from paperlist.ingest.wos import looks_like_wos, wos_to_refer
from paperlist.ingest.xfdf import looks_like_xfdf, xfdf_to_markdown
from paperlist.ingest.xliff import looks_like_xliff, xliff_to_markdown
from paperlist.ingest.xmlrecords import looks_like_xml_records, xml_records_to_json
from paperlist.ingest.xmlrpc import looks_like_xmlrpc, xmlrpc_to_json
from paperlist.ingest.xwiki import looks_like_xwiki, xwiki_to_markdown
from paperlist.rawtext import ESCAPE_SEQUENCES
from paperlist.shapes import Shape

if TYPE_CHECKING:
    from email.message import EmailMessage

    from selectolax.lexbor import LexborHTMLParser, LexborNode


# An HTTP answer as a command line prints it (`curl -i`, HTTPie): maybe the command, a status line, its headers, a
# blank line, then a body that opens as JSON does
_RESPONSE_HEAD = re.compile(
    r"(?:[^\n]{0,300}\b(?:curl|http|https|xh|wget)\b[^\n]*\r?\n)?HTTP/[0-9](?:\.[0-9])? [0-9]{3}\b[^\n]*\r?\n"
    r"(?:[A-Za-z0-9-]+:[^\n]*\r?\n){1,80}\r?\n(?=[ \t\r\n]*[\[{])"
)

_SKIP_HINT = "leave it out of the digest folder, or save it as UTF-8 text"

# File signatures of formats people keep next to their digests (images, archives, databases; a PDF is read).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = ("\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
# Spaces that text copied from a web page or a word processor carries in place of plain ones (no-break, narrow
# no-break, thin, en, em, figure spaces): `arXiv:\u00a02305.11206` and `Title:\u00a0...` are read as typed. The
# ideographic space (U+3000) is left: it is how Chinese and Japanese text indents and spaces itself.
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f]")
_TRAILING_SPACES = re.compile(r"[ \t]+(?=\n)")
# A full-width colon typed between English words (a Chinese keyboard's: `InstantID：Zero-shot ...`) is the
# title's own colon; beside Chinese text (`论文标题：`) it is left as written.
# (the colon first, its letter before it looked at after: a search for the literal, not at every position)
_LATIN_COLON = re.compile(r"：(?<=[A-Za-z0-9)]：)[ \t]*(?=[A-Za-z0-9(])")
# Other languages' quotation marks around a title (`«Title»`, `« Title »`, `„Title“`, `»Title«`, `‹Title›`) as the
# curly quotes the readers know (`“Title”`): a title quoted in Russian, French or German is quoted all the same.
_OTHER_QUOTES = re.compile(
    r"«[ \t]?(?P<a>[^«»\n]{1,300}?)[ \t]?»|„(?P<b>[^„“”\n]{1,300}?)[“”]|»(?P<c>[^«»\n]{1,300}?)«"
    r"|‹[ \t]?(?P<d>[^‹›\n]{1,300}?)[ \t]?›"
)
# A link carried inside another one, percent-encoded (a mail's tracking link: `...&url=https%3A%2F%2Farxiv.org
# %2Fabs%2F2006.03656`): decoded, it is the link it leads to.
# A redirecting link whose target is one of its parameters, written plainly (Google Alerts' and search results'
# `https://www.google.com/url?rct=j&sa=t&url=https://…&ct=ga&…`): the target is where it goes.
_REDIRECT_URL = re.compile(
    r"https?://[^\s<>\"'()\[\]?]+/(?:url|link|redirect|out|r)\?(?:[^\s<>\"'()\[\]]*?&)?(?:url|q|u|target|dest)="
    r"(?P<target>https?://[^\s&<>\"'()\[\]]+)[^\s<>\"'()\[\]]*"
)
# A tracking link carrying its target in Base64 (standard or URL-safe), which always opens `aHR0c` (`http`).
_BASE64_REDIRECT_URL = re.compile(
    r"https?://[^\s<>\"'()\[\]]+?[=/](?P<target>aHR0c[A-Za-z0-9+/_\-]{8,}={0,2})(?![A-Za-z0-9+/_\-=])[^\s<>\"'()\[\]]*"
)


def _base64_target(match: re.Match[str]) -> str:
    """The link a tracking link's Base64 carries, or the tracking link as it is when that is no link."""
    import base64  # (only for such links: decoding every digest stays light)
    import binascii

    token = match.group("target").rstrip("=")
    try:
        target = base64.b64decode(
            token.replace("-", "+").replace("_", "/") + "=" * (-len(token) % 4), validate=True
        ).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return match.group(0)
    if _PLAIN_URL.fullmatch(target) is None:
        return match.group(0)
    return target


_PLAIN_URL = re.compile(r"https?://[!-~]+")
_ENCODED_URL = re.compile(r"https?%3A%2F%2F[A-Za-z0-9.\-]+(?:%2F[^\s&\"'<>()\[\]]*)?", re.IGNORECASE)
_PLAIN_SPACES = str.maketrans(dict.fromkeys([0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F], " "))
_COMMON_CHINESE = re.compile("[的是了在和有不这一我们为中，。、：；“”（）]")
_GB_FAMILY = frozenset({"gbk", "gb2312", "hz", "gb18030"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_digest(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding label) for the bytes of a digest named `name`.

    Raise InputError, naming the file, for a binary file, a file over 20 MB, bytes that no supported
    encoding (UTF-8, GB18030/GBK, UTF-16/32 with a BOM) reads, or a document nested deeper than its readers
    go (a note or a page of thousands of elements one inside the other: made to break a reader, not to read).
    """
    try:
        return _decoded_digest(data, name)
    except RecursionError as error:
        raise InputError(f"{name} is nested too deeply to be read", _SKIP_HINT) from error


def _decoded_digest(data: bytes, name: str) -> tuple[str, str]:
    """`decode_digest`'s work."""
    if len(data) > MAX_DIGEST_BYTES:
        raise InputError(
            f"{name} is {len(data) / 1024 / 1024:.0f} MB, too large to be a digest (the limit is 20 MB)",
            _SKIP_HINT,
        )
    if data.startswith(b"\x1f\x8b") and (inner := _gunzipped(data)) is not None:
        # (a file gzip-compressed, as Gnumeric saves its workbooks and `notes.md.gz` is: read as what it holds)
        return decode_digest(inner, name[:-3] if name.casefold().endswith(".gz") else name)
    if data.startswith(b"From ") and (messages := _mbox_text(data)) is not None:
        return repair_markdown_links(resolve_reference_links(_normalise_text(messages))), "html/mbox"
    if b"\nFrom " in data[:200_000] and (session := _mail_session_text(data)) is not None:
        return repair_markdown_links(resolve_reference_links(_normalise_text(session))), "html/mbox"
    # (a file as GitHub's or GitLab's API gives it, its bytes in base64: read as that file, by its own name)
    held = api_file(data) if data[:1] in (b"{", b" ", b"\n", b"\xef") else None
    if held is not None and held[0]:
        inner, inner_name = held
        text, label = decode_digest(inner, inner_name)
        markdown = inner_name.casefold().endswith((".md", ".markdown", ".mdx")) and not label.startswith(
            "html/"
        )
        return text, f"api-md/{label}" if markdown else label
    # (a message as the Gmail API gives it: the email it holds, when it holds one)
    gmail = gmail_message_bytes(data) if data[:1] in (b"{", b" ", b"\n", b"\xef") else None
    mail = (_mail_body(gmail) if gmail is not None else None) or _mail_body(data)
    if mail is not None:
        headers, body, is_html, charset, forwarded = mail
        text = html_to_text(_normalise_text(body)) if is_html else body
        text = _normalise_text(headers + text + forwarded)
        label = f"html/mail/{charset}" if is_html else f"mail/{charset}"  # (`html/`: read as a page)
        return repair_markdown_links(resolve_reference_links(text)), label
    if data.startswith(b"PK\x03\x04") and (kind := office_kind(data)) is not None:
        # (an office document or an e-book: a ZIP of XML parts; an e-book's are XHTML pages)
        document = epub_html(data) if kind == "epub" else office_to_markdown(data)
        if document is None:
            article = "an" if kind[:1] in "aeiox" else "a"  # (an xlsx, an odt; a docx, a pptx)
            raise InputError(
                f"{name} is {article} {kind} document that cannot be read (damaged?)", _SKIP_HINT
            )
        if kind == "epub":
            return html_to_text(_normalise_text(document)), "html/epub"
        return repair_markdown_links(_normalise_text(document)), kind
    if looks_like_jex(data, name) and (notes := jex_to_markdown(data)) is not None:
        return repair_markdown_links(_normalise_text(notes)), "jex"  # (a Joplin export: its notes)
    if data.startswith(b"PK\x03\x04") and (topics := xmind_to_markdown(data)) is not None:
        return repair_markdown_links(_normalise_text(topics)), "xmind"  # (a mind map's workbook: its sheets)
    if looks_like_warc(data) and (documents := warc_documents(data)):
        return repair_markdown_links(_archived_pages(documents, name)), "html/warc"  # (a web archive's pages)
    if data.startswith(b"%PDF-"):
        pages = pdf_to_text(data)
        if pages is None:
            raise InputError(
                f"{name} is a PDF that cannot be read (damaged, or locked with a password?)", _SKIP_HINT
            )
        return repair_markdown_links(_normalise_text(pages)), "pdf"
    if data.startswith(b"{\\rtf"):
        data = data.rstrip(b"\x00")  # (WordPad ends its files with a NUL)
    text, encoding = _decode(data, name)
    if text.startswith(")]}'"):
        # (Gerrit's REST API, and Google's, guard their JSON with `)]}'` on a line before it: the JSON is the rest)
        text = text.partition("\n")[2]
    if "HTTP/" in text[:2000] and (answered := _RESPONSE_HEAD.match(text)) is not None:
        # (`curl -i`'s or HTTPie's answer, maybe under the command typed: its status line and headers, a blank
        # line, then the JSON it was asked for, which is the rest)
        text = text[answered.end() :]
    if looks_like_rtf(text):  # (its escapes say which characters it holds: converted before anything else)
        return repair_markdown_links(_normalise_text(rtf_to_markdown(text))), f"rtf/{encoding}"
    if looks_like_lyx(text, name) and (page := lyx_to_markdown(text)) is not None:
        # (a LyX document: the page it typesets; read before the text is normalised, as a line's spaces at its
        # ends are the words' own)
        return repair_markdown_links(_normalise_text(page)), f"lyx/{encoding}"
    if looks_like_icalendar(text):
        text = unfold(text)  # (first: a folded line's last space is the content's)
    text = _normalise_text(text)
    if ("◊" in text or text.startswith("#lang")) and looks_like_pollen(text, name):
        # (a Pollen or Scribble page; before a `.pm` file's comments are read as Perl's)
        return repair_markdown_links(pollen_to_markdown(text)), f"md/pollen/{encoding}"
    text = comments_as_text(
        text, name, read_elsewhere=looks_like_notebook_source(text, name) or looks_like_lua_data(text, name)
    )
    if "{" in text and looks_like_myst(text):
        text = myst_to_markdown(text)  # (Jupyter Book's directives: their content read, their marks not)
    if "{%" in text and looks_like_markdoc(text):
        text = markdoc_to_markdown(text)  # (Markdoc's tags: their content read, a table as a table)
    if (archived := ARCHIVE_ASSIGNMENT.match(text)) is not None:
        # An X (Twitter) archive's `data/tweets.js`: JSON assigned to a variable, read as the JSON it is (the
        # assignment is left out of its first line, so every line keeps its number).
        return text[archived.end() :], f"json/x-archive/{encoding}"
    if looks_like_crossref(text) and (works := crossref_to_markdown(text)) is not None:
        return works, f"crossref/{encoding}"  # (an API's answer: the works it describes, and what they cite)
    if looks_like_drawio(text, name) and (boxes := drawio_to_markdown(text)) is not None:
        return repair_markdown_links(boxes), f"drawio/{encoding}"  # (a diagram: its boxes as a list)
    if looks_like_dot(text, name) and (nodes := dot_to_markdown(text)) is not None:
        return repair_markdown_links(nodes), f"dot/{encoding}"  # (a Graphviz map: its nodes as a list)
    if looks_like_plantuml(text, name) and (outline := plantuml_to_markdown(text)) is not None:
        return repair_markdown_links(
            outline
        ), f"puml/{encoding}"  # (a PlantUML mind map: its nodes as a list)
    if looks_like_text_dump(text) and (page := text_dump_to_markdown(text)) is not None:
        return repair_markdown_links(page), f"textdump/{encoding}"  # (a text browser's dump of a page)
    if looks_like_disqus(text) and (threads := disqus_to_markdown(text)) is not None:
        return repair_markdown_links(threads), f"disqus/{encoding}"  # (a site's comments: a block each)
    if looks_like_xfdf(text, name) and (comments := xfdf_to_markdown(text)) is not None:
        return repair_markdown_links(comments), f"xfdf/{encoding}"  # (a PDF's comments: a paragraph each)
    if looks_like_patch(text, name) and (changed := patch_to_text(text)) is not None:
        return repair_markdown_links(changed), f"patch/{encoding}"  # (a patch: its message and added text)
    if looks_like_rd(text, name) and (page := rd_to_markdown(text)) is not None:
        return repair_markdown_links(page), f"rd/{encoding}"  # (an R package's help page)
    if looks_like_scrapbox(text) and (pages := scrapbox_to_markdown(text)) is not None:
        return repair_markdown_links(pages), f"scrapbox/{encoding}"  # (a wiki project's export: its pages)
    if looks_like_pdftk(text):
        return pdftk_to_markdown(text), f"pdftk/{encoding}"  # (a PDF's outline: its bookmarks as a list)
    if looks_like_texinfo(text, name):
        return repair_markdown_links(
            texinfo_to_markdown(text)
        ), f"texinfo/{encoding}"  # (a GNU manual's source)
    if text.lstrip("\ufeff").startswith("%%tana%%"):
        # (Tana Paste: a Markdown outline under its marker line, fields as `Name:: value`, tags as `#tag`)
        return text.lstrip("\ufeff").replace("%%tana%%", "", 1), f"tana/{encoding}"
    if looks_like_plist(text) and (listed := plist_to_json(text)) is not None:
        return listed, f"json/plist/{encoding}"  # (Safari's bookmarks and Reading List: their records)
    if looks_like_asciicast(text) and (screen := asciicast_to_text(text)) is not None:
        return (
            screen,
            f"asciicast/{encoding}",
        )  # (a terminal session asciinema recorded: what its screen showed)
    if looks_like_download_list(text):
        return download_list_to_markdown(text), f"downloads/{encoding}"  # (aria2's input: a download an item)
    if looks_like_graphml(text, name) and (nodes := graphml_to_json(text)) is not None:
        return (
            nodes,
            f"json/graphml/{encoding}",
        )  # (a graph drawn in Gephi or yEd: its nodes' data as records)
    if looks_like_tiddlers(text) and (tiddlers := tiddlers_to_json(text)) is not None:
        return tiddlers, f"json/tiddlywiki/{encoding}"  # (a wiki's tiddlers: their wikitext as Markdown)
    if looks_like_unstructured(text) and (page := unstructured_to_markdown(text)) is not None:
        return repair_markdown_links(page), f"elements/{encoding}"  # (a partitioner's elements of a PDF)
    if _JSON_START.match(text) is not None:
        text = repair_escaped_utf8(text)  # (Facebook's exports: UTF-8 bytes escaped one by one)
        if (expanded := with_embedded_json(text)) is not None:
            if looks_like_columnar_json(expanded) and (rows := columnar_json_to_json(expanded)) is not None:
                return rows, f"json/columns/{encoding}"  # (and its rows given as lists of cells: see below)
            return expanded, f"json/embedded/{encoding}"  # (a HAR's response bodies: JSON inside its strings)
        if looks_like_sparql_results(text) and (rows := sparql_to_json(text)) is not None:
            return rows, f"json/sparql/{encoding}"  # (a query's results: a row a record)
        if looks_like_typed_values(text) and (records := typed_values_to_json(text)) is not None:
            return records, f"json/typed-values/{encoding}"  # (kintone's records: each field its value)
        if looks_like_bigquery_rows(text) and (rows := bigquery_to_json(text)) is not None:
            return rows, f"json/bigquery/{encoding}"  # (BigQuery's rows, named by its schema: a row a record)
        if looks_like_columnar_json(text) and (rows := columnar_json_to_json(text)) is not None:
            return rows, f"json/columns/{encoding}"  # (rows as cells, named by their columns: a row a record)
    if looks_like_toon(text) and (toon := toon_to_json(text)) is not None:
        return toon, f"json/toon/{encoding}"  # (TOON: a list's rows under its header of fields, as objects)
    if looks_like_sql_dump(text, name) and (tables := sql_dump_to_json(text)) is not None:
        return tables, f"json/sql/{encoding}"  # (a database's dump: its tables' rows as records)
    if looks_like_lua_data(text, name) and (table := lua_to_json(text)) is not None:
        return table, f"json/lua/{encoding}"  # (KOReader's book metadata, a Lua table of data)
    if looks_like_csv_with_json(text, name) and (logged := csv_with_json_to_json(text)) is not None:
        return logged, f"json/csv-json/{encoding}"  # (a log search's export: a row's JSON cell its record)
    if looks_like_gremlin(text) and (vertices := gremlin_to_json(text)) is not None:
        return vertices, f"json/gremlin/{encoding}"  # (a Gremlin console's session: the vertices it shows)
    if looks_like_sxml(text) and (sxml := sxml_to_html(text)) is not None:
        return html_to_text(sxml), f"html/sxml/{encoding}"  # (a Haunt post's SXML: the page it renders)
    if looks_like_lisp_data(text) and (lisp := lisp_data_to_json(text)) is not None:
        return lisp, f"json/lisp/{encoding}"  # (EDN, a notmuch S-expression: its maps and lists as JSON)
    if looks_like_tab_list(text):
        return tab_list_to_json(
            text
        ), f"json/tabs/{encoding}"  # (OneTab's export: a browser's tabs, a line each)
    if looks_like_buku(text) and (bookmarks := buku_to_json(text)) is not None:
        return bookmarks, f"json/buku/{encoding}"  # (buku's bookmarks: title, link, comment and tags each)
    if looks_like_hbase_shell(text) and (rows := hbase_shell_to_json(text)) is not None:
        return rows, f"json/hbase/{encoding}"  # (an HBase shell session: the rows its commands show or write)
    if looks_like_json_log(text) and (logged := json_log_to_json(text)) is not None:
        return logged, f"json/log/{encoding}"  # (a structured log: each line's JSON object, on its line)
    if looks_like_logfmt(text) and (logged := logfmt_to_json(text)) is not None:
        return logged, f"json/logfmt/{encoding}"  # (a service's log of `key=value` pairs: a line a record)
    if looks_like_recfile(text, name) and (records := recfile_to_json(text)) is not None:
        return records, f"json/recutils/{encoding}"  # (a GNU recutils database: its records)
    if looks_like_hocon(text, name) and (configured := hocon_to_json(text)) is not None:
        return configured, f"json/hocon/{encoding}"  # (a HOCON `application.conf`: its objects as JSON)
    if looks_like_toml(name) and (spelled := toml_to_json(text)) is not None:
        return spelled, f"json/toml/{encoding}"  # (a static site's data file: its tables as records)
    if looks_like_aligned_records(text) and (reported := aligned_records_to_json(text)) is not None:
        return reported, f"json/aligned/{encoding}"  # (a link checker's report: `URL  …` / `Name  …` records)
    if looks_like_sagews(text):
        return repair_markdown_links(sagews_to_text(text)), f"md/sagews/{encoding}"  # (a SageMath worksheet)
    if looks_like_notebook_source(text, name):
        return repair_markdown_links(notebook_source_to_markdown(text)), f"notebook-source/{encoding}"
    if name.casefold().endswith(".ipynb"):
        cells = notebook_markdown(text)
        if cells is not None:
            return repair_markdown_links(resolve_reference_links(cells)), f"ipynb/{encoding}"
    if looks_like_ganttproject(text) and (plan := ganttproject_to_markdown(text)) is not None:
        return repair_markdown_links(plan), f"gan/{encoding}"  # (a GanttProject plan: its tasks as a list)
    if looks_like_xliff(text) and (translated := xliff_to_markdown(text)) is not None:
        return repair_markdown_links(translated), f"xliff/{encoding}"  # (a translation file: its sources)
    if looks_like_xwiki(text):
        return repair_markdown_links(xwiki_to_markdown(text)), f"xwiki/{encoding}"  # (an XWiki page's source)
    if looks_like_wikidot(text, name):
        return repair_markdown_links(wikidot_to_markdown(text)), f"wikidot/{encoding}"  # (a Wikidot page)
    if looks_like_remarkup(text, name):
        return repair_markdown_links(remarkup_to_markdown(text)), f"remarkup/{encoding}"  # (Phabricator's)
    if looks_like_jspwiki(text, name):
        return repair_markdown_links(jspwiki_to_markdown(text)), f"jspwiki/{encoding}"  # (a JSPWiki page)
    if looks_like_pmwiki(text, name):
        return repair_markdown_links(pmwiki_to_markdown(text)), f"pmwiki/{encoding}"  # (a PmWiki page)
    if looks_like_roff(text, name):
        return repair_markdown_links(roff_to_markdown(text)), f"roff/{encoding}"  # (groff -ms, a man page)
    if looks_like_txt2tags(text, name):
        return repair_markdown_links(txt2tags_to_markdown(text)), f"t2t/{encoding}"  # (a txt2tags source)
    if looks_like_abiword(text) and (document := abiword_to_markdown(text)) is not None:
        return repair_markdown_links(document), f"abiword/{encoding}"  # (an AbiWord document)
    if text[:400].find("<Worksheet") >= 0 and looks_like_maple(text) and (sheet := maple_to_markdown(text)):
        # (a Maple worksheet: its text, not its code)
        return repair_markdown_links(sheet), f"maple/{encoding}"
    if looks_like_gopher_menu(text):
        return repair_markdown_links(
            gopher_menu_to_text(text)
        ), f"gopher/{encoding}"  # (a Gopher menu, a phlog)
    if looks_like_postscript(text) and (printed := postscript_to_text(text)) is not None:
        return printed, f"postscript/{encoding}"  # (a printout: the lines it prints)
    if looks_like_flat_odf(text) and (document := flat_odf_to_markdown(text)) is not None:
        return repair_markdown_links(
            document
        ), f"fodf/{encoding}"  # (LibreOffice's Flat XML: .fodt .fods .fodp)
    if looks_like_foswiki(text):
        return repair_markdown_links(
            foswiki_to_markdown(text)
        ), f"foswiki/{encoding}"  # (a Foswiki/TWiki topic)
    if looks_like_cherrytree(text) and (nodes := cherrytree_to_markdown(text)) is not None:
        return repair_markdown_links(nodes), f"cherrytree/{encoding}"  # (a CherryTree notebook: its nodes)
    if looks_like_leo(text) and (outline := leo_to_markdown(text)) is not None:
        return repair_markdown_links(outline), f"leo/{encoding}"  # (a Leo outline: its tree as a list)
    if looks_like_fossil_wiki(text) and (wiki := fossil_wiki_to_page(text)) is not None:
        page, markdown = wiki  # (a Fossil wiki artifact: its page, Markdown or HTML)
        if markdown:
            return repair_markdown_links(page), f"md/fossil/{encoding}"
        return html_to_text(page), f"html/fossil/{encoding}"
    if looks_like_okular(text) and (notes := okular_to_text(text)) is not None:
        return notes, f"okular/{encoding}"  # (Okular's annotations of a PDF: the notes they hold)
    if looks_like_svn_log(text) and (log := svn_log_to_text(text)) is not None:
        return log, f"svn-log/{encoding}"  # (Subversion's log: its commits' messages)
    if text[:1] in "#2" and looks_like_twtxt(text) and (posts := twtxt_to_text(text)) is not None:
        return repair_markdown_links(posts), f"twtxt/{encoding}"  # (a twtxt feed: a paragraph a post)
    if "\\begin" in text and looks_like_sile(text, name):
        return repair_markdown_links(
            sile_to_markdown(text)
        ), f"md/sile/{encoding}"  # (a SILE document's page)
    if (text[:1] == "\\" or name.casefold().endswith(".but")) and looks_like_halibut(text, name):
        return repair_markdown_links(
            halibut_to_markdown(text)
        ), f"md/halibut/{encoding}"  # (a Halibut manual)
    if text[:1] == "#" and looks_like_octave_text(text) and (saved := octave_text_to_text(text)) is not None:
        return (
            saved,
            f"md/octave/{encoding}",
        )  # (GNU Octave's saved variables: its strings, its tables a row a line)
    if text[:3] == "///" and looks_like_dotclear(text) and (blog := dotclear_to_html(text)) is not None:
        return html_to_text(blog), f"html/dotclear/{encoding}"  # (a Dotclear blog's backup: its posts' page)
    if looks_like_haml(text, name):
        return repair_markdown_links(
            haml_to_markdown(text)
        ), f"md/haml/{encoding}"  # (a Haml template's page)
    if looks_like_pug(text, name):
        return repair_markdown_links(pug_to_markdown(text)), f"md/pug/{encoding}"  # (a Pug template's page)
    if "\x1f" in text and looks_like_info(text):
        return repair_markdown_links(
            info_to_markdown(text)
        ), f"md/info/{encoding}"  # (a GNU Info manual's nodes)
    if looks_like_properties(text, name) and (entries := properties_to_json(text)) is not None:
        return (
            entries,
            f"json/properties/{encoding}",
        )  # (a Java properties file: its numbered items as records)
    if "[" in text[:5_000] and looks_like_ini(text):
        if (sections := ini_to_json(text)) is not None:
            return (
                sections,
                f"json/ini/{encoding}",
            )  # (an INI-style file: a desktop entry's actions, a section each)
        text = ini_comments(text)  # (a program's settings, no section linking anything: its comments' words)
    if looks_like_fits_header(text) and (cards := fits_header_to_text(text)) is not None:
        return cards, f"fits/{encoding}"  # (a FITS file's header: its cards and comments)
    if text[:1] in "#*\ufeff" and looks_like_aof(text) and (written := aof_to_json(text)) is not None:
        return written, f"json/aof/{encoding}"  # (Redis's append-only file: the data its commands write)
    if text[:1] in "WR\ufeff" and looks_like_reg(text) and (keys := reg_to_json(text)) is not None:
        return keys, f"json/reg/{encoding}"  # (a registry export: a record a key)
    if text[:1] in "<\ufeff" and looks_like_mif(text) and (document := mif_to_markdown(text)) is not None:
        return repair_markdown_links(document), f"md/mif/{encoding}"  # (a FrameMaker document's paragraphs)
    if looks_like_expanded_records(text):
        # (psql's or cqlsh's records: a field a line, the rest as it is)
        text = expanded_records_to_fields(text)
    if (titled := titled_field_records(text)) is not None:
        # (rows printed a field a line, sqsh's or MySQL's: their title field named as one, whatever its name)
        text = titled
    if ("--" in text or "====" in text) and looks_like_dashed_tables(text):
        text = dashed_tables_to_markdown(text)  # (SQL*Plus's results under a rule of dashes: Markdown tables)
    if text[:1] in "<\ufeff" and looks_like_hwpml(text) and (document := hwpml_to_markdown(text)) is not None:
        return repair_markdown_links(document), f"md/hwpml/{encoding}"  # (a Hancom Office document's body)
    if looks_like_box_tables(text):
        return repair_markdown_links(
            box_tables_to_markdown(text)
        ), f"md/box-tables/{encoding}"  # (a SQL monitor's)
    if looks_like_fixed_width(text, name) and (table := fixed_width_to_markdown(text)) is not None:
        return repair_markdown_links(table), f"md/fixed-width/{encoding}"  # (a table padded to its columns)
    if text[:1] in "=\ufeff" and looks_like_marc(text) and (records := marc_to_json(text)) is not None:
        return records, f"json/marc/{encoding}"  # (a library's MARC records: a record each)
    if looks_like_cdl(text) and (attributes := cdl_to_text(text)) is not None:
        return attributes, f"cdl/{encoding}"  # (a netCDF file's header: its attributes' words)
    if text[:1] == "#" and looks_like_conllu(text) and (sentences := conllu_to_text(text)) is not None:
        return sentences, f"conllu/{encoding}"  # (a treebank: the sentences it parses)
    if looks_like_smcl(text):
        return repair_markdown_links(smcl_to_markdown(text)), f"md/smcl/{encoding}"  # (Stata's help or log)
    if looks_like_siyuan(text) and (note := siyuan_to_markdown(text)) is not None:
        return repair_markdown_links(note), f"siyuan/{encoding}"  # (a SiYuan note: its document's tree)
    if looks_like_scribus(text) and (frames := scribus_to_markdown(text)) is not None:
        return repair_markdown_links(
            frames
        ), f"scribus/{encoding}"  # (a Scribus layout: the text its frames print)
    if looks_like_tomboy(text) and (note := tomboy_to_markdown(text)) is not None:
        return repair_markdown_links(note), f"tomboy/{encoding}"  # (a Tomboy or Gnote note)
    if looks_like_dif(text) and (sheet := dif_to_csv(text)) is not None:
        return (
            sheet,
            f"dif/{encoding}",
        )  # (a Data Interchange Format sheet: its table as CSV, read so by its name)
    if looks_like_sylk(text) and (sheet := sylk_to_csv(text)) is not None:
        return sheet, f"sylk/{encoding}"  # (a SYLK sheet: its table as CSV, read so by its name)
    if looks_like_scim(text) and (sheets := scim_to_markdown(text)) is not None:
        return repair_markdown_links(sheets), f"scim/{encoding}"  # (an sc-im spreadsheet: its sheets' tables)
    if looks_like_spreadsheetml(text) and (sheets := spreadsheetml_to_markdown(text)) is not None:
        return repair_markdown_links(sheets), f"xmlss/{encoding}"  # (an Excel 2003 XML workbook: its tables)
    if looks_like_icml(text) and (story := icml_to_html(text)) is not None:
        return html_to_text(story), f"html/icml/{encoding}"  # (an InCopy story: the page it lays out)
    if looks_like_filemaker(text) and (records := filemaker_to_markdown(text)) is not None:
        return repair_markdown_links(records), f"fmpxml/{encoding}"  # (a FileMaker XML export: its table)
    if looks_like_gnumeric(text) and (sheets := gnumeric_to_markdown(text)) is not None:
        return repair_markdown_links(
            sheets
        ), f"gnumeric/{encoding}"  # (a Gnumeric workbook: its sheets' tables)
    if (
        text.lstrip()[:1] in "%\\"
        and looks_like_amsrefs(text)
        and (entries := amsrefs_to_bibtex(text)) is not None
    ):
        return entries, f"bibtex/amsrefs/{encoding}"  # (an amsrefs database: its entries as BibTeX)
    if looks_like_cue_sheet(text) and (tracks := cue_sheet_to_json(text)) is not None:
        return tracks, f"json/cue/{encoding}"  # (a recording's cue sheet: a record per track)
    if looks_like_treepad(text):
        # (a TreePad outline: its nodes, their titles over their text)
        return treepad_to_text(text), f"treepad/{encoding}"
    if looks_like_word_sources(text) and (sources := word_sources_to_json(text)) is not None:
        return sources, f"json/word-sources/{encoding}"  # (Word's citation sources: a record each)
    if looks_like_texmacs(text):
        return repair_markdown_links(texmacs_to_markdown(text)), f"texmacs/{encoding}"  # (a TeXmacs document)
    if looks_like_notebook(text) and (cells := notebook_to_markdown(text)) is not None:
        return repair_markdown_links(
            cells
        ), f"mathematica/{encoding}"  # (a Mathematica notebook: its text cells)
    if (
        text[:1] in "sv\ufeff"
        and looks_like_socialcalc(text)
        and (sheet := socialcalc_to_markdown(text)) is not None
    ):
        return repair_markdown_links(sheet), f"md/socialcalc/{encoding}"  # (an EtherCalc room: its table)
    if looks_like_debian_changelog(text, name):
        return repair_markdown_links(debian_changelog_to_markdown(text)), f"md/debian-changelog/{encoding}"
    if looks_like_js_output(text) and (printed := js_output_to_json(text)) is not None:
        return printed, f"json/js/{encoding}"  # (the MongoDB shell's or Node's printed objects: as JSON)
    if looks_like_pretty_printed(text) and (printed := pretty_printed_to_json(text)) is not None:
        return printed, f"json/pprint/{encoding}"  # (Python's pprint of a script's data: as JSON)
    if looks_like_php_serialized(text) and (stored := php_serialized_to_json(text)) is not None:
        return stored, f"json/php-serialize/{encoding}"  # (a PHP session or serialized value: as JSON)
    if looks_like_var_dump(text) and (dumped := var_dump_to_json(text)) is not None:
        return dumped, f"json/var-dump/{encoding}"  # (PHP's var_dump() of a script's data: as JSON)
    if text[:1].isdigit() and looks_like_sfeed(text) and (items := sfeed_to_html(text)) is not None:
        return html_to_text(items), f"html/sfeed/{encoding}"  # (an sfeed feed file: its items' page)
    if looks_like_livejournal(text) and (posts := livejournal_to_html(text)) is not None:
        return html_to_text(posts), f"html/livejournal/{encoding}"  # (a journal's export: its posts' page)
    if looks_like_dita(text) and (page := dita_to_html(text)) is not None:
        return html_to_text(page), f"html/dita/{encoding}"  # (a DITA topic: the page it renders)
    if looks_like_docbook(text) and (page := docbook_to_html(text)) is not None:
        return html_to_text(page), f"html/docbook/{encoding}"  # (a DocBook manual: the page it renders)
    if looks_like_enex(text, name) and (notes := enex_to_html(text)) is not None:
        return html_to_text(notes), f"html/enex/{encoding}"
    if looks_like_stackexchange(text) and (posts := stackexchange_to_html(text)) is not None:
        return html_to_text(posts), f"html/stackexchange/{encoding}"
    if looks_like_wordml(text) and (document := wordml_to_html(text)) is not None:
        return html_to_text(
            document
        ), f"html/wordml/{encoding}"  # (Word 2003's XML document: read as its page)
    if looks_like_fictionbook(text, name):
        return html_to_text(
            fictionbook_to_html(text)
        ), f"html/fb2/{encoding}"  # (an e-book: read as its page)
    if '"node_tree"' in text[:4096] and (nodes := jsmind_to_markdown(text)) is not None:
        return nodes, f"jm/{encoding}"  # (a jsMind map: its nodes' topics as a list)
    if looks_like_mindmap(text, name) and (nodes := mindmap_to_markdown(text)) is not None:
        return repair_markdown_links(nodes), f"mm/{encoding}"  # (before HTML: its notes are HTML)
    if looks_like_cf_html(text) and (copied := cf_html_page(text)) is not None:
        return html_to_text(
            copied[0], copied[1]
        ), f"html/cf-html/{encoding}"  # (a clipboard's HTML: its page)
    if looks_like_mjml(text):
        return html_to_text(
            mjml_to_html(text)
        ), f"html/mjml/{encoding}"  # (a newsletter's MJML: the page it makes)
    if _looks_like_html(text) and not (_MARKDOWN_NAME.search(name) and _has_markdown_blocks(text)):
        # (a README that opens with `<h1 align="center">` is Markdown with HTML in it)
        return html_to_text(
            text, name if name.startswith(("http://", "https://")) else None
        ), f"html/{encoding}"
    if looks_like_xmlrpc(text) and (returned := xmlrpc_to_json(text)) is not None:
        return (
            returned,
            f"json/xml-rpc/{encoding}",
        )  # (an XML-RPC answer, WordPress's posts: its value as JSON)
    if (
        looks_like_xml_records(text) and sniff(name, text) is Shape.TEXT
    ):  # (no feed, JATS or Zotero RDF: their own)
        if (records := xml_records_to_json(text)) is not None:
            return (
                records,
                f"json/xml/{encoding}",
            )  # (an XML export of records no reader knows: as JSON records)
        if _MULTILINE_FIELD.search(text) is not None:
            # (other XML, read as text: a field whose text runs over lines starts and ends on lines of its own, so
            # its first line is not one with the record's other fields, `…</title><text>Title of a paper`)
            text = _MULTILINE_FIELD.sub(_field_apart, text)
        text = _with_listed_elements(text)
    if looks_like_refworks(text):
        return refworks_to_refer(text), f"refworks/{encoding}"  # (read as the Refer records it says)
    if looks_like_noteexpress(text):
        return noteexpress_to_refer(text), f"noteexpress/{encoding}"  # (read as the Refer records it says)
    if text[:12].lstrip("\ufeff")[:3] in ("FN ", "VR ", "PT ") and looks_like_wos(text):
        # (a Web of Science export: read as the Refer records it says)
        return wos_to_refer(text), f"wos/{encoding}"
    # A forum's, a tracker's or a wiki's markup is saved as plain text (`post.txt`, a page with no suffix): a
    # CSV, JSON or Markdown file that quotes some keeps its own shape.
    plain_name = _PLAIN_TEXT_NAME.search(name.rsplit("/", 1)[-1].split("?", 1)[0]) is not None
    if looks_like_zim(text):
        return repair_markdown_links(zim_to_markdown(text)), f"dokuwiki/zim/{encoding}"  # (DokuWiki's markup)
    if plain_name and looks_like_bbcode(text):
        return repair_markdown_links(bbcode_to_markdown(text)), f"bbcode/{encoding}"
    if (plain_name or _TEXTILE_NAME.search(name) is not None) and looks_like_jira(text):
        # (or a Textile file by its name, `README.textile`, which shares Jira's markup)
        return repair_markdown_links(jira_to_markdown(text)), f"jira/{encoding}"
    if plain_name and looks_like_pukiwiki(text):
        return repair_markdown_links(pukiwiki_to_markdown(text)), f"pukiwiki/{encoding}"
    if plain_name and looks_like_dokuwiki(text, name):
        return repair_markdown_links(dokuwiki_to_markdown(text)), f"dokuwiki/{encoding}"
    if looks_like_wikitext(text):
        return repair_markdown_links(wikitext_to_markdown(text)), f"wiki/{encoding}"
    if looks_like_asciidoc(text, name):
        return repair_markdown_links(asciidoc_to_markdown(text)), f"adoc/{encoding}"
    if looks_like_typst(text, name):
        return repair_markdown_links(typst_to_markdown(text)), f"typst/{encoding}"
    if looks_like_gemtext(text, name):
        return gemtext_to_markdown(text), f"gemtext/{encoding}"
    if looks_like_opml(text, name) and (outline := opml_to_markdown(text)) is not None:
        return repair_markdown_links(inline_html_to_markdown(outline) if "<" in outline else outline), (
            f"opml/{encoding}"
        )
    if looks_like_subtitles(text, name):
        return repair_markdown_links(subtitles_to_text(text)), f"subtitles/{encoding}"
    if looks_like_viminfo(text, name):
        return viminfo_to_text(
            text
        ), f"viminfo/{encoding}"  # (Vim's registers and history: what was yanked, typed)
    if looks_like_shell_history(text, name):
        return shell_history_to_text(text), f"shell-history/{encoding}"  # (a shell's history: what was typed)
    if looks_like_gift(text):
        return repair_markdown_links(gift_to_markdown(text)), f"gift/{encoding}"  # (a Moodle question bank)
    if looks_like_latex(text, name):
        text = latex_inline_to_text(text)  # (`Zhang et~al.: \emph{Title}` as `Zhang et al.: *Title*`)
    if looks_like_icalendar(text):
        events = icalendar_to_markdown(text)  # (an event's description may be HTML: Google Calendar's is)
        return repair_markdown_links(
            inline_html_to_markdown(events) if "<" in events else events
        ), f"ics/{encoding}"
    if _PLAIN_TEXT_NAME.search(name) and looks_like_zoom_chat(text):
        text = zoom_chat_to_text(text)  # (Zoom's saved chat: each message under its header, unindented)
    elif (_PLAIN_TEXT_NAME.search(name) or _LOG_NAME.search(name)) and looks_like_tab_chat(text):
        text = tab_chat_to_text(text)  # (a chat app's export: each message under its header)
    if has_dput_frame(text) and (framed := dput_frames_to_markdown(text)) != text:
        # (R's `dput()` of a data frame, in a console's transcript: the table it holds, read as Markdown's)
        return repair_markdown_links(framed), f"md/dput/{encoding}"
    if has_python_records(text) and _JSON_START.match(text) is None:
        text = python_records_as_lines(text)  # (a log's printed dicts, Scrapy's items: a record a line)
    if "|" in text[:1_000]:
        text = without_process_prefixes(
            text
        )  # (pm2's or docker compose's output: each process's name, then a bar)
    if _LOG_NAME.search(name) or text[:1] in "[12":
        text = without_log_prefixes(
            grouped_by_worker(text)  # (parallel workers' interleaved lines: each worker's together)
        )  # (a program's log: what it said, without each line's time and level)
    text = without_time_sheet_prefixes(text)  # (a time tracker's sheet: each entry's note, without its times)
    if _PLAIN_TEXT_NAME.search(name) and looks_like_columns(text):
        text = columns_to_text(text)  # `pdftotext -layout` of a two-column page: one column, then the other
        text = without_figures_column(text)  # (a report's column of shares beside its sources)
    if ("</" in text or "<br" in text) and _JSON_START.match(text) is None:
        # (not in JSON: its string values are read, and their HTML converted, once it is parsed)
        if _MARKDOWN_NAME.search(name):  # (a README's `<table>`: not a feed's or a LaTeX file's tags)
            text = html_blocks_to_markdown(_MARKDOWN_ROW_BREAKS.sub(_row_per_paragraph, text))
        if _TABLE_NAME.search(name) is not None:
            # (a CSV's cell of rich text, a CRM's note: its paragraphs and line breaks part words, `…/2303.10512</p>
            # <p>2. …` is no id running into the next item)
            text = _BLOCK_BREAK.sub(" ", text)
        text = inline_html_to_markdown(text)
    if "== " in text:
        text = _MARKED_HEADING.sub(_as_markdown_heading, text)
    return repair_markdown_links(resolve_reference_links(text)), encoding


# An XML element holding text only, over several lines.
_MULTILINE_FIELD = re.compile(
    r"<(?P<tag>[A-Za-z][\w:.\-]*)(?:[ \t][^<>\n]*)?>(?P<body>[^<>]*\n[^<>]*)</(?P=tag)>"
)


# An XML element alone on its line, holding text only: `<simpleChoice id="A">Title</simpleChoice>`, `<li>Title</li>`.
# (its text may hold inline markup, converted later: `<li>Title. <em>Journal</em> 18(7).</li>`)
_LINE_ELEMENT = re.compile(
    r"^[ \t]*<(?P<tag>[A-Za-z][\w:.\-]*)(?:[ \t][^<>]*)?>"
    r"(?P<text>(?:[^<>]|</?(?:em|i|b|strong|a|code|span|sup|sub|cite|q)\b[^<>]*>)+)</(?P=tag)>[ \t]*$"
)


def _with_listed_elements(text: str) -> str:
    """XML read as text with its lists' items as a list's: a line that is one element holding text, beside another
    line of the same element (a quiz's choices, a list's `<li>`s), as `- text`, so the readers of lists read them
    (a field alone, `<title>…</title>`, keeps its tag, which names it)."""
    lines = text.split("\n")
    elements = [_LINE_ELEMENT.match(line) if "</" in line else None for line in lines]
    changed = False
    for index, element in enumerate(elements):
        if element is None:
            continue
        tag = element.group("tag")
        beside = any(
            0 <= other < len(elements)
            and (found := elements[other]) is not None
            and found.group("tag") == tag
            for other in (index - 1, index + 1)
        )
        if beside or tag.casefold() == "li":
            lines[index] = f"- {element.group('text').strip()}"
            changed = True
    return "\n".join(lines) if changed else text


def _field_apart(match: re.Match[str]) -> str:
    """The element with its text on lines of its own, between its opening and its closing tag."""
    body = match.group("body").strip("\n")
    opening = match.group(0)[: match.start("body") - match.start()]
    return f"{opening}\n{body}\n</{match.group('tag')}>"


# A heading marked with equals signs in a text no reader of its markup took (`== 38. Title`, as AsciiDoc writes a
# section's and a script prints one, `=== Notes ===`): a Markdown heading of its level. One `=` is no heading
# (`= 5`, a result), nor is a program's banner in brackets (`=== <Result of …> ===`).
_MARKED_HEADING = re.compile(
    r"^(?P<marks>={2,6})[ \t]+(?P<text>[^\W_][^\n]*?)(?:[ \t]+=+)?[ \t]*$", re.MULTILINE
)


def _as_markdown_heading(match: re.Match[str]) -> str:
    return "#" * len(match.group("marks")) + " " + match.group("text")


# A saved email (`.eml`, a mail client's "save as"): its first line a header, a blank line after the headers.
_MAIL_START = re.compile(
    rb"(?:Return-Path|Received|Delivered-To|From|To|Date|Subject|Message-ID|MIME-Version|X-[\w-]+):[ \t]",
    re.IGNORECASE,
)
_MAIL_ENCODED = re.compile(
    rb"^Content-Type:[ \t]*multipart/|^Content-Transfer-Encoding:[ \t]*(?:quoted-printable|base64)"
    rb"|^Content-Type:[^\r\n]*format=flowed"  # (its lines' trailing spaces are soft breaks: see `unflow`)
    # (or in a charset of its own, 7-bit as ISO-2022-JP is, its escapes no text: decoded as the header says)
    rb"|^Content-Type:[^\r\n]*charset=[\"']?(?!(?:utf-?8|us-ascii)\b)[\w-]+",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_NAME = re.compile(rb"[A-Za-z][A-Za-z0-9-]{1,40}:")
_FRAMED_MAIL = re.compile(rb"[ \t]*([0-9]{1,9})[ \t]*\r?\n")
_MAIL_TRAILING_SPACE = re.compile(rb"[ \t]+(\r?\n)")
_FLOWED = re.compile(rb"format=\"?flowed", re.IGNORECASE)
_MAIL_SHOWN = ("Subject", "From", "Date")  # the headers kept above the body, as a mail client shows them


def _archived_pages(documents: list[tuple[str, str, bytes]], name: str) -> str:
    """A web archive's pages and texts (address, media type, body), each read as what it is, one after the other."""
    texts: list[str] = []
    for address, media, body in documents:
        text = _normalise_text(_decode(body, name)[0])
        texts.append(html_to_text(text, address or None) if "html" in media.casefold() else text)
    return "\n\n".join(texts)


def _gunzipped(data: bytes) -> bytes | None:
    """What a gzip file holds, or None when it is damaged, holds no more than another gzip file, or would be
    larger than a digest may be (a bomb)."""
    import zlib

    inflater = zlib.decompressobj(wbits=31)
    try:
        inner = inflater.decompress(data, MAX_DIGEST_BYTES + 1)
    except zlib.error:
        return None
    if len(inner) > MAX_DIGEST_BYTES or inflater.unconsumed_tail or inner.startswith(b"\x1f\x8b"):
        return None
    return inner


def _mail_body(data: bytes) -> tuple[str, str, bool, str, str] | None:
    """(headers shown, body, whether the body is HTML, its charset, the messages it forwards as attachments, as
    text) of a MIME email whose body is encoded (quoted-printable, base64) or in parts; None for anything else,
    which is read as the text it is."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # (a byte-order mark an editor added)
    framed = _FRAMED_MAIL.match(data)
    if framed is not None and _MAIL_START.match(data, framed.end()):
        # (Apple Mail's `.emlx`: the message's length in bytes on a line of its own, the message, then a plist of
        # the mailbox's flags)
        data = data[framed.end() : framed.end() + int(framed.group(1))]
    if _HEADER_NAME.match(data) and b"\xc2\xa0" in data[:65536]:
        data = data.replace(b"\xc2\xa0", b" ")  # (no-break spaces a copy put in: a mail's own are encoded)
    if not _MAIL_START.match(data):
        return None
    end = data.find(b"\n\n", 0, 65536)
    end_crlf = data.find(b"\r\n\r\n", 0, 65536)
    ends = [position for position in (end, end_crlf) if position >= 0]
    if not ends or not _MAIL_ENCODED.search(data, 0, max(ends) + 4):
        return None
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    # Spaces at line ends are no part of a mail (RFC 2045 has decoders drop them): a quoted-printable soft break
    # `=` stays one when a copy adds them. Except in `format=flowed` text, where they are its soft line breaks.
    if not _FLOWED.search(data, 0, 65536):
        data = _MAIL_TRAILING_SPACE.sub(rb"\1", data)

    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        assert isinstance(message, EmailMessage)
        digest = _digest_messages(message)
        if digest is not None:  # (a mailing list's digest: the messages it encloses, one after another)
            return _shown_headers(message) + "\n", digest, False, "utf-8", ""
        part, use_html = _body_part(message)
        if part is None:
            return None
        body = _part_text(part)
        charset = part.get_content_charset() or "utf-8"
        forwarded = _forwarded_messages(message)
    except (LookupError, ValueError, UnicodeError, KeyError, AssertionError):
        return None
    if not isinstance(body, str):
        return None
    return _shown_headers(message) + "\n", body, use_html, charset, forwarded


# A mailbox (`.mbox`: Gmail's Takeout, Thunderbird's folders, `mbox` from mutt): messages one after another, each
# opening with a `From sender date` line after a blank line; a body line that starts `From ` is written `>From `.
_MBOX_SEPARATOR = re.compile(rb"(?:\A|\r?\n\r?\n)(From [^\r\n]*\r?\n)(?=[A-Za-z][A-Za-z0-9-]{1,40}:)")
_MBOX_QUOTED_FROM = re.compile(r"^>(>*From )", re.MULTILINE)
_ATTACHED_TEXT = ("text/plain", "text/markdown", "text/x-markdown")


# ... or printed by a mail client in a terminal session (`mail`, `mailx`: `& 1` / `Message 1:` / `From sender
# date` / the headers), its prompts and its listing between them.
_SESSION_FROM = re.compile(
    rb"(?:\A|\r?\n)(From [^\s@]+@[^\s]+ +[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9][0-9] [0-9:]{8} [0-9]{4}\r?\n)"
    rb"(?=[A-Za-z][A-Za-z0-9-]{1,40}:)"
)


def _mail_session_text(data: bytes) -> str | None:
    """A terminal's mail session as text: what it printed before the first message as it is, then each message
    as a mailbox's (`_mbox_text`); None when it shows fewer than two messages."""
    separators = list(_SESSION_FROM.finditer(data))
    if len(separators) < 2:
        return None
    lead = data[: separators[0].start()].decode("utf-8", "replace")
    messages = _mbox_text(data[separators[0].start() :].lstrip(b"\r\n"), separators=_SESSION_FROM)
    return f"{lead}\n\n{messages}" if messages is not None else None


def _mbox_text(data: bytes, separators: re.Pattern[bytes] = _MBOX_SEPARATOR) -> str | None:
    """The messages of a mailbox as one text: each one's Subject, From and Date, then its body (its HTML part
    read as a page when that is the one with the links) and its attached text files; None when `data` is no
    mailbox."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    found = list(separators.finditer(data))
    if not found or found[0].start() != 0:
        return None
    parser = BytesParser(policy=policy.default)
    messages: list[str] = []
    for number, separator in enumerate(found):
        end = found[number + 1].start() if number + 1 < len(found) else len(data)
        try:
            message = parser.parsebytes(data[separator.end() : end])
            assert isinstance(message, EmailMessage)
            parts = [_readable_part(message)]
            parts.extend(
                str(attached.get_content())
                for attached in message.iter_attachments()
                if isinstance(attached, EmailMessage) and attached.get_content_type() in _ATTACHED_TEXT
            )
        except (LookupError, ValueError, UnicodeError, KeyError, AssertionError):
            continue
        body = "\n\n".join(part for part in parts if part)
        if "diff --git " in body or "\n+++ " in body:
            body = (
                patch_to_text(body) or body
            )  # (`git format-patch`'s mail: its message and the text it adds)
        messages.append(_shown_headers(message) + "\n" + _MBOX_QUOTED_FROM.sub(r"\1", body))
    return "\n\n---\n\n".join(messages) if messages else None


def _shown_headers(message: EmailMessage) -> str:
    """The headers a mail client shows above a message (`_MAIL_SHOWN`), a line each."""
    return "".join(f"{key}: {message[key]}\n" for key in _MAIL_SHOWN if message[key])


def _body_part(message: EmailMessage) -> tuple[EmailMessage | None, bool]:
    """(the part of a message to read, whether it is its HTML part): the plain part, unless it gives no link the
    HTML part gives (a newsletter's "Read the paper")."""
    from email.message import EmailMessage

    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    use_html = html is not None and (plain is None or ("http" not in str(plain.get_content())))
    part = html if use_html else plain
    return (part if isinstance(part, EmailMessage) else None), use_html


def _digest_messages(message: EmailMessage) -> str | None:
    """A MIME digest's messages (Mailman's `multipart/digest` of `message/rfc822` parts) as one text, as a
    mailbox's are: each one's Subject, From and Date, then its body; None when the message encloses none."""
    from email.message import EmailMessage

    digest = next((part for part in message.walk() if part.get_content_type() == "multipart/digest"), None)
    if not isinstance(digest, EmailMessage):
        return None
    texts: list[str] = []
    for enclosed in digest.iter_parts():
        inner = enclosed.get_content() if enclosed.get_content_type() == "message/rfc822" else None
        if isinstance(inner, EmailMessage):
            texts.append(_shown_headers(inner) + "\n" + _readable_part(inner))
    return "\n\n---\n\n".join(texts) if texts else None


def _forwarded_messages(message: EmailMessage) -> str:
    """The messages a mail forwards as attachments (`message/rfc822` parts: a client's "forward as attachment"), as
    a mailbox's are (each one's Subject, From and Date, then its body), after a `---` line each; "" when it
    forwards none."""
    from email.message import EmailMessage

    texts: list[str] = []
    for attached in message.iter_attachments():
        inner = attached.get_content() if attached.get_content_type() == "message/rfc822" else None
        if isinstance(inner, EmailMessage):
            texts.append("\n\n---\n\n" + _shown_headers(inner) + "\n" + _readable_part(inner))
    return "".join(texts)


def _readable_part(message: EmailMessage) -> str:
    """A message's body as text: see `_body_part`; an HTML part is read as a page."""
    part, use_html = _body_part(message)
    if part is None:
        return ""
    body = _part_text(part)
    if not isinstance(body, str):
        return ""
    return html_to_text(_normalise_text(body)) if use_html else body


_QUOTE_DEPTH = re.compile(r"^>+")


def unflow(text: str, *, delsp: bool = False) -> str:
    """A `format=flowed` mail's text (RFC 3676) with its paragraphs joined again: a line that ends with a space was
    cut there by the writer's mail client and goes on on the next line of the same quote depth (less that space
    with `delsp=yes`); a line's stuffed space is taken off; the signature's `-- ` line stays as it is."""
    out: list[str] = []
    pending = ""  # a flowed line's text so far
    pending_depth = ""  # its quote marks
    for line in text.split("\n"):
        line = line.rstrip("\r")
        depth_match = _QUOTE_DEPTH.match(line)
        depth = depth_match.group(0) if depth_match else ""
        body = line[len(depth) :]
        if body.startswith(" "):
            body = body[1:]  # (space-stuffed)
        if pending and depth != pending_depth:
            out.append(pending_depth + (" " if pending_depth else "") + pending)
            pending = ""
        if body.endswith(" ") and body != "-- ":
            pending += body[:-1] if delsp else body
            pending_depth = depth
            continue
        whole = pending + body
        pending = ""
        out.append(depth + (" " if depth and whole else "") + whole)
    if pending:
        out.append(pending_depth + (" " if pending_depth else "") + pending)
    return "\n".join(out)


def _part_text(part: EmailMessage) -> object:
    """A part's content, text decoded by its charset; a part that names none (a page saved as MHTML: its HTML
    says `<meta charset=UTF-8>`) by the one its HTML declares, else UTF-8 (Windows-1252 if that fails), not
    ASCII, which would turn every accented letter into a replacement character."""
    if part.get_content_type() == "text/plain" and str(part.get_param("format") or "").lower() == "flowed":
        content = part.get_content()
        if isinstance(content, str):
            return unflow(content, delsp=str(part.get_param("delsp") or "").lower() == "yes")
    if part.get_content_maintype() != "text" or part.get_param("charset") is not None:
        return part.get_content()
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return part.get_content()
    declared = _META_CHARSET.search(raw[:4096])
    for encoding in (
        declared.group(1).decode("ascii", "replace") if declared else "utf-8",
        "utf-8",
        "cp1252",
    ):
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


# The commonest Cyrillic letters (Russian's and Ukrainian's, in lower case): the legacy encoding whose reading is
# made of them is the text's.
_CYRILLIC_COMMON = frozenset("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёієї")
_CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "cp866")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")  # (a word of three letters or more in a one-byte legacy encoding)


# What each East Asian encoding's reading of a text must hold to be that text's: Japanese its kana; Korean its
# words of Hangul, apart by spaces as Korean writes them (a Chinese text read as Korean gives long runs of Hangul and
# Hanja, and a Japanese one compatibility jamo for its kana); Chinese its commonest characters and punctuation.
_KANA = re.compile("[\u3041-\u30ff]")
_TOKEN = re.compile(r"[^\s,.;:!?()\[\]{}<>\"'|/\\=+*#@&%0-9A-Za-z_\-]+")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_JAMO = re.compile("[\u3131-\u318e]")
_COMMON_TRADITIONAL = re.compile("[的是了在和有不這一我們為中，。、：；「」（）]")
_EAST_ASIAN_ENCODINGS = ("cp932", "euc_jp", "cp949", "gb18030", "big5")
_ASCII_BYTES = bytes(range(0x80))
_LONE_SURROGATE = re.compile("[\udc80-\udcff]")


def _non_ascii(text: str) -> int:
    """How many characters of `text` are outside ASCII (counted by the codec, not a loop in Python)."""
    return len(text) - len(text.encode("ascii", "ignore"))


def _east_asian_encoding(data: bytes) -> str | None:
    """The legacy Japanese, Korean or Chinese encoding (Shift_JIS as Windows writes it, EUC-JP, CP949/EUC-KR,
    GB18030/GBK, Big5) whose reading of `data` holds most of what that language's text holds (see above); None when
    none reads it so."""
    sample = data[:65_536]
    cut = sample.rfind(b"\n")
    sample = sample[:cut] if cut > 0 else sample  # (no character cut in two at the sample's end)
    if len(sample[:4096].translate(None, _ASCII_BYTES)) < 8:  # (its bytes outside ASCII, counted in C)
        return None
    best, best_score = None, 0.0
    for encoding in _EAST_ASIAN_ENCODINGS:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        wide = _non_ascii(text) or 1
        if encoding in ("cp932", "euc_jp"):
            score, needed = len(_KANA.findall(text)) / wide, 0.15
        elif encoding == "cp949":
            words = sum(len(_HANGUL.findall(token)) for token in _TOKEN.findall(text) if len(token) <= 10)
            score, needed = (words - 3 * len(_JAMO.findall(text))) / wide, 0.4
        else:
            common = _COMMON_CHINESE if encoding == "gb18030" else _COMMON_TRADITIONAL
            score, needed = 3 * len(common.findall(text)) / wide, 0.15
        if score >= needed and score > best_score:
            best, best_score = encoding, score
    return best


def _cyrillic_encoding(data: bytes) -> str | None:
    """The legacy Cyrillic encoding (Windows-1251, KOI8-R, DOS's CP866) that reads `data` as Cyrillic words, when
    most of its letters are bytes above ASCII and one of them reads them as common Cyrillic letters; None
    otherwise."""
    sample = data[:65_536]
    high = sum(1 for byte in sample if byte >= 0x80)
    ascii_letters = sum(1 for byte in sample if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A)
    if high < 20 or high * 10 < (high + ascii_letters) * 3:
        return None  # (a Western text's accented letters are a few among its words; a Russian text's are its words)
    in_words = sum(len(run) for run in _HIGH_RUN.findall(sample))
    if in_words * 3 < high * 2:
        return None  # (its bytes above ASCII stand alone or in twos: damaged bytes, not a script's words)
    best, score = None, 0
    for encoding in _CYRILLIC_ENCODINGS:
        text = sample.decode(encoding, "replace")
        letters = sum(1 for char in text if char in _CYRILLIC_COMMON)
        if letters > score:
            best, score = encoding, letters
    return best if score * 3 >= high else None


# What Mac OS Roman's bytes above ASCII stand for in a Western text: letters, and the typography a Mac typed.
_MAC_TYPOGRAPHY = frozenset("’‘“”–—…•°«»¿¡§¶†")


def _reads_as_mac_roman(data: bytes) -> bool:
    """Whether Mac OS Roman reads `data`'s bytes above ASCII as letters and typography, within words: a French or
    German text a classic Mac (or Excel's `CSV (Macintosh)`) saved; every byte string decodes, so this is the test."""
    sample = data[:65_536].decode("mac_roman")
    high = [index for index, char in enumerate(sample) if ord(char) >= 0x80]
    if not high:
        return False
    readable = sum(1 for index in high if _reads_in_word(sample, index))
    return readable * 10 >= len(high) * 9


def _reads_in_word(text: str, index: int) -> bool:
    """Whether the character at `index` reads as a Western text's: typography, or a letter within a word, not a
    capital after a small letter (`cafÈ`, `naÔve`: Latin-1's bytes misread, not a Mac's text)."""
    char = text[index]
    if char in _MAC_TYPOGRAPHY:
        return True
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (
        char.isalpha() and (before.isalpha() or after.isalpha()) and not (char.isupper() and before.islower())
    )


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name} starts with a {encoding.upper()} byte-order mark but is not valid {encoding}",
                    _SKIP_HINT,
                ) from error
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name} is {kind}, not a text digest", _SKIP_HINT)
    head = data[:4096]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise InputError(f"{name} is a binary file, not a text digest", _SKIP_HINT)
        try:
            return _checked(data.decode(utf16), name), utf16
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name} cannot be read as text in any supported encoding", _SKIP_HINT
            ) from error
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data)
    if repaired is not None:  # a few bytes damaged, or the file cut mid-character: keep the rest
        text, count = repaired
        encoding = f"utf-8 ({count} invalid byte{'s' if count != 1 else ''} replaced)"
        return _checked(text, name), encoding
    candidates = []
    declared = _META_CHARSET.search(head)
    if declared is not None:
        label = declared.group(1).decode("ascii").lower()
        try:
            charset = codecs.lookup(label).name
        except LookupError:
            charset = "utf-8"
        # GB18030 reads everything GBK and GB2312 pages hold (and the characters they mislabel).
        candidates.append("gb18030" if charset in _GB_FAMILY else charset)
    # (Japanese, Korean or Chinese text a Windows program saved: Excel's CSV in Shift_JIS or CP949, Big5 …)
    candidates.append("east-asian")
    candidates.append("gb18030")  # also reads GBK and GB2312, the usual encodings of Chinese pages
    candidates.append(
        "cyrillic"
    )  # (Russian or Ukrainian text of a DOS or Windows program: CP866, KOI8-R, 1251)
    if b"\n" not in data[:65_536] and b"\r" in data[:65_536]:
        candidates.append(
            "mac_roman"
        )  # (lines ended by a CR alone: a classic Mac's file, Excel's `CSV (Macintosh)`)
    candidates.append("cp1252")  # an English newsletter saved by an old Windows editor
    candidates.append("mac_roman")  # (Mac OS Roman, when Windows-1252 cannot read the bytes: weighed below)
    for encoding in candidates:
        if encoding == "mac_roman" and not _reads_as_mac_roman(data):
            continue
        if encoding == "east-asian":
            east_asian = _east_asian_encoding(data)
            if east_asian is None:
                continue
            encoding = east_asian
        if encoding == "cyrillic":  # (weighed only when nothing before read the bytes: it reads them all)
            cyrillic = _cyrillic_encoding(data)
            if cyrillic is None:
                continue
            encoding = cyrillic
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and _COMMON_CHINESE.search(text) is None:
            # GB18030 reads most byte strings; text with none of the commonest Chinese characters or
            # punctuation was Western text with a few accented letters, not Chinese.
            continue
        return _checked(text, name), encoding
    raise InputError(
        f"{name} cannot be read as text (not UTF-8, GB18030/GBK, Big5, Shift_JIS, EUC-JP, CP949/EUC-KR, Windows-1252,"
        " Mac OS Roman, Windows-1251, KOI8-R, CP866, or UTF-16 with a byte-order mark)",
        _SKIP_HINT,
    )


def _utf16_without_bom(head: bytes) -> str | None:
    """Recognise UTF-16 without a byte-order mark by its zero bytes (one per character of ASCII text)."""
    even, odd = head[0::2], head[1::2]
    if not even or not odd:
        return None
    even_zeros, odd_zeros = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_zeros > 0.3 and even_zeros < 0.02:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.02:
        return "utf-16-be"
    return None


# A text is UTF-8 with a few damaged bytes, rather than another encoding, when it holds at least this many valid
# multi-byte characters per damaged byte, and damaged bytes are at most 1 in this many.
_UTF8_PER_DAMAGED = 20
_DAMAGED_AT_MOST_ONE_IN = 200


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text with U+FFFD for each byte that is not UTF-8, how many) when `data` is UTF-8 but for a few bytes
    (a bad sector, a file cut mid-character); None when it is rather another encoding."""
    text = data.decode("utf-8", "surrogateescape")  # each invalid byte becomes a lone surrogate
    damaged = len(_LONE_SURROGATE.findall(text))
    multibyte = _non_ascii(text) - damaged
    if damaged * _DAMAGED_AT_MOST_ONE_IN > len(data) or multibyte < damaged * _UTF8_PER_DAMAGED:
        return None
    return re.sub("[\udc80-\udcff]", "\ufffd", text), damaged


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Bytes a person typed (a note on stdin, a file an editor saved) → text, and how it was read when that was
    not plain UTF-8 (to tell them). Never fails: what cannot be read becomes U+FFFD, and says so.

    A note is short: unlike a digest it may hold no common Chinese character, so GB18030 (what a Chinese
    Windows editor or terminal writes) is chosen when it reads the bytes as mostly Chinese characters.
    """
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data)
    if repaired is not None:
        text, count = repaired
        return text, f"{count} byte{'s' if count != 1 else ''} that are not UTF-8 replaced by \ufffd"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        wide = [char for char in text if char > "\x7f"]
        if wide and sum(1 for char in wide if "\u4e00" <= char <= "\u9fff") * 2 >= len(wide):
            return text, "read as GB18030 (GBK), not UTF-8"
    try:
        return data.decode("cp1252"), "read as Windows-1252 (Latin-1), not UTF-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8", "replace")
        return text, "bytes that are not UTF-8 replaced by \ufffd"


def read_as_markdown(encoding: str) -> bool:
    """Whether decoding made Markdown of the digest (a wiki page, a calendar), whatever its name says."""
    return encoding.startswith(
        (
            "wiki/",
            "xwiki/",
            "pmwiki/",
            "jspwiki/",
            "remarkup/",
            "wikidot/",
            "roff/",
            "xliff/",
            "elements/",
            "api-md/",
            "gnumeric/",
            "xmlss/",
            "fmpxml/",
            "scim/",
            "tomboy/",
            "scribus/",
            "md/",
            "leo/",
            "siyuan/",
            "cherrytree/",
            "foswiki/",
            "fodf/",
            "abiword/",
            "maple/",
            "gopher/",
            "t2t/",
            "gan/",
            "ics/",
            "typst/",
            "gemtext/",
            "opml/",
            "adoc/",
            "bbcode/",
            "jira/",
            "dokuwiki/",
            "subtitles/",
            "mm/",
            "xmind",
            "jex",
            "crossref/",
            "scrapbox/",
            "pdftk/",
            "downloads/",
            "tana/",
            "texinfo/",
            "drawio/",
            "dot/",
            "puml/",
            "lyx/",
            "textdump/",
            "xfdf/",
            "disqus/",
            "rd/",
            "patch/",
        )
    )


def _checked(text: str, name: str) -> str:
    """Refuse text that decoded but is full of control characters: binary data that happened to decode.

    Terminal escape sequences (colours, cursor moves: a log or a captured terminal session) are removed
    first: they are text dressed up, not binary.
    """
    if "\x1b" in text:
        text = ESCAPE_SEQUENCES.sub("", text)
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(f"{name} is a binary file, not a text digest", _SKIP_HINT)
    return text


# A quotation as TeX and Texinfo write it, two backquotes and two apostrophes (`` ``Title'' ``), over a line break too.
_TEX_QUOTES = re.compile(r"(?<!`)``(?=[^`\s])(?P<inner>[^`'\n]{1,300}(?:\n[^`'\n]{1,300})?)(?<=\S)''(?!')")
# ... and with one backquote and one apostrophe (`` `Title' ``): two words or more, a capital first, no apostrophe
# inside, the apostrophe closing it before a space or a mark (never a Markdown code span's backquote).
_TEX_SINGLE_QUOTES = re.compile(
    r"(?<![`\w])`(?=[A-Z0-9])(?P<inner>[^`'\n]{2,300}?[ \t\n][^`'\n]{1,300}?)(?<=\S)'(?=[ \t\n,.;:)])"
)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"})
_LIGATURE = re.compile("[ﬀ-ﬆ]")


# An Arabic comma right after Latin letters, a period or a bracket, before a space: written in an English citation
# by an Arabic keyboard.
_LATIN_ARABIC_COMMA = re.compile(r"(?<=[A-Za-z0-9.)\]])،(?=[ \t])")


_TEMPLATE_VARIABLE = re.compile(r"\$\{[A-Za-z_]\w{0,30}\}")


def _normalise_text(text: str) -> str:
    """A PDF's page numbers left out at its page breaks (`without_page_breaks`); every line break as `\n`, every
    odd space (`_ODD_SPACES`) as a plain one, no spaces at the ends of lines (format=flowed mail and Markdown line
    breaks leave them; they say nothing about papers), a full-width colon between English words as `: ` (and an
    Arabic comma after Latin text as `,`), a percent-encoded link inside another as the link it is, other
    languages' quotation marks as curly quotes, a PDF's ligatures (`ﬁ`, `ﬃ`) as their letters, and a template's
    variables (`${color}`) left out."""
    if "\f" in text:
        text = without_page_breaks(text)  # (a PDF's text: its page numbers out, an entry a break cut whole)
    for separator in _LINE_BREAKS:
        if separator in text:
            text = text.replace(separator, "\n")
    if _ODD_SPACES.search(text):
        text = text.translate(_PLAIN_SPACES)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACES.sub("", text)
    if "：" in text:
        text = _LATIN_COLON.sub(": ", text)
    if "،" in text:
        text = _LATIN_ARABIC_COMMA.sub(
            ",", text
        )  # (`Gomez et al.، ICML 2006`: a comma in a citation's Latin text)
    if "%2F" in text or "%2f" in text:
        text = _ENCODED_URL.sub(lambda match: unquote(match.group()), text)
    if "=http" in text:
        text = _REDIRECT_URL.sub(lambda match: match.group("target"), text)
    if "aHR0c" in text:
        # (a newsletter's click tracking that carries the link it leads to in Base64, `?u=aHR0cHM6Ly9…`: that link)
        text = _BASE64_REDIRECT_URL.sub(_base64_target, text)
    if "«" in text or "„" in text or "»" in text or "‹" in text:
        text = _OTHER_QUOTES.sub(lambda match: f"“{next(group for group in match.groups() if group)}”", text)
    if "``" in text and "''" in text:
        text = _TEX_QUOTES.sub(lambda match: f"“{match.group('inner')}”", text)  # (TeX's and Texinfo's ``…'')
    if "`" in text and "' " in text:
        # (TeX's single quotes, as OSCOLA and British styles quote a title: `` `Title' ``)
        text = _TEX_SINGLE_QUOTES.sub(lambda match: f"“{match.group('inner')}”", text)
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)  # (text copied from a PDF: `Eﬃcient`, `classiﬁcation`)
    if "${" in text:
        # (a template's or a panel's variables, `${color1}6.${color} Title`: markup, never a title's words)
        text = _TEMPLATE_VARIABLE.sub("", text)
    if _SEARCH_HIT.search(text) is not None:
        text = without_hit_numbers(text)
    if "\\" in text:
        text = with_escaped_bytes_decoded(with_slashes_unescaped(text))
    return text


def with_slashes_unescaped(text: str) -> str:
    r"""`text` with the slashes JSON lets an encoder escape written plainly, where links are written so
    (`https:\/\/arxiv.org\/abs\/…`, as PHP's `json_encode` writes them): the same JSON, and links a reader finds."""
    return text.replace("\\/", "/") if ":\\/\\/" in text else text


# Bytes a program printed as escapes, a run of them at least (C's octal `\320\261`, `\xd0\xb1`, Berkeley DB's
# `db_dump -p` and others `\d0\b1`): the UTF-8 text they spell.
# (each escape's pattern, in runs of two or more to tell a document escapes its bytes, then alone as well to decode
# them, its width and its base)
_ESCAPED_BYTE_RUNS = tuple(
    (re.compile(rf"(?:{escape}){{2,}}"), re.compile(rf"(?:{escape})+"), width, base)
    for escape, width, base in (
        (r"\\[0-3][0-7]{2}", 4, 8),
        (r"\\x[0-9a-fA-F]{2}", 4, 16),
        (r"\\[0-9a-fA-F]{2}", 3, 16),
    )
)
_ESCAPED_BYTES_NEEDED = 3  # (runs spelling letters of another script, to show a document escapes its bytes)
# (the separators of fields and records, 0x1C to 0x1F, as tabs; other control bytes, a key's type codes, kept escaped)
_SEPARATORS_AS_TABS = dict.fromkeys(range(0x1C, 0x20), "\t")
_OTHER_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1b\x7f]")


def with_escaped_bytes_decoded(text: str) -> str:
    r"""`text` with the runs of escaped bytes a program printed (`ltrace`'s and `strace`'s octal `\330\243`,
    Python's `\xd0\xb1`, `db_dump -p`'s `\d0\b1`) written as the UTF-8 text they spell, the separators of fields
    (a record's `\1f`) as tabs, and other control bytes left escaped (a key's type codes, `\x02…\x00`); only when
    three runs or more spell letters of another script, so that a backslash in other text (LaTeX's `\bf`) stays as
    it is."""
    for pattern, any_run, width, base in _ESCAPED_BYTE_RUNS:
        runs = pattern.findall(text, 0, 200_000)
        spelled = 0
        for run in runs:
            decoded = _escaped_run(run, width, base)
            if decoded is not None and not decoded.isascii():
                spelled += 1
                if spelled >= _ESCAPED_BYTES_NEEDED:
                    break
        if spelled >= _ESCAPED_BYTES_NEEDED:

            def written(match: re.Match[str], width: int = width, base: int = base) -> str:
                decoded = _escaped_run(match.group(), width, base)
                if decoded is None or _OTHER_CONTROL.search(decoded):
                    return match.group()
                return decoded.translate(_SEPARATORS_AS_TABS)

            # (then a lone escape too: a control byte between two fields, `…\1f2401.01234\1f…`)
            return any_run.sub(written, text)
    return text


def _escaped_run(run: str, width: int, base: int) -> str | None:
    """The UTF-8 text a run of escaped bytes spells, each `width` characters long; None if it spells none."""
    digits = 2 if base == 16 else 3
    try:
        return bytes(
            int(run[at + width - digits : at + width], base) for at in range(0, len(run), width)
        ).decode()
    except (UnicodeDecodeError, ValueError):
        return None


# A search tool's hit, its file's line number first (`grep -n`, `rg -n`: `11:- Title https://…`).
_SEARCH_HIT = re.compile(r"^[0-9]{1,6}:(?![0-9/])", re.MULTILINE)


def without_hit_numbers(text: str) -> str:
    """A search tool's hits without the line numbers before them: two lines or more in a row, each opening with
    a number and a colon, the numbers rising (`3:## MAE …`, `11:- Title …`), as `grep -n` and `rg -n` print them.
    What each hit holds then reads as its file wrote it (a list's item, a heading); a time (`10:30`) is no hit."""
    lines = text.split("\n")
    numbers = [int(match.group(0)[:-1]) if (match := _SEARCH_HIT.match(line)) else None for line in lines]
    for index, number in enumerate(numbers):
        if number is None:
            continue
        before = numbers[index - 1] if index > 0 else None
        after = numbers[index + 1] if index + 1 < len(numbers) else None
        if (before is not None and before < number) or (after is not None and number < after):
            lines[index] = lines[index][len(str(number)) + 1 :]
        elif (
            (before is not None and before == number and (after == number or _hit_rises(numbers, index, -1)))
            or (after is not None and after == number and _hit_rises(numbers, index, 1))
            # (or a search's one hit, right under the command that numbers its hits: `$ grep -n -m 1 …`)
            or (index > 0 and _NUMBERING_SEARCH.search(lines[index - 1]) is not None)
        ):
            # (a page's number before each of its hits, `pdfgrep -n`'s: the same number on several lines in a
            # row, rising between pages)
            lines[index] = lines[index][len(str(number)) + 1 :]
    return "\n".join(lines)


# A search command that numbers its hits (`grep -n`, `rg -n`, `pdfgrep -Hn`), as a shell's prompt shows it.
_NUMBERING_SEARCH = re.compile(r"\b(?:grep|egrep|rg|ag|ack|pdfgrep)\b[^\n|]*?[ \t]-[A-Za-z]*n")


def _hit_rises(numbers: list[int | None], index: int, step: int) -> bool:
    """Whether, past the hits numbered as the one at `index` in the direction `step`, the next hit's number
    rises (going down the lines) or falls (going up)."""
    number = numbers[index]
    at = index + step
    while 0 <= at < len(numbers) and numbers[at] == number:
        at += step
    other = numbers[at] if 0 <= at < len(numbers) else None
    return other is not None and number is not None and (other > number if step > 0 else other < number)


# --- Jupyter notebooks --------------------------------------------------------------------------------------


def notebook_markdown(text: str) -> str | None:
    """The Markdown cells of a Jupyter notebook (nbformat 4, or 3's worksheets), one after another: what its
    author wrote. Code, its outputs and raw cells are not the digest's words. None when `text` is no notebook."""
    import json

    try:
        notebook = json.loads(text)
    except ValueError:
        return None
    if not isinstance(notebook, dict):
        return None
    cells = notebook.get("cells")
    if cells is None and isinstance(notebook.get("worksheets"), list):
        cells = [
            cell
            for sheet in notebook["worksheets"]
            if isinstance(sheet, dict)
            for cell in sheet.get("cells") or []
        ]
    if not isinstance(cells, list):
        return None
    parts: list[str] = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source")
        if isinstance(source, list):
            source = "".join(piece for piece in source if isinstance(piece, str))
        if isinstance(source, str) and source.strip():
            parts.append(_normalise_text(source).strip("\n"))
    return "\n\n".join(parts) + "\n"


# --- HTML ---------------------------------------------------------------------------------------------------

_HTML_START = re.compile(XML_PROLOGUE + r"<(?:!doctype\s+html|html[\s>])", re.I)
_HTML_TAG = re.compile(r"<(?:html|head|body)[\s>]", re.IGNORECASE)
_MARKDOWN_BLOCK = re.compile(
    r"^(?:#{1,6}[ \t]|[-*+][ \t]|[0-9]{1,3}[.)][ \t]|\|.*\|[ \t]*$|>[ \t])", re.MULTILINE
)


def _has_markdown_blocks(text: str) -> bool:
    """Whether a text that looks like HTML has Markdown's own blocks (headings, items, table rows) too, as
    a README with HTML in it has: two of them are enough."""
    blocks = _MARKDOWN_BLOCK.finditer(text, 0, 200_000)
    return next(blocks, None) is not None and next(blocks, None) is not None


_LOG_NAME = re.compile(
    r"\.(?:log|weechatlog)$", re.IGNORECASE
)  # (a chat client's log: `#channel.weechatlog`)
_PLAIN_TEXT_NAME = re.compile(r"(?:\.(?:txt|text)|^[^.]*)$", re.IGNORECASE)  # (`notes.txt`, `README`, `-`)
_TEXTILE_NAME = re.compile(r"\.textile(?:$|[?#])", re.IGNORECASE)
_TABLE_NAME = re.compile(r"\.(?:csv|tsv|tab)(?:$|[?#])", re.IGNORECASE)
# Where a paragraph or a line of HTML ends.
_BLOCK_BREAK = re.compile(r"</(?:p|div|li)\s*>|<br\s*/?>", re.IGNORECASE)
_MARKDOWN_NAME = re.compile(r"\.(?:md|markdown|mdown|mkd|mdx|qmd|rmd)(?:$|[?#])", re.IGNORECASE)
_FRAGMENT_START = re.compile(r"\s*<[A-Za-z!]")
_CLOSING_TAG = re.compile(r"</(?:p|div|li|h[1-6]|section|article|span|a|td|tr|table|ul|ol)>", re.IGNORECASE)

_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "head"}
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "hr",
        "legend", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    }
)  # fmt: skip
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "##### ", "h6": "###### "}
_BOLD_TAGS = frozenset({"b", "strong"})
_SPACES = re.compile(r"[ \t\n\f\r\u00a0\u3000]+")
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")
_LINE_EDGES = re.compile(r"[ \t]*\n[ \t]*")
# How a nested list item is indented while the page is rendered (a character no page holds, made two spaces once
# the spaces around line breaks are gone), so that the extractor sees items inside items.
_INDENT = "\ue000"


_COMPONENT_START = re.compile(r"<(?:script|template|style)\b", re.I)


def _opens_as_component(head: str) -> bool:
    """Whether a text opens, past comments, on a `<script>`, `<template>` or `<style>` block (a web component's
    single file)."""
    at = 0
    while True:
        while at < len(head) and head[at].isspace():
            at += 1
        if not head.startswith("<!--", at):
            return _COMPONENT_START.match(head, at) is not None
        end = head.find("-->", at)
        if end < 0:
            return False
        at = end + 3


def _looks_like_html(text: str) -> bool:
    """Sniff HTML from the content, never the file name: a page, or a fragment made of tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    if _FRAGMENT_START.match(head) is None:
        return False
    if _opens_as_component(head):
        # (a web component's single file, Vue's or Svelte's: `<script setup>` … `<template>` … `<style>`, source
        # whose papers sit in its script's data, read as the text it is)
        return False
    if _HTML_TAG.search(head):
        return True
    # A fragment (a copied article body) starts and ends with tags; Markdown that opens with
    # `<div align="center">` ends with Markdown text and stays Markdown.
    return text.rstrip().endswith(">") and len(_CLOSING_TAG.findall(head)) >= 3


_CELL_BREAK = " — "


def html_to_text(html: str, address: str | None = None) -> str:
    """Turn an HTML page into text: one line per block, headings as `#`, links kept as `[text](url)`.

    Relative links to a paper (`/papers/2402.19427`) are made absolute against the page's own address: its
    `<base>`, its canonical link or `og:url` (a page saved from a browser keeps them), else `address`, where it
    was fetched.
    """
    # Imported here: only HTML digests need the parser, and commands that read no digest start faster.
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    pieces: list[str] = []
    title = tree.css_first("title")
    if title is not None:
        pieces.extend((_SPACES.sub(" ", title.text()).strip(), "\n\n"))
    root = tree.body or tree.root
    if root is not None:
        _render(root, pieces, _page_address(tree) or address, word_lists="mso-list" in html)
    text = "".join(pieces)
    text = _LINE_EDGES.sub("\n", text)
    if _INDENT in text:
        text = text.replace(_INDENT, "  ")
    return _BLANK_RUNS.sub("\n\n", text).strip("\n ") + "\n"


def _page_address(tree: LexborHTMLParser) -> str | None:
    """Where a page says it lives: `<base href>`, `<link rel=canonical>` or `<meta property=og:url>`."""
    for selector, attribute in (
        ("base[href]", "href"),
        ("link[rel=canonical][href]", "href"),
        ('meta[property="og:url"][content]', "content"),
    ):
        node = tree.css_first(selector)
        value = (node.attributes.get(attribute) or "").strip() if node is not None else ""
        if value.startswith(("http://", "https://")):
            return value
    return None


def _opens_item(pieces: list[str]) -> bool:
    """Whether nothing but space was written since a list item's marker: its first paragraph (`<li><p>Title`)
    goes on the marker's line."""
    for piece in reversed(pieces[-8:]):
        if piece.strip():
            return piece.endswith("- ") and piece.lstrip("\n " + _INDENT).startswith("- ")
    return False


# Confluence's storage format names what a link or a macro points at in an attribute, never in text: an attached
# file, an address, another page.
_RESOURCE_NAMES = {"ri:attachment": "ri:filename", "ri:url": "ri:value", "ri:page": "ri:content-title"}
_MACRO_SETTINGS = frozenset({"ac:task-id", "ac:task-uuid", "ac:task-status", "ac:plain-text-link-body"})


def _render(
    root: LexborNode, pieces: list[str], address: str | None = None, *, word_lists: bool = False
) -> None:
    """Walk the tree without recursion (pages nest deeper than Python's stack allows).

    Tables become Markdown tables (a header row, its delimiter row, one line per row) and nested lists are
    indented, so that the text keeps the page's structure for the extractor (a row, an item: one entry).
    """
    # Stack entries: a node to enter, or a closing action (tag, node, index into pieces where it began).
    stack: list[tuple[LexborNode, bool, int]] = [(root, False, 0)]
    state = _RenderState()
    state.address = address
    while stack:
        node, closing, begun = stack.pop()
        tag = node.tag or ""
        if closing:
            _close(node, tag, pieces, begun, state)
            continue
        if tag == "-text":
            value = node.text_content or ""
            pieces.append(value if state.preformatted else _SPACES.sub(" ", value))
            continue
        if tag.startswith("-") or tag in _SKIPPED_TAGS:
            continue  # comments, doctype, scripts, styles
        if tag == "br":
            if not (pieces and pieces[-1].endswith("# ")):  # (a break opening a heading: none)
                # (in a table's cell, a break parts what it holds, as a dash would: `<i>Title</i><br>Authors`)
                if not state.cells:
                    pieces.append("\n")
                else:
                    pieces.append(_CELL_BREAK if "".join(pieces[-3:]).strip(" |") else " ")
            continue
        if tag == "img":
            continue  # images are page furniture; their alt text is not the digest's words
        if tag in _RESOURCE_NAMES and (named := node.attributes.get(_RESOURCE_NAMES[tag])):
            pieces.append(f" {named} ")  # (Confluence's `<ri:attachment ri:filename="2011.04006v1.pdf"/>`)
        if tag in _MACRO_SETTINGS:
            continue  # (a task's id and state, a macro's setting: `<ac:parameter ac:name="colour">Green`)
        if tag == "ac:parameter" and node.attributes.get("ac:name") != "title":
            pieces.extend(  # (what a setting points at stays: `<ac:parameter ac:name="name"><ri:attachment …/>`)
                f" {named} "
                for inner in node.traverse()
                if inner.tag in _RESOURCE_NAMES
                and (named := inner.attributes.get(_RESOURCE_NAMES[inner.tag]))
            )
            continue
        if tag == "ac:task":
            pieces.append("\n" + _INDENT * state.lists + "- ")  # (a task list's task: an item)
        if (  # (`word_lists`: the page is Word's, whose list markers these spans are)
            word_lists
            and tag == "span"
            and "mso-list:ignore" in (node.attributes.get("style") or "").casefold().replace(" ", "")
        ):
            # Word's "Save as Web Page" writes a list item's bullet (`·` in the Symbol font) or number as text
            # in such a span: the item it starts is a list item.
            marker = " ".join(node.text(deep=True).split())
            pieces.append(f"{marker} " if marker[:1].isalnum() else "- ")
            continue
        if tag == "table":
            state.layouts.append(not state.cells and _is_layout_table(node))
        if state.layouts and state.layouts[-1] and tag in ("table", "tr", "td", "th"):
            # A layout table (an email's columns and boxes): its rows and cells are blocks of the page.
            pieces.append("\n")
            stack.append((node, True, len(pieces)))
            stack.extend((child, False, 0) for child in reversed(list(node.iter(include_text=True))))
            continue
        if state.cells:
            if tag in ("td", "th"):
                pieces.append(_CELL_OPENING)
            elif tag == "tr":
                pieces.append("\n")
            elif tag == "table":
                state.tables.append(0)
                pieces.append("\n\n")
            elif tag == "li":
                # (a list in a cell, a syllabus's readings: its items parted as a break parts a cell's lines; the
                # first opens the cell or follows its label, `Required:`)
                held = "".join(pieces[-3:]).rstrip()
                pieces.append(" " if not held or held.endswith(("|", ":", "：", _PARAGRAPH)) else _CELL_BREAK)
            # Inside a table, other blocks run on in their cell: a row stays one line.
        elif tag in _HEADINGS:
            pieces.append("\n\n" + _HEADINGS[tag])
            if state.lists:
                # (a heading inside a list's item, `<li><h4>Group</h4><ul><li>…`, a bookmark file's folder: the lists
                # below it start again from the margin, as under any heading)
                state.heading_depths.append(state.lists)
        elif tag == "summary" and not any(inner.tag in _HEADINGS for inner in node.traverse()):
            # (`<details><summary><b>Foundations</b> (5)</summary>`: a README's folding section, headed by it)
            pieces.append("\n\n## ")
        elif tag == "dt" and _is_link_term(node):
            # A definition list of titles, each linked, and what is known of it below (a proceedings listing:
            # `<dt><a href=...>Title</a></dt><dd>authors, [pdf] [arXiv]</dd>`): each term heads its entry.
            pieces.append("\n\n#### ")
        elif tag == "li":
            under = state.heading_depths[-1] if state.heading_depths else 0
            pieces.append("\n" + _INDENT * max(0, state.lists - 1 - under) + "- ")
        elif tag == "table":
            state.tables.append(0)
            pieces.append("\n\n")
        elif tag == "tr":
            pieces.append("\n")
        elif tag in ("td", "th"):
            pieces.append(_CELL_OPENING)
        elif state.tables and tag in ("thead", "tbody", "tfoot", "caption", "colgroup"):
            pass  # a table's rows follow each other, line after line
        elif tag in _BLOCK_TAGS and not (state.lists and tag in ("ul", "ol")) and not _opens_item(pieces):
            pieces.append("\n")  # (a list inside an item follows its line: no blank line between them)
        if tag == "pre":
            state.preformatted += 1
        elif tag in ("ul", "ol"):
            state.lists += 1
        elif tag in ("td", "th"):
            state.cells += 1
        stack.append((node, True, len(pieces)))
        children = list(node.iter(include_text=True))
        stack.extend((child, False, 0) for child in reversed(children))


# A cell holding a heading, a table or several boxes is a region of a page laid out by a table (as HTML email
# is), not a cell of data; so is one holding several paragraphs or lists, unless the table has a data table's
# shape (see `_is_layout_table`).
_LAYOUT_CELL = ", ".join(
    f"{cell} {inner}"
    for cell in ("td", "th")
    for inner in ("table", "h1", "h2", "h3", "h4", "h5", "h6", "div ~ div")
)
_PARAGRAPHS_CELL = ", ".join(
    f"{cell} {inner}" for cell in ("td", "th") for inner in ("p ~ p", "p ~ ul", "p ~ ol")
)


def _is_link_term(node: LexborNode) -> bool:
    """Whether a `<dt>` is one link of a few words and nothing else (a title linked to its page)."""
    link = node.css_first("a[href]")
    text = " ".join(node.text(deep=True).split())
    return link is not None and len(text.split()) >= 3 and " ".join(link.text(deep=True).split()) == text


def _is_layout_table(node: LexborNode) -> bool:
    """Whether a `<table>` lays the page out rather than holding data: a cell holds the page's blocks.

    A table whose cells hold several paragraphs is a table of data all the same when it has a data table's
    shape: two rows or more of the same two cells or more, the first a header (`<th>`, or a few words a cell).
    A syllabus's reading column, two papers in a cell, is one."""
    if node.css_first(_LAYOUT_CELL) is not None:
        return True
    cells = [
        cell
        for cell in node.css("td, th")
        if (table := _table_of(cell)) is not None and table.mem_id == node.mem_id
    ]
    if len(cells) == 1 and len(cells[0].css("br")) >= 3:
        return True  # (one cell of lines apart by `<br>`: a mail client's printable view of a message's body)
    if any(len(cell.css("br")) >= _BODY_BREAKS for cell in cells):
        return True  # (a cell of a dozen lines and more: a message's body beside its fields, a mail magazine's issue)
    rows = [
        row for row in node.css("tr") if (table := _table_of(row)) is not None and table.mem_id == node.mem_id
    ]
    widths = [len([cell for cell in row.iter() if cell.tag in ("td", "th")]) for row in rows]
    if all(width <= 1 for width in widths) and any(
        len(cell.css("br")) >= 3 or cell.css_first("ul, ol") is not None for cell in cells
    ):
        return True  # (a column of posts, each a cell of lines or lists: a forum's printable thread)
    if node.css_first(_PARAGRAPHS_CELL) is None:
        return False
    if len(rows) < 2 or len(set(widths)) != 1 or widths[0] < 2:
        return True
    header = [cell for cell in rows[0].iter() if cell.tag in ("td", "th")]
    return not all(
        cell.tag == "th"
        or (len(cell.text(deep=True).split()) <= _HEADER_WORDS and cell.css_first("p ~ p") is None)
        for cell in header
    )


_BODY_BREAKS = 12  # (line breaks in one cell, at least, that make it a page's block, not a table's datum)
_HEADER_WORDS = 6  # (a column's name is a few words: `Required reading`, `Обов’язкове читання`)


def _table_of(row: LexborNode) -> LexborNode | None:
    """The table a row (or a cell) belongs to (past `<tbody>`, `<thead>`, `<tfoot>`, `<tr>`)."""
    parent = row.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent


_ADDRESS_IN_SCRIPT = re.compile(r"https?://[^\s<>\"'()\[\]]+")


def _scripted_target(node: LexborNode) -> str | None:
    """The one address a link opens from its script (`<a href="#" onclick="open('https://…')">`, `href="javascript:
    open('https://…')"`), if one."""
    found = {
        address.rstrip(".,;")
        for name, value in node.attributes.items()
        if name != "title" and value and (name != "href" or value.lstrip().startswith("javascript:"))
        for address in _ADDRESS_IN_SCRIPT.findall(value)
    }
    return found.pop() if len(found) == 1 else None


def _absolute(address: str, href: str) -> str:
    """A relative link made absolute when it then names a paper by its id (arXiv, Hugging Face, OpenReview ...);
    other relative links (a site's own menus and pages) stay as they were, and are not kept as links."""
    from urllib.parse import urljoin

    absolute = urljoin(address, href)
    return absolute if any(True for _ in find_ids(absolute)) else href


_CELL = "\x00"  # (a table cell's opening bar, while its row is put together)


# A table's row of data, not of headers: a cell of a sentence's length (a citation, a note).
_DATA_ROW = re.compile(r"[^\x00]{100}")


class _CellOpening(str):
    """A table cell's opening bar among the pieces: told from a cell's text that is a bar alone (`[bib&nbsp;| pdf]`
    reads ` | ` once its spaces are made plain), which is escaped."""


_CELL_OPENING = _CellOpening(" | ")
_PARAGRAPH = "\x01"  # (the end of a paragraph inside a table's cell, until its row is written)


# A Markdown table's row whose cells hold line breaks (`[Title](url)<br>taust: *Title B*`, as Google Docs and
# Notion write a cell of several paragraphs).
_MARKDOWN_ROW_BREAKS = re.compile(r"^[ \t]*\|[^\n]*<br\s*/?>[^\n]*\|[ \t]*$", re.MULTILINE | re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_UNESCAPED_BAR = re.compile(r"(?<!\\)\|")


# A cell's paragraph set in small type under the one above (`<b>Title</b><br><sub>Authors et al.</sub>`): what it
# says is about that paragraph's paper (its authors, its venue), no paper of its own.
_SMALL_PARAGRAPH = re.compile(
    r"<br\s*/?>\s*(?=<(?P<tag>sub|small|sup)>(?:(?!<br)[^|])*?</(?P=tag)>\s*(?:<br|$))", re.IGNORECASE
)


def _row_per_paragraph(row: re.Match[str]) -> str:
    """A Markdown row with line breaks in its cells as a row per paragraph, as a page's table is (`_row_lines`)."""
    cells = _UNESCAPED_BAR.split(row.group(0).strip())[1:-1]
    return _row_lines(
        "".join(_CELL + _BREAK.sub(_PARAGRAPH, _SMALL_PARAGRAPH.sub(" — ", cell)) for cell in cells)
    )


def _row_lines(row: str) -> str:
    """A row's cells (each opening with `_CELL`) as a Markdown row; a row whose cells hold several paragraphs as
    a row per paragraph, each paragraph in its cell's column (two papers in one cell: one row each)."""
    if _PARAGRAPH not in row:
        return row.replace(_CELL, " | ").strip()
    cells = [cell.split(_PARAGRAPH) for cell in row.split(_CELL)[1:]]
    return "\n".join(
        " | ".join(["", *(cell[k].strip() if k < len(cell) else "" for cell in cells)]).strip()
        + (" |" if k < max(len(cell) for cell in cells) - 1 else "")
        for k in range(max(len(cell) for cell in cells))
    )


class _RenderState:
    """Where the walk is: inside how many `pre`, lists, table cells; rows seen per open table; headings inside
    lists' items."""

    def __init__(self) -> None:
        self.preformatted = 0
        self.lists = 0
        self.cells = 0
        self.tables: list[int] = []  # rows written so far, per open table
        self.layouts: list[bool] = []  # per open table: whether it lays the page out (not a table of data)
        self.heading_depths: list[int] = []  # open lists at each heading inside a list's item
        self.address: str | None = None  # the page's own address, for its relative links


def _close(node: LexborNode, tag: str, pieces: list[str], begun: int, state: _RenderState) -> None:
    if state.layouts and state.layouts[-1] and tag in ("table", "tr", "td", "th"):
        if tag == "table":
            state.layouts.pop()
        pieces.append("\n")
        return
    if tag == "table" and state.layouts:
        state.layouts.pop()
    if tag == "pre":
        state.preformatted -= 1
    elif tag in ("ul", "ol"):
        state.lists -= 1
        while state.heading_depths and state.lists < state.heading_depths[-1]:
            state.heading_depths.pop()
        if state.lists:
            return  # (the item holding this list goes on; the next item starts its own line)
    elif tag in ("td", "th"):
        state.cells -= 1
        # A cell is one line of its row: its line breaks become spaces; its paragraphs stay apart (`_PARAGRAPH`).
        inner = "".join(pieces[begun:])
        if "\n" in inner or _PARAGRAPH in inner:
            paragraphs = (_SPACES.sub(" ", paragraph).strip() for paragraph in inner.split(_PARAGRAPH))
            pieces[begun:] = [_PARAGRAPH.join(paragraph for paragraph in paragraphs if paragraph)]
        return
    if tag == "a":
        href = (node.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            href = _scripted_target(node) or href
        relative = bool(href) and href[0] != "#" and ":" not in href.split("/", 1)[0]
        if relative and state.address is not None:
            href = _absolute(state.address, href)  # a relative link to a paper (`/papers/2402.19427`)
        label = _SPACES.sub(" ", "".join(pieces[begun:])).strip()
        if not href.startswith(("http://", "https://")):
            if relative and label and href.startswith("/") and not any(True for _ in find_ids(href)):
                # One of the site's own pages (`/blog/llama3`): kept as a link, so that its text is known to
                # name a page, not a paper, as in the Markdown the page was written in.
                pieces[begun:] = [markdown_link(label, href)]
            return
        del pieces[begun:]
        if not label or label == href or label.rstrip("/") == href.rstrip("/"):
            pieces.append(f" {href} ")
        else:
            pieces.append(markdown_link(label, href))
    elif tag in _BOLD_TAGS:
        inner = "".join(pieces[begun:])
        if inner.strip() and "\n" not in inner:
            pieces[begun:] = ["**", inner.strip(), "**"]
    elif tag == "tr":
        # (each cell opens with its own ` | ` piece; a bar in a cell's text is escaped, and an empty cell stays one)
        row = "".join(
            _CELL if isinstance(piece, _CellOpening) else piece.replace("|", "\\|")
            for piece in pieces[begun:]
        ).strip()
        cells = row.count(_CELL)
        pieces[begun:] = [_row_lines(row)]
        pieces.append(" |")
        if state.tables:
            state.tables[-1] += 1
            if state.tables[-1] == 1 and cells:
                if _DATA_ROW.search(row) is not None and not any(cell.tag == "th" for cell in node.iter()):
                    # (a first row of data, no headers: a bibliography's `[1] | Authors. Title. Venue, 2022.`; an
                    # empty header row over it, as Markdown wants one, so that it is read as the rows below)
                    pieces.insert(begun, "|" + "  |" * cells + "\n|" + " --- |" * cells + "\n")
                else:
                    pieces.append("\n|" + " --- |" * cells)
    elif tag == "table":
        if state.tables:
            state.tables.pop()
        pieces.append("\n\n")
    elif state.cells:
        if tag == "p":
            pieces.append(_PARAGRAPH)
        return
    elif state.tables and tag in ("thead", "tbody", "tfoot", "caption", "colgroup"):
        return
    elif tag in _HEADINGS or tag in _BLOCK_TAGS:
        pieces.append("\n\n" if tag in _HEADINGS or tag == "p" else "\n")


# --- Markdown -----------------------------------------------------------------------------------------------

# A Markdown link whose text or URL runs over up to three lines; the URL may also sit on the line after `]`.
_MARKDOWN_LINK = re.compile(
    r"\[(?P<label>[^\[\]\n]{0,300}(?:\n[^\[\]\n]{0,300}){0,2})\]"
    r"(?P<gap>[ \t]*\n?[ \t]*)"
    r"\((?P<url>[ \t]*(?:https?://|www\.)[^()\s]{0,2000}(?:[ \t]*\n[ \t]*[^()\s]{1,2000}){0,2}[ \t]*)\)"
)


# Markdown's reference-style links: a definition `[label]: url "Title"` on its own line, and uses `[text][label]`
# (or `[text][]`) anywhere. CommonMark consumes definitions; read as text they would be a bare link apart from
# the words that name it.
_LINK_DEFINITION = re.compile(
    r"^[ ]{0,3}\[(?P<label>[^\]\n^]{1,100})\]:[ \t]*<?(?P<url>https?://[^\s<>]+)>?"
    r"(?:[ \t]+(?:\"(?P<double>[^\"\n]*)\"|'(?P<single>[^'\n]*)'|\((?P<paren>[^()\n]*)\)))?[ \t]*$",
    re.MULTILINE,
)
_REFERENCE_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,300})\][ ]?\[(?P<label>[^\[\]\n^]{0,100})\]")


def resolve_reference_links(text: str) -> str:
    """Write Markdown's reference-style links inline, line for line: each use `[text][label]` becomes
    `[text](url)`, and a definition that gives a title, `[label]: url "Title"`, becomes `[Title](url)`."""
    if "]:" not in text:
        return text
    targets: dict[str, str] = {}

    def definition(match: re.Match[str]) -> str:
        targets.setdefault(" ".join(match.group("label").casefold().split()), match.group("url"))
        title = match.group("double") or match.group("single") or match.group("paren")
        return f"[{title.strip()}]({match.group('url')})" if title and title.strip() else match.group(0)

    text = _LINK_DEFINITION.sub(definition, text)
    if not targets or "][" not in text.replace("] [", "]["):
        return text

    def use(match: re.Match[str]) -> str:
        label = " ".join((match.group("label") or match.group("text")).casefold().split())
        url = targets.get(label)
        return f"[{match.group('text')}]({url})" if url else match.group(0)

    return _REFERENCE_LINK.sub(use, text)


# Inline HTML inside Markdown (GitHub READMEs and awesome lists write it): a link, bold and italics, and the tags
# that only lay a line out, each on one line.


# (a number opening an array is followed by a comma or its end: `[2024-03-05 07:00:36,035: INFO/…]` opens a log's line)
_JSON_START = re.compile(r"\s*(?:\{|\[\s*(?:[\[{\"\]]|-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\s*[,\]]))")
# A line that opens an HTML block in Markdown (CommonMark's kind 6: it runs to the next blank line).
_HTML_BLOCK_START = re.compile(
    r"^[ \t]{0,3}<(?:table|thead|tbody|tr|ul|ol|dl|h[1-6]|center|section|article|blockquote|figure|details|"
    r"summary|p|div)[\s>]",
    re.IGNORECASE,
)


def html_blocks_to_markdown(text: str) -> str:
    """The HTML blocks of a Markdown digest (a README's `<table>` of papers, `<h2>` in a `<summary>`) as the
    Markdown an HTML page turns into, each block in as many lines as it had (its later lines left blank), so
    that line numbers still point into the file. Markdown between blocks is left as it is."""
    if "<" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        if not _HTML_BLOCK_START.match(lines[index]):
            out.append(lines[index])
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].strip():
            end += 1
        converted = [line for line in html_to_text("\n".join(lines[index:end])).split("\n") if line.strip()]
        block = end - index
        if len(converted) > block:
            converted = [*converted[: block - 1], " ".join(converted[block - 1 :])]
        out.extend(converted + [""] * (block - len(converted)))
        index = end
    return "\n".join(out)


def repair_markdown_links(text: str) -> str:
    """Join Markdown links broken across lines, keeping every later line at its number.

    `[Lite Transformer with\\nLong-Short Range Attention](https://arxiv.org/abs/\\n2004.11886)` becomes one
    line; the line breaks it held move to just after the link, so the lines below do not shift.
    """
    if "](" not in text and "]\n(" not in text:
        return text
    return _MARKDOWN_LINK.sub(_join_link, text)


def _join_link(match: re.Match[str]) -> str:
    whole = match.group(0)
    breaks = whole.count("\n")
    if not breaks:
        return whole
    label = _SPACES.sub(" ", match.group("label")).strip()
    url = _SPACES.sub("", match.group("url"))
    return f"[{label}]({url})" + "\n" * breaks
