// The Mire's dashboard: the reporting tables the server computed, drawn by the KPI dashboard widget.
import { getJson } from '../api.js';
import { h, widget } from '../dom.js';

export async function showDashboard(main, page) {
  const token = page.token;
  const dashboard = await getJson('/api/dashboard');
  if (!page.isCurrent(token)) return;
  const { t } = page;
  main.replaceChildren(
    h('h1', {}, t.dashboardTitle),
    h('p', { class: 'muted' }, t.dashboardIntro(dashboard.mire.name, dashboard.year)),
    // The page shows one Mire: its breakdowns start with the target groups, not the Mires.
    widget(
      'passerelle-kpi-dashboard',
      { tables: dashboard.tables, trend: dashboard.trend },
      { dimension: 'Public cible', 'heading-level': 2 },
    ),
  );
}
