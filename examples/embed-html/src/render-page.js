// @ts-check
// What a server-rendered intranet does: it computes on the server, writes the data into the page as inline JSON,
// and lets one script tag of widgets draw it. Here the match list ranks in the browser (same engine as on the
// server), and the score breakdown shows a result the server explained.
import { escapeHtml, inlineJson } from './inline-json.js';

/**
 * @param {{
 *   offer: import('@passerelle/core').JobOffer,
 *   candidates: readonly import('@passerelle/core').Candidate[],
 *   best: import('@passerelle/matching').RankedMatch,
 *   labels: { skills: object[], occupations: object[] },
 *   widgetsScript: string,
 * }} page
 */
export function renderPage({ offer, candidates, best, labels, widgetsScript }) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(offer.title)} — Passerelle dans une page HTML</title>
    <!-- One script tag registers every passerelle-* element. The IIFE build works from a file as well as from a
         server; an intranet copies it from @passerelle/widgets/dist/ to its own static files. \`defer\`: the
         elements then upgrade once the page, inline JSON included, is parsed. -->
    <script defer src="${escapeHtml(widgetsScript)}"></script>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
      :root { --passerelle-color-accent: #7a1f5c; }
    </style>
  </head>
  <body>
    <h1>${escapeHtml(offer.title)}</h1>

    <!-- The offer, written into the page by the server, with the labels of the skills it names. -->
    <passerelle-offer-card>
      <script type="application/json">
${inlineJson({ offer, taxonomy: labels })}
      </script>
    </passerelle-offer-card>

    <h2>Candidats classés dans le navigateur</h2>
    <!-- The offer and the pool: the list ranks them itself, with the same engine as the server. -->
    <passerelle-match-list page-size="5">
      <script type="application/json">
${inlineJson({ offer, candidates })}
      </script>
    </passerelle-match-list>

    <h2>Le score du premier, expliqué par le serveur</h2>
    <!-- A result the server ranked and explained (@passerelle/matching), shown as it is. -->
    <passerelle-score-breakdown>
      <script type="application/json">
${inlineJson({ match: best })}
      </script>
    </passerelle-score-breakdown>
  </body>
</html>
`;
}
