"""Kinds and habits the blind rounds 68 and 69 brought (tests/data/digests-round68, -round69), each written here in
a small digest of its own: a twtxt feed, a SILE document, Stata's SMCL, a SYLK sheet, a netCDF header, a CoNLL-U
treebank, Ruby's RDoc comments, Japanese `・` bullets, references citing with Chinese `等`."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from paperlist.ids import find_ids
from tests.reading import decoded_titles, folder_titles


def test_a_twtxt_feed_is_read_as_its_posts_each_a_paragraph() -> None:
    feed = (
        "# nick = mika\n# url = https://pod.example.org/user/mika/twtxt.txt\n#\n"
        "2024-05-02T09:10:00+02:00\tHeute im Lesekreis: „Attention Is All You Need“ "
        "https://arxiv.org/abs/1706.03762 #<lesekreis https://pod.example.org/search?tag=lesekreis>\n"
        "2024-05-03T18:00:00+02:00\t(#abcdefg) @<jo https://pod.example.org/user/jo/twtxt.txt> Nächste Woche:"
        "\u2028・Deep Residual Learning for Image Recognition — Klassiker\u2028"
        "・Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift — "
        "für die Übung\n"
        "2024-05-04T08:00:00Z\tKaffee alle. Nichts Neues.\n"
    )
    label, titles = decoded_titles(feed.encode(), "twtxt.txt")
    assert label.startswith("twtxt/")
    assert titles == {
        "Attention Is All You Need": "1706.03762",
        "Deep Residual Learning for Image Recognition": None,
        "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift": None,
    }


def test_a_chat_log_with_times_and_tabs_is_no_twtxt_feed() -> None:
    # (WeeChat writes `date time<TAB>nick<TAB>text`: no `T`, no zone, two tabs)
    log = (
        "".join(f"2024-03-11 20:0{minute}:00\tkaede\tこんばんは {minute}\n" for minute in range(5))
        + "2024-03-11 20:09:00\tsota\thttps://arxiv.org/abs/2103.00020\n"
    )
    label, _ = decoded_titles(log.encode(), "ml.weechatlog")
    assert not label.startswith("twtxt/")


SILE = r"""
% handout.sil
\begin[class=book,papersize=a5]{document}
\use[module=packages.url]
\define[command=paper]{\em{\process}}
\chapter{Lecturas}

\begin{enumerate}
\item{\paper{Sequence to Sequence Learning with Neural Networks}. Ilya Sutskever, Oriol Vinyals, Quoc V. Le.
NeurIPS 2014. Lean la sección 3 (100\% obligatorio).}
\item{\href[src=https://arxiv.org/abs/1409.0473]{\paper{Neural Machine Translation by Jointly Learning to Align
and Translate}} — Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio.}
\end{enumerate}

\font[size=9pt]{El libro de Goodfellow es un libro, no un artículo.}\footnote{Capítulo 10.}
\end{document}
"""


def test_a_sile_document_is_read_as_the_page_it_typesets() -> None:
    label, titles = decoded_titles(textwrap.dedent(SILE).lstrip().encode(), "lecturas.sil")
    assert label.startswith("md/sile/")
    assert titles == {
        "Sequence to Sequence Learning with Neural Networks": None,
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
    }


SMCL = """\
{smcl}
{* *! version 1.0.0  01may2024}{...}
{viewerjumpto "References" "mypkg##references"}{...}
{title:Title}

{phang}
{bf:mypkg} {hline 2} Topic models for open answers


{marker references}{...}
{title:References}

{phang}
Blei, D. M., Andrew Y. Ng, Michael I. Jordan. 2003. Latent Dirichlet Allocation. {it:Journal of Machine
Learning Research} 3: 993{hline 1}1022.

{phang}
Devlin, J., Ming-Wei Chang, Kenton Lee u. a.. 2019. BERT: Pre-training of Deep Bidirectional Transformers for
Language Understanding. In {it:NAACL}. {browse "https://arxiv.org/abs/1810.04805":arXiv}.

