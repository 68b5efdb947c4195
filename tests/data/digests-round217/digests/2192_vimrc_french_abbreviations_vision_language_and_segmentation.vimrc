" ~/.vimrc -- Margaux Lefèvre-Daumas <margaux.lefevre@vision-langage.example.fr>
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
iabbrev flam Flamingo: a Visual Language Model for Few-Shot Learning
iabbrev clipp Learning Transferable Visual Models From Natural Language Supervision
iabbrev frz Multimodal Few-Shot Learning with Frozen Language Models
iabbrev samm Segment Anything
iabbrev alig Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision
iabbrev llv Visual Instruction Tuning

" Pas encore de raccourci :
"   Sigmoid Loss for Language Image Pre-Training -- arXiv:2303.15343 (Hugo le présente le 14/05)
"   InstructPix2Pix: Learning to Follow Image Editing Instructions (pour la séance édition d'images)
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
