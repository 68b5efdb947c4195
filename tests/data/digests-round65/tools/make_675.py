#!/usr/bin/env python3
"""675: a Polyglot Notebooks (.NET Interactive) .dib file as the VS Code extension saves it: "#!meta" first, then the
kernelInfo JSON on one line, then cells each opened by a kernel-name line ("#!markdown", "#!csharp", "#!fsharp",
"#!pwsh") with one blank line after the marker and one before the next, no outputs, magic commands (#r "nuget: …",
#!time) inside code cells, LF line ends and a final newline. A Persian notebook on optimisation, architecture search
and RL, with C# / F# cells (TorchSharp, Plotly.NET) and Markdown cells listing the papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F675, keys, DBN

META = {"kernelInfo": {"defaultKernelName": "csharp", "items": [
    {"aliases": [], "name": "csharp"}, {"aliases": [], "languageName": "fsharp", "name": "fsharp"},
    {"aliases": [], "languageName": "Markdown", "name": "markdown"}, {"aliases": [], "languageName": "PowerShell", "name": "pwsh"}]}}
cells = []


def cell(kind, text):
    cells.append((kind, text.strip("\n")))


def au(k, n=3):
    a = authors(k)
    return "، ".join(a[:n]) + (" و همکاران" if len(a) > n else "")


cell("markdown", f"""# دفترچهٔ جلسات: بهینه‌سازی، جست‌وجوی معماری و یادگیری تقویتی

گروه یادگیری ماشین، دانشکدهٔ مهندسی کامپیوتر، دانشگاه البرز — بهار ۱۴۰۳. این دفترچه با **Polyglot Notebooks** در VS Code اجرا می‌شود
(کرنل‌های C# و F#؛ بستهٔ TorchSharp نرم‌افزار است، مقاله نیست).

| جلسه | موضوع | ارائه |
|---|---|---|
| ۱ | تخت بودن کمینه و تعمیم | مریم احمدی |
| ۲ | جست‌وجوی معماری | سارا رحیمی |
| ۳ | یادگیری تقویتی و یادگیری پیوسته | علی کاظمی |""")
cell("markdown", f"""## جلسهٔ ۱ — بهینه‌سازی و تعمیم

1. **{T('2010.01412')}** — {au('2010.01412')}، ICLR 2021 (arXiv:2010.01412). الگوریتم در سلول C# پایین پیاده شده است.
2. *{T('2103.13462')}* — {au('2103.13462')}. [نسخهٔ arXiv](https://arxiv.org/abs/2103.13462) — فصل نظری، فقط بخش‌های ۱ تا ۳.
3. پیشینهٔ تاریخی: «{T(DBN)}» — {au(DBN)}، Neural Computation، ۲۰۰۶. پیش‌آموزش لایه‌به‌لایه؛ PDF در کتابخانهٔ دانشکده.""")
cell("csharp", """#r "nuget: TorchSharp-cpu, 0.102.5"
#r "nuget: Plotly.NET.Interactive, 4.2.1"

using TorchSharp;
using static TorchSharp.torch;

// یک گام کمینه‌سازی آگاه از تیزی روی یک مدل کوچک (نسخهٔ آموزشی، بدون توزیع‌شدگی)
Tensor SamStep(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y, optim.Optimizer opt, double rho = 0.05)
{
    var loss = nn.functional.cross_entropy(model.forward(x), y);
    opt.zero_grad();
    loss.backward();
    var ps = model.parameters().ToList();
    var norm = torch.sqrt(ps.Select(p => p.grad.pow(2).sum()).Aggregate((a, b) => a + b));
    var eps = new List<Tensor>();
    using (torch.no_grad())
    {
        foreach (var p in ps)
        {
            var e = p.grad * (rho / (norm + 1e-12));
            p.add_(e);
            eps.Add(e);
        }
    }
    opt.zero_grad();
    var loss2 = nn.functional.cross_entropy(model.forward(x), y);
    loss2.backward();
    using (torch.no_grad())
    {
        for (int i = 0; i < ps.Count; i++) ps[i].sub_(eps[i]);
    }
    opt.step();
    return loss2;
}""")
cell("csharp", """#!time
var model = nn.Sequential(("fc1", nn.Linear(784, 256)), ("relu", nn.ReLU()), ("fc2", nn.Linear(256, 10)));
var opt = optim.SGD(model.parameters(), learningRate: 0.1, momentum: 0.9);
var x = torch.randn(128, 784);
var y = torch.randint(0, 10, new long[] { 128 });
for (int step = 0; step < 5; step++)
{
    var l = SamStep(model, x, y, opt);
    Console.WriteLine($"گام {step}: زیان = {l.item<float>():F4}");
}""")
cell("markdown", f"""## جلسهٔ ۲ — جست‌وجوی معماری و ابرپارامتر

- {T('2108.04392')} — {au('2108.04392')}، ICCV 2021 <https://arxiv.org/pdf/2108.04392.pdf>
- {T('2006.03656')} — {au('2006.03656')}. [arXiv](https://arxiv.org/abs/2006.03656)

> یادداشت: NAS-Bench-201 (بنچمارک/مجموعه‌داده) و کتابخانهٔ NNI فقط برای آزمایش‌ها هستند، نه مقاله.""")
cell("fsharp", """#r "nuget: Plotly.NET, 4.2.0"
open Plotly.NET

// دقت اعتبارسنجی معماری‌ها پس از «حذف» هر عملگر (اعداد ساختگیِ تمرین کلاس)
let ops = [ "skip"; "conv3x3"; "conv1x1"; "avgpool"; "none" ]
let drop = [ 0.4; 3.1; 1.7; 0.6; 0.0 ]
Chart.Column(values = drop, Keys = ops)
|> Chart.withTitle "افت دقت پس از حذف عملگر (%)"
|> Chart.withYAxisStyle "درصد"
""")
cell("markdown", f"""## جلسهٔ ۳ — یادگیری تقویتی و یادگیری پیوسته

* {T('2006.05990')} — {au('2006.05990')}. پیوند را بعداً اضافه کنید.
* {T('2101.03958')} — {au('2101.03958')}، ICLR 2021.
* {T('2103.09762')} — {au('2103.09762')}، ICLR 2021؛ برای پروژهٔ بازوی رباتیک.

محیط‌ها: [Gymnasium](https://gymnasium.farama.org/) (نرم‌افزار) و دورهٔ آنلاین «یادگیری تقویتی عمیق» (ویدیو، نه مقاله).""")
cell("pwsh", """# پشتیبان‌گیری از دفترچه روی سرور گروه
Copy-Item ./jalasat-1403.dib -Destination \\\\nas-ml.alborz.example.ac.ir\\share\\notebooks\\ -Force
Get-ChildItem \\\\nas-ml.alborz.example.ac.ir\\share\\notebooks\\ | Select-Object Name, LastWriteTime""")
out = ["#!meta", "", json.dumps(META, separators=(",", ":")), ""]
for i, (k, t) in enumerate(cells):
    out += [f"#!{k}", "", t] + ([""] if i < len(cells) - 1 else [])
raw = "\n".join(out) + "\n"
write_only(F675, raw, keys(F675))