{pstd}
Not papers: the book {it:Text as Data}, and {browse "https://www.sbert.net":sbert.net}.
"""


def test_a_stata_help_file_in_smcl_is_read_as_the_page_the_viewer_shows() -> None:
    label, titles = decoded_titles(SMCL.encode(), "mypkg.sthlp")
    assert label.startswith("md/smcl/")
    assert titles == {
        "Latent Dirichlet Allocation": None,
        "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding": "1810.04805",
    }


def test_a_sylk_sheet_is_read_as_its_table_and_ends_at_its_totals_row() -> None:
    records = [
        'C;Y1;X1;K"Titre"',
        'C;X2;K"Auteurs"',
        'C;X3;K"Lien"',
        'C;X4;K"Pages"',
        "F;P0;FG0G;Y2;X1",
        'C;K"Deep Residual Learning for Image Recognition"',
        'C;X2;K"Kaiming He, Xiangyu Zhang et al."',
        'C;X3;K"https://arxiv.org/abs/1512.03385"',
        "C;X4;K12",
        'C;Y3;X1;K"Going Deeper with Convolutions"',
        'C;X2;K"Christian Szegedy, Wei Liu et al."',
        "C;X4;K9",
        'C;Y4;X3;K"Total"',
        "C;X4;K21;ESUM(R2C4:R3C4)",
        'C;Y6;X1;K"Cours en ligne : Vision par ordinateur avancée ;; chapitres 1 à 9"',
        'C;Y7;X1;K"Jeux de données ImageNet et COCO pour les reproductions"',
        "E",
    ]
    sheet = ("ID;PWXL;N;E\r\n" + "\r\n".join(records) + "\r\n").encode("cp1252")
    label, titles = decoded_titles(sheet, "lectures.slk")
    assert label.startswith("sylk/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


CDL = """\
netcdf ocean_bench {
dimensions:
\tmodel = 3 ;
variables:
\tfloat rmse(model) ;
\t\trmse:long_name = "root mean square error" ;
\t\trmse:comment = "Baseline after Adam: A Method for Stochastic Optimization (Diederik P. Kingma, Jimmy Ba)." ;

// global attributes:
\t\t:title = "Surrogate benchmark" ;
\t\t:references = "[1] Olaf Ronneberger, Philipp Fischer 等. U-Net: Convolutional Networks for Biomedical Image \
Segmentation. MICCAI 2015.\\n",
\t\t\t"[2] Kaiming He, Xiangyu Zhang 等. Deep Residual Learning for Image Recognition. CVPR 2016. \
https://arxiv.org/abs/1512.03385" ;
data:

 rmse = 0.1, 0.2, 0.3 ;
}
"""


def test_a_netcdf_header_is_read_as_its_attributes_references_in_pieces_joined() -> None:
    label, titles = decoded_titles(CDL.encode(), "bench.cdl")
    assert label.startswith("cdl/")
    assert titles == {
        "Adam: A Method for Stochastic Optimization": None,
        "U-Net: Convolutional Networks for Biomedical Image Segmentation": None,
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


def test_a_numbered_reference_citing_with_chinese_deng_is_read_as_one_citing_with_et_al() -> None:
    references = (
        "参考文献\n\n"
        "[1] Olaf Ronneberger, Philipp Fischer 等. U-Net: Convolutional Networks for Biomedical Image "
        "Segmentation. MICCAI 2015.\n"
        "[2] Ilya Loshchilov, Frank Hutter 等. Decoupled Weight Decay Regularization. ICLR 2019.\n"
    )
    assert decoded_titles(references.encode(), "refs.txt")[1] == {
        "U-Net: Convolutional Networks for Biomedical Image Segmentation": None,
        "Decoupled Weight Decay Regularization": None,
    }


CONLLU = """\
# newdoc id = blog-1
# newpar id = p1
# sent_id = 1
# text = Kami membaca “Deep Residual Learning for Image Recognition” minggu lalu.
1\tKami\tkami\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tmembaca\tbaca\tVERB\t_\t_\t0\troot\t_\t_
3\tDeep\tdeep\tADJ\t_\t_\t2\tobj\t_\tSpaceAfter=No

# sent_id = 2
# text = Tautannya https://arxiv.org/abs/1512.03385 ada di grup.
1\tTautannya\ttautan\tNOUN\t_\t_\t0\troot\t_\t_
2\thttps://arxiv.org/abs/1512.03385\t_\tX\t_\t_\t1\tnmod\t_\t_
3\tada\tada\tVERB\t_\t_\t1\tacl\t_\t_

"""


def test_a_conllu_treebank_is_read_as_the_sentences_it_parses_not_its_words() -> None:
    label, titles = decoded_titles(CONLLU.encode(), "blog.conllu")
    assert label.startswith("conllu/")
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}


RUBY = """\
# frozen_string_literal: true

# = Otimizadores
#
# Receitas de treino. Posts de blog *não* são referências.
module Treino
  # == Adam
  #
  # Baseado em <em>Adam: A Method for Stochastic Optimization</em> (Diederik P. Kingma, Jimmy Ba),
  # {arXiv}[https://arxiv.org/abs/1412.6980].
  class Adam
    # == Decaimento desacoplado
    #
    # Experimental. Segue <em>On the Variance of the Adaptive Learning Rate
    # and Beyond</em> (Liyuan Liu, Haoming Jiang, Pengcheng He et al.). Use <tt>lr: 1e-3</tt>.
    def to_h
      { metodo: "adamw" }
    end
  end
end
"""


def test_a_ruby_source_s_rdoc_comments_are_read_as_markdown_however_deep_in_the_code() -> None:
    # (a comment indented with the code it documents is no Markdown code block; an emphasis wrapped onto the
    # next line is one title)
    assert decoded_titles(RUBY.encode(), "treino.rb")[1] == {
        "Adam: A Method for Stochastic Optimization": "1412.6980",
        "On the Variance of the Adaptive Learning Rate and Beyond": None,
    }


def test_titles_in_a_list_with_japanese_bullets_are_papers() -> None:
    post = (
        "次の輪講の候補：\n"
        "・Deep Residual Learning for Image Recognition — 残差接続の原点\n"
        "・Going Deeper with Convolutions — Inception の論文\n"
        "どれも 1 回では終わらない。\n"
    )
    assert decoded_titles(post.encode(), "memo.txt")[1] == {
        "Deep Residual Learning for Image Recognition": None,
        "Going Deeper with Convolutions": None,
    }


MARC = """\
=LDR  01381nam\\\\a2200313Ii\\4500
=001  LIB0001
=035  \\\\$a(arXiv)1512.03385
=100  1\\$aHe, Kaiming,$eauthor.
=245  10$aDeep Residual Learning for Image Recognition /$cKaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun.
=520  3\\$aResidual connections let very deep networks train.

