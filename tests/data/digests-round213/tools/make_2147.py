#!/usr/bin/env python3
"""2147: a pdfmark file (`pacote.pdfmark`, fed to `gs -sDEVICE=pdfwrite … pacote.pdfmark` after the papers' PDFs to
give the merged reading packet its DOCINFO, a two-level outline and link annotations) of an invented Portuguese vision
reading group: arXiv links (`/abs/`, `/pdf/…v2`, `http://`, `/pdf/….pdf`) in `/URI` actions, one `arXiv:NNNN.NNNNN`
in an outline title, titles alone in outline entries and `%` comments; non-papers (a book, a repository, a dataset, a
talk). Portuguese accents are written as PostScript octal escapes, as pdfmark strings in PDFDocEncoding are. LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2147)


def ps(s):
    """Latin-1 letters as octal escapes, as a pdfmark string in PDFDocEncoding carries them"""
    return "".join(c if ord(c) < 128 else "\\%03o" % ord(c) for c in s)


TXT = fill(ps(r'''%!PS-Adobe-3.0
% pacote.pdfmark -- marcadores e metadados do pacote de leituras (junho 2024)
% Grupo de leitura de visão, Laboratório Visão (Mariana Coutinho Seixas <mariana.seixas@visao-lab.example.pt>)
% Uso: gs -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -sOutputFile=pacote-2024-06.pdf \
%         capa.pdf resnet.pdf effnet.pdf bit.pdf beit.pdf vit-treino.pdf pacote.pdfmark
% Repositório: https://github.com/visao-lab/pacote-leituras
% Livro de apoio (não entra no pacote): Zhang, Lipton, Li & Smola, "Dive into Deep Learning", cap. 8
% Dados dos exercícios: ImageNet-1k (só a validação, 50 000 imagens)
% Gravação da sessão: https://video.visao-lab.example.pt/seminarios/2024-06
%
[ /Title (Pacote de leituras -- Visão, junho 2024)
  /Author (Mariana Coutinho Seixas)
  /Subject (Redes de base para visão: convoluções, escala e pré-treino)
  /Keywords (ResNet, EfficientNet, BiT, BEiT, ViT, grupo de leitura)
  /Creator (gs 10.02.1 + pacote.pdfmark)
  /DOCINFO pdfmark
[ /PageMode /UseOutlines /Page 1 /View [/Fit] /DOCVIEW pdfmark
%
% ---- Sessão 1: convoluções ----
[ /Count 3 /Page 2 /View [/XYZ null null null] /Title (Sessão 1 -- redes convolucionais) /OUT pdfmark
[ /Page 2 /View [/XYZ null null null] /Title ([[T:1512.03385]]) /OUT pdfmark
[ /Page 14 /View [/XYZ null null null] /Title ([[T:1905.11946]]) /OUT pdfmark
[ /Page 25 /View [/XYZ null null null] /Title (Leitura de fundo, sem PDF: ImageNet Classification with Deep Convolutional Neural Networks) /OUT pdfmark
%
% ---- Sessão 2: escala e pré-treino ----
[ /Count 3 /Page 36 /View [/XYZ null null null] /Title (Sessão 2 -- transferência e pré-treino) /OUT pdfmark
[ /Page 36 /View [/XYZ null null null] /Title ([[T:1912.11370]]) /OUT pdfmark
[ /Page 54 /View [/XYZ null null null] /Title ([[T:2106.08254]]) /OUT pdfmark
[ /Page 72 /View [/XYZ null null null] /Title ([[T:2106.10270]] \(arXiv:2106.10270\)) /OUT pdfmark
%
% Extras para quem apresenta (não estão no pacote, só os títulos):
%   [[T:1502.01852]]
%   [[T:2006.03656]]
%
% ---- ligações na capa (página 1) ----
[ /Rect [72 640 540 654] /Border [0 0 0] /Page 1
  /Action << /Subtype /URI /URI (https://arxiv.org/abs/1512.03385) >>
  /Subtype /Link /ANN pdfmark
[ /Rect [72 622 540 636] /Border [0 0 0] /Page 1
  /Action << /Subtype /URI /URI (https://arxiv.org/pdf/1905.11946v2) >>
  /Subtype /Link /ANN pdfmark
[ /Rect [72 604 540 618] /Border [0 0 0] /Page 1
  /Action << /Subtype /URI /URI (http://arxiv.org/abs/1912.11370) >>
  /Subtype /Link /ANN pdfmark
[ /Rect [72 586 540 600] /Border [0 0 0] /Page 1
  /Action << /Subtype /URI /URI (https://arxiv.org/pdf/2106.08254.pdf) >>
  /Subtype /Link /ANN pdfmark
[ /Rect [72 560 540 574] /Border [0 0 0] /Page 1
  /Action << /Subtype /URI /URI (https://github.com/visao-lab/pacote-leituras) >>
  /Subtype /Link /ANN pdfmark
'''), {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
