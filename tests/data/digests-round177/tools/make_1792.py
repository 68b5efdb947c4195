#!/usr/bin/env python3
"""1792: a Japanese lab website's Blazor component (`Pages/Rinko.razor`, .NET 8): the `@page` route and `@using`
directives, `<PageTitle>`, a checkbox bound with `@bind`, the schedule table written with `@foreach` and
`@if … else` blocks, a resource list, then the `@code { }` block holding the data: a positional `record Session(…)`
and a `List<Session>` of target-typed `new(new DateOnly(…), …)` entries in the record's parameter order, the links
as a tuple array, a `Shown` property and two helper methods. `ArxivId` holds a bare id that PaperUrl() turns into a
link at run time. Written by hand in the real thing; here from the modelled schedule: Thursdays weekly from the first
one, the Golden Week Thursday skipped."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1792)
D0 = dt.date(2024, 4, 11)
SKIP = {3}  # 5/2: ゴールデンウィーク
# (presenter, title, url, arxivId, memo)
S = [
 ("佐藤", T("2103.00020"), "https://arxiv.org/abs/2103.00020", None, "CLIP。4 億組の画像とテキストで対照学習、zero-shot 評価の手順を整理"),
 ("鈴木", T("2102.05918"), None, None, "ALIGN。ノイズの多い alt-text 18 億組、ICML 2021。CLIP との違いを表に"),
 ("高橋", T("2303.15343"), None, "2303.15343", "SigLIP。softmax ではなく sigmoid 損失、バッチサイズの実験"),
 ("田中", T("2010.04592"), "https://arxiv.org/abs/2010.04592", None, "ハードネガティブの重み付け、ICLR 2021"),
 ("伊藤", T("2004.11362"), None, None, "ラベルを使う対照損失、NeurIPS 2020。印刷版を配布"),
 ("渡辺", T("2106.13884"), None, None, "Frozen。言語モデルは固定して画像エンコーダだけ学習、NeurIPS 2021"),
 ("山本", T("2204.14198"), "https://arxiv.org/pdf/2204.14198", None, "Flamingo。Perceiver Resampler と gated cross-attention"),
 ("中村", T("2307.15818"), "https://arxiv.org/abs/2307.15818", None, "RT-2。視覚・言語・行動モデル、ロボット班と合同"),
 ("全員", "演習: LAVIS で画像キャプション生成を動かす（論文なし）", None, None, "ノート PC 持参、GPU サーバのアカウントを事前に確認"),
]
LINKS = [("Hugging Face ブログ: A Dive into Vision-Language Models", "https://huggingface.co/blog/vision_language_pretraining"),
         ("LAVIS（Salesforce）リポジトリ", "https://github.com/salesforce/LAVIS"),
         ("研究室の輪講アーカイブ", "https://lab.example.ac.jp/rinko/archive")]


def cs(s):
    if s is None: return "null"
    assert '"' not in s and "\\" not in s and "{" not in s
    return '"' + s + '"'


def build():
    dates, d, i = [], D0, 0
    while len(dates) < len(S):
        if i not in SKIP: dates.append(d)
        d += dt.timedelta(days=7); i += 1
    L = ['@page "/rinko"', "@using System.Globalization", "",
         "<PageTitle>輪講 2024年度前期 | 佐藤研究室</PageTitle>", "",
         "<h1>輪講（2024年度前期）</h1>", '<p class="lead">',
         "    毎週木曜 13:30–15:00、工学部 2 号館 241 講義室。担当者は前日までにスライドを共有フォルダに置いてください。", "</p>", "",
         '<div class="form-check mb-3">',
         '    <input class="form-check-input" type="checkbox" id="upcoming" @bind="onlyUpcoming" />',
         '    <label class="form-check-label" for="upcoming">これからの回だけ表示</label>', "</div>", "",
         '<table class="table table-sm">', "    <thead>", "        <tr>", "            <th>日付</th>", "            <th>担当</th>",
         "            <th>論文</th>", "            <th>メモ</th>", "        </tr>", "    </thead>", "    <tbody>",
         "        @foreach (var s in Shown)", "        {", '            <tr class="@RowClass(s)">',
         '                <td>@s.Date.ToString("M/d (ddd)", ja)</td>', "                <td>@s.Presenter</td>", "                <td>",
         "                    @if (PaperUrl(s) is string url)", "                    {",
         '                        <a href="@url" target="_blank" rel="noopener">@s.Title</a>', "                    }",
         "                    else", "                    {", "                        @s.Title", "                    }",
         "                </td>", "                <td>@s.Memo</td>", "            </tr>", "        }", "    </tbody>", "</table>", "",
         "<h2>参考資料</h2>", "<ul>", "    @foreach (var (label, href) in links)", "    {",
         '        <li><a href="@href" target="_blank" rel="noopener">@label</a></li>', "    }", "</ul>", "",
         "@code {", "    // 1 回分。Url が無くて ArxivId だけの回は PaperUrl() がリンクを作る",
         "    private record Session(DateOnly Date, string Presenter, string Title, string? Url, string? ArxivId, string Memo);", "",
         '    private static readonly CultureInfo ja = CultureInfo.GetCultureInfo("ja-JP");',
         "    private readonly DateOnly today = DateOnly.FromDateTime(DateTime.Today);", "    private bool onlyUpcoming;", "",
         "    // 5/2 はゴールデンウィークのため休み", "    private readonly List<Session> sessions = new()", "    {"]
    for (who, t, url, ax, memo), day in zip(S, dates):
        L.append(f"        new(new DateOnly({day.year}, {day.month}, {day.day}), {cs(who)}, {cs(t)}, {cs(url)}, {cs(ax)}, {cs(memo)}),")
    L += ["    };", "", "    private readonly (string Label, string Href)[] links =", "    {"]
    L += [f"        ({cs(a)}, {cs(b)})," for a, b in LINKS]
    L += ["    };", "",
          "    private IEnumerable<Session> Shown => onlyUpcoming ? sessions.Where(s => s.Date >= today) : sessions;", "",
          '    private string RowClass(Session s) => s.Date < today ? "text-muted" : "";', "",
          "    private static string? PaperUrl(Session s) =>",
          '        s.Url ?? (s.ArxivId is null ? null : $"https://arxiv.org/abs/{s.ArxivId}");', "}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