=LDR  01325nam\\\\a2200277Ii\\4500
=001  LIB0002
=100  1\\$aKingma, Diederik P.,$eauthor.
=245  10$aAdam :$bA Method for Stochastic Optimization /$cDiederik P. Kingma, Jimmy Ba.
=856  40$uhttps://openreview.net/forum?id=8gmWwjFyLj$zOpenReview

=LDR  00981nam\\\\a2200229Ii\\4500
=001  LIB0003
=020  \\\\$a9780262035613$qhardcover
=245  10$aDeep learning /$cIan Goodfellow, Yoshua Bengio, Aaron Courville.

=LDR  00977nmm\\\\a2200205Ii\\4500
=001  LIB0004
=245  10$aCommon Crawl news corpus, version 3 /$cData Lab.
=856  42$uhttps://data.example.org/corpora/news/
"""


def test_a_library_s_marc_records_give_their_papers_not_their_books_or_data() -> None:
    label, titles = decoded_titles(MARC.encode(), "reserve.mrk")
    assert label.startswith("json/marc/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Adam: A Method for Stochastic Optimization": "8gmWwjFyLj",
    }


def test_a_newsletter_s_title_block_over_its_authors_a_paragraph_below_is_a_paper_however_short() -> None:
    issue = (
        "Bu sayıda üç çalışma var.\n\n"
        "Mixed Precision Training\n\n"
        "Paulius Micikevicius, Sharan Narang, Jonah Alben vd.\n\n"
        "FP16 ile eğitimde kayıp ölçekleme.\n\n"
        "Program Committee\n\n"
        "Ayşe Yılmaz, Mehmet Demir, Elif Kaya\n"
    )
    assert decoded_titles(issue.encode(), "bulten.txt")[1] == {"Mixed Precision Training": None}


def test_a_table_in_fixed_width_columns_is_read_by_its_header_cells_cut_or_touching() -> None:
    header = f"{'Datum':<11}{'Titel':<60}{'Auteurs':<22}{'Link':<34}{'Wie':<8}{'Aanw'} Opmerking"
    rows = [
        f"{'17-1-2024':<11}{'Deep Residual Learning for Image Recognition':<60}{'Kaiming He, Xiangyu Zh':<22}"
        f"{'https://arxiv.org/abs/1512.03385':<34}{'Femke':<8}{'14':>4}zaal 2.14",
        f"{'24-1-2024':<11}{'Going Deeper with Convolutions':<60}{'Christian Szegedy, Wei':<22}{'':<34}"
        f"{'Joost':<8}{'9':>4}PDF in de map",
        f"{'31-1-2024':<11}{'Voorjaarsvakantie - geen sessie':<60}{'':<22}{'':<34}{'':<8}{'':>4}",
        f"{'':<11}{'Nieuwe leden: eerst de pagina op de wiki lezen en dan een mail sturen':<60}",
    ]
    table = "\r\n".join([header, *rows]) + "\r\n"
    label, titles = decoded_titles(table.encode("cp1252"), "leesgroep.prn")
    assert label.startswith("md/fixed-width/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_iso_690_references_in_czech_give_their_papers_not_a_thesis_or_a_web_page() -> None:
    references = (
        "Seznam použité literatury\n\n"
        "[1] HOWARD, Jeremy a RUDER, Sebastian. Universal Language Model Fine-tuning for Text\n"
        "Classification. In: Proceedings of the 56th Annual Meeting of the Association for Computational\n"
        "Linguistics. Melbourne: Association for Computational Linguistics, 2018, s. 328–339.\n\n"
        "[2] WOLF, Thomas; DEBUT, Lysandre; SANH, Victor et al. Transformers: knihovna modelů. Online.\n"
        "Hugging Face, 2024. [cit. 2024-04-18]. Dostupné z: https://huggingface.co/docs/transformers/index.\n\n"
        "[3] NOVÁKOVÁ, Tereza. Klasifikace recenzí pomocí předtrénovaných jazykových modelů. Diplomová\n"
        "práce. Brno: Vysoká škola technická, 2023.\n"
    )
    assert decoded_titles(references.encode(), "literatura.txt")[1] == {
        "Universal Language Model Fine-tuning for Text Classification": None,
    }


MIF = """\
<MIFFile 2019> # Generated by Adobe FrameMaker 2019
<PgfCatalog
 <Pgf
  <PgfTag `Body'>
  <PgfFIndent 0.0 cm>
  <PgfFont
   <FFamily `Minion Pro'>
   <FSize 10.0 pt>
  > # end of PgfFont
 > # end of Pgf
> # end of PgfCatalog
<TextFlow
 <Para
  <PgfTag `Heading1'>
  <ParaLine
   <String `Grundlagen'>
  > # end of ParaLine
 > # end of Para
 <Para
  <PgfTag `Body'>
  <ParaLine
   <String `Grundlage ist '>
   <Font
    <FTag `Emphasis'>
   > # end of Font
   <String `Deep Residual Learning for '>
  > # end of ParaLine
  <ParaLine
   <String `Image Recognition'>
   <Font
    <FTag `'>
   > # end of Font
   <String ` (Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun).'>
   <Marker
    <MType 8>
    <MText `message URL https://arxiv.org/abs/1512.03385'>
   > # end of Marker
  > # end of ParaLine
 > # end of Para
