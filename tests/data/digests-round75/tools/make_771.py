#!/usr/bin/env python3
"""771: a HexChat channel log (~/.config/hexchat/logs/OFTC-ish/#okuma-llm.log): sessions opened by
'**** BEGIN LOGGING AT Tue Mar  5 20:58:12 2024' and closed by '**** ENDING LOGGING AT …' with a blank line between
sessions; each event line starts with HexChat's default stamp '%b %d %H:%M:%S ', then '<nick>', '*' (joins, parts,
quits, topic, actions, mode changes) or '-NickServ-' / '-ChanServ-', a TAB and the text. Turkish reading channel on
LLM agents, evaluation, long context and graph / scientific models."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys, FOLD

F = by_num(771)
A = lambda k: f"https://arxiv.org/abs/{k}"
CH = "#okuma-llm"


def ctime(d):
    return d.strftime("%a %b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S %Y")


def session(start, events, end_after):
    t = start
    out = [f"**** BEGIN LOGGING AT {ctime(t)}\n"]
    for gap, who, msg in events:
        t += datetime.timedelta(seconds=gap)
        out.append(f"{t.strftime('%b %d %H:%M:%S')} {who}\t{msg}\n")
    t += datetime.timedelta(seconds=end_after)
    out.append(f"**** ENDING LOGGING AT {ctime(t)}\n")
    return "".join(out)


S1 = session(datetime.datetime(2024, 3, 4, 20, 55, 3), [
 (0, "*", f"Now talking on {CH}"),
 (0, "*", f"Topic for {CH} is: LLM okuma grubu | Salı 21:00 (TSİ) | liste: https://pad.okuma-llm.example.org/p/mart | log tutulur"),
 (0, "*", f"Topic for {CH} set by zeynep!~zeynep@kule.example.net (Mon Feb 26 10:14:51 2024)"),
 (0, "-ChanServ-", f"[{CH}] Kanala hoş geldiniz. Kurallar: https://okuma-llm.example.org/kurallar"),
 (41, "<zeynep>", "akşamlar; yarınki oturumun listesini burada netleştirelim"),
 (18, "<burak>", "ben ajanlar kısmını alırım"),
 (33, "<zeynep>", f"tamam. ilk makale: {T('2210.03629')} ({au('2210.03629', 2)})"),
 (9, "<zeynep>", f"OpenReview sayfası daha iyi, yorumlar da var: https://openreview.net/forum?id={OR('2210.03629')}"),
 (52, "<burak>", "akıl yürütme izi + araç çağrısı dönüşümlü; HotpotQA ve ALFWorld deneyleri"),
 (27, "*", "elif (~elif@dsl-88-241.example.net.tr) has joined"),
 (12, "<elif>", "selam! ben değerlendirme tarafını hazırlıyorum"),
 (40, "<elif>", f"{T('2306.05685')} — {au('2306.05685', 3)}, arXiv:2306.05685"),
 (21, "<elif>", "güçlü bir modeli hakem olarak kullanmanın yanlılıkları: konum yanlılığı, uzunluk yanlılığı, kendini kayırma"),
 (35, "<burak>", "Arena'nın liderlik tablosu da lazım mı? o makale değil ama"),
 (14, "<elif>", "yok, sadece ekran görüntüsü koyacağım; tablo siteden (lmsys.org), makale değil"),
 (60, "*", "burak is now known as burak_afk"),
 (240, "*", "burak_afk is now known as burak"),
 (19, "<burak>", "robotik için şunu ekleyelim mi:"),
 (4, "<burak>", f"{T('2307.15818')} {A('2307.15818')}"),
 (30, "<zeynep>", "evet, eylemleri metin token'ı olarak üretmesi tartışmaya iyi gelir"),
 (22, "* zeynep", "listeyi pad'e yazıyor"),
 (95, "*", "elif has quit (Quit: Leaving)"),
], 1200)
S1 = S1.replace("* zeynep\t", "*\tzeynep ")

S2 = session(datetime.datetime(2024, 3, 5, 20, 58, 12), [
 (0, "*", f"Now talking on {CH}"),
 (0, "*", f"Topic for {CH} is: LLM okuma grubu | BUGÜN 21:00 | uzun bağlam + bilim için graf modelleri"),
 (0, "*", f"Topic for {CH} set by zeynep!~zeynep@kule.example.net (Tue Mar  5 18:01:44 2024)"),
 (47, "*", "kaan (~kaan@193.140.x.example.edu.tr) has joined"),
 (15, "<kaan>", "iyi akşamlar, uzun bağlam kısmı bende"),
 (38, "<kaan>", f"1) {T('2306.15595')} — {au('2306.15595', 3)}"),
 (6, "<kaan>", f"   link: {A('2306.15595')}"),
 (29, "<kaan>", f"2) {T('2307.03172')} — {au('2307.03172', 3)}; linki bulamadım, pad'deki PDF'e bakın"),
 (44, "<zeynep>", "ikincisi güzel: cevap bağlamın ortasındaysa doğruluk düşüyor, başta/sonda değil"),
 (31, "*", "ozan (~ozan@cs-lab.example.edu.tr) has joined"),
 (10, "<ozan>", "selam, graf ve bilim kısmını ben anlatacağım"),
 (26, "<ozan>", f"{T('2010.03409')} ({au('2010.03409', 2)}) {A('2010.03409')}"),
 (39, "<ozan>", f"sonra: {T('2106.05234')} — {au('2106.05234', 3)}"),
 (18, "<ozan>", "merkeziyet kodlaması + uzamsal kodlama + kenar kodlaması; OGB-LSC sonuçları"),
 (47, "<ozan>", f"son olarak Nature makalesi: {T(FOLD)} ({au(FOLD, 3)}, Nature 596, 2021) — arXiv'de yok"),
 (23, "<kaan>", "protein makalesi okuma grubuna biraz ağır değil mi :)"),
 (12, "<ozan>", "sadece Evoformer bloğunu anlatacağım, 10 dk"),
 (33, "*", "zeynep gives channel operator status to ozan"),
 (50, "<zeynep>", "kayıt linki oturumdan sonra konuya eklenecek. YouTube kanalı: https://www.youtube.com/@okuma-llm (konuşma kayıtları, makale değil)"),
 (72, "*", "kaan (~kaan@193.140.x.example.edu.tr) has left"),
 (20, "-NickServ-", "This nickname is registered. Please choose a different nickname, or identify via /msg NickServ IDENTIFY <password>."),
], 3300)

S3 = session(datetime.datetime(2024, 3, 6, 9, 12, 40), [
 (0, "*", f"Now talking on {CH}"),
 (0, "*", f"Topic for {CH} is: LLM okuma grubu | sonraki: 12 Mart | kayıt: https://www.youtube.com/@okuma-llm"),
 (0, "*", f"Topic for {CH} set by zeynep!~zeynep@kule.example.net (Tue Mar  5 23:40:02 2024)"),
 (65, "<burak>", "dünkü oturum için teşekkürler, notlar pad'de"),
 (22, "<burak>", "ajan kısmında eksik kalan: araç kullanımı için değerlendirme kümeleri (AgentBench vb. — onlar web sitesi/benchmark, ayrıca bakarız)"),
 (48, "*", "elif (~elif@dsl-88-241.example.net.tr) has joined"),
 (15, "<elif>", "hakem-LLM deneyini GPU sunucusunda tekrar koşturdum, konum yanlılığı bizde de var (~%8)"),
 (30, "<elif>", "script: https://git.okuma-llm.example.org/elif/judge-bias (kod, makale değil)"),
 (41, "<zeynep>", "süper. bir dahaki sefere 10 dk sonuç sunar mısın?"),
 (9, "<elif>", "olur"),
 (57, "<burak>", "bu arada uzun bağlam için konum interpolasyonu makalesinin linki dün kaan'ın mesajında, tekrar atmıyorum"),
 (36, "*", "ozan (~ozan@cs-lab.example.edu.tr) has joined"),
 (14, "<ozan>", "günaydın. ağ tabanlı simülasyon makalesinin kodu: https://github.com/google-deepmind/deepmind-research (depo, ilgili alt klasör)"),
 (28, "<ozan>", "bir de graf transformer makalesinin resmi deposu microsoft altında, ama onu okumaya gerek yok"),
 (44, "<zeynep>", "12 Mart gündemi: 1) elif'in hakem sonuçları 2) yeni makale önerileri, pad'e yazın"),
 (120, "*", "zeynep sets mode +t #okuma-llm"),
 (33, "*", "ozan has quit (Ping timeout: 240 seconds)"),
 (300, "*", "elif has quit (Quit: Leaving)"),
], 60)

text = S1 + "\n" + S2 + "\n" + S3
write_only(F, text, keys(F))
