# frozen_string_literal: true

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
  # Artigo: <em>LoRA: Low-Rank Adaptation of Large Language Models</em> (Edward J. Hu, Yelong Shen,
  # Phillip Wallis et al.), {arXiv}[https://arxiv.org/abs/2106.09685].
  #
  # [posto] dimensão +r+ das matrizes (4, 8, 16 ou 64).
  # [alfa] fator de escala; o efetivo é <tt>alfa / posto</tt>.
  # [alvos] nomes dos módulos (padrão: <tt>%w[q_proj v_proj]</tt>).
  #
  # === Exemplo
  #
  #   cfg = AjusteFino::LoRA.new(posto: 8, alfa: 16)
  #   cfg.to_h  # => {:metodo=>"lora", :posto=>8, :alfa=>16, ...}
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
      { metodo: "lora", posto: posto, alfa: alfa, alvos: alvos, dropout: dropout, formato: FORMATO }
    end
  end

  # == LoRA sobre modelo quantizado em 4 bits
  #
  # Segue <em>QLoRA: Efficient Finetuning of Quantized LLMs</em> (Tim Dettmers, Artidoro Pagnoni,
  # Ari Holtzman et al.) — https://arxiv.org/abs/2305.14314 . Exige GPU com suporte a bfloat16; o
  # serviço recusa o job em V100.
  #
  # *Atenção*: a quantização é feita pelo +bitsandbytes+ no lado Python; aqui só passamos
  # <tt>quant: "nf4"</tt> e <tt>dupla_quantizacao: true</tt>.
  class QLoRA < LoRA
    def to_h
      super.merge(metodo: "qlora", quant: "nf4", dupla_quantizacao: true, otimizador_paginado: true)
    end
  end

  # == Adaptadores (gargalo entre camadas)
  #
  # Baseado em <em>Parameter-Efficient Transfer Learning for NLP</em> (Neil Houlsby, Andrei Giurgiu,
  # Stanislaw Jastrzebski et al., ICML 2019). PDF na pasta do grupo; o número do preprint não está
  # anotado na planilha, por isso não há link aqui.
  #
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
      { metodo: "adaptadores", tamanho_gargalo: @tamanho_gargalo, posicao: @posicao.to_s, formato: FORMATO }
    end
  end

  # == Prefixos contínuos
  #
  # Treina apenas vetores de prefixo em cada camada: <em>Prefix-Tuning: Optimizing Continuous
  # Prompts for Generation</em> (Xiang Lisa Li, Percy Liang),
  # {PDF}[https://arxiv.org/pdf/2101.00190.pdf].
  #
  # A variante com prompts contínuos só na entrada, treinados por um codificador auxiliar, é a classe
  # PTuning (abaixo).
  class Prefixo < Base
    def initialize(comprimento: 20, reparametrizar: true)
      super()
      @comprimento = Validacao.positivo!(comprimento, :comprimento)
      @reparametrizar = reparametrizar ? true : false
    end

    def to_h
      { metodo: "prefixo", comprimento: @comprimento, reparametrizar: @reparametrizar, formato: FORMATO }
    end
  end

  # == Prompts contínuos com codificador
  #
  # Artigo: <em>GPT Understands, Too</em> (Xiao Liu, Yanan Zheng, Zhengxiao Du et al.). O
  # codificador do prompt é uma LSTM bidirecional pequena no original; aqui deixamos escolher
  # +:mlp+.
  #
  # :yields: config  (o bloco recebe o +Hash+ antes da validação final)
  class PTuning < Base
    def initialize(tokens_virtuais: 16, codificador: :lstm)
      super()
      @tokens_virtuais = Validacao.positivo!(tokens_virtuais, :tokens_virtuais)
      @codificador = Validacao.inclusao!(codificador, %i[lstm mlp], :codificador)
      yield to_h if block_given?
    end

    def to_h
      {
        metodo: "p_tuning",
        tokens_virtuais: @tokens_virtuais,
        codificador: @codificador.to_s,
        formato: FORMATO
      }
    end
  end

  # == Reescalonamento de ativações aprendido
  #
  # Três vetores aprendidos que reescalam chaves, valores e a ativação da FFN. Artigo: <em>Few-Shot
  # Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning</em> (Haokun Liu,
  # Derek Tam, Mohammed Muqeeth et al.), arXiv:2205.05638 — leia a seção 3 antes de mexer nos
  # padrões.
  class IA3 < Base
    def to_h
      { metodo: "ia3", alvos: %w[k_proj v_proj down_proj], formato: FORMATO }
    end
  end

  # = Otimizadores
  #
  # O serviço aceita dois otimizadores. Os nomes seguem o painel, não o PyTorch.
  module Otimizadores
    # == Decaimento de pesos desacoplado
    #
    # <em>Decoupled Weight Decay Regularization</em> (Ilya Loshchilov, Frank Hutter) —
    # {arXiv}[https://arxiv.org/abs/1711.05101v3]. Padrão do serviço: <tt>lr: 2e-4, decaimento:
    # 0.01</tt>.
    def self.adamw(lr: 2e-4, decaimento: 0.01)
      { nome: "adamw", lr: Float(lr), weight_decay: Float(decaimento) }
    end

    # == Minimização ciente da nitidez
    #
    # Experimental. Baseado em <em>Sharpness-Aware Minimization for Efficiently Improving
    # Generalization</em> (Pierre Foret, Ariel Kleiner, Hossein Mobahi et al.). Dobra o custo por
    # passo (dois passes de gradiente); não combine com QLoRA sem medir a memória antes.
    #
    # [rho] raio da vizinhança (padrão 0.05).
    def self.sam(rho: 0.05, base: :adamw)
      { nome: "sam", rho: Float(rho), base: base.to_s }
    end

    def self.listar # :nodoc:
      %w[adamw sam]
    end
  end

  # Serializa uma receita para o JSON aceito pelo +treinador+.
  #
  #   AjusteFino.serializar(AjusteFino::IA3.new)
  #   # => "{\"metodo\":\"ia3\", ...}"
  #
  # Veja também o guia rápido em +docs/GUIA.md+ e a
  # {página da biblioteca PEFT}[https://huggingface.co/docs/peft] (documentação, não artigo).
  def self.serializar(receita)
    JSON.generate(receita.to_h)
  end
end
