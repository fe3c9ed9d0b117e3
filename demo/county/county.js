// The demo county's pages. No inline script: the pages run under a strict CSP. The demo server
// gives the collection's respondent links (/api/demo/county.json) and its results, fetched with
// the owner's key on the server side (/api/demo/county-results.json): keys never reach a browser.
const county = await (await fetch('/api/demo/county.json')).json();

const partnerUrl = document.getElementById('partner-url');
if (partnerUrl) partnerUrl.textContent = new URL(county.partnerSubmitUrl, location.href).href;

const widget = document.getElementById('team-widget');
if (widget) widget.setAttribute('submit-url', county.teamSubmitUrl);

const radar = document.getElementById('radar');
if (radar) {
  const [framework, data] = await Promise.all([
    fetch('/frameworks/ca-sos-conditions-capacities.json').then((r) => r.json()),
    fetch('/api/demo/county-results.json').then((r) => r.json()),
  ]);
  const elements = framework.conditions.flatMap((condition) => condition.elements.map((element) => ({ element, condition })));
  const byPerspective = new Map(data.results.results.map((r) => [r.perspective, r.aggregate]));
  const self = byPerspective.get('self');
  const partner = byPerspective.get('partner');
  const values = (aggregate) => Object.fromEntries(aggregate.items.filter((i) => i.median !== undefined).map((i) => [i.id, i.median]));
  radar.axes = elements.map(({ element, condition }) => ({ id: element.id, label: element.name, group: condition.name }));
  radar.scale = { min: 1, max: 5, ticks: framework.scale.levels.map((level) => ({ value: level.value, label: level.label.en })) };
  radar.series = [
    { label: `District team (${self.respondents} members)`, values: values(self) },
    ...(partner ? [{ label: `County office (${partner.respondents} rating)`, values: values(partner) }] : []),
  ];
  if (data.gaps) document.getElementById('gaps').report = data.gaps;
  document.getElementById('summary').textContent =
    `${self.respondents} district team submissions and ${partner?.respondents ?? 0} county office rating so far. ` +
    (data.gaps ? 'The table lists every element and capacity, largest differences first.' : 'The comparison appears once both sides have submitted.');
}
