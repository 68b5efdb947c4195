// 视觉-语言读书会 · 论文关系图（ECharts 5）
// 页面：/dushuhui/，先引入 echarts.min.js。改数据只改 nodes / links，颜色按 categories。
// 没有链接的节点：PDF 在组里 NAS（/dushuhui/pdf），点了不会跳转。维护：陈思远

var chartDom = document.getElementById('dushuhui-graph');
var myChart = echarts.init(chartDom);

var categories = [{ name: '对比预训练' }, { name: '多模态生成' }, { name: '分割与机器人' }, { name: '资源（非论文）' }];

var nodes = [
  {
    name: 'Learning Transferable Visual Models From Natural Language Supervision',
    short: 'CLIP',
    category: 0,
    value: 2021,
    symbolSize: 46,
    url: 'https://arxiv.org/abs/2103.00020',
    note: 'ICML 2021，读书会第一篇，必读'
  },
  {
    name: 'Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision',
    short: 'ALIGN',
    category: 0,
    value: 2021,
    symbolSize: 34,
    url: '',
    note: 'arXiv:2102.05918，ICML 2021；噪声文本监督，和 CLIP 对照读'
  },
  {
    name: 'Sigmoid Loss for Language Image Pre-Training',
    short: 'SigLIP',
    category: 0,
    value: 2023,
    symbolSize: 34,
    url: '',
    note: 'ICCV 2023；PDF 在组里 NAS 的 /dushuhui/pdf 下'
  },
  {
    name: 'Multimodal Few-Shot Learning with Frozen Language Models',
    short: 'Frozen',
    category: 1,
    value: 2021,
    symbolSize: 30,
    url: '',
    note: 'NeurIPS 2021；冻结语言模型，只训视觉编码器'
  },
  {
    name: 'Flamingo: a Visual Language Model for Few-Shot Learning',
    short: 'Flamingo',
    category: 1,
    value: 2022,
    symbolSize: 42,
    url: 'https://arxiv.org/pdf/2204.14198v2',
    note: 'NeurIPS 2022；重点看 Perceiver Resampler'
  },
  {
    name: 'Visual Instruction Tuning',
    short: 'LLaVA',
    category: 1,
    value: 2023,
    symbolSize: 42,
    url: 'https://arxiv.org/abs/2304.08485',
    note: 'NeurIPS 2023 oral；指令数据怎么造的'
  },
  {
    name: 'Segment Anything',
    short: 'SAM',
    category: 2,
    value: 2023,
    symbolSize: 40,
    url: 'https://arxiv.org/pdf/2304.02643.pdf',
    note: 'ICCV 2023；数据引擎那一节'
  },
  {
    name: 'RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control',
    short: 'RT-2',
    category: 2,
    value: 2023,
    symbolSize: 36,
    url: '',
    note: 'CoRL 2023；VLA，机器人组一起听'
  },
  {
    name: 'mlfoundations/open_clip（代码）',
    short: 'OpenCLIP',
    category: 3,
    value: 2021,
    symbolSize: 18,
    url: 'https://github.com/mlfoundations/open_clip',
    note: '复现用的开源实现'
  },
  {
    name: 'LAION-5B 数据集页面',
    short: 'LAION-5B',
    category: 3,
    value: 2022,
    symbolSize: 18,
    url: 'https://laion.ai/blog/laion-5b/',
    note: '数据集，不是论文'
  },
  {
    name: 'Hugging Face Transformers 文档：LLaVA',
    short: 'HF 文档',
    category: 3,
    value: 2023,
    symbolSize: 16,
    url: 'https://huggingface.co/docs/transformers/model_doc/llava',
    note: '推理示例'
  },
  {
    name: '组会录像：SAM 讲解（内部）',
    short: '录像',
    category: 3,
    value: 2024,
    symbolSize: 16,
    url: 'https://video.lab.example.cn/dushuhui/2024-04-sam',
    note: '3 月 28 日组会'
  }
];

var links = [
  { source: 0, target: 1 },
  { source: 0, target: 2 },
  { source: 1, target: 2 },
  { source: 0, target: 4 },
  { source: 3, target: 4 },
  { source: 0, target: 5 },
  { source: 4, target: 5 },
  { source: 5, target: 7 },
  { source: 0, target: 6 },
  { source: 8, target: 0 },
  { source: 9, target: 8 },
  { source: 10, target: 5 },
  { source: 11, target: 6 }
];

var option = {
  title: {
    text: '视觉-语言读书会：论文关系',
    subtext: '2024 春季 · 周四 19:00 · 信息楼 305',
    left: 'center'
  },
  tooltip: {
    formatter: function (p) {
      if (p.dataType !== 'node') return '';
      return p.data.name + '<br/>' + p.data.value + ' · ' + p.data.note;
    }
  },
  legend: [{ data: categories.map(function (c) { return c.name; }), bottom: 0 }],
  series: [
    {
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 7,
      force: { repulsion: 280, edgeLength: [80, 160] },
      label: {
        show: true,
        position: 'right',
        formatter: function (p) {
          return p.data.short;
        }
      },
      lineStyle: { color: 'source', curveness: 0.15 },
      categories: categories,
      data: nodes,
      links: links
    }
  ]
};

myChart.setOption(option);

myChart.on('click', function (params) {
  if (params.dataType === 'node' && params.data.url) {
    window.open(params.data.url, '_blank');
  }
});

window.addEventListener('resize', function () {
  myChart.resize();
});