> # end of TextFlow
"""


def test_a_framemaker_mif_document_is_read_as_its_paragraphs_not_its_formats() -> None:
    label, titles = decoded_titles(MIF.encode(), "bericht.mif")
    assert label.startswith("md/mif/")
    assert titles == {"Deep Residual Learning for Image Recognition": "1512.03385"}


def test_a_registry_export_in_utf_16_is_read_from_a_folder_a_record_per_key(tmp_path: Path) -> None:
    export = (
        "Windows Registry Editor Version 5.00\r\n\r\n"
        "[HKEY_CURRENT_USER\\Software\\Lib\\Item001]\r\n"
        '"Kind"="article"\r\n"Title"="Deep Residual Learning for Image Recognition"\r\n'
        '"Authors"="Kaiming He, Xiangyu Zhang"\r\n"Url"="https://arxiv.org/abs/1512.03385"\r\n'
        '"Tags"=hex(7):76,00,69,00,73,00,69,00,6f,00,6e,00,00,00,00,00\r\n\r\n'
        "[HKEY_CURRENT_USER\\Software\\Lib\\Item002]\r\n"
        '"Kind"="article"\r\n"Title"="Going Deeper with Convolutions"\r\n"Url"=""\r\n'
        '"Note"="Auf Papier \\"gelesen\\"."\r\n"Year"=dword:000007df\r\n\r\n'
        "[HKEY_CURRENT_USER\\Software\\Lib\\Item003]\r\n"
        '"Kind"="book"\r\n"Title"="Deep Learning"\r\n'
        '"Authors"="Ian Goodfellow, Yoshua Bengio, Aaron Courville"\r\n'
    )
    (tmp_path / "library.reg").write_bytes(b"\xff\xfe" + export.encode("utf-16-le"))
    assert folder_titles(tmp_path) == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_redis_s_append_only_file_is_read_as_the_data_its_commands_write() -> None:
    def command(*parts: str) -> str:
        return f"*{len(parts)}\r\n" + "".join(f"${len(p.encode())}\r\n{p}\r\n" for p in parts)

    message = (
        '{"from":"mina","text":"/add Going Deeper with Convolutions\\n(Christian Szegedy et al., 2015)"}'
    )
    aof = (
        "#TS:1709859600\r\n"
        + command("SET", "bot:lock", "c7f3", "PXAT", "1709859630000")
        + command(
            "HSET",
            "bot:paper:1",
            "title",
            "Deep Residual Learning for Image Recognition",
            "url",
            "https://arxiv.org/abs/1512.03385",
            "note",
            "잔차 연결",
        )
        + command("RPUSH", "bot:chatlog", message)
    )
    label, titles = decoded_titles(aof.encode(), "appendonly.aof.1.incr.aof")
    assert label.startswith("json/aof/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_a_fits_header_is_read_as_its_cards_a_numbered_series_as_one_thing() -> None:
    cards = [
        "SIMPLE  =                    T / conforms to FITS standard",
        "BITPIX  =                    8 / array data type",
        "NAXIS   =                    0 / number of array dimensions",
        "LONGSTRN= 'OGIP 1.0'           / The OGIP long string convention may be used.",
        "TTYPE1  = 'FLAG    '           / 0=good 1=artefact",
        "METH1   = 'Deep Residual Learning for Image Recognit&'",
        "CONTINUE  'ion'",
        "METH1AUT= 'Kaiming He, Xiangyu Zhang, Shaoqing Ren dkk.'",
        "METH1ARX= 'arXiv:1512.03385'   / tanpa URL",
        "COMMENT Dicoba tetapi tidak dipakai: Going Deeper with",
        "COMMENT Convolutions (Christian Szegedy, Wei Liu dkk.) -- terlalu lambat.",
        "END",
    ]
    header = "# HDU 0 in katalog.fits:\n" + "\n".join(card.ljust(80) for card in cards) + "\n"
    label, titles = decoded_titles(header.encode(), "katalog_header.txt")
    assert label.startswith("fits/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


R_CONSOLE = """\
R version 4.3.2 (2023-10-31) -- "Eye Holes"

