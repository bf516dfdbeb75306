/** A text in the two languages every Passerelle message carries: French first, then English. */
export interface LocalizedText {
  readonly fr: string;
  readonly en: string;
}

/** The languages of Passerelle's own messages and labels. */
export type MessageLocale = keyof LocalizedText;

/** A closed code list: its codes in order, and a French and English label for each. */
export type CodeLabels<Code extends string> = Readonly<Record<Code, LocalizedText>>;
