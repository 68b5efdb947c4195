#!/usr/bin/env python3
"""932: the chat file Google Meet saves to Drive next to a recording (`… (2024-03-06 18:02 GMT+3) - Chat.sbv`) of a
Turkish university reading group on multimodal models, robots and 3D (host Zeynep Arslan): the SubViewer-like `.sbv`
layout — per message a cue line `H:MM:SS.mmm,H:MM:SS.mmm` (offset from the start of the recording; start and end the
same), then `Display Name : message` (a blank on both sides of the colon), a message's own line breaks kept as
further lines, one blank line between cues, times non-decreasing. LF, a final newline. The CLIP, OpenFlamingo and
LLaVA pages and repositories, the 3DGS project page and the Drive folder are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(932)
K = dict(clip="2103.00020", llava="2304.08485", gs="2308.04079", saycan="2204.01691", dt="2106.01345",
         flamingo="2204.14198", motion="2103.14338", onpolicy="2006.05990")
ZA, EY, DK, BS, EO, CA = "Zeynep Arslan", "Emre Yıldız", "Deniz Kaya", "Burak Şahin", "Elif Öztürk", "Can Aydın"
MSGS = [
    (41.206, ZA, "Herkese merhaba, kayıt başladı 🙂 Bugün çok kipli modeller, sonra robotik ve biraz 3B."),
    (58.930, EY, "sesim geliyor mu? mikrofon yeni"),
    (63.114, DK, "geliyor, biraz kısık"),
    (131.447, ZA, f"İlk makale: {T(K['clip'])}\nhttps://arxiv.org/abs/2103.00020"),
    (402.018, BS, "400M görüntü-metin çifti ve sadece kontrastif kayıp… sıfır atışla ImageNet'te ResNet-50 seviyesi hâlâ "
                  "şaşırtıcı"),
    (415.562, EO, "kod ve ağırlıklar: https://github.com/openai/CLIP (repo, makale değil)"),
    (688.300, ZA, f"Sıradaki: \"{T(K['flamingo'])}\" — Perceiver Resampler + kapılı çapraz dikkat, dondurulmuş "
                  "dil modeli. Resmi kod yok."),
    (719.845, CA, "resmi kod yok ama açık bir yeniden üretimi var: https://github.com/mlfoundations/open_flamingo"),
    (1104.271, EY, f"{T(K['llava'])} (LLaVA) https://arxiv.org/abs/2304.08485\nGPT-4 ile üretilmiş talimat verisi, "
                   "CLIP görüntü kodlayıcı + Vicuna. Demo: https://llava-vl.github.io/"),
    (1150.002, DK, "LLaVA-1.5 ağırlıklarıyla lab sunucusunda denedim, Türkçe sorulara bile fena değil"),
    (1522.690, BS, f"Robotik kısmı için PDF: https://arxiv.org/pdf/2204.01691\n“{T(K['saycan'])}” — dil modeli "
                   "\"ne yapılmalı\", affordance fonksiyonu \"ne yapılabilir\" sorusunu cevaplıyor."),
    (1580.118, EO, f"Haftaya önerim: {T(K['dt'])} (arXiv:2106.01345). RL'i dizi modellemeye çeviriyor, "
                   "ödül-hedefe koşullu."),
    (1611.904, CA, f"RL tarafında bence şart: {T(K['onpolicy'])}\nPPO'nun hangi ayrıntısı gerçekten önemli, "
                   "250 bin deney. Makale değil ama: CleanRL'in PPO yazısı da iyi."),
    (1893.517, ZA, f"3B için: {T(K['gs'])} https://arxiv.org/abs/2308.04079"),
    (1902.244, EY, "proje sayfası + videolar: https://repo-sam.inria.fr/fungraph/3d-gaussian-splatting/"),
    (1960.080, DK, f"bir de hareket aktarımı: {T(K['motion'])} (CVPR 2021). Linkini bulamadım, Elif'te PDF varmış."),
    (2011.735, EO, "evet bende var, Drive'a atarım"),
    (2148.902, ZA, "Slaytlar ve bu kayıt Drive'daki «Okuma Grubu 2023-24» klasörüne düşecek. Teşekkürler herkese!"),
    (2150.466, BS, "👍"),
]


def cue(t):
    ms = round(t * 1000)
    return f"{ms // 3600000}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


assert [m[0] for m in MSGS] == sorted(m[0] for m in MSGS)
text = "\n".join(f"{cue(t)},{cue(t)}\n{who} : {msg}\n" for t, who, msg in MSGS)
write_only(F, text, keys(F))
