#!/usr/bin/env python3
"""597: a vimwiki page in the default syntax (ReadingPlan.wiki inside a ~/vimwiki tree): %title / %date
placeholders, = headings =, * [ ] / [X] / [.] / [o] checklists, [[target|description]] wiki, diary and external links,
|---| tables, {{{ }}} preformatted blocks, :tag: lines, %% comments. Thai, a reading plan for a seq2seq-classics and
retrieval reading group."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import F597, keys, CTC

text = fill("""%title แผนอ่านเปเปอร์ — Seq2Seq คลาสสิกถึง Retrieval (ภาคเรียน 2/2566)
%date 2024-01-08
%% หน้านี้อยู่ใน ~/vimwiki/reading/ReadingPlan.wiki — sync ผ่าน Syncthing ไปเครื่องแล็บ
%% อย่าลืม :VimwikiTOC หลังแก้หัวข้อ

= แผนอ่านเปเปอร์: จาก Seq2Seq ถึง Retrieval =

:reading:nlp:seq2seq:

กลุ่มอ่านของห้องแล็บภาษาและเสียง ชั้น 7 อาคารวิจัย (มหาวิทยาลัยเทคโนโลยีลำน้ำพอง — ชื่อสมมติ)
นัดทุกวันพุธ 16:00–17:30 ห้อง 712 และ Jitsi สำรองที่ [[https://meet.lampong-lab.example/nlp-reading|ห้องออนไลน์]]
ผู้ประสานงาน: *ธนวัฒน์ ศรีสุข* (thanawat.s@lampong-lab.example) · สำรอง: _พิมพ์ชนก แก้วมณี_

เป้าหมายภาคนี้: เข้าใจเส้นทางตั้งแต่ encoder–decoder แบบ RNN ไปจนถึงโมเดลที่ดึงความรู้จากคลังเอกสาร
ก่อนเริ่มทำโปรเจกต์ QA ภาษาไทยกับคลังข่าว

== สารบัญ ==
    - [[#กติกา|กติกา]]
    - [[#ตารางรายสัปดาห์|ตารางรายสัปดาห์]]
    - [[#รายละเอียดแต่ละสัปดาห์|รายละเอียดแต่ละสัปดาห์]]
    - [[#อ่านเสริม (ไม่ใช่เปเปอร์)|อ่านเสริม]]
    - [[#งานค้าง|งานค้าง]]

== กติกา ==
  * ทุกคนอ่านเปเปอร์หลักก่อนวันพุธ ผู้นำเสนอเตรียมสไลด์ไม่เกิน 15 หน้า
  * จดโน้ตลงหน้าไดอารีของวันนั้น เช่น [[diary:2024-01-17]] แล้วลิงก์กลับมาหน้านี้
  * สถานะ: `[ ]` ยังไม่อ่าน, `[.]` อ่านไปบ้าง, `[o]` ครึ่งหนึ่ง, `[O]` เกือบจบ, `[X]` คุยในกลุ่มแล้ว
  * ถ้าโหลด PDF ไม่ได้จากเครือข่ายมหาวิทยาลัย ให้ใช้ proxy ของห้องสมุด (ดู [[ห้องสมุด/Proxy]])

== ตารางรายสัปดาห์ ==

| สัปดาห์ | วันที่      | หัวข้อ                        | ผู้นำเสนอ  | สถานะ  |
|--------|------------|-------------------------------|-----------|--------|
| 1      | 2024-01-10 | Encoder–decoder แบบ RNN       | ธนวัฒน์    | เสร็จ   |
| 2      | 2024-01-17 | Subword และคำที่ไม่อยู่ในคลังคำ | พิมพ์ชนก   | เสร็จ   |
| 3      | 2024-01-24 | CTC กับงานเสียง                | อรรถพล    | เสร็จ   |
| 4      | 2024-01-31 | Self-attention ล้วน           | ณัฐริกา    | กำลังอ่าน |
| 5      | 2024-02-07 | บริบทยาวและหน่วยความจำ         | ธนวัฒน์    | -      |
| 6      | 2024-02-14 | การถอดรหัสข้อความ (decoding)   | กฤษดา     | -      |
| 7      | 2024-02-21 | Retrieval-augmented LM        | พิมพ์ชนก   | -      |
| 8      | 2024-02-28 | Entity retrieval / สรุปภาค     | ทุกคน      | -      |

== รายละเอียดแต่ละสัปดาห์ ==

=== สัปดาห์ 1 — Encoder–decoder ===
  * [X] [[https://arxiv.org/abs/1409.3215|⟦1409.3215⟧]]
    - Ilya Sutskever, Oriol Vinyals, Quoc V. Le (NeurIPS 2014)
    - ประเด็นคุย: ทำไมการกลับลำดับประโยคต้นทางถึงช่วย, LSTM 4 ชั้น, beam ขนาดเล็ก
    - โน้ต: [[diary:2024-01-10]]
  * [X] ทบทวน LSTM จากบันทึก "Understanding LSTM Networks" ของ colah (บล็อก ไม่ต้องนำเสนอ)

=== สัปดาห์ 2 — Subword ===
  * [X] *⟦1508.07909⟧*
    - Rico Sennrich, Barry Haddow, Alexandra Birch — ACL 2016 (เวอร์ชันในรวมบทความ ACL Anthology)
    - ลองรัน BPE กับคลังข่าวไทยที่ตัดคำแล้วด้วย PyThaiNLP เทียบกับ SentencePiece (ซอฟต์แวร์ ไม่ใช่เปเปอร์ที่ต้องอ่าน)
    - คำถามค้าง: merge 32k ใหญ่ไปไหมสำหรับภาษาไทย?
  * [X] แบบฝึกหัด: [[โค้ด/bpe-toy|bpe-toy]] (สคริปต์ 60 บรรทัดใน repo ของกลุ่ม)

=== สัปดาห์ 3 — CTC ===
  * [X] ⟦Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks⟧
    - Alex Graves, Santiago Fernández, Faustino Gomez, Jürgen Schmidhuber — ICML 2006
    - ไม่มีบน arXiv: ใช้ PDF จากเว็บของผู้เขียน/ห้องสมุด (ดูลิงก์ในหน้า [[ห้องสมุด/Proxy]])
    - อรรถพลจะโชว์ `torch.nn.CTCLoss` กับชุดข้อมูลเสียงภาษาไทย Common Voice (ชุดข้อมูล ไม่ใช่เปเปอร์)

=== สัปดาห์ 4 — Self-attention ===
  * [o] [[https://arxiv.org/pdf/1706.03762|⟦1706.03762⟧]]
    - Vaswani, Shazeer, Parmar, Uszkoreit, Jones, Gomez, Kaiser, Polosukhin (NeurIPS 2017)
    - อ่านคู่กับ "The Annotated Transformer" (Harvard NLP, บล็อกโพสต์พร้อมโค้ด) — ไม่นับเป็นเปเปอร์
    - สไลด์: [[file:~/slides/week04-attention.pdf|week04-attention.pdf]]

=== สัปดาห์ 5 — บริบทยาว ===
  * [ ] ⟦1901.02860⟧
    - Zihang Dai, Zhilin Yang, Yiming Yang, Jaime Carbonell, Quoc V. Le, Ruslan Salakhutdinov — ACL 2019
    - arXiv:1901.02860 (ยังไม่ได้ใส่ลิงก์ เพราะ arXiv ช้าจากวงแล็บ — ใช้ไฟล์ในไดรฟ์กลุ่มไปก่อน)
    - ประเด็น: segment-level recurrence, relative positional encoding

=== สัปดาห์ 6 — Decoding ===
  * [ ] [[https://arxiv.org/abs/1904.09751|⟦1904.09751⟧]]
    - Ari Holtzman, Jan Buys, Li Du, Maxwell Forbes, Yejin Choi — ICLR 2020
    - กฤษดาจะทำ notebook เทียบ greedy / beam / top-k / nucleus บนโมเดลภาษาไทยขนาดเล็กของแล็บ
    - อ่านเสริม: หน้า "Generation strategies" ในเอกสาร transformers ของ Hugging Face (เอกสารซอฟต์แวร์)

=== สัปดาห์ 7 — Retrieval-augmented ===
  * [ ] [[https://arxiv.org/abs/2002.08909|⟦2002.08909⟧]]
    - Kelvin Guu, Kenton Lee, Zora Tung, Panupong Pasupat, Ming-Wei Chang — ICML 2020
    - ต้องเข้าใจ MIPS และการอัปเดต index แบบ asynchronous ก่อนคุย

=== สัปดาห์ 8 — Entity retrieval ===
  * [ ] ⟦2010.00904⟧
    - Nicola De Cao, Gautier Izacard, Sebastian Riedel, Fabio Petroni — ICLR 2021
    - คำถามสำหรับโปรเจกต์: ใช้ constrained beam search กับชื่อเอนทิตีภาษาไทยใน Wikipedia ไทยได้ไหม?
  * [ ] สรุปภาค + โหวตหัวข้อภาคหน้า ([[แบบสำรวจ/หัวข้อภาคหน้า]])

== อ่านเสริม (ไม่ใช่เปเปอร์) ==
  - หนังสือ: Jurafsky & Martin, _Speech and Language Processing_ (ฉบับร่าง 3rd ed.) บทที่ 9–10 และ 14
  - คอร์ส: Stanford CS224N (วิดีโอบรรยายปี 2023) สัปดาห์ 4–7
  - บล็อก: "The Illustrated Transformer" ของ Jay Alammar
  - ซอฟต์แวร์: fairseq (ตัวอย่าง translation), [[https://github.com/PyThaiNLP/pythainlp|PyThaiNLP]], SentencePiece
  - ชุดข้อมูล: Wisesight Sentiment, scb-mt-en-th-2020 (ดูใบอนุญาตก่อนใช้)
  - ลีดเดอร์บอร์ด: หน้า Thai NLP benchmark ภายในแล็บ — [[แล็บ/Leaderboard]]

== งานค้าง ==
  * [X] จองห้อง 712 ทั้งภาค (ฝ่ายอาคาร ยืนยันแล้ว 2024-01-05)
  * [.] อัปโหลด PDF ทุกเรื่องลงไดรฟ์กลุ่ม
    * [X] สัปดาห์ 1–3
    * [ ] สัปดาห์ 4–8
  * [ ] ขอเครดิต GPU สำหรับ notebook สัปดาห์ 6 (ติดต่อ admin@lampong-lab.example)
  * [ ] ทำหน้า [[สรุปภาค 2-2566]] หลังจบสัปดาห์ 8

=== คำสั่งที่ใช้บ่อย ===
{{{sh
# สร้าง HTML ของ wiki ทั้งหมดแล้ว rsync ขึ้นเว็บภายใน
vim -c 'VimwikiAll2HTML' -c 'qa!' ~/vimwiki/index.wiki
rsync -av ~/vimwiki_html/ web@intra.lampong-lab.example:/srv/wiki/
}}}

%% ข้อความด้านล่างคือ template ของสัปดาห์ใหม่ — คัดลอกไปใช้
%% === สัปดาห์ N — หัวข้อ ===
%%   * [ ] ชื่อเปเปอร์เต็ม (ผู้เขียน, เวที ปี)
%%     - ประเด็นคุย:

----
กลับไป [[index|หน้าแรก]] · [[reading/Archive|แผนอ่านภาคก่อน ๆ]] · แก้ไขล่าสุด 2024-01-29 โดย ธนวัฒน์
""")
write_only(F597, text, keys(F597))
