// The code under test: the built package (run `npm run build` in packages/matching first).
export { createTitleNormalizer } from '@passerelle/matching';
