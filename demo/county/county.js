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

const partnerWidget = document.getElementById('partner-widget');
if (partnerWidget) partnerWidget.setAttribute('submit-url', county.partnerSubmitUrl);

// The county's system view: every district's team results over the school years, from the
// collection service. Opening a district shows its team beside the county office below it.
const system = document.getElementById('system');
if (system) {
  const status = document.getElementById('system-status');
  const section = document.getElementById('district');
  const heading = document.getElementById('district-heading');
  const districtStatus = document.getElementById('district-status');
  const results = document.getElementById('district-results');
  const framework = await fetch('/frameworks/ca-sos-conditions-capacities.json').then((r) => r.json());
  system.framework = framework;
  results.framework = framework;
  try {
    const response = await fetch('/api/demo/system.json');
    if (!response.ok) throw new Error(`the service answered ${response.status}`);
    const rollup = await response.json();
    system.rollup = rollup;
    const years = rollup.years.map((y) => y.schoolYear);
    status.textContent = `${Object.keys(rollup.names).length} districts, school years ${years[0]} to ${years[years.length - 1]}. Choose a district's name to see its team results.`;
  } catch (error) {
    status.textContent = `The county's results could not be loaded (${error.message}). Reload the page to try again.`;
  }

  // The district whose drill-down is open: it follows the school year the view shows, and the
  // back button returns to its row (and the cell it was opened from).
  let current;
  let opened = 0;
  const back = document.getElementById('district-back');
  back.addEventListener('click', async () => {
    if (current && !(await system.focusOrganization(current.organization, current.column))) system.focus();
  });

  async function showDistrict({ organization, name, schoolYear }) {
    const mine = ++opened;
    section.hidden = false;
    heading.textContent = `${name}, ${schoolYear}: the district team and the county office`;
    districtStatus.textContent = `Loading ${name}'s results…`;
    results.hidden = true;
    try {
      const response = await fetch(`/api/demo/district-results.json?district=${encodeURIComponent(organization)}&schoolYear=${encodeURIComponent(schoolYear)}`);
      if (mine !== opened) return; // another district or year was opened meanwhile
      if (response.status === 404) {
        districtStatus.textContent = `${name} has no results for ${schoolYear}.`;
        return;
      }
      if (!response.ok) throw new Error(`the service answered ${response.status}`);
      const found = await response.json();
      if (mine !== opened) return;
      const partnerRated = (found.partner?.respondents ?? 0) > 0;
      results.heading = `Team results: ${name}, ${schoolYear}`;
      results.data = found.self;
      results.partner = partnerRated ? found.partner : undefined;
      results.hidden = false;
      districtStatus.textContent = `${found.self.respondents} team members rated the district in ${schoolYear}${partnerRated ? '; the county office rated it as its partner.' : '; the county office has not rated it yet.'}`;
    } catch (error) {
      if (mine === opened) districtStatus.textContent = `${name}'s results could not be loaded (${error.message}). Open the district again to retry.`;
    }
  }

  system.addEventListener('sos-organization-activate', async (event) => {
    const { organization, name, schoolYear, column } = event;
    current = { organization, name, schoolYear, column };
    const shown = showDistrict(current);
    // Keyboard and screen reader users land on what they opened; everyone sees it scrolled into
    // view. The view first draws the district's trends above this section: focus after that.
    await Promise.resolve();
    await system.updateComplete;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
    await shown;
  });

  // Another school year in the view: the open drill-down shows that year too (focus stays on the
  // year the person is choosing; the status line says what changed).
  system.addEventListener('change', () => {
    const year = system.shownYear;
    if (!current || section.hidden || year === undefined || year === current.schoolYear) return;
    current = { ...current, schoolYear: year };
    void showDistrict(current);
  });
}
