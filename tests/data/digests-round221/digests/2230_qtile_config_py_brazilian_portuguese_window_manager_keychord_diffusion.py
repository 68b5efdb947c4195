# ~/.config/qtile/config.py -- Rafael Nogueira Campos <rafael.campos@difusao-lab.example.com.br>
# Começou como o config padrão do Qtile. Docs: https://docs.qtile.org/en/latest/manual/config/index.html
# Recarregar: mod+ctrl+r (ou `qtile cmd-obj -o cmd -f reload_config`).
from libqtile import bar, layout, widget
from libqtile.config import Click, Drag, Group, Key, KeyChord, Match, Screen
from libqtile.lazy import lazy

mod = "mod4"
terminal = "alacritty"
navegador = "firefox"

keys = [
    # foco e movimento
    Key([mod], "h", lazy.layout.left(), desc="Foco para a esquerda"),
    Key([mod], "l", lazy.layout.right(), desc="Foco para a direita"),
    Key([mod], "j", lazy.layout.down(), desc="Foco para baixo"),
    Key([mod], "k", lazy.layout.up(), desc="Foco para cima"),
    Key([mod, "shift"], "h", lazy.layout.shuffle_left(), desc="Move a janela para a esquerda"),
    Key([mod, "shift"], "l", lazy.layout.shuffle_right(), desc="Move a janela para a direita"),
    Key([mod, "control"], "h", lazy.layout.grow_left(), desc="Aumenta para a esquerda"),
    Key([mod, "control"], "l", lazy.layout.grow_right(), desc="Aumenta para a direita"),
    Key([mod], "n", lazy.layout.normalize(), desc="Tamanhos iguais"),
    # programas
    Key([mod], "Return", lazy.spawn(terminal), desc="Terminal"),
    Key([mod], "b", lazy.spawn(navegador), desc="Navegador"),
    Key([mod], "r", lazy.spawncmd(), desc="Prompt de comando"),
    # janelas e sessão
    Key([mod], "Tab", lazy.next_layout(), desc="Próximo layout"),
    Key([mod], "w", lazy.window.kill(), desc="Fecha a janela"),
    Key([mod], "f", lazy.window.toggle_fullscreen(), desc="Tela cheia"),
    Key([mod, "control"], "r", lazy.reload_config(), desc="Recarrega a config"),
    Key([mod, "control"], "q", lazy.shutdown(), desc="Sai do Qtile"),
]

# Grupo de leitura de difusão (terças, 16h, sala 3). mod+p e depois a letra abre o artigo numa aba nova.
# Ordem combinada com a Bia em outubro; o widget Chord mostra "LEITURAS" enquanto o acorde está ativo.
LEITURAS = [
    ("s", "https://openreview.net/forum?id=PxTIG12RRHS", "Score-Based Generative Modeling through Stochastic Differential Equations"),
    ("x", "https://arxiv.org/abs/2307.01952", "SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis"),
    ("t", "https://arxiv.org/pdf/2208.01618v1", "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion"),
    ("c", "http://arxiv.org/abs/2303.01469", "Consistency Models"),
    ("g", "https://github.com/difusao-lab/grupo-de-leitura", "Repositório do grupo"),
]
keys.append(
    KeyChord(
        [mod], "p",
        [Key([], tecla, lazy.spawn(f"{navegador} --new-tab {url}"), desc=titulo) for tecla, url, titulo in LEITURAS],
        name="leituras",
    )
)
# Ainda sem atalho (depois do feriado):
#   DiffWave: A Versatile Diffusion Model for Audio Synthesis -- arXiv:2009.09761, a Bia quer ver o lado de áudio
#   Adding Conditional Control to Text-to-Image Diffusion Models
#   Denoising Diffusion Probabilistic Models
#   DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation
# Livro: Kevin Murphy, "Probabilistic Machine Learning: Advanced Topics", cap. 25.
# Gravação da última sessão: https://video.difusao-lab.example.com.br/grupo/2024-11

groups = [Group(i) for i in "123456789"]
for g in groups:
    keys.extend(
        [
            Key([mod], g.name, lazy.group[g.name].toscreen(), desc=f"Vai para o grupo {g.name}"),
            Key([mod, "shift"], g.name, lazy.window.togroup(g.name, switch_group=True), desc=f"Leva a janela para o grupo {g.name}"),
        ]
    )

layouts = [
    layout.Columns(border_focus="#d75f5f", border_width=2, margin=4),
    layout.Max(),
]

widget_defaults = dict(font="sans", fontsize=12, padding=3)
extension_defaults = widget_defaults.copy()

screens = [
    Screen(
        bottom=bar.Bar(
            [
                widget.CurrentLayout(),
                widget.GroupBox(),
                widget.Prompt(),
                widget.WindowName(),
                widget.Chord(chords_colors={"leituras": ("#2e7d32", "#ffffff")}, name_transform=lambda nome: nome.upper()),
                widget.Systray(),
                widget.Clock(format="%d/%m %a %H:%M"),
            ],
            24,
        ),
    ),
]

mouse = [
    Drag([mod], "Button1", lazy.window.set_position_floating(), start=lazy.window.get_position()),
    Drag([mod], "Button3", lazy.window.set_size_floating(), start=lazy.window.get_size()),
    Click([mod], "Button2", lazy.window.bring_to_front()),
]

dgroups_key_binder = None
dgroups_app_rules = []
follow_mouse_focus = True
bring_front_click = False
cursor_warp = False
floating_layout = layout.Floating(float_rules=[*layout.Floating.default_float_rules, Match(wm_class="pavucontrol")])
auto_fullscreen = True
focus_on_window_activation = "smart"
reconfigure_screens = True
auto_minimize = True
wmname = "LG3D"
