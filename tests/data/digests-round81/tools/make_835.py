#!/usr/bin/env python3
"""835: a PreTeXt source file (lecture notes, `pretext/source/lecture-04.ptx`): XML declaration, `<pretext>` root with
`xml:lang="th-TH"` and the XInclude namespace, `<docinfo>` (`<macros>`, `<document-id>`), `<article xml:id>`,
`<frontmatter>` (`<titlepage>` with `<author>` / `<personname>` / `<institution>` / `<email>`, `<date>`, `<abstract>`),
`<section xml:id>` with `<title>` first, `<p>`, `<m>` / `<me>` LaTeX math (`&lt;` for `<`), `<term>`, `<em>`, `<q>`,
`<c>`, `<definition>` / `<statement>`, `<remark>`, `<ul>` / `<li>`, `<url href>` with and without content, `<xref ref>`
to `<biblio>` ids, `<backmatter>` `<references>` with `<biblio type="raw">` entries (`<author>`, `<title>`,
`<journal>`, `<volume>`, `<number>`, `<pages>`, `<year>`, `<note>`). Thai lecture notes on sequence models, memory
and word representations."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import by_num, keys, GLOVE, BACKPROP, LSTM, DBN

F = by_num(835)


def A(k):
    a = CAT[key_of(k)]["authors"]
    return " and ".join([", ".join(a[:-1]), a[-1]]) if len(a) > 1 else a[0]


src = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- บันทึกการบรรยายครั้งที่ 4 วิชา 2190413 การเรียนรู้เชิงลึกสำหรับข้อมูลลำดับ -->
<!-- build: pretext build web  (ดู project.ptx) -->
<pretext xml:lang="th-TH" xmlns:xi="http://www.w3.org/2001/XInclude">
  <docinfo>
    <document-id>seq-dl-lecture-04</document-id>
    <macros>
    \\newcommand{{\\vect}}[1]{{\\mathbf{{#1}}}}
    \\newcommand{{\\sigm}}{{\\sigma}}
    </macros>
  </docinfo>

  <article xml:id="lecture-04">
    <title>ครั้งที่ 4: แบบจำลองลำดับ หน่วยความจำ และการแทนคำ</title>

    <frontmatter>
      <titlepage>
        <author>
          <personname>ผศ.ดร. ธนพล ศรีวัฒนากุล</personname>
          <department>ภาควิชาวิศวกรรมคอมพิวเตอร์</department>
          <institution>มหาวิทยาลัยเจ้าพระยา (สมมติ)</institution>
          <email>thanaphon.s@example.ac.th</email>
        </author>
        <date>5 มีนาคม 2567</date>
      </titlepage>
      <abstract>
        <p>
          บันทึกนี้สรุปเนื้อหาการบรรยายครั้งที่ 4 ตั้งแต่การฝึกเครือข่ายด้วยการแพร่ย้อนกลับ
          ไปจนถึงหน่วยความจำภายนอกและการแทนประโยค นักศึกษาควรอ่านเอกสารในบรรณานุกรม
          อย่างน้อยสามเรื่องก่อนสอบกลางภาค
        </p>
      </abstract>
    </frontmatter>

    <section xml:id="sec-backprop">
      <title>การแพร่ย้อนกลับและการฝึกก่อน</title>
      <p>
        แนวคิดการปรับน้ำหนักด้วยเกรเดียนต์ที่ส่งย้อนจากชั้นเอาต์พุตมาจากบทความคลาสสิก
        <xref ref="bib-backprop"/> ส่วนการฝึกก่อนแบบทีละชั้น (greedy layer-wise pretraining)
        ซึ่งเคยเป็นวิธีหลักก่อนยุค ReLU มาจาก <xref ref="bib-dbn"/>
      </p>
      <me>
        \\frac{{\\partial E}}{{\\partial w_{{ji}}}} = \\delta_j \\, y_i, \\qquad 0 &lt; \\eta &lt; 1
      </me>
      <remark>
        <p>
          ตำรา <em>Deep Learning</em> (Goodfellow, Bengio, Courville) บทที่ 6 อธิบายเรื่องนี้ละเอียดกว่า
          แต่เป็นหนังสือ ไม่ได้อยู่ในบรรณานุกรมของบทนี้
        </p>
      </remark>
    </section>

    <section xml:id="sec-lstm">
      <title>หน่วยความจำระยะยาวในเครือข่ายวนซ้ำ</title>
      <p>
        ปัญหา<term>เกรเดียนต์หายไป</term>ทำให้เครือข่ายวนซ้ำแบบธรรมดาจำข้อมูลได้สั้น
        เซลล์ที่มีประตู (gate) แก้ปัญหานี้ได้ <xref ref="bib-lstm"/>
      </p>
      <definition xml:id="def-lstm-cell">
        <statement>
          <p>
            ให้ <m>\\vect{{x}}_t</m> เป็นอินพุต และ <m>\\vect{{h}}_{{t-1}}</m> เป็นสถานะก่อนหน้า
            ประตูลืมคือ <m>\\vect{{f}}_t = \\sigm(W_f[\\vect{{h}}_{{t-1}}; \\vect{{x}}_t] + b_f)</m>
          </p>
        </statement>
      </definition>
      <p>
        บทความอธิบายที่อ่านง่ายที่สุด (เป็นบล็อก ไม่ใช่บทความวิชาการ):
        <url href="https://colah.github.io/posts/2015-08-Understanding-LSTMs/">Understanding LSTM Networks</url>
      </p>
    </section>

    <section xml:id="sec-attention-memory">
      <title>ความสนใจและหน่วยความจำภายนอก</title>
      <p>
        กลไกความสนใจ (attention) ถูกเสนอครั้งแรกในงานแปลภาษาด้วยเครื่อง
        <q>{T("1409.0473")}</q>
        <xref ref="bib-align"/> โดยให้ตัวถอดรหัสเลือกถ่วงน้ำหนักสถานะของตัวเข้ารหัสทุกตำแหน่ง
      </p>
      <p>
        แนวคิดเดียวกันนำไปสู่หน่วยความจำที่อ่าน/เขียนได้ <xref ref="bib-ntm"/>
        และต่อมาคือทรานส์ฟอร์เมอร์ที่มีหน่วยความจำภายนอกแบบเรียกซ้ำ <xref ref="bib-memformer"/>
        ซึ่งเราจะทดลองในแล็บสัปดาห์หน้า (โค้ดอยู่ในที่เก็บ <c>seq-dl-lab04</c> บน GitLab ของภาควิชา)
      </p>
      <ul>
        <li><p>งานที่ 4.1: เขียนตัวควบคุมที่อ่านหน่วยความจำด้วย content addressing</p></li>
        <li><p>งานที่ 4.2: เปรียบเทียบความยาวลำดับที่จำได้กับเซลล์ที่มีประตูแบบธรรมดา</p></li>
      </ul>
    </section>

    <section xml:id="sec-word-sentence">
      <title>การแทนคำและการแทนประโยค</title>
      <p>
        การแทนคำแบบคงที่ที่ได้จากสถิติการเกิดร่วมทั้งคลัง <xref ref="bib-glove"/>
        ยังใช้เป็นเส้นฐานได้ดีสำหรับภาษาไทยเมื่อตัดคำด้วย <c>PyThaiNLP</c> (ไลบรารี ไม่ใช่บทความ)
      </p>
      <p>
        สำหรับการค้นหาประโยคที่คล้ายกัน เราใช้ตัวเข้ารหัสแบบสองเสาที่ฝึกต่อจาก BERT <xref ref="bib-sbert"/>
        ชุดข้อมูลสำหรับการบ้านคือ <c>wisesight-sentiment</c> และ <c>thai-nner</c> (ชุดข้อมูล ไม่ใช่บทความ)
      </p>
      <p>
        วิดีโอประกอบ: รายวิชา CS224N (Stanford) ตอนที่ 5–7
        <url href="https://web.stanford.edu/class/cs224n/"/>
      </p>
    </section>

    <backmatter>
      <references xml:id="references">
        <title>บรรณานุกรม</title>
        <biblio type="raw" xml:id="bib-backprop">
          <author>{A(BACKPROP)}</author>. <title>{T(BACKPROP)}</title>.
          <journal>Nature</journal> <volume>323</volume>, <pages>533–536</pages> (<year>1986</year>).
          <note>บทความคลาสสิก อ่านหน้าแรกพอ</note>
        </biblio>
        <biblio type="raw" xml:id="bib-dbn">
          <author>{A(DBN)}</author>. <title>{T(DBN)}</title>.
          <journal>Neural Computation</journal> <volume>18</volume>(<number>7</number>) (<year>2006</year>).
        </biblio>
        <biblio type="raw" xml:id="bib-lstm">
          <author>{A(LSTM)}</author>. <title>{T(LSTM)}</title>.
          <journal>Neural Computation</journal> <volume>9</volume>(<number>8</number>) (<year>1997</year>).
          <note>อ่านรูปที่ 1 และหัวข้อ 4 ก่อนแล็บ</note>
        </biblio>
        <biblio type="raw" xml:id="bib-align">
          <author>{A("1409.0473")}</author>. <title>{T("1409.0473")}</title>.
          ICLR (<year>2015</year>). <url href="https://arxiv.org/abs/1409.0473"/>
        </biblio>
        <biblio type="raw" xml:id="bib-ntm">
          <author>{A("1410.5401")}</author>. <title>{T("1410.5401")}</title>.
          arXiv:1410.5401 (<year>2014</year>).
          <note>ยังไม่มีฉบับตีพิมพ์ในวารสาร ใช้ฉบับ preprint</note>
        </biblio>
        <biblio type="raw" xml:id="bib-memformer">
          <author>{A("2010.06891")}</author>. <title>{T("2010.06891")}</title>.
          <url href="https://openreview.net/forum?id=_adSMszz_g9">OpenReview</url> (<year>2020</year>).
          <note>อ่านความเห็นของผู้ประเมินด้วย เป็นตัวอย่างที่ดีของการวิจารณ์บทความ</note>
        </biblio>
        <biblio type="raw" xml:id="bib-glove">
          <author>{A(GLOVE)}</author>. <title>{T(GLOVE)}</title>.
          <pubtitle>EMNLP</pubtitle> (<year>2014</year>).
        </biblio>
        <biblio type="raw" xml:id="bib-sbert">
          <author>{A("1908.10084")}</author>. <title>{T("1908.10084")}</title>.
          EMNLP-IJCNLP (<year>2019</year>). <url href="https://arxiv.org/pdf/1908.10084"/>
        </biblio>
      </references>
    </backmatter>
  </article>
</pretext>
'''
write_only(F, src, keys(F))