> dput(lecturas)
structure(list(id = 1:3, tipo = c("artículo", "artículo", "libro"), titulo = c("Deep Residual Learning for Image \
Recognition", "Going Deeper with Convolutions", "Deep Learning"), enlace = c("https://arxiv.org/abs/1512.03385", NA, \
NA), prioridad = structure(c(1L, 2L, 2L), levels = c("alta", "baja"), class = "factor")), row.names = c(NA, -3L), \
class = c("tbl_df", "tbl", "data.frame"))
> sessionInfo()
Running under: Ubuntu 22.04.4 LTS
"""


def test_a_data_frame_r_s_dput_wrote_in_a_console_transcript_is_read_as_its_table() -> None:
    label, titles = decoded_titles(R_CONSOLE.encode(), "sesion.txt")
    assert label.startswith("md/dput/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_a_list_item_naming_a_book_before_its_quoted_name_is_no_paper() -> None:
    notes = (
        '- Sách "Dive into Deep Learning", chương 11 (Attention Mechanisms and Transformers).\n'
        '- Book "Dive into Deep Learning", chapter 11 (Attention Mechanisms and Transformers).\n'
        '- "Deep Residual Learning for Image Recognition" (Kaiming He, Xiangyu Zhang et al.).\n'
    )
    assert decoded_titles(notes.encode(), "notes.md")[1] == {
        "Deep Residual Learning for Image Recognition": None
    }


LIVEJOURNAL = """\
<?xml version="1.0" encoding='utf-8'?>
<livejournal>
<entry>
<itemid>1841</itemid>
<eventtime>2024-02-05 21:14:00</eventtime>
<subject>Лекция 1</subject>
<event>Обязательное чтение:
&lt;lj-cut text="Список"&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Deep Residual Learning for Image Recognition&lt;/b&gt; — Kaiming He, Xiangyu Zhang, Shaoqing Ren \
и др. (CVPR 2016)&lt;/li&gt;
&lt;li&gt;&lt;a href="https://arxiv.org/abs/1409.4842"&gt;Going Deeper with Convolutions&lt;/a&gt;&lt;/li&gt;
&lt;/ol&gt;
&lt;/lj-cut&gt;
Спасибо &lt;lj user="anna_sh"&gt; за помощь.</event>
<security>public</security>
</entry>
</livejournal>
"""


def test_a_livejournal_export_is_read_as_the_page_of_its_posts() -> None:
    label, titles = decoded_titles(LIVEJOURNAL.encode(), "export.xml")
    assert label.startswith("html/livejournal/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": None,
        "Going Deeper with Convolutions": "1409.4842",
    }


def test_an_iso_690_reference_whose_last_author_has_a_middle_initial_gives_its_title() -> None:
    references = (
        "Literatura\n\n"
        "[4] PENNINGTON, Jeffrey; SOCHER, Richard a MANNING, Christopher D. GloVe: Global Vectors for\n"
        "Word Representation. In: Proceedings of the 2014 Conference on Empirical Methods in Natural\n"
        "Language Processing (EMNLP). Doha: Association for Computational Linguistics, 2014, s. 1532–1543.\n"
    )
    assert decoded_titles(references.encode(), "literatura.txt")[1] == {
        "GloVe: Global Vectors for Word Representation": None,
    }


def test_a_five_word_title_in_emphasis_opening_as_research_does_is_a_paper_a_field_s_book_is_not() -> None:
    post = (
        "Negatif örneksiz yöntemler için şunu okudum: *Exploring Simple Siamese Representation Learning*.\n\n"
        "Pour la théorie : *Learning Theory from First Principles* de Francis Bach.\n"
    )
    assert decoded_titles(post.encode(), "notes.md")[1] == {
        "Exploring Simple Siamese Representation Learning": None
    }


def test_a_second_table_lower_in_a_sheet_s_page_is_read_by_its_own_header() -> None:
    # (its rooms stand where the first table's titles stand: read with the first's header, they were titles)
    page = """\
    <table>
    <tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th></tr>
    <tr><th>1</th><td>STT</td><td>Ngày thêm</td><td>Tiêu đề</td><td>Tác giả</td><td>Liên kết</td></tr>
    <tr><th>2</th><td>1</td><td>04/01/2024</td><td>Deep Residual Learning for Image Recognition</td><td>He, Zhang</td>
    <td>https://arxiv.org/abs/1512.03385</td></tr>
    <tr><th>3</th><td>2</td><td>11/01/2024</td><td>Going Deeper with Convolutions</td><td>Szegedy, Liu</td><td></td></tr>
    <tr><th>4</th><td></td><td></td><td></td><td></td><td></td></tr>
    <tr><th>5</th><td></td><td>Lịch seminar</td><td>Địa điểm</td><td>Người trình bày</td><td></td></tr>
    <tr><th>6</th><td></td><td>18/01/2024</td><td>Phòng B-112</td><td>Linh</td><td></td></tr>
    <tr><th>7</th><td></td><td>25/01/2024</td><td>Phòng C-004</td><td>Huy</td><td></td></tr>
    </table>
    """
    titles = decoded_titles(textwrap.dedent(page).encode(), "sheet.html")[1]
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_din_references_under_author_year_labels_give_their_titles_not_a_documentation_page() -> None:
    references = (
        "Literaturverzeichnis\n\n"
        "[Geirhos u. a. 2020] GEIRHOS, Robert ; JACOBSEN, Jörn-Henrik ; MICHAELIS, Claudio u. a.:\n"
        "Shortcut Learning in Deep Neural Networks. In: Nature Machine Intelligence 2 (2020), Nr. 11,\n"
        "S. 665–673\n\n"
        "[PyTorch 2023] PYTORCH-ENTWICKLERTEAM: PyTorch Documentation, Version 2.1.\n"
        "Software-Dokumentation, 2023. – URL https://pytorch.org/docs/2.1/. – Zugriffsdatum:\n"
        "05.12.2023\n"
    )
    assert decoded_titles(references.encode(), "literatur.txt")[1] == {
        "Shortcut Learning in Deep Neural Networks": None,
    }


def test_a_java_properties_file_is_read_from_a_folder_its_numbered_items_as_records(tmp_path: Path) -> None:
    stored = (
        "#Reader 2.3.1 \\u2014 \\u0431\\u0456\\u0431\\u043B\\u0456\\u043E\\u0442\\u0435\\u043A\\u0430\r\n"
        "#Wed Mar 06 22:41:09 EET 2024\r\n"
        "item.2.url=https\\://arxiv.org/abs/1512.03385\r\n"
        "item.1.title=Going Deeper with Convolutions\r\n"
        "item.2.title=Deep Residual Learning for Image \\\r\n    Recognition\r\n"
        "item.3.title=Dive into Deep Learning, \\u0440\\u043E\\u0437\\u0434\\u0456\\u043B 12\r\n"
        "item.3.note=\\u041A\\u043D\\u0438\\u0433\\u0430 / \\u043F\\u0456\\u0434\\u0440\\u0443\\u0447\\u043D\\u0438\\u043A, "
        "\\u043D\\u0435 \\u0441\\u0442\\u0430\\u0442\\u0442\\u044F.\r\n"
        "item.1.note=Christian Szegedy, Wei Liu, Yangqing Jia et al.\r\n"
        "sync.server=https\\://sync.example.com/api/v2\r\n"
    )
    (tmp_path / "reader.properties").write_text(stored, "latin-1")
    assert folder_titles(tmp_path) == {
        "Going Deeper with Convolutions": None,
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


def test_a_program_s_report_of_a_day_and_a_time_is_no_title() -> None:
    # (`finger -l`'s lines, a time zone in parentheses after them, in a Japanese memo)
    report = (
        "森下のメモ。\n\n"
        "Login: kana      \t\t\tName: Kana Morishita\n"
        "Mail last read Tue Mar  5 08:58 2024 (JST)\n"
        "Plan:\n"
        "輪読の担当分：\n"
        "  - Deep Residual Learning for Image Recognition\n"
        "    https://arxiv.org/abs/1512.03385\n"
        "    Kaiming He ほか。残差接続。\n"
        "New mail received Tue Mar  5 09:31 2024 (JST)\n"
    )
    assert decoded_titles(report.encode(), "finger.txt")[1] == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


def test_a_bookmark_of_a_repository_gives_the_paper_its_notes_name() -> None:
    bookmarks = {
        "results": [
            {
                "url": "https://github.com/example/synthesizer",
                "title": "Synthesizer (implementação não oficial)",
                "notes": "Artigo: Synthesizer: Rethinking Self-Attention in Transformer Models, arXiv 2005.00743.",
            },
            {
                "url": "https://github.com/example/long-range-arena",
                "title": "GitHub - example/long-range-arena",
                "notes": "Artigo correspondente: Long Range Arena: A Benchmark for Efficient Transformers — Yi Tay, "
                "Mostafa Dehghani, Samira Abnar et al. Ainda sem link salvo.",
            },
            {
                "url": "https://www.youtube.com/watch?v=abc",
                "title": "Seminário (gravação)",
                "notes": "Slides no Drive.",
            },
        ]
    }
    assert decoded_titles(json.dumps(bookmarks, ensure_ascii=False).encode(), "bookmarks.json")[1] == {
        "Synthesizer: Rethinking Self-Attention in Transformer Models": "2005.00743",
        "Long Range Arena: A Benchmark for Efficient Transformers": None,
    }


def test_footnotes_numbered_without_a_mark_are_read_as_references_not_their_publishers() -> None:
    notes = (
        "1 Dzmitry Bahdanau, Kyunghyun Cho e Yoshua Bengio, ‘Neural Machine Translation by Jointly Learning to "
        "Align and Translate’, arXiv, 2014 <https://arxiv.org/abs/1409.0473>.\n\n"
        "2 Nils Reimers e Iryna Gurevych, ‘Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks’, in "
        "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing (Hong Kong: "
        "Association for Computational Linguistics, 2019), pp. 3982–92.\n\n"
        "3 Reimers e Gurevych, p. 3985.\n"
    )
    assert decoded_titles(notes.encode(), "note.txt")[1] == {
        "Neural Machine Translation by Jointly Learning to Align and Translate": "1409.0473",
        "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks": None,
    }


TELLICO = """\
<?xml version="1.0" encoding="UTF-8"?>
<tellico xmlns="http://periapsis.org/tellico/" syntaxVersion="11">
 <collection title="Leesgroep" type="5">
  <entry id="1">
   <title>Understanding the difficulty of training deep feedforward neural networks</title>
   <authors><author>Xavier Glorot</author><author>Yoshua Bengio</author></authors>
   <entry-type>inproceedings</entry-type>
   <year>2010</year>
  </entry>
  <entry id="2">
   <title>Deep Residual Learning for Image Recognition</title>
   <authors><author>Kaiming He</author><author>Xiangyu Zhang</author></authors>
   <entry-type>inproceedings</entry-type>
   <url>https://arxiv.org/abs/1512.03385</url>
  </entry>
  <entry id="3">
   <title>Deep Learning</title>
   <authors><author>Ian Goodfellow</author><author>Yoshua Bengio</author></authors>
   <entry-type>book</entry-type>
  </entry>
 </collection>
