#!/usr/bin/env python3
"""600: a listmonk campaign as its public archive page renders it (/archive/<uuid>): listmonk's default e-mail
template (doctype, <base target="_blank">, the inline <style> block, body with inline styles, .gutter / .wrap /
.footer divs, the unsubscribe and view-in-browser links, the listmonk logo link and the TrackView pixel), the campaign
body in its rich-text HTML (h1–h3, p, ul, blockquote, a, hr, a .button). Polish, a newsletter issue on efficient
attention and memory."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import F600, keys

UUID = "5f2b8c1e-93a4-4d6b-a0f7-2c81e9d4b356"
text = fill("""<!doctype html>
<html>
    <head>
        <title>Uwaga w praktyce #17 — tania uwaga, długa pamięć</title>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
        <base target="_blank">

        <style>
            body {
                background-color: #F0F1F3;
                font-family: 'Helvetica Neue', 'Segoe UI', Helvetica, sans-serif;
                font-size: 15px;
                line-height: 26px;
                margin: 0;
                color: #444;
            }

            pre {
                background: #f4f4f4f4;
                padding: 2px;
            }

            table {
                width: 100%;
                border: 1px solid #ddd;
            }
            table td {
                border-color: #ddd;
                padding: 5px;
            }

            .wrap {
                background-color: #fff;
                padding: 30px;
                max-width: 525px;
                margin: 0 auto;
                border-radius: 5px;
            }

            .button {
                background: #0055d4;
                border-radius: 3px;
                text-decoration: none !important;
                color: #fff !important;
                font-weight: bold;
                padding: 10px 30px;
                display: inline-block;
            }
            .button:hover {
                background: #111;
            }

            .footer {
                text-align: center;
                font-size: 12px;
                color: #888;
            }
                .footer a {
                    color: #888;
                    margin-right: 5px;
                }

            .gutter {
                padding: 30px;
            }

            img {
                max-width: 100%;
                height: auto;
            }

            a {
                color: #0055d4;
            }
                a:hover {
                    color: #111;
                }
            @media screen and (max-width: 600px) {
                .wrap {
                    max-width: auto;
                }
                .gutter {
                    padding: 10px;
                }
            }
        </style>
    </head>
<body style="background-color: #F0F1F3;font-family: 'Helvetica Neue', 'Segoe UI', Helvetica, sans-serif;font-size: 15px;line-height: 26px;margin: 0;color: #444;">
    <div class="gutter" style="padding: 30px;">&nbsp;</div>
    <div class="wrap" style="background-color: #fff;padding: 30px;max-width: 525px;margin: 0 auto;border-radius: 5px;">
        <p style="font-size: 12px; color: #888;">Numer 17 · 22 marca 2024 · czas czytania ok. 8 min</p>
