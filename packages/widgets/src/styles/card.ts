import { css } from 'lit';

/** The compact card shared by the candidate and offer cards. */
export const cardStyles = css`
  :host {
    --passerelle-card-padding: calc(var(--_space) * 2);
  }
  article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--passerelle-card-padding);
    background: var(--_surface);
  }
  .title {
    margin: 0 0 var(--_space);
    font-size: 1.15em;
    font-weight: 600;
  }
  .subtitle {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  ul.chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.chips li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 var(--_space);
    background: var(--_surface-alt);
  }
  .level {
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
