#!/usr/bin/env python3
"""507: a DocBook 5 XML chapter (as xsltproc / the DocBook XSL stylesheets or pandoc read it) of an invented kernel
library's manual, "Attention kernels", with a chapter-level <bibliography> of <biblioentry> / <bibliomixed> items
and <citation> / <link xlink:href> references in the prose. Papers: arXiv abs URLs in <biblioid class="uri"> and
<link> (link), an OpenReview forum URL (link), an <biblioid class="other" otherclass="arXiv"> (arxiv-text), entries
with a venue, pages or a DOI-less proceedings URL only (title-only). Not papers: the library's own docs, the
Triton tutorial, the CUTLASS repository, a conference talk, an issue tracker."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F507, keys


def x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def authors(*names):
    out = []
    for n in names:
        first, last = n.rsplit(" ", 1)
        out.append(f"        <author><personname><firstname>{first}</firstname><surname>{last}</surname></personname></author>")
    return "\n".join(out)


text = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Source of the chapter "Attention kernels" in the flinkattn manual (doc/manual/ch05-attention.xml).
     Build: make -C doc html   (xsltproc with XInclude processing and the docbook-xsl-ns chunk.xsl;
            the html.stylesheet parameter is flink.css, see doc/Makefile)
     Maintainers: Ilse Varkonyi <ilse.varkonyi@example.org>, Tomasz Reindl <t.reindl@example.net>
     Do not put arXiv listing pages in the bibliography: one entry per paper, the version we implemented. -->
<chapter xmlns="http://docbook.org/ns/docbook"
         xmlns:xlink="http://www.w3.org/1999/xlink"
         xmlns:xi="http://www.w3.org/2001/XInclude"
         version="5.0" xml:id="ch-attention" xml:lang="en">
  <info>
    <title>Attention kernels</title>
    <subtitle>Dense, banded, low-rank and randomised variants in <package>flinkattn</package> 0.9</subtitle>
    <authorgroup>
      <author><personname><firstname>Ilse</firstname><surname>Varkonyi</surname></personname>
        <affiliation><orgname>Valmarina Institute of Computing, Systems Group</orgname></affiliation></author>
      <author><personname><firstname>Tomasz</firstname><surname>Reindl</surname></personname></author>
    </authorgroup>
    <revhistory>
      <revision><revnumber>0.9</revnumber><date>2024-05-21</date>
        <revremark>Added the tiled exact kernel and the speculative decoding helper; moved the benchmark tables to
          <xref linkend="app-benchmarks"/>.</revremark></revision>
      <revision><revnumber>0.8</revnumber><date>2024-02-02</date>
        <revremark>Rewrote the low-rank section after issue #412.</revremark></revision>
    </revhistory>
    <keywordset><keyword>attention</keyword><keyword>kernels</keyword><keyword>long context</keyword></keywordset>
  </info>

  <para>This chapter describes the attention operators shipped in <package>flinkattn</package>, what each one
    computes, and which paper each implementation follows. Every operator has the signature documented in
    <xref linkend="ref-attn-api"/>; the choice between them is a trade-off between exactness, memory and sequence
    length. If you only need the default, use <function>flink_attn_dense()</function> and skip to
    <xref linkend="sect-choosing"/>.</para>

  <note><title>Reading order</title>
    <para>New contributors usually read the reference architecture first <citation>vaswani2017</citation>, then
      the benchmark paper <citation>tay2021lra</citation>, and only then the individual kernels. The bibliography
      at the end of this chapter lists the exact versions we followed.</para></note>

  <section xml:id="sect-dense">
    <title>Dense attention</title>
    <para>The dense operator is the scaled dot-product attention of <citetitle pubwork="article">{x(T("1706.03762"))}</citetitle>
      <citation>vaswani2017</citation>, with an optional causal mask and an additive bias. It materialises the
      full <inlineequation><mathphrase>n × n</mathphrase></inlineequation> score matrix and is therefore limited
      by memory long before it is limited by arithmetic.</para>
    <programlisting language="c"><![CDATA[int flink_attn_dense(const flink_tensor *q, const flink_tensor *k,
                     const flink_tensor *v, flink_tensor *out,
                     const flink_attn_opts *opts);   /* opts->causal, opts->scale, opts->bias */]]></programlisting>
  </section>

  <section xml:id="sect-tiled">
    <title>Tiled exact attention</title>
    <para>The tiled kernel computes exactly the same result as the dense one but never writes the score matrix to
      global memory: queries, keys and values are streamed through on-chip memory block by block, with the
      online-softmax rescaling. Our implementation follows the paper <citetitle>{x(T("2205.14135"))}</citetitle>
      (Dao et al., NeurIPS 2022, <link xlink:href="https://proceedings.neurips.cc/paper_files/paper/2022">proceedings</link>)
      and, for the block sizes, the Triton fused-attention tutorial
      (<link xlink:href="https://triton-lang.org/main/getting-started/tutorials/06-fused-attention.html">triton-lang.org</link>),
      which is documentation, not a paper.</para>
    <tip><para>On GPUs with less than 100 KiB of shared memory, set <envar>FLINK_TILE_K</envar> to 64.</para></tip>
  </section>

  <section xml:id="sect-banded">
    <title>Banded (sliding-window) attention with global tokens</title>
    <para>A banded operator restricts every query to a window of <parameter>w</parameter> neighbours and adds a
      small set of global positions that attend everywhere. This is the pattern of
      <citetitle>{x(T("2004.05150"))}</citetitle> <citation>beltagy2020</citation>; dilation is supported but off
      by default because it interacts badly with the tiled kernel.</para>
  </section>

  <section xml:id="sect-lowrank">
    <title>Low-rank projection</title>
    <para>The low-rank operator projects keys and values along the sequence axis to a fixed length
      <parameter>k</parameter> before attention, as in <citetitle>{x(T("2006.04768"))}</citetitle>
      (<link xlink:href="https://arxiv.org/abs/2006.04768">arXiv abstract</link>). The projections are learned
      parameters; loading a checkpoint trained at another sequence length raises
      <errorcode>FLINK_E_SHAPE</errorcode>.</para>
  </section>

  <section xml:id="sect-random">
    <title>Random-feature attention</title>
    <para>The randomised operator approximates the softmax kernel with positive orthogonal random features, the
      FAVOR+ mechanism of <citetitle>{x(T("2009.14794"))}</citetitle> <citation>choromanski2021</citation>.
      Redraw the features every <parameter>redraw_interval</parameter> steps during training; at inference they
      are fixed by the seed stored in the checkpoint.</para>
  </section>

  <section xml:id="sect-pooling">
    <title>Sequence pooling between blocks</title>
    <para>Not an attention kernel as such, but shipped here because it changes the sequence length seen by the
      next kernel: strided mean pooling of the query stream, with an up-sampling decoder for token-level tasks,
      following <citetitle>{x(T("2006.03236"))}</citetitle> (NeurIPS 2020).</para>
  </section>

  <section xml:id="sect-decoding">
    <title>Speculative decoding helper</title>
    <para><function>flink_spec_decode()</function> runs a small draft model for <parameter>gamma</parameter> tokens
      and verifies them with one call of the target model, accepting or resampling per token so that the output
      distribution is unchanged. See <link xlink:href="https://arxiv.org/abs/2211.17192">{x(T("2211.17192"))}</link>
      for the acceptance rule; our default <parameter>gamma</parameter> is 4.</para>
  </section>

  <section xml:id="sect-choosing">
    <title>Choosing a kernel</title>
    <table frame="all" xml:id="tbl-choosing">
      <title>Kernels at a glance</title>
      <tgroup cols="4">
        <colspec colname="op"/><colspec colname="exact"/><colspec colname="mem"/><colspec colname="when"/>
        <thead><row><entry>Operator</entry><entry>Exact</entry><entry>Memory</entry><entry>Use when</entry></row></thead>
        <tbody>
          <row><entry><function>flink_attn_dense</function></entry><entry>yes</entry><entry>O(n²)</entry><entry>n ≤ 2048, debugging</entry></row>
          <row><entry><function>flink_attn_tiled</function></entry><entry>yes</entry><entry>O(n)</entry><entry>default on GPU</entry></row>
          <row><entry><function>flink_attn_banded</function></entry><entry>no</entry><entry>O(n·w)</entry><entry>documents, genomics</entry></row>
          <row><entry><function>flink_attn_lowrank</function></entry><entry>no</entry><entry>O(n·k)</entry><entry>fixed-length encoders</entry></row>
          <row><entry><function>flink_attn_favor</function></entry><entry>no</entry><entry>O(n·m)</entry><entry>very long inputs</entry></row>
        </tbody>
      </tgroup>
    </table>
    <para>For the accuracy side of the trade-off we report the Long Range Arena tasks in
      <xref linkend="app-benchmarks"/>, run with the benchmark's own data pipeline
      (<link xlink:href="https://github.com/google-research/long-range-arena">google-research/long-range-arena</link>).
      The talk <quote>Kernels all the way down</quote> (Reindl, FOSDEM 2024 HPC devroom) walks through the tiled
      kernel; slides are in <filename>doc/talks/</filename>.</para>
    <caution><para>The banded and low-rank kernels are not differentiable with respect to the window and rank
      parameters. Tracking issue: <link xlink:href="https://git.example.org/flinkattn/flinkattn/-/issues/377">#377</link>.</para></caution>
  </section>

  <bibliography xml:id="bib-attention">
    <title>References for this chapter</title>
    <biblioentry xml:id="vaswani2017">
      <abbrev>Vaswani2017</abbrev>
      <title>{x(T("1706.03762"))}</title>
      <authorgroup>
{authors("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit")}
      </authorgroup>
      <biblioset relation="book"><title>Advances in Neural Information Processing Systems 30</title></biblioset>
      <pagenums>5998–6008</pagenums>
      <pubdate>2017</pubdate>
    </biblioentry>
    <biblioentry xml:id="tay2021lra">
      <abbrev>Tay2021</abbrev>
      <title>{x(T("2011.04006"))}</title>
      <authorgroup>
{authors("Yi Tay", "Mostafa Dehghani", "Samira Abnar")}
      </authorgroup>
      <biblioset relation="book"><title>International Conference on Learning Representations (ICLR)</title></biblioset>
      <biblioid class="uri">https://openreview.net/forum?id={OR("2011.04006")}</biblioid>
      <pubdate>2021</pubdate>
    </biblioentry>
    <biblioentry xml:id="beltagy2020">
      <abbrev>Beltagy2020</abbrev>
      <title>{x(T("2004.05150"))}</title>
      <authorgroup>
{authors("Iz Beltagy", "Matthew E. Peters", "Arman Cohan")}
      </authorgroup>
      <biblioid class="other" otherclass="arXiv">2004.05150</biblioid>
      <pubdate>2020</pubdate>
    </biblioentry>
    <biblioentry xml:id="dao2022">
      <abbrev>Dao2022</abbrev>
      <title>{x(T("2205.14135"))}</title>
      <authorgroup>
{authors("Tri Dao", "Daniel Y. Fu", "Stefano Ermon")}
      </authorgroup>
      <biblioset relation="book"><title>Advances in Neural Information Processing Systems 35</title></biblioset>
      <pubdate>2022</pubdate>
    </biblioentry>
    <biblioentry xml:id="choromanski2021">
      <abbrev>Choromanski2021</abbrev>
      <title>{x(T("2009.14794"))}</title>
      <authorgroup>
{authors("Krzysztof Choromanski", "Valerii Likhosherstov", "David Dohan")}
      </authorgroup>
      <biblioset relation="book"><title>International Conference on Learning Representations (ICLR)</title></biblioset>
      <pubdate>2021</pubdate>
    </biblioentry>
    <bibliomixed xml:id="wang2020">
      <bibliomset relation="article"><author><personname><surname>Wang</surname>, <firstname>Sinong</firstname></personname></author> et al.
      <title>{x(T("2006.04768"))}</title>.</bibliomset>
      <bibliomisc>arXiv preprint, 2020, <link xlink:href="https://arxiv.org/abs/2006.04768">https://arxiv.org/abs/2006.04768</link>.</bibliomisc>
    </bibliomixed>
    <bibliomixed xml:id="dai2020">
      <bibliomset relation="article"><author><personname><surname>Dai</surname>, <firstname>Zihang</firstname></personname></author> et al.
      <title>{x(T("2006.03236"))}</title>.</bibliomset>
      <bibliomset relation="book"><title>NeurIPS 2020</title>, pp. 4271–4282.</bibliomset>
    </bibliomixed>
    <bibliomixed xml:id="leviathan2023">
      <bibliomset relation="article"><author><personname><surname>Leviathan</surname>, <firstname>Yaniv</firstname></personname></author> et al.
      <title>{x(T("2211.17192"))}</title>.</bibliomset>
      <bibliomisc>ICML 2023. <link xlink:href="https://arxiv.org/abs/2211.17192"/></bibliomisc>
    </bibliomixed>
    <bibliodiv>
      <title>Software and documentation (not papers)</title>
      <bibliomixed><title>Triton language tutorials: fused attention</title>. <link xlink:href="https://triton-lang.org/main/getting-started/tutorials/"/></bibliomixed>
      <bibliomixed><title>CUTLASS: CUDA templates for linear algebra subroutines</title>. <link xlink:href="https://github.com/NVIDIA/cutlass"/></bibliomixed>
      <bibliomixed><title>The flinkattn API reference</title>, <xref linkend="ref-attn-api"/>.</bibliomixed>
    </bibliodiv>
  </bibliography>
</chapter>
'''
write_only(F507, text, keys(F507))
