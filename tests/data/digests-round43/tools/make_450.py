#!/usr/bin/env python3
"""450: the POD of a Perl module (Text::Subword, lib/Text/Subword.pod) that reads the vocabularies of pretrained
encoders and runs BPE / WordPiece / unigram tokenisation: =encoding, NAME, VERSION, SYNOPSIS (verbatim code),
DESCRIPTION, METHODS with =over / =item lists, SUPPORTED VOCABULARIES, a REFERENCES section, SEE ALSO, BUGS,
AUTHOR, LICENSE AND COPYRIGHT, =cut. Papers: arXiv abs / pdf URLs in L<text|url> (link), an OpenReview forum URL
(link), "arXiv:ID" (arxiv-text), the title alone in I<...>, in double quotes, after a colon, in lower case
(title-only). Not papers: CPAN modules, the sentencepiece and tokenizers repositories, the Hugging Face hub pages,
the Perl documentation (perlunicode), the module's bug tracker, the "Unicode Standard Annex #29"."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F450, keys

text = """=encoding utf8

=head1 NAME

Text::Subword - BPE, WordPiece and unigram tokenizers that read the vocabularies of pretrained encoders

=head1 VERSION

Version 0.41

=head1 SYNOPSIS

    use Text::Subword;

    # a byte-level BPE vocabulary (vocab.json + merges.txt), as shipped with RoBERTa checkpoints
    my $tok = Text::Subword->new(
        type   => 'bpe',
        vocab  => 'roberta-base/vocab.json',
        merges => 'roberta-base/merges.txt',
        bytes  => 1,
    );

    my @pieces = $tok->tokenize("Tokenizers are boring until they are not.");
    my @ids    = $tok->encode("naïve café", add_special_tokens => 1);
    print $tok->decode(\\@ids), "\\n";

    # WordPiece (BERT-style vocab.txt) with lower-casing and accent stripping
    my $wp = Text::Subword->new(type => 'wordpiece', vocab => 'bert-base-uncased/vocab.txt',
                                lowercase => 1, strip_accents => 1);

=head1 DESCRIPTION

Text::Subword splits text into the subword units that pretrained encoders expect, in pure Perl (an optional XS
part speeds up the BPE merge loop by about 8x). It reads the vocabulary files that come with the checkpoints and
reproduces their pre-tokenization rules, so that C<encode> gives the same ids as the reference tokenizers on the
test corpus in F<t/data/> (UD English EWT, the Tatoeba sentences in 38 languages and a few thousand lines of
Perl source).

The module does B<not> run any model. It exists because we needed identical token counts in a Perl pipeline that
cleans web text before it is sent to a GPU cluster.

Byte-pair encoding was brought to NLP by Sennrich, Haddow and Birch,
I<""" + T("1508.07909") + """> (ACL 2016); C<type =E<gt> 'bpe'> implements their merge procedure and
the byte-level variant used by later models.

=head1 METHODS

=over 4

=item new(%args)

Creates a tokenizer. Arguments:

=over 4

=item type => 'bpe' | 'wordpiece' | 'unigram'

=item vocab => $path

F<vocab.json> for BPE, F<vocab.txt> for WordPiece, F<spiece.model> (read with the sentencepiece protobuf
layout, no library needed) for unigram.

=item merges => $path

BPE only.

=item bytes => 0 | 1

Byte-level BPE: map bytes to printable characters before merging, as RoBERTa and GPT-2 vocabularies do.

=item lowercase => 0 | 1, strip_accents => 0 | 1

WordPiece only.

=back

=item tokenize($text)

Returns the list of pieces.

=item encode($text, %opts)

Returns ids. C<add_special_tokens =E<gt> 1> adds the model's C<[CLS]>/C<[SEP]> or C<E<lt>sE<gt>>/C<E<lt>/sE<gt>>.

=item decode(\\@ids)

The inverse of C<encode>, up to normalization.

=item prefix_trie(\\@strings)

Builds a trie of the token ids of a list of strings, for constrained decoding (see L</Constrained decoding>).

=back

=head1 SUPPORTED VOCABULARIES

=over 4

=item * BERT (WordPiece, cased and uncased). Paper: \"""" + T("1810.04805") + """\" (Devlin et al., NAACL 2019).

=item * RoBERTa (byte-level BPE, 50k merges). Paper: """ + T("1907.11692") + """ (Liu et al., 2019).

=item * XLM-R (unigram, 250k pieces) - L<""" + T("1911.02116") + """|https://arxiv.org/abs/1911.02116>.

=item * XLNet (unigram, 32k pieces, no lower-casing). Yang et al.,
I<""" + T("1906.08237") + """>, NeurIPS 2019, arXiv:1906.08237.

=item * ELECTRA (the BERT WordPiece vocabulary) - I<""" + T("2003.10555").lower() + """>
(Clark et al., ICLR 2020); the same vocabulary is used by the Electric model of
\"""" + T("2012.08561") + """\" (EMNLP 2020, arXiv:2012.08561).

=item * DeBERTa (v1 uses GPT-2's byte-level BPE) - L<""" + T("2006.03654") + """|https://arxiv.org/abs/2006.03654>.
DeBERTa-v3 uses a sentencepiece model and is supported with C<type =E<gt> 'unigram'>.

=item * T5 (unigram, 32k pieces, sentinel tokens C<E<lt>extra_id_0E<gt>> ... C<E<lt>extra_id_99E<gt>>) -
L<""" + T("1910.10683") + """|https://arxiv.org/pdf/1910.10683.pdf>.

=back

=head2 Constrained decoding

C<prefix_trie> returns the structure used to restrict a decoder to a closed set of strings, as in the entity
linker of De Cao et al., """ + T("2010.00904") + """ (ICLR 2021). The trie is a nested hash keyed by token id;
C<$trie-E<gt>{allowed}(\\@prefix)> returns the ids allowed after a prefix.

The non-autoregressive translation baseline in F<examples/nat/> also uses the module's length-aware batching; its
model follows """ + T("2008.07905") + """ (Qian et al.), see
L<https://openreview.net/forum?id=ZaYZfu8pT_N>.

=head1 REFERENCES

The papers whose vocabularies or procedures the module reproduces are listed above next to each vocabulary.
For everything else (Unicode segmentation and normalization) see Unicode Standard Annex #29 and L<perlunicode>.

=head1 SEE ALSO

L<Lingua::Sentence>, L<Text::Unidecode>, L<Unicode::Normalize>,
L<https://github.com/google/sentencepiece>, L<https://github.com/huggingface/tokenizers>.

=head1 BUGS

The unigram tokenizer uses Viterbi decoding only; sampling (subword regularization) is not implemented.
WordPiece's C<[UNK]> handling differs from the reference for words longer than 100 characters.

Please report bugs at L<https://rt.example.org/Dist/Display.html?Name=Text-Subword>.

=head1 AUTHOR

Mirela Vasquez-Holt C<E<lt>mvh@cpan.example.orgE<gt>>

=head1 LICENSE AND COPYRIGHT

This software is Copyright (c) 2021-2024 by Mirela Vasquez-Holt.

This is free software, licensed under:

  The Artistic License 2.0 (GPL Compatible)

=cut
"""
write_only(F450, text, keys(F450))
