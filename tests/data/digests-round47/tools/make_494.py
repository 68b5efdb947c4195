#!/usr/bin/env python3
"""494: a MATLAB script (.m, sections with %%, Italian comments) that an Italian postdoc uses to build the
bibliography table and figures of a review chapter on learning methods for science: a struct array of references
(titolo, autori, anno, sede, fonte), a table(), a loop, a bar chart, writetable, fprintf of a LaTeX-ish list,
local functions at the end. Papers: arXiv abs URLs (link), "arXiv:ID" in the fonte field (arxiv-text), titles with
Nature / Neural Computation / PMLR venues or none (title-only). Not papers: the pyglove and gaussian-splatting
repositories, the ColabFold notebook, a MathWorks docs page, a book, a seminar."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F494, keys, ALPHAFOLD, BACKPROP, DBN

text = f"""%% revisione_letteratura.m
% Tabella dei riferimenti e figure per il capitolo 2 ("Metodi di apprendimento
% per le scienze") della rassegna per il volume del Dipartimento.
% Autrice: Chiara Benedetti <c.benedetti@example.it> — ultima modifica 14/10/2024
% Richiede MATLAB R2021b o successivo (string arrays, tiledlayout).
%
% NB: le voci senza arXiv si citano dalla rivista; per AlphaFold usare il DOI
% di Nature nella bibliografia finale (lo aggiunge Paolo in Zotero).

clear; clc; close all

outdir = fullfile(pwd, "figure_cap2");
if ~exist(outdir, "dir"), mkdir(outdir); end

%% 1. Riferimenti (uno per riga; "fonte" = da dove prendiamo il PDF)
rif = struct( ...
    "titolo", {{}}, "autori", {{}}, "anno", {{}}, "sede", {{}}, "fonte", {{}}, "sezione", {{}});

rif(end+1) = voce('{T(BACKPROP)}', ...
    "Rumelhart, Hinton, Williams", 1986, "Nature 323", "", "storia");
rif(end+1) = voce('{T(DBN)}', ...
    "Hinton, Osindero, Teh", 2006, "Neural Computation 18(7)", "", "storia");
rif(end+1) = voce('{T("2010.08515")}', ...
    "Li, Zhang, Arora", 2021, "ICLR 2021", "https://arxiv.org/abs/2010.08515", "teoria");
rif(end+1) = voce('{T(ALPHAFOLD)}', ...
    "Jumper et al.", 2021, "Nature 596", "", "biologia");
rif(end+1) = voce('{T("2011.03459")}', ...
    "Arakelyan, Daza, Minervini, Cochez", 2021, "ICLR 2021", "https://arxiv.org/abs/2011.03459", "grafi");
rif(end+1) = voce('{T("2111.04263")}', ...
    "Acar, Zhao, Matas Navarro et al.", 2021, "ICLR 2021", "arXiv:2111.04263", "federato");
rif(end+1) = voce('{T("2101.08809")}', ...
    "Peng, Dong, Real et al.", 2020, "NeurIPS 2020", "", "automl");
rif(end+1) = voce('{T("2308.04079")}', ...
    "Kerbl, Kopanas, Leimkuehler, Drettakis", 2023, "ACM TOG 42(4)", "arXiv:2308.04079", "visione");

T = struct2table(rif);
T.sezione = categorical(T.sezione);
fprintf("%d riferimenti, %d sezioni\\n", height(T), numel(categories(T.sezione)));

%% 2. Controlli
% nessun titolo duplicato, anni plausibili
assert(numel(unique(T.titolo)) == height(T), "titoli duplicati");
assert(all(T.anno >= 1980 & T.anno <= 2024), "anno fuori intervallo");
senzaFonte = T.titolo(T.fonte == "");
if ~isempty(senzaFonte)
    fprintf("Da recuperare dalla rivista (%d):\\n", numel(senzaFonte));
    fprintf("  - %s\\n", senzaFonte);
end

%% 3. Figura: riferimenti per anno e per sezione
figure("Color", "w", "Position", [100 100 900 380]);
tiledlayout(1, 2, "TileSpacing", "compact");
nexttile
histogram(T.anno, "BinWidth", 5, "FaceColor", [0.2 0.4 0.7]);
xlabel("anno"); ylabel("n. riferimenti"); title("Distribuzione temporale");
nexttile
histogram(T.sezione);
title("Per sezione del capitolo");
exportgraphics(gcf, fullfile(outdir, "fig2_1_riferimenti.pdf"), "ContentType", "vector");

%% 4. Esportazione
writetable(T, fullfile(outdir, "tabella_riferimenti.csv"), "Encoding", "UTF-8");
% elenco per la bozza LaTeX (poi si sostituisce con \\cite)
fid = fopen(fullfile(outdir, "elenco_bozza.tex"), "w", "n", "UTF-8");
for k = 1:height(T)
    fprintf(fid, "\\\\item %s, \\\\emph{{%s}}, %s (%d).\\n", T.autori(k), T.titolo(k), T.sede(k), T.anno(k));
end
fclose(fid);

% Materiale non citato come articolo (va nelle note a piè di pagina):
%   - notebook ColabFold per le figure di struttura proteica
%   - repository pyglove (https://github.com/google/pyglove) per l'esempio di ricerca di architetture
%   - repository gaussian-splatting dell'INRIA per il rendering della figura 2.4
%   - documentazione MathWorks di tiledlayout: https://www.mathworks.com/help/matlab/ref/tiledlayout.html
%   - seminario di dipartimento del 3 ottobre (prof. Ruggeri) sulle reti per le PDE

%% Funzioni locali
function s = voce(titolo, autori, anno, sede, fonte, sezione)
    s = struct("titolo", string(titolo), "autori", string(autori), "anno", anno, ...
        "sede", string(sede), "fonte", string(fonte), "sezione", string(sezione));
end
"""
write_only(F494, text, keys(F494))
