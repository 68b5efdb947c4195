#!/usr/bin/env python3
"""1734: a French engineer's blog post written as a Bird-style literate Haskell file (`Recurrences.lhs`, Hakyll
metadata block on top): prose lines, code lines starting with `> `, a blank line between prose and code as GHC's
unlit requires. The code is a small module (linear recurrence scans, a BPE merge count, absmax int8 quantisation);
the prose cites the papers. Nothing is computed: the examples' results in the prose are worked out by hand."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1734)
A = "https://arxiv.org/"
TXT = f"""---
title: Récurrences linéaires en Haskell, de HiPPO à Mamba
author: Étienne Marchal
date: 2024-03-10
tags: haskell, apprentissage, séquences
---

Ce billet est un fichier Haskell littéraire : enregistrez-le sous
`Recurrences.lhs` et chargez-le dans GHCi (`:load Recurrences.lhs`).
Tout ce qui commence par un chevron est du code, le reste est du texte.

> {{-# LANGUAGE BangPatterns #-}}
> module Recurrences
>   ( scanLineaire
>   , scanSelectif
>   , pairesFrequentes
>   , quantifierAbsmax
>   ) where
>
> import Data.List (foldl')
> import qualified Data.Map.Strict as M

## La récurrence de base

Le point de départ de toute cette famille est
*{T('2008.07669')}* (arXiv:2008.07669) : on maintient un état qui
résume tout le passé du signal. Une fois discrétisée, la mise à jour est
une simple récurrence linéaire $h_t = a h_{{t-1}} + b x_t$.

> scanLineaire :: Num a => a -> a -> [a] -> [a]
> scanLineaire a b = go 0
>   where
>     go _ [] = []
>     go !h (x : xs) = let h' = a * h + b * x in h' : go h' xs

Par exemple `scanLineaire 0.5 1 [1, 0, 0]` donne `[1.0,0.5,0.25]`.

S4 ([{T('2111.00396')}]({A}abs/2111.00396))
rend cette récurrence rapide en la calculant comme une convolution ; le
billet « The Annotated S4 » de Sasha Rush l'explique très bien, je ne le
refais pas ici.

## Rendre la récurrence sélective

Avec Mamba ([{T('2312.00752')}]({A}pdf/2312.00752v2)),
les coefficients dépendent de l'entrée : chaque pas a son propre `a` et
son propre `b`.

> scanSelectif :: Num a => [(a, a)] -> [a] -> [a]
> scanSelectif coeffs xs = tail (scanl pas 0 (zip coeffs xs))
>   where
>     pas h ((a, b), x) = a * h + b * x

## Détour : les sous-mots

Pour les données textuelles du prochain billet il faut un tokeniseur. La
fusion de paires de
[{T('1508.07909')}]({A}abs/1508.07909)
commence par compter les paires de symboles adjacents :

> pairesFrequentes :: [[String]] -> M.Map (String, String) Int
> pairesFrequentes mots = foldl' ajouter M.empty (concatMap paires mots)
>   where
>     paires m = zip m (drop 1 m)
>     ajouter acc p = M.insertWith (+) p 1 acc

Sur `[["b","a","s"], ["b","a","c"]]`, la paire `("b","a")` apparaît deux fois
et sera fusionnée en premier.

## Et à l'inférence ?

Deux pistes que je garde pour plus tard. D'abord le décodage spéculatif :
[{T('2211.17192')}]({A}abs/2211.17192).
Ensuite la génération non autorégressive, par exemple
{T('2008.07905')} (ACL 2021), qui prédit tous les jetons en parallèle.

## Quantification naïve

Pour finir, la quantification absmax en 8 bits, la version la plus simple
possible :

> quantifierAbsmax :: [Double] -> (Double, [Int])
> quantifierAbsmax xs = (echelle, map q xs)
>   where
>     m = maximum (map abs xs)
>     echelle = if m == 0 then 1 else 127 / m
>     q x = round (x * echelle)

`quantifierAbsmax [0.5, -1.0, 0.25]` renvoie `(127.0,[64,-127,32])`.
Les vraies méthodes vont beaucoup plus loin :
{T('2208.07339')} traite à part les valeurs aberrantes (c'est ce que fait
la bibliothèque bitsandbytes), et
{T('2210.17323')} corrige l'erreur colonne par colonne. Ce sera le sujet
du prochain billet.
"""


if __name__ == "__main__":
    write_only(F, TXT, keys(F))
