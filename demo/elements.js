// Data for the standalone examples: the framework JSON as published, and a gap report the demo
// server computes with @sos-kit/core. No inline script: the page runs under a strict CSP.
const framework = await (await fetch('/frameworks/ca-sos-conditions-capacities.json')).json();
const elements = framework.conditions.flatMap((condition) => condition.elements.map((element) => ({ element, condition })));
const wave = (i, shift) => 1 + ((i * 7 + shift) % 5);
// Framework texts are { en, es } (or plain English strings); this page is in English.
const english = (text) => (typeof text === 'string' ? text : text.en);

const radar = document.getElementById('radar');
radar.axes = elements.map(({ element, condition }) => ({ id: element.id, label: english(element.name), group: english(condition.name) }));
radar.series = [
  { label: 'Self', values: Object.fromEntries(elements.map(({ element }, i) => [element.id, wave(i, 2)])) },
  { label: 'Partner: Sierra Vista COE', values: Object.fromEntries(elements.map(({ element }, i) => [element.id, wave(i, 3)])) },
  { label: 'Target', values: Object.fromEntries(elements.map(({ element }) => [element.id, 4])) },
];
radar.scale = { min: 1, max: 5, ticks: framework.scale.levels.map((level) => ({ value: level.value, label: english(level.label) })) };

document.getElementById('gaps').report = await (await fetch('/api/demo/gap-report.json')).json();

const rubric = document.getElementById('rubric');
rubric.framework = framework;
await rubric.updateComplete;
rubric.value = {
  ...rubric.value,
  ratings: Object.fromEntries(elements.slice(0, 12).map(({ element }, i) => [element.id, { value: wave(i, 1), ...(i === 0 ? { evidence: 'Site plan, staff survey (spring)' } : {}) }])),
};
