#!/usr/bin/env python3
"""643: a Simple Machines Forum 2.1 print page (index.php?action=printpage;topic=N.0) saved from the browser, Turkish
language pack: tab-indented HTML5 from Printpage.template.php (inline print stylesheet, h1#title forum name,
h2#linktree "category => board => Konu: subject", div#posts with div.postheader "Başlık: <strong>…</strong><br>
Gönderen: <strong>…</strong> Tarih: <strong>…</strong>" and div#postbody holding parsed BBC: bbc_link anchors,
quotes with cite "Alıntı: nick - date", code blocks with "Kod: [Seç]", bbc_list, <b>/<i>, <br> line breaks), replies
titled "Ynt: …", the SMF copyright footer. A Turkish image-generation forum thread on diffusion papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F643, keys

BASE = "https://forum.gorselyapayzeka.example/index.php"
SUBJ = "Difüzyon modelleri için okuma listesi (makaleler + pratik notlar)"
E = lambda s: html.escape(s, quote=False)
posts = []

def a(url, text=None):
    return f'<a href="{url}" class="bbc_link" target="_blank" rel="noopener">{E(text or url)}</a>'

def quote(nick, msg, date, body):
    return (f'<blockquote class="bbc_standard_quote"><cite><a href="{BASE}?msg={msg}">Alıntı: {nick} - {date}</a></cite>'
            f'{body}</blockquote>')

def code(body):
    return ('<div class="codeheader"><span class="code">Kod:</span> <a class="codeoperation smf_select_text">[Seç]</a> '
            '<a class="codeoperation smf_expand_code hidden" data-shrink-txt="Daralt" data-expand-txt="Genişlet">[Genişlet]</a></div>'
            f'<code class="bbc_code">{E(body).replace(chr(10), "<br>")}</code>')

def post(nick, date, body, first=False):
    posts.append((("" if first else "Ynt: ") + SUBJ, nick, date, body))

post("pikselciKedi", "08 Mart 2024, 22:41:17",
 "Selam arkadaşlar,<br><br>Stable Diffusion ile uğraşan çok kişi var ama &quot;bu işin arkasında ne var&quot; diye soranlar için bir okuma listesi hazırlayalım dedim. "
 "Ben başlatıyorum, siz ekleyin:<br><br>"
 "<b>1) Temel:</b> " + E(T("2006.11239")) + " — " + E(au("2006.11239")) + ", NeurIPS 2020. arXiv:2006.11239 (PDF'i arXiv'den indirebilirsiniz, link vermiyorum çünkü forum linkleri bozuyor 😅)<br>"
 "<b>2) Gizli uzayda difüzyon:</b> <i>" + E(T("2112.10752")) + "</i> — " + E(au("2112.10752")) + ", CVPR 2022. Stable Diffusion'ın dayandığı makale.<br><br>"
 "Pratik taraf için makale olmayan kaynaklar: AUTOMATIC1111 WebUI, ComfyUI, Hugging Face diffusers kütüphanesi.", first=True)
post("Derin_Ogrenen", "08 Mart 2024, 23:05:52",
 quote("pikselciKedi", 48211, "08 Mart 2024, 22:41:17", "Ben başlatıyorum, siz ekleyin")
 + "Kontrol tarafını unutmayalım. Poz, kenar haritası, derinlik ile yönlendirme:<br>"
 + a("https://arxiv.org/abs/2302.05543", T("2302.05543")) + "<br>(" + E(au("2302.05543")) + ", ICCV 2023)<br><br>"
 "Modeller Civitai'de ve Hugging Face'te var, OpenPose ön işlemcisi ile birlikte kullanın.")
post("neon_ressam", "09 Mart 2024, 10:12:03",
 "Kişiselleştirme için iki klasik var, ikisini de okudum:<br>"
 '<ul class="bbc_list"><li><b>' + E(T("2208.01618")) + "</b> (" + E(au("2208.01618")) + ") — tek bir yeni kelime gömmesi öğreniyor, model donuk kalıyor.</li>"
 "<li><b>" + E(T("2208.12242")) + "</b> (" + E(au("2208.12242")) + ") — " + a("https://arxiv.org/abs/2208.12242") + " — tüm modeli ince ayarlıyor, sınıf koruma kaybı ile.</li></ul>"
 "kohya_ss ile LoRA eğitmek pratikte DreamBooth'un yerini aldı ama fikir aynı.")
post("Derin_Ogrenen", "09 Mart 2024, 11:47:29",
 quote("neon_ressam", 48226, "09 Mart 2024, 10:12:03", "tüm modeli ince ayarlıyor, sınıf koruma kaybı ile.")
 + "Bunu diffusers ile denemek isteyenler için komut:<br>"
 + code("accelerate launch train_dreambooth.py \\\n  --pretrained_model_name_or_path=\"runwayml/stable-diffusion-v1-5\" \\\n  --instance_data_dir=\"./kedim\" --instance_prompt=\"a photo of sks cat\" \\\n  --resolution=512 --train_batch_size=1 --max_train_steps=800")
 + "<br>8 GB VRAM'de gradient checkpointing açmadan çalışmıyor.")
post("sesDalgasi", "10 Mart 2024, 14:20:44",
 "Görüntü dışı bir öneri: seste de difüzyon çok iyi çalışıyor. <b>" + E(T("2009.09761")) + "</b> (" + E(au("2009.09761")) + ", ICLR 2021). "
 "Vokoder olarak kullanılıyor, WaveNet'ten çok daha hızlı. PDF'i bulamayan olursa özelden atarım.")
post("pikselciKedi", "10 Mart 2024, 19:03:10",
 "Hız meselesine gelince, tek adımda örnekleme vaat eden makale:<br>"
 + a("https://arxiv.org/abs/2303.01469", T("2303.01469")) + " — " + E(au("2303.01469")) + " (ICML 2023).<br>"
 "LCM-LoRA'lar bu fikirden geliyor. Listeye ekledim, ilk mesajı da güncelleyeceğim.")
post("grafikerMelis", "11 Mart 2024, 09:55:38",
 "Metinle düzenleme için: <i>" + E(T("2211.09800")) + "</i> (" + E(au("2211.09800")) + ", CVPR 2023). "
 "&quot;Gökyüzünü gün batımı yap&quot; gibi talimatla düzenleme. Eğitim verisini GPT-3 ve Prompt-to-Prompt ile üretmişler.<br><br>"
 "Bu arada LAION veri kümesi ve Papers with Code'daki metinden-görüntüye liderlik tablosu da takip etmeye değer (ikisi de makale değil tabii).")
post("neon_ressam", "11 Mart 2024, 12:30:15",
 quote("grafikerMelis", 48301, "11 Mart 2024, 09:55:38", "Eğitim verisini GPT-3 ve Prompt-to-Prompt ile üretmişler.")
 + "Doğru, ama o veri kümesi de yayınlandı, kendi modelinizi eğitebilirsiniz.<br><br>"
 "Moderatör arkadaşlar konuyu sabitleyebilir mi? 📌")
post("Moderatör_Ece", "11 Mart 2024, 13:02:47",
 "Konu sabitlendi. Lütfen makale önerirken tam başlığı ve yazarları yazın, sadece takma ad (&quot;SD&quot;, &quot;LCM&quot; gibi) yazmayın; arama yapan arkadaşlar bulamıyor.<br>"
 "Kurallar: " + a(BASE + "?topic=112.0", "Forum kuralları"))

out = f"""<!DOCTYPE html>
<html dir="ltr" lang="tr-TR">
	<head>
		<meta charset="UTF-8">
		<meta name="robots" content="noindex">
		<link rel="canonical" href="{BASE}?topic=5127.0">
		<title>Yazdırılabilir sürüm - {E(SUBJ)}</title>
		<style>
			body, a {{
				color: #000;
				background: #fff;
			}}
			body, td, .normaltext {{
				font-family: Verdana, arial, helvetica, serif;
				font-size: small;
			}}
			h1#title {{
				font-size: large;
				font-weight: bold;
			}}
			h2#linktree {{
				margin: 1em 0 2.5em 0;
				font-size: small;
				font-weight: bold;
			}}
			dl#posts {{
				width: 90%;
				margin: 0;
				padding: 0;
				list-style: none;
			}}
			div.postheader, #poll_data {{
				border: solid #000;
				border-width: 1px 0;
				padding: 4px 0;
			}}
			div.postbody {{
				margin: 1em 0 2em 2em;
			}}
			blockquote, code {{
				border: 1px solid #000;
				margin: 3px;
				padding: 1px;
				display: block;
			}}
			code {{
				font: x-small monospace;
			}}
			blockquote {{
				font-size: x-small;
			}}
			.smalltext, .quoteheader, .codeheader {{
				font-size: x-small;
			}}
			.largetext {{
				font-size: large;
			}}
			.centertext {{
				text-align: center;
			}}
			hr {{
				height: 1px;
				border: 0;
				color: black;
				background-color: black;
			}}
		</style>
	</head>
	<body>
		<h1 id="title">Görsel Yapay Zekâ Forumu</h1>
		<h2 id="linktree">Yapay Zekâ ile Görsel Üretim =&gt; Akademik Köşe: Makaleler ve Araştırma =&gt; Konu: {E(SUBJ)}</h2>
		<div id="posts">
"""
for subj, nick, date, body in posts:
    out += f"""			<div class="postheader">
				Başlık: <strong>{E(subj)}</strong><br>
				Gönderen: <strong>{nick}</strong> Tarih: <strong>{date}</strong>
			</div>
			<div class="postbody">
				{body}
			</div>
"""
out += """		</div>
		<br><br>
		<div align="center" class="smalltext"><a href="https://www.simplemachines.org/about/smf/license.php" title="License" class="new_win" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" class="new_win" target="_blank" rel="noopener">Simple Machines</a></div>
	</body>
</html>
"""
write_only(F643, out, keys(F643), forms=[html.unescape(out)])
