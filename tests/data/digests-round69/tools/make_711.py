#!/usr/bin/env python3
"""711: `ncdump -v model_name,case_name,rel_l2,n_params,train_hours` of a netCDF-4 file (CDL): `netcdf name {`, dimensions (one
UNLIMITED with `// (N currently)`), variables with their attributes (one tab / two tabs), `// global attributes:`,
string attributes split after each `\\n` as `"…\\n",` + three tabs + `"…"`, typed numeric attributes (`-999.f`,
`1024`), then `data:` with only the requested variables (strings one per line, numbers wrapped per row), `}`.
CF-1.8 attributes: `references` (global and per variable), `history`, `comment`. A Chinese lab's PDE surrogate
benchmark file."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F711, keys, ALPHAFOLD


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" 等" if len(a) > n else "")


def attr(var, name, lines):
    """a string attribute as ncdump prints it: split after each \\n"""
    parts = [l.replace("\\", "\\\\").replace('"', '\\"') for l in lines]
    body = "\\n\",\n\t\t\t\"".join(parts)
    return f'\t\t{var}:{name} = "{body}" ;\n'


MODELS = ["spectral_op_4L", "spectral_op_8L", "mesh_gnn_15mp", "graph_tf_12L", "unet_base", "resnet_1d",
          "mlp_baseline", "pca_linear"]
CASES = ["burgers_nu1e-3", "darcy_beta1", "navier_stokes_re1e4", "cylinder_flow", "airfoil", "heat_2d"]
vals = [[0.0162, 0.0131, 0.0298, 0.0244, 0.0419, 0.0587, 0.1123, 0.2051],
        [0.0108, 0.0097, 0.0173, 0.0150, 0.0202, 0.0311, 0.0745, 0.1330],
        [0.1276, 0.0985, 0.1412, 0.1188, 0.1990, 0.2410, 0.4033, 0.5612],
        [0.0472, 0.0455, 0.0139, 0.0201, 0.0688, 0.0912, 0.1507, 0.2874],
        [0.0533, 0.0498, 0.0247, 0.0262, 0.0781, 0.0864, 0.1378, 0.2319],
        [0.0041, 0.0038, 0.0096, 0.0087, 0.0112, 0.0150, 0.0402, 0.0521]]
hours = [6.5, 11.25, 9.75, 21.5, 7, 3.25, 0.75, 0.05]
params = [2367265, 4734529, 2298115, 8413697, 7763521, 1120257, 531713, 4096]

refs = [
 f"[1] {au('2010.08895')}. {T('2010.08895')}. ICLR 2021. https://arxiv.org/abs/2010.08895",
 f"[2] {au('2010.03409')}. {T('2010.03409')}. ICLR 2021. https://arxiv.org/abs/2010.03409",
 f"[3] {au('2106.05234')}. {T('2106.05234')}. NeurIPS 2021. https://arxiv.org/pdf/2106.05234",
 f"[4] {au('2007.01434')}. {T('2007.01434')}. ICLR 2021. arXiv:2007.01434",
 f"[5] {au('2111.04263')}. {T('2111.04263')}. ICLR 2021.",
 f"[6] {au('2108.04392')}. {T('2108.04392')}. ICLR 2021.",
 f"[7] {au('2010.00554')}. {T('2010.00554')}. ICLR 2021.",
 f"[8] {au(ALPHAFOLD)}. {T(ALPHAFOLD)}. Nature 596, 2021.",
]

out = "netcdf pde_surrogates_bench_v2 {\n"
out += "dimensions:\n\tcase = UNLIMITED ; // (6 currently)\n\tmodel = 8 ;\n\tname_len = 24 ;\n\tcase_len = 24 ;\n"
out += "variables:\n"
out += "\tchar model_name(model, name_len) ;\n\t\tmodel_name:long_name = \"代理模型名称（内部代号，不是论文名）\" ;\n"
out += "\tchar case_name(case, case_len) ;\n\t\tcase_name:long_name = \"算例名称\" ;\n"
out += "\tfloat rel_l2(case, model) ;\n\t\trel_l2:long_name = \"测试集相对 L2 误差\" ;\n\t\trel_l2:units = \"1\" ;\n"
out += "\t\trel_l2:_FillValue = -999.f ;\n\t\trel_l2:valid_min = 0.f ;\n"
out += attr("rel_l2", "comment", ["按算例取 5 个随机种子的中位数。", "分布外（OOD）划分沿用 [4] 的按环境留出协议：训练/验证/测试的参数区间互不重叠。"])
out += "\tint n_params(model) ;\n\t\tn_params:long_name = \"可训练参数量\" ;\n\t\tn_params:units = \"1\" ;\n"
out += "\tfloat train_hours(model) ;\n\t\ttrain_hours:long_name = \"单卡 A800 训练时长\" ;\n\t\ttrain_hours:units = \"h\" ;\n"
out += "\tbyte federated(model) ;\n\t\tfederated:long_name = \"是否在三个站点上联邦训练\" ;\n"
out += "\t\tfederated:flag_values = 0b, 1b ;\n\t\tfederated:flag_meanings = \"centralised federated\" ;\n"
out += attr("federated", "references", [f"联邦训练用 [5] 的动态正则化：{T('2111.04263')}（{au('2111.04263')}）。"])
out += "\tfloat pca_energy(model) ;\n\t\tpca_energy:long_name = \"前 64 个主成分解释的能量比例\" ;\n\t\tpca_energy:units = \"1\" ;\n"
out += attr("pca_energy", "comment", [f"主成分由博弈式 PCA 求得（{T('2010.00554')}），只用于 pca_linear 基线。"])
out += "\n// global attributes:\n"
out += '\t\t:Conventions = "CF-1.8" ;\n'
out += '\t\t:title = "偏微分方程代理模型基准 v2：误差、参数量与训练成本" ;\n'
out += '\t\t:institution = "澄江大学 计算物理与机器学习实验室" ;\n'
out += '\t\t:source = "内部训练流水线 surrogate-bench 2.3.1；求解器数据由课题组自有有限体积代码生成" ;\n'
out += attr("", "history", [
 "Tue Mar 12 10:41:07 2024: ncatted -O -a references,global,o,c,<见下> bench_v2.nc",
 "Mon Mar 11 21:03:55 2024: ncks -A train_hours.nc bench_v2.nc",
 "Fri Mar  8 16:22:18 2024: python collect_results.py --out bench_v2.nc"])
out += attr("", "summary", [
 "本文件汇总 8 个代理模型在 6 个算例上的测试误差。",
 "谱方法（spectral_op_*）与网格图网络（mesh_gnn_15mp）在规则网格与非结构网格上分别表现最好；",
 "graph_tf_12L 是在网格图上加结构编码的图 Transformer，实现参考 [3]。",
 "架构选择（层数与通道数）没有直接用可微架构搜索的 argmax，而是按 [6] 的扰动法重新选择。"])
out += attr("", "references", refs)
out += attr("", "comment", [
 "引用本数据请同时引用上面的原始论文。蛋白质结构预测的工作 [8] 只在引言中作为背景提到，与本基准的数据无关。",
 "公开数据集 PDEBench 与 AirfRANS 只用于对照，不包含在本文件中；其许可与本文件不同。",
 "代码与配置：内部 GitLab（surrogate-bench 仓库）。问题请发邮件至 pde-bench@chengjiang-univ.example.cn。"])
out += '\t\t:license = "CC-BY-4.0" ;\n\t\t:date_created = "2024-03-08T16:22:18+08:00" ;\n'
out += '\t\t:creator_name = "冯晓岚, 邵一鸣" ;\n\t\t:creator_email = "pde-bench@chengjiang-univ.example.cn" ;\n'
out += '\t\t:featureType = "point" ;\n\t\t:keywords = "neural operator, graph network, PDE surrogate, benchmark" ;\n'
out += "data:\n\n model_name =\n"
out += ",\n".join(f'  "{m}"' for m in MODELS) + " ;\n\n"
out += " case_name =\n" + ",\n".join(f'  "{c}"' for c in CASES) + " ;\n\n"
out += " rel_l2 =\n"
rows = []
for r in vals:
    items = [f"{v:g}" for v in r]
    rows.append("  " + ", ".join(items))
out += ",\n".join(rows) + " ;\n\n"
out += " n_params = " + ", ".join(str(p) for p in params[:6]) + ",\n    " + ", ".join(str(p) for p in params[6:]) + " ;\n\n"
out += " train_hours = " + ", ".join(f"{h:g}" for h in hours) + " ;\n}\n"
plain = out.replace('\\n",\n\t\t\t"', "\n")
write_only(F711, out, keys(F711), forms=[plain])
