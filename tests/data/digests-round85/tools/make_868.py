#!/usr/bin/env python3
"""868: an IPython terminal session copied from the terminal (IPython 8.22 on Python 3.11, conda-forge build): the
banner, `In [n]: ` prompts, continuation prompts `   ...: ` right-aligned to the `In [n]: ` width, `Out[n]: ` results
(a long pretty-printed dict starting on the next line), printed output, `!` shell escapes and their output, `%timeit`
/ `%time` lines, an IPython 8 traceback (`Cell In[n], line k` and the `----> k` arrow), a blank line between cells,
and `exit`. A Hindi-speaking student's notes while revising weight initialisation, sharpness-aware training, dataset
condensation and related optimisation papers; a course, a blog post, a video and packages are not papers."""
import math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GLOROT, DBN

F = by_num(868)
K = dict(sam="2010.01412", cond="2006.05929", has="2006.03656", local="2103.13462", glorot=GLOROT, dbn=DBN,
         smooth="2006.14536", gpm="2103.09762")

out = ["(base) priya@prayogshala:~/adhyayan$ ipython",
       "Python 3.11.8 | packaged by conda-forge | (main, Feb 16 2024, 20:53:32) [GCC 12.3.0]",
       "Type 'copyright', 'credits' or 'license' for more information",
       "IPython 8.22.2 -- An enhanced Interactive Python. Type '?' for help.", ""]
n = 0


def cell(src, output=None, result=None):
    """src: the cell's lines; output: printed lines; result: the Out[n] repr (may be multi-line)"""
    global n
    n += 1
    p = f"In [{n}]: "
    cont = "...: ".rjust(len(p))
    lines = src.split("\n")
    out.append(p + lines[0])
    out.extend((cont + l).rstrip() for l in lines[1:])
    if output:
        out.extend(output.split("\n"))
    if result is not None:
        o = f"Out[{n}]: "
        out.append(o + result if "\n" not in result else o.rstrip())
        if "\n" in result:
            out.extend(result.split("\n"))
    out.append("")


cell("import numpy as np")
cell("import torch, torch.nn as nn")
cell("# ग्लोरो-बेंजियो (2010) वाला सूत्र: Var(W) = 2 / (fan_in + fan_out)\n"
     "fan_in, fan_out = 784, 256")
cell("np.sqrt(6 / (fan_in + fan_out))  # uniform की सीमा a", result=repr(math.sqrt(6 / (784 + 256))))
cell("np.sqrt(2 / (fan_in + fan_out))  # सामान्य वितरण का std", result=repr(math.sqrt(2 / (784 + 256))))
cell("w = torch.empty(fan_out, fan_in)\nnn.init.xavier_uniform_(w)\nw.abs().max().item() <= np.sqrt(6 / (fan_in + fan_out))",
     result="True")
cell("पढ़ाई = {\n"
     f"    \"{T(K['glorot'])}\": \"AISTATS 2010, PDF proceedings से; arXiv पर नहीं है\",\n"
     f"    \"{T(K['dbn'])}\": \"Neural Computation 2006 — परत-दर-परत pretraining, सिर्फ़ इतिहास के लिए\",\n"
     "}", )
cell("for शीर्षक, टिप्पणी in पढ़ाई.items():\n    print(f\"• {शीर्षक}\\n    ↳ {टिप्पणी}\")\n",
     output="\n".join(f"• {k}\n    ↳ {v}" for k, v in [
         (T(K['glorot']), "AISTATS 2010, PDF proceedings से; arXiv पर नहीं है"),
         (T(K['dbn']), "Neural Computation 2006 — परत-दर-परत pretraining, सिर्फ़ इतिहास के लिए")]))
cell("!curl -sL https://arxiv.org/abs/2010.01412 | grep -o '<title>.*</title>'",
     output=f"<title>[2010.01412] {T(K['sam'])}</title>")
