#!/usr/bin/env python3
"""2195: a `.latexmkrc` (Perl: $pdf_mode, $lualatex, @default_files, $out_dir, $bibtex_use, add_cus_dep with a sub,
@generated_exts, $clean_ext, $pdf_previewer) of an invented Romanian thesis on generative models and robust training
whose papers sit in `#` comments beside the chapter list and an `$ENV{…}` note: arXiv links (`/abs/`, `/pdf/…v1`,
`http://`) and an OpenReview forum link in comments, `arXiv:2010.02014` in a comment, titles alone in comments;
non-papers (the latexmk manual, biber, the repository, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2195)
TXT = fill(r'''# .latexmkrc -- teza de doctorat, Ioana-Cristina Mărgineanu
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
#   cap2-difuzie.tex   : [[T:2011.13456]]
#                        https://openreview.net/forum?id=PxTIG12RRHS
#                        [[T:2112.10752]] -- https://arxiv.org/abs/2112.10752
#                        [[T:2307.01952]] -- https://arxiv.org/pdf/2307.01952v1
#   cap3-vae.tex       : [[T:2010.02014]] (arXiv:2010.02014)
#   cap4-robust.tex    : [[T:2010.01412]] -- http://arxiv.org/abs/2010.01412
#                        [[T:2006.14536]]
#   cap5-continuu.tex  : [[T:2103.09762]]
#   anexa-miscare.tex  : [[T:2103.14338]]
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
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
