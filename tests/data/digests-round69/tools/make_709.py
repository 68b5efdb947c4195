#!/usr/bin/env python3
"""709: a Ruby source file (lib/ajuste_fino/metodos.rb) documented with RDoc markup in `#` comments: the magic
comment first, `= ` / `== ` headings, `*bold*` / `_em_` / `+code+` and <em> / <tt> tags, `{label}[url]` links,
`* ` / `1. ` lists and `[label] text` / `term:: text` labelled lists, verbatim blocks (indented), directives
`:call-seq:`, `:nodoc:`, `:yields:`; 2-space indentation, module / class / def ... end. A Brazilian gem that builds
parameter-efficient fine-tuning configs, with comments in Portuguese."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F709, keys


def au(k, n=3):
    a = authors(k)
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


def wrap(s, ind, width=100):
    out, line = [], ""
    for w in s.split():
        if line and len(ind) + 2 + len(line) + 1 + len(w) > width:
            out.append(line); line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "".join(f"{ind}# {l}\n" for l in out)


I2 = "  "
I4 = "    "
text = f"""# frozen_string_literal: true

# = AjusteFino::Metodos
#
# Receitas de ajuste fino eficiente em parâmetros (PEFT) para o serviço de treinamento do laboratório.
# Cada classe gera o +Hash+ de configuração que o serviço +treinador+ (Python) espera receber em
# <tt>POST /v1/jobs</tt>. Nada aqui treina modelos: a gem só valida e serializa as opções.
#
# Copyright (c) 2024 Laboratório de Linguagem e Aprendizado, Universidade Federal do Vale do Jequitaí.
# Licença MIT (veja LICENSE.txt).
#
# == Referências
#
# Cada receita cita o artigo que a descreve. Quando existe, o link aponta para o arXiv; os demais artigos
# estão na pasta compartilhada do grupo (+referencias/+). Documentação da biblioteca PEFT da Hugging Face e
# posts de blog *não* são referências: ficam em +docs/LEITURAS.md+.

require "json"
require_relative "base"
require_relative "validacao"