<h1>Tania uwaga, długa pamięć</h1>
<p>Cześć!</p>
<p>W tym numerze wracamy do pytania, które regularnie pada na naszych spotkaniach w Krakowie: <em>jak zrobić, żeby transformer nie płacił kwadratowo za każdy dodatkowy token</em>. Zebrałam prace, które omawialiśmy w lutym i marcu, plus kilka, które dopiero są w kolejce. Jak zwykle: linki do PDF-ów tam, gdzie się da, a przy reszcie pełne tytuły, żebyście mogli je znaleźć sami.</p>
<hr />
<h2>1. Przybliżenia jądrowe</h2>
<p><strong><a href="https://arxiv.org/abs/2009.14794">⟦2009.14794⟧</a></strong><br />
Krzysztof Choromanski, Valerii Likhosherstov, David Dohan, Xingyou Song i in. (ICLR 2021)</p>
<p>FAVOR+ i losowe cechy ortogonalne — klasyk, od którego zaczynamy każdą dyskusję o liniowej uwadze. Michał pokazywał na spotkaniu, że na naszych sekwencjach ~8k tokenów zysk jest realny dopiero od batcha 4 w górę.</p>
<p><strong><a href="https://openreview.net/forum?id=@@OR_RFA@@">⟦2103.02143⟧</a></strong><br />
Hao Peng, Nikolaos Pappas, Dani Yogatama, Roy Schwartz, Noah A. Smith, Lingpeng Kong (ICLR 2021, link do forum z recenzjami)</p>
<p>Bardzo podobny pomysł, ale z bramkowaniem, które daje coś w rodzaju zapominania. Recenzje na OpenReview warto przeczytać — dobrze pokazują, czego brakowało w ewaluacji.</p>
<h2>2. Czy uwaga w ogóle musi być iloczynem skalarnym?</h2>
<p><strong>⟦2005.00743⟧</strong><br />
Yi Tay, Dara Bahri, Donald Metzler, Da-Cheng Juan, Zhe Zhao, Che Zheng (ICML 2021) — arXiv:2005.00743</p>
<p>Prowokacyjna praca: syntetyczne macierze uwagi, czasem wręcz losowe i zamrożone, radzą sobie zaskakująco dobrze. Dobra na rozgrzewkę przed dyskusją o tym, co naprawdę robi softmax.</p>
<h2>3. Rzadkie wzorce</h2>
<p><strong><a href="https://arxiv.org/pdf/2007.14062.pdf">⟦2007.14062⟧</a></strong><br />
Manzil Zaheer, Guru Guruganesh, Avinava Dubey, Joshua Ainslie i in. (NeurIPS 2020)</p>
<p>Okno + tokeny globalne + losowe połączenia. Ania zwróciła uwagę, że dowód kompletności Turinga jest ciekawszy niż wyniki na QA.</p>
<blockquote>
<p>„Wszyscy mówią o złożoności, a potem i tak liczy się to, czy kernel dobrze trafia w pamięć GPU.” — z dyskusji po spotkaniu</p>
</blockquote>
<h2>4. Pamięć: co zapamiętać, co wyrzucić</h2>
<p>Dwie prace z Meta AI, które czytaliśmy w parze (PDF-y są w folderze grupy, linków tu nie wklejam):</p>
<ul>
<li><strong>⟦2002.09402⟧</strong> — Angela Fan, Thibaut Lavril, Edouard Grave, Armand Joulin, Sainbayar Sukhbaatar</li>
<li><strong>⟦2105.06548⟧</strong> — Sainbayar Sukhbaatar, Da Ju, Spencer Poff, Stephen Roller, Arthur Szlam, Jason Weston, Angela Fan (ICML 2021)</li>
</ul>
<p>Pierwsza pozwala niższym warstwom w kolejnych krokach widzieć reprezentacje wyższych warstw z przeszłości; druga uczy się, które wspomnienia „wygasają”. Razem dobrze ilustrują kompromis między pojemnością pamięci a kosztem.</p>
<h2>5. Rekurencja wraca</h2>
<p><strong><a href="https://arxiv.org/abs/2307.08621">⟦2307.08621⟧</a></strong><br />
Yutao Sun, Li Dong, Shaohan Huang, Shuming Ma, Yuqing Xia, Jilong Xue, Jianyong Wang, Furu Wei (2023)</p>
<p>Trzy tryby liczenia tego samego: równoległy (trening), rekurencyjny (inferencja O(1) na token) i kawałkowy. Na kwietniowym spotkaniu porównamy to z modelami przestrzeni stanów.</p>
<h2>6. A na produkcji?</h2>
<p>Jeśli serwujecie duże modele, to uwaga liniowa jest tylko połową historii — druga połowa to zarządzanie pamięcią KV-cache:</p>
<p><strong>⟦2309.06180⟧</strong><br />
Woosuk Kwon, Zhuohan Li, Siyuan Zhuang, Ying Sheng, Lianmin Zheng, Cody Hao Yu, Joseph E. Gonzalez, Hao Zhang, Ion Stoica (SOSP 2023)</p>
<p>Do tego polecam dokumentację biblioteki vLLM (to nie jest artykuł, ale świetnie tłumaczy stronicowanie) oraz wpis na blogu zespołu o ciągłym batchowaniu.</p>
<hr />
<h3>Poza papierami</h3>
<ul>
<li>Repozytorium <a href="https://github.com/Dao-AILab/flash-attention">flash-attention</a> — kernel, którego wszyscy i tak używamy.</li>
<li>Kurs „Efficient ML” (nagrania wykładów na YouTube) — moduł o uwadze i kwantyzacji.</li>
<li>Tabela wyników Long Range Arena w repozytorium benchmarku — uwaga, część wyników jest nieporównywalna.</li>
<li>Nasz notatnik Colab z porównaniem czasu i pamięci: <a href="https://git.uwaga-w-praktyce.example/notebooki/attn-bench">attn-bench</a>.</li>
</ul>
<h3>Następne spotkanie</h3>
<p>Czwartek, 4 kwietnia 2024, 18:00, Kraków, sala 2.14 (wejście od ul. Czarnowiejskiej) oraz transmisja online. Prowadzi Michał Wierzbicki.</p>
<p style="text-align: center;"><a class="button" href="https://uwaga-w-praktyce.example/spotkania/2024-04-04">Zapisz się na spotkanie</a></p>
<p>Do przeczytania!<br />
Zofia Lewandowska<br />
<span style="font-size: 12px; color: #888;">Uwaga w praktyce — nieformalna grupa czytelnicza o wydajnych modelach sekwencyjnych</span></p>

    </div>

    <div class="footer" style="text-align: center;font-size: 12px;color: #888;">
        <p>
            Nie chcesz otrzymywać tych wiadomości?
            <a href="https://lista.uwaga-w-praktyce.example/subscription/@@UUID@@/00000000-0000-0000-0000-000000000000" style="color: #888;">Wypisz się</a>
            &nbsp;&nbsp;
            <a href="https://lista.uwaga-w-praktyce.example/campaign/@@UUID@@/00000000-0000-0000-0000-000000000000" style="color: #888;">Zobacz w przeglądarce</a>
        </p>
        <p>
            <a href="https://listmonk.app" target="_blank" rel="noreferrer"><img src="https://lista.uwaga-w-praktyce.example/public/static/logo.svg" alt="listmonk" style="max-width: 50px; height: auto;" /></a>
        </p>
    </div>
    <div class="gutter" style="padding: 30px;">&nbsp;<img src="https://lista.uwaga-w-praktyce.example/campaign/@@UUID@@/00000000-0000-0000-0000-000000000000/px.png" alt="" /></div>
</body>
</html>
""").replace("@@OR_RFA@@", OR("2103.02143")).replace("@@UUID@@", UUID)
write_only(F600, text, keys(F600))