cell("def sam_step(model, loss_fn, x, y, opt, rho=0.05):\n"
     "    # चरण 1: ग्रेडिएंट की दिशा में ε = ρ·g/‖g‖ तक चढ़ो\n"
     "    loss_fn(model(x), y).backward()\n"
     "    g = [p.grad for p in model.parameters()]\n"
     "    norm = torch.norm(torch.stack([gi.norm(2) for gi in g]), 2)\n"
     "    eps = [rho * gi / (norm + 1e-12) for gi in g]\n"
     "    with torch.no_grad():\n"
     "        for p, e in zip(model.parameters(), eps):\n"
     "            p.add_(e)\n"
     "    opt.zero_grad()\n"
     "    # चरण 2: उस बिंदु पर ग्रेडिएंट लेकर मूल वज़न अपडेट करो\n"
     "    loss_fn(model(x), y).backward()\n"
     "    with torch.no_grad():\n"
     "        for p, e in zip(model.parameters(), eps):\n"
     "            p.sub_(e)\n"
     "    opt.step()\n"
     "    opt.zero_grad()\n")
cell("sam_rho",
     output="---------------------------------------------------------------------------\n"
            "NameError                                 Traceback (most recent call last)\n"
            f"Cell In[{n + 1}], line 1\n"
            "----> 1 sam_rho\n"
            "\n"
            "NameError: name 'sam_rho' is not defined")
cell("model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))\n"
     "opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)\n"
     "x, y = torch.randn(128, 1, 28, 28), torch.randint(0, 10, (128,))")
cell("%timeit sam_step(model, nn.functional.cross_entropy, x, y, opt)",
     output="1.87 ms ± 41.2 µs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)")
cell("# दो बार forward/backward — लगभग दोगुना समय, पेपर में भी यही लिखा है (परिशिष्ट C)\n"
     "स्रोत = {'sam': 'https://arxiv.org/abs/2010.01412', 'condensation': 'https://arxiv.org/abs/2006.05929v3',\n"
     "         'autohas': 'https://arxiv.org/pdf/2006.03656', 'course': 'https://nptel.example.ac.in/courses/deep-learning-iit'}")
cell("स्रोत", result="{'sam': 'https://arxiv.org/abs/2010.01412',\n"
     " 'condensation': 'https://arxiv.org/abs/2006.05929v3',\n"
     " 'autohas': 'https://arxiv.org/pdf/2006.03656',\n"
     " 'course': 'https://nptel.example.ac.in/courses/deep-learning-iit'}")
cell(f"print('{T(K['cond'])}', '—', '{au(K['cond'], 3, '')}')",
     output=f"{T(K['cond'])} — {au(K['cond'], 3, '')}")
cell(f"print('{T(K['has'])}')\n"
     "# AutoHAS: आर्किटेक्चर + हाइपरपैरामीटर एक साथ, weight sharing के साथ — सेक्शन 3.2 दोबारा पढ़ना",
     output=T(K['has']))
cell("!pip show torch | head -2", output="Name: torch\nVersion: 2.2.1")
cell("नोट = '''\n"
     f"Tengyu Ma, \"{T(K['local'])}\" (arXiv:2103.13462)\n"
     "— किताब का अध्याय जैसा; strict saddle और matrix completion वाला हिस्सा गुरुवार की बैठक के लिए\n"
     "'''")
cell("print(नोट)",
     output=f"\nTengyu Ma, \"{T(K['local'])}\" (arXiv:2103.13462)\n"
            "— किताब का अध्याय जैसा; strict saddle और matrix completion वाला हिस्सा गुरुवार की बैठक के लिए\n")
cell("अगले_हफ़्ते = [\n"
     f"    '{T(K['smooth'])}',  # ReLU की जगह smooth activation — robustness मुफ़्त में?\n"
     f"    '{T(K['gpm'])}',  # continual learning, ग्रेडिएंट को पुराने subspace के लंबवत\n"
     "]")
cell("len(अगले_हफ़्ते)", result="2")
cell("%time _ = [nn.init.kaiming_normal_(torch.empty(1024, 1024)) for _ in range(50)]",
     output="CPU times: user 412 ms, sys: 8.1 ms, total: 420 ms\nWall time: 107 ms")
cell("# ब्लॉग (पेपर नहीं): https://blog.example.in/initialisation-visual — अच्छे चित्र\n"
     "# वीडियो: https://video.example.com/watch/glorot-init-hindi (हिंदी में, 18 मिनट)")
cell("exit")
text = "\n".join(out[:-1]) + "\n"
write_only(F, text, keys(F))
