# .latexmkrc -- teza de doctorat, Ioana-Cristina Mărgineanu
# (ioana.margineanu@generativ-lab.example.ro), conducător: prof. Radu Teodorescu
# Manual: https://ctan.org/pkg/latexmk  |  sursa tezei: https://github.com/generativ-lab/teza-ioana
# Rulare: latexmk          (PDF cu LuaLaTeX, bibliografie cu biber)
#         latexmk -c       (curăță fișierele auxiliare)

$pdf_mode = 4;
$lualatex = 'lualatex -interaction=nonstopmode -synctex=1 -file-line-error %O %S';
@default_files = ('teza.tex');
$out_dir = 'build';
$bibtex_use = 2;
$max_repeat = 6;

# Capitolele și articolele de bază citate în fiecare (pentru comisie):
#   cap2-difuzie.tex   : Score-Based Generative Modeling through Stochastic Differential Equations
#                        https://openreview.net/forum?id=PxTIG12RRHS
#                        High-Resolution Image Synthesis with Latent Diffusion Models -- https://arxiv.org/abs/2112.10752
#                        SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis -- https://arxiv.org/pdf/2307.01952v1
#   cap3-vae.tex       : Self-Supervised Variational Auto-Encoders (arXiv:2010.02014)
#   cap4-robust.tex    : Sharpness-Aware Minimization for Efficiently Improving Generalization -- http://arxiv.org/abs/2010.01412
#                        Smooth Adversarial Training
#   cap5-continuu.tex  : Gradient Projection Memory for Continual Learning
#   anexa-miscare.tex  : Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling
# Carte de referință: Murphy, "Probabilistic Machine Learning: Advanced Topics".
# Prezentarea la seminar: https://video.generativ-lab.example.ro/seminar/2024-05

$ENV{'TEXINPUTS'} = './stil//:' . ($ENV{'TEXINPUTS'} // '');

# glosar (pachetul glossaries)
add_cus_dep('glo', 'gls', 0, 'makeglossaries');
add_cus_dep('acn', 'acr', 0, 'makeglossaries');
sub makeglossaries {
    my ($base_name, $path) = fileparse($_[0]);
    return system("makeglossaries -d '$path' '$base_name'");
}

push @generated_exts, 'glo', 'gls', 'glg', 'acn', 'acr', 'alg', 'run.xml', 'synctex.gz';
$clean_ext = 'bbl nav snm vrb';

$pdf_previewer = 'zathura %O %S';
