#!/usr/bin/env python3
"""2031: a starship prompt config (`~/.config/starship.toml` from invented dotfiles), French comments: an OpenReview
forum link and arXiv links (`/abs/`, `http://`, `/pdf/…v3`) in comments and a custom module's description, one id in
text, three titles alone, and non-papers (a repository, a blog post, a book, a talk). TOML, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2031)
TXT = f'''# ~/.config/starship.toml — dotfiles de Camille Lefèvre (github.com/clefevre/dotfiles)
# Invite du poste « diffusion » du labo ; le module custom.lecture affiche l'article du jour.
"$schema" = 'https://starship.rs/config-schema.json'

add_newline = true
command_timeout = 800
format = """
$username$hostname$directory$git_branch$git_status$python$conda${{custom.lecture}}$cmd_duration
$character"""

[character]
success_symbol = "[❯](bold green)"
error_symbol = "[❯](bold red)"

[directory]
truncation_length = 3
truncate_to_repo = true

[git_branch]
symbol = " "
style = "bold purple"

[python]
symbol = "🐍 "
detect_extensions = ["py", "ipynb"]

[conda]
format = "[$symbol$environment]($style) "
ignore_base = false

[cmd_duration]
min_time = 5_000
format = "⏱ [$duration]($style) "

# Groupe de lecture « diffusion » (mardi 14h, salle B-213) — programme du trimestre :
#   1. {T("2006.11239")} — https://arxiv.org/abs/2006.11239
#   2. {T("2011.13456")}
#      https://openreview.net/forum?id={OR("2011.13456")}
#   3. {T("2307.01952")} (http://arxiv.org/abs/2307.01952)
#   4. {T("2302.05543")} : https://arxiv.org/pdf/2302.05543v3
# Hors programme, à lire quand même : « {T("2208.01618")} », « {T("2009.09761")} »
# et, pour la séance VAE, « {T("2010.02014")} ».
# Billet de blog conseillé (pas un article) : Lilian Weng, "What are Diffusion Models?".
# Livre : Bishop & Bishop, Deep Learning: Foundations and Concepts.
[custom.lecture]
command = "head -n 1 ~/lectures/aujourdhui.txt"
when = "test -s ~/lectures/aujourdhui.txt"
format = "[📄 $output]($style) "
style = "italic #b48ead"
shell = ["bash", "--noprofile", "--norc"]
description = "Article du jour (cette semaine : {T("2303.01469")}, arXiv 2303.01469)"

# Exposé enregistré : https://video.diffusion-lab.example.fr/expose/2024-11
'''

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