</tellico>
"""


def test_an_xml_library_s_entry_type_says_which_records_are_papers_a_sentence_case_title_too() -> None:
    assert decoded_titles(TELLICO.encode(), "leesgroep.tc.xml")[1] == {
        "Understanding the difficulty of training deep feedforward neural networks": None,
        "Deep Residual Learning for Image Recognition": "1512.03385",
    }


HALIBUT = r"""\# notes.but
\cfg{input-charset}{UTF-8}
\title Modèles de séquences

\C{rappels} Rappels

On part de l'article \q{Sequence to Sequence Learning with Neural Networks} \k{sutskever}
(Ilya Sutskever, Oriol Vinyals, Quoc V. Le), sur \W{https://arxiv.org/abs/1409.3215}{arXiv}.

\n \q{Neural Machine Translation by Jointly Learning to Align and Translate} \k{bahdanau} : l'alignement.

Le TP utilise \c{torch.nn.CTCLoss} (une fonction, pas un article).
"""


def test_a_halibut_document_is_read_as_the_manual_it_makes() -> None:
    label, titles = decoded_titles(HALIBUT.encode(), "notes.but")
    assert label.startswith("md/halibut/")
    assert titles == {
        "Sequence to Sequence Learning with Neural Networks": "1409.3215",
        "Neural Machine Translation by Jointly Learning to Align and Translate": None,
    }


HG_LOG = """\
changeset:   2:52dd05a76214
tag:         tip
user:        Chen Yutong <chen.yutong@nlp.example.edu.cn>
date:        Wed Mar 06 23:48:07 2024 +0800
files:       nlp/pretraining.md
description:
加入能量模型完形填空那篇


diff -r ba133c2c6255 -r 52dd05a76214 nlp/pretraining.md
--- a/nlp/pretraining.md\tTue Mar 05 20:12:33 2024 +0800
+++ b/nlp/pretraining.md\tWed Mar 06 23:48:07 2024 +0800
@@ -3,4 +3,6 @@
 - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)
