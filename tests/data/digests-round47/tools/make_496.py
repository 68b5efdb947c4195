#!/usr/bin/env python3
"""496 (NEGATIVE): an Emacs Lisp init file (~/.emacs.d/lisp/init-leitura.el) of a Brazilian researcher, with
Portuguese comments, setting up a paper-reading workflow: use-package forms for elfeed (arXiv category RSS feeds,
journal and blog feeds, tagging rules), elfeed-score, citar / org-roam / org-noter with Zotero Better BibTeX paths,
pdf-tools, a custom command, keybindings, a lexical-binding header and a provide footer. A near-miss: arXiv feeds
and the arXiv API, keyword filters, lab people, a reading-group schedule, a talk, a deadline, packages and
repositories — and no paper at all: no paper title, no arXiv id, no OpenReview id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F496

text = r""";;; init-leitura.el --- fluxo de leitura de artigos (elfeed, citar, org-noter)  -*- lexical-binding: t; -*-

;; Autora: Beatriz Nogueira <bia.nogueira@example.com.br>
;; Grupo de Aprendizado de Máquina — Universidade de Valmarina (campus Porto Alegre)
;; Uso: (require 'init-leitura) no init.el, depois de init-pacotes.
;;
;; Comentário:
;; Tudo o que eu uso para acompanhar o arXiv e ler PDFs dentro do Emacs.
;; Os feeds são lidos de manhã (M-x elfeed) e o que interessa vai para o
;; Zotero pelo conector; o Better BibTeX exporta para ~/bib/biblioteca.bib,
;; que o citar lê. As anotações ficam em org-roam, uma nota por artigo.
;;
;; Grupo de leitura: quintas, 14h, sala 305 (ou Jitsi quando chover).
;; Próxima apresentação minha: 17 de outubro, sobre avaliação de agentes.
;; Lembrete: prazo do workshop do KDD-BR é 30 de setembro.

;;; Código:

(require 'use-package)

;;;; elfeed ------------------------------------------------------------------

(use-package elfeed
  :ensure t
  :bind (("C-c f" . elfeed)
         :map elfeed-search-mode-map
         ("a" . bia/elfeed-para-zotero)
         ("l" . bia/elfeed-marcar-para-ler))
  :custom
  (elfeed-db-directory (expand-file-name "elfeed" user-emacs-directory))
  (elfeed-search-filter "@3-days-ago +unread -ruido")
  (elfeed-search-title-max-width 110)
  (elfeed-feeds
   '(;; listas diárias do arXiv (RSS)
     ("https://rss.arxiv.org/rss/cs.LG" arxiv aprendizado)
     ("https://rss.arxiv.org/rss/cs.CL" arxiv linguagem)
     ("https://rss.arxiv.org/rss/cs.AI" arxiv agentes)
     ("https://rss.arxiv.org/rss/stat.ML" arxiv estatistica)
     ;; consulta na API do arXiv (máx. 50 resultados, ordenado por data)
     ("http://export.arxiv.org/api/query?search_query=abs:%22language%20agent%22&sortBy=submittedDate&max_results=50" arxiv agentes api)
     ;; blogs e newsletters
     ("https://bair.berkeley.edu/blog/feed.xml" blog)
     ("https://lilianweng.github.io/index.xml" blog)
     ("https://www.deeplearning.ai/the-batch/feed/" newsletter)
     ;; GitHub: releases de ferramentas que usamos
     ("https://github.com/huggingface/transformers/releases.atom" software)
     ("https://github.com/vllm-project/vllm/releases.atom" software)
     ;; canal do seminário do departamento (vídeos)
     ("https://www.youtube.com/feeds/videos.xml?channel_id=UCexemploSeminarioML" video seminario)))
  :config
  ;; etiquetas automáticas a partir do título
  (add-hook 'elfeed-new-entry-hook
            (elfeed-make-tagger :entry-title (rx (or "agent" "agente" "tool use" "planning"))
                                :add 'agentes))
  (add-hook 'elfeed-new-entry-hook
            (elfeed-make-tagger :entry-title (rx (or "survey" "position paper" "workshop report"))
                                :add 'ruido :remove 'unread)))

(use-package elfeed-score
  :ensure t
  :after elfeed
  :config
  ;; pontuação: palavras-chave do projeto da Carla e do meu
  (setq elfeed-score-serde-score-file (expand-file-name "elfeed.score" user-emacs-directory))
  (elfeed-score-enable)
  (define-key elfeed-search-mode-map "=" elfeed-score-map))

(defun bia/elfeed-marcar-para-ler ()
  "Marca as entradas selecionadas com a etiqueta `ler' e tira o `unread'."
  (interactive)
  (elfeed-search-tag-all 'ler)
  (elfeed-search-untag-all-unread))

(defun bia/elfeed-para-zotero ()
  "Abre a entrada no navegador para salvar com o conector do Zotero."
  (interactive)
  (let ((entry (elfeed-search-selected :single)))
    (browse-url (elfeed-entry-link entry))
    (elfeed-tag entry 'zotero)
    (elfeed-search-update-entry entry)))

;;;; bibliografia -------------------------------------------------------------

(defvar bia/bib-arquivos '("~/bib/biblioteca.bib" "~/bib/grupo-leitura.bib")
  "Exportações automáticas do Better BibTeX (não editar à mão).")

(use-package citar
  :ensure t
  :custom
  (citar-bibliography bia/bib-arquivos)
  (citar-library-paths '("~/Zotero/storage/"))
  (citar-notes-paths '("~/org/roam/artigos/"))
  (citar-templates
   '((main . "${author editor:30%sn}     ${date year issued:4}     ${title:48}")
     (suffix . "          ${=key= id:15}    ${=type=:12}    ${tags keywords:*}")
     (note . "Notas sobre ${author editor:%etal}, ${title}")))
  :bind (("C-c b" . citar-open)
         ("C-c n c" . citar-create-note)))

(use-package org-roam
  :ensure t
  :custom
  (org-roam-directory (file-truename "~/org/roam/"))
  (org-roam-capture-templates
   '(("a" "artigo" plain "%?\n\n* Resumo\n\n* Método\n\n* O que aproveitar no projeto\n"
      :target (file+head "artigos/${citar-citekey}.org" "#+title: ${note-title}\n#+filetags: :artigo:\n")
      :unnarrowed t)))
  :config
  (org-roam-db-autosync-mode 1))

(use-package citar-org-roam
  :ensure t
  :after (citar org-roam)
  :config (citar-org-roam-mode 1))

;;;; PDFs --------------------------------------------------------------------

(use-package pdf-tools
  :ensure t
  :magic ("%PDF" . pdf-view-mode)
  :config
  (pdf-tools-install :no-query)
  (setq-default pdf-view-display-size 'fit-width)
  (setq pdf-annot-activate-created-annotations t))

(use-package org-noter
  :ensure t
  :after (pdf-tools org)
  :custom
  (org-noter-notes-search-path '("~/org/roam/artigos/"))
  (org-noter-always-create-frame nil)
  (org-noter-separate-notes-from-heading t))

;;;; atalhos do grupo de leitura --------------------------------------------

(defun bia/abrir-pauta-grupo ()
  "Abre a pauta compartilhada do grupo de leitura (pad do Rafael)."
  (interactive)
  (browse-url "https://pad.example.com.br/p/grupo-leitura-ml"))

(defun bia/slides-seminario ()
  "Abre a pasta dos slides do seminário (palestra do Prof. Tavares sobre ferramentas de avaliação)."
  (interactive)
  (find-file "~/Documentos/seminario/2024-2/"))

(global-set-key (kbd "C-c g p") #'bia/abrir-pauta-grupo)
(global-set-key (kbd "C-c g s") #'bia/slides-seminario)

(provide 'init-leitura)
;;; init-leitura.el ends here
"""
write(F496, text, negative=True)
