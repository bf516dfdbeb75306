import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.js';

describe('foldText', () => {
  it.each([
    ['Aide-Ménagère Œuvre', 'aide-menagere oeuvre'],
    ['ÉLECTRICIEN', 'electricien'],
    ['Straße', 'strasse'],
    ['l’employé', "l'employe"],
    ['chef—cuisinier', 'chef-cuisinier'],
    ['Façade à Noël', 'facade a noel'],
    ['ﬀ ﬁ', 'ff fi'],
    ['ＶＥＮＤＥＵＲ', 'vendeur'],
    ['İstanbul', 'istanbul'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps digits and punctuation other than apostrophes and dashes', () => {
    expect(foldText('C++ (H/F) 3,5 €')).toBe('c++ (h/f) 3,5 €');
  });
});
