#!/usr/bin/env python3
"""1950: a Brazilian-Portuguese Stardew Valley mod for Content Patcher (`[CP] Cartas do Mago/content.json`): JSON with
`//` comments and tab indentation as Content Patcher accepts it — Format, ConfigSchema, a Load of a letter background,
an EditData of Data/mail with five letters (`^` line breaks, `%item … %%`, `[#]` titles), an EditData of
Data/TriggerActions sending them, a When condition — arXiv links (`/abs/`, `/pdf/…v2`, `http://`, one in a letter's
text), one id in a letter (arxiv-text), three titles alone in letters — and non-papers (a repository, the Stardew wiki,
a book, a stream). LF, a final newline."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1950)

MAIL = [
    ("Cartas.Mago.Ruido",
     "Jovem fazendeiro,^Estudei um grimório estrangeiro: \"" + T("2006.11239") + "\". Começa com ruído puro e, passo a passo, "
     "tira-se o ruído até surgir uma imagem.^Parece feitiçaria. É matemática.^   -M. Rasmodius%item object 768 3 %%[#]Sobre o ruído"),
    ("Cartas.Mago.Latente",
     "Jovem fazendeiro,^O segundo volume faz o mesmo num espaço comprimido, muito mais barato: \"" + T("2112.10752") + "\".^"
     "Se quiser ler, copie: arxiv.org/abs/2112.10752 (a bruxa não gosta que eu escreva links nas cartas).^   -M. Rasmodius[#]O espaço latente"),
    ("Cartas.Mago.Consistencia",
     "Jovem fazendeiro,^Um aprendiz meu jura que dá para gerar em um único passo: \"" + T("2303.01469") + "\" (arXiv 2303.01469).^"
     "Duvido. Mas o cristal ficou bonito.^   -M. Rasmodius%item object 80 1 %%[#]Um passo só"),
    ("Cartas.Mago.Som",
     "Jovem fazendeiro,^O mesmo truque serve para o som das cachoeiras: \"" + T("2009.09761") + "\".^   -M. Rasmodius[#]O som do vale"),
    ("Cartas.Mago.Lista",
     "Jovem fazendeiro,^Para o inverno, três pergaminhos que ainda não decifrei:^- " + T("2208.01618") + "^- "
     + T("2208.12242") + "^- " + T("2211.09800") + "^Traga-os se achar na mina.^   -M. Rasmodius[#]Leituras de inverno"),
]


def js(s):
    return json.dumps(s, ensure_ascii=False)


def build():
    L = ["{",
         "\t// Cartas do Mago — mod de leitura para o grupo \"Difusão no Vale\" (Rafaela Nunes, rafa.nunes@vale-ia.example.com.br)",
         "\t// Requer SMAPI 4 e Content Patcher. Wiki (não é paper): https://stardewvalleywiki.com/Modding:Mail_data",
         "\t// Fontes das cartas:",
         "\t//   DDPM  https://arxiv.org/abs/2006.11239",
         "\t//   LDM   https://arxiv.org/pdf/2112.10752v2",
         "\t//   ControlNet — " + T("2302.05543") + " http://arxiv.org/abs/2302.05543",
         "\t//   DiffWave https://arxiv.org/abs/2009.09761",
         "\t// Código do mod: https://git.vale-ia.example.com.br/rafa/cartas-do-mago ; livro citado na carta 6: \"Deep Learning\"",
         "\t// (Goodfellow, Bengio, Courville — livro). Live de apresentação: https://video.vale-ia.example.com.br/live/12",
         "\t\"Format\": \"2.0.0\",",
         "\t\"ConfigSchema\": {",
         "\t\t\"CartaExtra\": {",
         "\t\t\t\"AllowValues\": \"true, false\",",
         "\t\t\t\"Default\": \"true\"",
         "\t\t}",
         "\t},",
         "\t\"Changes\": [",
         "\t\t{",
         "\t\t\t\"Action\": \"Load\",",
         "\t\t\t\"Target\": \"Mods/RafaNunes.CartasDoMago/Fundo\",",
         "\t\t\t\"FromFile\": \"assets/fundo-carta.png\"",
         "\t\t},",
         "\t\t{",
         "\t\t\t\"Action\": \"EditData\",",
         "\t\t\t\"Target\": \"Data/mail\",",
         "\t\t\t\"Entries\": {"]
    for n, (k, v) in enumerate(MAIL):
        L.append(f"\t\t\t\t{js(k)}: {js(v)}" + ("," if n < len(MAIL) - 1 else ""))
    L += ["\t\t\t}",
          "\t\t},",
          "\t\t{",
          "\t\t\t// a carta extra: sobre controle condicional (ControlNet), só se o jogador quiser",
          "\t\t\t\"Action\": \"EditData\",",
          "\t\t\t\"Target\": \"Data/mail\",",
          "\t\t\t\"Entries\": {",
          "\t\t\t\t\"Cartas.Mago.Controle\": " + js("Jovem fazendeiro,^Guie o feitiço com um esboço, uma pose, um contorno — "
                                                    "o grimório se chama \"" + T("2302.05543") + "\".^   -M. Rasmodius[#]Controle"),
          "\t\t\t},",
          "\t\t\t\"When\": {",
          "\t\t\t\t\"CartaExtra\": \"true\"",
          "\t\t\t}",
          "\t\t},",
          "\t\t{",
          "\t\t\t\"Action\": \"EditData\",",
          "\t\t\t\"Target\": \"Data/TriggerActions\",",
          "\t\t\t\"Entries\": {"]
    days = [("Cartas.Mago.Ruido", "spring 3"), ("Cartas.Mago.Latente", "spring 10"), ("Cartas.Mago.Consistencia", "spring 17"),
            ("Cartas.Mago.Som", "summer 3"), ("Cartas.Mago.Lista", "fall 28"), ("Cartas.Mago.Controle", "summer 10")]
    for n, (k, d) in enumerate(days):
        season, day = d.split()
        body = {"Id": "RafaNunes.CartasDoMago_" + k.split(".")[-1], "Trigger": "DayStarted",
                "Condition": f"SEASON {season}, DAY_OF_MONTH {day}", "Actions": [f"AddMail Current {k}"]}
        L.append(f"\t\t\t\t{js(body['Id'])}: {{")
        items = list(body.items())
        for m, (kk, vv) in enumerate(items):
            if isinstance(vv, list):
                L.append(f"\t\t\t\t\t{js(kk)}: [ {', '.join(js(x) for x in vv)} ]" + ("," if m < len(items) - 1 else ""))
            else:
                L.append(f"\t\t\t\t\t{js(kk)}: {js(vv)}" + ("," if m < len(items) - 1 else ""))
        L.append("\t\t\t\t}" + ("," if n < len(days) - 1 else ""))
    L += ["\t\t\t}", "\t\t}", "\t]", "}", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
