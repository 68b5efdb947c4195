#!/usr/bin/env python3
"""2192: a `~/.vimrc` (set options, a vim-plug block, mappings, `iabbrev` lines, an augroup with autocmds, a
`command!`, a function) of an invented French PhD student in vision-language whose reading list sits in `iabbrev`
expansions, `nnoremap … :!xdg-open …` mappings and `"` comments: arXiv links (`/abs/`, `/pdf/…v2`, `http://`,
`/pdf/….pdf`) in mappings, `arXiv:2303.15343` in a comment, titles alone in abbreviations and comments; non-papers
(vim-plug, the Vim help, plugins, a dataset, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2192)
TXT = fill(r'''" ~/.vimrc -- Margaux Lefèvre-Daumas <margaux.lefevre@vision-langage.example.fr>
" Dépôt : https://github.com/mlefevre/vimrc  (voir :help vimrc pour la doc)

set nocompatible
filetype plugin indent on
syntax on

set encoding=utf-8
set number relativenumber
set expandtab shiftwidth=2 tabstop=2
set spelllang=fr,en
set textwidth=100
let mapleader = ","

" --- plugins (https://github.com/junegunn/vim-plug) ---
call plug#begin('~/.vim/plugged')
Plug 'lervag/vimtex'
Plug 'junegunn/fzf.vim'
Plug 'tpope/vim-fugitive'
call plug#end()

let g:vimtex_view_method = 'zathura'

" --- articles du groupe de lecture vision-langage ---
" ,p1 .. ,p4 ouvrent l'article, les abréviations écrivent le titre complet
nnoremap <leader>p1 :!xdg-open https://arxiv.org/abs/2204.14198<CR><CR>
nnoremap <leader>p2 :!xdg-open https://arxiv.org/pdf/2103.00020v1<CR><CR>
nnoremap <leader>p3 :!xdg-open http://arxiv.org/abs/2106.13884<CR><CR>
nnoremap <leader>p4 :!xdg-open https://arxiv.org/pdf/2304.02643.pdf<CR><CR>
iabbrev flam [[T:2204.14198]]
iabbrev clipp [[T:2103.00020]]
iabbrev frz [[T:2106.13884]]
iabbrev samm [[T:2304.02643]]
iabbrev alig [[T:2102.05918]]
iabbrev llv [[T:2304.08485]]

" Pas encore de raccourci :
"   [[T:2303.15343]] -- arXiv:2303.15343 (Hugo le présente le 14/05)
"   [[T:2211.09800]] (pour la séance édition d'images)
" Données : MS COCO Captions, Conceptual Captions. Livre : Szeliski, « Computer Vision: Algorithms and Applications ».
" Exposé enregistré : https://video.vision-langage.example.fr/seminaires/2024-05

augroup notes_lecture
  autocmd!
  autocmd BufRead,BufNewFile ~/notes/lecture/*.md setlocal spell wrap linebreak
  autocmd FileType tex setlocal textwidth=0
augroup END

function! LectureDuJour() abort
  execute 'edit ~/notes/lecture/' . strftime('%Y-%m-%d') . '.md'
endfunction
command! Lecture call LectureDuJour()
nnoremap <leader>l :Lecture<CR>
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
