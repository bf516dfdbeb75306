import { describe, expect, it } from 'vitest';
import { masculineForm, stripGenderMarkers } from './gender.js';

describe('stripGenderMarkers', () => {
  it.each([
    ['vendeur (h/f)', 'vendeur'],
    ['vendeur (f/h/x)', 'vendeur'],
    ['developer (m/w/d)', 'developer'],
    ['cariste [ h - f ]', 'cariste'],
    ['magasinier h/f cdi', 'magasinier cdi'],
    ['employe(e) de rayon', 'employe de rayon'],
    ['vendeur·euse', 'vendeur'],
    ['directeur.trice', 'directeur'],
    ['agent/e d’accueil', 'agent d’accueil'],
  ])('turns %s into %s', (text, stripped) => {
    expect(stripGenderMarkers(text).replace(/\s+/g, ' ').trim()).toBe(stripped);
  });

  it('leaves words that merely hold the letters alone', () => {
    expect(stripGenderMarkers('chef de rang')).toBe('chef de rang');
    expect(stripGenderMarkers('hf radio technician')).toBe('hf radio technician');
  });
});

describe('masculineForm', () => {
  it.each([
    ['vendeuse', 'vendeur'],
    ['directrice', 'directeur'],
    ['magasiniere', 'magasinier'],
    ['technicienne', 'technicien'],
    ['employee', 'employe'],
    ['vendeuses', 'vendeur'],
    ['hotesse', 'hote'],
    ['maitresse', 'maitre'],
    ['chanteresse', 'chanteur'],
  ])('gives %s → %s', (word, masculine) => {
    expect(masculineForm(word)).toBe(masculine);
  });

  it('returns masculine and short words unchanged', () => {
    for (const word of ['vendeur', 'cariste', 'macon', 'aide', 'chef'])
      expect(masculineForm(word)).toBe(word);
  });
});