+- Going Deeper with Convolutions
+  - Christian Szegedy, Wei Liu, Yangqing Jia et al.；Inception 模块。

 ## 非论文资料

 - Hugging Face Course 第 1–3 章（课程）

changeset:   1:ba133c2c6255
user:        Wang Haoran <hr.wang@nlp.example.edu.cn>
date:        Tue Mar 05 20:12:33 2024 +0800
description:
新建 nlp/pretraining.md


diff -r 000000000000 -r ba133c2c6255 nlp/pretraining.md
--- /dev/null\tThu Jan 01 00:00:00 1970 +0000
+++ b/nlp/pretraining.md\tTue Mar 05 20:12:33 2024 +0800
@@ -0,0 +1,3 @@
+# 预训练
+
+- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)
"""


def test_a_mercurial_log_with_patches_is_read_as_its_messages_and_added_text() -> None:
    label, titles = decoded_titles(HG_LOG.encode(), "hg-log.txt")
    assert label.startswith("patch/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_a_blog_named_with_a_possessive_before_a_quoted_title_is_no_paper() -> None:
    chat = (
        '한지우: Lilian Weng 블로그의 "LLM Powered Autonomous Agents" 글은 읽을거리로만.\n'
        '박서준: 논문은 "Toolformer: Language Models Can Teach Themselves to Use Tools" (Timo Schick et al.) 로.\n'
    )
    assert decoded_titles(chat.encode(), "chat.txt")[1] == {
        "Toolformer: Language Models Can Teach Themselves to Use Tools": None,
    }


def test_a_five_word_title_with_a_verb_in_a_japanese_sentence_is_a_paper() -> None:
    message = (
        "了解です。few-shot の古典として Language Models are Few-Shot Learners も 1 行だけ触れてください。\n"
        "手法名の Reinforcement Learning from Human Feedback は論文名ではありません。\n"
    )
    assert decoded_titles(message.encode(), "chat.txt")[1] == {"Language Models are Few-Shot Learners": None}


def test_russian_text_in_a_dos_or_windows_encoding_is_read_as_cyrillic(tmp_path: Path) -> None:
    message = (
        " Subj : что почитать про представления\n\n"
        "Привет всем! Советую прочитать статью Deep Residual Learning for Image Recognition\n"
        "(Kaiming He, Xiangyu Zhang и др.), вот ссылка: https://arxiv.org/abs/1512.03385\n"
        "Ещё хорошая работа: Going Deeper with Convolutions (Christian Szegedy и др.).\n"
    )
    for encoding in ("cp866", "koi8_r", "cp1251"):
        label, titles = decoded_titles(message.encode(encoding), "echo.txt")
        assert label == encoding
        assert "Deep Residual Learning for Image Recognition" in titles
        assert "1512.03385" in titles.values()
    (tmp_path / "echo.txt").write_bytes(message.encode("cp866"))
    assert "Deep Residual Learning for Image Recognition" in folder_titles(tmp_path)


def test_a_calendar_s_tasks_are_read_as_its_events_are() -> None:
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nextcloud Tasks//EN\r\n"
        "BEGIN:VTODO\r\nUID:1\r\nSUMMARY:Deep Residual Learning for Image Recognition\r\n"
        "DESCRIPTION:Kaiming He\\, Xiangyu Zhang et al.\\nhttps://arxiv.org/abs/1512.03385\r\nEND:VTODO\r\n"
        "BEGIN:VTODO\r\nUID:2\r\nSUMMARY:Going Deeper with Convolutions\r\n"
        "DESCRIPTION:Christian Szegedy\\, Wei Liu\\, Yangqing Jia et al.\r\nEND:VTODO\r\n"
        "END:VCALENDAR\r\n"
    )
    assert decoded_titles(calendar.encode(), "tasks.ics")[1] == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_an_sfeed_feed_file_is_read_as_its_items_posts() -> None:
    content = (
        '<p>Kami membaca <a href="https://arxiv.org/abs/1512.03385">Deep Residual Learning for Image '
        "Recognition</a> (Kaiming He, Xiangyu Zhang et al.).</p>\\n<ul><li>Going Deeper with Convolutions — "
        "Christian Szegedy, Wei Liu, Yangqing Jia et al. (tanpa tautan)</li></ul>"
    )
    feed = (
        f"1709646077\tCatatan baca: dua backbone CNN\thttps://blog.example.id/2024/03/cnn/\t{content}\thtml\t"
        "https://blog.example.id/?p=12\tRina\t\tvisi\n"
        "1709017365\tLowongan: asisten riset\thttps://blog.example.id/2024/02/lowongan/\t<p>Kirim CV.</p>\thtml\t"
        "https://blog.example.id/?p=11\tRina\t\tlab\n"
    )
    label, titles = decoded_titles(feed.encode(), "planet-visi")
    assert label.startswith("html/sfeed/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


VAR_DUMP = """\
[2024-03-05 18:22:41] lecturas.DEBUG: volcando la cola completa con var_dump()
array(2) {
  ["total"]=>
  int(3)
  ["entradas"]=>
  array(3) {
    [0]=>
    object(Lecturas\\\\Entrada)#14 (4) {
      ["tipo"]=>
      string(8) "articulo"
      ["titulo"]=>
      string(44) "Deep Residual Learning for Image Recognition"
      ["enlace"]=>
      string(32) "https://arxiv.org/abs/1512.03385"
      ["autores"]=>
      string(32) "Kaiming He, Xiangyu Zhang et al."
    }
    [1]=>
    object(Lecturas\\\\Entrada)#15 (4) {
      ["tipo"]=>
      string(8) "articulo"
      ["titulo"]=>
      string(30) "Going Deeper with Convolutions"
      ["enlace"]=>
      string(0) ""
      ["autores"]=>
      string(32) "Christian Szegedy, Wei Liu et al."
    }
    [2]=>
    object(Lecturas\\\\Entrada)#16 (4) {
      ["tipo"]=>
      string(5) "curso"
      ["titulo"]=>
      string(34) "Curso CS324: Large Language Models"
      ["enlace"]=>
      string(0) ""
      ["autores"]=>
      string(17) "Stanford, \\"2022\\""
    }
  }
}
"""


def test_php_s_var_dump_in_a_log_is_read_as_the_records_it_shows() -> None:
    label, titles = decoded_titles(VAR_DUMP.encode(), "revisar-cola.txt")
    assert label.startswith("json/var-dump/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


SOCIALCALC = """\
socialcalc:version:1.0
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=SocialCalcSpreadsheetControlSave
--SocialCalcSpreadsheetControlSave
Content-type: text/plain; charset=UTF-8

