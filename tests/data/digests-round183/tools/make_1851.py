#!/usr/bin/env python3
"""1851: a Chinese vision-language lab's reading map as an ECharts script (`static/js/dushuhui-graph.js`, included by
the lab site's reading-group page after echarts.min.js): `echarts.init` on a div, `categories`, a `nodes` array
(name = the paper's full title, short label, category, year, symbol size, url, note), `links` by node index, the
`option` of a force-layout graph series with a label formatter and a tooltip, `setOption`, and a click handler that
opens `params.data.url`. Prettier-style (2 spaces, single quotes, trailing commas off). Papers are node names with
links in `url` (arXiv `/abs/`, `/pdf/…v2`, `/pdf/….pdf`), nodes with an empty url (title-only; PDF on the NAS) and
one arXiv id in a note. Non-papers: a repository, a dataset page, docs, a talk recording. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1851)
CATS = ["对比预训练", "多模态生成", "分割与机器人", "资源（非论文）"]
# (name, short, category, year, size, url, note)
NODES = [
 (T("2103.00020"), "CLIP", 0, 2021, 46, "https://arxiv.org/abs/2103.00020", "ICML 2021，读书会第一篇，必读"),
 (T("2102.05918"), "ALIGN", 0, 2021, 34, "", "arXiv:2102.05918，ICML 2021；噪声文本监督，和 CLIP 对照读"),
 (T("2303.15343"), "SigLIP", 0, 2023, 34, "", "ICCV 2023；PDF 在组里 NAS 的 /dushuhui/pdf 下"),
 (T("2106.13884"), "Frozen", 1, 2021, 30, "", "NeurIPS 2021；冻结语言模型，只训视觉编码器"),
 (T("2204.14198"), "Flamingo", 1, 2022, 42, "https://arxiv.org/pdf/2204.14198v2", "NeurIPS 2022；重点看 Perceiver Resampler"),
 (T("2304.08485"), "LLaVA", 1, 2023, 42, "https://arxiv.org/abs/2304.08485", "NeurIPS 2023 oral；指令数据怎么造的"),
 (T("2304.02643"), "SAM", 2, 2023, 40, "https://arxiv.org/pdf/2304.02643.pdf", "ICCV 2023；数据引擎那一节"),
 (T("2307.15818"), "RT-2", 2, 2023, 36, "", "CoRL 2023；VLA，机器人组一起听"),
 ("mlfoundations/open_clip（代码）", "OpenCLIP", 3, 2021, 18, "https://github.com/mlfoundations/open_clip", "复现用的开源实现"),
 ("LAION-5B 数据集页面", "LAION-5B", 3, 2022, 18, "https://laion.ai/blog/laion-5b/", "数据集，不是论文"),
 ("Hugging Face Transformers 文档：LLaVA", "HF 文档", 3, 2023, 16, "https://huggingface.co/docs/transformers/model_doc/llava", "推理示例"),
 ("组会录像：SAM 讲解（内部）", "录像", 3, 2024, 16, "https://video.lab.example.cn/dushuhui/2024-04-sam", "3 月 28 日组会"),
]
LINKS = [(0, 1), (0, 2), (1, 2), (0, 4), (3, 4), (0, 5), (4, 5), (5, 7), (0, 6), (8, 0), (9, 8), (10, 5), (11, 6)]


def js(s):
    assert "'" not in s and "\\" not in s
    return "'" + s + "'"


def build():
    L = ["// 视觉-语言读书会 · 论文关系图（ECharts 5）",
         "// 页面：/dushuhui/，先引入 echarts.min.js。改数据只改 nodes / links，颜色按 categories。",
         "// 没有链接的节点：PDF 在组里 NAS（/dushuhui/pdf），点了不会跳转。维护：陈思远",
         "",
         "var chartDom = document.getElementById('dushuhui-graph');",
         "var myChart = echarts.init(chartDom);",
         "",
         "var categories = [" + ", ".join("{ name: " + js(c) + " }" for c in CATS) + "];",
         "",
         "var nodes = ["]
    for i, (name, short, cat, year, size, url, note) in enumerate(NODES):
        L += ["  {",
              f"    name: {js(name)},",
              f"    short: {js(short)},",
              f"    category: {cat},",
              f"    value: {year},",
              f"    symbolSize: {size},",
              f"    url: {js(url)},",
              f"    note: {js(note)}",
              "  }" + ("," if i < len(NODES) - 1 else "")]
    L += ["];",
          "",
          "var links = ["]
    for i, (a, b) in enumerate(LINKS):
        L.append(f"  {{ source: {a}, target: {b} }}" + ("," if i < len(LINKS) - 1 else ""))
    L += ["];",
          "",
          "var option = {",
          "  title: {",
          "    text: '视觉-语言读书会：论文关系',",
          "    subtext: '2024 春季 · 周四 19:00 · 信息楼 305',",
          "    left: 'center'",
          "  },",
          "  tooltip: {",
          "    formatter: function (p) {",
          "      if (p.dataType !== 'node') return '';",
          "      return p.data.name + '<br/>' + p.data.value + ' · ' + p.data.note;",
          "    }",
          "  },",
          "  legend: [{ data: categories.map(function (c) { return c.name; }), bottom: 0 }],",
          "  series: [",
          "    {",
          "      type: 'graph',",
          "      layout: 'force',",
          "      roam: true,",
          "      draggable: true,",
          "      edgeSymbol: ['none', 'arrow'],",
          "      edgeSymbolSize: 7,",
          "      force: { repulsion: 280, edgeLength: [80, 160] },",
          "      label: {",
          "        show: true,",
          "        position: 'right',",
          "        formatter: function (p) {",
          "          return p.data.short;",
          "        }",
          "      },",
          "      lineStyle: { color: 'source', curveness: 0.15 },",
          "      categories: categories,",
          "      data: nodes,",
          "      links: links",
          "    }",
          "  ]",
          "};",
          "",
          "myChart.setOption(option);",
          "",
          "myChart.on('click', function (params) {",
          "  if (params.dataType === 'node' && params.data.url) {",
          "    window.open(params.data.url, '_blank');",
          "  }",
          "});",
          "",
          "window.addEventListener('resize', function () {",
          "  myChart.resize();",
          "});"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
