#!/usr/bin/env python3
"""1222: a BiP group chat exported as text (Turkish), the "Sohbeti dışa aktar" file of an Android phone (LF): one
line per message `dd.mm.yyyy HH:MM - Ad Soyad: metin`, continuation lines unprefixed, system lines without a sender
(group created, members added, subject changed), `<Medya dahil edilmedi>` for media and `Bu mesaj silindi` for a
deleted message. Papers are pasted as people do in chat: arXiv abs and pdf links, `arXiv:` ids, titles alone (one
with a blog link, one with a product page); docs, a repository, a model card and a video are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1222, keys

K, Z, E, M = "Kerem Aydın", "Zeynep Kaya", "Emre Şahin", "Merve Yıldız"
G = "Üretken Modeller Okuma Grubu"
lines = [
 ("06.05.2024 10:12", None, f'{K} "{G}" grubunu oluşturdu'),
 ("06.05.2024 10:12", None, f"{K}, {Z} kişisini ekledi"),
 ("06.05.2024 10:12", None, f"{K}, {E} kişisini ekledi"),
 ("06.05.2024 10:13", None, f"{K}, {M} kişisini ekledi"),
 ("06.05.2024 10:15", K, "Selam arkadaşlar 👋 Her çarşamba 17:00'de B blok 204'te toplanıyoruz. Bu hafta skor tabanlı modellerle başlıyoruz."),
 ("06.05.2024 10:17", K, f"1. okuma: {T('1907.05600')}\nYang Song & Stefano Ermon, NeurIPS 2019. NCSN diye geçiyor, annealed Langevin dinamiği kısmı önemli."),
 ("06.05.2024 10:31", Z, f"Latent uzayda aynı fikir: {T('2106.05931')} (arXiv:2106.05931). LSGM yani, NVIDIA'dan."),
 ("06.05.2024 10:32", Z, "<Medya dahil edilmedi>"),
 ("06.05.2024 10:32", Z, "Şu figür çok iyi özetliyor 👆"),
 ("06.05.2024 11:05", E, "Pratik taraf için diffusers dokümanı yeterli bence: https://huggingface.co/docs/diffusers/index"),
 ("06.05.2024 11:06", E, "Bu mesaj silindi"),
 ("06.05.2024 11:07", E, f"Metinden görüntüye: {T('2204.06125')}\nOpenAI'ın DALL·E 2 sayfası (makale değil): https://openai.com/index/dall-e-2/"),
 ("06.05.2024 13:40", M, f"SD3 makalesi çıktı, rectified flow + MM-DiT:\n{T('2403.03206')}\nhttps://arxiv.org/abs/2403.03206"),
 ("06.05.2024 13:41", M, "Model kartı da burada (makale değil): https://huggingface.co/stabilityai/stable-diffusion-3-medium"),
 ("06.05.2024 13:55", K, "👍 SD3'ü 22 Mayıs'a koyalım"),
 ("07.05.2024 09:20", Z, f"3B tarafı merak eden varsa: {T('2303.11328')}\nhttps://arxiv.org/pdf/2303.11328.pdf\nKod: https://github.com/cvlab-columbia/zero123"),
 ("07.05.2024 09:48", E, f"Görüntü-dil tarafında {T('2301.12597')} iyi bir ara durak olur: https://arxiv.org/abs/2301.12597\nQ-Former kısmını ben anlatabilirim."),
 ("07.05.2024 10:02", M, f"Konu dışı ama ses için: {T('2106.07447')} — arXiv:2106.07447. Tezde ses temsilleri kullanıyorum, bir hafta ona ayırabilir miyiz?"),
 ("07.05.2024 10:05", K, "Olur, haziranın ilk haftası ses + çok kipli olsun."),
 ("07.05.2024 18:33", Z, f"Çok kipli derken şu da listede kalsın: {T('2205.06175')}\nDeepMind blogu: https://deepmind.google/discover/blog/a-generalist-agent/ (Gato)"),
 ("08.05.2024 08:50", E, "ComfyUI ile SD3 denemek isteyen: https://github.com/comfyanonymous/ComfyUI"),
 ("08.05.2024 08:51", E, "Bir de şu video skor eşleme konusunu 20 dakikada anlatıyor: https://www.youtube.com/watch?v=wMmqCMwuM2Q"),
 ("08.05.2024 09:12", None, f'{K} grup konusunu "{G} 🎨" olarak değiştirdi'),
 ("08.05.2024 09:13", K, "Bugün 17:00, unutmayın. Sunum: Kerem (NCSN), Zeynep (LSGM)."),
]
out = []
for ts, who, text in lines:
    tl = text.split("\n")
    out.append(f"{ts} - {who}: {tl[0]}" if who else f"{ts} - {tl[0]}")
    out += tl[1:]
txt = "\n".join(out) + "\n"
write_only(F1222, txt, keys(F1222))