version:1.5
cell:A1:t:Judul:f:1:c:1:bg:2
cell:B1:t:Penulis:f:1
cell:C1:t:Tautan:f:1
cell:D1:t:Catatan:f:1
cell:A2:t:Deep Residual Learning for Image Recognition
cell:B2:t:Kaiming He, Xiangyu Zhang
cell:C2:t:https\\c//arxiv.org/abs/1512.03385:tvf:1
cell:D2:t:Bab 2.
cell:A3:t:Going Deeper with Convolutions
cell:B3:t:Christian Szegedy, Wei Liu
cell:D3:t:PDF di folder bersama.
cell:A4:t:CS231n\\c Deep Learning for Computer Vision
cell:B4:t:Stanford
cell:C4:t:https\\c//cs231n.stanford.edu/
cell:D4:t:Kursus; catatan kuliah tentang CNN.
sheet:c:4:r:4
--SocialCalcSpreadsheetControlSave--
"""


def test_an_ethercalc_room_is_read_as_its_table_a_row_its_note_calls_a_course_no_paper() -> None:
    label, titles = decoded_titles(SOCIALCALC.encode(), "room.socialcalc")
    assert label.startswith("md/socialcalc/")
    assert titles == {
        "Deep Residual Learning for Image Recognition": "1512.03385",
        "Going Deeper with Convolutions": None,
    }


def test_a_bibtex_eprint_field_written_into_any_text_gives_its_arxiv_id() -> None:
    found = [match.arxiv_id for match in find_ids('misc="archiveprefix = {arXiv}, eprint = {2012.08561}"')]
    assert found == ["2012.08561"]
    assert [match.arxiv_id for match in find_ids("eprint = {1234.5678}, the page count")] == []


CHANGELOG = """\
python-attnkern (0.9.1-1) lab-bookworm; urgency=medium

  * Neue Upstream-Version 0.9.1.
    - Lineare Attention nach Transformers are RNNs: Fast Autoregressive
      Transformers with Linear Attention von Angelos Katharopoulos, Apoorv
      Vyas, Nikolaos Pappas et al.; Paper: https://arxiv.org/abs/2006.16236.
    - Tiefe Netze nach Going Deeper with Convolutions (Christian Szegedy et al.).
  * debian/copyright: Jahr aktualisiert.

 -- Jonas Bergmann <jonas.bergmann@lab.example.de>  Tue, 20 Feb 2024 09:41:07 +0100
"""


def test_a_debian_changelog_s_items_are_read_whole_the_title_after_another_language_s_after() -> None:
    label, titles = decoded_titles(CHANGELOG.encode(), "changelog")
    assert label.startswith("md/debian-changelog/")
    assert titles == {
        "Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention": "2006.16236",
        "Going Deeper with Convolutions": None,
    }