module AjusteFino
  # Métodos disponíveis, na ordem em que aparecem no menu do painel web.
  METODOS = %i[lora qlora adaptadores prefixo ia3 p_tuning].freeze

  # Versão do formato de configuração aceito pelo +treinador+.
  FORMATO = "2024-03"

  # == Adaptação de baixo posto
  #
  # Congela os pesos do modelo e treina matrizes de posto baixo somadas às projeções de atenção.
  #
{wrap(f"Artigo: <em>{T('2106.09685')}</em> ({au('2106.09685')}), {{arXiv}}[https://arxiv.org/abs/2106.09685].", I2)}  #
  # [posto] dimensão +r+ das matrizes (4, 8, 16 ou 64).
  # [alfa] fator de escala; o efetivo é <tt>alfa / posto</tt>.
  # [alvos] nomes dos módulos (padrão: <tt>%w[q_proj v_proj]</tt>).
  #
  # === Exemplo
  #
  #   cfg = AjusteFino::LoRA.new(posto: 8, alfa: 16)
  #   cfg.to_h  # => {{:metodo=>"lora", :posto=>8, :alfa=>16, ...}}
  #
  # :call-seq:
  #   LoRA.new(posto: 8, alfa: 16, alvos: %w[q_proj v_proj], dropout: 0.05) -> LoRA
  class LoRA < Base
    POSTOS = [4, 8, 16, 64].freeze

    attr_reader :posto, :alfa, :alvos, :dropout

    def initialize(posto: 8, alfa: 16, alvos: %w[q_proj v_proj], dropout: 0.05)
      super()
      @posto = Validacao.inclusao!(posto, POSTOS, :posto)
      @alfa = Validacao.positivo!(alfa, :alfa)
      @alvos = Array(alvos).map(&:to_s)
      @dropout = Float(dropout)
    end

    def to_h
      {{ metodo: "lora", posto: posto, alfa: alfa, alvos: alvos, dropout: dropout, formato: FORMATO }}
    end
  end

  # == LoRA sobre modelo quantizado em 4 bits
  #
{wrap(f"Segue <em>{T('2305.14314')}</em> ({au('2305.14314')}) — https://arxiv.org/abs/2305.14314 . Exige GPU com suporte a bfloat16; o serviço recusa o job em V100.", I2)}  #
  # *Atenção*: a quantização é feita pelo +bitsandbytes+ no lado Python; aqui só passamos
  # <tt>quant: "nf4"</tt> e <tt>dupla_quantizacao: true</tt>.
  class QLoRA < LoRA
    def to_h
      super.merge(metodo: "qlora", quant: "nf4", dupla_quantizacao: true, otimizador_paginado: true)
    end
  end

  # == Adaptadores (gargalo entre camadas)
  #
{wrap(f"Baseado em <em>{T('1902.00751')}</em> ({au('1902.00751')}, ICML 2019). PDF na pasta do grupo; o número do preprint não está anotado na planilha, por isso não há link aqui.", I2)}  #
  # tamanho_gargalo:: dimensão interna do adaptador (padrão 64).
  # posicao:: <tt>:apos_atencao</tt>, <tt>:apos_ffn</tt> ou <tt>:ambas</tt>.
  class Adaptadores < Base
    POSICOES = %i[apos_atencao apos_ffn ambas].freeze

    def initialize(tamanho_gargalo: 64, posicao: :ambas)
      super()
      @tamanho_gargalo = Integer(tamanho_gargalo)
      @posicao = Validacao.inclusao!(posicao, POSICOES, :posicao)
    end

    def to_h
      {{ metodo: "adaptadores", tamanho_gargalo: @tamanho_gargalo, posicao: @posicao.to_s, formato: FORMATO }}
    end
  end

  # == Prefixos contínuos
  #
{wrap(f"Treina apenas vetores de prefixo em cada camada: <em>{T('2101.00190')}</em> ({au('2101.00190')}), {{PDF}}[https://arxiv.org/pdf/2101.00190.pdf].", I2)}  #
  # A variante com prompts contínuos só na entrada, treinados por um codificador auxiliar, é a classe
  # PTuning (abaixo).
  class Prefixo < Base
    def initialize(comprimento: 20, reparametrizar: true)
      super()
      @comprimento = Validacao.positivo!(comprimento, :comprimento)
      @reparametrizar = reparametrizar ? true : false
    end

    def to_h
      {{ metodo: "prefixo", comprimento: @comprimento, reparametrizar: @reparametrizar, formato: FORMATO }}
    end
  end

  # == Prompts contínuos com codificador
  #
{wrap(f"Artigo: <em>{T('2103.10385')}</em> ({au('2103.10385')}). O codificador do prompt é uma LSTM bidirecional pequena no original; aqui deixamos escolher +:mlp+.", I2)}  #
  # :yields: config  (o bloco recebe o +Hash+ antes da validação final)
  class PTuning < Base
    def initialize(tokens_virtuais: 16, codificador: :lstm)
      super()
      @tokens_virtuais = Validacao.positivo!(tokens_virtuais, :tokens_virtuais)
      @codificador = Validacao.inclusao!(codificador, %i[lstm mlp], :codificador)
      yield to_h if block_given?
    end

    def to_h
      {{
        metodo: "p_tuning",
        tokens_virtuais: @tokens_virtuais,
        codificador: @codificador.to_s,
        formato: FORMATO
      }}
    end
  end

  # == Reescalonamento de ativações aprendido
  #
{wrap(f"Três vetores aprendidos que reescalam chaves, valores e a ativação da FFN. Artigo: <em>{T('2205.05638')}</em> ({au('2205.05638')}), arXiv:2205.05638 — leia a seção 3 antes de mexer nos padrões.", I2)}  class IA3 < Base
    def to_h
      {{ metodo: "ia3", alvos: %w[k_proj v_proj down_proj], formato: FORMATO }}
    end
  end

  # = Otimizadores
  #
  # O serviço aceita dois otimizadores. Os nomes seguem o painel, não o PyTorch.
  module Otimizadores
    # == Decaimento de pesos desacoplado
    #
{wrap(f"<em>{T('1711.05101')}</em> ({au('1711.05101')}) — {{arXiv}}[https://arxiv.org/abs/1711.05101v3]. Padrão do serviço: <tt>lr: 2e-4, decaimento: 0.01</tt>.", I4)}    def self.adamw(lr: 2e-4, decaimento: 0.01)
      {{ nome: "adamw", lr: Float(lr), weight_decay: Float(decaimento) }}
    end

    # == Minimização ciente da nitidez
    #
{wrap(f"Experimental. Baseado em <em>{T('2010.01412')}</em> ({au('2010.01412')}). Dobra o custo por passo (dois passes de gradiente); não combine com QLoRA sem medir a memória antes.", I4)}    #
    # [rho] raio da vizinhança (padrão 0.05).
    def self.sam(rho: 0.05, base: :adamw)
      {{ nome: "sam", rho: Float(rho), base: base.to_s }}
    end

    def self.listar # :nodoc:
      %w[adamw sam]
    end
  end

  # Serializa uma receita para o JSON aceito pelo +treinador+.
  #
  #   AjusteFino.serializar(AjusteFino::IA3.new)
  #   # => "{{\\"metodo\\":\\"ia3\\", ...}}"
  #
  # Veja também o guia rápido em +docs/GUIA.md+ e a
  # {{página da biblioteca PEFT}}[https://huggingface.co/docs/peft] (documentação, não artigo).
  def self.serializar(receita)
    JSON.generate(receita.to_h)
  end
end
"""
plain = re.sub(r"</?(?:em|tt|b)>", "", text)
write_only(F709, text, keys(F709), forms=[plain, re.sub(r"\n[ ]*#[ ]?", " ", plain)])
