#!/usr/bin/env python3
"""2227: a Tridactyl start-up file (`~/.tridactylrc`, read by the Firefox add-on: `"` comments, `sanitise`, `set`,
`bind` / `unbind`, `quickmark` and `command` lines) of an invented French PhD student whose self-supervised vision
reading club sits in quickmarks: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v5`, `http://`) with their
titles in the comment above each, `arXiv:2011.04419` in a comment, titles alone in comments; non-papers (the Tridactyl
repository, search engines, a book, the club's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2227)
TXT = fill(r'''" ~/.tridactylrc -- Camille Rousseau-Lefèvre <camille.rousseau@autosup-lab.example.fr>
" Lu au démarrage de Firefox ; pour recharger : ,r (ou :source). Doc : :help et https://github.com/tridactyl/tridactyl
" On repart de zéro à chaque chargement, sinon ce qu'on a fait à la main avec :set reste collé.
sanitise tridactyllocal tridactylsync

" ---- Apparence et comportement
colourscheme dark
set smoothscroll true
set modeindicator true
set hintchars qsdfghjklm
set hintfiltermode vimperator-reflow
set allowautofocus false
set editorcmd alacritty -e nvim %f
set newtab about:blank

" ---- Recherche : `:open arxiv barlow`, `:tabopen scholar byol`
set searchengine duckduckgo
set searchurls.arxiv https://arxiv.org/search/?query=%s&searchtype=all
set searchurls.scholar https://scholar.google.fr/scholar?q=%s
set searchurls.or https://openreview.net/search?term=%s
set searchurls.gh https://github.com/search?q=%s

" ---- Touches
bind J tabprev
bind K tabnext
bind ,r source
bind ,d tabdetach
bind yt clipboard yanktitle
bind yy clipboard yank
unbind <C-f>
bind --mode=ex <C-j> ex.next_completion
bind --mode=ex <C-k> ex.prev_completion

" ---- Club de lecture SSL (jeudi 14h, salle B-207)
" go<lettre> ouvre dans l'onglet courant, gn<lettre> dans un nouvel onglet, gw<lettre> dans une nouvelle fenêtre.
" b : [[T:2011.06182]] (la version OpenReview, avec les reviews)
quickmark b https://openreview.net/forum?id=3rRgu7OGgBI
" r : [[T:2006.06882]] (Zoph et al., pour la séance du 21/11)
quickmark r https://arxiv.org/abs/2006.06882
" s : [[T:2004.11362]] -- c'est Théo qui présente
quickmark s https://arxiv.org/pdf/2004.11362v5
" y : [[T:2006.07733]] (« BYOL »)
quickmark y http://arxiv.org/abs/2006.07733
" c : le dépôt du club (planning, notes, slides)
quickmark c https://github.com/autosup-lab/club-lecture

" Pas encore de quickmark, à caser en décembre :
"   [[T:2011.04419]] (arXiv:2011.04419) -- Théo veut le comparer à SupCon
"   [[T:2106.08254]]
"   [[T:2103.03230]]
"   [[T:2010.04592]]
" Pour les nouveaux : « L'apprentissage profond » (Goodfellow, Bengio, Courville), chapitre 15.
" Enregistrement de la séance précédente : https://video.autosup-lab.example.fr/club/2024-11

" ---- Commandes
command planning tabopen https://github.com/autosup-lab/club-lecture/blob/main/planning.md
command club tabopen https://github.com/autosup-lab/club-lecture
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
