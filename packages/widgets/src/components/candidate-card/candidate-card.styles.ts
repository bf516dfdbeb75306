import { base } from '../../styles/base.js';
import { cardStyles } from '../../styles/card.js';

export const candidateCardStyles = [base, cardStyles];
