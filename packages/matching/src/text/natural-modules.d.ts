// Types for the few modules of `natural` imported by their deep path (its main entry pulls 77 MB of
// dependencies and its own types fail under verbatimModuleSyntax; see TOOLCHAIN.md, pitfall 5).

declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  /** The Snowball French stemmer of natural. */
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  /** The Porter (English) stemmer of natural. */
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js' {
  /** natural's French tokenizer: splits on anything but letters (French accents included), digits and `-`. */
  export default class AggressiveTokenizerFr {
    tokenize(text: string): string[];
  }
}
