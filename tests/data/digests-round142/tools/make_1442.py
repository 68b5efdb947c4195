#!/usr/bin/env python3
"""1442: ERPNext's Task list in Report View exported as CSV (Menu > Export, file type CSV) by a Turkish company's AI
platform team: the column labels as the header, Python's csv writer with QUOTE_NONNUMERIC as Frappe's csvutils uses
it (strings quoted, the `% Progress` float not), CR LF; raw values — ISO dates, `_assign` as a JSON list (its quotes
doubled), the Text Editor description as Quill HTML in `<div class="ql-editor read-mode">`. Task names from the naming
series TASK-.YYYY.-, consecutive; statuses and priorities from ERPNext's lists. Not papers: vLLM, Triton Inference
Server, the NVIDIA Megatron-LM and metaseq repositories, the NAS share, the GPU quota form, Confluence; GPT-3 and
Megatron are also names."""
import csv, io, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1442, keys

COLS = ["ID", "Subject", "Project", "Status", "Priority", "Expected Start Date", "Expected End Date", "% Progress",
        "Assigned To", "Description"]
D = "atlasbilisim.example.com.tr"
EK, MY, BO, ZS = (f"{x}@{D}" for x in ("elif.kaya", "mert.yildiz", "burak.ozturk", "zeynep.sahin"))
P1, P2 = "PROJ-0012", "PROJ-0015"  # "LLM Servis Altyapısı", "Okuma Grubu 2024-Q2"
def q(*ps): return '<div class="ql-editor read-mode">' + "".join(f"<p>{p}</p>" for p in ps) + "</div>"
def a(u): return f'<a href="{u}" rel="noopener noreferrer" target="_blank">{u}</a>'
TASKS = [
 (f"Okuma: {T('2309.06180')}", P2, "Completed", "High", "2024-04-08", "2024-04-12", 100.0, [EK],
  q(a("https://arxiv.org/abs/2309.06180"), "vLLM'in temel makalesi. Sunum: Elif, 12 Nisan Cuma 14:00, Toplantı Odası 3.")),
 ("vLLM 0.4.2 kurulumu (staging-gpu-02)", P1, "Completed", "Urgent", "2024-04-09", "2024-04-16", 100.0, [MY],
  q("Kurulum notları: " + a("https://github.com/vllm-project/vllm") + " – CUDA 12.1 imajı ile sorunsuz.",
    "Llama-3-8B-Instruct için ilk ölçüm: 1.840 token/sn (batch 64).")),
 (f"Okuma: {T('2307.08691')}", P2, "Completed", "Medium", "2024-04-15", "2024-04-19", 100.0, [MY],
  q(a("https://arxiv.org/pdf/2307.08691.pdf"), "Önce FlashAttention-1'i bilmek gerekiyor mu? Mert: gerek yok, 2. bölüm özetliyor.")),
 (f"Okuma: {T('2302.13971')}", P2, "Pending Review", "Medium", "2024-04-22", "2024-04-26", 90.0, [BO],
  q(a("https://arxiv.org/abs/2302.13971"), "Veri karışımı tablosu (Tablo 1) ve eğitim maliyeti kısmı sunumda olsun.")),
 (f"Okuma: {T('1701.06538')}", P2, "Working", "Medium", "2024-04-29", "2024-05-03", 60.0, [ZS],
  q("ICLR 2017 sürümü: " + a("https://openreview.net/forum?id=B1ckMDqlg"), "MoE'nin başlangıç noktası; gating ve yük dengeleme kaybı.")),
 (f"Okuma: {T('2006.16668')}", P2, "Working", "Low", "2024-05-06", "2024-05-10", 40.0, [ZS, EK],
  q("arXiv:2006.16668 – MoE katmanlarının çok cihaza bölünmesi. Zeynep ile Elif birlikte sunacak.")),
 ("Megatron-LM deposu ile 2 düğümde tensör paralel deneme", P1, "Open", "High", "2024-05-06", "2024-05-17", 0.0, [MY, BO],
  q("Depo: " + a("https://github.com/NVIDIA/Megatron-LM"), "TP=4, PP=2; InfiniBand ayarları için BT'den destek istendi.")),
 (f"Okuma: {T('1909.08053')}", P2, "Open", "Medium", "2024-05-13", "2024-05-17", 0.0, [BO],
  q("PDF ortak klasörde: \\\\nas01\\ml-okuma\\2024-Q2\\", "Tensör paralelliğin orijinal anlatımı; yukarıdaki deneme görevinden önce okunmalı.")),
 (f"Okuma: {T('2005.14165')}", P2, "Open", "Low", "2024-05-20", "2024-05-24", 0.0, [EK],
  q("GPT-3 makalesi. Sadece 2. ve 3. bölümler (yaklaşım ve sonuçlar); ekler gerekmez.")),
 (f"Okuma: {T('2205.01068')}", P2, "Cancelled", "Low", "2024-05-20", "2024-05-24", 0.0, [MY],
  q("İptal: LLaMA ile büyük ölçüde örtüşüyor. Merak eden için metaseq deposundaki eğitim günlükleri (logbook) ilginç.")),
 ("Triton Inference Server ile vLLM karşılaştırması", P1, "Overdue", "High", "2024-04-22", "2024-05-03", 30.0, [MY],
  q("Aynı model, aynı donanım: gecikme (p50/p95) ve bellek. Sonuçlar Confluence'taki LLM-Servis sayfasına.")),
 ("Okuma grubu sunum şablonu", P2, "Completed", "Low", "2024-04-01", "2024-04-05", 100.0, [ZS],
  q("Şablon: 10 slayt, 20 dk sunum + 10 dk tartışma. Google Slides bağlantısı kanalda.")),
 ("GPU kota talebi (4x H100) – BT formu", P1, "Open", "Urgent", "2024-05-13", "2024-05-31", 0.0, [EK],
  q("Form BT portalında; bütçe kodu YZ-2024-07. Onay Burak Bey'de.")),
 ("Haftalık okuma özetlerini Confluence'a aktar", P2, "Open", "Low", "2024-05-27", "2024-06-07", 0.0, [ZS],
  q("Her okuma görevinin açıklamasındaki notlar tek sayfada toplansın.")),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
w.writerow(COLS)
for i, (subj, proj, st, pr, sd, ed, prog, who, desc) in enumerate(TASKS):
    w.writerow([f"TASK-2024-{231 + i:05d}", subj, proj, st, pr, sd, ed, prog, json.dumps(who), desc])
text = buf.getvalue()
write_raw(F1442, text.encode("utf-8"), [text, text.replace('""', '"')], keys(F1442))
